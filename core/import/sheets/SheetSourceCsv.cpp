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
// from the first bytes that are not ASCII: UTF-8 when they decode as UTF-8, otherwise GB18030
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

private:
    QByteArrayView takeBom(QByteArrayView chunk)
    {
        auto choose = [&](QStringDecoder::Encoding encoding, qsizetype bomSize) {
            m_decoder = QStringDecoder(encoding);
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
        if (!decodesCleanly(QStringDecoder(QStringDecoder::Utf8), chunk.sliced(i)))
            m_decoder = QStringDecoder("GB18030");
        m_decided = true;
    }

    QStringDecoder m_decoder { QStringDecoder::Utf8 };
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

    qsizetype unquoted(QStringView text, qsizetype i)
    {
        qsizetype j = i;
        while (j < text.size() && text[j] != m_separator && text[j] != u'\n' && text[j] != u'\r')
            ++j;
        m_field.append(text.sliced(i, j - i));
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
        m_field.append(text.sliced(i, end - i));
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
