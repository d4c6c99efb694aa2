// OpenDocument spreadsheets (.ods): every sheet is a <table:table> in content.xml; the chosen one
// is delivered row by row as parsed, and parsing stops at its end.

#include "import/sheets/SheetSourceXml.h"

#include <QTime>

namespace tl::sheetsource {

namespace {

// Excel's row limit; a damaged repeat count cannot run past it.
constexpr int kMaxRows = 1048576;

// Thrown at the end of the chosen sheet: the sheets after it need not be parsed.
struct SheetDone
{
};

// "PT10H30M05S" → 10:30:05; a duration of a day or more is no time of day, so it stays text.
QVariant isoDurationTime(std::string_view text)
{
    const QString iso = toQString(text);
    if (!iso.startsWith(QLatin1String("PT")))
        return iso;
    int parts[3] = { 0, 0, 0 };
    double seconds = 0;
    qsizetype start = 2;
    for (qsizetype i = 2; i < iso.size(); ++i) {
        const QChar unit = iso.at(i);
        if (!unit.isLetter())
            continue;
        const QStringView number = QStringView(iso).sliced(start, i - start);
        if (unit == u'H')
            parts[0] = number.toInt();
        else if (unit == u'M')
            parts[1] = number.toInt();
        else if (unit == u'S')
            seconds = number.toDouble();
        start = i + 1;
    }
    parts[2] = int(seconds);
    const QTime time(parts[0], parts[1], parts[2], int((seconds - parts[2]) * 1000));
    return time.isValid() ? QVariant(time) : QVariant(iso);
}

int repeatCount(std::string_view text)
{
    int value = 1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end != text.data() && value > 0 ? value : 1;
}

// content.xml: collects the sheet names and, when a sheet is chosen, delivers its rows.
class ContentHandler : public orcus::sax_handler
{
public:
    // Delivers the sheet named wantedName, or failing that (an empty name) the one at
    // wantedIndex; with neither it only collects the names.
    ContentHandler(const QString &wantedName, int wantedIndex, const RowSink *sink)
        : m_wantedName(wantedName)
        , m_wantedIndex(wantedIndex)
        , m_row(sink ? *sink : m_noSink)
    {
    }

    QStringList names;
    bool found = false;

    void end_declaration(std::string_view) { m_attributes.clear(); }
    void attribute(const orcus::sax::parser_attribute &a) { m_attributes.add(a); }

    void start_element(const orcus::sax::parser_element &e)
    {
        if (e.name == "table" && e.ns == "table")
            startTable();
        else if (m_inWanted && m_tableDepth == 1)
            startInTable(e);
        m_attributes.clear();
    }

    void end_element(const orcus::sax::parser_element &e)
    {
        if (e.name == "table" && e.ns == "table") {
            if (--m_tableDepth == 0 && m_inWanted)
                throw SheetDone {};
        } else if (m_inWanted && m_tableDepth == 1) {
            endInTable(e);
        }
    }

    void characters(std::string_view text, bool)
    {
        if (m_inParagraph && m_skipDepth == 0)
            appendCellText(m_text, text, m_column);
    }

private:
    void startTable()
    {
        if (m_tableDepth++ > 0)
            return; // a table inside a cell is part of that cell, not a sheet
        names.append(toQString(m_attributes.value("name", "table")));
        m_inWanted
            = m_wantedName.isEmpty() ? names.size() - 1 == m_wantedIndex : names.constLast() == m_wantedName;
        found = found || m_inWanted;
    }

    void startInTable(const orcus::sax::parser_element &e)
    {
        const std::string_view name = e.name;
        if (m_skipDepth > 0 || name == "annotation" || e.ns == "draw") {
            ++m_skipDepth; // comments and drawn shapes hold text that is not the cell's
        } else if (name == "table-row") {
            m_rowRepeat = repeatCount(m_attributes.value("number-rows-repeated", "table"));
            m_column = 0;
            m_row.clear();
        } else if (name == "table-cell" || name == "covered-table-cell") {
            startCell(name == "covered-table-cell");
        } else if (m_inCell) {
            startText(name);
        }
    }

    void endInTable(const orcus::sax::parser_element &e)
    {
        const std::string_view name = e.name;
        if (m_skipDepth > 0) {
            --m_skipDepth;
        } else if (name == "p" || name == "h") {
            m_inParagraph = false;
        } else if (name == "table-cell" || name == "covered-table-cell") {
            endCell();
        } else if (name == "table-row") {
            endRow();
        }
    }

    void startCell(bool covered)
    {
        m_inCell = true;
        m_covered = covered; // hidden under a merged cell: takes its column, not its content
        m_cellRepeat = repeatCount(m_attributes.value("number-columns-repeated", "table"));
        m_type.assign(m_attributes.value("value-type", "office"));
        m_value.assign(m_attributes.value(m_type == "date" ? "date-value"
                : m_type == "time"                         ? "time-value"
                : m_type == "boolean"                      ? "boolean-value"
                : m_type == "string"                       ? "string-value"
                                                           : "value",
            "office"));
        m_text.clear();
        m_paragraphs = 0;
    }

