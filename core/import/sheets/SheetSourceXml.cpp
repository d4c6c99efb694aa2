#include "import/sheets/SheetSourceXml.h"

#include <QDateTime>
#include <QFile>

#include <zlib.h>

namespace tl::sheetsource {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

quint32 le32(const QByteArray &b, qint64 at)
{
    return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8 | quint32(uchar(b[at + 2])) << 16
           | quint32(uchar(b[at + 3])) << 24;
}

quint16 le16(const QByteArray &b, qint64 at)
{
    return quint16(uchar(b[at]) | uchar(b[at + 1]) << 8);
}

// The central directory entries as orcus reads them (the last end-of-central-directory record,
// 32-bit sizes): name → sizes. Empty when there is none to read.
template <typename Sizes> void readDeclaredSizes(QFile &file, Sizes *sizes)
{
    const qint64 fileSize = file.size();
    const qint64 tailStart = qMax<qint64>(0, fileSize - (22 + 0xFFFF));
    if (!file.seek(tailStart))
        return;
    const QByteArray tail = file.read(fileSize - tailStart);
    qint64 eocd = tail.size() - 22;
    while (eocd >= 0 && le32(tail, eocd) != 0x06054b50)
        --eocd;
    if (eocd < 0)
        return;
    const qint64 offset = le32(tail, eocd + 16);
    const qint64 end = tailStart + eocd;
    if (offset >= end || !file.seek(offset))
        return;
    const QByteArray cd = file.read(end - offset);
    qint64 at = 0;
    while (at + 46 <= cd.size() && le32(cd, at) == 0x02014b50) {
        const qint64 nameLength = le16(cd, at + 28);
        if (at + 46 + nameLength > cd.size())
            break;
        typename Sizes::mapped_type size;
        size.stored = le16(cd, at + 10) == 0;
        size.method = le16(cd, at + 10);
        size.flags = le16(cd, at + 8);
        size.compressed = le32(cd, at + 20);
        size.uncompressed = le32(cd, at + 24);
        size.localHeader = le32(cd, at + 42);
        sizes->emplace(cd.mid(at + 46, nameLength).toStdString(), size);
        at += 46 + nameLength + le16(cd, at + 30) + le16(cd, at + 32);
    }
}

} // namespace

ZipPackage::ZipPackage(const QString &path) : m_path(path)
{
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            m_fileSize = quint64(file.size());
            readDeclaredSizes(file, &m_sizes);
        }
    }
    m_stream = std::make_unique<orcus::zip_archive_stream_fd>(QFile::encodeName(path).constData());
    m_archive = std::make_unique<orcus::zip_archive>(m_stream.get());
    m_archive->load();
    for (size_t i = 0, n = m_archive->get_file_entry_count(); i < n; ++i) {
        const std::string_view name = m_archive->get_file_entry_name(i);
        m_names.emplace(lower(name), std::string(name));
    }
}

ZipPackage::~ZipPackage() = default;

std::string ZipPackage::actualName(std::string_view part) const
{
    const auto it = m_names.find(lower(part));
    return it == m_names.end() ? std::string() : it->second;
}

bool ZipPackage::contains(std::string_view part) const
{
    return !actualName(part).empty();
}

std::vector<unsigned char> ZipPackage::read(std::string_view part) const
{
    std::vector<unsigned char> data;
    const std::string name = actualName(part);
    if (name.empty())
        throw orcus::zip_error("cannot read the part " + std::string(part));
    // Deflate expands at most 1032 times; a part cannot be bigger than the file that holds it.
    const auto size = m_sizes.find(name);
    if (size == m_sizes.end() || size->second.compressed > m_fileSize
        || (!size->second.stored && size->second.uncompressed > size->second.compressed * 1032 + 1024))
        throw orcus::zip_error("the part " + std::string(part) + " declares a size the file cannot hold");
    if (!m_archive->read_file_entry(name, data))
        throw orcus::zip_error("cannot read the part " + std::string(part));
    return data;
}

