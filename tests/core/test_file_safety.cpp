// File safety: the .ledger file alone holds every committed change (rollback journal, no WAL),
// read-only files and media open read-only, older files are read through an upgraded copy,
// restore is atomic, checked and recorded, locks say who holds them and can be taken over.

#include "TestSupport.h"

#include "model/VillageRepository.h"
#include "storage/AuditTrail.h"
#include "storage/Backups.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace tl;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A connection of "another SQLite tool", kept open as long as the object lives.
struct RawDb
{
    QString name;
    explicit RawDb(const QString &path, bool readOnly = false)
        : name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        INFO(sql.toStdString() << " " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
};

QVariant rawValue(const QString &path, const QString &sql)
{
    RawDb db(path, true);
    return db.value(sql);
}


bool beside(const QString &path, const QString &suffix)
{
    return QFileInfo::exists(path + suffix);
}

qint64 addVillage(Ledger &ledger, const QString &name)
{
    Village v;
    v.name = name;
    const Saved saved = VillageRepository(ledger).insert(v);
    REQUIRE(saved.ok());
    return saved.id;
}

QString journalMode(Ledger &ledger)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Permissions put back when the test ends, so the temporary folder can be removed.
struct Protect
{
    QString path;
    QFileDevice::Permissions before;
    Protect(const QString &p, QFileDevice::Permissions perms)
        : path(p), before(QFileInfo(p).permissions())
    {
        REQUIRE(QFile::setPermissions(path, perms));
    }
    ~Protect() { QFile::setPermissions(path, before); }
};

constexpr auto kReadOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto kReadOnlyDir = kReadOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup
                            | QFileDevice::ExeOther;

} // namespace

TEST_CASE("the ledger file alone holds every committed edit: copied while open, the copy has it", "[filesafety]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("live.ledger"));
    auto ledger = test::newLedger(path);
    CHECK(journalMode(*ledger) == QStringLiteral("delete"));
    addVillage(*ledger, QStringLiteral("东村"));
    CHECK_FALSE(beside(path, QStringLiteral("-wal")));
    CHECK_FALSE(beside(path, QStringLiteral("-shm")));
    CHECK_FALSE(beside(path, QStringLiteral("-journal")));

    // The clerk copies the file alone to a USB stick while the program still has it open.
    const QString copy = tmp.file(QStringLiteral("usb.ledger"));
    REQUIRE(QFile::copy(path, copy));
    auto opened = Ledger::open(copy, Ledger::Access::ReadOnly);
    REQUIRE(opened.ledger);
    const QList<Village> villages = VillageRepository(*opened.ledger).all();
    REQUIRE(villages.size() == 1);
    CHECK(villages.first().name == QStringLiteral("东村"));
}

