#include "Cli.h"

#include "model/Components.h"
#include "model/DemoGenerator.h"
#include "model/Masking.h"
#include "findings/Findings.h"
#include "storage/FileIntegrity.h"
#include "storage/Ledger.h"
#include "disclosures/Notices.h"
#include "reports/QuarterlyReport.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>


namespace tl {

namespace {
// A parser for one sub-command; the first argument is the program, the second the command.
bool parse(QCommandLineParser &p, const QStringList &args, QString *error)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(args)) {
        *error = p.errorText();
        return false;
    }
    return true;
}

QDate parseDateOption(const QString &text, bool *ok)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    *ok = d.isValid();
    return d;
}
} // namespace

int Cli::fail(const QString &message)
{
    m_err << QStringLiteral("township-ledger-cli: ") << message << Qt::endl;
    return 2;
}

int Cli::usage(int code)
{
    QTextStream &s = code == 0 ? m_out : m_err;
    s << tr("Usage: township-ledger-cli COMMAND [OPTIONS]\n"
            "\n"
            "Commands:\n"
            "  new FILE --township NAME [--county NAME]   create an empty ledger\n"
            "  demo FILE [--villages N] [--seed S] [--date YYYY-MM-DD] [--households-per-village M]\n"
            "                                           create a demo ledger with realistic data\n"
            "  check FILE [--date YYYY-MM-DD]             print every finding: village, rule, detail (tab-separated)\n"
            "  export FILE --quarter 2026Q3 --out report.xlsx [--unmasked]\n"
            "                                           the quarterly report to the county\n"
            "  rollup --quarter 2026Q3 --out county.xlsx FILE...\n"
            "                                           one county workbook from several townships' ledgers\n"
            "  notice FILE --matter ID --kind resolution|result --out notice.pdf\n"
            "  notice FILE --disclosure ID --out notice.pdf\n"
            "                                           a printed notice (公告/公示) as PDF\n"
            "  notices FILE --due-within DAYS --out batch.pdf [--date YYYY-MM-DD]\n"
            "                                           every notice due in the next DAYS, one per page\n"
            "  import FILE --villages|--members|--households|--matters SHEETFILE [--create-villages]\n"
            "         [--sheet NAME] [--on-duplicate update|skip] [--errors errors.xlsx] [--take-over-lock]\n"
            "         [--new-term-from YYYY-MM-DD]\n"
            "                                           import a list from .xlsx, .ods, .xls or .csv; prints the counts\n"
            "  audit FILE [--since YYYY-MM-DD] [--out audit.xlsx] [--unmasked] [--verify]\n"
            "                                           every recorded change, one per line (or as a workbook);\n"
            "                                           ID and mobile numbers masked unless --unmasked;\n"
            "                                           --verify: the trail's hash chain and a replay against\n"
            "                                           the records (exit 1 naming the first broken one)\n"
            "  backup FILE [--to PATH]                   a consistent copy (default: the backups folder beside FILE)\n"
            "  restore FILE --from BACKUP [--clerk NAME] [--force]\n"
            "                                           replace FILE by BACKUP (FILE is backed up first; a backup\n"
            "                                           of another township only with --force)\n"
            "\n"
            "--take-over-lock: a write command takes over the lock of a ledger that is marked as being edited\n"
            "on another computer or by a program that was stopped (check first that nobody edits it).\n"
            "\n"
            "Options for every command:\n"
            "  --lang zh_CN|en   language of messages (default zh_CN)\n"
            "  --help            this text\n"
            "  --version         the program version\n"
            "\n"
            "Exit codes: 0 done (check: no findings; import: every row imported), 1 check found findings,\n"
            "import rejected rows or audit --verify found the trail broken, 2 error (import: nothing could\n"
            "be read; nothing was written).\n");
    s.flush();
    return code;
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(2);
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        // The first line is what scripts read; then the licence and the libraries actually loaded.
        m_out << QStringLiteral("township-ledger-cli %1").arg(Components::programVersion()) << Qt::endl;
        m_out << tr("Licence: %1").arg(Components::programLicense()) << Qt::endl;
        for (const Component &c : Components::used())
            m_out << QStringLiteral("  %1 %2 (%3)").arg(c.name, c.version, c.license) << Qt::endl;
        return 0;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (rest.contains(QStringLiteral("--help")))
        return usage(0);
    if (command == QLatin1String("new"))
        return cmdNew(rest);
    if (command == QLatin1String("demo"))
        return cmdDemo(rest);
    if (command == QLatin1String("check"))
        return cmdCheck(rest);
    if (command == QLatin1String("export"))
        return cmdExport(rest);
    if (command == QLatin1String("rollup"))
        return cmdRollup(rest);
    if (command == QLatin1String("notice"))
        return cmdNotice(rest);
    if (command == QLatin1String("notices"))
        return cmdNotices(rest);
    if (command == QLatin1String("import"))
        return cmdImport(rest);
    if (command == QLatin1String("audit"))
        return cmdAudit(rest);
    if (command == QLatin1String("backup"))
        return cmdBackup(rest);
    if (command == QLatin1String("restore"))
        return cmdRestore(rest);
    m_err << tr("Unknown command: %1").arg(command) << Qt::endl;
    return usage(2);
}

