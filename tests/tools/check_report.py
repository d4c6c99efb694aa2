#!/usr/bin/python3
"""Reads an exported quarterly report back with openpyxl and checks it against the ledger (sqlite3).

Usage: check_report.py report.xlsx ledger masked|unmasked
       check_report.py --rollup county.xlsx ledger...
Exits 1 with a message on the first problem; prints "ok" otherwise.
"""
import re
import sqlite3
import sys

import openpyxl

ID_MASKED = re.compile(r"^\d{6}\*{8}[\dX]{4}$")
ID_FULL = re.compile(r"^\d{17}[\dX]$")


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def header_row(ws):
    return [c.value for c in ws[2]]


def check_sheet_basics(ws):
    check(ws.freeze_panes == "A3", f"{ws.title}: header not frozen ({ws.freeze_panes})")
    check(ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A2:"), f"{ws.title}: no autofilter")
    check(ws.page_setup.orientation == "landscape", f"{ws.title}: not landscape")
    check(str(ws.page_setup.paperSize) == "9", f"{ws.title}: not A4")
    check(ws.print_title_rows is not None, f"{ws.title}: header row not repeated when printed")
    check(ws["A1"].value and ws["A1"].font.b, f"{ws.title}: no bold title row")
    check(ws["A2"].font.b, f"{ws.title}: header not bold")
    check(any(str(r).startswith("A1:") for r in ws.merged_cells.ranges), f"{ws.title}: title row not merged")


def check_report(path, ledger, masked):
    wb = openpyxl.load_workbook(path)
    expected = ["Summary", "Two committees", "Matters", "Disclosures", "Grids", "Findings", "Charts"]
    check(wb.sheetnames == expected, f"sheets {wb.sheetnames}")
    for name in expected[:-1]:
        check_sheet_basics(wb[name])
    db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)

    summary = wb["Summary"]
    headers = header_row(summary)
    check(headers[:3] == ["Village", "Households", "People in households (sum of members)"],
          f"summary headers {headers[:3]}")
    villages = [r[0] for r in db.execute("SELECT name FROM village ORDER BY id")]
    rows = list(summary.iter_rows(min_row=3, values_only=True))
    findings = list(wb["Findings"].iter_rows(min_row=3, values_only=True))
    township_wide = [r for r in rows if r[0] == "Township-wide"]
    if township_wide:
        rows.remove(township_wide[0])
    check(len(rows) == len(villages) + 1, f"{len(rows)} summary rows for {len(villages)} villages")
    # The findings column adds up to the rows of the Findings sheet.
    col = headers.index("Findings")
    counted = sum(r[col] or 0 for r in rows[:-1]) + sum(r[col] or 0 for r in township_wide)
    check(counted == len(findings), f"summary counts {counted} findings, the sheet has {len(findings)}")
    # Grids: every grid of the Grids sheet is counted in the summary.
    grid_rows = list(wb["Grids"].iter_rows(min_row=3, values_only=True))
    check(sum(r[headers.index("Grids")] or 0 for r in rows[:-1]) == len(grid_rows), "grid counts differ from the Grids sheet")
    for row, name in zip(rows, villages):
        check(row[0] == name, f"village {row[0]} != {name}")
        households, people = db.execute(
            "SELECT COUNT(*), TOTAL(people) FROM household h JOIN village v ON v.id = h.village_id WHERE v.name = ?",
            (name,)).fetchone()
        check(row[1] == households, f"{name}: households {row[1]} != {households}")
        check(row[2] == people, f"{name}: people {row[2]} != {people}")
        check(isinstance(row[1], (int, float)), f"{name}: households is not a number")
    total = rows[-1]
    check(total[0] == "Total", "no totals row")
    last = 2 + len(villages) + len(township_wide)
    check(total[1] == f"=SUM(B3:B{last})", f"households total formula {total[1]}")
    check(str(total[7]).startswith("=IF(SUM(T3:T") and "SUMPRODUCT" in str(total[7]),
          f"average age formula {total[7]} is not weighted by the members with a known birth date")

    members = wb["Two committees"]
    check(header_row(members)[10] == "ID number", "ID column")
    ids = [r[10] for r in members.iter_rows(min_row=3, values_only=True) if r[10]]
    check(len(ids) > 0, "no members")
    pattern = ID_MASKED if masked else ID_FULL
    for value in ids:
        check(isinstance(value, str), f"ID {value!r} is not a text cell")
        check(pattern.match(value), f"ID {value} is not {'masked' if masked else 'complete'}")
    if not masked:
        known = {r[0] for r in db.execute("SELECT id_number FROM person")}
        check(all(v in known for v in ids), "an exported ID is not in the ledger")
    birth = members["D3"].value
    check(hasattr(birth, "year"), f"birth date {birth!r} is not a date cell")

    disclosures = wb["Disclosures"]
    check(header_row(disclosures)[:2] == ["Village", "Kind"], f"disclosure headers {header_row(disclosures)}")
    lines = list(disclosures.iter_rows(min_row=3, values_only=True))
    check(len(lines) == 3 * len(villages), f"{len(lines)} disclosure lines for {len(villages)} villages")
    for line in lines:
        periods, due, done, on_time, late, missing = line[2:8]
        check(done == on_time + late and due == done + missing and due <= periods, f"disclosure figures {line}")
        check((late == 0) == (not line[8]) and (missing == 0) == (not line[9]), f"late/missing lists {line}")

    matters = wb["Matters"]
    check(matters.max_row >= 3, "no matters in the quarter")
    charts = wb["Charts"]
    check(len(charts._charts) == 3, f"{len(charts._charts)} charts")
    print("ok")


def check_rollup(path, ledgers):
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["Townships", "Villages", "Disclosures"], f"sheets {wb.sheetnames}")
    for ws in wb.worksheets:
        check_sheet_basics(ws)
    towns = list(wb["Townships"].iter_rows(min_row=3, values_only=True))
    check(len(towns) == len(ledgers) + 1, f"{len(towns)} township rows")
    village_rows = list(wb["Villages"].iter_rows(min_row=3, values_only=True))
    expected = 0
    for ledger, row in zip(ledgers, towns):
        db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
        name = db.execute("SELECT name FROM township").fetchone()[0]
        n = db.execute("SELECT COUNT(*) FROM village").fetchone()[0]
        households = db.execute("SELECT COUNT(*) FROM household").fetchone()[0]
        check(row[0] == name, f"township {row[0]} != {name}")
        check(row[1] == n, f"{name}: villages {row[1]} != {n}")
        check(row[2] == households, f"{name}: households {row[2]} != {households}")
        expected += n
    check(towns[-1][0] == "Total" and str(towns[-1][2]).startswith("=SUM("), "rollup totals")
    check(len(village_rows) == expected, f"{len(village_rows)} village rows, {expected} expected")
    print("ok")


if __name__ == "__main__":
    if sys.argv[1] == "--rollup":
        check_rollup(sys.argv[2], sys.argv[3:])
    else:
        check_report(sys.argv[1], sys.argv[2], sys.argv[3] == "masked")
