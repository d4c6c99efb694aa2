// SheetSource: telling formats by content, and streaming the rows of .xlsx, .ods, .xls and CSV
// files as clerks get them (merged title rows, blank rows, ID numbers stored as numbers, GBK CSV).
// Fixtures are written here: .xlsx by libxlsxwriter and by openpyxl, .ods by odfpy, .xls by xlwt.
#include "import/sheets/SheetSource.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringEncoder>

#include <xlsxwriter.h>

using namespace tl;

namespace {

struct Row
{
    int number;
    QVariantList cells;
};

struct Read
{
    SheetSource::Result result = SheetSource::Result::Failed;
    QString error;
    QList<Row> rows;

    QVariant cell(int row, int column) const
    {
        for (const Row &r : rows) {
            if (r.number == row)
                return column < r.cells.size() ? r.cells.at(column) : QVariant();
        }
        return {};
    }
    QList<int> numbers() const
    {
        QList<int> n;
        for (const Row &r : rows)
            n.append(r.number);
        return n;
    }
};

// Reads `path`; stopAfter > 0 makes the sink cancel once that many rows have arrived.
Read readAll(const QString &path, const QString &sheet = {}, int stopAfter = 0)
{
    Read r;
    r.result = SheetSource::read(
        path, sheet,
        [&](int number, const QVariantList &cells) {
            r.rows.append({ number, cells });
            return stopAfter <= 0 || r.rows.size() < stopAfter;
        },
        &r.error);
    return r;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

void runPython(const QString &script, const QString &out)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, out });
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    REQUIRE(QFile::exists(out));
}

bool isDouble(const QVariant &v, double expected)
{
    return v.typeId() == QMetaType::Double && v.toDouble() == expected;
}

// An ID number in a number cell: the file keeps 15 significant digits, whatever was typed.
bool isLongNumber(const QVariant &v, double expected)
{
    return v.typeId() == QMetaType::Double && qAbs(v.toDouble() - expected) <= 100;
}

bool isText(const QVariant &v, const QString &expected)
{
    return v.typeId() == QMetaType::QString && v.toString() == expected;
}

// The roster every workbook fixture holds, as a county office would send it: a merged title row,
// the header, a blank row, then people; an ID number typed into a number cell loses its last
// digits (1.10101199003070E+17), one typed as text keeps them.
const double kIdAsNumber = 110101199003070011.0;
const QString kIdAsText = QStringLiteral("11010519491231002X");

void checkRoster(const Read &r)
{
    INFO(r.error.toStdString());
    REQUIRE(r.result == SheetSource::Result::Ok);
    CHECK(r.numbers() == QList<int>({ 1, 2, 4, 5 }));
    CHECK(isText(r.cell(1, 0), QStringLiteral("花名册（2026年）")));
    CHECK(r.rows.at(0).cells.size() == 1); // the merged cells after the title are empty
    CHECK(isText(r.cell(2, 0), QStringLiteral("姓名")));
    CHECK(isText(r.cell(2, 1), QStringLiteral("身份证号")));
    CHECK(isText(r.cell(4, 0), QStringLiteral("张三")));
    CHECK(isLongNumber(r.cell(4, 1), kIdAsNumber));
    CHECK(isDouble(r.cell(4, 3), 3));
    CHECK(isText(r.cell(5, 0), QStringLiteral("李四")));
    CHECK(isText(r.cell(5, 1), kIdAsText));
}

// libxlsxwriter, as the program's own exports: shared strings, or inline strings in
// constant-memory mode (also what Apache POI's streaming writer produces).
void writeXlsx(const QString &path, bool constantMemory)
{
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    REQUIRE(book);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_worksheet *ws = workbook_add_worksheet(book, "花名册");
    worksheet_merge_range(ws, 0, 0, 0, 5, "花名册（2026年）", nullptr);
    const char *headers[] = { "姓名", "身份证号", "出生日期", "人口", "低保", "备注" };
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), headers[c], nullptr);
    lxw_datetime born { 1990, 3, 7, 0, 0, 0 };
    worksheet_write_string(ws, 3, 0, "张三", nullptr);
    worksheet_write_number(ws, 3, 1, kIdAsNumber, nullptr);
    worksheet_write_datetime(ws, 3, 2, &born, date);
    worksheet_write_number(ws, 3, 3, 3, nullptr);
    worksheet_write_boolean(ws, 3, 4, 1, nullptr);
    worksheet_write_string(ws, 3, 5, "第一行\n第二行\x07", nullptr); // a bell: _x0007_ in the file
    worksheet_write_string(ws, 4, 0, "李四", nullptr);
    worksheet_write_string(ws, 4, 1, kIdAsText.toUtf8().constData(), nullptr);
    worksheet_write_formula_num(ws, 4, 3, "=D4*2", nullptr, 6);
    worksheet_write_formula_str(ws, 4, 5, "=\"低\"&\"保\"", nullptr, "低保");
    worksheet_write_string(ws, 5, 0, " ", nullptr); // only a blank: not a row
    lxw_worksheet *other = workbook_add_worksheet(book, "统计");
    worksheet_write_string(other, 0, 0, "合计", nullptr);
    worksheet_write_number(other, 0, 1, 2, nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

} // namespace

