// Import from spreadsheets and CSV: messy sheets read right, every rejected row kept with its
// reason, duplicates handled as chosen, all or nothing.

#include "TestSupport.h"

#include "committees/CommitteeRepository.h"
#include "grids/HouseholdRepository.h"
#include "import/ImportValues.h"
#include "import/Importer.h"
#include "storage/AuditChain.h"
#include "matters/MatterRepository.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "model/Validation.h"
#include "model/VillageRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>

using namespace tl;
using tl::test::makeId;

namespace {

qint64 addVillage(Ledger &ledger, const QString &name)
{
    Village v;
    v.name = name;
    v.adults = 800;
    v.representatives = 40;
    const Saved s = VillageRepository(ledger).insert(v);
    REQUIRE(s.ok());
    return s.id;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A spreadsheet written by openpyxl / xlwt / odfpy (tests/tools/make_sheet.py).
void makeSheet(const QString &path, const QJsonArray &rows, const QStringList &merges = {},
               const QString &sheetName = QStringLiteral("Sheet1"))
{
    QJsonObject sheet{{QStringLiteral("name"), sheetName}, {QStringLiteral("rows"), rows},
                      {QStringLiteral("merges"), QJsonArray::fromStringList(merges)}};
    const QByteArray spec = QJsonDocument(QJsonObject{{QStringLiteral("sheets"), QJsonArray{sheet}}}).toJson();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(TL_TESTS_DIR "/tools/make_sheet.py"), path});
    REQUIRE(p.waitForStarted());
    p.write(spec);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAll().toStdString());
    REQUIRE(p.exitCode() == 0);
}

QJsonObject dateCell(const QString &iso) { return QJsonObject{{QStringLiteral("date"), iso}}; }

int scalar(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

const ImportRow &rowAt(const Importer &importer, int sourceRow)
{
    for (const ImportRow &r : importer.rows())
        if (r.sourceRow == sourceRow)
            return r;
    FAIL("no row " << sourceRow);
    return importer.rows().constFirst();
}

} // namespace

TEST_CASE("import values: the dates, yes/no and numbers clerks type", "[import]")
{
    QString why;
    const QDate march5(2026, 3, 5);
    for (const QString &t : {QStringLiteral("2026-03-05"), QStringLiteral("2026/3/5"), QStringLiteral("2026.3.5"),
                             QStringLiteral("2026年3月5日"), QStringLiteral("20260305"), QStringLiteral(" ２０２６-０３-０５ "),
                             QStringLiteral("46086")}) {
        INFO(t.toStdString());
        CHECK(ImportValues::date(t, &why) == march5);
    }
    CHECK(ImportValues::date(QVariant(46086.0), &why) == march5); // Excel serial in a numeric cell
    CHECK(ImportValues::date(QVariant(20260305.0), &why) == march5);
    CHECK(ImportValues::date(QVariant(QDate(2026, 3, 5)), &why) == march5);
    CHECK(ImportValues::date(QStringLiteral("1985.03"), &why, true) == QDate(1985, 3, 1));
    CHECK_FALSE(ImportValues::date(QStringLiteral("2026-02-30"), &why));
    CHECK(why.contains(QStringLiteral("2026-02-30")));
    CHECK_FALSE(ImportValues::date(QStringLiteral("三月五日"), &why));

    CHECK(ImportValues::yesNo(QStringLiteral("是"), &why) == true);
    CHECK(ImportValues::yesNo(QStringLiteral("√"), &why) == true);
    CHECK(ImportValues::yesNo(QStringLiteral(""), &why) == false);
    CHECK(ImportValues::yesNo(QStringLiteral("否"), &why) == false);
    CHECK_FALSE(ImportValues::yesNo(QStringLiteral("也许"), &why));

    CHECK(ImportValues::count(QStringLiteral("１２人"), &why) == 12);
    CHECK(ImportValues::count(QVariant(12.0), &why) == 12);
    why.clear();
    CHECK_FALSE(ImportValues::count(QStringLiteral("12.5"), &why));
    CHECK_FALSE(why.isEmpty());
    CHECK(ImportValues::scaled(QStringLiteral("1,234.5"), 2, &why) == 123450);
    CHECK(ImportValues::scaled(QStringLiteral("0.1"), 4, &why) == 1000); // 0.1 万元 = 1000 元, exactly
    CHECK(ImportValues::scaled(QStringLiteral("¥12.30元"), 2, &why) == 1230);
    CHECK_FALSE(ImportValues::scaled(QStringLiteral("12.345"), 2, &why));

    CHECK(ImportValues::code(QStringLiteral("１１０１０１"), &why) == QStringLiteral("110101"));
    CHECK_FALSE(ImportValues::code(QVariant(1.10101199003071e17), &why));
    CHECK(why.contains(QStringLiteral("number")));
    CHECK_FALSE(ImportValues::code(QStringLiteral("1.10101E+17"), &why));
    CHECK(ImportValues::splitList(QStringLiteral("党支部书记、村委会主任")) ==
          QStringList{QStringLiteral("党支部书记"), QStringLiteral("村委会主任")});
    CHECK(ImportValues::splitList(QStringLiteral("书记，主任; 委员／委员")).size() == 4);
}

