// Opening a ledger verifies its audit trail in the background; a broken one shows a red banner
// until the clerk acknowledges it, and the acknowledgement is itself in the audit trail.
#include "TestSupport.h"

#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "shell/TrailCheck.h"
#include "storage/AuditTrail.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace tl;
using namespace tl::ui;

namespace {
void waitForCheck(MainWindow &window)
{
    QElapsedTimer t;
    t.start();
    while (window.trailCheck() && window.trailCheck()->isRunning() && t.elapsed() < 30000)
        QTest::qWait(10);
    REQUIRE(window.trailCheck());
    REQUIRE_FALSE(window.trailCheck()->isRunning());
}

// Another SQLite tool edits a household with the triggers dropped, then puts them back.
void tamper(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_household_update'")));
        REQUIRE(q.next());
        const QString trigger = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_household_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE household SET people = people + 3 WHERE id = 2")));
        REQUIRE(q.exec(trigger));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TEST_CASE("trail check: a whole ledger opens without the red banner", "[trail]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("whole.ledger"));
    test::demoLedger(path, 2).reset();
    MainWindow window;
    REQUIRE(window.openLedger(path));
    waitForCheck(window);
    CHECK(window.trailCheck()->verdict().whole);
    CHECK_FALSE(window.isTrailBannerVisible());
}

TEST_CASE("trail check: a ledger changed behind the trail's back shows a red banner until acknowledged", "[trail]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("tampered.ledger"));
    test::demoLedger(path, 2).reset();
    tamper(path);
    {
        MainWindow window;
        REQUIRE(window.openLedger(path));
        waitForCheck(window);
        REQUIRE_FALSE(window.trailCheck()->verdict().whole);
        CHECK(window.isTrailBannerVisible());
        INFO(window.trailBannerText().toStdString());
        CHECK(window.trailBannerText().contains(AuditTrail::tableName(QStringLiteral("household")) + QStringLiteral(" 2")));

        REQUIRE(window.acknowledgeBrokenTrail());
        CHECK_FALSE(window.isTrailBannerVisible());
        AuditFilter f;
        f.table = QStringLiteral("setting");
        f.record = QStringLiteral("audit.acknowledged");
        const QList<AuditEntry> entries = AuditTrail::entries(window.context()->ledger(), f);
        REQUIRE(entries.size() == 1);
        CHECK(entries.constFirst().newValue.contains(QStringLiteral("2")));
    }
    // Acknowledged: the same break does not come back at the next opening.
    MainWindow again;
    REQUIRE(again.openLedger(path));
    waitForCheck(again);
    CHECK_FALSE(again.trailCheck()->verdict().whole);
    CHECK_FALSE(again.isTrailBannerVisible());
}
