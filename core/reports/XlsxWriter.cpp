#include "reports/XlsxWriter.h"

#include "model/Masking.h"

#include <QFile>

namespace tl {

XlsxWorkbook::XlsxWorkbook(const QString &path, bool constantMemory)
{
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_workbook)
        return;
    auto make = [&](bool bold, uint32_t fill, const char *numFormat, uint8_t align) {
        lxw_format *f = workbook_add_format(m_workbook);
        format_set_font_name(f, "SimSun");
        format_set_font_size(f, 11);
        if (bold)
            format_set_bold(f);
        if (fill)
            format_set_bg_color(f, fill);
        if (numFormat)
            format_set_num_format(f, numFormat);
        if (align)
            format_set_align(f, align);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        return f;
    };
    title = workbook_add_format(m_workbook);
    format_set_font_name(title, "SimHei");
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    header = make(true, 0xD9E1F2, nullptr, LXW_ALIGN_CENTER);
    format_set_text_wrap(header);
    text = make(false, 0, "@", 0);
    number = make(false, 0, "0", 0);
    decimal = make(false, 0, "0.00", 0);
    percent = make(false, 0, "0.0%", 0);
    date = make(false, 0, "yyyy-mm-dd", LXW_ALIGN_CENTER);
    total = make(true, 0xF2F2F2, "0", 0);
    totalDecimal = make(true, 0xF2F2F2, "0.00", 0);
    totalPercent = make(true, 0xF2F2F2, "0.0%", 0);
}

XlsxWorkbook::~XlsxWorkbook()
{
    qDeleteAll(m_sheets);
    if (m_workbook) {
        // Not closed on purpose (an error or a cancel): libxlsxwriter still owns memory and temp
        // files; closing writes them out, and the caller removes the partial file afterwards.
        workbook_close(m_workbook);
    }
}

XlsxSheet *XlsxWorkbook::addSheet(const QString &name)
{
    lxw_worksheet *ws = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!ws)
        return nullptr;
    auto *sheet = new XlsxSheet(*this, ws, name);
    m_sheets << sheet;
    return sheet;
}

lxw_format *XlsxWorkbook::numberFormat(const QString &numFormat, bool bold)
{
    lxw_format *f = workbook_add_format(m_workbook);
    format_set_font_name(f, "SimSun");
    format_set_font_size(f, 11);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_CENTER);
    if (bold) {
        format_set_bold(f);
        format_set_bg_color(f, 0xF2F2F2);
    }
    format_set_num_format(f, numFormat.toUtf8().constData());
    return f;
}

bool XlsxWorkbook::close(QString *error)
{
    if (!m_workbook) {
        if (error)
            *error = QStringLiteral("workbook could not be created");
        return false;
    }
    const lxw_error e = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (e != LXW_NO_ERROR) {
        if (error)
            *error = QString::fromUtf8(lxw_strerror(e));
        return false;
    }
    return true;
}

QString XlsxSheet::cell(int row, int col)
{
    QString letters;
    int c = col + 1;
    while (c > 0) {
        const int rem = (c - 1) % 26;
        letters.prepend(QChar(char16_t('A' + rem)));
        c = (c - 1) / 26;
    }
    return letters + QString::number(row + 1);
}

QString XlsxSheet::range(int firstRow, int col, int lastRow) const
{
    auto abs = [](const QString &cellRef) {
        int i = 0;
        while (i < cellRef.size() && cellRef.at(i).isLetter())
            ++i;
        return QLatin1Char('$') + cellRef.left(i) + QLatin1Char('$') + cellRef.mid(i);
    };
    return QStringLiteral("'%1'!%2:%3").arg(m_name, abs(cell(firstRow, col)), abs(cell(lastRow, col)));
}

void XlsxSheet::widen(int col, const QString &shown)
{
    if (col >= m_widths.size())
        m_widths.resize(col + 1, 8.0);
    // A CJK character is about two Latin characters wide in Excel's width unit.
    double w = 0;
    for (QChar c : shown)
        w += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    m_widths[col] = std::min(60.0, std::max(m_widths[col], w + 2));
}

void XlsxSheet::begin(const QString &title, const QStringList &headers)
{
    m_columns = int(headers.size());
    worksheet_set_row(m_sheet, 0, 30, nullptr);
    if (m_columns > 1)
        worksheet_merge_range(m_sheet, 0, 0, 0, lxw_col_t(m_columns - 1), title.toUtf8().constData(), m_book.title);
    else
        worksheet_write_string(m_sheet, 0, 0, title.toUtf8().constData(), m_book.title);
    m_headerRow = 1;
    worksheet_set_row(m_sheet, 1, 32, nullptr);
    for (int c = 0; c < m_columns; ++c) {
        worksheet_write_string(m_sheet, 1, lxw_col_t(c), headers[c].toUtf8().constData(), m_book.header);
        // Headers wrap, so they count for about half their length.
        widen(c, headers[c].left((headers[c].size() + 1) / 2 + 1));
    }
    m_row = 2;
}

void XlsxSheet::text(int col, const QString &given)
{
    ++m_book.cells;
    const QString value = m_book.maskPersonalData ? Masking::freeText(given) : given;
    worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(col), value.toUtf8().constData(), m_book.text);
    widen(col, value);
}

void XlsxSheet::number(int col, double value, bool decimals)
{
    ++m_book.cells;
    worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(col), value, decimals ? m_book.decimal : m_book.number);
    widen(col, QString::number(value, 'f', decimals ? 2 : 0));
}

void XlsxSheet::percent(int col, double fraction)
{
    ++m_book.cells;
    worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(col), fraction, m_book.percent);
    widen(col, QStringLiteral("100.0%"));
}

void XlsxSheet::date(int col, const QDate &value)
{
    ++m_book.cells;
    if (!value.isValid()) {
        worksheet_write_blank(m_sheet, lxw_row_t(m_row), lxw_col_t(col), m_book.date);
        return;
    }
    lxw_datetime dt{value.year(), value.month(), value.day(), 0, 0, 0};
    worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(col), &dt, m_book.date);
    widen(col, QStringLiteral("2026-12-31"));
}

void XlsxSheet::formula(int col, const QString &f, lxw_format *format)
{
    ++m_book.cells;
    worksheet_write_formula(m_sheet, lxw_row_t(m_row), lxw_col_t(col), f.toUtf8().constData(),
                            format ? format : m_book.total);
}

void XlsxSheet::finish()
{
    const int lastData = std::max(m_headerRow, m_row - 1);
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, lxw_row_t(m_headerRow), 0, lxw_row_t(lastData), lxw_col_t(m_columns - 1));
    worksheet_freeze_panes(m_sheet, lxw_row_t(m_headerRow + 1), 0);
    for (int c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths[c], nullptr);
    worksheet_set_landscape(m_sheet);
    worksheet_set_paper(m_sheet, 9); // A4
    worksheet_set_margins(m_sheet, 0.5, 0.5, 0.6, 0.6);
    worksheet_repeat_rows(m_sheet, lxw_row_t(m_headerRow), lxw_row_t(m_headerRow));
    worksheet_fit_to_pages(m_sheet, 1, 0);
    worksheet_center_horizontally(m_sheet);
}

} // namespace tl