TEST_CASE("xlsx rows stream with their sheet row numbers", "[sheet]")
{
    test::TempDir tmp;
    for (const bool constantMemory : { false, true }) {
        INFO("constant memory: " << constantMemory);
        const QString path = tmp.file(QStringLiteral("roster-%1.xlsx").arg(constantMemory));
        writeXlsx(path, constantMemory);
        QString error;
        CHECK(SheetSource::detect(path, &error) == SheetSource::Format::Xlsx);
        CHECK(SheetSource::sheetNames(path, &error)
            == QStringList({ QStringLiteral("花名册"), QStringLiteral("统计") }));

        const Read r = readAll(path);
        checkRoster(r);
        // An Excel date is a number with a date format: the serial comes as it is.
        CHECK(isDouble(r.cell(4, 2), 32939)); // 1990-03-07
        CHECK(r.cell(4, 4) == QVariant(true));
        CHECK(isText(r.cell(4, 5), QStringLiteral("第一行\n第二行\u0007")));
        // A formula gives its last calculated value, a number or a text.
        CHECK(isDouble(r.cell(5, 3), 6));
        CHECK(isText(r.cell(5, 5), QStringLiteral("低保")));
        CHECK_FALSE(r.cell(5, 2).isValid()); // an empty cell in the middle of a row

        const Read second = readAll(path, QStringLiteral("统计"));
        REQUIRE(second.result == SheetSource::Result::Ok);
        REQUIRE(second.rows.size() == 1);
        CHECK(isText(second.cell(1, 0), QStringLiteral("合计")));
        CHECK(isDouble(second.cell(1, 1), 2));
    }
}

TEST_CASE("xlsx written by openpyxl (absolute part names, inline strings) reads", "[sheet]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("openpyxl.xlsx"));
    runPython(QStringLiteral(R"(
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "花名册"
ws["A1"] = "花名册（2026年）"
ws.merge_cells("A1:F1")
ws.append(["姓名", "身份证号", "出生日期", "人口"])
ws.append([])
ws.append(["张三", 110101199003070011, datetime.datetime(1990, 3, 7), 3])
ws["C4"].number_format = "yyyy-mm-dd"
ws.append(["李四", "11010519491231002X", None, "=D4*2"])
wb.create_sheet("统计").append(["合计", 2])
wb.save(sys.argv[1])
)"),
        path);
    const Read r = readAll(path);
    checkRoster(r);
    CHECK(isDouble(r.cell(4, 2), 32939));
    CHECK_FALSE(r.cell(5, 3).isValid()); // openpyxl stores formulas without a calculated value
    CHECK(readAll(path, QStringLiteral("统计")).rows.size() == 1);
}

TEST_CASE("ods cells keep their types, repeated rows and multi-line text", "[sheet]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("roster.ods"));
    runPython(QStringLiteral(R"(
import sys
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, CoveredTableCell
from odf.text import P
doc = OpenDocumentSpreadsheet()

def cell(value=None, kind=None, **kw):
    if value is None:
        return TableCell(**kw)
    if kind is None:
        kind = "float" if isinstance(value, (int, float)) else "string"
    attrs = {"valuetype": kind}
    if kind == "date":
        attrs["datevalue"] = value
    elif kind == "boolean":
        attrs["booleanvalue"] = value
    elif kind != "string":
        attrs["value"] = value
    attrs.update(kw)
    c = TableCell(**attrs)
    for line in str(value).split("\n"):
        c.addElement(P(text=line))
    return c

def row(*cells, **kw):
    r = TableRow(**kw)
    for c in cells:
        r.addElement(c)
    return r

t = Table(name="花名册")
t.addElement(row(cell("花名册（2026年）", numbercolumnsspanned=6), CoveredTableCell(numbercolumnsrepeated=5)))
t.addElement(row(*[cell(h) for h in ["姓名", "身份证号", "出生日期", "人口", "低保", "备注"]]))
t.addElement(row(cell(numbercolumnsrepeated=6)))
t.addElement(row(cell("张三"), cell(110101199003070011), cell("1990-03-07", "date"), cell(3),
                 cell("true", "boolean"), cell("第一行\n第二行")))
t.addElement(row(cell("李四"), cell("11010519491231002X"), cell(), cell(6, formula="of:=[.D4]*2"),
                 cell(0.5, "percentage"), cell(1234.5, "currency")))
t.addElement(row(cell("同一行"), cell(7, numbercolumnsrepeated=2), numberrowsrepeated=2))
t.addElement(row(cell(numbercolumnsrepeated=1024), numberrowsrepeated=1048000))
doc.spreadsheet.addElement(t)
s = Table(name="统计")
s.addElement(row(cell("合计"), cell(2)))
doc.spreadsheet.addElement(s)
doc.save(sys.argv[1])
)"),
        path);
    QString error;
    CHECK(SheetSource::detect(path, &error) == SheetSource::Format::Ods);
    CHECK(SheetSource::sheetNames(path, &error)
        == QStringList({ QStringLiteral("花名册"), QStringLiteral("统计") }));

    const Read r = readAll(path);
    INFO(r.error.toStdString());
    REQUIRE(r.result == SheetSource::Result::Ok);
    CHECK(r.numbers() == QList<int>({ 1, 2, 4, 5, 6, 7 }));
    CHECK(isText(r.cell(1, 0), QStringLiteral("花名册（2026年）")));
    CHECK(r.rows.at(0).cells.size() == 1);
    CHECK(isLongNumber(r.cell(4, 1), kIdAsNumber));
    CHECK(r.cell(4, 2) == QVariant(QDate(1990, 3, 7))); // an .ods date cell says date itself
    CHECK(isDouble(r.cell(4, 3), 3));
    CHECK(r.cell(4, 4) == QVariant(true));
    CHECK(isText(r.cell(4, 5), QStringLiteral("第一行\n第二行")));
    CHECK(isText(r.cell(5, 1), kIdAsText));
    CHECK(isDouble(r.cell(5, 3), 6)); // a formula's calculated value
    CHECK(isDouble(r.cell(5, 4), 0.5));
    CHECK(isDouble(r.cell(5, 5), 1234.5));
    // A repeated row is as many rows; a repeated cell as many cells.
    for (const int n : { 6, 7 }) {
        CHECK(isText(r.cell(n, 0), QStringLiteral("同一行")));
        CHECK(isDouble(r.cell(n, 1), 7));
        CHECK(isDouble(r.cell(n, 2), 7));
    }

    const Read second = readAll(path, QStringLiteral("统计"));
    REQUIRE(second.result == SheetSource::Result::Ok);
    CHECK(second.numbers() == QList<int>({ 1 }));
    CHECK(isText(second.cell(1, 0), QStringLiteral("合计")));
}

