// township-ledger-cli as a script would use it: exit codes, output format, refusals.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TL_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("cli: help, version and unknown commands", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("demo")));
    CHECK(cli({QStringLiteral("--version")}).code == 0);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK_FALSE(unknown.err.isEmpty());
    CHECK(cli({}).code == 2);
    // The crash-safety test's edit stream is a test tool (tests/tools/stress_edits.cpp), not a command.
    const Run stress = cli({QStringLiteral("stress-edits"), QStringLiteral("x.ledger"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(stress.code == 2);
    CHECK(stress.err.contains(QStringLiteral("Unknown command: stress-edits")));
}

TEST_CASE("cli: new, demo and check", "[cli]")
{
    tl::test::TempDir tmp;
    const QString empty = tmp.file(QStringLiteral("空.ledger"));
    const QString lang = QStringLiteral("--lang");
    const QString en = QStringLiteral("en");

    Run r = cli({QStringLiteral("new"), empty, QStringLiteral("--township"), QStringLiteral("东风镇"), lang, en});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(QFile::exists(empty));
    // An empty ledger breaks no rule.
    CHECK(cli({QStringLiteral("check"), empty}).code == 0);
    // new never overwrites.
    const QByteArray before = hashOf(empty);
    r = cli({QStringLiteral("new"), empty, QStringLiteral("--township"), QStringLiteral("西风镇"), lang, en});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("already exists")));
    CHECK(hashOf(empty) == before);
    CHECK(cli({QStringLiteral("new"), tmp.file(QStringLiteral("x.ledger"))}).code == 2); // no --township

    const QString demo = tmp.file(QStringLiteral("demo.ledger"));
    r = cli({QStringLiteral("demo"), demo, QStringLiteral("--villages"), QStringLiteral("15"), QStringLiteral("--seed"),
             QStringLiteral("7"), QStringLiteral("--date"), QStringLiteral("2026-11-23"), lang, en});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);

    r = cli({QStringLiteral("check"), demo, QStringLiteral("--date"), QStringLiteral("2026-11-23"), lang, en});
    CHECK(r.code == 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 7);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        INFO(line.toStdString());
        REQUIRE(fields.size() == 3);
        CHECK_FALSE(fields[0].isEmpty());
        CHECK(fields[1].contains(QLatin1Char('.')));
        CHECK_FALSE(fields[2].isEmpty());
    }
    CHECK(r.out.contains(QStringLiteral("\tcommittee.no_woman\t")));
    CHECK(r.out.contains(QStringLiteral("\tperson.invalid_id\t")));

    // The same seed gives the same ledger: the check output is reproducible.
    const QString again = tmp.file(QStringLiteral("again.ledger"));
    REQUIRE(cli({QStringLiteral("demo"), again, QStringLiteral("--villages"), QStringLiteral("15"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--date"), QStringLiteral("2026-11-23"),
                 lang, en})
                .code == 0);
    CHECK(cli({QStringLiteral("check"), again, QStringLiteral("--date"), QStringLiteral("2026-11-23"), lang, en}).out ==
          r.out);
}

TEST_CASE("cli: errors name the file and the reason, exit 2, touch nothing", "[cli]")
{
    tl::test::TempDir tmp;
    const QString missing = tmp.file(QStringLiteral("missing.ledger"));
    Run r = cli({QStringLiteral("check"), missing, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("missing.ledger")));
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));

    const QString text = tmp.file(QStringLiteral("notes.ledger"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a ledger at all");
    }
    const QByteArray before = hashOf(text);
    r = cli({QStringLiteral("check"), text, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("notes.ledger")));
    CHECK(hashOf(text) == before);

    CHECK(cli({QStringLiteral("check"), tmp.dir.path()}).code == 2);
    r = cli({QStringLiteral("demo"), tmp.file(QStringLiteral("d.ledger")), QStringLiteral("--villages"),
             QStringLiteral("many")});
    CHECK(r.code == 2);
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("d.ledger"))));
    CHECK(cli({QStringLiteral("check"), text, QStringLiteral("--date"), QStringLiteral("yesterday")}).code == 2);
}