TEST_CASE("import households: a GB18030 CSV with a title row, grids and workers set up from it", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    const qint64 east = addVillage(*ledger, QStringLiteral("东村"));
    const QString id1 = makeId(QStringLiteral("371302"), QDate(1970, 5, 1), 11);
    const QString id2 = makeId(QStringLiteral("371302"), QDate(1980, 6, 2), 22);
    const QString csv = QStringLiteral(
                            "东村户籍台账（2026年）,,,,,,,,\r\n"
                            ",,,,,,,,\r\n"
                            "村名 ,村民小组,户主姓名,户主身份证号,门牌号,家庭人口,联系电话,户类别,所属网格,网格员\r\n"
                            "东村,一组,张大山,%1,东村1号,４,13800138000,低保、脱贫户,第一网格,王网格\r\n"
                            ",,,,,,,,\r\n"
                            "东村,一组,李小河,%2,\"东村2号,后院\",3,,,第一网格,王网格\r\n"
                            "南村,二组,赵无村,,南村1号,2,,,,\r\n"
                            "东村,二组,,,,2,,,,\r\n"
                            "东村,二组,钱坏号,1.10101E+17,,2,,,,\r\n"
                            "东村,二组,孙三,%1,,2,,,,\r\n"
                            "东村,二组,周四,,,2,,,,赵员\r\n")
                            .arg(id1, id2);
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QString path = tmp.file(QStringLiteral("households.csv"));
    writeFile(path, gb.encode(csv));

    ImportOptions options;
    options.kind = ImportKind::Households;
    options.today = tl::test::fixedToday();
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    CHECK(importer.mapping().headerRow == 3);
    REQUIRE(importer.analyse(&error));
    REQUIRE(importer.rows().size() == 7); // blank rows are not rows

    CHECK(rowAt(importer, 4).verdict == ImportRow::Verdict::Ok);
    CHECK(rowAt(importer, 6).verdict == ImportRow::Verdict::Ok);
    const ImportRow &noVillage = rowAt(importer, 7);
    CHECK(noVillage.verdict == ImportRow::Verdict::Rejected);
    CHECK(noVillage.column == QStringLiteral("村名"));
    CHECK(noVillage.reason.contains(QStringLiteral("南村")));
    CHECK(rowAt(importer, 8).verdict == ImportRow::Verdict::Rejected);
    CHECK(rowAt(importer, 8).column == QStringLiteral("户主姓名"));
    CHECK(rowAt(importer, 9).verdict == ImportRow::Verdict::Rejected);
    CHECK(rowAt(importer, 9).column == QStringLiteral("户主身份证号"));
    CHECK(rowAt(importer, 9).reason.contains(QStringLiteral("scientific")));
    CHECK(rowAt(importer, 10).verdict == ImportRow::Verdict::Rejected); // same ID as row 4
    CHECK(rowAt(importer, 10).reason.contains(QStringLiteral("row 4")));
    CHECK(rowAt(importer, 11).verdict == ImportRow::Verdict::Rejected); // a worker without a grid
    CHECK(rowAt(importer, 11).column == QStringLiteral("网格员"));
    CHECK(importer.newGrids() == QStringList{QStringLiteral("东村 / 第一网格")});
    CHECK(importer.newPeople() == QStringList{QStringLiteral("东村 / 王网格")});
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 0); // the preview wrote nothing
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM grid")) == 0);

    ImportCounts counts;
    QString backup;
    REQUIRE(importer.commit(&counts, &error, {}, &backup));
    CHECK(QFile::exists(backup));
    CHECK(counts.read == 7);
    CHECK(counts.imported == 2);
    CHECK(counts.rejected == 5);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 2);
    HouseholdRepository households(*ledger);
    HouseholdFilter filter;
    filter.villageId = east;
    const QList<Household> got = households.fetch(households.ids(filter));
    REQUIRE(got.size() == 2);
    CHECK(got[0].people == 4);
    CHECK(got[0].tags.contains(QStringLiteral("dibao")));
    CHECK(got[0].tags.contains(QStringLiteral("tuopin")));
    CHECK(got[1].address == QStringLiteral("东村2号,后院"));
    CHECK(got[0].gridId > 0);
    CHECK(got[0].gridId == got[1].gridId);
    CHECK(got[0].workerId > 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM grid_worker")) == 1);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household_assignment")) == 2);
    const QList<Importer::LogEntry> log = Importer::log(*ledger);
    REQUIRE(log.size() == 1);
    CHECK(log[0].counts.rejected == 5);
    CHECK(log[0].kind == QStringLiteral("households"));

    // The error workbook holds every rejected row with its cells and the reason.
    const QString errors = tmp.file(QStringLiteral("errors.xlsx"));
    REQUIRE(importer.writeErrors(errors, &error));
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import openpyxl,sys\n"
                             "ws=openpyxl.load_workbook(sys.argv[1]).active\n"
                             "rows=[r for r in ws.iter_rows(values_only=True) if any(c is not None for c in r)]\n"
                             "print(len(rows)); print(rows[1][0]); print(rows[2][2]); print(rows[2][-1])\n"),
              errors});
    REQUIRE(py.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'));
    INFO(py.readAllStandardError().toStdString());
    REQUIRE(lines.size() >= 4);
    CHECK(lines[0] == QStringLiteral("7")); // title, header and 5 rejected rows
    CHECK(lines[1] == QStringLiteral("村名"));
    CHECK(lines[2] == QStringLiteral("赵无村"));
    CHECK(lines[3].contains(QStringLiteral("南村")));

    // The fixed file comes in again: duplicates by head ID are skipped or updated as chosen.
    Importer again(*ledger, options);
    REQUIRE(again.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(again.analyse(&error));
    CHECK(rowAt(again, 4).verdict == ImportRow::Verdict::Duplicate);
    ImportOptions update = options;
    update.onDuplicate = DuplicatePolicy::Update;
    update.createVillages = true;
    Importer updating(*ledger, update);
    REQUIRE(updating.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(updating.analyse(&error));
    CHECK(updating.newVillages() == QStringList{QStringLiteral("南村")});
    CHECK(rowAt(updating, 7).verdict == ImportRow::Verdict::Note);
    REQUIRE(updating.commit(&counts, &error));
    CHECK(counts.updated == 2);
    CHECK(counts.imported == 1);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 3);
}

TEST_CASE("import members: posts split, 一肩挑, IDs stored as numbers rejected, reserve cadres", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    const qint64 east = addVillage(*ledger, QStringLiteral("东村"));
    const QString chairId = makeId(QStringLiteral("371302"), QDate(1975, 4, 9), 13);
    const QString memberId = makeId(QStringLiteral("371302"), QDate(1990, 1, 2), 24);
    const QString reserveId = makeId(QStringLiteral("371302"), QDate(1998, 8, 8), 35);
    const QString path = tmp.file(QStringLiteral("members.xlsx"));
    makeSheet(path,
              QJsonArray{
                  QJsonArray{QStringLiteral("东村“两委”成员花名册")},
                  QJsonArray{QStringLiteral("填报单位：某某镇"), QJsonValue(), QJsonValue(), QStringLiteral("2026年11月")},
                  QJsonArray{QStringLiteral("所在村"), QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("民族"),
                             QStringLiteral("公民身份号码"), QStringLiteral("出生年月"), QStringLiteral("政治面貌"),
                             QStringLiteral("文化程度"), QStringLiteral("手机号码"), QStringLiteral("职务"),
                             QStringLiteral("任职时间"), QStringLiteral("是否后备干部")},
                  QJsonArray{QStringLiteral("东村"), QStringLiteral("王书记"), QJsonValue(), QStringLiteral("汉"), chairId,
                             QJsonValue(), QStringLiteral("中共党员"), QStringLiteral("大专"),
                             QStringLiteral("13900000001"), QStringLiteral("党支部书记、村委会主任"),
                             dateCell(QStringLiteral("2021-05-10")), QStringLiteral("否")},
                  QJsonArray{QStringLiteral("东村"), QStringLiteral("刘委员"), QStringLiteral("女"), QStringLiteral("汉族"),
                             memberId, QStringLiteral("1990.01"), QStringLiteral("群众"), QStringLiteral("高中"),
                             QJsonValue(), QStringLiteral("村委会委员，妇联主席"), QStringLiteral("2021年5月10日"),
                             QJsonValue()},
                  QJsonArray{QStringLiteral("东村"), QStringLiteral("陈数字"), QStringLiteral("男"), QStringLiteral("汉族"),
                             1.10101199003071e17, QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(),
                             QStringLiteral("村委会委员")},
                  QJsonArray{QStringLiteral("东村"), QStringLiteral("赵后备"), QStringLiteral("男"), QStringLiteral("汉族"),
                             reserveId, QJsonValue(), QStringLiteral("共青团员"), QStringLiteral("大学本科"),
                             QJsonValue(), QJsonValue(), QJsonValue(), QStringLiteral("√")},
                  QJsonArray{QStringLiteral("东村"), QStringLiteral("错性别"), QStringLiteral("女"), QJsonValue(), chairId},
              },
              {QStringLiteral("A1:L1")});
    ImportOptions options;
    options.kind = ImportKind::Members;
    options.today = tl::test::fixedToday();
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    CHECK(importer.mapping().headerRow == 3);
    REQUIRE(importer.analyse(&error));
    REQUIRE(importer.rows().size() == 5);
    const ImportRow &chair = rowAt(importer, 4);
    CHECK(chair.verdict == ImportRow::Verdict::Note); // gender and birth date from the ID
    CHECK(chair.notes.join(QLatin1Char(' ')).contains(QStringLiteral("gender")));
    const ImportRow &member = rowAt(importer, 5);
    CHECK(member.verdict == ImportRow::Verdict::Note); // 妇联主席 is not a post of the ledger
    CHECK(member.notes.join(QLatin1Char(' ')).contains(QStringLiteral("妇联主席")));
    const ImportRow &numeric = rowAt(importer, 6);
    CHECK(numeric.verdict == ImportRow::Verdict::Rejected);
    CHECK(numeric.column == QStringLiteral("公民身份号码"));
    CHECK(numeric.reason.contains(QStringLiteral("number")));
    CHECK(rowAt(importer, 8).verdict == ImportRow::Verdict::Rejected); // same ID as row 4 in this sheet

    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    CHECK(counts.imported == 3);
    CHECK(counts.rejected == 2);
    PersonRepository persons(*ledger);
    const std::optional<Person> wang = persons.findByIdNumber(chairId);
    REQUIRE(wang);
    CHECK(wang->gender == Gender::Male);
    CHECK(wang->birthDate == QDate(1975, 4, 9));
    CHECK(wang->ethnicity == QStringLiteral("汉族"));
    CHECK(wang->education == Education::College);
    CommitteeRepository committees(*ledger);
    const QList<Post> posts = committees.postsOfPerson(wang->id);
    REQUIRE(posts.size() == 2); // 书记 and 主任: 一肩挑
    for (const Post &p : posts) {
        CHECK(p.role == Role::Chair);
        CHECK(p.start == QDate(2021, 5, 10));
    }
    const std::optional<Term> committee = committees.currentTerm(east, Body::Committee, tl::test::fixedToday());
    REQUIRE(committee);
    CHECK(committee->start == QDate(2021, 5, 10));
    const std::optional<Person> liu = persons.findByIdNumber(memberId);
    REQUIRE(liu);
    CHECK(liu->note.contains(QStringLiteral("妇联主席")));
    const std::optional<Person> zhao = persons.findByIdNumber(reserveId);
    REQUIRE(zhao);
    CHECK(ReserveRepository(*ledger).ofPerson(zhao->id).size() == 1);
    CHECK(zhao->political == PoliticalStatus::LeagueMember);
    CHECK(zhao->education == Education::Bachelor);

    // The same sheet again: the three are duplicates, skipped by default; nothing doubles.
    Importer again(*ledger, options);
    REQUIRE(again.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(again.analyse(&error));
    CHECK(again.count(ImportRow::Verdict::Duplicate) == 3);
    REQUIRE(again.commit(&counts, &error));
    CHECK(counts.skipped == 3);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM person")) == 3);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM post")) == 3);
}