TEST_CASE("legacy xls: numbers, text and date cells", "[sheet]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("roster.xls"));
    runPython(QStringLiteral(R"(
import sys, datetime, xlwt
book = xlwt.Workbook(encoding="utf-8")
ws = book.add_sheet("花名册")
ws.write_merge(0, 0, 0, 5, "花名册（2026年）")
for c, h in enumerate(["姓名", "身份证号", "出生日期", "人口", "低保", "登记时间"]):
    ws.write(1, c, h)
ws.write(3, 0, "张三")
ws.write(3, 1, 110101199003070011)
ws.write(3, 2, datetime.datetime(1990, 3, 7), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
ws.write(3, 3, 3)
ws.write(4, 0, "李四")
ws.write(4, 1, "11010519491231002X")
ws.write(4, 3, 2.5)
ws.write(4, 5, datetime.datetime(2026, 3, 5, 10, 30), xlwt.easyxf(num_format_str="YYYY-MM-DD hh:mm"))
book.add_sheet("统计").write(0, 0, "合计")
book.save(sys.argv[1])
)"),
        path);
    QString error;
    CHECK(SheetSource::detect(path, &error) == SheetSource::Format::Xls);
    CHECK(SheetSource::sheetNames(path, &error)
        == QStringList({ QStringLiteral("花名册"), QStringLiteral("统计") }));
    const Read r = readAll(path);
    checkRoster(r);
    CHECK(r.cell(4, 2) == QVariant(QDate(1990, 3, 7)));
    CHECK(isDouble(r.cell(5, 3), 2.5));
    CHECK(r.cell(5, 5) == QVariant(QDateTime(QDate(2026, 3, 5), QTime(10, 30))));

    const Read second = readAll(path, QStringLiteral("统计"));
    CHECK(second.numbers() == QList<int>({ 1 }));
    CHECK(isText(second.cell(1, 0), QStringLiteral("合计")));

    const Read stopped = readAll(path, {}, 1);
    CHECK(stopped.result == SheetSource::Result::Cancelled);
    CHECK(stopped.rows.size() == 1);
    const Read unknown = readAll(path, QStringLiteral("没有"));
    CHECK(unknown.result == SheetSource::Result::Failed);
    CHECK(unknown.error.contains(QStringLiteral("统计")));
    const Read sameIgnoringCase = readAll(path, QStringLiteral(" 统计 "));
    CHECK(sameIgnoringCase.numbers() == QList<int>({ 1 }));
}

TEST_CASE("an unknown sheet name is refused with the names there are", "[sheet]")
{
    test::TempDir tmp;
    const QString xlsx = tmp.file(QStringLiteral("book.xlsx"));
    writeXlsx(xlsx, false);
    Read r = readAll(xlsx, QStringLiteral("户籍"));
    CHECK(r.result == SheetSource::Result::Failed);
    CHECK(r.rows.isEmpty());
    CHECK(r.error.contains(QStringLiteral("户籍")));
    CHECK(r.error.contains(QStringLiteral("“花名册”, “统计”")));
    CHECK(r.error.contains(QStringLiteral("book.xlsx")));

    // Excel's sheet names ignore case; so does the choice.
    const QString csv = tmp.file(QStringLiteral("Roster.csv"));
    writeFile(csv, "a,b\n");
    CHECK(SheetSource::sheetNames(csv, nullptr) == QStringList({ QStringLiteral("Roster") }));
    CHECK(readAll(csv, QStringLiteral("roster")).result == SheetSource::Result::Ok);
    r = readAll(csv, QStringLiteral("Sheet1"));
    CHECK(r.result == SheetSource::Result::Failed);
    CHECK(r.error.contains(QStringLiteral("“Roster”")));
}

TEST_CASE("CSV: encodings, separators and quoting", "[sheet]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("table.csv"));
    // "|" stands for the separator under test.
    const QString table = QStringLiteral("姓名|地址|备注\r\n"
                                         "张三|\"北京市,海淀区\"|\"他说\"\"好\"\"\"\r\n"
                                         "\r\n"
                                         "李四|\"第一行\n第二行\"|\r\n"
                                         "||\r\n"
                                         "王五|乡|末行无换行");
    const QString text = QString(table).replace(u'|', u',');
    auto check = [&](const QString &what) {
        INFO(what.toStdString());
        QString error;
        CHECK(SheetSource::detect(path, &error) == SheetSource::Format::Csv);
        const Read r = readAll(path);
        INFO(r.error.toStdString());
        REQUIRE(r.result == SheetSource::Result::Ok);
        // Record numbers: a quoted line break does not start a record; blank records are left out.
        CHECK(r.numbers() == QList<int>({ 1, 2, 4, 6 }));
        CHECK(isText(r.cell(1, 0), QStringLiteral("姓名")));
        CHECK(isText(r.cell(2, 1), QStringLiteral("北京市,海淀区")));
        CHECK(isText(r.cell(2, 2), QStringLiteral("他说\"好\"")));
        CHECK(isText(r.cell(4, 1), QStringLiteral("第一行\n第二行")));
        CHECK(isText(r.cell(6, 2), QStringLiteral("末行无换行")));
    };

    writeFile(path, text.toUtf8());
    check(QStringLiteral("UTF-8"));
    writeFile(path, "\xef\xbb\xbf" + text.toUtf8());
    check(QStringLiteral("UTF-8 with BOM"));
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    writeFile(path, gb18030.encode(text));
    check(QStringLiteral("GB18030"));
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    writeFile(path, utf16.encode(text)); // Excel's "Unicode text"
    check(QStringLiteral("UTF-16"));
    writeFile(path, QString(table).replace(u'|', u'\t').toUtf8());
    check(QStringLiteral("tab-separated"));
    writeFile(path, QString(table).replace(u'|', u';').toUtf8());
    check(QStringLiteral("semicolon-separated"));
    QString oldMac = text;
    oldMac.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    writeFile(path, oldMac.toUtf8());
    check(QStringLiteral("CR line ends"));
}

TEST_CASE("CSV larger than a read chunk: quotes across chunks, GBK after an ASCII start", "[sheet]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("big.csv"));
    // Over 2 MB of ASCII first: the encoding is only told by the Chinese at the end.
    QString text = QStringLiteral("id,note\n");
    const int rows = 60000;
    for (int i = 1; i < rows; ++i)
        text += QStringLiteral("%1,\"line one, of %1\nline \"\"two\"\"\"\n").arg(i);
    text += QStringLiteral("%1,\"张三\"\n").arg(rows);
    REQUIRE(text.size() > 2 * 1024 * 1024);
    writeFile(path, QStringEncoder("GB18030").encode(text));
    const Read r = readAll(path);
    REQUIRE(r.result == SheetSource::Result::Ok);
    REQUIRE(r.rows.size() == rows + 1); // and the header
    CHECK(r.rows.constLast().number == rows + 1);
    CHECK(isText(r.rows.constLast().cells.at(1), QStringLiteral("张三")));
    int firstWrong = 0;
    for (int i = 1; i < rows && !firstWrong; ++i) {
        const QVariantList &cells = r.rows.at(i).cells;
        if (cells.size() != 2 || cells.at(0).toString() != QString::number(i)
            || cells.at(1).toString() != QStringLiteral("line one, of %1\nline \"two\"").arg(i))
            firstWrong = i;
    }
    CHECK(firstWrong == 0);
}

TEST_CASE("the sink cancels: no row after it said stop", "[sheet]")
{
    test::TempDir tmp;
    const QString xlsx = tmp.file(QStringLiteral("c.xlsx"));
    writeXlsx(xlsx, false);
    const QString csv = tmp.file(QStringLiteral("c.csv"));
    writeFile(csv, "a\nb\nc\nd\n");
    const QString ods = tmp.file(QStringLiteral("c.ods"));
    runPython(QStringLiteral(R"(
import sys
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P
doc = OpenDocumentSpreadsheet()
t = Table(name="S")
for v in "abcd":
    c = TableCell(valuetype="string")
    c.addElement(P(text=v))
    r = TableRow()
    r.addElement(c)
    t.addElement(r)
doc.spreadsheet.addElement(t)
doc.save(sys.argv[1])
)"),
        ods);
    const QString xls = tmp.file(QStringLiteral("c.xls"));
    runPython(QStringLiteral(R"(
import sys, xlwt
book = xlwt.Workbook(encoding="utf-8")
ws = book.add_sheet("S")
for i, v in enumerate("abcd"):
    ws.write(i, 0, v)
book.save(sys.argv[1])
)"),
        xls);
    for (const QString &path : { xlsx, csv, ods, xls }) {
        INFO(path.toStdString());
        const Read r = readAll(path, {}, 2);
        CHECK(r.result == SheetSource::Result::Cancelled);
        CHECK(r.rows.size() == 2);
    }
}

TEST_CASE("detect tells files that are not tables by content, not by name", "[sheet]")
{
    test::TempDir tmp;
    auto refused = [](const QString &path, const QString &reason) {
        INFO(path.toStdString());
        QString error;
        CHECK(SheetSource::detect(path, &error) == SheetSource::Format::Unknown);
        INFO(error.toStdString());
        CHECK(error.contains(reason));
        CHECK(error.contains(QFileInfo(path).fileName()));
        // sheetNames() and read() refuse with the same reason, and deliver nothing.
        QString namesError;
        CHECK(SheetSource::sheetNames(path, &namesError).isEmpty());
        CHECK(namesError == error);
        const Read r = readAll(path);
        CHECK(r.result == SheetSource::Result::Failed);
        CHECK(r.rows.isEmpty());
        CHECK(r.error == error);
    };

    refused(tmp.file(QStringLiteral("missing.xlsx")), QStringLiteral("does not exist"));
    QDir(tmp.dir.path()).mkdir(QStringLiteral("folder.xlsx"));
    refused(tmp.file(QStringLiteral("folder.xlsx")), QStringLiteral("is a folder"));
    writeFile(tmp.file(QStringLiteral("empty.csv")), {});
    refused(tmp.file(QStringLiteral("empty.csv")), QStringLiteral("is empty"));
    writeFile(
        tmp.file(QStringLiteral("notice.xlsx")), "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
    refused(tmp.file(QStringLiteral("notice.xlsx")), QStringLiteral("is a PDF document"));
    QByteArray noise(200000, '\0');
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = char(generator.bounded(256));
    writeFile(tmp.file(QStringLiteral("noise.xlsx")), noise);
    refused(tmp.file(QStringLiteral("noise.xlsx")), QStringLiteral("not a spreadsheet or CSV file"));
    writeFile(tmp.file(QStringLiteral("export.xls")),
        "<html><body><table><tr><td>1</td></tr></table></body></html>");
    refused(tmp.file(QStringLiteral("export.xls")), QStringLiteral("web page"));

    const QString zip = tmp.file(QStringLiteral("photos.xlsx"));
    const QString docx = tmp.file(QStringLiteral("notice.docx.xlsx"));
    runPython(QStringLiteral(R"(
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("readme.txt", "not a workbook")
    z.writestr("xl/media/image1.png", b"\x89PNG")
)"),
        zip);
    refused(zip, QStringLiteral("zip archive that is not a workbook"));
    runPython(QStringLiteral(R"(
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document/>")
)"),
        docx);
    refused(docx, QStringLiteral("word-processor document"));

    // The name says nothing: a workbook called .csv is a workbook, a CSV called .xlsx is text.
    const QString xlsxNamedCsv = tmp.file(QStringLiteral("book.csv"));
    writeXlsx(xlsxNamedCsv, false);
    CHECK(SheetSource::detect(xlsxNamedCsv, nullptr) == SheetSource::Format::Xlsx);
    CHECK(readAll(xlsxNamedCsv).rows.size() == 4);
    const QString csvNamedXlsx = tmp.file(QStringLiteral("table.xlsx"));
    writeFile(csvNamedXlsx, "姓名,人口\n张三,3\n");
    CHECK(SheetSource::detect(csvNamedXlsx, nullptr) == SheetSource::Format::Csv);
    CHECK(SheetSource::formatName(SheetSource::Format::Ods) == QStringLiteral("ods"));
}

TEST_CASE("a damaged workbook fails with a reason naming the file", "[sheet]")
{
    test::TempDir tmp;
    const QString good = tmp.file(QStringLiteral("good.xlsx"));
    writeXlsx(good, false);
    QFile f(good);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString cut = tmp.file(QStringLiteral("cut.xlsx"));
    writeFile(cut, bytes.left(bytes.size() / 2)); // a download that stopped half way
    const Read r = readAll(cut);
    CHECK(r.result == SheetSource::Result::Failed);
    CHECK(r.error.contains(QStringLiteral("cut.xlsx")));
    CHECK(r.error.contains(QStringLiteral("damaged or not a valid xlsx file")));
}

// .xls files are read by the helper program township-ledger-xls, because libfreexl itself crashes
// on some damaged files (tests/fuzz/known-crashes/fuzz_xls/).
TEST_CASE("legacy xls: a file that crashes libfreexl is a damaged file, not a crash", "[sheet][xls]")
{
    test::TempDir tmp;
    for (const QString &name : { QStringLiteral("xls-freexl-segv"), QStringLiteral("xls-freexl-double-free") }) {
        INFO(name.toStdString());
        const QString path = tmp.file(name + QStringLiteral(".xls"));
        REQUIRE(QFile::copy(QStringLiteral(TL_TESTS_DIR "/fuzz/known-crashes/fuzz_xls/") + name, path));
        QString error;
        REQUIRE(SheetSource::detect(path, &error) == SheetSource::Format::Xls);
        CHECK(SheetSource::sheetNames(path, &error).isEmpty());
        CHECK(error.contains(name + QStringLiteral(".xls")));
        CHECK(error.contains(QStringLiteral("damaged or not a valid xls file")));
        const Read r = readAll(path);
        CHECK(r.result == SheetSource::Result::Failed);
        CHECK(r.rows.isEmpty());
        CHECK(r.error.contains(name + QStringLiteral(".xls")));
        CHECK(r.error.contains(QStringLiteral("damaged or not a valid xls file")));
    }
}

#ifdef Q_OS_UNIX
namespace {
// Puts a stand-in for the helper program in place for one test (a shell script), and the real
// one back afterwards.
struct FakeXlsHelper
{
    QString previous = SheetSource::xlsHelper();
    FakeXlsHelper(const QString &path, const QByteArray &script)
    {
        writeFile(path, "#!/bin/sh\n" + script);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        SheetSource::setXlsHelper(path);
    }
    ~FakeXlsHelper()
    {
        SheetSource::setXlsHelper(previous);
        SheetSource::setXlsHelperTimeout(0); // the default
    }
};
} // namespace

TEST_CASE("legacy xls: a helper that fails, hangs or garbles is a damaged file", "[sheet][xls]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("花名册.xls"));
    REQUIRE(QFile::copy(QStringLiteral(TL_TESTS_DIR "/fuzz/known-crashes/fuzz_xls/xls-freexl-segv"), path));
    const QString fake = tmp.file(QStringLiteral("fake-helper"));
    const auto damaged = [&](const Read &r) {
        INFO(r.error.toStdString());
        CHECK(r.result == SheetSource::Result::Failed);
        CHECK(r.rows.isEmpty());
        CHECK(r.error.contains(QStringLiteral("花名册.xls is damaged or not a valid xls file")));
    };
    SECTION("killed by a signal")
    {
        FakeXlsHelper helper(fake, "kill -SEGV $$\n");
        damaged(readAll(path));
    }
    SECTION("a non-zero exit after a complete-looking answer")
    {
        FakeXlsHelper helper(fake, "printf 'TLXLS 1\\nS\\tSheet1\\nI\\t0\\nR\\t1\\tsx\\nEND\\n'; exit 3\n");
        damaged(readAll(path));
    }
    SECTION("garbled answers")
    {
        for (const QByteArray &answer : { QByteArray("garbage"), QByteArray("TLXLS 1\\nS\\tSheet1\\n"),
                 QByteArray("TLXLS 1\\nS\\tSheet1\\nI\\t0\\nR\\t1\\tq\\nEND\\n"),
                 QByteArray("TLXLS 1\\nS\\tSheet1\\nI\\t5\\nEND\\n"),
                 QByteArray("TLXLS 1\\nS\\tSheet1\\nI\\t0\\nR\\t2\\tsx\\nR\\t1\\tsy\\nEND\\n"),
                 QByteArray("TLXLS 1\\nS\\tSheet1\\nI\\t0\\nR\\t1\\ts\\\\q\\nEND\\n") }) {
            INFO(answer.toStdString());
            FakeXlsHelper helper(fake, "printf '" + answer + "'\n");
            damaged(readAll(path));
        }
    }
    SECTION("a hang ends at the time limit")
    {
        FakeXlsHelper helper(fake, "exec sleep 60\n");
        SheetSource::setXlsHelperTimeout(500);
        QElapsedTimer timer;
        timer.start();
        damaged(readAll(path));
        CHECK(timer.elapsed() < 20000);
    }
    SECTION("a well-formed answer is read back as written")
    {
        FakeXlsHelper helper(fake,
            "printf 'TLXLS 1\\nS\\t名单\\nI\\t0\\nR\\t3\\ts张\\\\t三\\t-\\tn4004000000000000\\td2026-03-05"
            "\\tt2026-03-05T10:30:00.000\\th08:15:00.000\\nEND\\n'\n");
        const Read r = readAll(path);
        INFO(r.error.toStdString());
        REQUIRE(r.result == SheetSource::Result::Ok);
        REQUIRE(r.numbers() == QList<int>({ 3 }));
        CHECK(r.cell(3, 0) == QVariant(QStringLiteral("张\t三")));
        CHECK_FALSE(r.cell(3, 1).isValid());
        CHECK(r.cell(3, 2) == QVariant(2.5));
        CHECK(r.cell(3, 3) == QVariant(QDate(2026, 3, 5)));
        CHECK(r.cell(3, 4) == QVariant(QDateTime(QDate(2026, 3, 5), QTime(10, 30))));
        CHECK(r.cell(3, 5) == QVariant(QTime(8, 15)));
    }
    SECTION("a missing helper is named")
    {
        const QString previous = SheetSource::xlsHelper();
        SheetSource::setXlsHelper(tmp.file(QStringLiteral("no-such-helper")));
        const Read r = readAll(path);
        SheetSource::setXlsHelper(previous);
        CHECK(r.result == SheetSource::Result::Failed);
        CHECK(r.error.contains(QStringLiteral("花名册.xls cannot be read")));
        CHECK(r.error.contains(QStringLiteral("no-such-helper")));
    }
}
#endif

// Figures, not a pass/fail test (hidden): ./tl_core_tests "[sheet-speed]"
TEST_CASE("speed of reading 200,000 rows", "[.sheet-speed]")
{
    const QString dir = QDir::tempPath();
    const int rows = 200000, columns = 10;
    const QString xlsx = dir + QStringLiteral("/tl-speed.xlsx");
    const QString csv = dir + QStringLiteral("/tl-speed.csv");
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        lxw_workbook *book = workbook_new_opt(QFile::encodeName(xlsx).constData(), &options);
        lxw_worksheet *ws = workbook_add_worksheet(book, "花名册");
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        QByteArray line;
        for (int r = 0; r < rows; ++r) {
            line.clear();
            for (int c = 0; c < columns; ++c) {
                const QByteArray value
                    = c % 2 ? QByteArray::number(r * 10 + c) : "村民" + QByteArray::number(r);
                if (c % 2)
                    worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), r * 10 + c, nullptr);
                else
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), value.constData(), nullptr);
                line += value + (c + 1 < columns ? "," : "\n");
            }
            out.write(line);
        }
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    }
    for (const QString &path : { xlsx, csv }) {
        QElapsedTimer timer;
        timer.start();
        qint64 cells = 0;
        int count = 0;
        const auto result = SheetSource::read(
            path, {},
            [&](int, const QVariantList &c) {
                ++count;
                cells += c.size();
                return true;
            },
            nullptr);
        WARN(QFileInfo(path).fileName().toStdString()
            << ": " << count << " rows, " << cells << " cells in " << timer.elapsed() << " ms ("
            << QFileInfo(path).size() / 1024 << " KB)");
        CHECK(result == SheetSource::Result::Ok);
        CHECK(count == rows);
    }
    QFile::remove(xlsx);
    QFile::remove(csv);
}

