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
    // Personal data leaves the program masked (Masking::freeText on every text cell, free text
    // included); Full only on the clerk's deliberate, confirmed and recorded choice, or for what
    // goes back to the clerk to correct (the rejected rows of an import).
    enum class PersonalData { Masked, Full };
    // The file is replaced only when the whole workbook was written; a progress callback that
    // returns false cancels (Error::Kind::Cancelled) and leaves any earlier file untouched.
    static Result<void> write(const QString &title, const QStringList &headers, const QList<QVariantList> &rows,
                              const QString &path, const Progress &progress = {},
                              PersonalData personal = PersonalData::Masked);
};

} // namespace tl
