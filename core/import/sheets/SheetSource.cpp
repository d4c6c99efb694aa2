#include "import/sheets/SheetSource.h"

#include "import/sheets/SheetSourcePrivate.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QtEndian>

#include <algorithm>

namespace tl {

using namespace sheetsource;

namespace {

// Enough to tell every format apart, and to judge whether text decodes.
constexpr qint64 kHeadSize = 64 * 1024;
// The end-of-central-directory record is the last 22 bytes of a zip, after a comment of up to
// 64 KB.
constexpr qint64 kZipTailSize = 22 + 0xFFFF;
// A workbook's central directory lists a few dozen parts; a bigger one is not worth reading for
// detection (the local headers in the head still tell).
constexpr qint64 kMaxCentralDirectory = 16 * 1024 * 1024;

bool startsWith(const QByteArray &bytes, QByteArrayView magic)
{
    return QByteArrayView(bytes).startsWith(magic);
}

quint16 le16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 le32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint64 le64(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

QByteArray readAt(QFile &file, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || !file.seek(offset))
        return {};
    return file.read(size);
}

// What a zip archive holds, as far as detection needs it.
struct ZipListing
{
    QStringList names; // lower case: Excel treats part names case-insensitively
    QByteArray mimetype; // an OpenDocument's first, uncompressed entry
    bool truncated = false; // no central directory: names from the head only
};

// The names in the local file headers found in the head of the file. Only used when the central
// directory cannot be read (a truncated download); headers are found by their signature, as an
// entry written with a data descriptor does not say where the next one starts.
QStringList localHeaderNames(const QByteArray &head)
{
    QStringList names;
    for (qsizetype at = head.indexOf("PK\x03\x04"); at >= 0 && at + 30 <= head.size();
         at = head.indexOf("PK\x03\x04", at + 4)) {
        const quint16 nameLength = le16(head, at + 26);
        if (nameLength > 0 && at + 30 + nameLength <= head.size())
            names.append(QString::fromUtf8(head.mid(at + 30, nameLength)).toLower());
    }
    return names;
}

// Where the central directory is, from the end-of-central-directory record (zip64 aware: the
// project's own exports are written with zip64 records).
bool centralDirectory(QFile &file, qint64 *offset, qint64 *size)
{
    const qint64 fileSize = file.size();
    const qint64 tailStart = qMax<qint64>(0, fileSize - kZipTailSize);
    const QByteArray tail = readAt(file, tailStart, fileSize - tailStart);
    qint64 eocd = tail.size() - 22;
    while (eocd >= 0 && le32(tail, eocd) != 0x06054b50)
        --eocd;
    if (eocd < 0)
        return false;
    *size = le32(tail, eocd + 12);
    *offset = le32(tail, eocd + 16);
    if (*offset != 0xFFFFFFFF && *size != 0xFFFFFFFF)
        return true;
    if (eocd < 20 || le32(tail, eocd - 20) != 0x07064b50)
        return false;
    const QByteArray zip64 = readAt(file, qint64(le64(tail, eocd - 20 + 8)), 56);
    if (zip64.size() < 56 || le32(zip64, 0) != 0x06064b50)
        return false;
    *size = qint64(le64(zip64, 40));
    *offset = qint64(le64(zip64, 48));
    return true;
}

QStringList centralDirectoryNames(QFile &file)
{
    qint64 offset = 0, size = 0;
    if (!centralDirectory(file, &offset, &size) || size <= 0 || size > kMaxCentralDirectory || offset < 0
        || offset > file.size() - size)
        return {};
    const QByteArray cd = readAt(file, offset, size);
    QStringList names;
    qint64 at = 0;
    while (at + 46 <= cd.size() && le32(cd, at) == 0x02014b50) {
        const quint16 nameLength = le16(cd, at + 28);
        const qint64 next = at + 46 + nameLength + le16(cd, at + 30) + le16(cd, at + 32);
        if (at + 46 + nameLength > cd.size())
            break;
        names.append(QString::fromUtf8(cd.mid(at + 46, nameLength)).toLower());
        at = next;
    }
    return names;
}

ZipListing listZip(QFile &file, const QByteArray &head)
{
    ZipListing zip;
    zip.names = centralDirectoryNames(file);
    if (zip.names.isEmpty()) {
        zip.truncated = true;
        zip.names = localHeaderNames(head);
    }
    // ODF puts "mimetype" first and stored, so its content sits right after its local header.
    if (head.size() >= 30 && le16(head, 8) == 0 && le16(head, 26) == 8 && head.mid(30, 8) == "mimetype") {
        const qint64 data = 30 + 8 + le16(head, 28);
        zip.mimetype = head.mid(data, qMin<qint64>(le32(head, 18), 200)).trimmed();
    }
    return zip;
}

SheetSource::Format zipFormat(QFile &file, const QByteArray &head, const QString &name, QString *error)
{
    const ZipListing zip = listZip(file, head);
    const QByteArray odfPrefix = "application/vnd.oasis.opendocument.";
    if (zip.mimetype.startsWith(odfPrefix + "spreadsheet"))
        return SheetSource::Format::Ods;
    if (zip.names.contains(QStringLiteral("xl/workbook.xml")))
        return SheetSource::Format::Xlsx;
    // An Office Open XML package cut short: the xlsx reader names it damaged.
    const bool ooxml = std::any_of(zip.names.cbegin(), zip.names.cend(), [](const QString &n) {
        return n == QLatin1String("[content_types].xml") || n.startsWith(QLatin1String("xl/"));
    });
    if (zip.truncated && ooxml)
        return SheetSource::Format::Xlsx;
    if (zip.mimetype.isEmpty() && zip.names.contains(QStringLiteral("content.xml"))
        && zip.names.contains(QStringLiteral("meta-inf/manifest.xml")))
        return SheetSource::Format::Ods; // an ODF writer that compressed its mimetype entry
    if (zip.names.contains(QStringLiteral("xl/workbook.bin")))
        setError(error,
            SheetSource::tr("%1 is an Excel binary workbook (.xlsb), which cannot be read. Open it "
                            "in Excel or WPS and save it as .xlsx.")
                .arg(name));
    else if (zip.names.contains(QStringLiteral("word/document.xml"))
        || zip.mimetype.startsWith(odfPrefix + "text"))
        setError(error, SheetSource::tr("%1 is a word-processor document, not a spreadsheet.").arg(name));
    else
        setError(
            error, SheetSource::tr("%1 is a zip archive that is not a workbook (xlsx or ods).").arg(name));
    return SheetSource::Format::Unknown;
}

// Web systems often export an HTML table or an Excel 2003 XML file under an .xls name; neither
// is a spreadsheet we read, and reading one as CSV would give rows of markup.
bool isMarkup(const QByteArray &head, const QString &name, QString *error)
{
    QByteArray start = head.left(1024).trimmed().toLower();
    if (start.startsWith("\xef\xbb\xbf"))
        start = start.mid(3).trimmed();
    if (!start.startsWith('<'))
        return false;
    if (head.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
        setError(error,
            SheetSource::tr("%1 is an Excel 2003 XML spreadsheet, which cannot be read. Open it in "
                            "Excel or WPS and save it as .xlsx.")
                .arg(name));
        return true;
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
        setError(error,
            SheetSource::tr("%1 is a web page (HTML), not a spreadsheet. Open it in Excel or WPS "
                            "and save it as .xlsx.")
                .arg(name));
        return true;
    }
    if (start.startsWith("<?xml")) {
        setError(error, SheetSource::tr("%1 is an XML file, not a spreadsheet.").arg(name));
        return true;
    }
    return false;
}

// Formats told by their first bytes that are certainly not tables.
bool isKnownNonTable(const QByteArray &head, const QString &name, QString *error)
{
    if (startsWith(head, "%PDF")) {
        setError(error, SheetSource::tr("%1 is a PDF document, not a spreadsheet.").arg(name));
        return true;
    }
    if (startsWith(head, "\x89PNG\r\n\x1a\n") || startsWith(head, "\xff\xd8\xff")
        || startsWith(head, "GIF8")) {
        setError(error, SheetSource::tr("%1 is an image, not a spreadsheet.").arg(name));
        return true;
    }
    if (startsWith(head, "Rar!\x1a\x07") || startsWith(head, "7z\xbc\xaf\x27\x1c")
        || startsWith(head, "\x1f\x8b")) {
        setError(error,
            SheetSource::tr("%1 is a compressed archive (rar, 7z or gz). Extract the spreadsheet "
                            "from it first.")
                .arg(name));
        return true;
    }
    return false;
}

bool hasUtf16Bom(const QByteArray &head)
{
    return startsWith(head, "\xff\xfe") || startsWith(head, "\xfe\xff");
}

} // namespace

namespace sheetsource {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

void RowBuilder::set(int column, const QVariant &value)
{
    if (column < 0 || column >= kMaxColumns || !value.isValid())
        return;
    if (value.typeId() == QMetaType::QString && value.toString().size() > kMaxCellChars)
        throw CellTooLong{column};
    if (m_cells.size() <= column)
        m_cells.resize(column + 1);
    m_cells[column] = value;
}

bool RowBuilder::deliver(int rowNumber)
{
    // Trailing empty cells are left off: a row's width says nothing a consumer needs.
    while (!m_cells.isEmpty()) {
        const QVariant &last = m_cells.constLast();
        if (last.isValid() && !(last.typeId() == QMetaType::QString && last.toString().isEmpty()))
            break;
        m_cells.removeLast();
    }
    bool goOn = true;
    if (!isBlankRow(m_cells))
        goOn = m_sink(rowNumber, m_cells);
    m_cells.clear();
    return goOn;
}

bool isBlankRow(const QVariantList &cells)
{
    for (const QVariant &cell : cells) {
        if (!cell.isValid())
            continue;
        if (cell.typeId() != QMetaType::QString)
            return false;
        const QString text = cell.toString();
        for (const QChar c : text) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

int chooseSheet(const QString &path, const QStringList &names, const QString &sheet, QString *error)
{
    if (names.isEmpty()) {
        setError(error, SheetSource::tr("%1 contains no sheets.").arg(displayName(path)));
        return -1;
    }
    if (sheet.isEmpty())
        return 0;
    int index = names.indexOf(sheet);
    for (int i = 0; index < 0 && i < names.size(); ++i) {
        if (names.at(i).trimmed().compare(sheet.trimmed(), Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        QStringList quoted;
        for (const QString &n : names)
            quoted.append(QStringLiteral("“%1”").arg(n));
        setError(error,
            SheetSource::tr("%1 has no sheet named “%2”. Its sheets are: %3.")
                .arg(displayName(path), sheet, quoted.join(QStringLiteral(", "))));
    }
    return index;
}

QString damagedMessage(const QString &path, const char *format, const QString &detail)
{
    return SheetSource::tr("%1 is damaged or not a valid %2 file: %3")
        .arg(displayName(path), QString::fromLatin1(format), detail);
}

bool looksLikeText(const QByteArray &head)
{
    if (hasUtf16Bom(head))
        return true;
    if (head.contains('\0'))
        return false;
    // Control characters other than tab, line breaks, form feed and DOS end-of-file mark binary
    // data even where no NUL byte happens to be.
    qint64 controls = 0;
    for (const char c : head) {
        const uchar u = uchar(c);
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1a)
            ++controls;
    }
    if (controls * 100 > head.size())
        return false;
    if (decodesCleanly(QStringDecoder(QStringDecoder::Utf8), head)
        || decodesCleanly(QStringDecoder("GB18030"), head))
        return true;
    // Text pasted together from two encodings is still text (the CSV reader then names the line
    // in the other encoding): each line reads in one or the other.
    for (const QByteArray &line : head.split('\n')) {
        if (!decodesCleanly(QStringDecoder(QStringDecoder::Utf8), line)
            && !decodesCleanly(QStringDecoder("GB18030"), line))
            return false;
    }
    return true;
}

} // namespace sheetsource

SheetSource::Format SheetSource::detect(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (!info.exists()) {
        setError(error, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return Format::Unknown;
    }
    if (info.isDir()) {
        setError(error, tr("%1 is a folder, not a spreadsheet file.").arg(QDir::toNativeSeparators(path)));
        return Format::Unknown;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("The file %1 cannot be read: %2").arg(name, file.errorString()));
        return Format::Unknown;
    }
    if (file.size() == 0) {
        setError(error, tr("The file %1 is empty.").arg(name));
        return Format::Unknown;
    }
    const QByteArray head = file.read(kHeadSize);
    if (startsWith(head, "PK\x03\x04") || startsWith(head, "PK\x05\x06"))
        return zipFormat(file, head, name, error);
    if (startsWith(head, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
        return Format::Xls;
    if (isKnownNonTable(head, name, error))
        return Format::Unknown;
    if (!looksLikeText(head)) {
        setError(error, tr("%1 is not a spreadsheet or CSV file.").arg(name));
        return Format::Unknown;
    }
    if (!hasUtf16Bom(head) && isMarkup(head, name, error))
        return Format::Unknown;
    return Format::Csv;
}

QString SheetSource::formatName(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Ods:
        return QStringLiteral("ods");
    case Format::Xls:
        return QStringLiteral("xls");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Unknown:
        break;
    }
    return {};
}

QStringList SheetSource::sheetNames(const QString &path, QString *error)
{
    QStringList names;
    QString why;
    switch (detect(path, error)) {
    case Format::Xlsx:
        names = xlsxSheetNames(path, &why);
        break;
    case Format::Ods:
        names = odsSheetNames(path, &why);
        break;
    case Format::Xls:
        names = xlsSheetNames(path, &why);
        break;
    case Format::Csv:
        return { QFileInfo(path).completeBaseName() };
    case Format::Unknown:
        return {};
    }
    if (names.isEmpty())
        setError(error, why.isEmpty() ? tr("%1 contains no sheets.").arg(displayName(path)) : why);
    return names;
}

SheetSource::Result SheetSource::read(
    const QString &path, const QString &sheet, const RowSink &sink, QString *error)
{
    // The row a too-long cell is in: the one after the last row handed on.
    int lastRow = 0;
    const RowSink counting = [&sink, &lastRow](int rowNumber, const QVariantList &cells) {
        lastRow = rowNumber;
        return sink(rowNumber, cells);
    };
    try {
        switch (detect(path, error)) {
        case Format::Xlsx:
            return readXlsx(path, sheet, counting, error);
        case Format::Ods:
            return readOds(path, sheet, counting, error);
        case Format::Xls:
            return readXls(path, sheet, counting, error);
        case Format::Csv:
            if (chooseSheet(path, { QFileInfo(path).completeBaseName() }, sheet, error) < 0)
                return Result::Failed;
            return readCsv(path, counting, error);
        case Format::Unknown:
            break;
        }
    } catch (const CellTooLong &tooLong) {
        const QString where = tooLong.column >= 0
            ? tr("after row %1, in column %2").arg(lastRow).arg(tooLong.column + 1)
            : tr("in the workbook's shared texts");
        setError(error,
            tr("%1 holds a cell longer than %2 characters (Excel's limit), %3. It cannot be a list to "
               "import; nothing was imported.")
                .arg(displayName(path), QLocale(QLocale::English).toString(kMaxCellChars), where));
    }
    return Result::Failed;
}

} // namespace tl