TEST_CASE("CSV pasted together from two encodings is refused, naming the first line in the other", "[sheet][encoding]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("mixed.csv"));
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    const QByteArray head = QStringLiteral("户主姓名,地址\n张三,东街1号\n李四,西街2号\n").toUtf8();
    const QByteArray pasted = gb18030.encode(QStringLiteral("王五,南街3号\n"));

    // UTF-8 first, a GB18030 row at line 4.
    writeFile(path, head + pasted + QStringLiteral("赵六,北街4号\n").toUtf8());
    Read r = readAll(path);
    CHECK(r.result == SheetSource::Result::Failed);
    INFO(r.error.toStdString());
    CHECK(r.error.contains(QStringLiteral("line 4")));
    CHECK(r.error.contains(QStringLiteral("UTF-8")));
    CHECK(r.error.contains(QStringLiteral("mixed.csv")));

    // GB18030 first, a UTF-8 row at line 3 (the GB18030 decoder alone would read it as other characters).
    writeFile(path, gb18030.encode(QStringLiteral("户主姓名,地址\n王五,南街3号\n")) + QStringLiteral("张三,东街1号\n").toUtf8());
    r = readAll(path);
    CHECK(r.result == SheetSource::Result::Failed);
    CHECK(r.error.contains(QStringLiteral("line 3")));
    CHECK(r.error.contains(QStringLiteral("GB18030")));

    // Beyond the first read chunk the line is still counted right.
    QByteArray big = QStringLiteral("户主姓名,地址\n").toUtf8();
    for (int i = 0; i < 80000; ++i)
        big += QStringLiteral("户主%1,东街%1号\n").arg(i).toUtf8();
    writeFile(path, big + pasted);
    r = readAll(path);
    CHECK(r.result == SheetSource::Result::Failed);
    CHECK(r.error.contains(QStringLiteral("line 80002")));

    // One encoding throughout is read as before.
    writeFile(path, gb18030.encode(QStringLiteral("户主姓名,地址\n王五,南街3号\n赵六,北街4号\n")));
    CHECK(readAll(path).result == SheetSource::Result::Ok);
}