TEST_CASE("a ledger in WAL mode is switched to the rollback journal when opened", "[filesafety]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("wal.ledger"));
    test::newLedger(path).reset();
    test::rawExec(path, {QStringLiteral("PRAGMA journal_mode=WAL")});
    REQUIRE(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));

    SECTION("opened for writing")
    {
        {
            // A program of an earlier version left an edit in the write-ahead log.
            RawDb old(path);
            old.exec(QStringLiteral("INSERT INTO village (id, name) VALUES (3, '旧村')"));
            REQUIRE(beside(path, QStringLiteral("-wal")));
        }
        auto opened = Ledger::open(path);
        REQUIRE(opened.ledger);
        CHECK_FALSE(opened.ledger->isReadOnly());
        CHECK(journalMode(*opened.ledger) == QStringLiteral("delete"));
        addVillage(*opened.ledger, QStringLiteral("新村"));
        CHECK_FALSE(beside(path, QStringLiteral("-wal")));
        CHECK_FALSE(beside(path, QStringLiteral("-shm")));
        opened.ledger.reset();
        CHECK(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
        CHECK(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM village")).toInt() == 2);
    }
    SECTION("opened for reading only: switched too, nothing left beside it")
    {
        auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
        REQUIRE(opened.ledger);
        CHECK(VillageRepository(*opened.ledger).count() == 0);
        opened.ledger.reset();
        CHECK_FALSE(beside(path, QStringLiteral("-wal")));
        CHECK_FALSE(beside(path, QStringLiteral("-shm")));
        CHECK(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    }
    SECTION("while another program has it open: every commit still reaches the file")
    {
        auto other = std::make_unique<RawDb>(path, true);
        CHECK(other->value(QStringLiteral("SELECT COUNT(*) FROM village")).toInt() == 0);
        auto opened = Ledger::open(path);
        REQUIRE(opened.ledger);
        CHECK_FALSE(opened.ledger->isReadOnly());
        CHECK(journalMode(*opened.ledger) == QStringLiteral("wal")); // cannot be switched yet
        addVillage(*opened.ledger, QStringLiteral("东村"));
        const QString copy = tmp.file(QStringLiteral("copy.ledger"));
        REQUIRE(QFile::copy(path, copy));
        CHECK(rawValue(copy, QStringLiteral("SELECT name FROM village")).toString() == QStringLiteral("东村"));
        // Once the other program let go, the next commit switches it.
        other.reset();
        addVillage(*opened.ledger, QStringLiteral("西村"));
        CHECK(journalMode(*opened.ledger) == QStringLiteral("delete"));
        CHECK_FALSE(beside(path, QStringLiteral("-wal")));
        CHECK_FALSE(beside(path, QStringLiteral("-shm")));
        opened.ledger.reset();
    }
}

TEST_CASE("write-protected files and read-only folders open read-only, never as damaged", "[filesafety]")
{
    test::TempDir tmp;
    const QString folder = tmp.file(QStringLiteral("cd"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/archive.ledger");
    {
        auto ledger = test::newLedger(path);
        addVillage(*ledger, QStringLiteral("东村"));
    }

    SECTION("a write-protected file")
    {
        Protect file(path, kReadOnlyFile);
        const QByteArray before = fileHash(path);
        auto opened = Ledger::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ledger);
        CHECK(opened.ledger->isReadOnly());
        CHECK(VillageRepository(*opened.ledger).count() == 1);
        CHECK_FALSE(beside(path, QStringLiteral(".lock")));
        opened.ledger.reset();
        CHECK(fileHash(path) == before);
    }
    SECTION("a read-only folder (no lock file can be made there)")
    {
        Protect dir(folder, kReadOnlyDir);
        auto opened = Ledger::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ledger);
        CHECK(opened.ledger->isReadOnly());
        CHECK(VillageRepository(*opened.ledger).count() == 1);
        CHECK_FALSE(beside(path, QStringLiteral(".lock")));
    }
    SECTION("a WAL-mode file of an earlier version on read-only media")
    {
        test::rawExec(path, {QStringLiteral("PRAGMA journal_mode=WAL")});
        const QByteArray before = fileHash(path);
        Protect file(path, kReadOnlyFile);
        Protect dir(folder, kReadOnlyDir);
        auto opened = Ledger::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ledger);
        CHECK(opened.ledger->isReadOnly());
        CHECK(VillageRepository(*opened.ledger).count() == 1);
        QString error;
        const QString out = tmp.file(QStringLiteral("elsewhere.ledger"));
        CHECK(opened.ledger->copyTo(out, &error));
        opened.ledger.reset();
        CHECK_FALSE(beside(path, QStringLiteral("-shm")));
        CHECK_FALSE(beside(path, QStringLiteral("-wal")));
        CHECK(fileHash(path) == before);
        CHECK(rawValue(out, QStringLiteral("SELECT COUNT(*) FROM village")).toInt() == 1);
    }
    SECTION("an older format on read-only media is read through an upgraded temporary copy")
    {
        QFile::remove(path);
        test::buildAtVersion(path, 5);
        const QByteArray before = fileHash(path);
        Protect file(path, kReadOnlyFile);
        Protect dir(folder, kReadOnlyDir);
        auto opened = Ledger::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ledger);
        CHECK(opened.ledger->isReadOnly());
        CHECK_THAT(opened.notice.toStdString(), Catch::Contains("older format") && Catch::Contains("temporary copy"));
        const auto village = VillageRepository(*opened.ledger).get(7);
        REQUIRE(village);
        CHECK(village->households == 321);
        // A backup of it elsewhere works, and is of the current format.
        const QString out = tmp.file(QStringLiteral("old-backup.ledger"));
        QString error;
        REQUIRE(opened.ledger->copyTo(out, &error));
        opened.ledger.reset();
        CHECK(fileHash(path) == before);
        CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == 5);
        CHECK(rawValue(out, QStringLiteral("PRAGMA user_version")).toInt() == Ledger::schemaVersion());
        CHECK(QDir(folder).entryList(QDir::Files).size() == 1); // nothing was made beside it
    }
}

