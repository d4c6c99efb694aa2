// township-ledger-cli audit, backup and restore: the accountability and safety commands.

#include "Cli.h"

#include "storage/AuditChain.h"
#include "storage/AuditText.h"
#include "storage/AuditTrail.h"
#include "storage/Backups.h"
#include "storage/Ledger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tl {

namespace {
bool parseArgs(QCommandLineParser &p, const QStringList &args, QString *error)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    if (!p.parse(args)) {
        *error = p.errorText();
        return false;
    }
    return true;
}
} // namespace

int Cli::cmdAudit(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("since"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("unmasked"), QString()});
    p.addOption({QStringLiteral("verify"), QString()});
    p.addOption({QStringLiteral("json"), QString()});
    QString error;
    if (!parseArgs(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("audit: exactly one FILE is needed"));
    AuditFilter filter;
    if (p.isSet(QStringLiteral("since"))) {
        filter.since = QDate::fromString(p.value(QStringLiteral("since")), Qt::ISODate);
        if (!filter.since.isValid())
            return fail(tr("audit: --since must be a date such as 2026-07-01"));
    }
    // Full numbers leave the ledger only with a record in its audit trail (who, when, where to):
    // that needs the ledger open for writing.
    const bool unmasked = p.isSet(QStringLiteral("unmasked")) && !p.isSet(QStringLiteral("verify"));
    auto opened = Ledger::open(p.positionalArguments().constFirst(),
                               unmasked ? Ledger::Access::ReadWrite : Ledger::Access::ReadOnly);
    if (!opened.ledger)
        return fail(opened.message);
    if (!opened.notice.isEmpty()) // an older format, read through an upgraded copy
        m_err << opened.notice << Qt::endl;
    if (p.isSet(QStringLiteral("verify"))) {
        // Exit 0 when the trail is whole, 1 naming the first broken thing.
        const AuditChain::Verdict v = AuditChain::verify(opened.ledger->database());
        const QString seconds = QString::number(double(v.milliseconds) / 1000.0, 'f', 2);
        if (v.whole) {
            m_out << tr("the audit trail is whole: %1 audit rows sealed, %2 records match it (%3 s)")
                         .arg(v.rows)
                         .arg(v.records)
                         .arg(seconds)
                  << Qt::endl;
            return 0;
        }
        m_out << tr("the audit trail is broken: %1 (%2 s)").arg(v.problem, seconds) << Qt::endl;
        return 1;
    }
    const QList<AuditEntry> entries = AuditTrail::entries(*opened.ledger, filter);
    const bool masked = !p.isSet(QStringLiteral("unmasked"));
    if (p.isSet(QStringLiteral("out"))) {
        const AuditText text(*opened.ledger);
        const QString out = p.value(QStringLiteral("out"));
        if (!AuditTrail::writeWorkbook(entries, out, masked, &error, &text))
            return fail(error);
        if (!masked) {
            const Result<void> recorded = AuditTrail::recordExport(
                *opened.ledger, QFileInfo(out).absoluteFilePath(), tr("Audit trail with full personal data"),
                int(entries.size()));
            if (!recorded) {
                QFile::remove(out);
                return fail(tr("audit: the export could not be recorded in the audit trail, so the file was removed: %1")
                                .arg(recorded.error().message));
            }
        }
        m_err << tr("%n change(s) written to %1", nullptr, int(entries.size()))
                     .arg(QDir::toNativeSeparators(p.value(QStringLiteral("out"))))
              << Qt::endl;
        return 0;
    }
    // Standard output ends up in files and chat messages as easily as a workbook: masked unless
    // --unmasked asks for the full numbers, and then recorded first.
    if (!masked) {
        const Result<void> recorded = AuditTrail::recordExport(
            *opened.ledger, tr("(standard output)"), tr("Audit trail with full personal data"), int(entries.size()));
        if (!recorded)
            return fail(tr("audit: full numbers are shown only when recorded in the audit trail: %1")
                            .arg(recorded.error().message));
    }
    if (p.isSet(QStringLiteral("json"))) {
        // For programs: one JSON object a line, the values as stored (codes, ids, fen).
        for (const AuditEntry &e : entries) {
            const QJsonObject o{{QStringLiteral("id"), e.id},
                                {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                {QStringLiteral("clerk"), e.clerk},
                                {QStringLiteral("os_user"), e.osUser},
                                {QStringLiteral("source"), e.source},
                                {QStringLiteral("batch"), e.batch},
                                {QStringLiteral("table"), e.table},
                                {QStringLiteral("record"), e.record},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("field"), e.field},
                                {QStringLiteral("old"), masked ? AuditTrail::maskValue(e.field, e.oldValue) : e.oldValue},
                                {QStringLiteral("new"), masked ? AuditTrail::maskValue(e.field, e.newValue) : e.newValue}};
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        }
        m_out.flush();
        return 0;
    }
    // For people: fields, codes and references in words (学历：大学本科, 网格员：张三 → 李四).
    const AuditText text(*opened.ledger);
    for (const AuditEntry &e : entries)
        m_out << text.line(e, masked) << '\n';
    m_out.flush();
    return 0;
}

int Cli::cmdBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("path")});
    QString error;
    if (!parseArgs(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("backup: exactly one FILE is needed"));
    // Full numbers leave the ledger only with a record in its audit trail (who, when, where to):
    // that needs the ledger open for writing.
    const bool unmasked = p.isSet(QStringLiteral("unmasked")) && !p.isSet(QStringLiteral("verify"));
    auto opened = Ledger::open(p.positionalArguments().constFirst(),
                               unmasked ? Ledger::Access::ReadWrite : Ledger::Access::ReadOnly);
    if (!opened.ledger)
        return fail(opened.message);
    if (!opened.notice.isEmpty()) // an older format, read through an upgraded copy
        m_err << opened.notice << Qt::endl;
    QString target;
    if (p.isSet(QStringLiteral("to"))) {
        target = p.value(QStringLiteral("to"));
        if (QFileInfo(target).isDir())
            target = QDir(target).filePath(QFileInfo(opened.ledger->path()).completeBaseName() + QLatin1Char('-')
                                           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                           + QLatin1Char('.') + Ledger::fileSuffix());
        if (!opened.ledger->copyTo(target, &error))
            return fail(error);
    } else {
        target = Backups::make(*opened.ledger, QStringLiteral("manual"), &error);
        if (target.isEmpty())
            return fail(error);
    }
    m_out << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()) << Qt::endl;
    return 0;
}

int Cli::cmdRestore(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("from"), QString(), QStringLiteral("backup")});
    p.addOption({QStringLiteral("clerk"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("force"), QString()});
    QString error;
    if (!parseArgs(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("from")))
        return fail(tr("restore: FILE and --from BACKUP are needed"));
    RestoreRequest request;
    request.ledgerPath = p.positionalArguments().constFirst();
    request.backup = p.value(QStringLiteral("from"));
    request.clerk = p.value(QStringLiteral("clerk"));
    request.otherTownshipAllowed = p.isSet(QStringLiteral("force"));
    const RestoreResult result = Backups::restore(request);
    if (!result.ok)
        return fail(result.error);
    if (!result.savedCurrent.isEmpty())
        m_err << tr("the ledger as it was is kept at %1").arg(QDir::toNativeSeparators(result.savedCurrent)) << Qt::endl;
    m_out << tr("restored %1 from %2")
                 .arg(QDir::toNativeSeparators(p.positionalArguments().constFirst()),
                      QDir::toNativeSeparators(p.value(QStringLiteral("from"))))
          << Qt::endl;
    return 0;
}

} // namespace tl
