#!/usr/bin/python3
"""Writes a spreadsheet fixture for the import tests, the way Excel, WPS or LibreOffice would.

Usage: make_sheet.py OUT.(xlsx|xls|ods) < spec.json
spec: {"sheets": [{"name": "...", "rows": [[cell, ...], ...], "merges": ["A1:F1"]}]}
A cell is a string, a number (written as a numeric cell), null (empty), or {"date": "2026-03-05"}
(a date cell in the format's own date type).
"""
import datetime
import json
import sys


def cell_value(cell):
    if isinstance(cell, dict) and "date" in cell:
        return datetime.datetime.strptime(cell["date"], "%Y-%m-%d")
    return cell


def write_xlsx(path, spec):
    import openpyxl
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in spec["sheets"]:
        ws = book.create_sheet(sheet["name"])
        for r, row in enumerate(sheet["rows"], start=1):
            for c, cell in enumerate(row or [], start=1):
                v = cell_value(cell)
                if v is None:
                    continue
                ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime.datetime):
                    ws.cell(row=r, column=c).number_format = "yyyy-mm-dd"
        for m in sheet.get("merges", []):
            ws.merge_cells(m)
    book.save(path)


def write_xls(path, spec):
    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for sheet in spec["sheets"]:
        ws = book.add_sheet(sheet["name"])
        for r, row in enumerate(sheet["rows"]):
            for c, cell in enumerate(row or []):
                v = cell_value(cell)
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    ws.write(r, c, v, date_style)
                else:
                    ws.write(r, c, v)
    book.save(path)


def write_ods(path, spec):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sheet in spec["sheets"]:
        table = Table(name=sheet["name"])
        for row in sheet["rows"]:
            tr = TableRow()
            for cell in row or []:
                v = cell_value(cell)
                if v is None:
                    tc = TableCell()
                elif isinstance(v, datetime.datetime):
                    tc = TableCell(valuetype="date", datevalue=v.strftime("%Y-%m-%d"))
                    tc.addElement(P(text=v.strftime("%Y-%m-%d")))
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(path)


def main():
    path = sys.argv[1]
    spec = json.load(sys.stdin)
    if path.endswith(".xlsx"):
        write_xlsx(path, spec)
    elif path.endswith(".xls"):
        write_xls(path, spec)
    elif path.endswith(".ods"):
        write_ods(path, spec)
    else:
        sys.exit("unknown format: " + path)


if __name__ == "__main__":
    main()