quint64 ZipPackage::declaredSize(std::string_view part) const
{
    const auto it = m_sizes.find(actualName(part));
    return it == m_sizes.end() || it->second.uncompressed == 0xFFFFFFFFu ? 0 : it->second.uncompressed;
}

bool ZipPackage::stream(std::string_view part, const std::function<void(const char *, size_t)> &sink, size_t chunk) const
{
    const std::string name = actualName(part);
    const auto it = m_sizes.find(name);
    if (name.empty() || it == m_sizes.end())
        return false;
    const DeclaredSize &size = it->second;
    // zip64 sizes (0xFFFFFFFF), encrypted entries and methods other than stored/deflate: read().
    if (size.compressed == 0xFFFFFFFFu || size.uncompressed == 0xFFFFFFFFu || size.localHeader == 0xFFFFFFFFu
        || (size.flags & 1) || (size.method != 0 && size.method != 8))
        return false;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(size.localHeader)))
        return false;
    const QByteArray header = file.read(30);
    if (header.size() != 30 || le32(header, 0) != 0x04034b50)
        throw orcus::zip_error("the part " + std::string(part) + " has no local header");
    const qint64 dataStart = qint64(size.localHeader) + 30 + le16(header, 26) + le16(header, 28);
    if (quint64(dataStart) + size.compressed > m_fileSize || !file.seek(dataStart))
        throw orcus::zip_error("the part " + std::string(part) + " declares a size the file cannot hold");

    quint64 left = size.compressed;
    quint64 produced = 0;
    const quint64 limit = size.uncompressed;
    if (size.method == 0) {
        while (left > 0) {
            const QByteArray data = file.read(qint64(qMin<quint64>(left, chunk)));
            if (data.isEmpty())
                throw orcus::zip_error("the part " + std::string(part) + " is cut short");
            left -= quint64(data.size());
            sink(data.constData(), size_t(data.size()));
        }
        return true;
    }
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        throw orcus::zip_error("cannot inflate the part " + std::string(part));
    struct End
    {
        z_stream *z;
        ~End() { inflateEnd(z); }
    } end{&z};
    std::vector<unsigned char> out(chunk);
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const QByteArray in = file.read(qint64(qMin<quint64>(left, 256 * 1024)));
        left -= quint64(in.size());
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(in.size());
        if (in.isEmpty() && left == 0 && status != Z_STREAM_END)
            throw orcus::zip_error("the part " + std::string(part) + " is cut short");
        do {
            z.next_out = out.data();
            z.avail_out = uInt(out.size());
            status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
                throw orcus::zip_error("the part " + std::string(part) + " is damaged");
            const size_t got = out.size() - z.avail_out;
            produced += got;
            // The central directory's size is what orcus trusts too: no more than that is read.
            if (produced > limit)
                throw orcus::zip_error("the part " + std::string(part) + " is larger than it declares");
            if (got > 0)
                sink(reinterpret_cast<const char *>(out.data()), got);
        } while (z.avail_out == 0 && status != Z_STREAM_END);
        if (status == Z_BUF_ERROR && z.avail_in == 0 && left == 0)
            throw orcus::zip_error("the part " + std::string(part) + " is cut short");
    }
    return true;
}

void XmlAttributes::add(const orcus::sax::parser_attribute &attribute)
{
    if (m_count == m_items.size())
        m_items.emplace_back();
    Attribute &a = m_items[m_count++];
    a.prefix = attribute.ns;
    a.name = attribute.name;
    a.value.assign(attribute.value);
}

std::string_view XmlAttributes::value(std::string_view name, std::string_view prefix) const
{
    for (size_t i = 0; i < m_count; ++i) {
        const Attribute &a = m_items[i];
        if (a.name == name && (prefix.empty() || a.prefix == prefix))
            return a.value;
    }
    return {};
}

QVariant isoDateValue(std::string_view text)
{
    const QString iso = toQString(text).trimmed();
    if (!iso.contains(u'T')) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(iso);
    }
    const QDateTime dateTime = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return iso;
    if (dateTime.time() == QTime(0, 0))
        return dateTime.date();
    return dateTime;
}

} // namespace tl::sheetsource
