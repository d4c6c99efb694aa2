#pragma once

// A thin C++ layer over libxlsxwriter: owns the workbook, keeps the formats the reports share and
// tracks column widths so every sheet fits Chinese text. Rows must be written in order
// (constant_memory mode streams each row to disk as the next one starts).

#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

#include <xlsxwriter.h>

namespace tl {

class XlsxSheet;

class XlsxWorkbook
{
public:
    explicit XlsxWorkbook(const QString &path, bool constantMemory = true);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    bool isOpen() const { return m_workbook != nullptr; }
    XlsxSheet *addSheet(const QString &name);
    lxw_chart *addChart(uint8_t type) { return workbook_add_chart(m_workbook, type); }
    // A bordered cell format with its own number format (e.g. "是";"是";"否").
    lxw_format *numberFormat(const QString &format, bool bold = false);
    // Writes the file; false with *error when libxlsxwriter could not.
    bool close(QString *error);

    qint64 cells = 0; // written so far, for the benchmark's floor comparison
    // Every text cell goes through Masking::freeText (ID and mobile numbers masked wherever they
    // stand) unless the caller asked for full personal data (an internal report).
    bool maskPersonalData = false;

    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *number = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *date = nullptr;
    lxw_format *total = nullptr;
    lxw_format *totalDecimal = nullptr;
    lxw_format *totalPercent = nullptr;

private:
    lxw_workbook *m_workbook = nullptr;
    QList<XlsxSheet *> m_sheets;
};

class XlsxSheet
{
public:
    XlsxSheet(XlsxWorkbook &book, lxw_worksheet *sheet, const QString &name) : m_book(book), m_sheet(sheet), m_name(name) {}

    // A merged title row, then a bold filled header row: frozen, filtered, repeated when printed.
    void begin(const QString &title, const QStringList &headers);
    void text(int col, const QString &value);   // always a TEXT cell: ID numbers keep every digit
    void number(int col, double value, bool decimals = false);
    void integer(int col, qint64 value) { number(col, double(value), false); }
    void percent(int col, double fraction);
    void date(int col, const QDate &value);
    void formula(int col, const QString &formula, lxw_format *format = nullptr);
    void nextRow() { ++m_row; }
    int row() const { return m_row; }
    int firstDataRow() const { return m_headerRow + 1; }
    // Finishes: autofilter over the data, column widths, A4 landscape fit to width.
    void finish();
    lxw_worksheet *raw() const { return m_sheet; }
    const QString &name() const { return m_name; }
    // "'汇总'!$B$3:$B$20" for charts and formulas.
    QString range(int firstRow, int col, int lastRow) const;
    static QString cell(int row, int col); // B3

private:
    void widen(int col, const QString &shown);

    XlsxWorkbook &m_book;
    lxw_worksheet *m_sheet;
    QString m_name;
    int m_row = 0;
    int m_headerRow = 0;
    int m_columns = 0;
    QVector<double> m_widths;
};

} // namespace tl
