#pragma once

// The change history as a clerk reads it: field names, coded values and references in words
// (学历：大学本科, 决议形式：村民代表会议, 网格员：张三 → 李四, 金额：380,000.00元), the source of a change
// with its import batch and file (导入（第3批，农户.xlsx）). The trail itself keeps the stored
// values; `audit --json` hands those on unchanged.

#include "storage/AuditTrail.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace tl {

class Ledger;

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    explicit AuditText(Ledger &ledger);

    QString field(const QString &table, const QString &field) const;
    // One stored value in words; `masked` hides ID and phone numbers.
    QString value(const QString &table, const QString &field, const QString &stored, bool masked) const;
    // "人员 张三", "事项 村内道路硬化"; the table's name and the number when the record is gone.
    QString record(const AuditEntry &e) const;
    QString source(const AuditEntry &e) const;
    // 学历：大专 → 大学本科; for an added or deleted record its fields, 姓名：张三，性别：男 …
    QString change(const AuditEntry &e, bool masked) const;
    // The whole entry on one line, tab-separated: time, who, source, record type, record, action, change.
    QString line(const AuditEntry &e, bool masked) const;

private:
    QString lookup(const QString &sql, qint64 id) const;
    QString reference(const QString &table, qint64 id) const;

    Ledger &m_ledger;
    mutable QHash<QString, QString> m_cache;
};

} // namespace tl
