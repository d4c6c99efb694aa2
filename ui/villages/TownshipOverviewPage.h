#pragma once

#include "model/Domain.h"
#include "committees/Indicators.h"
#include "storage/Settings.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tl::ui {

class VillageOverviewModel;

// The township at a glance: its name, the totals, and one row per village with the figures the
// county asks for. It shows what the window computed; it never reads the ledger itself.
class TownshipOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit TownshipOverviewPage(QWidget *parent = nullptr);

    void setData(const Township &township, const QList<VillageIndicators> &villages,
        const QHash<qint64, int> &findingCounts, const Targets &targets);
    void setEditable(bool editable);

    VillageOverviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void villageActivated(qint64 villageId);
    void addVillageRequested();

private:
    void fitColumns();
    int headerTextWidth(int column) const;
    void makeRoomForSortArrow(int column);

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_empty;
    QPushButton *m_addVillage;
    VillageOverviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_export;
    QString m_townshipName;
    bool m_sizedColumns = false;
};

} // namespace tl::ui
