// Legacy Excel 97–2003 workbooks (BIFF in an OLE2 container) through libfreexl, in this process.
// See XlsInProcess.h for why only the helper program and the fuzz target call this.

#include "import/sheets/XlsInProcess.h"

#include "import/sheets/SheetSourcePrivate.h"

#include <QDateTime>
#include <QFile>

#include <freexl.h>

namespace tl::sheetsource {

namespace {

void setProblem(XlsProblem *problem, XlsProblem::Kind kind, const QString &detail = {})
{
    if (problem) {
        problem->kind = kind;
        problem->detail = detail;
    }
}

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
    bool open(const QString &path, bool metadataOnly, XlsProblem *problem)
    {
        const QByteArray native = QFile::encodeName(path);
        const int rc = metadataOnly ? freexl_open_info(native.constData(), &m_handle)
                                    : freexl_open(native.constData(), &m_handle);
        if (rc != FREEXL_OK) {
            setProblem(problem, XlsProblem::Kind::Damaged, errorText(rc));
            return false;
        }
        unsigned int protection = FREEXL_BIFF_PLAIN;
        if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &protection) == FREEXL_OK
            && protection == FREEXL_BIFF_OBFUSCATED) {
            setProblem(problem, XlsProblem::Kind::Password);
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

} // namespace

QString xlsProblemMessage(const QString &path, const XlsProblem &problem)
{
    switch (problem.kind) {
    case XlsProblem::Kind::Password:
        return SheetSource::tr("%1 is protected by a password. Remove the password in Excel or WPS "
                               "and save it again.")
            .arg(displayName(path));
    case XlsProblem::Kind::Damaged:
    case XlsProblem::Kind::None:
        break;
    }
    return damagedMessage(path, "xls", problem.detail);
}

QStringList xlsSheetNamesInProcess(const QString &path, XlsProblem *problem, QString *error)
{
    XlsProblem found;
    XlsBook book;
    if (!book.open(path, true, &found)) {
        setError(error, xlsProblemMessage(path, found));
        if (problem)
            *problem = found;
        return {};
    }
    return book.sheetNames();
}

Result readXlsInProcess(const QString &path, const QString &sheet, const RowSink &sink, XlsReadInfo *info,
                        QString *error)
{
    XlsReadInfo local;
    XlsReadInfo &out = info ? *info : local;
    out = XlsReadInfo{};
    XlsBook book;
    if (!book.open(path, false, &out.problem)) {
        setError(error, xlsProblemMessage(path, out.problem));
        return Result::Failed;
    }
    out.names = book.sheetNames();
    out.sheet = chooseSheet(path, out.names, sheet, error);
    if (out.sheet < 0)
        return Result::Failed;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(book.handle(), static_cast<unsigned short>(out.sheet)) != FREEXL_OK
        || freexl_worksheet_dimensions(book.handle(), &rows, &columns) != FREEXL_OK) {
        setProblem(&out.problem, XlsProblem::Kind::Damaged, QStringLiteral("sheet %1 cannot be read").arg(out.sheet + 1));
        setError(error, xlsProblemMessage(path, out.problem));
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