TEST_CASE("import matters: six steps with votes, in .xls and .ods as well", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QJsonArray header{QStringLiteral("村名"), QStringLiteral("事项名称"), QStringLiteral("类别"),
                            QStringLiteral("金额（元）"), QStringLiteral("提议日期"), QStringLiteral("商议日期"),
                            QStringLiteral("审议日期"), QStringLiteral("审议应到"), QStringLiteral("审议实到"),
                            QStringLiteral("审议同意"), QStringLiteral("决议形式"), QStringLiteral("决议日期"),
                            QStringLiteral("决议应到"), QStringLiteral("决议实到"), QStringLiteral("决议同意"),
                            QStringLiteral("决议反对"), QStringLiteral("决议弃权"), QStringLiteral("决议公开日期"),
                            QStringLiteral("公开截止日期"), QStringLiteral("结果公开日期")};
    const QJsonArray full{QStringLiteral("东村"), QStringLiteral("修建村道"), QStringLiteral("重大项目"), 350000,
                          dateCell(QStringLiteral("2026-03-02")), dateCell(QStringLiteral("2026-03-05")),
                          dateCell(QStringLiteral("2026-03-10")), 30, 28, 25, QStringLiteral("村民代表会议"),
                          dateCell(QStringLiteral("2026-03-15")), 40, 36, 30, 4, 2,
                          dateCell(QStringLiteral("2026-03-16")), dateCell(QStringLiteral("2026-03-26")),
                          dateCell(QStringLiteral("2026-10-01"))};
    const QJsonArray noForm{QStringLiteral("东村"), QStringLiteral("出租厂房"), QStringLiteral("资产处置"), 12000,
                            dateCell(QStringLiteral("2026-04-02")), dateCell(QStringLiteral("2026-04-05")),
                            dateCell(QStringLiteral("2026-04-10")), 30, 28, 25, QJsonValue(),
                            dateCell(QStringLiteral("2026-04-15")), 40, 36, 30};
    const QJsonArray early{QStringLiteral("东村"), QStringLiteral("商议早于提议"), QStringLiteral("其他"), 0,
                           dateCell(QStringLiteral("2026-05-10")), dateCell(QStringLiteral("2026-05-01"))};
    for (const QString &suffix : {QStringLiteral("xls"), QStringLiteral("ods"), QStringLiteral("xlsx")}) {
        INFO(suffix.toStdString());
        auto fresh = tl::test::newLedger(tmp.file(QStringLiteral("m-%1.ledger").arg(suffix)));
        addVillage(*fresh, QStringLiteral("东村"));
        const QString path = tmp.file(QStringLiteral("matters.") + suffix);
        makeSheet(path, QJsonArray{header, full, noForm, early});
        ImportOptions options;
        options.kind = ImportKind::Matters;
        options.today = tl::test::fixedToday();
        Importer importer(*fresh, options);
        QString error;
        REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
        REQUIRE(importer.analyse(&error));
        REQUIRE(importer.rows().size() == 3);
        CHECK(rowAt(importer, 2).verdict == ImportRow::Verdict::Note); // channel assumed
        // A resolution without its meeting form is recorded as written, and is a finding.
        CHECK(rowAt(importer, 3).verdict == ImportRow::Verdict::Note);
        CHECK_FALSE(rowAt(importer, 3).findings.isEmpty());
        // Dated backwards is a record of what happened: imported, and a finding.
        CHECK(rowAt(importer, 4).verdict == ImportRow::Verdict::Note);
        CHECK_FALSE(rowAt(importer, 4).findings.isEmpty());
        ImportCounts counts;
        REQUIRE(importer.commit(&counts, &error));
        CHECK(counts.imported == 3);
        MatterRepository matters(*fresh);
        QList<Matter> all = matters.all();
        REQUIRE(all.size() == 3);
        all.erase(std::remove_if(all.begin(), all.end(), [](const Matter &m) { return m.title != QStringLiteral("修建村道"); }),
                  all.end());
        REQUIRE(all.size() == 1);
        CHECK(all[0].amountFen == 35000000);
        CHECK(all[0].category == QStringLiteral("project"));
        const QList<StepRecord> steps = matters.steps(all[0].id);
        REQUIRE(steps.size() == 6);
        CHECK(steps[3].form == ResolutionForm::RepresentativesMeeting);
        CHECK(steps[3].votesFor == 30);
        CHECK(steps[3].votesAgainst == 4);
        CHECK(steps[4].disclosureEnd == QDate(2026, 3, 26));
    }
}

