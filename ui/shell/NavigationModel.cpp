#include "shell/NavigationModel.h"

#include "shell/Icons.h"

namespace tl::ui {

NavigationModel::NavigationModel(QObject *parent)
    : QStandardItemModel(parent)
{
    auto *township = new QStandardItem(appIcon(QStringLiteral("township")), QString());
    township->setData(qint64(0), VillageIdRole);
    township->setEditable(false);
    appendRow(township);
}

QModelIndex NavigationModel::townshipIndex() const
{
    return index(0, 0);
}

void NavigationModel::fill(QStandardItem *item, const VillageIndicators &village, int findings) const
{
    item->setText(village.villageName);
    item->setData(village.villageId, VillageIdRole);
    item->setToolTip(findings ? tr("%1: %2 findings").arg(village.villageName).arg(findings)
                              : tr("%1: no findings").arg(village.villageName));
}

void NavigationModel::setLedger(const QString &townshipName, const QList<VillageIndicators> &villages,
    const QHash<qint64, int> &findingCounts)
{
    QStandardItem *township = item(0);
    township->setText(townshipName);
    township->setToolTip(tr("The township overview: every village at a glance"));

    QList<qint64> ids;
    for (const VillageIndicators &v : villages)
        ids << v.villageId;
    if (ids == villageIds()) {
        for (int i = 0; i < villages.size(); ++i)
            fill(township->child(i), villages.at(i), findingCounts.value(villages.at(i).villageId));
        return;
    }
    township->removeRows(0, township->rowCount());
    QList<QStandardItem *> rows;
    rows.reserve(villages.size());
    for (const VillageIndicators &v : villages) {
        auto *item = new QStandardItem(appIcon(QStringLiteral("village")), QString());
        item->setEditable(false);
        fill(item, v, findingCounts.value(v.villageId));
        rows << item;
    }
    // One insertion for all villages: one signal to the view instead of one per village.
    township->insertRows(0, rows);
}

QModelIndex NavigationModel::indexOf(qint64 villageId) const
{
    const QStandardItem *township = item(0);
    if (villageId > 0) {
        for (int i = 0; i < township->rowCount(); ++i)
            if (township->child(i)->data(VillageIdRole).toLongLong() == villageId)
                return township->child(i)->index();
    }
    return township->index();
}

QList<qint64> NavigationModel::villageIds() const
{
    QList<qint64> ids;
    const QStandardItem *township = item(0);
    for (int i = 0; i < township->rowCount(); ++i)
        ids << township->child(i)->data(VillageIdRole).toLongLong();
    return ids;
}

} // namespace tl::ui
