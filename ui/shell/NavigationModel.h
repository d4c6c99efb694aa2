#pragma once

#include "committees/Indicators.h"

#include <QHash>
#include <QStandardItemModel>

namespace tl::ui {

// The tree on the left: the township, and under it its villages in ledger order. Each item
// carries the village id (0 for the township) in VillageIdRole.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles
    {
        VillageIdRole = Qt::UserRole + 1
    };

    explicit NavigationModel(QObject *parent = nullptr);

    // Updates the items in place when the villages are the same ones (so the view keeps its
    // selection and scroll position), and rebuilds the list otherwise.
    void setLedger(const QString &townshipName, const QList<VillageIndicators> &villages,
        const QHash<qint64, int> &findingCounts);

    QModelIndex townshipIndex() const;
    QModelIndex indexOf(qint64 villageId) const; // the township's index for 0 or an unknown id
    QList<qint64> villageIds() const;

private:
    void fill(QStandardItem *item, const VillageIndicators &village, int findings) const;
};

} // namespace tl::ui