TEST_CASE("import villages: income in 万元, star ratings, update of existing villages", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QString path = tmp.file(QStringLiteral("villages.csv"));
    writeFile(path, QByteArray("\xEF\xBB\xBF")
                        + QStringLiteral("村委会名称\t户数\t户籍人口\t党员数\t集体经济收入（万元）\t星级\n"
                                         "东村\t320\t1,100\t45\t12.5\t★★★\n"
                                         "西村\t210\t800\t30\t0.8\t4\n"
                                         "北村\t-3\t800\t30\t1\t9\n")
                              .toUtf8());
    ImportOptions options;
    options.kind = ImportKind::Villages;
    options.onDuplicate = DuplicatePolicy::Update;
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    CHECK(rowAt(importer, 2).verdict == ImportRow::Verdict::Duplicate);
    CHECK(rowAt(importer, 4).verdict == ImportRow::Verdict::Rejected);
    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    CHECK(counts.updated == 1);
    CHECK(counts.imported == 1);
    CHECK(counts.rejected == 1);
    VillageRepository villages(*ledger);
    for (const Village &v : villages.all()) {
        if (v.name == QStringLiteral("东村")) {
            CHECK(v.incomeYuan == 125000);
            CHECK(v.starRating == 3);
            CHECK(v.households == 320);
            CHECK(v.adults == 800); // not in the sheet: kept
        } else {
            CHECK(v.name == QStringLiteral("西村"));
            CHECK(v.incomeYuan == 8000);
            CHECK(v.registeredPopulation == 800);
        }
    }
}

TEST_CASE("import: a cancelled import writes nothing; a sheet without a header says so", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    QByteArray csv = "村名,户主姓名,家庭人口\n";
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("东村,户主%1,3\n").arg(i).toUtf8();
    const QString path = tmp.file(QStringLiteral("big.csv"));
    writeFile(path, csv);
    ImportOptions options;
    options.kind = ImportKind::Households;
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    CHECK(importer.count(ImportRow::Verdict::Ok) == 5000);
    ImportCounts counts;
    int calls = 0;
    CHECK_FALSE(importer.commit(&counts, &error, [&](int done, int) { return ++calls < 3 || done == 0; }));
    CHECK(error == QStringLiteral("cancelled"));
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM import_log")) == 0);
    REQUIRE(importer.commit(&counts, &error));
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 5000);

    const QString noHeader = tmp.file(QStringLiteral("noheader.csv"));
    writeFile(noHeader, "a,b,c\n1,2,3\n");
    Importer lost(*ledger, options);
    REQUIRE(lost.read(noHeader, QString(), &error) == SheetSource::Result::Ok);
    CHECK(lost.mapping().headerRow == 0);
    CHECK(error.contains(QStringLiteral("header")));
    CHECK_FALSE(lost.analyse(&error));
}

TEST_CASE("import matters: irregular histories are recorded as written, by override, and are findings", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QJsonArray header{QStringLiteral("村名"), QStringLiteral("事项名称"), QStringLiteral("提议日期"),
                            QStringLiteral("商议日期"), QStringLiteral("审议日期"), QStringLiteral("审议应到"),
                            QStringLiteral("审议实到"), QStringLiteral("审议同意"), QStringLiteral("决议形式"),
                            QStringLiteral("决议日期"), QStringLiteral("决议应到"), QStringLiteral("决议实到"),
                            QStringLiteral("决议同意"), QStringLiteral("决议反对"), QStringLiteral("决议弃权"),
                            QStringLiteral("决议公开日期"), QStringLiteral("公开截止日期"), QStringLiteral("公开方式")};
    auto d = [](const char *iso) { return QJsonValue(dateCell(QString::fromLatin1(iso))); };
    const QString rep = QStringLiteral("村民代表会议");
    const QString board = QStringLiteral("公开栏");
    QJsonArray rows{header};
    // 2: steps after a failed vote at the review.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("否决后继续"), d("2026-03-01"), d("2026-03-02"),
                       d("2026-03-05"), 30, 28, 10, rep, d("2026-03-10"), 40, 36, 30, 4, 2, d("2026-03-11"),
                       d("2026-03-20"), board};
    // 3: the resolution dated before the review.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("决议早于审议"), d("2026-03-01"), d("2026-03-02"),
                       d("2026-03-10"), 30, 28, 25, rep, d("2026-03-05"), 40, 36, 30, 4, 2};
    // 4: a disclosure end without its start.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("只有公开截止"), d("2026-03-01"), d("2026-03-02"),
                       d("2026-03-05"), 30, 28, 25, rep, d("2026-03-10"), 40, 36, 30, 4, 2, QJsonValue(),
                       d("2026-03-20"), board};
    // 5: a missing step (no proposal).
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("缺少提议"), QJsonValue(), d("2026-03-02"),
                       d("2026-03-05"), 30, 28, 25};
    // 6: a review without quorum, then a resolution.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("审议不足半数"), d("2026-03-01"), d("2026-03-02"),
                       d("2026-03-05"), 30, 10, 9, rep, d("2026-03-10"), 40, 36, 30, 4, 2};
    // 7: votes that do not add up.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("票数不符"), d("2026-03-01"), d("2026-03-02"),
                       d("2026-03-05"), 30, 28, 25, rep, d("2026-03-10"), 40, 36, 30, 10, 2};
    // 8: a disclosure that ends before it begins.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("截止早于开始"), d("2026-03-01"), d("2026-03-02"),
                       d("2026-03-05"), 30, 28, 25, rep, d("2026-03-10"), 40, 36, 30, 4, 2, d("2026-03-12"),
                       d("2026-03-11"), board};
    // 9: unreadable: a date that is no date. The only row refused.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("日期不可读"), QStringLiteral("三月初")};
    const QString path = tmp.file(QStringLiteral("irregular.xlsx"));
    makeSheet(path, rows);

    ImportOptions options;
    options.kind = ImportKind::Matters;
    options.today = tl::test::fixedToday();
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    REQUIRE(importer.rows().size() == 8);
    auto findings = [&](int row) { return rowAt(importer, row).findings.join(QLatin1Char('\n')).toStdString(); };
    for (int row = 2; row <= 8; ++row) {
        INFO("row " << row << ": " << rowAt(importer, row).reason.toStdString());
        CHECK(rowAt(importer, row).verdict != ImportRow::Verdict::Rejected);
        CHECK_FALSE(rowAt(importer, row).findings.isEmpty());
    }
    using Catch::Matchers::Contains;
    CHECK_THAT(findings(2), Contains("step 4 (Resolution)") && Contains("rejected at step 3"));
    CHECK_THAT(findings(3), Contains("step 4 (Resolution)") && Contains("before step 3"));
    CHECK_THAT(findings(4), Contains("step 5 (Resolution disclosure)"));
    CHECK_THAT(findings(5), Contains("step 2 (Deliberation)") && Contains("before step 1 by override"));
    CHECK_THAT(findings(6), Contains("step 3 (Review)"));
    CHECK_THAT(findings(7), Contains("step 4 (Resolution)"));
    CHECK_THAT(findings(8), Contains("step 5 (Resolution disclosure)"));
    CHECK(rowAt(importer, 9).verdict == ImportRow::Verdict::Rejected);
    CHECK(rowAt(importer, 9).column == QStringLiteral("提议日期"));

    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    CHECK(counts.imported == 7);
    CHECK(counts.rejected == 1);
    MatterRepository matters(*ledger);
    QHash<QString, qint64> byTitle;
    for (const Matter &m : matters.all())
        byTitle.insert(m.title, m.id);
    // After the failed vote, step 4 is recorded by override with the import's reason.
    const std::optional<StepRecord> afterRejection = matters.step(byTitle.value(QStringLiteral("否决后继续")), MatterStep::Resolution);
    REQUIRE(afterRejection);
    CHECK(afterRejection->overridden);
    CHECK(afterRejection->overrideReason == Importer::importOverrideReason());
    const std::optional<StepRecord> onlyEnd = matters.step(byTitle.value(QStringLiteral("只有公开截止")), MatterStep::ResolutionDisclosure);
    REQUIRE(onlyEnd);
    CHECK(onlyEnd->disclosureEnd == QDate(2026, 3, 20));
    CHECK(matters.steps(byTitle.value(QStringLiteral("缺少提议"))).size() == 2);
    const std::optional<StepRecord> backwards = matters.step(byTitle.value(QStringLiteral("截止早于开始")), MatterStep::ResolutionDisclosure);
    REQUIRE(backwards);
    CHECK(backwards->disclosureEnd == QDate(2026, 3, 11));
    // Steps in order carry no override.
    CHECK_FALSE(matters.step(byTitle.value(QStringLiteral("票数不符")), MatterStep::Resolution)->overridden);
}

