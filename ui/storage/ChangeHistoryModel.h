#pragma once

#include "storage/AuditText.h"
#include "storage/AuditTrail.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tl {
class Ledger;
}

namespace tl::ui {

// The audit trail (修改记录) as a read-only table, newest change first. It reads one page at a
// time (kPageSize rows, AuditFilter::beforeId) and the view asks for the next page when it is
// scrolled to the end (canFetchMore / fetchMore), so a trail of 100,000 changes opens at once.
// ID numbers and phones are masked (AuditTrail::maskValue); a whole record (an addition or a
// deletion) is shown as "Name: …; Phone: …" rather than as JSON.
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Clerk,
        SystemUser,
        DoneBy,
        RecordType,
        Record,
        Change,
        Field,
        OldValue,
        NewValue,
        ColumnCount
    };
    enum Roles
    {
        EntryIdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 500;

    explicit ChangeHistoryModel(Ledger &ledger, QObject *parent = nullptr);

    // Reads the first page for this filter (its limit and beforeId are ignored).
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    // The same filter again, e.g. after the ledger changed.
    void reload();
    // How many changes the filter lets through (all pages), and how many are read so far.
    int totalCount() const { return m_total; }
    int loadedCount() const { return int(m_entries.size()); }
    void fetchAll();
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    // "17 · 张三": the record's id and, where the program can tell, its name.
    QString recordLabel(const QString &table, const QString &record) const;
    // A value as shown: masked, a whole record spelled out field by field.
    static QString shownValue(const QString &field, const QString &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadedChanged(); // after a reset or another page

private:
    QList<AuditEntry> readPage() const;
    void noteNames(const QList<AuditEntry> &entries);

    Ledger &m_ledger;
    AuditText m_text; // fields, codes and references in words
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    int m_total = 0;
    bool m_exhausted = true;
    // Record names: looked up once per record, or read from an addition/deletion in the trail
    // (a deleted record cannot be looked up any more).
    mutable QHash<QString, QString> m_names;
    QHash<QString, QString> m_namesFromTrail;
};

} // namespace tl::ui
