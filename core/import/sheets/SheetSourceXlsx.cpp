// Office Open XML workbooks (.xlsx): the package's relationships lead from the workbook to its
// sheets and shared strings; the chosen sheet's cells are delivered row by row as parsed.

#include "import/sheets/SheetSourceXml.h"

namespace tl::sheetsource {

namespace {

// "/xl/worksheets/sheet1.xml" (openpyxl) and "worksheets/sheet1.xml" relative to xl/ (Excel)
// name the same part; "../" steps out of the base folder.
std::string resolvePart(std::string_view baseDir, std::string_view target)
{
    std::string joined = !target.empty() && target.front() == '/'
        ? std::string(target.substr(1))
        : std::string(baseDir) + std::string(target);
    std::vector<std::string> segments;
    size_t start = 0;
    while (start <= joined.size()) {
        size_t end = joined.find('/', start);
        if (end == std::string::npos)
            end = joined.size();
        const std::string segment = joined.substr(start, end - start);
        if (segment == "..") {
            if (!segments.empty())
                segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string part;
    for (const std::string &s : segments)
        part += (part.empty() ? "" : "/") + s;
    return part;
}

std::string folderOf(std::string_view part)
{
    const size_t slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// The relationships part beside `part`: xl/workbook.xml → xl/_rels/workbook.xml.rels.
std::string relationshipsOf(std::string_view part)
{
    const std::string folder = folderOf(part);
    return folder + "_rels/" + std::string(part.substr(folder.size())) + ".rels";
}

// The character an _xHHHH_ escape at i stands for, or 0 when there is none.
char16_t escapedAt(QStringView text, qsizetype i)
{
    if (i + 7 > text.size() || text[i] != u'_' || text[i + 1] != u'x' || text[i + 6] != u'_')
        return 0;
    bool ok = false;
    const uint code = text.sliced(i + 2, 4).toUInt(&ok, 16);
    return ok ? char16_t(code) : 0;
}

// Excel writes characters XML cannot hold (a carriage return, say) as _xHHHH_.
QString excelText(std::string_view utf8)
{
    const QString text = toQString(utf8);
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const char16_t c = escapedAt(text, i)) {
            out.append(QChar(c));
            i += 6;
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

// Common ground of the handlers: attributes gathered for the element being opened.
struct XlsxHandler : orcus::sax_handler
{
    XmlAttributes attributes;
    // The XML declaration's version and encoding come as attributes too.
    void end_declaration(std::string_view) { attributes.clear(); }
    void attribute(const orcus::sax::parser_attribute &a) { attributes.add(a); }
};

struct Relationship
{
    std::string type;
    std::string target;
};

struct RelationshipsHandler : XlsxHandler
{
    std::unordered_map<std::string, Relationship> byId;

    void start_element(const orcus::sax::parser_element &e)
    {
        if (e.name == "Relationship" && attributes.value("TargetMode") != "External")
            byId[std::string(attributes.value("Id"))]
                = { std::string(attributes.value("Type")), std::string(attributes.value("Target")) };
        attributes.clear();
    }
    void end_element(const orcus::sax::parser_element &) { }
};

struct WorkbookHandler : XlsxHandler
{
    struct Sheet
    {
        QString name;
        std::string relationshipId;
    };
    std::vector<Sheet> sheets;

    void start_element(const orcus::sax::parser_element &e)
    {
        if (e.name == "sheet")
            sheets.push_back({ toQString(attributes.value("name")), std::string(attributes.value("id")) });
        attributes.clear();
    }
    void end_element(const orcus::sax::parser_element &) { }
};

// The shared string table: rich text runs joined, phonetic guides (<rPh>) left out.
struct SharedStringsHandler : XlsxHandler
{
    std::vector<QString> strings;
    std::string current;
    bool inText = false;
    int inPhonetic = 0;

    void start_element(const orcus::sax::parser_element &e)
    {
        if (e.name == "si")
            current.clear();
        else if (e.name == "t")
            inText = true;
        else if (e.name == "rPh")
            ++inPhonetic;
        attributes.clear();
    }
    void end_element(const orcus::sax::parser_element &e)
    {
        if (e.name == "si")
            strings.push_back(excelText(current));
        else if (e.name == "t")
            inText = false;
        else if (e.name == "rPh")
            --inPhonetic;
    }
    void characters(std::string_view text, bool)
    {
        if (inText && !inPhonetic)
            appendCellText(current, text);
    }
};

// "AB12" → 27 (0-based column); -1 when there are no letters.
int columnOf(std::string_view reference)
{
    int column = 0;
    size_t i = 0;
    for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z' && column <= kMaxColumns; ++i)
        column = column * 26 + (reference[i] - 'A' + 1);
    return i == 0 ? -1 : column - 1;
}

// Excel's last row; numbers past it only come from damaged files, and must not overflow.
constexpr int kMaxRowNumber = 1048576;

int toInt(std::string_view text, int fallback)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end != text.data() ? value : fallback;
}

// The chosen sheet, streamed: a row goes to the sink when its </row> is read.
class SheetHandler : public XlsxHandler
{
public:
    SheetHandler(const std::vector<QString> &strings, const RowSink &sink)
        : m_strings(strings)
        , m_row(sink)
    {
    }

    void start_element(const orcus::sax::parser_element &e)
    {
        if (e.name == "sheetData")
            m_inData = true;
        else if (m_inData)
            startDataElement(e.name);
        attributes.clear();
    }

    void end_element(const orcus::sax::parser_element &e)
    {
        const std::string_view name = e.name;
        if (name == "v") {
            m_inValue = false;
        } else if (name == "t") {
            m_inText = false;
        } else if (name == "is") {
            m_inInline = false;
        } else if (name == "rPh") {
            --m_inPhonetic;
        } else if (name == "c" && m_inData) {
            m_row.set(m_column, cellValue());
        } else if (name == "row" && m_inData) {
            m_row.deliverOrThrow(m_rowNumber);
        } else if (name == "sheetData") {
            m_inData = false;
        }
    }

    void characters(std::string_view text, bool)
    {
        if (m_inValue || (m_inText && m_inInline && !m_inPhonetic))
            appendCellText(m_value, text, m_column);
    }

private:
    void startDataElement(std::string_view name)
    {
        if (name == "row") {
            const int next = qMin(m_rowNumber + 1, kMaxRowNumber);
            m_rowNumber = toInt(attributes.value("r"), next);
            m_column = -1;
            m_row.clear();
        } else if (name == "c") {
            const int column = columnOf(attributes.value("r"));
            m_column = column >= 0 ? column : m_column + 1;
            m_type.assign(attributes.value("t"));
            m_value.clear();
        } else if (name == "v") {
            m_inValue = true;
        } else if (name == "is") {
            m_inInline = true;
        } else if (name == "t") {
            m_inText = true;
        } else if (name == "rPh") {
            ++m_inPhonetic;
        }
    }

    // The cell by its type attribute; a formula cell has its last result in <v>, typed the same.
    QVariant cellValue() const
    {
        if (m_type == "s") {
            const int index = toInt(m_value, -1);
            return index >= 0 && size_t(index) < m_strings.size() ? QVariant(m_strings[size_t(index)])
                                                                  : QVariant();
        }
        if (m_type == "inlineStr" || m_type == "str")
            return excelText(m_value);
        if (m_type == "b")
            return m_value == "1" || m_value == "true";
        if (m_type == "e")
            return toQString(m_value); // #N/A, #DIV/0! …: what the clerk sees in the cell
        if (m_type == "d")
            return isoDateValue(m_value);
        if (m_value.empty())
            return {}; // a formula never calculated (openpyxl writes those)
        double number = 0;
        if (parseDouble(m_value, &number))
            return number;
        return toQString(m_value);
    }

    const std::vector<QString> &m_strings;
    RowBuilder m_row;
    std::string m_type;
    std::string m_value;
    int m_rowNumber = 0;
    int m_column = -1;
    int m_inPhonetic = 0;
    bool m_inData = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inText = false;
};

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The workbook's structure: its sheets in order with their parts, and the shared strings part.
struct XlsxBook
{
    struct Sheet
    {
        QString name;
        std::string part;
    };
    std::vector<Sheet> sheets;
    std::string sharedStrings;

    QStringList names() const
    {
        QStringList list;
        for (const Sheet &s : sheets)
            list.append(s.name);
        return list;
    }
};

std::unordered_map<std::string, Relationship> relationships(const ZipPackage &zip, const std::string &part)
{
    RelationshipsHandler handler;
    if (zip.contains(part))
        parseXml(zip.read(part), handler);
    return handler.byId;
}

XlsxBook readStructure(const ZipPackage &zip)
{
    std::string workbookPart = "xl/workbook.xml";
    for (const auto &[id, rel] : relationships(zip, "_rels/.rels")) {
        if (endsWith(rel.type, "/officeDocument"))
            workbookPart = resolvePart("", rel.target);
    }
    WorkbookHandler workbook;
    parseXml(zip.read(workbookPart), workbook);
    const auto rels = relationships(zip, relationshipsOf(workbookPart));
    const std::string folder = folderOf(workbookPart);

    XlsxBook book;
    for (const WorkbookHandler::Sheet &s : workbook.sheets) {
        const auto it = rels.find(s.relationshipId);
        book.sheets.push_back(
            { s.name, it == rels.end() ? std::string() : resolvePart(folder, it->second.target) });
    }
    for (const auto &[id, rel] : rels) {
        if (endsWith(rel.type, "/sharedStrings"))
            book.sharedStrings = resolvePart(folder, rel.target);
    }
    if (book.sharedStrings.empty() && zip.contains(folder + "sharedStrings.xml"))
        book.sharedStrings = folder + "sharedStrings.xml";
    return book;
}

std::vector<QString> sharedStrings(const ZipPackage &zip, const XlsxBook &book)
{
    SharedStringsHandler handler;
    if (!book.sharedStrings.empty() && zip.contains(book.sharedStrings))
        parseXml(zip.read(book.sharedStrings), handler);
    return std::move(handler.strings);
}

} // namespace

QStringList xlsxSheetNames(const QString &path, QString *error)
{
    try {
        const ZipPackage zip(path);
        return readStructure(zip).names();
    } catch (const std::exception &e) {
        setError(error, damagedMessage(path, "xlsx", QString::fromUtf8(e.what())));
    }
    return {};
}

Result readXlsx(const QString &path, const QString &sheet, const RowSink &sink, QString *error)
{
    try {
        const ZipPackage zip(path);
        const XlsxBook book = readStructure(zip);
        const int index = chooseSheet(path, book.names(), sheet, error);
        if (index < 0)
            return Result::Failed;
        const std::string &part = book.sheets[size_t(index)].part;
        if (part.empty() || !zip.contains(part)) {
            setError(error,
                damagedMessage(path, "xlsx",
                    QStringLiteral("the sheet %1 has no data part").arg(book.sheets[size_t(index)].name)));
            return Result::Failed;
        }
        const std::vector<QString> strings = sharedStrings(zip, book);
        SheetHandler handler(strings, sink);
        parseXmlStreamed(zip, part, handler); // never the whole sheet in memory
        return Result::Ok;
    } catch (const Cancelled &) {
        return Result::Cancelled;
    } catch (const std::exception &e) {
        setError(error, damagedMessage(path, "xlsx", QString::fromUtf8(e.what())));
    }
    return Result::Failed;
}

} // namespace tl::sheetsource
