#pragma once

#include "storage/Backups.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tl::ui {

class LedgerContext;

// 备份与恢复: the backups kept beside the open ledger (Backups::list), newest first, with
// "Back up now" and "Restore…". Restoring is done by the main window (it has to close the
// ledger, replace the file and open it again), through the Restorer it hands in; the current
// file is saved as a backup first, and on any failure it is left as it was.
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    // Closes the open ledger, restores `backup` over it and opens it again. True when restored;
    // *savedCurrent names the copy of the ledger as it was before; else *error says why.
    using Restorer = std::function<bool(const QString &backup, QString *savedCurrent, QString *error)>;

    BackupsDialog(LedgerContext *context, Restorer restorer, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    int backupCount() const { return int(m_backups.size()); }
    BackupInfo backupAt(int row) const { return m_backups.value(row); }
    void reload();

    // "Back up now" (reason manual): the new backup's path, or "" with *error.
    QString backUpNow(QString *error = nullptr);
    // "Restore…" of the backup in `row`, after the clerk agreed. True when it was restored; the
    // dialog then closes (it belonged to the ledger that was closed).
    bool restoreRow(int row);

    // Translated words for Backups' reasons (daily, import, manual, before-restore …).
    static QString reasonText(const QString &reason);

private:
    void updateButtons();
    bool confirm(const QString &question);
    static void report(QWidget *parent, bool ok, const QString &text);

    QPointer<LedgerContext> m_context;
    QString m_ledgerPath;
    Restorer m_restorer;
    bool m_restoring = false;
    QList<BackupInfo> m_backups;
    QLabel *m_intro;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QPushButton *m_openFolder;
};

} // namespace tl::ui
