// Personal data leaves the program masked, in every output: a ledger whose people, households,
// matters, disclosures and notice templates hold ID and mobile numbers in every spelling clerks
// type, then every output the command line and the core make (quarterly report, roll-up,
// notices, the batch of notices, the audit trail as text and workbook, the findings, a table
// export) searched for any of those numbers whole (full-width digits folded, separators gone).
#include "TestSupport.h"

#include "disclosures/Notices.h"
#include "matters/MatterRepository.h"
#include "model/VillageRepository.h"
#include "reports/TableExport.h"
#include "storage/Ledger.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace tl;

namespace {
int run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(300000));
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int cli(const QStringList &args, QString *output = nullptr)
{
    return run(QStringLiteral(TL_CLI_PATH), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, output);
}

// The text of a workbook (its XML parts) or a PDF.
QString xlsxText(const QString &path)
{
    QString text;
    REQUIRE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), path}, &text) == 0);
    REQUIRE(text.contains(QStringLiteral("<worksheet")));
    return text;
}

QString pdfText(const QString &path)
{
    QString text;
    REQUIRE(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &text) == 0);
    return text;
}

// The numbers as digits only (an ID's check character upper-case).
const QStringList kIds{QStringLiteral("37130219900101123X"), QStringLiteral("371302198505052221"),
                       QStringLiteral("371302197007073335"), QStringLiteral("371302196006064447"),
                       QStringLiteral("371302680808555")};
const QStringList kMobiles{QStringLiteral("13800138000"), QStringLiteral("13900139000"), QStringLiteral("13700137000"),
                           QStringLiteral("13600136000"), QStringLiteral("13500135000"), QStringLiteral("13400134000")};

// The same numbers as typed: lower-case x, full-width, dashes, blanks, dots, country prefixes.
const QString kFreeText = QStringLiteral(
    "户主身份证37130219900101123x，配偶身份证号３７１３０２１９８５０５０５２２２１，"
    "老人371302-19700707-3335，子女 371302 19600606 4447 ，旧证371302680808555。"
    "联系电话：138-0013-8000。外出务工+86 139 0013 9000、0086-13700137000、136.0013.6000、"
    "１３５００１３５０００，备用13400134000");

// Full-width folded, blanks, dashes and dots removed, x upper-cased.
QString normalized(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("[\\s\\-.\\x{2010}-\\x{2015}]")));
    return s.toUpper();
}

QStringList fullNumbersIn(const QString &text)
{
    const QString s = normalized(text);
    QStringList found;
    for (const QString &n : kIds + kMobiles)
        if (s.contains(n))
            found << n;
    return found;
}

void exec(Ledger &ledger, const QString &sql)
{
    QString error;
    INFO(sql.toStdString());
    REQUIRE(ledger.write(
        [&](QString *err) {
            QSqlQuery q(ledger.database());
            if (q.exec(sql))
                return true;
            *err = q.lastError().text();
            return false;
        },
        &error));
}

