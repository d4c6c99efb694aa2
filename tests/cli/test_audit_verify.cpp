// township-ledger-cli audit FILE --verify: exit 0 for a whole trail, 1 naming the first broken
// record after another SQLite tool changed the file behind the trail's back.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {
int cli(const QStringList &args, QString *output)
{
    QProcess p;
    p.start(QStringLiteral(TL_CLI_PATH), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForFinished(120000));
    *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void sqlite(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TEST_CASE("audit --verify: whole, then broken behind the trail's back", "[audit][chain]")
{
    tl::test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("v.ledger"));
    QString out;
    REQUIRE(cli({QStringLiteral("demo"), path, QStringLiteral("--villages"), QStringLiteral("2"),
                 QStringLiteral("--households-per-village"), QStringLiteral("30"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-23")},
                &out) == 0);
    CHECK(cli({QStringLiteral("audit"), path, QStringLiteral("--verify")}, &out) == 0);
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("the audit trail is whole")));
    CHECK(out.contains(QStringLiteral(" s)"))); // the time it took

    SECTION("a household edited with its trigger dropped and put back")
    {
        QString trigger;
        {
            const QString name = QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                REQUIRE(db.open());
                QSqlQuery q(db);
                REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_household_update'")));
                REQUIRE(q.next());
                trigger = q.value(0).toString();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        sqlite(path, {QStringLiteral("DROP TRIGGER audit_household_update"),
                      QStringLiteral("UPDATE household SET head_name = '改名' WHERE id = 7"), trigger});
        CHECK(cli({QStringLiteral("audit"), path, QStringLiteral("--verify")}, &out) == 1);
        CHECK(out.contains(QStringLiteral("Household 7")));
        CHECK(out.contains(QStringLiteral("Head of household")));
    }
    SECTION("a trigger missing")
    {
        sqlite(path, {QStringLiteral("DROP TRIGGER audit_person_delete")});
        CHECK(cli({QStringLiteral("audit"), path, QStringLiteral("--verify")}, &out) == 1);
        CHECK(out.contains(QStringLiteral("audit_person_delete")));
    }
}
