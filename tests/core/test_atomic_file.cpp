// AtomicFile: the one way a file is replaced (reports, exports, notices, backups, restore).

#include "TestSupport.h"

#include "reports/TableExport.h"
#include "storage/AtomicFile.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>

using namespace tl;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// The names in the folder, so a test sees a temporary file left behind whatever it is called.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("atomic file: commit replaces the target in one step", "[atomic]")
{
    test::TempDir tmp;
    const QString target = tmp.file(QStringLiteral("report.xlsx"));
    writeFile(target, "old");
    {
        AtomicFile out(target);
        CHECK(QFileInfo(out.tempPath()).absolutePath() == QFileInfo(target).absolutePath());
        CHECK(out.tempPath() != out.target());
        CHECK_FALSE(QFile::exists(out.tempPath()));
        writeFile(out.tempPath(), "new");
        CHECK(contents(target) == "old"); // nothing happens to the target before the commit
        REQUIRE(out.commit());
        CHECK_FALSE(out.commit()); // once
    }
    CHECK(contents(target) == "new");
    CHECK(entries(tmp.dir.path()) == QStringList({ QStringLiteral("report.xlsx") }));

    // A target that did not exist yet.
    const QString fresh = tmp.file(QStringLiteral("fresh.pdf"));
    {
        AtomicFile out(fresh);
        writeFile(out.tempPath(), "first");
        REQUIRE(out.commit());
    }
    CHECK(contents(fresh) == "first");
}

TEST_CASE("atomic file: without a commit the target is untouched and no temporary is left", "[atomic]")
{
    test::TempDir tmp;
    const QString target = tmp.file(QStringLiteral("a.ledger"));
    writeFile(target, "the ledger");
    const QStringList before = entries(tmp.dir.path());
    {
        AtomicFile out(target);
        writeFile(out.tempPath(), "half a ledger"); // the writer stops half way (an error, a cancel)
    }
    CHECK(contents(target) == "the ledger");
    CHECK(entries(tmp.dir.path()) == before);

    {
        AtomicFile out(target);
        writeFile(out.tempPath(), "x");
        out.discard();
        CHECK_FALSE(QFile::exists(out.tempPath()));
        CHECK_FALSE(out.commit());
    }
    CHECK(contents(target) == "the ledger");

    // A leftover of an earlier crash is cleared away before writing.
    writeFile(target + QStringLiteral(".part"), "stale");
    {
        AtomicFile out(target);
        CHECK_FALSE(QFile::exists(out.tempPath()));
    }
    CHECK(entries(tmp.dir.path()) == before);

    // A writer that wrote nothing: the commit fails and the target stays.
    {
        AtomicFile out(target);
        CHECK_FALSE(out.commit());
    }
    CHECK(contents(target) == "the ledger");
}

TEST_CASE("atomic file: a commit that cannot replace the target leaves it and cleans up", "[atomic]")
{
    test::TempDir tmp;
    // A folder with something in it cannot be replaced by a file.
    const QString target = tmp.file(QStringLiteral("taken"));
    REQUIRE(QDir().mkpath(target));
    writeFile(target + QStringLiteral("/inside.txt"), "keep");
    {
        AtomicFile out(target);
        writeFile(out.tempPath(), "new");
        QString why;
        CHECK_FALSE(out.commit(&why));
        CHECK_FALSE(why.isEmpty());
        CHECK_FALSE(QFile::exists(out.tempPath()));
    }
    CHECK(QFileInfo(target).isDir());
    CHECK(contents(target + QStringLiteral("/inside.txt")) == "keep");
    CHECK(entries(tmp.dir.path()) == QStringList({ QStringLiteral("taken") }));
}

TEST_CASE("atomic file: a failing or cancelled export leaves the old file", "[atomic]")
{
    test::TempDir tmp;
    const QString target = tmp.file(QStringLiteral("villages.xlsx"));
    const QStringList headers{ QStringLiteral("村"), QStringLiteral("人口") };
    QList<QVariantList> rows;
    for (int i = 0; i < 2000; ++i)
        rows << QVariantList{ QStringLiteral("村%1").arg(i), i };

    REQUIRE(TableExport::write(QStringLiteral("村庄"), headers, rows, target));
    const QByteArray first = contents(target);
    REQUIRE(first.startsWith("PK"));

    // Cancelled half way: the earlier export stays as it was, and nothing else is left.
    int calls = 0;
    const Result<void> cancelled = TableExport::write(QStringLiteral("村庄"), headers, rows.mid(0, 1000), target,
                                                      [&](int, int) { return ++calls < 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(contents(target) == first);
    CHECK(entries(tmp.dir.path()) == QStringList({ QStringLiteral("villages.xlsx") }));

    // A target that can never be replaced (a folder in its place): the error names it.
    const QString blocked = tmp.file(QStringLiteral("blocked.xlsx"));
    REQUIRE(QDir().mkpath(blocked + QStringLiteral("/x")));
    const Result<void> refused = TableExport::write(QStringLiteral("村庄"), headers, rows, blocked);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("blocked.xlsx")));
    CHECK(QFileInfo(blocked + QStringLiteral("/x")).isDir());
    CHECK_FALSE(QFile::exists(blocked + QStringLiteral(".part")));
}

TEST_CASE("atomic file: restore replaces the ledger without a moment without one", "[atomic][backup]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("镇.ledger"));
    QString backup;
    {
        auto ledger = test::newLedger(path);
        QString error;
        backup = ledger->backup(&error);
        REQUIRE_FALSE(backup.isEmpty());
    }
    QString saved, error;
    REQUIRE(Backups::restore(path, backup, &saved, &error));
    CHECK(QFile::exists(path));
    CHECK(QFile::exists(saved));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    auto reopened = Ledger::open(path);
    CHECK(reopened.ledger);
}
