#pragma once

// The pieces SheetSource's readers share; not part of the API (see SheetSource.h).

#include "import/sheets/SheetSource.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace tl::sheetsource {

using Result = SheetSource::Result;
using RowSink = SheetSource::RowSink;

// Thrown from inside a parser's callbacks when the sink asks to stop, and caught by the reader
// around the parse. Not an std::exception, so no "catch (const std::exception &)" swallows it.
struct Cancelled
{
};

// Excel's limit for the text of one cell. A longer cell is not something a clerk typed (a hostile
// or broken file): reading stops at once, the text is not copied further, and the message does
// not echo it. Thrown from the readers (not an std::exception, like Cancelled) and turned into
// the message by SheetSource::read, which knows the row being read.
constexpr qsizetype kMaxCellChars = 32767;
constexpr size_t kMaxCellBytes = size_t(kMaxCellChars) * 4; // UTF-8: no cell within the limit is longer
struct CellTooLong
{
    int column = -1; // 0-based; -1 when not known (a shared string of a workbook)
};
// Appends parser text to a cell being collected, refusing it past the limit.
inline void appendCellText(std::string &cell, std::string_view text, int column = -1)
{
    if (cell.size() + text.size() > kMaxCellBytes)
        throw CellTooLong{column};
    cell.append(text);
}

// Columns beyond this are ignored: Excel's own limit (XFD), so a stray cell far to the right
// cannot make every row a 16,000-cell list by accident of a damaged file.
constexpr int kMaxColumns = 16384;

// Collects the cells of the row being read and hands the row to the sink.
class RowBuilder
{
public:
    explicit RowBuilder(const RowSink &sink)
        : m_sink(sink)
    {
    }

    // column is 0-based. An invalid value leaves the cell empty.
    void set(int column, const QVariant &value);
    bool isEmpty() const { return m_cells.isEmpty(); }
    // Delivers the row as rowNumber unless it is blank, and starts the next row.
    // False when the sink asked to stop.
    bool deliver(int rowNumber);
    // The same, but throws Cancelled instead of answering false (for parser callbacks).
    void deliverOrThrow(int rowNumber)
    {
        if (!deliver(rowNumber))
            throw Cancelled {};
    }
    // The cells collected so far (deliver() clears them).
    const QVariantList &cells() const { return m_cells; }
    void clear() { m_cells.clear(); }

private:
    const RowSink &m_sink;
    QVariantList m_cells;
};

// A row is left out when no cell holds anything but blanks.
bool isBlankRow(const QVariantList &cells);

// The file as messages name it.
inline QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Which of `names` the caller asked for: empty = the first; otherwise the exact name, or failing
// that the same name ignoring case and surrounding blanks (Excel treats sheet names so).
// -1 with *error set (naming the sheets there are) when there is no such sheet.
int chooseSheet(const QString &path, const QStringList &names, const QString &sheet, QString *error);

// "%1 is damaged or not a valid %2 file: %3".
QString damagedMessage(const QString &path, const char *format, const QString &detail);

void setError(QString *error, const QString &message);

// The readers, one per format. They assume detect() has named their format.
QStringList xlsxSheetNames(const QString &path, QString *error);
Result readXlsx(const QString &path, const QString &sheet, const RowSink &sink, QString *error);
QStringList odsSheetNames(const QString &path, QString *error);
Result readOds(const QString &path, const QString &sheet, const RowSink &sink, QString *error);
QStringList xlsSheetNames(const QString &path, QString *error);
Result readXls(const QString &path, const QString &sheet, const RowSink &sink, QString *error);
Result readCsv(const QString &path, const RowSink &sink, QString *error);

// For detect(): whether the start of a text file decodes (UTF-8, UTF-16 with BOM or GB18030).
bool looksLikeText(const QByteArray &head);

// Whether `decoder` takes `bytes` without an invalid sequence (an incomplete one at the end is
// fine: the next chunk completes it).
inline bool decodesCleanly(QStringDecoder &&decoder, QByteArrayView bytes)
{
    const QString text = decoder.decode(bytes); // EncodedData decodes only when converted
    return decoder.isValid() && !decoder.hasError();
}

} // namespace tl::sheetsource
