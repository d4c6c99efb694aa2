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
        // Each transaction is sealed by its last row; the newest row is sealed.
        REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(hash), (SELECT hash IS NOT NULL FROM audit_log "
                                      "ORDER BY id DESC LIMIT 1) FROM audit_log")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > 100);
        CHECK(q.value(1).toInt() >= 1);
        CHECK(q.value(1).toInt() < q.value(0).toInt());
        CHECK(q.value(2).toBool());
        // The program cannot change a sealed row either, nor seal a row but the newest.
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET hash = 'x' WHERE id = 1")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET hash = 'x' WHERE id = 50")));
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
        {"an audit row altered (inside a transaction: its range is named)",
         {QStringLiteral("DROP TRIGGER audit_log_no_update"),
          QStringLiteral("UPDATE audit_log SET clerk = 'someone else' WHERE id = 50"), noUpdate},
         "were altered"},
        {"the audit row that sealed its transaction altered",
         {QStringLiteral("DROP TRIGGER audit_log_no_update"),
          QStringLiteral("UPDATE audit_log SET new_value = '1' WHERE id = (SELECT max(id) FROM audit_log)"), noUpdate},
         "was altered"},
        {"a hash put on an unsealed row inside a transaction",
         {QStringLiteral("DROP TRIGGER audit_log_no_update"),
          QStringLiteral("UPDATE audit_log SET hash = 'x' WHERE id = 50 AND hash IS NULL"), noUpdate},
         "to 50 (sealed together by row 50)"},
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
        if (QString::fromUtf8(s.name).contains(QLatin1String("row altered")))
            CHECK(v.brokenRow <= 50); // the first row of the range that holds it
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
        // The upgrade's transaction is sealed by its last row.
        REQUIRE(q.exec(QStringLiteral("SELECT hash IS NOT NULL FROM audit_log ORDER BY id DESC LIMIT 1")));
        REQUIRE(q.next());
        CHECK(q.value(0).toBool());
        const AuditChain::Verdict v = AuditChain::verify(opened.ledger->database());
        INFO(v.problem.toStdString());
        CHECK(v.whole);
    }
}

TEST_CASE("audit chain: version 14 keeps whole records as arrays and seals once per transaction; a version-13 "
          "trail upgrades and still verifies",
          "[audit][chain][migration]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("v13.ledger"));
    test::buildAtVersion(path, 13);
    // As the version-13 program wrote: records as objects, every row sealed by itself.
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QString error;
            QSqlQuery q(db);
            // The rows buildAtVersion wrote, then one statement (one row) per transaction.
            qint64 before = 0;
            for (const QString &s : {
                     QString(),
                     QStringLiteral("INSERT INTO household (id, village_id, head_name, head_id_number, phone, people) "
                                    "VALUES (11, 7, '王五', '371321194309232792', '13812345678', 3)"),
                     QStringLiteral("INSERT INTO household (id, village_id, head_name, people) VALUES (12, 7, '赵六', 2)"),
                     QStringLiteral("INSERT INTO household (id, village_id, head_name, people) VALUES (13, 7, '钱七', 1)"),
                     QStringLiteral("UPDATE household SET people = 4 WHERE id = 11"),
                 }) {
                REQUIRE(db.transaction());
                if (!s.isEmpty())
                    REQUIRE(q.exec(s));
                REQUIRE(AuditChain::seal(db, before, &error));
                REQUIRE(db.commit());
                before = AuditChain::lastId(db);
            }
            REQUIRE(q.exec(QStringLiteral("SELECT new_value FROM audit_log WHERE tbl = 'household' AND record = '11' "
                                          "AND action = 'insert'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString().startsWith(QLatin1Char('{')));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    {
        auto opened = Ledger::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ledger);
        Ledger &ledger = *opened.ledger;
        CHECK(triggerSql(ledger, QStringLiteral("audit_household_insert")).contains(QLatin1String("json_array(")));
        CHECK(triggerSql(ledger, QStringLiteral("audit_household_delete")).contains(QLatin1String("json_array(")));
        QString error;
        // A new record, an old one deleted, and an old one changed, in one transaction.
        const qint64 before = AuditChain::lastId(ledger.database());
        REQUIRE(ledger.write(
            [&](QString *) {
                QSqlQuery u(ledger.database());
                return u.exec(QStringLiteral("INSERT INTO household (id, village_id, head_name, head_id_number, phone, "
                                             "address, people) VALUES (21, 7, '孙八', '110101199003078515', "
                                             "'13912345678', '一组 5 号', 5)"))
                    && u.exec(QStringLiteral("DELETE FROM household WHERE id = 12"))
                    && u.exec(QStringLiteral("UPDATE household SET phone = '13700000000' WHERE id = 13"));
            },
            &error));
        QSqlQuery q(ledger.database());
        REQUIRE(q.exec(QStringLiteral("SELECT action, old_value, new_value, hash IS NOT NULL FROM audit_log WHERE id > %1 "
                                      "ORDER BY id")
                           .arg(before)));
        QStringList actions;
        QList<bool> sealed;
        while (q.next()) {
            actions << q.value(0).toString();
            sealed << q.value(3).toBool();
            if (q.value(0).toString() == QLatin1String("insert"))
                CHECK(q.value(2).toString()
                      == QStringLiteral("[7,\"孙八\",\"110101199003078515\",\"\",\"一组 5 号\",5,\"13912345678\",\"\",null,null]"));
            if (q.value(0).toString() == QLatin1String("delete"))
                CHECK(q.value(1).toString().startsWith(QStringLiteral("[7,\"赵六\"")));
        }
        CHECK(actions == QStringList{QStringLiteral("insert"), QStringLiteral("delete"), QStringLiteral("update")});
        CHECK(sealed == QList<bool>{false, false, true}); // the transaction's last row seals it

        // The history reads both forms as records that name their fields.
        AuditFilter f;
        f.table = QStringLiteral("household");
        QStringList inserts;
        for (const AuditEntry &e : AuditTrail::entries(ledger, f))
            if (e.action != QLatin1String("update"))
                inserts << (e.action == QLatin1String("insert") ? e.newValue : e.oldValue);
        REQUIRE(inserts.size() == 5);
        for (const QString &record : std::as_const(inserts)) {
            INFO(record.toStdString());
            CHECK(record.startsWith(QLatin1Char('{')));
            CHECK(record.contains(QLatin1String("\"head_name\":")));
        }
        const QString masked = AuditTrail::maskValue(QString(), inserts.at(3));
        CHECK(masked.contains(QStringLiteral("110101********8515")));
        CHECK_FALSE(masked.contains(QStringLiteral("13912345678")));

        const AuditChain::Verdict v = AuditChain::verify(ledger.database());
        INFO(v.problem.toStdString());
        CHECK(v.whole);
    }
    // A record kept as an array is replayed: changing it behind the trail's back is found.
    const QString update = [&] {
        auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
        return triggerSql(*opened.ledger, QStringLiteral("audit_household_update"));
    }();
    tamper(path, {QStringLiteral("DROP TRIGGER audit_household_update"),
                  QStringLiteral("UPDATE household SET address = '二组' WHERE id = 21"), update});
    const AuditChain::Verdict v = verifyFile(path);
    INFO(v.problem.toStdString());
    CHECK_FALSE(v.whole);
    CHECK(v.problem.contains(QLatin1String("21")));
}