TEST_CASE("import matters: a county template with a two-level merged header imports every step of every row", "[import]")
{
    tl::test::TempDir tmp;
    // Title row, then step names merged over their sub-columns, then the sub-columns. 序号, 村名,
    // 事项名称 and 金额（万元） span both header rows.
    const QString s = QString();
    const QJsonArray title{QStringLiteral("2026年村级重大事项“四议两公开”台账")};
    const QJsonArray upper{QStringLiteral("序号"), QStringLiteral("村名"), QStringLiteral("事项名称"),
                           QStringLiteral("金额（万元）"), QStringLiteral("党支部提议"), s, s,
                           QStringLiteral("两委会商议"), s, s, QStringLiteral("党员大会审议"), s, s, s,
                           QStringLiteral("村民代表会议决议"), s, s, s, s, s, QStringLiteral("决议公开"), s, s, s,
                           QStringLiteral("实施结果公开"), s, s, QStringLiteral("经办人")};
    const QJsonArray lower{s, s, s, s, QStringLiteral("时间"), QStringLiteral("应到"), QStringLiteral("实到"),
                           QStringLiteral("时间"), QStringLiteral("应到"), QStringLiteral("实到"),
                           QStringLiteral("时间"), QStringLiteral("应到"), QStringLiteral("实到"), QStringLiteral("同意"),
                           QStringLiteral("时间"), QStringLiteral("应到"), QStringLiteral("实到"), QStringLiteral("同意"),
                           QStringLiteral("反对"), QStringLiteral("弃权"), QStringLiteral("公开时间"),
                           QStringLiteral("截止时间"), QStringLiteral("公开方式"), QStringLiteral("监委会签字"),
                           QStringLiteral("公开时间"), QStringLiteral("截止时间"), QStringLiteral("监委会签字"), s};
    auto d = [](const char *iso) { return QJsonValue(dateCell(QString::fromLatin1(iso))); };
    QJsonArray rows{title, upper, lower};
    for (int i = 1; i <= 3; ++i)
        rows << QJsonArray{i, QStringLiteral("东村"), QStringLiteral("事项%1").arg(i), 12.5, d("2026-03-01"), 5, 5,
                           d("2026-03-02"), 9, 8, d("2026-03-05"), 30, 28, 25, d("2026-03-10"), 40, 36, 30, 4, 2,
                           d("2026-03-11"), d("2026-03-20"), QStringLiteral("公开栏"), QStringLiteral("赵监督"),
                           d("2026-10-01"), d("2026-10-10"), QStringLiteral("赵监督"), QStringLiteral("王会计")};
    const QStringList merges{QStringLiteral("A2:A3"), QStringLiteral("B2:B3"), QStringLiteral("C2:C3"),
                             QStringLiteral("D2:D3"), QStringLiteral("E2:G2"), QStringLiteral("H2:J2"),
                             QStringLiteral("K2:N2"), QStringLiteral("O2:T2"), QStringLiteral("U2:X2"),
                             QStringLiteral("Y2:AA2"), QStringLiteral("AB2:AB3")};
    for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("ods")}) {
        INFO(suffix.toStdString());
        auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("two-level-%1.ledger").arg(suffix)));
        addVillage(*ledger, QStringLiteral("东村"));
        const QString path = tmp.file(QStringLiteral("two-level.") + suffix);
        makeSheet(path, rows, merges);
        ImportOptions options;
        options.kind = ImportKind::Matters;
        options.today = tl::test::fixedToday();
        Importer importer(*ledger, options);
        QString error;
        REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
        CHECK(importer.mapping().headerRow == 3); // the sub-header row is never a data row
        CHECK(importer.mapping().headerRows == 2);
        REQUIRE(importer.analyse(&error));
        REQUIRE(importer.rows().size() == 3);
        CHECK(importer.unusedColumns() == QStringList{QStringLiteral("经办人")}); // 序号 is no data
        ImportCounts counts;
        REQUIRE(importer.commit(&counts, &error));
        CHECK(counts.imported == 3);
        MatterRepository matters(*ledger);
        for (const Matter &m : matters.all()) {
            INFO(m.title.toStdString());
            CHECK(m.amountFen == 12'500'000); // 12.5 万元
            const QList<StepRecord> steps = matters.steps(m.id);
            REQUIRE(steps.size() == 6);
            CHECK(steps[0].present == 5);
            CHECK(steps[1].expected == 9);
            CHECK(steps[2].present == 28);
            CHECK(steps[2].votesFor == 25);
            CHECK(steps[3].votesAbstain == 2);
            CHECK(steps[3].form == ResolutionForm::RepresentativesMeeting); // named by the step's header
            CHECK(steps[4].disclosureEnd == QDate(2026, 3, 20));
            CHECK(steps[4].signedBy == QStringLiteral("赵监督"));
            CHECK(steps[5].disclosureEnd == QDate(2026, 10, 10));
            CHECK(steps[5].signedBy == QStringLiteral("赵监督"));
            for (const StepRecord &r : steps)
                CHECK_FALSE(r.overridden);
        }
    }
}

TEST_CASE("import: totals and notes rows are skipped and counted; an invalid phone is left out with a note", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QString id1 = makeId(QStringLiteral("371302"), QDate(1970, 5, 1), 11);
    const QJsonArray rows{
        QJsonArray{QStringLiteral("序号"), QStringLiteral("村名"), QStringLiteral("户主姓名"), QStringLiteral("身份证号"),
                   QStringLiteral("家庭人口"), QStringLiteral("联系电话")},
        QJsonArray{1, QStringLiteral("东村"), QStringLiteral("张大山"), id1, 4, QStringLiteral("1380013800")},
        QJsonArray{QStringLiteral("合计"), QString(), QString(), QString(), 4},
        QJsonArray{QStringLiteral("填表人：王会计"), QString(), QStringLiteral("审核人：李书记")},
        QJsonArray{QStringLiteral("说明：本表由村委会填报")},
    };
    const QString path = tmp.file(QStringLiteral("households.xlsx"));
    makeSheet(path, rows);
    ImportOptions options;
    options.kind = ImportKind::Households;
    options.today = tl::test::fixedToday();
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    CHECK(rowAt(importer, 2).verdict == ImportRow::Verdict::Note);
    CHECK(rowAt(importer, 2).notes.join(QString()).contains(QStringLiteral("1380013800")));
    for (int row = 3; row <= 5; ++row)
        CHECK(rowAt(importer, row).verdict == ImportRow::Verdict::Skipped);
    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    CHECK(counts.read == 4);
    CHECK(counts.imported == 1);
    CHECK(counts.skipped == 3);
    CHECK(counts.rejected == 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 1);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household WHERE phone <> ''")) == 0);
}

