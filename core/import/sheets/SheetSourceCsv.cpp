// CSV and tab-separated text: read in chunks, so a 200,000-row file never sits in memory whole.

#include "import/sheets/SheetSourcePrivate.h"

#include <QFile>
#include <QStringDecoder>

#include <array>
#include <limits>
#include <optional>

namespace tl::sheetsource {

namespace {

constexpr qint64 kChunkSize = 1024 * 1024;
constexpr qint64 kMaxLineTail = 64 * 1024;
// Lines looked at to choose the separator: enough to see past a title line.
constexpr int kSeparatorSampleLines = 20;

// Turns the file's bytes into text chunk by chunk. The encoding is chosen once, from a BOM or
// from the first line that is not ASCII: UTF-8 when it decodes as UTF-8, otherwise GB18030
// (what Excel and WPS write for "CSV" on a Chinese Windows). Choosing at the first non-ASCII
// bytes rather than from a fixed head means a file whose first rows are all ASCII is still
// decoded right.
class TextDecoder
{
public:
    QString decode(QByteArrayView chunk)
    {
        if (m_first) {
            m_first = false;
            chunk = takeBom(chunk);
        }
        if (!m_decided)
            decideFrom(chunk);
        return m_decoder.decode(chunk);
    }
    bool isValid() const { return m_decoder.isValid(); }

    // Files pasted together from two sources (a UTF-8 export with rows from an old GB18030 one,
    // or the other way round) decode without a word into garbled names. The first line of the
    // chunk written in the other encoding (0-based), or -1: in a UTF-8 file, a line that is not
    // UTF-8; in a GB18030 file, a line with Chinese that is valid UTF-8 (GB18030 text almost never
    // is, and the GB18030 decoder accepts UTF-8 bytes as other characters).
    qsizetype firstForeignLine(QByteArrayView chunk) const
    {
        const bool utf8 = m_kind == Kind::Utf8;
        if (m_kind == Kind::Utf16 || (utf8 && !m_decoder.hasError()))
            return -1;
        qsizetype line = 0;
        qsizetype start = 0;
        while (start < chunk.size()) {
            qsizetype end = chunk.indexOf('\n', start);
            if (end < 0)
                end = chunk.size();
            const QByteArrayView bytes = chunk.sliced(start, end - start);
            bool ascii = true;
            for (const char c : bytes)
                ascii = ascii && uchar(c) < 0x80;
            if (!ascii) {
                const bool isUtf8 = decodesCleanly(QStringDecoder(QStringDecoder::Utf8), bytes);
                if (utf8 ? !isUtf8 : isUtf8)
                    return line;
            }
            ++line;
            start = end + 1;
        }
        return -1;
    }
    QString encodingName() const
    {
        return m_kind == Kind::Gb18030 ? QStringLiteral("GB18030") : m_kind == Kind::Utf16 ? QStringLiteral("UTF-16")
                                                                                           : QStringLiteral("UTF-8");
    }

private:
    QByteArrayView takeBom(QByteArrayView chunk)
    {
        auto choose = [&](QStringDecoder::Encoding encoding, qsizetype bomSize) {
            m_decoder = QStringDecoder(encoding);
            m_kind = encoding == QStringDecoder::Utf8 ? Kind::Utf8 : Kind::Utf16;
            m_decided = true;
            return chunk.sliced(bomSize);
        };
        if (chunk.startsWith("\xef\xbb\xbf"))
            return choose(QStringDecoder::Utf8, 3);
        if (chunk.startsWith("\xff\xfe"))
            return choose(QStringDecoder::Utf16LE, 2);
        if (chunk.startsWith("\xfe\xff"))
            return choose(QStringDecoder::Utf16BE, 2);
        return chunk;
    }

