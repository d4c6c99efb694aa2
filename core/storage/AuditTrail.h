#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tl {

class AuditText;
class Ledger;

// One recorded change: an insert or delete (the whole record as a JSON object naming each column,
// whichever form the trail holds it in) or one changed field.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString clerk;
    QString osUser;
    QString source; // edit, import, change-of-term, undo, restore …
    qint64 batch = 0; // the import_log id of an import
    QString table;
    QString record;
    QString action; // insert, update, delete
    QString field;
    QString oldValue;
    QString newValue;
};

struct AuditFilter
{
    QDate since;     // inclusive
    QDate until;     // inclusive
    QString table;   // empty = all
    QString record;  // with table: one record's history ("修改记录")
    QString source;  // empty = all
    QString text;    // in the values, clerk or user
    int limit = 0;   // 0 = no limit; newest first when limited
    qint64 beforeId = 0; // > 0: only entries older than this one (AuditEntry::id), for paging
};

// Reading the audit trail kept by the triggers of schema version 7 (see Schema.cpp). There is
// deliberately no way to change or delete it here; the file itself refuses (RAISE(ABORT)).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    static QList<AuditEntry> entries(Ledger &ledger, const AuditFilter &filter);
    static int count(Ledger &ledger, const AuditFilter &filter);

    static QString tableName(const QString &table);   // translated: 村, 人员, 户 …
    static QString actionName(const QString &action); // 新增, 修改, 删除
    static QString sourceName(const QString &source); // 录入, 导入, 换届, 撤销, 恢复
    static QString fieldName(const QString &field);   // the column as the program names it
    static QStringList tables();

    // "2026-11-23 10:15:02  张三 (clerk)  import #3  person 17  update  phone: 138… → 139…"
    static QString line(const AuditEntry &entry, bool masked);
    // The whole record an insert or a delete holds, as stored: an object naming each column
    // (schema versions 7 to 13) or an array in the order of the table's audited columns (14 on;
    // an array shorter than today's list was written before the later columns were added).
    // Empty when `stored` is neither.
    static QJsonObject recordValues(const QString &table, const QString &stored);

    // Personal data in a value (ID numbers, phones) masked for anything handed on.
    static QString maskValue(const QString &field, const QString &value);

    // The entries as an .xlsx workbook (masked unless told otherwise); with `text`, sources,
    // records, fields and values in words as the clerk reads them (AuditText).
    static bool writeWorkbook(const QList<AuditEntry> &entries, const QString &path, bool masked, QString *error,
                              const AuditText *text = nullptr);

    // Records that `file` was written with full ID and phone numbers (the table or report named
    // `what`, `rows` rows): an export_log row, which its trigger puts into the trail with source
    // 'export' (who, when, which file). Fails on a read-only ledger: such an export is refused.
    static Result<void> recordExport(Ledger &ledger, const QString &file, const QString &what, int rows);
};

} // namespace tl
