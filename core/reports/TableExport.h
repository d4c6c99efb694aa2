#pragma once

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
    static bool write(const QString &title, const QStringList &headers, const QList<QVariantList> &rows,
                      const QString &path, QString *error, const Progress &progress = {});
};

} // namespace tl