TEST_CASE("an older ledger opened for reading only is read through an upgraded copy", "[filesafety][migration]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("old.ledger"));
    test::buildAtVersion(path, 6);
    const QByteArray before = fileHash(path);
    auto opened = Ledger::open(path, Ledger::Access::ReadOnly);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    CHECK(VillageRepository(*opened.ledger).count() == 1);
    opened.ledger.reset();
    CHECK(fileHash(path) == before);
}

TEST_CASE("locks: an empty or another computer's lock names its holder and can be taken over", "[filesafety][lock]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("locked.ledger"));
    test::newLedger(path).reset();
    const QString lockPath = path + QStringLiteral(".lock");

    auto writeLock = [&](const QByteArray &bytes) {
        QFile f(lockPath);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    QString expectComputer;
    SECTION("an empty lock file")
    {
        writeLock(QByteArray());
        expectComputer = QStringLiteral("unknown");
    }
    SECTION("a lock of another computer")
    {
        writeLock("4242\ntownship-ledger\nfar-away-pc\n");
        expectComputer = QStringLiteral("far-away-pc");
    }
    SECTION("an unreadable lock file")
    {
        writeLock("\xff\xfe garbage \x01\x02");
        expectComputer = QStringLiteral("unknown");
    }
    auto opened = Ledger::open(path);
    REQUIRE(opened.ledger);
    CHECK(opened.ledger->isReadOnly());
    CHECK(opened.lockCanBeTakenOver);
    CHECK_THAT(opened.notice.toStdString(),
               Catch::Contains("marked as being edited") && Catch::Contains(expectComputer.toStdString())
                   && Catch::Contains("since") && Catch::Contains("--take-over-lock"));
    opened.ledger.reset();

    auto taken = Ledger::open(path, Ledger::Access::ReadWrite, Ledger::LockPolicy::TakeOver);
    REQUIRE(taken.ledger);
    CHECK_FALSE(taken.ledger->isReadOnly());
    CHECK(taken.notice.isEmpty());
    addVillage(*taken.ledger, QStringLiteral("东村"));
    // Now ours: another opening is read-only again, and may not take it over.
    auto second = Ledger::open(path, Ledger::Access::ReadWrite, Ledger::LockPolicy::TakeOver);
    REQUIRE(second.ledger);
    CHECK(second.ledger->isReadOnly());
    CHECK_FALSE(second.lockCanBeTakenOver);
    CHECK_THAT(second.notice.toStdString(), Catch::Contains("already open"));
}

TEST_CASE("two names of one file share one lock", "[filesafety][lock]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("real.ledger"));
    const QString link = tmp.file(QStringLiteral("link.ledger"));
    auto first = test::newLedger(path);
    REQUIRE(QFile::link(path, link));
    auto second = Ledger::open(link);
    REQUIRE(second.ledger);
    CHECK(second.ledger->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(link + QStringLiteral(".lock")));
}

TEST_CASE("the system user recorded is this process's, never one an earlier process left", "[filesafety][audit]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("users.ledger"));
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "alice");
    {
        auto ledger = test::newLedger(path);
        addVillage(*ledger, QStringLiteral("东村"));
    }
    qputenv("USER", "bob");
    {
        auto opened = Ledger::open(path);
        REQUIRE(opened.ledger);
        // A change made beside the program (another SQLite tool) while bob has the ledger open.
        QSqlQuery q(opened.ledger->database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO village (name) VALUES ('西村')")));
        AuditFilter filter;
        filter.limit = 1;
        const QList<AuditEntry> last = AuditTrail::entries(*opened.ledger, filter);
        REQUIRE(last.size() == 1);
        CHECK(last.first().newValue.contains(QStringLiteral("西村")));
        CHECK(last.first().osUser == QStringLiteral("bob"));
        addVillage(*opened.ledger, QStringLiteral("南村"));
        CHECK(AuditTrail::entries(*opened.ledger, filter).first().osUser == QStringLiteral("bob"));
    }
    qputenv("USER", oldUser);
}

TEST_CASE("restore: an older backup is upgraded, the restore recorded, the file replaced in one step", "[filesafety][restore]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("town.ledger"));
    {
        auto ledger = test::newLedger(path);
        addVillage(*ledger, QStringLiteral("东村"));
        addVillage(*ledger, QStringLiteral("西村"));
    }
    for (int version : {1, 5, Ledger::schemaVersion() - 1}) {
        DYNAMIC_SECTION("a backup of version " << version)
        {
            const QString backup = tmp.file(QStringLiteral("town.before-v%1.ledger").arg(version));
            test::buildAtVersion(backup, version);
            const QByteArray backupBefore = fileHash(backup);
            RestoreRequest request;
            request.ledgerPath = path;
            request.backup = backup;
            request.clerk = QStringLiteral("李文书");
            const RestoreResult result = Backups::restore(request);
            INFO(result.error.toStdString());
            REQUIRE(result.ok);
            CHECK(fileHash(backup) == backupBefore);
            CHECK(QFile::exists(result.savedCurrent));
            CHECK_FALSE(beside(path, QStringLiteral(".part")));
            auto opened = Ledger::open(path);
            INFO(opened.message.toStdString());
            REQUIRE(opened.ledger);
            CHECK(opened.backupPath.isEmpty()); // already upgraded: no before-vN copy needed
            CHECK(VillageRepository(*opened.ledger).count() == 1);
            AuditFilter filter;
            filter.source = QStringLiteral("restore");
            const QList<AuditEntry> entries = AuditTrail::entries(*opened.ledger, filter);
            REQUIRE(entries.size() == 1);
            CHECK(entries.first().clerk == QStringLiteral("李文书"));
            CHECK(entries.first().newValue.contains(QStringLiteral("town.before-v%1.ledger").arg(version)));
            CHECK(entries.first().oldValue == QFileInfo(result.savedCurrent).fileName());
            CHECK_FALSE(entries.first().osUser.isEmpty());
        }
    }
}

TEST_CASE("restore: a backup of another township is refused unless allowed", "[filesafety][restore]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("mine.ledger"));
    {
        auto ledger = test::newLedger(path);
        addVillage(*ledger, QStringLiteral("东村"));
    }
    const QString other = tmp.file(QStringLiteral("other.ledger"));
    test::buildAtVersion(other, Ledger::schemaVersion(), QStringLiteral("邻镇"));
    const QByteArray before = fileHash(path);
    RestoreRequest request;
    request.ledgerPath = path;
    request.backup = other;
    RestoreResult result = Backups::restore(request);
    CHECK_FALSE(result.ok);
    CHECK(result.otherTownship);
    CHECK(result.backupTownship == QStringLiteral("邻镇"));
    CHECK(result.currentTownship == QStringLiteral("测试镇"));
    CHECK_THAT(result.error.toStdString(), Catch::Contains("邻镇") && Catch::Contains("测试镇"));
    CHECK(fileHash(path) == before);
    CHECK(Backups::list(path).isEmpty()); // refused before anything was written

    request.otherTownshipAllowed = true;
    result = Backups::restore(request);
    REQUIRE(result.ok);
    auto opened = Ledger::open(path);
    REQUIRE(opened.ledger);
    CHECK(opened.ledger->township().name == QStringLiteral("邻镇"));
}

TEST_CASE("restore: write-protected targets are refused, symbolic links followed", "[filesafety][restore]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("t.ledger"));
    {
        auto ledger = test::newLedger(path);
        addVillage(*ledger, QStringLiteral("东村"));
    }
    const QString backup = tmp.file(QStringLiteral("b.ledger"));
    test::buildAtVersion(backup, Ledger::schemaVersion());

    SECTION("write-protected")
    {
        Protect file(path, kReadOnlyFile);
        const QByteArray before = fileHash(path);
        QString error, saved;
        CHECK_FALSE(Backups::restore(path, backup, &saved, &error));
        CHECK_THAT(error.toStdString(), Catch::Contains("write-protected"));
        CHECK(fileHash(path) == before);
    }
    SECTION("through a symbolic link")
    {
        const QString link = tmp.file(QStringLiteral("link.ledger"));
        REQUIRE(QFile::link(path, link));
        QString error, saved;
        REQUIRE(Backups::restore(link, backup, &saved, &error));
        CHECK(QFileInfo(link).isSymLink());
        CHECK(rawValue(path, QStringLiteral("SELECT households FROM village WHERE id = 7")).toInt() == 321);
    }
}

TEST_CASE("restore stopped after every step: the ledger is always there, whole", "[filesafety][restore]")
{
    const QList<RestoreStep> steps = {RestoreStep::Checked, RestoreStep::SavedCurrent, RestoreStep::Copied,
                                      RestoreStep::Prepared, RestoreStep::Replaced};
    for (int i = 0; i < steps.size(); ++i) {
        DYNAMIC_SECTION("stopped after step " << i)
        {
            test::TempDir tmp;
            const QString path = tmp.file(QStringLiteral("k.ledger"));
            {
                auto ledger = test::newLedger(path);
                addVillage(*ledger, QStringLiteral("东村"));
                addVillage(*ledger, QStringLiteral("西村"));
            }
            const QString backup = tmp.file(QStringLiteral("k-old.ledger"));
            test::buildAtVersion(backup, 6);
            // At the moment of the stop, the file under the ledger's name is a whole ledger: the
            // old one before the replacement, the restored one after.
            int seen = -1;
            Backups::setRestoreStepHook([&](RestoreStep step) {
                INFO("step " << int(step));
                REQUIRE(QFileInfo::exists(path));
                CHECK(rawValue(path, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
                const int villages = rawValue(path, QStringLiteral("SELECT COUNT(*) FROM village")).toInt();
                CHECK(villages == (step == RestoreStep::Replaced ? 1 : 2));
                seen = int(step);
                return step != steps.at(i);
            });
            const RestoreResult result = Backups::restore({path, backup, QString(), false});
            Backups::setRestoreStepHook({});
            CHECK(seen == int(steps.at(i)));
            CHECK_FALSE(result.ok);
            auto opened = Ledger::open(path);
            INFO(opened.message.toStdString());
            REQUIRE(opened.ledger);
            CHECK_FALSE(opened.ledger->isReadOnly()); // the lock went with the stopped restore
            CHECK(VillageRepository(*opened.ledger).count() == (steps.at(i) == RestoreStep::Replaced ? 1 : 2));
        }
    }
}

TEST_CASE("leftovers of killed exports and backups are removed, import backups pruned", "[filesafety][backup]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("l.ledger"));
    test::newLedger(path).reset();
    const QString folder = Backups::folder(path);
    REQUIRE(QDir().mkpath(folder));
    auto make = [](const QString &file, int minutesAgo) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("half");
        f.flush();
        f.setFileTime(QDateTime::currentDateTime().addSecs(-60 * minutesAgo), QFileDevice::FileModificationTime);
        f.close();
    };
    const QString oldExport = tmp.file(QStringLiteral("report.xlsx.part"));
    const QString oldBackup = folder + QStringLiteral("/l-20260101-080000-000-daily.ledger.part");
    const QString fresh = tmp.file(QStringLiteral("now.xlsx.part"));
    const QString creating = tmp.file(QStringLiteral("new.ledger.creating"));
    make(oldExport, 60);
    make(oldBackup, 60);
    make(creating, 60);
    make(fresh, 0);
    {
        auto opened = Ledger::open(path);
        REQUIRE(opened.ledger);
        CHECK_FALSE(QFile::exists(oldExport));
        CHECK_FALSE(QFile::exists(oldBackup));
        CHECK_FALSE(QFile::exists(creating));
        CHECK(QFile::exists(fresh)); // maybe still being written

        QString error;
        for (int i = 0; i < Backups::kDefaultKeep + 3; ++i)
            REQUIRE_FALSE(Backups::make(*opened.ledger, QStringLiteral("import"), &error).isEmpty());
        REQUIRE_FALSE(Backups::make(*opened.ledger, QStringLiteral("manual"), &error).isEmpty());
    }
    int imports = 0, manual = 0;
    for (const BackupInfo &b : Backups::list(path)) {
        imports += b.reason == QStringLiteral("import");
        manual += b.reason == QStringLiteral("manual");
    }
    CHECK(imports == Backups::kDefaultKeep);
    CHECK(manual == 1);
}
