#include "reports/TableExport.h"

#include "reports/XlsxWriter.h"
#include "storage/AtomicFile.h"

#include <QDate>
#include <QDir>
#include <QFile>

namespace tl {

Result<void> TableExport::write(const QString &title, const QStringList &headers, const QList<QVariantList> &rows,
                                const QString &path, const Progress &progress, PersonalData personal)
{
    AtomicFile out(path); // before the workbook: its partial file is removed after the workbook is closed
    QString failure;
    bool ok = false;
    bool cancelled = false;
    {
        XlsxWorkbook book(out.tempPath());
        book.maskPersonalData = personal == PersonalData::Masked;
        if (!book.isOpen()) {
            failure = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        } else {
            // Sheet names: at most 31 characters, none of []:*?/\.
            QString name = title.left(31);
            for (QChar c : QStringLiteral("[]:*?/\\"))
                name.replace(c, QLatin1Char(' '));
            XlsxSheet *sheet = book.addSheet(name.trimmed().isEmpty() ? QStringLiteral("Sheet1") : name.trimmed());
            sheet->begin(title, headers);
            for (int r = 0; r < rows.size(); ++r) {
                if (progress && r % 500 == 0 && !progress(r, int(rows.size()))) {
                    cancelled = true;
                    break;
                }
                const QVariantList &row = rows[r];
                for (int c = 0; c < row.size() && c < headers.size(); ++c) {
                    const QVariant &v = row[c];
                    switch (v.typeId()) {
                    case QMetaType::Int:
                    case QMetaType::LongLong:
                    case QMetaType::UInt:
                    case QMetaType::ULongLong:
                        sheet->integer(c, v.toLongLong());
                        break;
                    case QMetaType::Double:
                    case QMetaType::Float:
                        sheet->number(c, v.toDouble(), true);
                        break;
                    case QMetaType::QDate:
                        sheet->date(c, v.toDate());
                        break;
                    case QMetaType::Bool:
                        sheet->text(c, v.toBool() ? tr("Yes") : tr("No"));
                        break;
                    default:
                        if (!v.isNull())
                            sheet->text(c, v.toString());
                        break;
                    }
                }
                sheet->nextRow();
            }
            sheet->finish();
            if (!cancelled) {
                QString closeError;
                ok = book.close(&closeError);
                if (!ok)
                    failure = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), closeError);
            }
        }
    }
    if (ok) {
        ok = out.commit();
        if (!ok)
            failure = tr("cannot put %1 in place").arg(QDir::toNativeSeparators(path));
    }
    if (cancelled)
        return Error::cancelled();
    if (!ok)
        return Error::database(failure);
    if (progress)
        progress(int(rows.size()), int(rows.size()));
    return {};
}

} // namespace tl