    // Until the first non-ASCII byte the UTF-8 decoder is right whatever the encoding is.
    void decideFrom(QByteArrayView chunk)
    {
        qsizetype i = 0;
        while (i < chunk.size() && uchar(chunk[i]) < 0x80)
            ++i;
        if (i == chunk.size())
            return;
        // Judged on that line alone: a file pasted together from two encodings is then read in
        // the encoding it starts with, and the line in the other one is named (firstForeignLine).
        const qsizetype lineEnd = chunk.indexOf('\n', i);
        const QByteArrayView line = lineEnd < 0 ? chunk.sliced(i) : chunk.sliced(i, lineEnd - i);
        if (!decodesCleanly(QStringDecoder(QStringDecoder::Utf8), line))
        {
            m_decoder = QStringDecoder("GB18030");
            m_kind = Kind::Gb18030;
        }
        m_decided = true;
    }

    enum class Kind { Utf8, Gb18030, Utf16 };
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
    Kind m_kind = Kind::Utf8;
    bool m_first = true;
    bool m_decided = false;
};

// Comma, tab or semicolon: the one found (outside quotes) on the most of the first lines, the
// most often on a tie. A title line with no separator at all does not decide it.
QChar detectSeparator(QStringView text)
{
    const std::array<QChar, 3> candidates { u',', u'\t', u';' };
    std::array<int, 3> lines {}, totals {}, inLine {};
    bool inQuotes = false;
    int sampled = 0;
    auto endLine = [&] {
        for (size_t k = 0; k < candidates.size(); ++k) {
            lines[k] += inLine[k] > 0;
            totals[k] += inLine[k];
            inLine[k] = 0;
        }
        ++sampled;
    };
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (inQuotes) {
            continue;
        } else if (c == u'\n') {
            endLine();
            if (sampled >= kSeparatorSampleLines)
                break;
        } else {
            for (size_t k = 0; k < candidates.size(); ++k)
                inLine[k] += c == candidates[k];
        }
    }
    endLine();
    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k) {
        if (lines[k] > lines[best] || (lines[k] == lines[best] && totals[k] > totals[best]))
            best = k;
    }
    return candidates[best];
}

// RFC 4180 records, fed chunk by chunk: quoted fields may hold separators, "" for a quote and
// line breaks; records end with CRLF, LF or CR. Lenient where Excel is: a quote inside an
// unquoted field, or text after a closing quote, is kept as it is.
class CsvParser
{
public:
    CsvParser(QChar separator, const RowSink &sink)
        : m_separator(separator)
        , m_row(sink)
    {
    }

    // False when the sink asked to stop.
    bool feed(QStringView text)
    {
        qsizetype i = 0;
        while (i < text.size() && !m_cancelled) {
            switch (m_state) {
            case State::FieldStart:
                i = fieldStart(text, i);
                break;
            case State::Unquoted:
                i = unquoted(text, i);
                break;
            case State::Quoted:
                i = quoted(text, i);
                break;
            case State::QuoteInQuoted:
                i = quoteInQuoted(text, i);
                break;
            }
        }
        return !m_cancelled;
    }