TEST_CASE("import: a roster after 换届 opens the next term only when asked; a shared credit code is a finding", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QJsonArray header{QStringLiteral("村名"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                            QStringLiteral("职务"), QStringLiteral("任职时间")};
    auto roster = [&](const QString &file, const QString &name, const QString &id, const char *since) {
        const QString path = tmp.file(file);
        makeSheet(path, QJsonArray{header, QJsonArray{QStringLiteral("东村"), name, id, QStringLiteral("党支部书记"),
                                                      dateCell(QString::fromLatin1(since))}});
        return path;
    };
    auto import = [&](const QString &path, const QDate &newTermFrom, ImportCounts *counts, QMap<QString, QDate> *offers) {
        ImportOptions options;
        options.kind = ImportKind::Members;
        options.today = tl::test::fixedToday();
        options.newTermFrom = newTermFrom;
        Importer importer(*ledger, options);
        QString error;
        REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
        REQUIRE(importer.analyse(&error));
        if (offers)
            *offers = importer.termChangeOffers();
        REQUIRE(importer.commit(counts, &error));
    };
    ImportCounts counts;
    import(roster(QStringLiteral("2021.xlsx"), QStringLiteral("王老书记"), makeId(QStringLiteral("371302"), QDate(1960, 1, 2), 11),
                  "2021-05-10"),
           {}, &counts, nullptr);
    REQUIRE(counts.imported == 1);
    const QString after = roster(QStringLiteral("2026.xlsx"), QStringLiteral("李新书记"),
                                 makeId(QStringLiteral("371302"), QDate(1980, 3, 4), 22), "2026-06-01");
    QMap<QString, QDate> offers;
    import(after, {}, &counts, &offers);
    CHECK(counts.rejected == 1);
    CHECK(offers.value(QStringLiteral("东村")) == QDate(2026, 6, 1));
    import(after, QDate(2026, 6, 1), &counts, &offers);
    CHECK(counts.imported == 1);
    CHECK(counts.rejected == 0);
    CommitteeRepository committees(*ledger);
    const std::optional<Term> now = committees.currentTerm(1, Body::Party, QDate(2026, 7, 1));
    REQUIRE(now);
    CHECK(now->number == 2);
    CHECK(now->start == QDate(2026, 6, 1));

    // Two villages with one 统一社会信用代码.
    const QString villagesPath = tmp.file(QStringLiteral("villages.xlsx"));
    const QString codeBody = QStringLiteral("54371321MJ001ABCD");
    const QString code = codeBody + Validators::creditCodeCheckChar(codeBody);
    makeSheet(villagesPath, QJsonArray{QJsonArray{QStringLiteral("村名"), QStringLiteral("统一社会信用代码")},
                                       QJsonArray{QStringLiteral("西村"), code},
                                       QJsonArray{QStringLiteral("北村"), code}});
    ImportOptions options;
    options.kind = ImportKind::Villages;
    options.today = tl::test::fixedToday();
    Importer villages(*ledger, options);
    QString error;
    REQUIRE(villages.read(villagesPath, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(villages.analyse(&error));
    CHECK(rowAt(villages, 2).findings.isEmpty());
    REQUIRE(rowAt(villages, 3).findings.size() == 1);
    CHECK(rowAt(villages, 3).findings.constFirst().contains(QStringLiteral("西村")));
    CHECK(rowAt(villages, 3).verdict == ImportRow::Verdict::Note);
}

TEST_CASE("import matters: 党员议事会 and 联户代表会议 are recognised, counted as 党员大会 and 村民代表会议", "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QString path = tmp.file(QStringLiteral("forms.csv"));
    writeFile(path, QStringLiteral("村名,事项名称,党员议事会审议时间,党员议事会实到,联户代表会议决议时间,联户代表会议应到\n"
                                   "东村,修建水塘,2026-03-05,20,2026-03-10,40\n")
                        .toUtf8());
    ImportOptions options;
    options.kind = ImportKind::Matters;
    options.today = tl::test::fixedToday();
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    REQUIRE(importer.rows().size() == 1);
    const ImportRow &row = importer.rows().constFirst();
    CHECK(row.verdict == ImportRow::Verdict::Note);
    const QString notes = row.notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("党员议事会")));
    CHECK(notes.contains(QStringLiteral("联户代表会议")));
    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    MatterRepository matters(*ledger);
    const QList<StepRecord> steps = matters.steps(matters.all().constFirst().id);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].step == MatterStep::MembersReview);
    CHECK(steps[0].present == 20);
    CHECK(steps[1].form == ResolutionForm::RepresentativesMeeting);
    CHECK(steps[1].expected == 40);
}

TEST_CASE("import: a masked export read back never overwrites real ID numbers; masked rows match by name and village",
          "[import]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QString id1 = makeId(QStringLiteral("371302"), QDate(1970, 5, 1), 11);
    const QString first = tmp.file(QStringLiteral("households.csv"));
    writeFile(first, QStringLiteral("村名,户主姓名,户主身份证号,家庭人口,联系电话\n东村,张大山,%1,4,13800138000\n")
                         .arg(id1)
                         .toUtf8());
    auto import = [&](const QString &path, ImportKind kind, ImportCounts *counts) {
        ImportOptions options;
        options.kind = kind;
        options.today = tl::test::fixedToday();
        options.onDuplicate = DuplicatePolicy::Update;
        auto importer = std::make_unique<Importer>(*ledger, options);
        QString error;
        REQUIRE(importer->read(path, QString(), &error) == SheetSource::Result::Ok);
        REQUIRE(importer->analyse(&error));
        REQUIRE(importer->commit(counts, &error));
        return importer;
    };
    ImportCounts counts;
    import(first, ImportKind::Households, &counts);
    REQUIRE(counts.imported == 1);

    // The list as exported with personal data masked, the household grown to 5.
    const QString masked = tmp.file(QStringLiteral("masked.csv"));
    writeFile(masked, QStringLiteral("村名,户主姓名,户主身份证号,家庭人口,联系电话\n"
                                     "东村,张大山,%1,5,138****8000\n"
                                     "东村,无此人,%1,2,\n")
                          .arg(id1.left(6) + QStringLiteral("********") + id1.right(4))
                          .toUtf8());
    const auto importer = import(masked, ImportKind::Households, &counts);
    CHECK(counts.updated == 1);
    CHECK(counts.rejected == 1);
    CHECK(rowAt(*importer, 3).reason.contains(QStringLiteral("masked")));
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("SELECT head_id_number, phone, people FROM household")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == id1);
    CHECK(q.value(1).toString() == QStringLiteral("13800138000"));
    CHECK(q.value(2).toInt() == 5);
    q.finish();
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 1);
}

