#pragma once

#include "grids/Grids.h"

#include <QAbstractItemModel>
#include <QVector>

namespace tl::ui {

class LedgerContext;

// The grids of one village as a tree: "All households", each grid (with its sub-grids below it,
// where a county uses four levels) and "Unassigned (N)". Each grid row shows its households and
// people (a grid counts its sub-grids' too, as the household list does), its 网格长 and 网格员.
// Grids above the size setting or without a leader are marked, as the findings panel would.
//
// Households dragged from a HouseholdModel can be dropped on a grid (assign) or on Unassigned
// (take them out of their grid); the model only reports the drop (householdsDropped), the tab
// writes it.
class GridTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Households, People, Leader, Workers, ColumnCount };
    enum class NodeKind { All, Grid, Unassigned };
    enum Roles {
        GridIdRole = Qt::UserRole + 1, // 0 for All and Unassigned
        NodeKindRole,                  // int(NodeKind)
        ProblemRole,                   // translated problems of the grid, "" when none
    };

    explicit GridTreeModel(LedgerContext *context, QObject *parent = nullptr);

    void setVillage(qint64 villageId);
    qint64 villageId() const { return m_villageId; }
    void reload(); // summaries, unassigned count and grid settings read again

    int totalHouseholds() const { return m_total; }
    int unassignedHouseholds() const { return m_unassigned; }
    const QList<GridSummary> &summaries() const { return m_summaries; }
    // The summary of a grid (nullptr when not in this village); counts are its own, without sub-grids.
    const GridSummary *summary(qint64 gridId) const;
    int householdsOf(qint64 gridId) const; // with its sub-grids
    QString problemsOf(qint64 gridId) const;

    QModelIndex indexOfAll() const;
    QModelIndex indexOfUnassigned() const;
    QModelIndex indexOfGrid(qint64 gridId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // Households were dropped on a grid (gridId > 0) or on Unassigned (gridId 0). Emitted after
    // the drag has finished, so the handler may change the ledger and reload the views.
    void householdsDropped(const QVector<qint64> &householdIds, qint64 gridId);

private:
    struct Node
    {
        NodeKind kind = NodeKind::All;
        int summary = -1;   // index in m_summaries for grids
        int parent = -1;    // node index; -1 at the top
        int row = 0;        // row under its parent
        QVector<int> children;
        int households = 0; // with sub-grids
        int people = 0;
        QString problems;
        bool oversize = false; // marks the Households column
    };

    void build();
    int nodeOf(const QModelIndex &index) const;
    const QVector<int> &childrenOf(int node) const;

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    GridSettings m_settings;
    QList<GridSummary> m_summaries;
    int m_total = 0;
    int m_unassigned = 0;
    int m_unassignedPeople = 0;
    QVector<Node> m_nodes;
    QVector<int> m_top;
};

} // namespace tl::ui