int Cli::cmdNew(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("township"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("county"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    QString error;
    if (!parse(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("new: exactly one FILE is needed"));
    if (p.value(QStringLiteral("township")).trimmed().isEmpty())
        return fail(tr("new: --township NAME is required"));
    Township t;
    t.name = p.value(QStringLiteral("township"));
    t.county = p.value(QStringLiteral("county"));
    auto r = Ledger::create(p.positionalArguments().first(), t);
    if (!r.ledger)
        return fail(r.message);
    m_out << tr("Created %1 for %2").arg(r.ledger->path(), t.name) << Qt::endl;
    return 0;
}

int Cli::cmdDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("villages"), QString(), QStringLiteral("n"), QStringLiteral("12")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("s"), QStringLiteral("20261123")});
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("households-per-village"), QString(), QStringLiteral("m")});
    p.addOption({QStringLiteral("township"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    QString error;
    if (!parse(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("demo: exactly one FILE is needed"));
    DemoOptions options;
    bool ok = false;
    options.villages = p.value(QStringLiteral("villages")).toInt(&ok);
    if (!ok || options.villages < 1 || options.villages > 2000)
        return fail(tr("demo: --villages must be a number from 1 to 2000"));
    options.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return fail(tr("demo: --seed must be a whole number"));
    if (p.isSet(QStringLiteral("date"))) {
        options.today = parseDateOption(p.value(QStringLiteral("date")), &ok);
        if (!ok)
            return fail(tr("demo: --date must be written YYYY-MM-DD"));
    }
    if (p.isSet(QStringLiteral("households-per-village"))) {
        options.householdsPerVillage = p.value(QStringLiteral("households-per-village")).toInt(&ok);
        if (!ok || options.householdsPerVillage < 0 || options.householdsPerVillage > 20000)
            return fail(tr("demo: --households-per-village must be a number from 0 to 20000"));
    }
    Township t;
    t.name = p.isSet(QStringLiteral("township")) ? p.value(QStringLiteral("township")) : DemoGenerator::defaultTownshipName();
    t.county = DemoGenerator::defaultCountyName();
    t.clerk = QStringLiteral("李文静");
    t.phone = QStringLiteral("0539-3216000");
    t.isDemo = true;
    const QString file = p.positionalArguments().first();
    auto r = Ledger::create(file, t);
    if (!r.ledger)
        return fail(r.message);
    if (!DemoGenerator::populate(*r.ledger, options, &error)) {
        const QString path = r.ledger->path();
        r.ledger.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return fail(tr("demo: %1").arg(error));
    }
    m_out << tr("Created demo ledger %1 with %2 villages").arg(r.ledger->path()).arg(options.villages) << Qt::endl;
    return 0;
}

int Cli::cmdCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    QString error;
    if (!parse(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("check: exactly one FILE is needed"));
    QDate asOf = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        bool ok = false;
        asOf = parseDateOption(p.value(QStringLiteral("date")), &ok);
        if (!ok)
            return fail(tr("check: --date must be written YYYY-MM-DD"));
    }
    // The integrity check runs beside the findings; they are printed only when the file is sound.
    auto r = Ledger::open(p.positionalArguments().first(), Ledger::Access::ReadOnly, Ledger::LockPolicy::Respect,
                          Ledger::IntegrityCheck::Deferred);
    if (!r.ledger)
        return fail(r.message);
    if (!r.notice.isEmpty()) // an older format, read through an upgraded copy
        m_err << r.notice << Qt::endl;
    FileIntegrity::Beside integrity(*r.ledger);
    const QList<Finding> findings = FindingEngine::run(*r.ledger, asOf);
    if (const QString damaged = integrity.verdict(); !damaged.isEmpty())
        return fail(damaged);
    const QString township = r.ledger->township().name;
    for (const Finding &f : findings) {
        const QString village = f.villageId ? f.village : township;
        // Tabs and line breaks inside a field would break the columns.
        auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
        m_out << clean(village) << '\t' << f.rule << '\t' << clean(Masking::freeText(f.detail)) << '\n';
    }
    m_out.flush();
    return findings.isEmpty() ? 0 : 1;
}

namespace {
// --quarter and --out, shared by export and rollup.
bool reportOptions(QCommandLineParser &p, ReportOptions *o, QString *out, QString *error)
{
    const auto q = Quarter::parse(p.value(QStringLiteral("quarter")));
    if (!q) {
        *error = Cli::tr("--quarter must be written like 2026Q3");
        return false;
    }
    o->quarter = *q;
    o->unmasked = p.isSet(QStringLiteral("unmasked"));
    *out = p.value(QStringLiteral("out"));
    if (out->isEmpty()) {
        *error = Cli::tr("--out FILE.xlsx is required");
        return false;
    }
    return true;
}
} // namespace

int Cli::cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("quarter"), QString(), QStringLiteral("quarter")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("unmasked"), QString()});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    QString error, out;
    if (!parse(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("export: exactly one FILE is needed"));
    ReportOptions o;
    if (!reportOptions(p, &o, &out, &error))
        return fail(tr("export: %1").arg(error));
    // Full personal data is recorded in the ledger's audit trail: that needs it open for writing.
    // The integrity check runs beside the report (QuarterlyReport::write), which is put in place
    // only when the file is sound.
    auto r = Ledger::open(p.positionalArguments().first(),
                          o.unmasked ? Ledger::Access::ReadWrite : Ledger::Access::ReadOnly,
                          Ledger::LockPolicy::Respect, Ledger::IntegrityCheck::Deferred);
    if (!r.ledger)
        return fail(r.message);
    if (!r.notice.isEmpty()) // an older format, read through an upgraded copy
        m_err << r.notice << Qt::endl;
    if (!QuarterlyReport::write(*r.ledger, o, out, &error))
        // A file found damaged is refused with what opening it would have said.
        return fail(r.ledger->damagedMessage().isEmpty() ? tr("export: %1").arg(error) : r.ledger->damagedMessage());
    m_out << tr("Wrote %1").arg(out) << Qt::endl;
    return 0;
}

