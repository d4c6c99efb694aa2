// The tamper-evident audit trail (schema version 9): every audit row sealed in a hash chain by the
// program, and AuditChain::verify finding each way of changing the file behind the trail's back.

#include "TestSupport.h"

#include "committees/PersonRepository.h"
#include "model/VillageRepository.h"
#include "storage/AuditChain.h"
#include "storage/AuditTrail.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace tl;

namespace {

// What another SQLite tool does to the file: its own connection, statements run one by one.
void tamper(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString triggerSql(Ledger &ledger, const QString &name)
{
    QSqlQuery q(ledger.database());
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    q.addBindValue(name);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

AuditChain::Verdict verifyFile(const QString &path)
{
    auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
    REQUIRE(opened.ledger);
    return AuditChain::verify(opened.ledger->database());
}

} // namespace

TEST_CASE("audit chain: every row the program writes is sealed; a whole file verifies", "[audit][chain]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("chain.ledger"));
    QString householdUpdate, householdInsert, noDelete, noUpdate;
    {
        auto ledger = test::demoLedger(path, 2);
        QSqlQuery q(ledger->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(hash) FROM audit_log")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > 100);
        CHECK(q.value(0).toInt() == q.value(1).toInt());
        // The program cannot change a sealed row either.
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET hash = 'x' WHERE id = 1")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'x' WHERE id = 1")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        householdUpdate = triggerSql(*ledger, QStringLiteral("audit_household_update"));
        householdInsert = triggerSql(*ledger, QStringLiteral("audit_household_insert"));
        noDelete = triggerSql(*ledger, QStringLiteral("audit_log_no_delete"));
        noUpdate = triggerSql(*ledger, QStringLiteral("audit_log_no_update"));
        // A rolled-back write leaves no unsealed row and no gap.
        QString error;
        CHECK_FALSE(ledger->write(
            [&](QString *err) {
                QSqlQuery u(ledger->database());
                u.exec(QStringLiteral("UPDATE household SET phone = '13900000000' WHERE id = 1"));
                *err = QStringLiteral("no");
                return false;
            },
            &error));
        REQUIRE(ledger->write(
            [&](QString *) {
                QSqlQuery u(ledger->database());
                return u.exec(QStringLiteral("UPDATE household SET people = people + 1 WHERE id = 2"));
            },
            &error));
        const AuditChain::Verdict v = AuditChain::verify(ledger->database());
        INFO(v.problem.toStdString());
        CHECK(v.whole);
        CHECK(v.rows > 100);
        CHECK(v.records > 50);
    }
    REQUIRE(verifyFile(path).whole);

    struct Scenario
    {
        const char *name;
        QStringList statements;
        const char *expected; // in the problem named
    };
    const QList<Scenario> scenarios{
        {"a trigger dropped", {QStringLiteral("DROP TRIGGER audit_household_update")}, "audit_household_update"},
        {"an extra trigger",
         {QStringLiteral("CREATE TRIGGER quiet AFTER INSERT ON village BEGIN SELECT 1; END")},
         "quiet"},
        {"a record edited with the triggers dropped and recreated",
         {QStringLiteral("DROP TRIGGER audit_household_update"),
          QStringLiteral("UPDATE household SET phone = '13900000000' WHERE id = 3"), householdUpdate},
         "Household 3"},
        {"a record edited with the triggers in place (not by the program)",
         {QStringLiteral("UPDATE household SET phone = '13900000000' WHERE id = 3")},
         "not sealed"},
        {"a record added behind the trail's back",
         {QStringLiteral("DROP TRIGGER audit_household_insert"),
          QStringLiteral("INSERT INTO household (id, village_id, head_name) VALUES (99999, 1, 'x')"),
          householdInsert},
         "Household 99999"},
        {"a trigger replaced by one that records nothing",
         {QStringLiteral("DROP TRIGGER audit_household_insert"),
          QStringLiteral("CREATE TRIGGER audit_household_insert AFTER INSERT ON household BEGIN SELECT 1; END")},
         "audit_household_insert"},
        {"an audit row removed",
         {QStringLiteral("DROP TRIGGER audit_log_no_delete"), QStringLiteral("DELETE FROM audit_log WHERE id = 40"),
          noDelete},
         "audit row 40"},
        {"an audit row altered",
         {QStringLiteral("DROP TRIGGER audit_log_no_update"),
          QStringLiteral("UPDATE audit_log SET clerk = 'someone else' WHERE id = 50"), noUpdate},
         "audit row 50"},
        {"the last audit row removed",
         {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
          QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"), noDelete},
         "Household 2"},
    };
    for (const Scenario &s : scenarios) {
        INFO(s.name);
        const QString copy = tmp.file(QStringLiteral("tampered.ledger"));
        QFile::remove(copy);
        REQUIRE(QFile::copy(path, copy));
        tamper(copy, s.statements);
        const AuditChain::Verdict v = verifyFile(copy);
        INFO(v.problem.toStdString());
        CHECK_FALSE(v.whole);
        CHECK(v.problem.contains(QString::fromUtf8(s.expected)));
    }
}

TEST_CASE("audit chain: a removed record is found when its delete trigger is recreated as it was", "[audit][chain]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("chain.ledger"));
    QString del;
    {
        auto ledger = test::demoLedger(path, 1);
        del = triggerSql(*ledger, QStringLiteral("audit_household_delete"));
    }
    tamper(path, {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TRIGGER audit_household_delete"),
                  QStringLiteral("DELETE FROM household WHERE id = 4"), del});
    const AuditChain::Verdict v = verifyFile(path);
    INFO(v.problem.toStdString());
    CHECK_FALSE(v.whole);
    CHECK(v.problem.contains(QStringLiteral("Household 4")));
    CHECK(v.problem.contains(QStringLiteral("removed")));
}

TEST_CASE("audit chain: upgrading to version 9 seals the existing trail and records what it lacked", "[audit][chain]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("old.ledger"));
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            for (const Migration &m : schemaMigrations()) {
                if (m.version > 8)
                    break;
                for (const QString &s : m.statements)
                    REQUIRE(q.exec(s));
                if (m.version == 6) // before the trail existed
                    REQUIRE(q.exec(QStringLiteral("INSERT INTO township (id, name) VALUES (1, '旧镇')")));
            }
            REQUIRE(q.exec(QStringLiteral("INSERT INTO village (name) VALUES ('老村')")));
            REQUIRE(q.exec(QStringLiteral("UPDATE township SET county = '某县' WHERE id = 1"))); // recorded, no insert
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = 1414284359")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    {
        auto opened = Ledger::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ledger);
        QSqlQuery q(opened.ledger->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE source = 'baseline' AND tbl = 'township'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE source = 'baseline' AND tbl = 'village'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE hash IS NULL")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        const AuditChain::Verdict v = AuditChain::verify(opened.ledger->database());
        INFO(v.problem.toStdString());
        CHECK(v.whole);
    }
}
