// township-ledger-cli import: the same four steps as the import window (read, map, check, write),
// with the column mapping taken as detected.

#include "Cli.h"

#include "import/Importer.h"
#include "storage/Ledger.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace tl {

int Cli::cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addPositionalArgument(QStringLiteral("file"), QString());
    for (ImportKind kind : {ImportKind::Villages, ImportKind::Members, ImportKind::Households, ImportKind::Matters})
        p.addOption({ImportSchema::kindCode(kind), QString(), QStringLiteral("sheetfile")});
    p.addOption({QStringLiteral("create-villages"), QString()});
    p.addOption({QStringLiteral("take-over-lock"), QString()});
    p.addOption({QStringLiteral("sheet"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("on-duplicate"), QString(), QStringLiteral("policy"), QStringLiteral("skip")});
    p.addOption({QStringLiteral("errors"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("clerk"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    p.addOption({QStringLiteral("new-term-from"), QString(), QStringLiteral("date")});
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.positionalArguments().size() != 1)
        return fail(tr("import: exactly one ledger FILE is needed"));

    ImportOptions options;
    QString sheetFile;
    int kinds = 0;
    for (ImportKind kind : {ImportKind::Villages, ImportKind::Members, ImportKind::Households, ImportKind::Matters}) {
        if (p.isSet(ImportSchema::kindCode(kind))) {
            options.kind = kind;
            sheetFile = p.value(ImportSchema::kindCode(kind));
            ++kinds;
        }
    }
    if (kinds != 1)
        return fail(tr("import: name exactly one of --villages, --members, --households, --matters with the sheet file"));
    const QString policy = p.value(QStringLiteral("on-duplicate"));
    if (policy == QLatin1String("update"))
        options.onDuplicate = DuplicatePolicy::Update;
    else if (policy == QLatin1String("skip"))
        options.onDuplicate = DuplicatePolicy::Skip;
    else if (policy == QLatin1String("keep-both") && options.kind == ImportKind::Households)
        options.onDuplicate = DuplicatePolicy::KeepBoth;
    else
        return fail(tr("import: --on-duplicate must be update or skip, not %1").arg(policy));
    options.createVillages = p.isSet(QStringLiteral("create-villages"));
    options.clerk = p.value(QStringLiteral("clerk"));
    if (p.isSet(QStringLiteral("new-term-from"))) {
        options.newTermFrom = QDate::fromString(p.value(QStringLiteral("new-term-from")), Qt::ISODate);
        if (!options.newTermFrom.isValid())
            return fail(tr("import: --new-term-from needs a date such as 2026-05-10, not %1")
                            .arg(p.value(QStringLiteral("new-term-from"))));
    }

    // The sheet first: a file that cannot be read must not even open the ledger for writing.
    QString error;
    if (SheetSource::detect(sheetFile, &error) == SheetSource::Format::Unknown)
        return fail(error);
    auto opened = Ledger::open(p.positionalArguments().constFirst(), Ledger::Access::ReadWrite,
                               p.isSet(QStringLiteral("take-over-lock")) ? Ledger::LockPolicy::TakeOver
                                                                         : Ledger::LockPolicy::Respect);
    if (!opened.ledger)
        return fail(opened.message);
    if (opened.ledger->isReadOnly()) {
        if (!opened.notice.isEmpty())
            return fail(tr("%1 Nothing was imported.").arg(opened.notice));
        return fail(tr("%1 is read-only; nothing was imported").arg(QDir::toNativeSeparators(opened.ledger->path())));
    }

    Importer importer(*opened.ledger, options);
    if (importer.read(sheetFile, p.value(QStringLiteral("sheet")), &error, {}, Importer::ReadScope::Head)
        != SheetSource::Result::Ok)
        return fail(error);
    if (importer.mapping().headerRow == 0)
        return fail(error);
    // Checked and written in one pass: nobody looks at a preview between the two here.
    ImportCounts counts;
    QString backup;
    if (!importer.importAll(&counts, &error, {}, &backup))
        return fail(tr("nothing was imported: %1").arg(error));

    const QList<ImportField> &fields = ImportSchema::fields(options.kind);
    QStringList mapped;
    for (int f = 0; f < fields.size(); ++f)
        if (importer.mapping().column(f) >= 0)
            mapped << QStringLiteral("%1←%2").arg(fields.at(f).label, importer.mapping().headers.value(importer.mapping().column(f)));
    m_err << tr("Header in row %1; columns: %2").arg(importer.mapping().headerRow).arg(mapped.join(QStringLiteral(", ")))
          << Qt::endl;
    if (!importer.unusedColumns().isEmpty())
        m_err << tr("Unused columns: %1").arg(importer.unusedColumns().join(QStringLiteral(", "))) << Qt::endl;
    if (!importer.derivedColumns().isEmpty())
        m_err << tr("Derived columns (worked out by the program, not imported): %1")
                     .arg(importer.derivedColumns().join(QStringLiteral(", ")))
              << Qt::endl;
    for (const QString &v : importer.newVillages())
        m_err << tr("new village: %1").arg(v) << Qt::endl;
    for (const QString &g : importer.newGrids())
        m_err << tr("new grid: %1").arg(g) << Qt::endl;
    for (const QString &n : importer.newPeople())
        m_err << tr("new person: %1").arg(n) << Qt::endl;
    for (const ImportRow &row : importer.rows()) {
        if (row.verdict == ImportRow::Verdict::Rejected)
            m_err << tr("row %1: rejected: %2: %3").arg(row.sourceRow).arg(row.column, row.reason) << Qt::endl;
        else if (row.verdict == ImportRow::Verdict::Skipped)
            m_err << tr("row %1: skipped: %2").arg(row.sourceRow).arg(row.notes.join(QStringLiteral("; "))) << Qt::endl;
        else if (!row.findings.isEmpty())
            m_err << tr("row %1: imported with %n finding(s): %2", nullptr, int(row.findings.size()))
                         .arg(row.sourceRow)
                         .arg(row.findings.join(tr("; ", "separator between findings")))
                  << Qt::endl;
    }

    for (auto it = importer.termChangeOffers().cbegin(); it != importer.termChangeOffers().cend(); ++it)
        m_err << tr("%1: members in post since %2, after the running term ended; to open the next term from the "
                    "change of term, import again with --new-term-from DATE")
                     .arg(it.key(), it.value().toString(Qt::ISODate))
              << Qt::endl;
    m_out << tr("read %1, imported %2, updated %3, skipped %4, rejected %5")
                 .arg(counts.read)
                 .arg(counts.imported)
                 .arg(counts.updated)
                 .arg(counts.skipped)
                 .arg(counts.rejected)
          << Qt::endl;
    m_err << tr("backup before the import: %1").arg(QDir::toNativeSeparators(backup)) << Qt::endl;
    if (p.isSet(QStringLiteral("errors")) && counts.rejected > 0) {
        if (!importer.writeErrors(p.value(QStringLiteral("errors")), &error))
            return fail(tr("the rejected rows could not be written: %1").arg(error));
        m_err << tr("rejected rows written to %1").arg(QDir::toNativeSeparators(p.value(QStringLiteral("errors"))))
              << Qt::endl;
    }
    return counts.rejected > 0 ? 1 : 0;
}

} // namespace tl
