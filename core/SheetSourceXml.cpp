#include "SheetSourceXml.h"

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

} // namespace

ZipPackage::ZipPackage(const QString &path)
{
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
    if (name.empty() || !m_archive->read_file_entry(name, data))
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