TEST_CASE("import matters: 动议事由, 乡镇参会人员 and 监督意见 as county templates record them; 参会比例 is derived",
          "[import][template]")
{
    tl::test::TempDir tmp;
    const QString s = QString();
    // Two header rows: step names over their sub-columns, with 参会比例 after 实到 and the new fields.
    const QJsonArray upper{QStringLiteral("村名"), QStringLiteral("事项名称"), QStringLiteral("动议事由"),
                           QStringLiteral("党支部提议"), QStringLiteral("党员大会审议"), s, s, s, s, s,
                           QStringLiteral("村民代表会议决议"), s, s, s, s, QStringLiteral("决议公开"), s, s, s, s,
                           QStringLiteral("实施结果公开"), s, s};
    const QJsonArray lower{s, s, s, QStringLiteral("时间"), QStringLiteral("时间"), QStringLiteral("应到"),
                           QStringLiteral("实到"), QStringLiteral("参会比例"), QStringLiteral("同意"),
                           QStringLiteral("乡镇参会人员"), QStringLiteral("时间"), QStringLiteral("应到"),
                           QStringLiteral("实到"), QStringLiteral("同意"), QStringLiteral("包村干部"),
                           QStringLiteral("公开时间"), QStringLiteral("截止时间"), QStringLiteral("公开方式"),
                           QStringLiteral("监委会签字"), QStringLiteral("监督意见"), QStringLiteral("公开时间"),
                           QStringLiteral("截止时间"), QStringLiteral("监督意见")};
    auto d = [](const char *iso) { return QJsonValue(dateCell(QString::fromLatin1(iso))); };
    QJsonArray rows{upper, lower};
    // Row 3: all as the template has it. Row 4: an unknown 动议事由 and a 参会比例 that disagrees.
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("村道硬化"), QStringLiteral("上级党委政府安排"),
                       d("2026-03-01"), d("2026-03-05"), 30, 24, QStringLiteral("80%"), 20, QStringLiteral("李包村"),
                       d("2026-03-10"), 40, 36, 30, QStringLiteral("李包村"), d("2026-03-11"), d("2026-03-20"),
                       QStringLiteral("公开栏"), QStringLiteral("赵监督"), QStringLiteral("同意公开"),
                       d("2026-10-01"), d("2026-10-10"), QStringLiteral("已核实")};
    rows << QJsonArray{QStringLiteral("东村"), QStringLiteral("修建文化广场"), QStringLiteral("乡长拍板"),
                       d("2026-04-01"), d("2026-04-05"), 30, 24, QStringLiteral("90%"), 20, s,
                       d("2026-04-10"), 40, 36, 30, s, s, s, s, s, s, s, s, s};
    const QStringList merges{QStringLiteral("A1:A2"), QStringLiteral("B1:B2"), QStringLiteral("C1:C2"),
                             QStringLiteral("E1:J1"), QStringLiteral("K1:O1"), QStringLiteral("P1:T1"),
                             QStringLiteral("U1:W1")};
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const QString path = tmp.file(QStringLiteral("template.xlsx"));
    makeSheet(path, rows, merges);
    ImportOptions options;
    options.kind = ImportKind::Matters;
    options.today = tl::test::fixedToday();
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    CHECK(importer.unusedColumns().isEmpty());
    CHECK(importer.derivedColumns() == QStringList{QStringLiteral("党员大会审议·参会比例")});
    REQUIRE(importer.rows().size() == 2);
    CHECK(rowAt(importer, 3).verdict != ImportRow::Verdict::Rejected);
    CHECK(rowAt(importer, 3).notes.join(QLatin1Char('\n')).indexOf(QStringLiteral("参会比例")) < 0);
    const ImportRow &odd = rowAt(importer, 4);
    CHECK(odd.verdict != ImportRow::Verdict::Rejected);
    const QString oddNotes = odd.notes.join(QLatin1Char('\n'));
    INFO(oddNotes.toStdString());
    CHECK(oddNotes.contains(QStringLiteral("乡长拍板")));
    CHECK(oddNotes.contains(QStringLiteral("90%")));
    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    CHECK(counts.imported == 2);
    MatterRepository matters(*ledger);
    for (const Matter &m : matters.all()) {
        INFO(m.title.toStdString());
        const QList<StepRecord> steps = matters.steps(m.id);
        auto step = [&](MatterStep n) {
            for (const StepRecord &r : steps)
                if (r.step == n)
                    return r;
            return StepRecord();
        };
        if (m.title == QStringLiteral("村道硬化")) {
            CHECK(m.motionSource == QStringLiteral("higher"));
            CHECK(step(MatterStep::MembersReview).townshipAttendee == QStringLiteral("李包村"));
            CHECK(step(MatterStep::Resolution).townshipAttendee == QStringLiteral("李包村"));
            CHECK(step(MatterStep::ResolutionDisclosure).supervisionOpinion == QStringLiteral("同意公开"));
            CHECK(step(MatterStep::ResultDisclosure).supervisionOpinion == QStringLiteral("已核实"));
            CHECK(step(MatterStep::MembersReview).present == 24); // the counts, not the ratio, are the record
        } else {
            CHECK(m.motionSource.isEmpty()); // unknown text: left empty, the row imported
        }
    }
}

