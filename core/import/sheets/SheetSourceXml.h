#pragma once

// What the .xlsx and .ods readers share: a zip package read through liborcus' zip archive, and
// liborcus' SAX parser over one part at a time. Both formats are parsed here rather than through
// orcus' spreadsheet import interface, because in liborcus 0.17 that interface loses data clerks
// have: it drops inline-string cells (Apache POI's and libxlsxwriter's streaming writers), reads
// nothing at all from workbooks whose relationships use absolute targets (openpyxl, pandas),
// hands over formula results only after the whole workbook, and in .ods keeps only the last
// paragraph of a cell, drops boolean, percentage and currency cells and the repeats of a
// repeated row.

#include "import/sheets/SheetSourcePrivate.h"

#include <orcus/sax_parser.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <charconv>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl::sheetsource {

// A zip package whose parts are looked up case-insensitively, as Excel does.
class ZipPackage
{
public:
    // Throws orcus::zip_error (or another std::exception) when the file is no readable zip.
    explicit ZipPackage(const QString &path);
    ~ZipPackage();

    bool contains(std::string_view part) const;
    // The part uncompressed; throws orcus::zip_error when it cannot be.
    std::vector<unsigned char> read(std::string_view part) const;
    // The part uncompressed piece by piece (about `chunk` bytes each), so a sheet of a million
    // rows is never whole in memory. False when the part cannot be streamed this way (a zip64 or
    // encrypted entry, a method other than stored or deflate): read() it then. Throws
    // orcus::zip_error on damaged data.
    // The uncompressed size the central directory declares (0 when unknown).
    quint64 declaredSize(std::string_view part) const;
    bool stream(std::string_view part, const std::function<void(const char *data, size_t size)> &sink,
                size_t chunk = size_t(1) << 20) const;

private:
    std::string actualName(std::string_view part) const;

    std::unique_ptr<orcus::zip_archive_stream_fd> m_stream;
    std::unique_ptr<orcus::zip_archive> m_archive;
    std::unordered_map<std::string, std::string> m_names; // lower case → as stored
    // What the central directory declares per part (as stored): orcus allocates these sizes
    // before it reads a byte, so a damaged file declaring gigabytes is refused first.
    struct DeclaredSize
    {
        quint64 compressed = 0;
        quint64 uncompressed = 0;
        bool stored = false;
        quint16 method = 0;
        quint16 flags = 0;
        quint64 localHeader = 0; // offset of the part's local file header
    };
    std::unordered_map<std::string, DeclaredSize> m_sizes;
    quint64 m_fileSize = 0;
    QString m_path;
};

// Parses a sheet part as it streams: the text is cut after each </row> (the rows are the bulk of
// the part) and every piece goes through the SAX parser with the same handler, so the handler
// sees one document while memory holds about one piece.
template <typename Handler> void parseXmlStreamed(const ZipPackage &zip, std::string_view part, Handler &handler);

// The attributes of the element being opened: orcus reports them before start_element(), and a
// decoded value lives only until then, so the values are copied.
class XmlAttributes
{
public:
    void add(const orcus::sax::parser_attribute &attribute);
    void clear() { m_count = 0; }
    // By local name; prefix narrows to one namespace prefix ("office" in office:value-type).
    std::string_view value(std::string_view name, std::string_view prefix = {}) const;

private:
    struct Attribute
    {
        std::string_view prefix; // names point into the part's buffer, which outlives parsing
        std::string_view name;
        std::string value;
    };
    std::vector<Attribute> m_items;
    size_t m_count = 0;
};

