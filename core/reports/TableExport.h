#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace tl {

// "导出 Excel" for any table the program shows: exactly the rows and columns given (the view's
// filters applied by the caller). Numbers stay numbers, dates dates, and long digit strings
// (ID numbers, credit codes, phones) are TEXT cells so Excel keeps every digit.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    using Progress = std::function<bool(int done, int total)>;
    // The file is replaced only when the whole workbook was written; a progress callback that
    // returns false cancels (Error::Kind::Cancelled) and leaves any earlier file untouched.
    static Result<void> write(const QString &title, const QStringList &headers, const QList<QVariantList> &rows,
                              const QString &path, const Progress &progress = {});
};

} // namespace tl
