#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace tl {

// Reads the rows of a spreadsheet or CSV file one at a time, so a 200,000-row sheet streams
// instead of being loaded as a whole model:
//  - .xlsx and .ods through liborcus' zip archive and SAX parser (cells delivered as they are
//    parsed; SheetSourceXml.h says why not through orcus' spreadsheet import interface),
//  - legacy .xls (BIFF) through libfreexl,
//  - .csv / .txt in UTF-8, UTF-8 with BOM, UTF-16 with BOM or GB18030 (detected), separated by
//    comma, tab or semicolon (detected), with quoted fields that may hold separators, quotes and
//    line breaks.
// The format is told by the file's content, never by its name: a PDF renamed to .xlsx, a
// directory, a 0-byte file or a binary blob get a clear, translated reason and are not read.
//
// Cells are delivered as QVariant: QString for text (as stored, not trimmed), double for a
// number (an Excel date is a number with a date format: the serial is delivered as double),
// bool for a boolean cell, QDate / QDateTime where the format itself says date (.ods, .xls),
// QTime for a time of day there; an invalid QVariant for an empty cell. A formula cell gives its
// last calculated value (none when the writer never calculated it, as openpyxl). CSV cells are
// always QString.
class SheetSource
{
    Q_DECLARE_TR_FUNCTIONS(SheetSource)
public:
    enum class Format { Unknown, Xlsx, Ods, Xls, Csv };
    enum class Result { Ok, Cancelled, Failed };

    // rowNumber is the row as the clerk sees it in the sheet (1-based; for CSV the record
    // number, 1 = first line). Rows with no non-empty cell are not delivered. Trailing empty
    // cells may be left off. Return false to stop reading (cancel).
    using RowSink = std::function<bool(int rowNumber, const QVariantList &cells)>;

    // The format of the file by its content; Unknown with *error set when it is not a table we
    // can read (missing, a directory, empty, a PDF, an image, a zip that is not a workbook …).
    static Format detect(const QString &path, QString *error);
    static QString formatName(Format format); // "xlsx", "ods", "xls", "csv"

    // The sheet names in workbook order; a CSV has one sheet named after the file (base name).
    // Empty with *error set on failure.
    static QStringList sheetNames(const QString &path, QString *error);

    // Streams the rows of `sheet` (empty = the first sheet) to `sink`. *error is set when
    // Failed (file unreadable or damaged, unknown sheet name — naming the sheets there are).
    static Result read(const QString &path, const QString &sheet, const RowSink &sink, QString *error);

    // Legacy .xls files are read by a small helper program, township-ledger-xls, because libfreexl
    // crashes on some damaged files: its crash, hang or garbled answer becomes a "damaged file"
    // message (SheetSourceXls.cpp). It is looked for beside the running program
    // (QCoreApplication::applicationDirPath()); setXlsHelper(), or else the environment variable
    // TL_XLS_HELPER, names another (the test suites point at the one they built).
    static void setXlsHelper(const QString &path);
    static QString xlsHelper();
    // How long the helper may take before the file counts as damaged (default 120 s).
    static void setXlsHelperTimeout(int milliseconds);
};

} // namespace tl
