// The change history in words: walking the demo's whole trail, no line shows a storage key, a
// code or a bare id where a clerk expects a name.
#include "grids/HouseholdRepository.h"
#include "storage/AuditText.h"
#include "storage/AuditTrail.h"
#include "storage/Ledger.h"
#include "storage/Translations.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
struct Chinese
{
    Chinese() { tl::Translations::install(QStringLiteral("zh_CN")); }
    ~Chinese() { tl::Translations::install(QStringLiteral("en")); }
};
} // namespace

TEST_CASE("audit text: the demo's whole trail reads without internal keys", "[audit][audittext]")
{
    Chinese chinese;
    tl::test::TempDir tmp;
    auto ledger = tl::test::demoLedger(tmp.file(QStringLiteral("demo.ledger")), 3);
    {
        // The demo writes each household with its grid; a clerk then moves one to another grid
        // and 网格员 (two changes in the trail).
        QSqlQuery q(ledger->database());
        REQUIRE(q.exec(QStringLiteral("SELECT h.id, w.grid_id, w.person_id FROM household h JOIN grid_worker w "
                                      "ON w.grid_id IN (SELECT id FROM grid WHERE village_id = h.village_id) "
                                      "WHERE w.grid_id IS NOT h.grid_id AND w.person_id IS NOT h.worker_id LIMIT 1")));
        REQUIRE(q.next());
        QString error;
        QList<tl::Assignment> previous;
        REQUIRE(tl::HouseholdRepository(*ledger).assign({q.value(0).toLongLong()}, q.value(1).toLongLong(),
                                                        q.value(2).toLongLong(), QDate(2026, 11, 2),
                                                        QStringLiteral("moved"), &previous, &error));
    }
    const QList<tl::AuditEntry> entries = tl::AuditTrail::entries(*ledger, {});
    REQUIRE(entries.size() > 100);
    const tl::AuditText text(*ledger);
    // Storage names (snake_case columns, table names) and the codes kept in the file.
    const QRegularExpression internal(QStringLiteral(
        "[a-z]+_[a-z_]+|\\b(bachelor|college|secondary|junior|postgraduate|cpc|cpc_probation|league|masses|villagers|"
        "representatives|chair|deputy|member|passed|failed|income|expense|affairs|finance|party|land|project|funds|"
        "returnee|graduate|veteran|entrepreneur|other|insert|update|delete|edit|import|committee|supervision|M|F)\\b"));
    int checked = 0;
    for (const tl::AuditEntry &e : entries) {
        const QString line = text.line(e, true);
        INFO(line.toStdString());
        const QRegularExpressionMatch m = internal.match(line);
        INFO("internal key: " << m.captured(0).toStdString());
        CHECK_FALSE(m.hasMatch());
        if (e.action == QLatin1String("update") && (e.field == QLatin1String("worker_id") || e.field == QLatin1String("grid_id"))) {
            // 网格员：张三 → 李四, not 6 → 13.
            CHECK_FALSE(QRegularExpression(QStringLiteral("：\\d+ → |→ \\d+$")).match(text.change(e, true)).hasMatch());
            ++checked;
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("audit text: values as a clerk reads them", "[audit][audittext]")
{
    Chinese chinese;
    tl::test::TempDir tmp;
    auto ledger = tl::test::demoLedger(tmp.file(QStringLiteral("demo.ledger")), 1);
    const tl::AuditText text(*ledger);
    CHECK(text.value(QStringLiteral("person"), QStringLiteral("education"), QStringLiteral("bachelor"), true) ==
          QStringLiteral("大学本科"));
    CHECK(text.value(QStringLiteral("matter_step"), QStringLiteral("form"), QStringLiteral("representatives"), true) ==
          QStringLiteral("村民代表会议"));
    CHECK(text.value(QStringLiteral("matter"), QStringLiteral("amount_fen"), QStringLiteral("38000000"), true) ==
          QStringLiteral("380,000.00元"));
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("SELECT id, name FROM person ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    CHECK(text.value(QStringLiteral("household"), QStringLiteral("worker_id"), q.value(0).toString(), true) == q.value(1).toString());
    CHECK(text.field(QStringLiteral("household"), QStringLiteral("worker_id")) == QStringLiteral("网格员"));
    CHECK(text.field(QStringLiteral("person"), QStringLiteral("education")) == QStringLiteral("学历"));

    tl::AuditEntry imported;
    imported.source = QStringLiteral("import");
    imported.batch = 3;
    REQUIRE(q.exec(QStringLiteral("INSERT INTO import_log (id, at, kind, file, rows_read, imported, updated, skipped, rejected) "
                                  "VALUES (3, '2026-11-20T10:00:00', 'household', '/home/clerk/农户.xlsx', 10, 10, 0, 0, 0)")));
    CHECK(text.source(imported) == QStringLiteral("导入（第3批，农户.xlsx）"));
}
