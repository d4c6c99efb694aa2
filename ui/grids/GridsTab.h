#pragma once

#include "shell/LedgerContext.h"

#include <QTimer>
#include <QVector>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTreeView;

namespace tl::ui {

class GridTreeModel;
class HouseholdModel;

// The village's 网格 tab. Left: the grids as a tree (All households, grids with sub-grids,
// Unassigned (N)) with household and people counts and their 网格长 / 网格员; grids above the
// size setting or without a leader are marked. Right: the households of the selected node,
// filtered by text (debounced), 村民小组 and tag, read lazily (HouseholdModel).
//
// Households are added, edited and deleted here, and assigned to a grid and one of its 网格员:
// selected rows with "Assign to grid…", or dragged onto a grid in the tree. Grids are added,
// edited and deleted, or proposed for the whole village and reviewed before they are applied.
// Every edit is one transaction and one undo step; the tab reloads on LedgerContext::changed.
class GridsTab : public QWidget
{
    Q_OBJECT
public:
    explicit GridsTab(LedgerContext *context, QWidget *parent = nullptr);

    void setVillage(qint64 villageId);
    qint64 villageId() const { return m_villageId; }
    // Selects the grid in the tree and lists its households.
    void focusGrid(qint64 gridId);
    // Selects the household's grid (or Unassigned), clears the filters if they hide it, and
    // selects its row.
    void focusHousehold(qint64 householdId);
    void reload();

    // The pieces, for tests and for the window that embeds the tab.
    QTreeView *gridView() const { return m_tree; }
    QTableView *householdView() const { return m_table; }
    GridTreeModel *gridModel() const { return m_grids; }
    HouseholdModel *householdModel() const { return m_households; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *groupCombo() const { return m_group; }
    QComboBox *tagCombo() const { return m_tag; }
    QLabel *statusLabel() const { return m_status; }
    // "Export to Excel…" of the households listed and of the grid tree (buttons, context menus).
    QAction *householdExportAction() const { return m_exportHouseholds; }
    QAction *gridExportAction() const { return m_exportGrids; }
    qint64 currentGridId() const; // 0 when All or Unassigned is selected
    QVector<qint64> selectedHouseholdIds() const;
    void applyFilterNow(); // what the debounce timer does, at once

    // Writes an assignment as one undo step (workerId may be AssignDialog::kShareAmongWorkers;
    // gridId 0 takes the households out of their grid). false with *error when refused.
    bool assignHouseholds(const QVector<qint64> &ids, qint64 gridId, qint64 workerId, const QString &note = {},
                          QString *error = nullptr);
    // Without asking: the slots below ask first.
    bool deleteHouseholds(const QVector<qint64> &ids, QString *error = nullptr);
    bool deleteGrid(qint64 gridId, QString *error = nullptr);

public Q_SLOTS:
    void addHousehold();
    void editCurrentHousehold();
    void deleteSelectedHouseholds();
    void assignSelected();
    void addGrid();
    void addSubGrid();
    void editCurrentGrid();
    void deleteCurrentGrid();
    void proposeGrids();
    void editGridSettings();

private:
    QWidget *buildTreePane();
    QWidget *buildHouseholdPane();
    void onLedgerChanged(LedgerContext::Change what, qint64 villageId);
    void reloadNow();
    void fillGroups();
    void onTreeCurrentChanged();
    void updateActions();
    void updateStatus();
    void showMessage(const QString &text, bool error = false);
    void fitTreeColumns();
    void showTreeMenu(const QPoint &pos);
    void showTableMenu(const QPoint &pos);
    bool selectTreeNode(int kind, qint64 gridId);
    void selectHouseholdRow(qint64 householdId);

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    bool m_reloadPending = false;
    bool m_restoring = false;
    QTimer m_filterTimer;

    GridTreeModel *m_grids;
    HouseholdModel *m_households;
    QTreeView *m_tree;
    QLabel *m_noGrids;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_group;
    QComboBox *m_tag;
    QCheckBox *m_fullIds;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_addHousehold;
    QPushButton *m_editHousehold;
    QPushButton *m_deleteHousehold;
    QPushButton *m_assign;
    QPushButton *m_addGrid;
    QPushButton *m_addSubGrid;
    QPushButton *m_editGrid;
    QPushButton *m_deleteGrid;
    QPushButton *m_propose;
    QPushButton *m_settings;
    QAction *m_exportHouseholds = nullptr;
    QAction *m_exportGrids = nullptr;
};

} // namespace tl::ui
