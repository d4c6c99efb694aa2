// Round trip: every list the program exports with "导出 Excel" that holds records a clerk
// imports (villages, two-committee members, households, matters) imports back into an empty
// ledger as the same records, through the real export (TableExporter, what the view shows) and
// the real import (Importer). Masked ID and phone columns are recognised as masked and never
// stored. The clerk works in Chinese: the headers are the Chinese ones the importer knows.
//
// Lists that are not records to import, and why they are left out here:
//  - 网格 (grids): a grid is created by the households it holds (the 网格 column of a household
//    import); the grid list's figures (households, workers) are counts, not records.
//  - 三务公开 (disclosures) and 公开进度 (disclosure progress): there is no disclosure import; the
//    progress grid is a schedule worked out from the register.
//  - 问题清单 (findings) and the dashboard: worked out by the rules, never typed.
//  - 后备干部 (reserve cadres): the reserve list names people already in the roster; its
//    source and date columns have no import field (imported through the roster's 是否后备干部).
#include "TestSupport.h"

#include "common/TableExporter.h"
#include "edits/MatterEdits.h"
#include "matters/MatterRepository.h"
#include "committees/MemberRosterTab.h"
#include "grids/HouseholdsPage.h"
#include "import/Importer.h"
#include "matters/MatterBoardPage.h"
#include "model/VillageRepository.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "storage/Ledger.h"
#include "storage/Translations.h"
#include "villages/TownshipOverviewPage.h"
#include "villages/VillagePage.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

struct Chinese
{
    Chinese() { Translations::install(QStringLiteral("zh_CN")); }
    ~Chinese() { Translations::install(QStringLiteral("en")); }
};

// The rows of a query as tab-joined lines, sorted: two ledgers hold the same records exactly when
// their lines are equal.
QStringList lines(Ledger &ledger, const QString &sql)
{
    QStringList out;
    QSqlQuery q(ledger.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('\t'));
    }
    out.sort();
    return out;
}

// The lines only one side has, for the failure message.
QString difference(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &l : a)
        if (!b.contains(l))
            out << QStringLiteral("imported only: ") + l;
    for (const QString &l : b)
        if (!a.contains(l))
            out << QStringLiteral("source only:   ") + l;
    return out.mid(0, 12).join(QLatin1Char('\n'));
}

#define CHECK_SAME_RECORDS(target, source, sql)                                                                          \
    do {                                                                                                                 \
        const QStringList imported_ = lines(target, sql), original_ = lines(source, sql);                               \
        INFO(difference(imported_, original_).toStdString());                                                            \
        CHECK(imported_ == original_);                                                                                   \
    } while (false)

struct Imported
{
    QStringList unused;
    QStringList derived;
    int rejected = 0;
    QStringList reasons;
};

Imported importInto(Ledger &ledger, const QString &path, ImportKind kind, bool createVillages = false)
{
    ImportOptions options;
    options.kind = kind;
    options.createVillages = createVillages;
    options.today = test::fixedToday();
    options.onDuplicate = DuplicatePolicy::Update;
    Importer importer(ledger, options);
    QString error;
    INFO(path.toStdString());
    REQUIRE(importer.read(path, QString(), &error) == SheetSource::Result::Ok);
    const bool analysed = importer.analyse(&error);
    INFO(error.toStdString());
    INFO(importer.mapping().headers.join(QStringLiteral(", ")).toStdString());
    REQUIRE(analysed);
    Imported out;
    out.unused = importer.unusedColumns();
    out.derived = importer.derivedColumns();
    out.rejected = importer.count(ImportRow::Verdict::Rejected);
    for (const ImportRow &r : importer.rows())
        if (r.verdict == ImportRow::Verdict::Rejected)
            out.reasons << QStringLiteral("row %1: %2 %3").arg(r.sourceRow).arg(r.column, r.reason);
    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    return out;
}

} // namespace

