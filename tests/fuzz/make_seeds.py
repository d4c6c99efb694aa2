#!/usr/bin/python3
"""Writes the seed corpus of the fuzz targets: tests/fuzz/corpus/<target>/.

Usage: /usr/bin/python3 tests/fuzz/make_seeds.py   (needs python3-openpyxl, python3-odf, python3-xlwt)

The seeds are kept small on purpose (a few files per target): libFuzzer grows its own corpus
from them in a copy (run.sh); the committed corpus is only rewritten by this script.
"""
import datetime
import io
import os
import shutil
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")


def put(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def id_check(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_check(first17):
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    return USCC[(31 - sum(USCC.index(c) * w for c, w in zip(first17, weights)) % 31) % 31]


def full_width(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x20 < ord(c) < 0x7F else c for c in s)


def id_numbers():
    male = "37132119850315003"
    female = "11010519491231002"
    put("fuzz_id_number", "valid_male", male + id_check(male))
    put("fuzz_id_number", "valid_x_lower", female + id_check(female).lower())
    put("fuzz_id_number", "full_width_spaced", full_width(male[:6]) + " " + full_width(male[6:]) + id_check(male))
    put("fuzz_id_number", "wrong_check", male + ("0" if id_check(male) != "0" else "1"))
    bad_date = "37132119850230001"
    put("fuzz_id_number", "feb_30", bad_date + id_check(bad_date))
    put("fuzz_id_number", "fifteen_digits", "371321850315003")
    put("fuzz_id_number", "mobile", "+86 138-1234-5678")
    put("fuzz_id_number", "landline", "0539-7654321-12")


def credit_codes():
    for name, first17 in [("valid_company", "91370100MA3C8Y7X0"), ("valid_cooperative", "93371321MA3N4P5Q6"),
                          ("valid_village", "54371321MF1234567")]:
        put("fuzz_credit_code", name, first17 + uscc_check(first17))
    c = "91370100MA3C8Y7X0"
    put("fuzz_credit_code", "lower_full_width", full_width(c.lower()) + uscc_check(c))
    put("fuzz_credit_code", "letter_o", "91370100MO3C8Y7X0" + "1")
    put("fuzz_credit_code", "seventeen", c)


def dates():
    # The first byte also chooses the decimals of the amount parse (byte % 5).
    texts = ["2026-03-05", "2026/3/5", "2026.3.5", "2026年3月5日", "20260305", "１９８５年３月",
             "1985.03", "198503", "45000", "45000.75", "2026-02-30", "是", "√", "no", "12人", "1,234.50",
             "¥1234", "0.1万元", "1.23457E+17", "371321198503150036"]
    for i, t in enumerate(texts):
        put("fuzz_dates", "text_%02d" % i, t)
    for name, v in [("serial", 45000.0), ("yyyymmdd_number", 20260305.0), ("fraction", 0.5),
                    ("id_as_number", 3.71321198503150e17)]:
        put("fuzz_dates", "double_" + name, struct.pack("<d", v))


def csvs():
    rows = [["村名", "户主姓名", "身份证号", "人口", "是否低保", "登记日期"],
            ["青山村", "张三", "371321198503150036", "4", "是", "2026/3/5"],
            ["河口村", "李四, 小名", "11010519491231002X", "3人", "否", "2026年3月5日"]]

    def line(r, sep=","):
        out = []
        for c in r:
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            out.append(c)
        return sep.join(out)

    put("fuzz_csv", "utf8.csv", "\n".join(line(r) for r in rows) + "\n")
    put("fuzz_csv", "utf8_bom_crlf.csv", b"\xef\xbb\xbf" + "\r\n".join(line(r) for r in rows).encode())
    put("fuzz_csv", "gb18030.csv", ("\r\n".join(line(r) for r in rows) + "\r\n").encode("gb18030"))
    put("fuzz_csv", "tabs_title.txt", "2026年青山镇户籍台账\n" + "\n".join(line(r, "\t") for r in rows))
    put("fuzz_csv", "semicolon.csv", "\n".join(line(r, ";") for r in rows))
    put("fuzz_csv", "quotes.csv", 'a,b,c\n"x, ""quoted""","multi\nline",tail "q"\n"open,1\n')
    put("fuzz_csv", "utf16le.csv", b"\xff\xfe" + "\r\n".join(line(r, "\t") for r in rows).encode("utf-16-le"))


def workbooks():
    rows = [["2026年 户籍台账", None, None], ["户主姓名", "身份证号", "登记日期", "人口"],
            ["张三", "371321198503150036", datetime.datetime(2026, 3, 5), 4],
            ["李四", "11010519491231002X", "2026/3/5", 3.5], [None, None, None, None], ["王五", True, 45000, None]]

    import openpyxl
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "户籍"
    for r in rows:
        ws.append(r)
    ws["C3"].number_format = "yyyy-mm-dd"
    ws.merge_cells("A1:D1")
    book.create_sheet("空表")
    buf = io.BytesIO()
    book.save(buf)
    put("fuzz_spreadsheet", "book.xlsx", buf.getvalue())

    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("户籍")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                ws.write(i, j, v, date_style if isinstance(v, datetime.datetime) else xlwt.Style.default_style)
    book.add_sheet("Sheet2").write(0, 0, "x")
    buf = io.BytesIO()
    book.save(buf)
    put("fuzz_xls", "book.xls", buf.getvalue())

    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    table = Table(name="户籍")
    for r in rows:
        tr = TableRow()
        for v in r:
            if v is None:
                tr.addElement(TableCell())
            elif isinstance(v, datetime.datetime):
                tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"))
                tc.addElement(P(text=v.strftime("%Y-%m-%d")))
                tr.addElement(tc)
            elif isinstance(v, bool):
                tc = TableCell(valuetype="boolean", booleanvalue="true" if v else "false")
                tc.addElement(P(text="TRUE" if v else "FALSE"))
                tr.addElement(tc)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, numbercolumnsrepeated=1)
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=v))
                tr.addElement(tc)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.save(buf)
    put("fuzz_spreadsheet", "book.ods", buf.getvalue())

    # A zip that is not a workbook, and a minimal hand-made xlsx (shared strings, inline string).
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>姓名</t></si><si><r><t>张</t></r><r><t>三</t></r></si></sst>')
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>日期</t></is></c></row><row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3" s="0"><v>45000</v></c><c r="XFD3" t="b"><v>1</v></c></row></sheetData></worksheet>')
    put("fuzz_spreadsheet", "handmade.xlsx", buf.getvalue())


