#pragma once

// Reading legacy .xls (BIFF in an OLE2 container) through libfreexl in the calling process.
//
// libfreexl 1.0.6 crashes (SIGSEGV, double free) on some damaged files — found by the fuzz_xls
// target (tests/fuzz/known-crashes/fuzz_xls/), not fixable from here. So the programs never call
// these functions themselves: SheetSource starts the small helper program township-ledger-xls
// (app/xls), which calls them and writes the cells to its output (writeXlsHelperOutput), and a
// crash there becomes a "damaged file" message. The fuzz_xls target calls them directly.

#include "import/sheets/SheetSource.h"

#include <QStringList>

#include <cstdio>

namespace tl::sheetsource {

// Why the reader stopped, in words that survive the trip from the helper program to SheetSource.
struct XlsProblem
{
    enum class Kind { None, Damaged, Password };
    Kind kind = Kind::None;
    QString detail; // for Damaged: what was wrong (the message's last part)
};

// The message for a problem, naming the file ("… is damaged or not a valid xls file: …").
QString xlsProblemMessage(const QString &path, const XlsProblem &problem);

// The sheet names (reading only the workbook's metadata). Empty with *problem (and *error, the
// message) set when the file cannot be opened.
QStringList xlsSheetNamesInProcess(const QString &path, XlsProblem *problem, QString *error);

// What a read found besides the rows.
struct XlsReadInfo
{
    QStringList names; // the sheets of the workbook
    int sheet = -1;    // the one read (chooseSheet on `names`), -1 when there is no such sheet
    XlsProblem problem;
};

// Opens the workbook, chooses `sheet` among its sheets as chooseSheet() does (empty = the first),
// and streams its rows to `sink`. Failed with *error set on a problem or an unknown sheet name.
SheetSource::Result readXlsInProcess(const QString &path, const QString &sheet, const SheetSource::RowSink &sink,
                                     XlsReadInfo *info, QString *error);

// The helper program's work (app/xls/main.cpp is only a main() around it):
//   township-ledger-xls --sheets FILE
//   township-ledger-xls --read FILE [--sheet NAME]
// writes what it finds to `out` in the format that SheetSource reads back (SheetSourceXls.cpp
// describes it). Exit code: 0 when the output is complete (a file libfreexl refuses is still a
// complete answer), 64 on wrong arguments, 74 when the output cannot be written.
int xlsHelperMain(const QStringList &arguments, std::FILE *out);

} // namespace tl::sheetsource
