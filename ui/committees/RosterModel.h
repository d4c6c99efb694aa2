#pragma once

#include "committees/CommitteeRepository.h"

#include <QAbstractTableModel>

namespace tl::ui {

class LedgerContext;

// The members of a village's committees as a table (CommitteeRepository::roster). Only the phone
// column is edited in place; it is written at once, with an undo step. Search is left to a
// QSortFilterProxyModel over SearchRole, so typing never goes back to the ledger.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Gender, Age, Ethnicity, Political, Education, Posts, Since, IdNumber, Phone, Reserve, ColumnCount };
    enum Roles {
        PersonIdRole = Qt::UserRole + 1,
        SearchRole, // name, full ID number, posts and phone of the row, for the search box
        SortRole,   // numbers and dates sort as such
    };

    explicit RosterModel(LedgerContext *context, QObject *parent = nullptr);

    void setRoster(qint64 villageId, const QList<RosterEntry> &entries);
    const RosterEntry &entry(int row) const { return m_entries.at(row); }
    int rowOfPerson(qint64 personId) const; // -1 when not listed

    // ID numbers are masked (110105********002X) (Masking::idNumber) unless the clerk asks to see them.
    void setShowFullIds(bool show);
    bool showFullIds() const { return m_showFullIds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An in-place edit the ledger refused, with the reason for the clerk.
    void editRefused(const QString &reason);

private:
    LedgerContext *m_context;
    qint64 m_villageId = 0;
    QList<RosterEntry> m_entries;
    bool m_showFullIds = false;
};

} // namespace tl::ui
