// township-ledger-cli import: a 台账 as clerks keep it — irregular history, a totals row, a column
// nothing takes — prints what it read, skipped and found; a roster after 换届 needs --new-term-from.

#include "TestSupport.h"

#include "model/VillageRepository.h"
#include "storage/Ledger.h"

#include <QSqlQuery>

#include <QFile>
#include <QProcess>

using namespace tl;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    p.start(QStringLiteral(TL_CLI_PATH), args + QStringList{QStringLiteral("--lang"), lang});
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

} // namespace

TEST_CASE("cli import: irregular history imported with its findings, totals row skipped, unused columns named",
          "[cli][import]")
{
    test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("t.ledger"));
    {
        auto l = test::newLedger(ledger);
        Village v;
        v.name = QStringLiteral("东村");
        REQUIRE(VillageRepository(*l).insert(v).ok());
    }
    const QString sheet = tmp.file(QStringLiteral("matters.csv"));
    writeFile(sheet, QStringLiteral("序号,村名,事项名称,党支部提议,两委会商议,党员大会审议,,,经办人\n"
                                    ",,,时间,时间,时间,应到,实到,\n"
                                    "1,东村,修建村道,2026-03-05,2026-03-02,2026-03-10,30,28,王会计\n"
                                    "合计,,,,,,,,\n"));
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        INFO(lang.toStdString());
        const Run r = cli({QStringLiteral("import"), ledger, QStringLiteral("--matters"), sheet}, lang);
        INFO(r.err.toStdString());
        if (lang == QStringLiteral("en")) {
            CHECK(r.code == 0);
            CHECK(r.out.contains(QStringLiteral("read 2, imported 1, updated 0, skipped 1, rejected 0")));
            CHECK(r.err.contains(QStringLiteral("Unused columns: 经办人")));
            CHECK(r.err.contains(QStringLiteral("row 3: imported with")));
            CHECK(r.err.contains(QStringLiteral("step 2 (Deliberation)")));
            CHECK(r.err.contains(QStringLiteral("row 4: skipped")));
        } else {
            // The second time the matter is a duplicate (skipped); the summary is in Chinese.
            CHECK(r.err.contains(QStringLiteral("未使用的列：经办人")));
            CHECK(r.err.contains(QStringLiteral("第 4 行：已跳过")));
        }
    }

    // A roster after a change of term: refused without a date, imported with one.
    const QString before = tmp.file(QStringLiteral("roster-2021.csv"));
    writeFile(before, QStringLiteral("村名,姓名,身份证号,职务,任职时间\n东村,王老书记,%1,党支部书记,2021-05-10\n")
                          .arg(test::makeId(QStringLiteral("371302"), QDate(1960, 1, 2), 11)));
    REQUIRE(cli({QStringLiteral("import"), ledger, QStringLiteral("--members"), before}).code == 0);
    const QString after = tmp.file(QStringLiteral("roster-2026.csv"));
    writeFile(after, QStringLiteral("村名,姓名,身份证号,职务,任职时间\n东村,李新书记,%1,党支部书记,2026-06-01\n")
                         .arg(test::makeId(QStringLiteral("371302"), QDate(1980, 3, 4), 22)));
    const Run refused = cli({QStringLiteral("import"), ledger, QStringLiteral("--members"), after});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("--new-term-from")));
    const Run taken = cli({QStringLiteral("import"), ledger, QStringLiteral("--members"), after,
                           QStringLiteral("--new-term-from"), QStringLiteral("2026-06-01")});
    INFO(taken.err.toStdString());
    CHECK(taken.code == 0);
    CHECK(taken.out.contains(QStringLiteral("imported 1")));
}

TEST_CASE("cli import: 动议事由, 乡镇参会人员 and 监督意见 imported; 参会比例 named as derived; a form-less resolution imported",
          "[cli][import][template]")
{
    test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("t.ledger"));
    {
        auto l = test::newLedger(ledger);
        Village v;
        v.name = QStringLiteral("东村");
        REQUIRE(VillageRepository(*l).insert(v).ok());
    }
    const QString sheet = tmp.file(QStringLiteral("matters.csv"));
    writeFile(sheet, QStringLiteral("村名,事项名称,动议来源,党员大会审议,,,,,决议,,,决议公开,,,\n"
                                    ",,,时间,应到,实到,参会比例,包村干部,时间,实到,同意,公开时间,截止时间,监委会意见\n"
                                    "东村,修建村道,村干部提议,2026-03-10,30,28,93.3%,周包村,2026-03-15,36,30,"
                                    "2026-03-16,2026-03-26,同意公开\n"));
    const Run r = cli({QStringLiteral("import"), ledger, QStringLiteral("--matters"), sheet});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("imported 1")));
    CHECK(r.err.contains(QStringLiteral("Derived columns (worked out by the program, not imported): 党员大会审议·参会比例")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Unused columns")));
    // The resolution names no form: imported as written, and its finding listed.
    CHECK(r.err.contains(QStringLiteral("step 4")));
    auto l = Ledger::open(ledger);
    REQUIRE(l.ledger);
    QSqlQuery q(l.ledger->database());
    REQUIRE(q.exec(QStringLiteral("SELECT m.motion_source, s3.township_attendee, s4.form, s5.supervision_opinion "
                                  "FROM matter m JOIN matter_step s3 ON s3.matter_id = m.id AND s3.step = 3 "
                                  "JOIN matter_step s4 ON s4.matter_id = m.id AND s4.step = 4 "
                                  "JOIN matter_step s5 ON s5.matter_id = m.id AND s5.step = 5")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("cadres"));
    CHECK(q.value(1).toString() == QStringLiteral("周包村"));
    CHECK(q.value(2).toString().isEmpty());
    CHECK(q.value(3).toString() == QStringLiteral("同意公开"));
}