// Debian builds orcus with assertions, and its decoding of a numeric character reference
// (&#NNN; or &#xHHH;, up to the next ';', read with std::stoi) asserts, aborting the program,
// when the number is negative or beyond U+10FFFF. Such a part is damaged: it is refused here,
// reading the number as std::stoi would, before orcus sees it.
inline void checkCharacterReferences(std::string_view text)
{
    auto digit = [](char c, int base) {
        const int d = c >= '0' && c <= '9' ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : 99;
        return d < base ? d : -1;
    };
    size_t end = std::string::npos; // the ';' that ends the reference being looked at
    for (size_t at = text.find("&#"); at != std::string::npos; at = text.find("&#", at + 2)) {
        if (end == std::string::npos || end < at + 2)
            end = text.find(';', at + 2);
        if (end == std::string::npos)
            return; // no reference is complete from here on: orcus refuses the part itself
        const bool hex = end > at + 2 && text[at + 2] == 'x';
        const int base = hex ? 16 : 10;
        size_t i = at + (hex ? 3 : 2);
        while (i < end && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r')))
            ++i;
        bool negative = false;
        if (i < end && (text[i] == '+' || text[i] == '-'))
            negative = text[i++] == '-';
        if (hex && i + 2 < end && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')
            && digit(text[i + 2], 16) >= 0)
            i += 2;
        unsigned long value = 0;
        bool any = false;
        for (; i < end && digit(text[i], base) >= 0 && value <= 0x10FFFF; ++i) {
            value = value * unsigned(base) + unsigned(digit(text[i], base));
            any = true;
        }
        if (any && ((negative && value != 0) || value > 0x10FFFF))
            throw std::runtime_error("a character reference outside Unicode: &#"
                                     + std::string(text.substr(at + 2, qMin<size_t>(end - at - 2, 20))) + ";");
    }
}

// Parses a whole part with `handler` (an orcus::sax_handler).
template <typename Handler> void parseXml(std::vector<unsigned char> part, Handler &handler)
{
    if (part.empty())
        return;
    // orcus' SAX parser reads the character at the end of a truncated part (it expects a
    // NUL-terminated buffer). orcus' zip reader already ends each part with one; otherwise it is
    // added in place. Never a second copy of a part that may be hundreds of megabytes.
    if (part.back() != 0)
        part.push_back(0);
    const size_t size = part.size() - 1;
    const std::string_view text(reinterpret_cast<const char *>(part.data()), size);
    checkCharacterReferences(text);
    orcus::sax_parser<Handler> parser(text.data(), text.size(), handler);
    parser.parse();
}

template <typename Handler> void parseXmlStreamed(const ZipPackage &zip, std::string_view part, Handler &handler)
{
    static constexpr std::string_view rowEnd = "</row>";
    // The SAX parser stops when its first element closes: a later piece (rows, then the end of
    // the part) goes inside a wrapper element the handler does not know, left open.
    static constexpr std::string_view wrapper = "<tl-piece>";
    static constexpr size_t pieceSize = size_t(1) << 20;
    // A row longer than this is not cut into pieces (a hostile giant cell): the rest of the part
    // is kept whole and parsed once, as before streaming, where the handler refuses the cell.
    static constexpr size_t longestRow = size_t(16) << 20;
    std::vector<unsigned char> pending;
    size_t searched = 0;  // bytes of pending already looked through for a row end
    bool whole = false;
    bool first = true;
    auto isSpace = [](unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    auto parsePiece = [&](size_t end) {
        std::vector<unsigned char> piece;
        size_t begin = 0;
        if (!first) // a piece after the first starts at the next tag: no text before it
            while (begin < end && isSpace(pending[begin]))
                ++begin;
        piece.reserve(end - begin + wrapper.size() + 1);
        if (!first)
            piece.insert(piece.end(), wrapper.begin(), wrapper.end());
        piece.insert(piece.end(), pending.begin() + std::ptrdiff_t(begin), pending.begin() + std::ptrdiff_t(end));
        pending.erase(pending.begin(), pending.begin() + std::ptrdiff_t(end));
        if (piece.size() > (first ? 0 : wrapper.size()))
            parseXml(std::move(piece), handler);
        first = false;
    };
    const quint64 declared = zip.declaredSize(part);
    const bool streamed = zip.stream(part, [&](const char *data, size_t size) {
        pending.insert(pending.end(), data, data + size);
        if (whole || pending.size() < pieceSize)
            return;
        const size_t from = searched > rowEnd.size() ? searched - rowEnd.size() : 0;
        const std::string_view text(reinterpret_cast<const char *>(pending.data()) + from, pending.size() - from);
        const size_t at = text.rfind(rowEnd);
        if (at != std::string_view::npos) {
            parsePiece(from + at + rowEnd.size());
            searched = pending.size();
            return;
        }
        searched = pending.size();
        if (pending.size() > longestRow) {
            whole = true;
            if (declared > pending.size())
                pending.reserve(size_t(declared) + wrapper.size() + 1);
        }
    });
    if (!streamed) {
        parseXml(zip.read(part), handler);
        return;
    }
    if (pending.empty())
        return;
    if (!whole) {
        parsePiece(pending.size());
        return;
    }
    // The rest whole, in place (no second copy of what may be hundreds of megabytes).
    if (!first) {
        size_t begin = 0;
        while (begin < pending.size() && isSpace(pending[begin]))
            ++begin;
        pending.erase(pending.begin(), pending.begin() + std::ptrdiff_t(begin));
        pending.insert(pending.begin(), wrapper.begin(), wrapper.end());
    }
    parseXml(std::move(pending), handler);
}

inline bool parseDouble(std::string_view text, double *value)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '+'))
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A date cell's ISO 8601 value: QDate for a day, QDateTime when it has a time of day.
QVariant isoDateValue(std::string_view text);

} // namespace tl::sheetsource