namespace {
constexpr int kMaxCellCharsForTest = 32767; // Excel's limit, as the readers apply it

// A minimal .xlsx whose sheet holds, after two ordinary rows, one cell of `size` characters,
// inline or through the shared strings; written with zipfile so the cell is never in memory twice.
const char *const kLongCellXlsx = R"PY(
import sys, zipfile
out, size, shared = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "shared"
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="户籍" sheetId="1" r:id="rId1"/></sheets></workbook>')
wbrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
head = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c></row>')
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels)
    z.writestr("xl/workbook.xml", wb); z.writestr("xl/_rels/workbook.xml.rels", wbrels)
    sst = z.open("xl/sharedStrings.xml", "w", force_zip64=True)
    sst.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
    if shared:
        for _ in range(size // 1000): sst.write(b"A" * 1000)
    sst.write(b"</t></si></sst>"); sst.close()
    sheet = z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
    sheet.write(head.encode())
    if shared:
        sheet.write(b'<row r="3"><c r="B3" t="s"><v>0</v></c></row>')
    else:
        sheet.write(b'<row r="3"><c r="B3" t="inlineStr"><is><t>')
        for _ in range(size // 1000): sheet.write(b"A" * 1000)
        sheet.write(b"</t></is></c></row>")
    sheet.write(b"</sheetData></worksheet>"); sheet.close()
)PY";
} // namespace