qint64 scalar(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("personal data: no output holds a full ID or mobile number, in any spelling", "[masking][export][notices]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("people.ledger"));
    REQUIRE(cli({QStringLiteral("demo"), path, QStringLiteral("--villages"), QStringLiteral("3"),
                 QStringLiteral("--households-per-village"), QStringLiteral("20"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-23")}) == 0);
    qint64 matter = 0;
    qint64 disclosure = 0;
    {
        auto opened = Ledger::open(path);
        REQUIRE(opened.ledger);
        Ledger &ledger = *opened.ledger;
        const QString text = kFreeText;
        auto quoted = [](const QString &s) { return QStringLiteral("'%1'").arg(QString(s).replace(QLatin1Char('\''), QStringLiteral("''"))); };
        // The ID and phone fields, in the spellings pasted from sheets.
        const QStringList idSpellings{QStringLiteral("37130219900101123x"), QStringLiteral("３７１３０２１９８５０５０５２２２１"),
                                      QStringLiteral("371302-19700707-3335"), QStringLiteral("371302 19600606 4447"),
                                      QStringLiteral("371302680808555")};
        const QStringList phoneSpellings{QStringLiteral("138-0013-8000"), QStringLiteral("+86 139 0013 9000"),
                                         QStringLiteral("0086-13700137000"), QStringLiteral("136.0013.6000"),
                                         QStringLiteral("１３５００１３５０００"), QStringLiteral("13400134000")};
        // People who hold posts (the report lists them) and the first households.
        QList<qint64> people;
        {
            QSqlQuery q(ledger.database());
            REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT person_id FROM post ORDER BY person_id LIMIT 5")));
            while (q.next())
                people << q.value(0).toLongLong();
        }
        REQUIRE(people.size() == 5);
        for (int i = 0; i < 5; ++i) {
            exec(ledger, QStringLiteral("UPDATE person SET id_number = %1, phone = %2, note = %3 WHERE id = %4")
                             .arg(quoted(idSpellings[i]), quoted(phoneSpellings[i]), quoted(text))
                             .arg(people[i]));
            exec(ledger, QStringLiteral("UPDATE household SET head_id_number = %1, phone = %2, address = address || %3 "
                                        "WHERE id = (SELECT id FROM household ORDER BY id LIMIT 1 OFFSET %4)")
                             .arg(quoted(idSpellings[i]), quoted(phoneSpellings[i]), quoted(text))
                             .arg(i));
        }
        exec(ledger, QStringLiteral("UPDATE household SET address = address || %1").arg(quoted(text)));
        exec(ledger, QStringLiteral("UPDATE village SET note = %1").arg(quoted(text)));
        exec(ledger, QStringLiteral("UPDATE matter SET description = description || %1").arg(quoted(text)));
        exec(ledger, QStringLiteral("UPDATE matter_step SET summary = coalesce(summary, '') || %1, "
                                    "place = coalesce(place, '') || '（联系13800138000）'").arg(quoted(text)));
        exec(ledger, QStringLiteral("UPDATE disclosure SET content = content || %1, title = title || '（咨询13900139000）'")
                         .arg(quoted(text)));
        exec(ledger, QStringLiteral("UPDATE finance_item SET note = note || %1, item = item || '（收款人13700137000）'")
                         .arg(quoted(text)));
        for (NoticeKind kind : {NoticeKind::Resolution, NoticeKind::Result, NoticeKind::Finance, NoticeKind::General}) {
            NoticeTemplate t = NoticeTemplates::defaults(kind);
            t.body += QStringLiteral("\n\n经办人：王会计，身份证37130219900101123x，手机+86 139 0013 9000。");
            QString error;
            REQUIRE(NoticeTemplates::save(ledger, t, &error));
        }

        // A resolved matter, for its notices.
        const qint64 village = scalar(ledger, QStringLiteral("SELECT min(id) FROM village"));
        MatterRepository matters(ledger);
        Matter m;
        m.villageId = village;
        m.title = QStringLiteral("村内主干道路硬化工程");
        m.category = QStringLiteral("project");
        m.amountFen = 86'000'000;
        m.description = QStringLiteral("承建联系人 ") + text;
        matter = matters.insert(m).id;
        REQUIRE(matter > 0);
        int day = 6;
        for (MatterStep s : {MatterStep::PartyProposal, MatterStep::JointDeliberation, MatterStep::MembersReview,
                             MatterStep::Resolution}) {
            StepRecord rec;
            rec.matterId = matter;
            rec.step = s;
            rec.date = QDate(2026, 5, day);
            day += 3;
            rec.expected = 30;
            rec.present = 27;
            rec.summary = QStringLiteral("会议记录：") + text;
            if (s == MatterStep::MembersReview || s == MatterStep::Resolution) {
                rec.votesFor = 23;
                rec.votesAgainst = 2;
                rec.votesAbstain = 2;
            }
            if (s == MatterStep::Resolution)
                rec.form = ResolutionForm::RepresentativesMeeting;
            REQUIRE(matters.saveStep(rec).ok());
        }
        // Both disclosures recorded, the result with its summary (a result notice prints only then).
        for (MatterStep s : {MatterStep::ResolutionDisclosure, MatterStep::ResultDisclosure}) {
            StepRecord rec;
            rec.matterId = matter;
            rec.step = s;
            rec.date = QDate(2026, 5, s == MatterStep::ResolutionDisclosure ? 16 : 25);
            rec.disclosureEnd = rec.date.addDays(7);
            rec.channels = {QStringLiteral("公开栏")};
            rec.summary = QStringLiteral("实施结果：") + text;
            REQUIRE(matters.saveStep(rec).ok());
        }
        disclosure = scalar(ledger, QStringLiteral("SELECT disclosure_id FROM finance_item ORDER BY id LIMIT 1"));
    }

    struct Output
    {
        QString name;
        QString text;
    };
    QList<Output> outputs;
    QString out;

    const QString report = tmp.file(QStringLiteral("report.xlsx"));
    REQUIRE(cli({QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                 QStringLiteral("--out"), report}) == 0);
    outputs << Output{QStringLiteral("quarterly report"), xlsxText(report)};

    const QString rollup = tmp.file(QStringLiteral("county.xlsx"));
    REQUIRE(cli({QStringLiteral("rollup"), QStringLiteral("--quarter"), QStringLiteral("2026Q4"), QStringLiteral("--out"),
                 rollup, path}) == 0);
    outputs << Output{QStringLiteral("roll-up"), xlsxText(rollup)};

    for (const QString &kind : {QStringLiteral("resolution"), QStringLiteral("result")}) {
        const QString pdf = tmp.file(kind + QStringLiteral(".pdf"));
        REQUIRE(cli({QStringLiteral("notice"), path, QStringLiteral("--matter"), QString::number(matter),
                     QStringLiteral("--kind"), kind, QStringLiteral("--out"), pdf, QStringLiteral("--date"),
                     QStringLiteral("2026-05-20")}) == 0);
        outputs << Output{kind + QStringLiteral(" notice"), pdfText(pdf)};
    }
    const QString finance = tmp.file(QStringLiteral("finance.pdf"));
    REQUIRE(cli({QStringLiteral("notice"), path, QStringLiteral("--disclosure"), QString::number(disclosure),
                 QStringLiteral("--out"), finance}) == 0);
    outputs << Output{QStringLiteral("disclosure notice"), pdfText(finance)};

    const QString batch = tmp.file(QStringLiteral("batch.pdf"));
    REQUIRE(cli({QStringLiteral("notices"), path, QStringLiteral("--due-within"), QStringLiteral("366"),
                 QStringLiteral("--out"), batch, QStringLiteral("--date"), QStringLiteral("2026-11-23")})
            <= 1); // 1: result notices whose result is not recorded are skipped
    outputs << Output{QStringLiteral("batch of notices"), pdfText(batch)};

    REQUIRE(cli({QStringLiteral("audit"), path}, &out) == 0);
    REQUIRE(out.count(QLatin1Char('\n')) > 100);
    outputs << Output{QStringLiteral("audit text"), out};
    const QString audit = tmp.file(QStringLiteral("audit.xlsx"));
    REQUIRE(cli({QStringLiteral("audit"), path, QStringLiteral("--out"), audit}) == 0);
    outputs << Output{QStringLiteral("audit workbook"), xlsxText(audit)};

    cli({QStringLiteral("check"), path, QStringLiteral("--date"), QStringLiteral("2026-11-23")}, &out);
    outputs << Output{QStringLiteral("findings"), out};

    // A table export ("导出 Excel") of the households with their free text.
    {
        auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
        REQUIRE(opened.ledger);
        QSqlQuery q(opened.ledger->database());
        REQUIRE(q.exec(QStringLiteral("SELECT head_name, head_id_number, phone, address FROM household ORDER BY id LIMIT 10")));
        QList<QVariantList> rows;
        while (q.next())
            rows << QVariantList{q.value(0), q.value(1), q.value(2), q.value(3)};
        const QString table = tmp.file(QStringLiteral("households.xlsx"));
        REQUIRE(TableExport::write(QStringLiteral("Households"),
                                   {QStringLiteral("Head"), QStringLiteral("ID"), QStringLiteral("Phone"),
                                    QStringLiteral("Address")},
                                   rows, table));
        outputs << Output{QStringLiteral("table export"), xlsxText(table)};
        // The check can fail: the same rows with full personal data hold every number.
        const QString full = tmp.file(QStringLiteral("households-full.xlsx"));
        REQUIRE(TableExport::write(QStringLiteral("Households"),
                                   {QStringLiteral("Head"), QStringLiteral("ID"), QStringLiteral("Phone"),
                                    QStringLiteral("Address")},
                                   rows, full, {}, TableExport::PersonalData::Full));
        CHECK(fullNumbersIn(xlsxText(full)).size() == kIds.size() + kMobiles.size());
    }

    for (const Output &o : outputs) {
        INFO(o.name.toStdString());
        CHECK(fullNumbersIn(o.text).join(QLatin1Char(' ')).toStdString() == "");
    }
    // Each output shows the masked forms (so the numbers were really there to be masked).
    for (const Output &o : outputs) {
        if (o.name == QLatin1String("roll-up") || o.name == QLatin1String("findings"))
            continue; // counts only; findings need not name a person
        INFO(o.name.toStdString());
        CHECK(normalized(o.text).contains(QStringLiteral("139****9000")));
    }

    // Everything above was written through the program: the trail is whole.
    REQUIRE(cli({QStringLiteral("audit"), path, QStringLiteral("--verify")}, &out) == 0);

    // --unmasked asks for the full numbers, and gets them.
    REQUIRE(cli({QStringLiteral("audit"), path, QStringLiteral("--unmasked")}, &out) == 0);
    CHECK(fullNumbersIn(out).size() == kIds.size() + kMobiles.size());
    const QString internal = tmp.file(QStringLiteral("internal.xlsx"));
    REQUIRE(cli({QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                 QStringLiteral("--out"), internal, QStringLiteral("--unmasked")}) == 0);
    CHECK_FALSE(fullNumbersIn(xlsxText(internal)).isEmpty());
    const QString trail = tmp.file(QStringLiteral("trail.xlsx"));
    REQUIRE(cli({QStringLiteral("audit"), path, QStringLiteral("--out"), trail, QStringLiteral("--unmasked")}) == 0);
    // Each of the three was recorded in the trail: who, when, which file (or standard output).
    REQUIRE(cli({QStringLiteral("audit"), path, QStringLiteral("--json")}, &out) == 0);
    QStringList recorded;
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral("\"table\":\"export_log\"")))
            recorded << line;
    REQUIRE(recorded.size() == 3);
    CHECK(recorded.at(1).contains(QStringLiteral("internal.xlsx")));
    CHECK(recorded.at(1).contains(QStringLiteral("2026Q4")));
    CHECK(recorded.at(2).contains(QStringLiteral("trail.xlsx")));
    // Masked outputs are not recorded; the trail stays whole.
    REQUIRE(cli({QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                 QStringLiteral("--out"), tmp.file(QStringLiteral("masked-again.xlsx"))}) == 0);
    REQUIRE(cli({QStringLiteral("audit"), path, QStringLiteral("--json")}, &out) == 0);
    CHECK(out.count(QStringLiteral("\"table\":\"export_log\"")) == 3);
    CHECK(cli({QStringLiteral("audit"), path, QStringLiteral("--verify")}, &out) == 0);
}
