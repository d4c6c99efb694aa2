#pragma once

#include "model/Domain.h"

#include <QAbstractTableModel>

namespace tl::ui {

// One line of the reserve pool: the entry and the person it names.
struct ReserveRow
{
    ReserveCadre cadre;
    Person person;
};

// The 后备人才 of a village as a read-only table; edits go through ReserveTab's dialogs.
class ReserveModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Removed: when and why a former cadre was taken off the list (empty while on it).
    enum Column { Name, Gender, Age, Education, Political, Source, Added, Note, Removed, ColumnCount };
    enum Roles { CadreIdRole = Qt::UserRole + 1, PersonIdRole, SortRole };

    explicit ReserveModel(QObject *parent = nullptr);

    void setRows(const QList<ReserveRow> &rows, const QDate &today);
    const ReserveRow &row(int r) const { return m_rows.at(r); }
    int rowOfCadre(qint64 cadreId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReserveRow> m_rows;
    QDate m_today;
};

} // namespace tl::ui