TEST_CASE("A cell longer than Excel's 32,767 characters is refused without being echoed", "[sheet][hostile]")
{
    test::TempDir tmp;
    // .xlsx, inline and shared: one character over the limit is already too long.
    for (const char *kind : {"inline", "shared"}) {
        const QString xlsx = tmp.file(QStringLiteral("long-%1.xlsx").arg(QLatin1String(kind)));
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QString::fromLatin1(kLongCellXlsx), xlsx, QStringLiteral("1000000"),
                 QLatin1String(kind)});
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitCode() == 0);
        const Read r = readAll(xlsx);
        INFO(kind << ": " << r.error.toStdString());
        CHECK(r.result == SheetSource::Result::Failed);
        CHECK(r.error.contains(QStringLiteral("32,767")));
        CHECK(r.error.size() < 400); // the cell is not in the message
        CHECK_FALSE(r.error.contains(QStringLiteral("AAAA")));
        if (QLatin1String(kind) == QLatin1String("inline"))
            CHECK(r.error.contains(QStringLiteral("after row 2, in column 2")));
    }

    // CSV: a long field, and a quote never closed that would swallow the rest of the file.
    const QString csv = tmp.file(QStringLiteral("long.csv"));
    writeFile(csv, "户主姓名,地址\n张三," + QByteArray(kMaxCellCharsForTest + 1, 'A') + "\n");
    Read r = readAll(csv);
    CHECK(r.result == SheetSource::Result::Failed);
    CHECK(r.error.contains(QStringLiteral("after row 1, in column 2")));
    writeFile(csv, "户主姓名,地址\n张三,\"东街" + QByteArray(200000, 'x').replace('x', "1号\n") + "\n");
    r = readAll(csv);
    CHECK(r.result == SheetSource::Result::Failed);
    CHECK(r.error.contains(QStringLiteral("32,767")));

    // Exactly at the limit is a cell like any other.
    writeFile(csv, "户主姓名,地址\n张三," + QByteArray(kMaxCellCharsForTest, 'A') + "\n");
    r = readAll(csv);
    REQUIRE(r.result == SheetSource::Result::Ok);
    CHECK(r.cell(2, 1).toString().size() == kMaxCellCharsForTest);
}

