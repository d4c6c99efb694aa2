// Legacy Excel 97–2003 workbooks (BIFF in an OLE2 container) through libfreexl.

#include "import/sheets/SheetSourcePrivate.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <freexl.h>

#include <cerrno>
#include <sys/wait.h>
#include <unistd.h>

namespace tl::sheetsource {

namespace {

// Owns a FreeXL handle: closed on every way out of a reader.
class XlsBook
{
public:
    XlsBook() = default;
    XlsBook(const XlsBook &) = delete;
    XlsBook &operator=(const XlsBook &) = delete;
    ~XlsBook()
    {
        if (m_handle)
            freexl_close(m_handle);
    }

    // metadataOnly skips the cells (enough for the sheet names, and much faster).
    bool open(const QString &path, bool metadataOnly, QString *error)
    {
        const QByteArray native = QFile::encodeName(path);
        const int rc = metadataOnly ? freexl_open_info(native.constData(), &m_handle)
                                    : freexl_open(native.constData(), &m_handle);
        if (rc != FREEXL_OK) {
            setError(error, damagedMessage(path, "xls", errorText(rc)));
            return false;
        }
        unsigned int protection = FREEXL_BIFF_PLAIN;
        if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &protection) == FREEXL_OK
            && protection == FREEXL_BIFF_OBFUSCATED) {
            setError(error,
                SheetSource::tr("%1 is protected by a password. Remove the password in Excel or WPS "
                                "and save it again.")
                    .arg(displayName(path)));
            return false;
        }
        return true;
    }

    QStringList sheetNames() const
    {
        unsigned int count = 0;
        if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
            return {};
        QStringList names;
        for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
            const char *name = nullptr;
            if (freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name) != FREEXL_OK)
                return {};
            names.append(QString::fromUtf8(name));
        }
        return names;
    }

    const void *handle() const { return m_handle; }

    // FreeXL's own words are codes; these are for the "damaged" message's detail.
    static QString errorText(int rc)
    {
        switch (rc) {
        case FREEXL_FILE_NOT_FOUND:
            return QStringLiteral("cannot be opened");
        case FREEXL_INSUFFICIENT_MEMORY:
            return QStringLiteral("not enough memory");
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
            return QStringLiteral("no Excel workbook inside (a Word document, or an encrypted workbook?)");
        case FREEXL_CRAFTED_FILE:
            return QStringLiteral("severely corrupted");
        default:
            return QStringLiteral("FreeXL error %1").arg(rc);
        }
    }

private:
    const void *m_handle = nullptr;
};

QVariant cellValue(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return double(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return cell.value.double_value;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        return QString::fromUtf8(cell.value.text_value);
    case FREEXL_CELL_DATE:
        return QDate::fromString(QString::fromLatin1(cell.value.text_value), QStringLiteral("yyyy-MM-dd"));
    case FREEXL_CELL_DATETIME:
        return QDateTime::fromString(
            QString::fromLatin1(cell.value.text_value), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case FREEXL_CELL_TIME:
        return QTime::fromString(QString::fromLatin1(cell.value.text_value), QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

// libfreexl 1.0.6 crashes (SIGSEGV, double free) on some damaged .xls files — found by the
// fuzz_xls target, reproducible with a ten-line C program, not fixable from here. So a file is
// first read completely by a forked child that touches nothing but FreeXL; only when the child
// comes through does this process read it. A crash becomes a "damaged file" message instead of
// taking the clerk's program (and unsaved input) down. The verdict is remembered per file
// version, so the sheet list and the read that follows probe once.
bool survivesFreexl(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, bool> verdicts;
    const QFileInfo fi(path);
    const QString key = fi.absoluteFilePath() + QLatin1Char('|') + QString::number(fi.size()) + QLatin1Char('|')
                      + QString::number(fi.lastModified().toMSecsSinceEpoch());
    QMutexLocker lock(&mutex);
    if (const auto it = verdicts.constFind(key); it != verdicts.cend())
        return *it;
    const QByteArray native = QFile::encodeName(path);
    const pid_t pid = fork();
    if (pid < 0)
        return true; // cannot probe: read it directly, as before
    if (pid == 0) {
        const void *handle = nullptr;
        if (freexl_open(native.constData(), &handle) == FREEXL_OK) {
            unsigned int sheets = 0;
            freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
            for (unsigned int s = 0; s < sheets && s <= 0xFFFF; ++s) {
                const char *name = nullptr;
                freexl_get_worksheet_name(handle, static_cast<unsigned short>(s), &name);
                unsigned int rows = 0;
                unsigned short columns = 0;
                if (freexl_select_active_worksheet(handle, static_cast<unsigned short>(s)) != FREEXL_OK
                    || freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
                    continue;
                for (unsigned int r = 0; r < rows; ++r)
                    for (unsigned short c = 0; c < columns; ++c) {
                        FreeXL_CellValue cell;
                        freexl_get_cell_value(handle, r, c, &cell);
                    }
            }
            freexl_close(handle);
        }
        _exit(0);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    const bool survived = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    verdicts.insert(key, survived);
    return survived;
}

bool probe(const QString &path, QString *error)
{
    if (survivesFreexl(path))
        return true;
    setError(error, damagedMessage(path, "xls", QStringLiteral("the Excel 97–2003 reader could not get through it")));
    return false;
}

} // namespace

QStringList xlsSheetNames(const QString &path, QString *error)
{
    if (!probe(path, error))
        return {};
    XlsBook book;
    if (!book.open(path, true, error))
        return {};
    return book.sheetNames();
}

Result readXls(const QString &path, const QString &sheet, const RowSink &sink, QString *error)
{
    if (!probe(path, error))
        return Result::Failed;
    XlsBook book;
    if (!book.open(path, false, error))
        return Result::Failed;
    const int index = chooseSheet(path, book.sheetNames(), sheet, error);
    if (index < 0)
        return Result::Failed;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(book.handle(), static_cast<unsigned short>(index)) != FREEXL_OK
        || freexl_worksheet_dimensions(book.handle(), &rows, &columns) != FREEXL_OK) {
        setError(
            error, damagedMessage(path, "xls", QStringLiteral("sheet %1 cannot be read").arg(index + 1)));
        return Result::Failed;
    }
    RowBuilder row(sink);
    for (unsigned int r = 0; r < rows; ++r) {
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(book.handle(), r, c, &cell) == FREEXL_OK)
                row.set(c, cellValue(cell));
        }
        if (!row.deliver(int(r) + 1))
            return Result::Cancelled;
    }
    return Result::Ok;
}

} // namespace tl::sheetsource