TEST_CASE("Round trip: each exported list imports back into an empty ledger as the same records", "[gui][export][import]")
{
    // The import fields' labels are translated once, in the language the program starts in
    // (English in the other tests): built before switching, so this test leaves them as they were.
    ImportSchema::fields(ImportKind::Villages);
    Chinese chinese;
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("source.ledger"));
    test::demoLedger(path, 3).reset();
    MainWindow window;
    window.setToday(test::fixedToday());
    QString error;
    REQUIRE(window.openLedger(path, &error));
    window.waitForOpeningCheck();
    window.resize(1400, 900);
    window.show();
    settle();
    LedgerContext *context = window.context();
    Ledger &source = context->ledger();

    auto target = test::newLedger(tmp.file(QStringLiteral("target.ledger")));

    // 1. Villages (the township overview).
    const QString villages = tmp.file(QStringLiteral("villages.xlsx"));
    REQUIRE(TableExporter::exportViewTo(villages, window.overviewPage()->view(), QStringLiteral("村情")).ok());
    Imported v = importInto(*target, villages, ImportKind::Villages);
    CHECK(v.rejected == 0);
    // The overview is the villages' indicators, not their register: of the village's own fields
    // it shows the name, the collective income and the star rating. Its 两委党员 (party members on
    // the two committees) is an indicator, never taken for the village's party members.
    const QString villageSql = QStringLiteral("SELECT name, income_yuan, star_rating FROM village");
    CHECK_SAME_RECORDS(*target, source, villageSql);
    CHECK(lines(*target, QStringLiteral("SELECT DISTINCT party_members FROM village")) == QStringList{QStringLiteral("0")});

    // 2. Members of each village (the roster), and 3. the township's households. An empty ledger
    // can only take these from an export with full ID numbers (the clerk's deliberate choice,
    // recorded in the trail): a masked ID identifies nobody, so a masked row is matched by name
    // and village or refused. The masked export read back afterwards changes nothing.
    const QString personSql = QStringLiteral(
        "SELECT v.name, p.name, p.id_number, p.gender, p.birth_date, p.ethnicity, p.political, p.education, p.phone "
        "FROM person p JOIN village v ON v.id = p.village_id WHERE p.id IN (SELECT person_id FROM post WHERE end_date = '')");
    const QString postSql = QStringLiteral(
        "SELECT v.name, p.name, t.body, o.role, o.start_date FROM post o JOIN term t ON t.id = o.term_id "
        "JOIN person p ON p.id = o.person_id JOIN village v ON v.id = p.village_id WHERE o.end_date = ''");
    const QString householdSql = QStringLiteral(
        "SELECT v.name, h.head_name, h.head_id_number, h.villager_group, h.address, h.people, h.phone, h.tags, "
        "IFNULL(g.name, ''), IFNULL(w.name, '') FROM household h JOIN village v ON v.id = h.village_id "
        "LEFT JOIN grid g ON g.id = h.grid_id LEFT JOIN person w ON w.id = h.worker_id");
    HouseholdsPage households(context);
    households.show();
    settle();
    for (const TableExporter::PersonalData personal : {TableExporter::PersonalData::Full, TableExporter::PersonalData::Masked}) {
        const bool full = personal == TableExporter::PersonalData::Full;
        INFO((full ? "full" : "masked"));
        const QString tables = full ? QString() : test::dumpTables(*target);
        for (const Village &village : VillageRepository(source).all()) {
            window.showVillage(village.id);
            settle();
            const QString file = tmp.file(QStringLiteral("members-%1-%2.xlsx").arg(village.id).arg(full));
            MemberRosterTab *roster = window.villagePage()->membersTab();
            // The title the page gives its export names the village: the sheet has no village column.
            REQUIRE(TableExporter::exportViewTo(file, roster->view(), TableExporter::titleOf(roster->exportAction()), personal).ok());
            const Imported m = importInto(*target, file, ImportKind::Members);
            INFO(m.reasons.join(QLatin1Char('\n')).toStdString());
            CHECK(m.rejected == 0);
            CHECK(m.unused.isEmpty());
            CHECK(m.derived == QStringList{QStringLiteral("年龄")});
        }
        const QString householdFile = tmp.file(QStringLiteral("households-%1.xlsx").arg(full));
        REQUIRE(TableExporter::exportViewTo(householdFile, households.view(), QStringLiteral("农户"), personal).ok());
        const Imported h = importInto(*target, householdFile, ImportKind::Households);
        INFO(h.reasons.mid(0, 5).join(QLatin1Char('\n')).toStdString());
        // Masked, two households of one name in a village cannot be told apart: refused with that
        // reason (and nothing overwritten).
        if (full)
            CHECK(h.rejected == 0);
        CHECK(h.unused.isEmpty());
        CHECK_SAME_RECORDS(*target, source, personSql);
        CHECK_SAME_RECORDS(*target, source, postSql);
        CHECK_SAME_RECORDS(*target, source, householdSql);
        if (!full) { // masked IDs and phones overwrote nothing
            const QString after = test::dumpTables(*target);
            INFO(difference(after.split(QLatin1Char('\n')), tables.split(QLatin1Char('\n'))).toStdString());
            CHECK(after == tables);
        }
    }

    // 4. Matters of the township (the board), two of them with their 动议事由.
    {
        QList<Matter> all = MatterRepository(source).all();
        REQUIRE(all.size() >= 2);
        all[0].motionSource = QStringLiteral("higher");
        all[1].motionSource = QStringLiteral("masses");
        REQUIRE(edits::editMatter(source, all[0]).ok());
        REQUIRE(edits::editMatter(source, all[1]).ok());
    }
    MatterBoardPage board(context);
    board.show();
    settle();
    const QString matterFile = tmp.file(QStringLiteral("matters.xlsx"));
    REQUIRE(TableExporter::exportViewTo(matterFile, board.view(), QStringLiteral("事项")).ok());
    const Imported mt = importInto(*target, matterFile, ImportKind::Matters);
    CHECK(mt.rejected == 0);
    const QString matterSql = QStringLiteral(
        "SELECT v.name, m.title, m.category, m.amount_fen, m.motion_source FROM matter m JOIN village v ON v.id = m.village_id");
    CHECK_SAME_RECORDS(*target, source, matterSql);
}
