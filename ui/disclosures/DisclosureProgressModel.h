#pragma once

#include "disclosures/Disclosures.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace tl::ui {

// 公开进度: villages × periods (months for finance, quarters for village and party affairs) of one
// year, each cell the schedule's verdict: done, done late, due, overdue, or nothing yet (the
// period has not ended) / not owed (the village was not in the ledger). Fed with the result of a
// single DisclosureSchedule::items call for the year (all kinds); switching the kind only filters.
class DisclosureProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        StateRole = Qt::UserRole + 1, // int(DueItem::State), or -1 when the cell has no item
        VillageIdRole,
        DisclosureIdRole, // 0 when nothing was disclosed
        PeriodStartRole,
        PeriodEndRole,
        KindRole,
    };
    struct VillageRow
    {
        qint64 id = 0;
        QString name;
    };

    explicit DisclosureProgressModel(QObject *parent = nullptr);

    void setSchedule(const QList<VillageRow> &villages, const QList<DueItem> &items, int year, const QDate &today);
    void setKind(DisclosureKind kind);
    DisclosureKind kind() const { return m_kind; }
    int year() const { return m_year; }

    int periodCount() const { return m_kind == DisclosureKind::Finance ? 12 : 4; }
    bool isPeriodColumn(int column) const { return column >= 1 && column <= periodCount(); }
    int overdueColumn() const { return periodCount() + 1; }
    QPair<QDate, QDate> periodOfColumn(int column) const;
    const VillageRow &village(int row) const { return m_villages.at(row); }
    const DueItem *item(int row, int column) const;
    int count(DueItem::State state) const; // cells of the current kind in that state

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<VillageRow> m_villages;
    QList<DueItem> m_all;
    int m_year = 0;
    QDate m_today;
    DisclosureKind m_kind = DisclosureKind::Finance;
    QList<QList<std::optional<DueItem>>> m_cells; // [village][period]
};

} // namespace tl::ui
