#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace tl::ui {

// One window per ledger file. A double-click on a .ledger runs `township-ledger FILE`; when a
// window of this user already has that file open, the new process asks it to come to the front
// and exits, instead of opening a second, read-only window beside it.
//
// The window answers on a local socket (a named pipe on Windows) whose name is derived from the
// file's real path and the user, so two names of one file (a symlink, another spelling of the
// path) reach the same window and two users of one PC never reach each other's.
class LedgerInstance : public QObject
{
    Q_OBJECT
public:
    explicit LedgerInstance(QObject *parent = nullptr);
    ~LedgerInstance() override;

    // The socket name for a ledger file.
    static QString serverName(const QString &ledgerPath);

    // Asks the window that has ledgerPath open to come to the front. True when one answered:
    // the caller then has nothing more to do.
    static bool activateRunning(const QString &ledgerPath, int timeoutMs = 2000);

    // Answers for ledgerPath from now on (and no longer for the file before). An empty path
    // stops answering. Returns false when the name could not be taken (then a second window
    // simply opens the file read-only, as before).
    bool listen(const QString &ledgerPath);
    QString ledgerPath() const { return m_path; }

Q_SIGNALS:
    // Another start of the program asked for this ledger's window.
    void activationRequested();

private:
    void answer();

    QLocalServer *m_server = nullptr;
    QString m_path;
};

} // namespace tl::ui
