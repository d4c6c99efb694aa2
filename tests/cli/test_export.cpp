// The quarterly report and the county roll-up, written by the command line and read back with
// openpyxl (python3-openpyxl) against the ledger itself.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {
int run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    REQUIRE(p.waitForFinished(300000));
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int cli(const QStringList &args, QString *output = nullptr)
{
    QStringList all = args;
    all << QStringLiteral("--lang") << QStringLiteral("en");
    return run(QStringLiteral(TL_CLI_PATH), all, output);
}

QString checker() { return QStringLiteral(TL_TESTS_DIR "/tools/check_report.py"); }
} // namespace

TEST_CASE("export: the quarterly report is a real workbook that matches the ledger", "[export]")
{
    tl::test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("demo.ledger"));
    REQUIRE(cli({QStringLiteral("demo"), ledger, QStringLiteral("--villages"), QStringLiteral("10"),
                 QStringLiteral("--households-per-village"), QStringLiteral("120"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-23")}) == 0);
    const QString masked = tmp.file(QStringLiteral("report.xlsx"));
    QString out;
    REQUIRE(cli({QStringLiteral("export"), ledger, QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                 QStringLiteral("--out"), masked}, &out) == 0);
    INFO(out.toStdString());
    REQUIRE(run(QStringLiteral("/usr/bin/python3"), {checker(), masked, ledger, QStringLiteral("masked")}, &out) == 0);
    CHECK(out.trimmed() == QStringLiteral("ok"));

    const QString full = tmp.file(QStringLiteral("full.xlsx"));
    REQUIRE(cli({QStringLiteral("export"), ledger, QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                 QStringLiteral("--out"), full, QStringLiteral("--unmasked")}) == 0);
    REQUIRE(run(QStringLiteral("/usr/bin/python3"), {checker(), full, ledger, QStringLiteral("unmasked")}, &out) == 0);
    INFO(out.toStdString());
    CHECK(out.trimmed() == QStringLiteral("ok"));
    // No temporary file is left beside the report.
    CHECK_FALSE(QFile::exists(masked + QStringLiteral(".part")));

    SECTION("bad quarters and unwritable places are errors, exit 2")
    {
        CHECK(cli({QStringLiteral("export"), ledger, QStringLiteral("--quarter"), QStringLiteral("2026Q5"),
                   QStringLiteral("--out"), tmp.file(QStringLiteral("x.xlsx"))}) == 2);
        CHECK(cli({QStringLiteral("export"), ledger, QStringLiteral("--quarter"), QStringLiteral("2026Q3")}) == 2);
        CHECK(cli({QStringLiteral("export"), ledger, QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                   QStringLiteral("--out"), tmp.file(QStringLiteral("no/such/folder/x.xlsx"))}) == 2);
        CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("x.xlsx"))));
    }
}

TEST_CASE("rollup: one county workbook from several townships", "[export]")
{
    tl::test::TempDir tmp;
    const QString a = tmp.file(QStringLiteral("a.ledger"));
    const QString b = tmp.file(QStringLiteral("b.ledger"));
    REQUIRE(cli({QStringLiteral("demo"), a, QStringLiteral("--villages"), QStringLiteral("8"),
                 QStringLiteral("--households-per-village"), QStringLiteral("60"), QStringLiteral("--township"),
                 QStringLiteral("东山镇")}) == 0);
    REQUIRE(cli({QStringLiteral("demo"), b, QStringLiteral("--villages"), QStringLiteral("9"),
                 QStringLiteral("--households-per-village"), QStringLiteral("50"), QStringLiteral("--seed"),
                 QStringLiteral("99"), QStringLiteral("--township"), QStringLiteral("西河镇")}) == 0);
    const QString county = tmp.file(QStringLiteral("county.xlsx"));
    REQUIRE(cli({QStringLiteral("rollup"), QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                 QStringLiteral("--out"), county, a, b}) == 0);
    QString out;
    REQUIRE(run(QStringLiteral("/usr/bin/python3"), {checker(), QStringLiteral("--rollup"), county, a, b}, &out) == 0);
    INFO(out.toStdString());
    CHECK(out.trimmed() == QStringLiteral("ok"));
    // A bad file among them: exit 2 and no workbook.
    const QString bogus = tmp.file(QStringLiteral("bogus.ledger"));
    {
        QFile f(bogus);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("nope");
    }
    const QString county2 = tmp.file(QStringLiteral("county2.xlsx"));
    CHECK(cli({QStringLiteral("rollup"), QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
               QStringLiteral("--out"), county2, a, bogus}) == 2);
    CHECK_FALSE(QFile::exists(county2));
}