    // The last record, when the file does not end with a line break.
    bool finish()
    {
        if (m_state != State::FieldStart || m_column > 0)
            endRecord();
        return !m_cancelled;
    }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };

    qsizetype fieldStart(QStringView text, qsizetype i)
    {
        if (m_afterCr) {
            m_afterCr = false;
            if (text[i] == u'\n')
                return i + 1;
        }
        if (text[i] == u'"') {
            m_state = State::Quoted;
            return i + 1;
        }
        m_state = State::Unquoted;
        return i;
    }

    // A field past Excel's cell limit stops the reading (a quote never closed would otherwise
    // gather the rest of the file into one field).
    void appendField(QStringView text)
    {
        if (m_field.size() + text.size() > kMaxCellChars)
            throw CellTooLong{m_column};
        m_field.append(text);
    }

    qsizetype unquoted(QStringView text, qsizetype i)
    {
        qsizetype j = i;
        while (j < text.size() && text[j] != m_separator && text[j] != u'\n' && text[j] != u'\r')
            ++j;
        appendField(text.sliced(i, j - i));
        if (j == text.size())
            return j;
        if (text[j] == m_separator)
            endField();
        else
            endRecord();
        m_afterCr = text[j] == u'\r';
        return j + 1;
    }

    qsizetype quoted(QStringView text, qsizetype i)
    {
        const qsizetype j = text.indexOf(u'"', i);
        const qsizetype end = j < 0 ? text.size() : j;
        appendField(text.sliced(i, end - i));
        if (j < 0)
            return end;
        m_state = State::QuoteInQuoted;
        return j + 1;
    }

    qsizetype quoteInQuoted(QStringView text, qsizetype i)
    {
        if (text[i] == u'"') { // "" stands for one quote
            m_field.append(u'"');
            m_state = State::Quoted;
            return i + 1;
        }
        m_state = State::Unquoted; // the closing quote: go on to the separator
        return i;
    }

    void endField()
    {
        m_row.set(m_column, m_field); // ignored past the last column Excel has
        m_column = qMin(m_column + 1, kMaxColumns);
        m_field.clear();
        m_state = State::FieldStart;
    }

    void endRecord()
    {
        endField();
        m_column = 0;
        m_record = qMin(m_record + 1, std::numeric_limits<int>::max() - 1);
        m_cancelled = !m_row.deliver(m_record);
    }

    const QChar m_separator;
    RowBuilder m_row;
    QString m_field;
    State m_state = State::FieldStart;
    int m_column = 0;
    int m_record = 0;
    bool m_afterCr = false;
    bool m_cancelled = false;
};

// About kChunkSize bytes, completed to the end of the line (up to kMaxLineTail more), so the
// encoding is judged on whole characters: a line break byte is never part of a UTF-8 or GB18030
// character.
QByteArray readChunk(QFile &file)
{
    QByteArray bytes = file.read(kChunkSize);
    if (!bytes.isEmpty() && !bytes.endsWith('\n') && !file.atEnd())
        bytes += file.readLine(kMaxLineTail);
    return bytes;
}

} // namespace

Result readCsv(const QString &path, const RowSink &sink, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error,
            SheetSource::tr("The file %1 cannot be read: %2").arg(displayName(path), file.errorString()));
        return Result::Failed;
    }
    TextDecoder decoder;
    std::optional<CsvParser> parser;
    qint64 linesBefore = 0; // line breaks in the chunks already read
    while (!file.atEnd()) {
        const QByteArray bytes = readChunk(file);
        if (bytes.isEmpty()) {
            setError(error,
                SheetSource::tr("The file %1 cannot be read: %2").arg(displayName(path), file.errorString()));
            return Result::Failed;
        }
        const QString text = decoder.decode(bytes);
        if (!decoder.isValid()) {
            setError(error,
                SheetSource::tr("%1 is in the GB18030 encoding, which this build cannot decode. "
                                "Save it as CSV in UTF-8.")
                    .arg(displayName(path)));
            return Result::Failed;
        }
        if (const qsizetype foreign = decoder.firstForeignLine(bytes); foreign >= 0) {
            setError(error,
                SheetSource::tr("%1 mixes two text encodings: it is written in %2, but line %3 is not (rows "
                                "pasted in from another file?). Nothing was imported. Open it in Excel or WPS "
                                "and save it again as \"CSV UTF-8\", or correct line %3.")
                    .arg(displayName(path), decoder.encodingName())
                    .arg(linesBefore + foreign + 1));
            return Result::Failed;
        }
        linesBefore += bytes.count('\n');
        if (!parser)
            parser.emplace(detectSeparator(text), sink);
        if (!parser->feed(text))
            return Result::Cancelled;
    }
    if (parser && !parser->finish())
        return Result::Cancelled;
    return Result::Ok;
}

} // namespace tl::sheetsource