def templates():
    # One byte for the kind (0 resolution, 1 result, 2 finance, 3 general), then title NUL body [NUL value].
    def t(name, kind, title, body, value=None):
        parts = [title, body] + ([value] if value is not None else [])
        put("fuzz_notice_template", name, bytes([kind]) + "\0".join(parts).encode("utf-8"))

    t("resolution", 0, "关于{{matter}}的决议公开",
      "全体村民：\n\n{{matter}}（{{category}}，金额{{amount}}元）经以下会议：\n\n{{meetings}}\n\n{{outcome}}\n\n"
      "公开期{{period_start}}至{{period_end}}，监督电话{{supervision_phone}}。")
    t("result", 1, "Notice of the result of {{ matter }}",
      "To all villagers of {{village}}:\n\n{{result}} resolved on {{resolution_date}}.",
      "张三 371321198503150036 13812345678")
    t("finance", 2, "{{village}}{{period}}财务公开", "{{content}}\n\n{{items_table}}\n\n收入{{income_total}}，支出{{expense_total}}。")
    t("general", 3, "{{title}}", "{{content}}\n\n{{kind}} {{issuer}} {{date}} {{township}}", "<b>第一段</b>\n\n第二段：")
    t("unknown_placeholder", 0, "{{matter}}", "{{nonsense}}")
    t("unbalanced", 3, "{{title}", "text }} {{ {{content}}")


if __name__ == "__main__":
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    id_numbers()
    credit_codes()
    dates()
    csvs()
    workbooks()
    templates()
    for target in sorted(os.listdir(CORPUS)):
        files = os.listdir(os.path.join(CORPUS, target))
        size = sum(os.path.getsize(os.path.join(CORPUS, target, f)) for f in files)
        print("%-22s %2d seeds, %6d bytes" % (target, len(files), size))
