#pragma once

#include "matters/MatterBoard.h"

#include <QAbstractTableModel>
#include <QDate>

namespace tl::ui {

// Matters as rows (MatterBoard's BoardRow: the facts plus status, next step, due date and
// defects, all derived once when the rows are loaded). Used by a village's matters list and by
// the township-wide board; data() only reads the list, it never queries the ledger.
class MatterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Village, Category, Amount, Status, NextStep, Due, Defects, LastDate, MotionSource, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // typed value for sorting (amount in 分, dates, counts)
        MatterIdRole,
        VillageIdRole,
        NeedsActionRole,              // overdue or with defects
    };

    explicit MatterModel(QObject *parent = nullptr);

    // Replaces the rows; they are kept most urgent first (BoardRow::urgencyKey on `today`), which
    // is the order a view shows while no column is sorted.
    void setRows(QList<BoardRow> rows, const QDate &today);
    const QList<BoardRow> &rows() const { return m_rows; }
    const BoardRow &row(int r) const { return m_rows.at(r); }
    int rowOfMatter(qint64 matterId) const; // -1 when not listed
    static bool needsAction(const BoardRow &row) { return row.overdue || !row.defects.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BoardRow> m_rows;
    QDate m_today;
};

} // namespace tl::ui
