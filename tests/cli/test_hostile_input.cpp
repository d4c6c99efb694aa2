// Hostile input at the command line: every bad file gets a clear message and exit code 2, no
// crash, and no file is touched.

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <iostream>

using namespace tl;

namespace {

struct Outcome
{
    int code = -1;
    bool crashed = false;
    QString output;
};

Outcome cli(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TL_CLI_PATH), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.exitStatus() != QProcess::NormalExit, QString::fromUtf8(p.readAll())};
}

QByteArray fingerprint(const QString &path)
{
    QFileInfo fi(path);
    if (!fi.exists())
        return "missing";
    if (fi.isDir())
        return "dir:" + QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(',')).toUtf8();
    QFile f(path);
    if (fi.size() > 64 * 1024 * 1024) // the sparse 2 GB file: size and time are enough
        return QByteArray::number(fi.size()) + ':' + QByteArray::number(fi.lastModified().toMSecsSinceEpoch());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("hostile input: bad files get a message and exit code 2, and are never touched", "[hostile]")
{
    test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("good.ledger"));
    REQUIRE(cli({QStringLiteral("new"), ledger, QStringLiteral("--township"), QStringLiteral("测试镇")}).code == 0);

    QMap<QString, QString> bad; // name → path
    bad[QStringLiteral("missing")] = tmp.file(QStringLiteral("nothing-here.xlsx"));
    bad[QStringLiteral("directory")] = tmp.file(QStringLiteral("folder.xlsx"));
    QDir().mkpath(bad[QStringLiteral("directory")]);
    auto write = [&](const QString &name, const QString &file, const QByteArray &bytes) {
        bad[name] = tmp.file(file);
        QFile f(bad[name]);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("pdf"), QStringLiteral("report.xlsx"), "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
    write(QStringLiteral("empty"), QStringLiteral("empty.xlsx"), QByteArray());
    write(QStringLiteral("zip"), QStringLiteral("archive.xlsx"), QByteArray("PK\x03\x04", 4) + QByteArray(200, 'z'));
    write(QStringLiteral("binary"), QStringLiteral("blob.csv"), QByteArray(4096, '\0') + QByteArray(100, '\x01'));
    {
        // 2 GB, sparse: costs nothing on disk, and must be refused without reading it all.
        bad[QStringLiteral("2GB")] = tmp.file(QStringLiteral("huge.xlsx"));
        QFile f(bad[QStringLiteral("2GB")]);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    // .xls files that crash libfreexl itself (found by the fuzz_xls target): refused, not a crash.
    for (const QString &name : {QStringLiteral("xls-freexl-segv"), QStringLiteral("xls-freexl-double-free")}) {
        bad[name] = tmp.file(name + QStringLiteral(".xls"));
        REQUIRE(QFile::copy(QStringLiteral(TL_TESTS_DIR "/fuzz/known-crashes/fuzz_xls/") + name, bad[name]));
    }
    {
        // A ledger from a newer version of the program.
        bad[QStringLiteral("newer")] = tmp.file(QStringLiteral("newer.ledger"));
        REQUIRE(QFile::copy(ledger, bad[QStringLiteral("newer")]));
        QFile f(bad[QStringLiteral("newer")]);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(60); // user_version, big-endian
        f.write(QByteArray("\x00\x00\x03\xe7", 4)); // 999
    }

    const QByteArray ledgerBefore = fingerprint(ledger);
    int tried = 0;
    for (auto it = bad.cbegin(); it != bad.cend(); ++it) {
        const QString &path = it.value();
        const QByteArray before = fingerprint(path);
        const QString out = tmp.file(QStringLiteral("out-%1.xlsx").arg(it.key()));
        const QList<QStringList> commands = {
            {QStringLiteral("import"), ledger, QStringLiteral("--households"), path},
            {QStringLiteral("import"), path, QStringLiteral("--villages"), path},
            {QStringLiteral("check"), path},
            {QStringLiteral("export"), path, QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"), out},
            {QStringLiteral("audit"), path},
            {QStringLiteral("backup"), path},
            {QStringLiteral("restore"), ledger, QStringLiteral("--from"), path},
            {QStringLiteral("rollup"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--out"), out, path},
        };
        for (const QStringList &command : commands) {
            INFO(it.key().toStdString() << ": " << command.join(QLatin1Char(' ')).toStdString());
            const Outcome o = cli(command);
            ++tried;
            INFO(o.output.toStdString());
            CHECK_FALSE(o.crashed);
            CHECK(o.code == 2);
            CHECK(o.output.contains(QStringLiteral("township-ledger-cli: ")));
            CHECK(o.output.size() < 2000); // a message, not a dump
            CHECK_FALSE(QFile::exists(out));
        }
        CHECK(fingerprint(path) == before);
    }
    // The good ledger that some commands named as the target was not touched either (its backups
    // folder may not even exist: nothing was imported or restored).
    CHECK(fingerprint(ledger) == ledgerBefore);
    std::cout << "hostile input: " << tried << " bad inputs tried across " << bad.size()
              << " kinds of file; no crash, every one refused with exit code 2" << std::endl;
}

TEST_CASE("hostile input: a 200 KB workbook holding one 200 MB cell is refused in seconds, in bounded memory",
          "[hostile][memory]")
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/time"))) {
        WARN("/usr/bin/time is missing: the memory of the refusal is not measured");
        return;
    }
    test::TempDir tmp;
    const QString ledger = tmp.file(QStringLiteral("good.ledger"));
    REQUIRE(cli({QStringLiteral("new"), ledger, QStringLiteral("--township"), QStringLiteral("测试镇")}).code == 0);
    const QString xlsx = tmp.file(QStringLiteral("one-cell.xlsx"));
    // Streamed out by zipfile: 200 MB of one letter compresses to about 200 KB.
    const QString script = QStringLiteral(R"PY(
import sys, zipfile
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook ' + ns + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="户籍" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    s = z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
    s.write(('<?xml version="1.0"?><worksheet ' + ns + '><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>').encode())
    for _ in range(200000): s.write(b"A" * 1000)
    s.write(b"</t></is></c></row></sheetData></worksheet>"); s.close()
)PY");
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, xlsx});
    REQUIRE(py.waitForFinished(120000));
    REQUIRE(py.exitCode() == 0);
    CHECK(QFileInfo(xlsx).size() < 400 * 1024);

    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/bin/time"),
            {QStringLiteral("-f"), QStringLiteral("maxrss=%M elapsed=%e"), QStringLiteral(TL_CLI_PATH),
             QStringLiteral("import"), ledger, QStringLiteral("--households"), xlsx, QStringLiteral("--lang"),
             QStringLiteral("en")});
    REQUIRE(p.waitForFinished(120000));
    const QString output = QString::fromUtf8(p.readAll());
    INFO(output.toStdString());
    CHECK(p.exitCode() == 2);
    CHECK(output.contains(QStringLiteral("32,767")));
    CHECK(output.size() < 1000); // the cell is not echoed
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("maxrss=(\\d+) elapsed=([\\d.]+)")).match(output);
    REQUIRE(m.hasMatch());
    const qint64 kb = m.captured(1).toLongLong();
    const double seconds = m.captured(2).toDouble();
    std::cout << "one 200 MB cell refused: " << kb / 1024 << " MB resident at most, " << seconds << " s\n";
    // The decompressed sheet part itself is 200 MB (held once); before the limit the reading took 2 GB.
    CHECK(kb < 400 * 1024);
    CHECK(seconds < 20);
}
