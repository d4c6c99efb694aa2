#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tl {

// township-ledger-cli: each command returns its exit code
// (0 fine, 1 findings/rejections, 2 error with a message on stderr).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);

private:
    int cmdNew(const QStringList &args);
    int cmdDemo(const QStringList &args);
    int cmdCheck(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdRollup(const QStringList &args);
    int cmdNotice(const QStringList &args);
    int cmdNotices(const QStringList &args);
    int cmdImport(const QStringList &args); // CliImport.cpp
    int cmdAudit(const QStringList &args);   // CliMaintenance.cpp
    int cmdBackup(const QStringList &args);
    int cmdRestore(const QStringList &args);
    int usage(int code);
    int fail(const QString &message); // prints, returns 2

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace tl
