// The audit rows of a bulk insert written a stretch at a time (DeferredAudit) are the rows the
// insert trigger writes, in the same order, and the trigger comes back exactly as it was.

#include "TestSupport.h"

#include "storage/AuditChain.h"
#include "storage/DeferredAudit.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace tl;

namespace {

QStringList trail(Ledger &ledger)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT json_array(clerk, os_user, source, batch, tbl, record, action, field, old_value, "
        "new_value) FROM audit_log ORDER BY id")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString trigger(Ledger &ledger)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_household_insert'")));
    return q.next() ? q.value(0).toString() : QString();
}

// A village, households, a grid between them, a change to one of the new households, more
// households: what an import of a sheet does. With `deferred` the household inserts' audit rows
// go through DeferredAudit, flushed before every other write.
bool bulk(Ledger &ledger, bool deferred, bool fail, QString *error,
    const QString &villageName = QStringLiteral("批量村"))
{
    return ledger.write(
        [&](QString *err) {
            DeferredAudit audit(ledger.database(), QStringLiteral("household"));
            if (deferred && !audit.begin(err))
                return false;
            auto flush = [&] { return !deferred || audit.flush(err); };
            QSqlQuery q(ledger.database());
            if (!q.exec(QStringLiteral("INSERT INTO village (name) VALUES ('%1')").arg(villageName))) {
                *err = q.lastError().text();
                return false;
            }
            const qint64 village = q.lastInsertId().toLongLong();
            QSqlQuery household(ledger.database());
            household.prepare(
                QStringLiteral("INSERT INTO household (village_id, head_name, address, people, phone, tags) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
            auto add = [&](int i) {
                household.addBindValue(village);
                household.addBindValue(QStringLiteral("户主%1").arg(i));
                household.addBindValue(QStringLiteral("%1号 \"引号\"").arg(i));
                household.addBindValue(i % 6);
                household.addBindValue(sql::text(i % 2 ? QStringLiteral("13800000000") : QString()));
                household.addBindValue(sql::text(i % 3 ? QString() : QStringLiteral("[\"低保\"]")));
                return household.exec();
            };
            for (int i = 0; i < 40; ++i)
                if (!add(i)) {
                    *err = household.lastError().text();
                    return false;
                }
            if (!flush()
                || !q.exec(QStringLiteral("INSERT INTO grid (village_id, name) VALUES (%1, '第一网格')")
                               .arg(village)))
                return false;
            const qint64 grid = q.lastInsertId().toLongLong();
            for (int i = 40; i < 60; ++i)
                if (!add(i))
                    return false;
            if (!flush()
                || !q.exec(
                    QStringLiteral("UPDATE household SET grid_id = %1, people = 9 WHERE head_name = '户主45'")
                        .arg(grid)))
                return false;
            for (int i = 60; i < 75; ++i)
                if (!add(i))
                    return false;
            if (fail) {
                *err = QStringLiteral("stopped");
                return false;
            }
            return !deferred || audit.finish(err);
        },
        error);
}

} // namespace

TEST_CASE("audit rows of a bulk insert written together are the trigger's own, in its order",
    "[storage][bulk][audit]")
{
    test::TempDir tmp;
    auto byTrigger = test::newLedger(tmp.file(QStringLiteral("trigger.ledger")));
    auto together = test::newLedger(tmp.file(QStringLiteral("together.ledger")));
    const QString schemaTrigger = schemaTriggers().value(QStringLiteral("audit_household_insert"));
    REQUIRE_FALSE(schemaTrigger.isEmpty());
    REQUIRE(trigger(*together) == schemaTrigger);

    QString error;
    const bool one = bulk(*byTrigger, false, false, &error);
    INFO(error.toStdString());
    REQUIRE(one);
    REQUIRE(bulk(*together, true, false, &error));
    const QStringList expected = trail(*byTrigger);
    CHECK(expected.size() > 75 + 2 + 1);
    CHECK(trail(*together) == expected);
    CHECK(trigger(*together) == schemaTrigger); // back, word for word
    CHECK(AuditChain::verify(together->database()).whole);

    // A bulk that fails leaves the trigger where it was, and no row of it.
    const QStringList before = trail(*together);
    CHECK_FALSE(bulk(*together, true, true, &error, QStringLiteral("另一村")));
    CHECK(error == QStringLiteral("stopped"));
    CHECK(trigger(*together) == schemaTrigger);
    CHECK(trail(*together) == before);

    // After it, an insert is recorded by the trigger again.
    REQUIRE(together->write(
        [&](QString *) {
            return QSqlQuery(together->database())
                .exec(QStringLiteral("INSERT INTO household (village_id, head_name) VALUES (1, '户主甲')"));
        },
        &error));
    CHECK(trail(*together).size() == before.size() + 1);
    CHECK(trail(*together).constLast().contains(QStringLiteral("户主甲")));
}
