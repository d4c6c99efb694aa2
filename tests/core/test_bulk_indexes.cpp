// Indexes set aside for a bulk write (the demo, a first household import) come back exactly as
// the schema made them, and a failed write leaves them where they were.

#include "TestSupport.h"

#include "grids/HouseholdRepository.h"
#include "storage/DeferredIndexes.h"

#include <QSqlQuery>

using namespace tl;

namespace {

QString indexes(Ledger &ledger)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                  "ORDER BY name")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("indexes set aside for a bulk write come back as the schema made them", "[storage][bulk]")
{
    test::TempDir tmp;
    auto empty = test::newLedger(tmp.file(QStringLiteral("new.ledger")));
    const QString schema = indexes(*empty);
    for (const QString &name : HouseholdRepository::indexesForBulk())
        CHECK(schema.contains(name + QStringLiteral(": CREATE INDEX"))); // every name is one of the schema's

    // A demo (which builds them at its end) has the same indexes as a new ledger.
    auto demo = test::demoLedger(tmp.file(QStringLiteral("demo.ledger")), 3);
    CHECK(indexes(*demo) == schema);

    // A write that fails after setting them aside leaves them as they were.
    QString error;
    bool ranBody = false;
    CHECK_FALSE(empty->write(
        [&](QString *err) {
            return DeferredIndexes::around(empty->database(), HouseholdRepository::indexesForBulk(),
                                           [&](QString *e) {
                                               ranBody = true;
                                               CHECK_FALSE(indexes(*empty).contains(QStringLiteral("household_head_id")));
                                               *e = QStringLiteral("stopped");
                                               return false;
                                           },
                                           err);
        },
        &error));
    CHECK(ranBody);
    CHECK(error == QStringLiteral("stopped"));
    CHECK(indexes(*empty) == schema);

    // One that succeeds builds them again; a name the file lacks is passed over.
    REQUIRE(empty->write(
        [&](QString *err) {
            return DeferredIndexes::around(empty->database(),
                                           HouseholdRepository::indexesForBulk() << QStringLiteral("no_such_index"),
                                           [](QString *) { return true; }, err);
        },
        &error));
    CHECK(indexes(*empty) == schema);
}

TEST_CASE("an index SQLite will not drop while a statement still reads is kept, and the write goes on", "[storage][bulk]")
{
    test::TempDir tmp;
    auto ledger = test::demoLedger(tmp.file(QStringLiteral("demo.ledger")), 2);
    const QString schema = indexes(*ledger);
    QString error;
    REQUIRE(ledger->write(
        [&](QString *err) {
            QSqlQuery reading(ledger->database());
            reading.setForwardOnly(true);
            REQUIRE(reading.exec(QStringLiteral("SELECT id FROM household")));
            REQUIRE(reading.next()); // still reading
            bool ran = false;
            const bool ok = DeferredIndexes::around(ledger->database(), HouseholdRepository::indexesForBulk(),
                                                    [&](QString *) { return ran = true; }, err);
            CHECK(ran);
            return ok;
        },
        &error));
    INFO(error.toStdString());
    CHECK(indexes(*ledger) == schema);
}
