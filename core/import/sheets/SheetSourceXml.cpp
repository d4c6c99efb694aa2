#include "import/sheets/SheetSourceXml.h"

#include <QDateTime>
#include <QFile>

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
        size.compressed = le32(cd, at + 20);
        size.uncompressed = le32(cd, at + 24);
        sizes->emplace(cd.mid(at + 46, nameLength).toStdString(), size);
        at += 46 + nameLength + le16(cd, at + 30) + le16(cd, at + 32);
    }
}

} // namespace

ZipPackage::ZipPackage(const QString &path)
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
