#include "storage/Ledger.h"
#include "committees/PersonRepository.h"
#include "storage/Schema.h"
#include "TestSupport.h"
#include "model/VillageRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tl;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}


QVariant rawValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("rawv-%1").arg(quintptr(&path));
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            v = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}


} // namespace

TEST_CASE("a new ledger is marked as ours, at the latest version, with a rollback journal", "[ledger]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("新建.ledger"));
    {
        auto ledger = test::newLedger(path);
        CHECK(ledger->township().name == QStringLiteral("测试镇"));
        CHECK_FALSE(ledger->isReadOnly());
        QSqlQuery q(ledger->database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("delete"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    CHECK(rawValue(path, QStringLiteral("PRAGMA application_id")).toInt() == Ledger::kApplicationId);
    CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == Ledger::schemaVersion());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".creating")));
}

TEST_CASE("creating never overwrites an existing file", "[ledger]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("x.ledger"));
    writeFile(path, "precious");
    Township t;
    t.name = QStringLiteral("镇");
    auto r = Ledger::create(path, t);
    CHECK_FALSE(r.ledger);
    CHECK(r.error == OpenError::Exists);
    CHECK(fileHash(path) == QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
}

TEST_CASE("files that are not ledgers are refused and never written", "[ledger]")
{
    test::TempDir tmp;
    struct Case
    {
        const char *name;
        QByteArray bytes;
        OpenError expected;
        const char *reason;
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
    const QList<Case> cases = {
        {"empty.ledger", QByteArray(), OpenError::NotALedger, "empty"},
        {"text.ledger", "hello, this is a text file\n", OpenError::NotALedger, "not a Township Ledger file"},
        {"report.ledger", pdf, OpenError::NotALedger, "not a Township Ledger file"},
    };
    for (const Case &c : cases) {
        const QString path = tmp.file(QString::fromLatin1(c.name));
        writeFile(path, c.bytes);
        const QByteArray before = fileHash(path);
        const auto r = Ledger::open(path);
        INFO(c.name);
        CHECK_FALSE(r.ledger);
        CHECK(r.error == c.expected);
        CHECK_THAT(r.message.toStdString(), Catch::Contains(c.reason) && Catch::Contains(c.name));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }

    SECTION("another program's SQLite database")
    {
        const QString path = tmp.file(QStringLiteral("other.sqlite"));
        test::rawExec(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
        const QByteArray before = fileHash(path);
        const auto r = Ledger::open(path);
        CHECK(r.error == OpenError::NotALedger);
        CHECK_THAT(r.message.toStdString(), Catch::Contains("another program"));
        CHECK(fileHash(path) == before);
    }
    SECTION("missing file and folder")
    {
        CHECK(Ledger::open(tmp.file(QStringLiteral("nope.ledger"))).error == OpenError::NotFound);
        QDir(tmp.dir.path()).mkdir(QStringLiteral("folder.ledger"));
        CHECK(Ledger::open(tmp.file(QStringLiteral("folder.ledger"))).error == OpenError::NotAFile);
    }
}

TEST_CASE("a ledger from a newer version is refused and left alone", "[ledger]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("newer.ledger"));
    test::newLedger(path).reset();
    test::rawExec(path, {QStringLiteral("PRAGMA journal_mode=DELETE"),
                   QStringLiteral("PRAGMA user_version=%1").arg(Ledger::schemaVersion() + 1)});
    const QByteArray before = fileHash(path);
    const auto r = Ledger::open(path);
    CHECK_FALSE(r.ledger);
    CHECK(r.error == OpenError::TooNew);
    CHECK_THAT(r.message.toStdString(), Catch::Contains("newer version"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a damaged ledger is refused", "[ledger]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("damaged.ledger"));
    {
        auto ledger = test::demoLedger(path, 8);
    }
    test::rawExec(path, {QStringLiteral("PRAGMA journal_mode=DELETE")});
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 16384);
    // Scribble over the pages after the header: the b-trees no longer make sense.
    f.seek(4096);
    f.write(QByteArray(int(size - 8192), '\x5a'));
    f.close();
    const QByteArray before = fileHash(path);
    const auto r = Ledger::open(path);
    CHECK_FALSE(r.ledger);
    CHECK(r.error == OpenError::Corrupt);
    CHECK_THAT(r.message.toStdString(), Catch::Contains("damaged"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("read-only access refuses writes with a clear message", "[ledger]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("ro.ledger"));
    test::newLedger(path).reset();
    auto r = Ledger::open(path, Ledger::Access::ReadOnly);
    REQUIRE(r.ledger);
    CHECK(r.ledger->isReadOnly());
    Village v;
    v.name = QStringLiteral("只读村");
    const Saved saved = VillageRepository(*r.ledger).insert(v);
    CHECK_FALSE(saved.ok());
    CHECK_THAT(saved.message().toStdString(), Catch::Contains("read-only"));
    CHECK(VillageRepository(*r.ledger).count() == 0);

    { // a write-protected file is read-only even for root, who could write it
        r.ledger.reset();
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        auto ro = Ledger::open(path);
        REQUIRE(ro.ledger);
        CHECK(ro.ledger->isReadOnly());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

TEST_CASE("older ledgers are upgraded from every earlier version, with a backup first", "[ledger][migration]")
{
    for (int version = 1; version < Ledger::schemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            test::TempDir tmp;
            const QString path = tmp.file(QStringLiteral("old.ledger"));
            test::buildAtVersion(path, version, QStringLiteral("旧镇"));
            auto r = Ledger::open(path);
            INFO(r.message.toStdString());
            REQUIRE(r.ledger);
            CHECK_FALSE(r.backupPath.isEmpty());
            const auto village = VillageRepository(*r.ledger).get(7);
            REQUIRE(village);
            CHECK(village->name == QStringLiteral("老村"));
            CHECK(village->households == 321);
            r.ledger.reset();
            CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == Ledger::schemaVersion());
            // The backup is the file exactly as it was: still the old version, same data.
            REQUIRE(QFile::exists(r.backupPath));
            CHECK(rawValue(r.backupPath, QStringLiteral("PRAGMA user_version")).toInt() == version);
            CHECK(rawValue(r.backupPath, QStringLiteral("SELECT households FROM village WHERE id = 7")).toInt() == 321);
        }
    }
}

TEST_CASE("a failed upgrade is rolled back and the file keeps its version", "[ledger][migration]")
{
    REQUIRE(Ledger::schemaVersion() >= 2);
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("clash.ledger"));
    test::buildAtVersion(path, 1, QStringLiteral("旧镇"));
    // A table in the way of migration 2 makes it fail half way.
    test::rawExec(path, {QStringLiteral("CREATE TABLE post (x)")});
    auto r = Ledger::open(path);
    CHECK_FALSE(r.ledger);
    CHECK(r.error == OpenError::MigrationFailed);
    CHECK_THAT(r.message.toStdString(), Catch::Contains("undone"));
    CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'term'")).toInt() == 0);
    CHECK(rawValue(path, QStringLiteral("SELECT name FROM village WHERE id = 7")).toString() == QStringLiteral("老村"));
}

TEST_CASE("write() is all or nothing, nested writes too", "[ledger]")
{
    test::TempDir tmp;
    auto ledger = test::newLedger(tmp.file(QStringLiteral("tx.ledger")));
    VillageRepository villages(*ledger);
    QString error;
    const bool ok = ledger->write(
        [&](QString *err) {
            Village a;
            a.name = QStringLiteral("甲村");
            REQUIRE(villages.insert(a).ok());
            *err = QStringLiteral("changed my mind");
            return false;
        },
        &error);
    CHECK_FALSE(ok);
    CHECK(error == QStringLiteral("changed my mind"));
    CHECK(villages.count() == 0);

    // An inner failure rolls back only the inner part.
    REQUIRE(ledger->write(
        [&](QString *) {
            Village a;
            a.name = QStringLiteral("乙村");
            REQUIRE(villages.insert(a).ok());
            QString inner;
            CHECK_FALSE(ledger->write(
                [&](QString *err) {
                    Village b;
                    b.name = QStringLiteral("丙村");
                    REQUIRE(villages.insert(b).ok());
                    *err = QStringLiteral("no");
                    return false;
                },
                &inner));
            return true;
        },
        &error));
    const QList<Village> all = villages.all();
    REQUIRE(all.size() == 1);
    CHECK(all.first().name == QStringLiteral("乙村"));
}

TEST_CASE("a bulk write has a big page cache only while it lasts", "[ledger]")
{
    test::TempDir tmp;
    auto ledger = test::newLedger(tmp.file(QStringLiteral("bulk.ledger")));
    auto cacheSize = [&] {
        QSqlQuery q(ledger->database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const int ordinary = cacheSize();
    CHECK(ordinary < 0); // a size in KiB
    {
        const Ledger::BulkWrite bulk(*ledger);
        const int raised = cacheSize();
        CHECK(raised < ordinary);
        {
            const Ledger::BulkWrite inner(*ledger);
            CHECK(cacheSize() == raised);
        }
        CHECK(cacheSize() == raised); // the outer scope still lasts
        VillageRepository villages(*ledger);
        QString error;
        REQUIRE(ledger->write(
            [&](QString *) {
                Village a;
                a.name = QStringLiteral("甲村");
                return villages.insert(a).ok();
            },
            &error));
    }
    CHECK(cacheSize() == ordinary);
    CHECK(VillageRepository(*ledger).count() == 1);
}

TEST_CASE("a full disk is reported and nothing half-written remains", "[ledger]")
{
    test::TempDir tmp;
    auto ledger = test::newLedger(tmp.file(QStringLiteral("full.ledger")));
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 1)));
    q.finish();
    QString error;
    const bool ok = ledger->write(
        [&](QString *err) {
            for (int i = 0; i < 500; ++i) {
                Village v;
                v.name = QStringLiteral("村%1").arg(i);
                v.note = QString(400, QLatin1Char('x'));
                const Saved s = VillageRepository(*ledger).insert(v);
                if (!s.ok()) {
                    *err = s.message();
                    return false;
                }
            }
            return true;
        },
        &error);
    CHECK_FALSE(ok);
    CHECK_THAT(error.toStdString(), Catch::Contains("disk is full"));
    CHECK(VillageRepository(*ledger).count() == 0);
}

TEST_CASE("copies and backups are complete ledgers and never overwrite", "[ledger]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("orig.ledger"));
    auto ledger = test::demoLedger(path, 8);
    const QString backup = ledger->backup(nullptr);
    REQUIRE_FALSE(backup.isEmpty());
    CHECK_THAT(backup.toStdString(), Catch::Contains("orig-backups/orig-"));
    auto copy = Ledger::open(backup, Ledger::Access::ReadOnly);
    REQUIRE(copy.ledger);
    CHECK(VillageRepository(*copy.ledger).count() == 8);
    QString error;
    CHECK_FALSE(ledger->copyTo(backup, &error));
    CHECK_THAT(error.toStdString(), Catch::Contains("already exists"));
}
