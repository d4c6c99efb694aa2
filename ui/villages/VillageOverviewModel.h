#pragma once

#include "committees/Indicators.h"
#include "storage/Settings.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tl::ui {

// One row per village with the figures the county asks for (core Indicators), plus the number
// of findings. The data is computed once per reload by the caller and handed in whole, so
// painting 200 villages never touches the ledger.
class VillageOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        PartySize,
        CommitteeSize,
        SupervisionSize,
        CommitteeWomen,
        OneShoulder,
        CrossHolders,
        Members,
        AverageAge,
        CollegeShare,
        PartyMembers,
        Reserves,
        Income,
        Stars,
        Findings,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, so 10 sorts after 9
        VillageIdRole,
    };

    explicit VillageOverviewModel(QObject *parent = nullptr);

    void setData(const QList<VillageIndicators> &villages, const QHash<qint64, int> &findingCounts,
        const Targets &targets);
    qint64 villageId(int row) const;
    int rowOf(qint64 villageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const VillageIndicators &v, int column) const;
    QVariant sortValue(const VillageIndicators &v, int column) const;
    bool belowTarget(const VillageIndicators &v, int column) const;

    QList<VillageIndicators> m_villages;
    QHash<qint64, int> m_findings;
    Targets m_targets;
};

} // namespace tl::ui
