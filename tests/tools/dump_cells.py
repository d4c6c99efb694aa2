#!/usr/bin/python3
"""Prints every cell of a workbook below its title row, sheet by sheet, one line per cell:
sheet, cell reference, value (formulas as written). Usage: dump_cells.py book.xlsx"""
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
for ws in book.worksheets:
    print(f"== {ws.title}")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.value is not None:
                print(f"{ws.title}\t{cell.coordinate}\t{cell.value!r}")