TEST_CASE("import matters: a resolution with a date but no meeting form is recorded as written and is a finding",
          "[import][template]")
{
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("t.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    auto d = [](const char *iso) { return QJsonValue(dateCell(QString::fromLatin1(iso))); };
    const QJsonArray rows{
        QJsonArray{QStringLiteral("村名"), QStringLiteral("事项名称"), QStringLiteral("提议日期"), QStringLiteral("商议日期"),
                   QStringLiteral("审议日期"), QStringLiteral("决议日期"), QStringLiteral("决议应到"),
                   QStringLiteral("决议实到"), QStringLiteral("决议同意")},
        QJsonArray{QStringLiteral("东村"), QStringLiteral("村道硬化"), d("2026-03-01"), d("2026-03-02"), d("2026-03-05"),
                   d("2026-03-10"), 40, 36, 30},
    };
    const QString path = tmp.file(QStringLiteral("noform.xlsx"));
    makeSheet(path, rows);
    ImportOptions options;
    options.kind = ImportKind::Matters;
    options.today = tl::test::fixedToday();
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    REQUIRE(importer.rows().size() == 1);
    const ImportRow &row = importer.rows().constFirst();
    INFO(row.reason.toStdString());
    CHECK(row.verdict != ImportRow::Verdict::Rejected);
    const QString findings = row.findings.join(QLatin1Char('\n'));
    INFO(findings.toStdString());
    CHECK(findings.contains(QStringLiteral("step 4")));
    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    CHECK(counts.imported == 1);
    MatterRepository matters(*ledger);
    const QList<StepRecord> steps = matters.steps(matters.all().constFirst().id);
    REQUIRE(steps.size() == 4);
    CHECK(steps[3].date == QDate(2026, 3, 10));
    CHECK(steps[3].form == ResolutionForm::None);
    CHECK(steps[3].votesFor == 30);
    bool formFinding = false;
    for (const Deliberation::Defect &defect :
         Deliberation::defects(matters.all().constFirst(), steps, DeliberationSettings(), tl::test::fixedToday()))
        formFinding |= defect.rule == QStringLiteral("matter.form_missing") && defect.step == MatterStep::Resolution;
    CHECK(formFinding);
}

TEST_CASE("import households in one pass: the same records, assignments and trail as checked then written",
          "[import][bulk]")
{
    tl::test::TempDir tmp;
    const QString id1 = makeId(QStringLiteral("371302"), QDate(1970, 5, 1), 11);
    const QString id2 = makeId(QStringLiteral("371302"), QDate(1981, 2, 3), 22);
    const QString before = tmp.file(QStringLiteral("before.csv"));
    writeFile(before, QStringLiteral("村名,户主姓名,家庭人口,所属网格,网格员\n东村,王小河,3,第一网格,李网格\n").toUtf8());
    const QString sheet = tmp.file(QStringLiteral("households.csv"));
    // Row 4 is the household the ledger had, read back masked and moved to another grid: an update
    // between new households. Row 6 names, masked, a household only this sheet adds (row 5):
    // refused, as the check refuses it. Row 7 has no grid (no assignment).
    writeFile(sheet, QStringLiteral("村名,户主姓名,户主身份证号,家庭人口,所属网格,网格员\n"
                                    "东村,张大山,%1,4,第一网格,李网格\n"
                                    "西村,赵一,%2,2,第二网格,\n"
                                    "东村,王小河,371302********1234,5,第三网格,李网格\n"
                                    "东村,孙三,,3,第一网格,李网格\n"
                                    "东村,孙三,371302********5678,3,第三网格,\n"
                                    "西村,钱二,,1,,\n")
                         .arg(id1, id2)
                         .toUtf8());
    auto run = [&](const QString &name, bool onePass) {
        auto ledger = tl::test::newLedger(tmp.file(name));
        addVillage(*ledger, QStringLiteral("东村"));
        addVillage(*ledger, QStringLiteral("西村"));
        ImportOptions options;
        options.kind = ImportKind::Households;
        options.today = tl::test::fixedToday();
        options.onDuplicate = DuplicatePolicy::Update;
        QString error;
        ImportCounts counts;
        {
            Importer first(*ledger, options);
            REQUIRE(first.read(before, QString(), &error) == SheetSource::Result::Ok);
            REQUIRE(first.importAll(&counts, &error));
            REQUIRE(counts.imported == 1);
        }
        Importer importer(*ledger, options);
        REQUIRE(importer.read(sheet, QString(), &error, {},
                              onePass ? Importer::ReadScope::Head : Importer::ReadScope::Whole)
                == SheetSource::Result::Ok);
        if (onePass) {
            REQUIRE(importer.importAll(&counts, &error));
        } else {
            REQUIRE(importer.analyse(&error));
            REQUIRE(importer.commit(&counts, &error));
        }
        CHECK(counts.imported == 4);
        CHECK(counts.updated == 1);
        CHECK(counts.rejected == 1);
        CHECK(rowAt(importer, 6).verdict == ImportRow::Verdict::Rejected);
        QStringList out;
        QSqlQuery q(ledger->database());
        for (const QString &sql :
             {QStringLiteral("SELECT json_array(id, village_id, head_name, head_id_number, people, grid_id, worker_id) "
                             "FROM household ORDER BY id"),
              QStringLiteral("SELECT json_array(id, household_id, grid_id, worker_id, assigned_on, note) "
                             "FROM household_assignment ORDER BY id"),
              QStringLiteral("SELECT json_array(source, tbl, record, action, field, old_value, new_value) FROM audit_log "
                             "ORDER BY id")}) {
            REQUIRE(q.exec(sql));
            while (q.next())
                out << q.value(0).toString();
            out << QStringLiteral("--");
        }
        CHECK(AuditChain::verify(ledger->database()).whole);
        return out;
    };
    const QStringList twoPasses = run(QStringLiteral("two.ledger"), false);
    const QStringList onePass = run(QStringLiteral("one.ledger"), true);
    CHECK(onePass == twoPasses);
    // Assignments: the first household's, then those of the sheet's new households with a grid and
    // the move, in the order of the rows.
    QStringList assigned;
    for (const QString &line : onePass)
        if (line.contains(QStringLiteral("import from")))
            assigned << line.section(QLatin1Char(','), 1, 1);
    CHECK(assigned == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1"),
                                  QStringLiteral("4")});
    // The trail's household rows follow the sheet: inserts of rows 2 and 3, the update of row 4,
    // the insert of rows 5 and 7.
    QStringList households;
    for (const QString &line : onePass)
        if (line.contains(QStringLiteral("\"household\"")) && line.contains(QStringLiteral("\"import\"")))
            households << line.section(QLatin1Char(','), 2, 3);
    households.removeDuplicates();
    CHECK(households == QStringList{QStringLiteral("\"1\",\"insert\""), QStringLiteral("\"2\",\"insert\""),
                                    QStringLiteral("\"3\",\"insert\""), QStringLiteral("\"1\",\"update\""),
                                    QStringLiteral("\"4\",\"insert\""), QStringLiteral("\"5\",\"insert\"")});
}

TEST_CASE("import households: duplicates are found among thousands of ID numbers, in the sheet and in the ledger",
          "[import][bulk]")
{
    // Enough rows that the ID tables grow several times while the sheet is read.
    tl::test::TempDir tmp;
    auto ledger = tl::test::newLedger(tmp.file(QStringLiteral("many.ledger")));
    addVillage(*ledger, QStringLiteral("东村"));
    const int rows = 5000;
    QStringList ids;
    for (int i = 0; i < rows; ++i)
        ids << tl::test::makeId(QStringLiteral("371302"), QDate(1950, 1, 1).addDays(i * 3), i % 900 + 1);
    QByteArray csv = QStringLiteral("村名,户主姓名,户主身份证号,家庭人口\n").toUtf8();
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("东村,户主%1,%2,2\n").arg(i).arg(ids.at(i)).toUtf8();
    // Row 5002 repeats row 12's ID number with a lower-case x where it has one, row 5003 row 4001's.
    csv += QStringLiteral("东村,重复甲,%1,1\n").arg(ids.at(10).toLower()).toUtf8();
    csv += QStringLiteral("东村,重复乙,%1,1\n").arg(ids.at(3999)).toUtf8();
    const QString sheet = tmp.file(QStringLiteral("many.csv"));
    writeFile(sheet, csv);
    ImportOptions options;
    options.kind = ImportKind::Households;
    options.today = tl::test::fixedToday();
    options.onDuplicate = DuplicatePolicy::Skip;
    QString error;
    ImportCounts counts;
    {
        Importer importer(*ledger, options);
        REQUIRE(importer.read(sheet, QString(), &error, {}, Importer::ReadScope::Head) == SheetSource::Result::Ok);
        REQUIRE(importer.importAll(&counts, &error));
        CHECK(counts.imported == rows);
        CHECK(counts.rejected == 2);
        CHECK(rowAt(importer, rows + 2).reason.contains(QStringLiteral("12")));
        CHECK(rowAt(importer, rows + 3).reason.contains(QStringLiteral("4001")));
    }
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == rows);
    // The same sheet again: every household is found in the ledger by its head's ID number.
    Importer again(*ledger, options);
    REQUIRE(again.read(sheet, QString(), &error, {}, Importer::ReadScope::Head) == SheetSource::Result::Ok);
    REQUIRE(again.importAll(&counts, &error));
    CHECK(counts.imported == 0);
    CHECK(counts.skipped == rows);
    CHECK(counts.rejected == 2);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == rows);
}
