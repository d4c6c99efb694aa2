// The ledger file on the command line: no -wal/-shm beside it after any command, reading commands
// work on read-only media (as a user who cannot write there), restore checks the township, a
// lock that cannot be checked is taken over with --take-over-lock.

#include "TestSupport.h"

#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <unistd.h>

using namespace tl;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// As root, file permissions do not apply: the command then runs as the user nobody.
bool runsAsOtherUser()
{
    return ::geteuid() == 0;
}

Run cli(const QStringList &args, bool unprivileged = false)
{
    QProcess p;
    QStringList all = args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")};
    if (unprivileged && runsAsOtherUser()) {
        all.prepend(QStringLiteral(TL_CLI_PATH));
        all = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                          QStringLiteral("--clear-groups")}
            + all;
        p.start(QStringLiteral("setpriv"), all);
    } else {
        p.start(QStringLiteral(TL_CLI_PATH), all);
    }
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList leftoversBeside(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal", ".lock", ".part"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    return found;
}

const auto kReadable = QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
const auto kEnterable =
    kReadable | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;
const auto kOpen = kEnterable | QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup
                 | QFileDevice::WriteOther;

} // namespace

TEST_CASE("cli: no -wal, -shm or journal beside the ledger after any command", "[cli][filesafety]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("镇.ledger"));
    const QString csv = tmp.file(QStringLiteral("v.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("村名,户数\n新村,10\n");
    }
    const QList<QStringList> commands = {
        {QStringLiteral("demo"), path, QStringLiteral("--villages"), QStringLiteral("3")},
        {QStringLiteral("import"), path, QStringLiteral("--villages"), csv, QStringLiteral("--create-villages")},
        {QStringLiteral("check"), path, QStringLiteral("--date"), QStringLiteral("2026-11-23")},
        {QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"),
         tmp.file(QStringLiteral("r.xlsx"))},
        {QStringLiteral("audit"), path},
        {QStringLiteral("backup"), path},
        {QStringLiteral("backup"), path, QStringLiteral("--to"), tmp.file(QStringLiteral("copy.ledger"))},
        {QStringLiteral("restore"), path, QStringLiteral("--from"), tmp.file(QStringLiteral("copy.ledger"))},
    };
    for (const QStringList &command : commands) {
        const Run r = cli(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK((r.code == 0 || (r.code == 1 && command.first() == QStringLiteral("check"))));
        CHECK(leftoversBeside(path).isEmpty());
    }
    // A ledger an earlier version left in WAL mode: a reading command switches it, nothing stays.
    test::rawExec(path, {QStringLiteral("PRAGMA journal_mode=WAL")});
    const Run check = cli({QStringLiteral("check"), path, QStringLiteral("--date"), QStringLiteral("2026-11-23")});
    CHECK(check.code <= 1);
    CHECK(leftoversBeside(path).isEmpty());
}

TEST_CASE("cli: reading commands work on read-only media, older files included", "[cli][filesafety]")
{
    if (runsAsOtherUser() && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        WARN("skipped: root ignores file permissions and setpriv, to run as nobody, is not installed");
        return;
    }
    test::TempDir tmp;
    REQUIRE(QFile::setPermissions(tmp.dir.path(), kEnterable | QFileDevice::WriteOwner));
    const QString media = tmp.file(QStringLiteral("cd"));
    const QString out = tmp.file(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(media));
    REQUIRE(QDir().mkpath(out));
    REQUIRE(QFile::setPermissions(out, kOpen));
    const QString ledger = media + QStringLiteral("/镇.ledger");
    const QString old = media + QStringLiteral("/old.ledger");
    REQUIRE(cli({QStringLiteral("demo"), ledger, QStringLiteral("--villages"), QStringLiteral("3"),
                 QStringLiteral("--township"), QStringLiteral("示范镇")})
                .code
            == 0);
    // Archived by an earlier version, which used a write-ahead log.
    test::rawExec(ledger, {QStringLiteral("PRAGMA journal_mode=WAL")});
    test::buildAtVersion(old, 6, QStringLiteral("示范镇"));
    for (const QString &f : {ledger, old})
        REQUIRE(QFile::setPermissions(f, kReadable));
    REQUIRE(QFile::setPermissions(media, kEnterable));
    const QStringList before = QDir(media).entryList(QDir::Files | QDir::Hidden);
    if (!runsAsOtherUser())
        WARN("not root: the commands run as this user, for whom the files are read-only");

    const QList<QStringList> commands = {
        {QStringLiteral("check"), ledger, QStringLiteral("--date"), QStringLiteral("2026-11-23")},
        {QStringLiteral("check"), old, QStringLiteral("--date"), QStringLiteral("2026-11-23")},
        {QStringLiteral("export"), ledger, QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"),
         out + QStringLiteral("/r.xlsx")},
        {QStringLiteral("export"), old, QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"),
         out + QStringLiteral("/old.xlsx")},
        {QStringLiteral("audit"), ledger},
        {QStringLiteral("rollup"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"),
         out + QStringLiteral("/county.xlsx"), ledger, old},
        {QStringLiteral("backup"), ledger, QStringLiteral("--to"), out},
        {QStringLiteral("backup"), old, QStringLiteral("--to"), out + QStringLiteral("/old-copy.ledger")},
        {QStringLiteral("backup"), ledger, QStringLiteral("--to"), out + QStringLiteral("/target.ledger")},
        {QStringLiteral("restore"), out + QStringLiteral("/target.ledger"), QStringLiteral("--from"), old},
        {QStringLiteral("check"), out + QStringLiteral("/target.ledger"), QStringLiteral("--date"),
         QStringLiteral("2026-11-23")},
    };
    for (const QStringList &command : commands) {
        const Run r = cli(command, true);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK((r.code == 0 || (r.code == 1 && command.first() == QStringLiteral("check"))));
        CHECK_FALSE(r.err.contains(QStringLiteral("damaged")));
    }
    CHECK(QDir(media).entryList(QDir::Files | QDir::Hidden) == before);
    // The clerk is told that the older file was read through an upgraded copy.
    const Run old6 = cli({QStringLiteral("check"), old, QStringLiteral("--date"), QStringLiteral("2026-11-23")}, true);
    CHECK_THAT(old6.err.toStdString(), Catch::Contains("older format") && Catch::Contains("temporary copy"));
    QFile::setPermissions(media, kOpen);
}

TEST_CASE("cli: restore refuses a backup of another township unless --force", "[cli][filesafety]")
{
    test::TempDir tmp;
    const QString mine = tmp.file(QStringLiteral("mine.ledger"));
    const QString other = tmp.file(QStringLiteral("other.ledger"));
    REQUIRE(cli({QStringLiteral("new"), mine, QStringLiteral("--township"), QStringLiteral("东镇")}).code == 0);
    REQUIRE(cli({QStringLiteral("new"), other, QStringLiteral("--township"), QStringLiteral("西镇")}).code == 0);
    const Run refused = cli({QStringLiteral("restore"), mine, QStringLiteral("--from"), other});
    CHECK(refused.code == 2);
    CHECK_THAT(refused.err.toStdString(), Catch::Contains("东镇") && Catch::Contains("西镇"));
    const Run forced = cli({QStringLiteral("restore"), mine, QStringLiteral("--from"), other, QStringLiteral("--force"),
                            QStringLiteral("--clerk"), QStringLiteral("王会计")});
    INFO(forced.err.toStdString());
    CHECK(forced.code == 0);
    const Run audit = cli({QStringLiteral("audit"), mine});
    CHECK(audit.out.contains(QStringLiteral("restore")));
    CHECK(audit.out.contains(QStringLiteral("王会计")));
    CHECK(audit.out.contains(QStringLiteral("other.ledger")));
}

TEST_CASE("cli: a write command takes over a lock of another computer with --take-over-lock", "[cli][filesafety][lock]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("l.ledger"));
    REQUIRE(cli({QStringLiteral("new"), path, QStringLiteral("--township"), QStringLiteral("东镇")}).code == 0);
    const QString csv = tmp.file(QStringLiteral("v.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("村名,户数\n新村,10\n");
        QFile lock(path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ntownship-ledger\nfar-away-pc\n");
    }
    const QStringList import = {QStringLiteral("import"), path, QStringLiteral("--villages"), csv};
    const Run refused = cli(import);
    CHECK(refused.code == 2);
    CHECK_THAT(refused.err.toStdString(),
               Catch::Contains("far-away-pc") && Catch::Contains("--take-over-lock") && Catch::Contains("Nothing was imported"));
    const Run taken = cli(import + QStringList{QStringLiteral("--take-over-lock")});
    INFO(taken.err.toStdString());
    CHECK(taken.code == 0);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("cli: export and check check the file beside their work; a damaged file leaves no report, an older one "
          "untouched, and no findings",
          "[cli][filesafety]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 12).reset();
    const QString report = tmp.file(QStringLiteral("report.xlsx"));
    // Sound: the report is written.
    Run r = cli({QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                 QStringLiteral("--out"), report});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(QFileInfo(report).size() > 1000);
    const QByteArray before = [&] {
        QFile f(report);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    test::damageTail(path);
    r = cli({QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
             QStringLiteral("--out"), report});
    INFO(r.err.toStdString());
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("damaged")));
    QFile f(report);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before); // the report of the sound file stays as it was
    const QString fresh = tmp.file(QStringLiteral("fresh.xlsx"));
    r = cli({QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
             QStringLiteral("--out"), fresh});
    CHECK(r.code != 0);
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK(QDir(tmp.dir.path()).entryList({QStringLiteral("*.xlsx*")}, QDir::Files) == QStringList{QStringLiteral("report.xlsx")});
    // check, whose findings are computed beside the integrity check, prints none of them.
    r = cli({QStringLiteral("check"), path, QStringLiteral("--date"), QStringLiteral("2026-11-23")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("damaged")));
    CHECK(r.out.isEmpty());
}