TEST_CASE("xlsx larger than a streamed piece: every row, in order, with its cells", "[sheet]")
{
    // The sheet part is inflated and parsed a piece at a time (about 1 MB, cut after a </row>):
    // 40,000 rows are several pieces, with shared strings and with inline strings.
    test::TempDir tmp;
    const int rows = 40000;
    for (const bool constantMemory : { false, true }) {
        INFO("constant memory (inline strings): " << constantMemory);
        const QString path = tmp.file(QStringLiteral("big-%1.xlsx").arg(constantMemory));
        lxw_workbook_options options {};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        lxw_worksheet *ws = workbook_add_worksheet(book, "户籍");
        for (int r = 0; r < rows; ++r) {
            worksheet_write_string(ws, lxw_row_t(r), 0, ("户主" + QByteArray::number(r)).constData(), nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 1, r, nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 2, "东村第十五村民小组 门牌", nullptr);
        }
        worksheet_merge_range(ws, lxw_row_t(rows + 1), 0, lxw_row_t(rows + 1), 2, "合计", nullptr);
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);

        int count = 0;
        int lastRow = 0;
        bool inOrder = true;
        QString error;
        const SheetSource::Result result = SheetSource::read(path, QString(), [&](int row, const QVariantList &cells) {
            if (row <= rows) {
                inOrder = inOrder && row == lastRow + 1 && cells.size() == 3
                       && cells.at(0).toString() == QStringLiteral("户主%1").arg(row - 1)
                       && cells.at(1).toDouble() == row - 1;
                ++count;
            } else {
                inOrder = inOrder && row == rows + 2 && cells.value(0).toString() == QStringLiteral("合计");
            }
            lastRow = row;
            return true;
        }, &error);
        INFO(error.toStdString());
        REQUIRE(result == SheetSource::Result::Ok);
        CHECK(count == rows);
        CHECK(lastRow == rows + 2);
        CHECK(inOrder);
    }
}