int Cli::cmdRollup(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("files"), QString());
    p.addOption({QStringLiteral("quarter"), QString(), QStringLiteral("quarter")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("unmasked"), QString()});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    QString error, out;
    if (!parse(p, args, &error))
        return fail(error);
    if (p.positionalArguments().isEmpty())
        return fail(tr("rollup: name at least one ledger FILE"));
    ReportOptions o;
    if (!reportOptions(p, &o, &out, &error))
        return fail(tr("rollup: %1").arg(error));
    if (!QuarterlyReport::writeRollup(p.positionalArguments(), o, out, &error))
        return fail(tr("rollup: %1").arg(error));
    m_out << tr("Wrote %1").arg(out) << Qt::endl;
    return 0;
}

int Cli::cmdNotice(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("matter"), QString(), QStringLiteral("id")});
    p.addOption({QStringLiteral("disclosure"), QString(), QStringLiteral("id")});
    p.addOption({QStringLiteral("kind"), QString(), QStringLiteral("kind")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    QString error;
    if (!parse(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("notice: exactly one FILE is needed"));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(tr("notice: --out FILE.pdf is required"));
    if (p.isSet(QStringLiteral("matter")) == p.isSet(QStringLiteral("disclosure")))
        return fail(tr("notice: give either --matter ID or --disclosure ID"));
    QDate date = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        bool ok = false;
        date = parseDateOption(p.value(QStringLiteral("date")), &ok);
        if (!ok)
            return fail(tr("notice: --date must be written YYYY-MM-DD"));
    }
    auto r = Ledger::open(p.positionalArguments().first(), Ledger::Access::ReadOnly);
    if (!r.ledger)
        return fail(r.message);
    if (!r.notice.isEmpty()) // an older format, read through an upgraded copy
        m_err << r.notice << Qt::endl;
    bool ok = false;
    NoticeDocument doc;
    const qint64 id = p.value(p.isSet(QStringLiteral("matter")) ? QStringLiteral("matter") : QStringLiteral("disclosure"))
                          .toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(tr("notice: the ID must be a positive number"));
    if (p.isSet(QStringLiteral("matter"))) {
        const QString kind = p.value(QStringLiteral("kind"));
        if (kind != QLatin1String("resolution") && kind != QLatin1String("result"))
            return fail(tr("notice: --kind must be resolution or result"));
        ok = NoticeBuilder::forMatter(*r.ledger, id, kind == QLatin1String("result") ? NoticeKind::Result : NoticeKind::Resolution,
                                      date, &doc, &error);
    } else {
        ok = NoticeBuilder::forDisclosure(*r.ledger, id, date, &doc, &error);
    }
    if (!ok)
        return fail(tr("notice: %1").arg(error));
    if (!NoticeRenderer::toPdf({doc}, out, NoticeRenderer::fonts(*r.ledger), &error))
        return fail(tr("notice: %1").arg(error));
    m_out << tr("Wrote %1").arg(out) << Qt::endl;
    return 0;
}

int Cli::cmdNotices(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("due-within"), QString(), QStringLiteral("days")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("date"), QString(), QStringLiteral("date")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")});
    QString error;
    if (!parse(p, args, &error))
        return fail(error);
    if (p.positionalArguments().size() != 1)
        return fail(tr("notices: exactly one FILE is needed"));
    bool ok = false;
    const int days = p.value(QStringLiteral("due-within")).toInt(&ok);
    if (!ok || days < 0 || days > 366)
        return fail(tr("notices: --due-within must be a number of days from 0 to 366"));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(tr("notices: --out FILE.pdf is required"));
    QDate date = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        date = parseDateOption(p.value(QStringLiteral("date")), &ok);
        if (!ok)
            return fail(tr("notices: --date must be written YYYY-MM-DD"));
    }
    auto r = Ledger::open(p.positionalArguments().first(), Ledger::Access::ReadOnly);
    if (!r.ledger)
        return fail(r.message);
    if (!r.notice.isEmpty()) // an older format, read through an upgraded copy
        m_err << r.notice << Qt::endl;
    QStringList problems;
    const QList<NoticeDocument> docs = NoticeBuilder::dueWithin(*r.ledger, date, days, &problems);
    for (const QString &problem : problems)
        m_err << tr("notices: skipped: %1").arg(problem) << Qt::endl;
    if (docs.isEmpty()) {
        m_out << tr("No notice is due within %1 days.").arg(days) << Qt::endl;
        return problems.isEmpty() ? 0 : 1;
    }
    if (!NoticeRenderer::toPdf(docs, out, NoticeRenderer::fonts(*r.ledger), &error))
        return fail(tr("notices: %1").arg(error));
    m_out << tr("Wrote %1 notices to %2").arg(docs.size()).arg(out) << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}

} // namespace tl