    // Paragraphs are lines; <text:s text:c="3"/> is three spaces.
    void startText(std::string_view name)
    {
        if (name == "p" || name == "h") {
            if (m_paragraphs++ > 0)
                m_text.push_back('\n');
            m_inParagraph = true;
        } else if (name == "s" && m_inParagraph) {
            m_text.append(size_t(qBound(1, repeatCount(m_attributes.value("c", "text")), 1000)), ' ');
        } else if (name == "tab" && m_inParagraph) {
            m_text.push_back('\t');
        } else if (name == "line-break" && m_inParagraph) {
            m_text.push_back('\n');
        }
    }

    void endCell()
    {
        m_inCell = false;
        const QVariant value = m_covered ? QVariant() : cellValue();
        const int repeat = qMin(m_cellRepeat, kMaxColumns - qMin(m_column, kMaxColumns));
        for (int i = 0; value.isValid() && i < repeat; ++i)
            m_row.set(m_column + i, value);
        m_column += repeat;
    }

    // A repeated row stands for that many equal rows; LibreOffice writes equal neighbours so.
    void endRow()
    {
        const int repeat = qMin(m_rowRepeat, kMaxRows - qMin(m_rowNumber, kMaxRows));
        const QVariantList cells = m_row.cells();
        for (int i = 0; !cells.isEmpty() && i < repeat; ++i) {
            for (int c = 0; i > 0 && c < cells.size(); ++c)
                m_row.set(c, cells.at(c));
            m_row.deliverOrThrow(m_rowNumber + i + 1);
        }
        m_row.clear();
        m_rowNumber = qMin(kMaxRows, m_rowNumber + qMin(m_rowRepeat, kMaxRows));
    }

    // The cell by its value type: the value attribute holds a formula's last result too.
    QVariant cellValue() const
    {
        double number = 0;
        if ((m_type == "float" || m_type == "percentage" || m_type == "currency")
            && parseDouble(m_value, &number))
            return number;
        if (m_type == "date" && !m_value.empty())
            return isoDateValue(m_value);
        if (m_type == "time" && !m_value.empty())
            return isoDurationTime(m_value);
        if (m_type == "boolean" && !m_value.empty())
            return m_value == "true" || m_value == "1";
        if (m_type == "string" && !m_value.empty())
            return toQString(m_value);
        return m_text.empty() ? QVariant() : QVariant(toQString(m_text));
    }

    const RowSink m_noSink = [](int, const QVariantList &) { return true; };
    const QString m_wantedName;
    const int m_wantedIndex;
    RowBuilder m_row;
    XmlAttributes m_attributes;
    std::string m_type;
    std::string m_value;
    std::string m_text;
    int m_tableDepth = 0;
    int m_skipDepth = 0;
    int m_rowNumber = 0;
    int m_rowRepeat = 1;
    int m_column = 0;
    int m_cellRepeat = 1;
    int m_paragraphs = 0;
    bool m_inWanted = false;
    bool m_inCell = false;
    bool m_covered = false;
    bool m_inParagraph = false;
};

std::vector<unsigned char> content(const QString &path)
{
    const ZipPackage zip(path);
    return zip.read("content.xml");
}

// One pass over content.xml with `handler`; false when it stopped at the end of its sheet.
bool parseContent(const std::vector<unsigned char> &xml, ContentHandler &handler)
{
    try {
        parseXml(xml, handler);
    } catch (const SheetDone &) {
        return false;
    }
    return true;
}

} // namespace

QStringList odsSheetNames(const QString &path, QString *error)
{
    try {
        ContentHandler handler({}, -1, nullptr);
        parseXml(content(path), handler);
        return handler.names;
    } catch (const std::exception &e) {
        setError(error, damagedMessage(path, "ods", QString::fromUtf8(e.what())));
    }
    return {};
}

Result readOds(const QString &path, const QString &sheet, const RowSink &sink, QString *error)
{
    try {
        const std::vector<unsigned char> xml = content(path);
        // Usually one pass: the sheet is found by its exact name (or is the first) as parsing
        // reaches it. Only a name that differs in case or blanks needs the names first.
        ContentHandler handler(sheet, 0, &sink);
        parseContent(xml, handler);
        if (handler.found)
            return Result::Ok;
        const int index = chooseSheet(path, handler.names, sheet, error);
        if (index < 0)
            return Result::Failed;
        ContentHandler second({}, index, &sink);
        parseContent(xml, second);
        return Result::Ok;
    } catch (const Cancelled &) {
        return Result::Cancelled;
    } catch (const std::exception &e) {
        setError(error, damagedMessage(path, "ods", QString::fromUtf8(e.what())));
    }
    return Result::Failed;
}

} // namespace tl::sheetsource
