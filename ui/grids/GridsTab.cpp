#include "grids/GridsTab.h"

#include "grids/AssignDialog.h"
#include "grids/GridDialog.h"
#include "edits/GridEdits.h"
#include "grids/GridProposal.h"
#include "grids/GridProposalDialog.h"
#include "grids/GridSettingsDialog.h"
#include "grids/GridTreeModel.h"
#include "grids/HouseholdDialog.h"
#include "grids/HouseholdModel.h"
#include "grids/HouseholdRepository.h"
#include "storage/Settings.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {

namespace {
constexpr int kFilterDelayMs = 150; // typing a name is not a query per keystroke

using Kind = GridTreeModel::NodeKind;

QPushButton *button(const QString &text, const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    return b;
}

QString number(int n)
{
    return QLocale().toString(n);
}
} // namespace

GridsTab::GridsTab(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("GridsTab"));
    m_grids = new GridTreeModel(context, this);
    m_households = new HouseholdModel(context, this);
    connect(m_households, &HouseholdModel::searchPendingChanged, this, [this] { updateStatus(); });
    m_households->setDragEnabled(true);

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("gridsSplitter"));
    splitter->addWidget(buildTreePane());
    splitter->addWidget(buildHouseholdPane());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({540, 820}); // the tree needs room for its staff columns
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("gridsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(kFilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &GridsTab::applyFilterNow);
    connect(context, &LedgerContext::changed, this, &GridsTab::onLedgerChanged);
    connect(m_grids, &GridTreeModel::householdsDropped, this,
            [this](const QVector<qint64> &ids, qint64 gridId) { assignHouseholds(ids, gridId, 0); });
    updateActions();
}

QWidget *GridsTab::buildTreePane()
{
    auto *pane = new QWidget(this);
    auto *v = new QVBoxLayout(pane);
    v->setContentsMargins(0, 0, 0, 0);

    m_tree = new QTreeView(pane);
    m_tree->setObjectName(QStringLiteral("gridTree"));
    m_tree->setModel(m_grids);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false); // the marked grids carry their own background
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // Households dragged from the table land on a grid (or on Unassigned).
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    v->addWidget(m_tree, 1);
    m_noGrids = new QLabel(tr("This village has no grids yet. Propose grids… suggests them from the villager groups "
                              "for you to review; New grid… adds one by hand."),
                           pane);
    m_noGrids->setObjectName(QStringLiteral("noGridsHint"));
    m_noGrids->setWordWrap(true);
    m_noGrids->hide();
    v->addWidget(m_noGrids);

    auto *row1 = new QHBoxLayout;
    m_addGrid = button(tr("&New grid…"), QStringLiteral("addGridButton"), tr("Add a grid to the village"), pane);
    m_addSubGrid = button(tr("New s&ub-grid…"), QStringLiteral("addSubGridButton"),
                          tr("Add a grid below the selected one (where the county uses four levels)"), pane);
    m_editGrid = button(tr("Edit g&rid…"), QStringLiteral("editGridButton"),
                        tr("Name, code, grid leader, grid workers and area of the selected grid"), pane);
    m_deleteGrid = button(tr("Delete grid"), QStringLiteral("deleteGridButton"),
                          tr("Delete the selected grid; its households become unassigned"), pane);
    row1->addWidget(m_addGrid);
    row1->addWidget(m_addSubGrid);
    row1->addWidget(m_editGrid);
    row1->addWidget(m_deleteGrid);
    row1->addStretch(1);
    v->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    m_propose = button(tr("&Propose grids…"), QStringLiteral("proposeGridsButton"),
                       tr("Suggest grids for the whole village from its villager groups; you review them before "
                          "anything is written"),
                       pane);
    m_settings = button(tr("Grid r&ules…"), QStringLiteral("gridSettingsButton"),
                        tr("Households per grid and per grid worker (for the whole township)"), pane);
    row2->addWidget(m_propose);
    row2->addWidget(m_settings);
    row2->addStretch(1);
    // The tree has its own context menu (showTreeMenu): the action is added there.
    m_exportGrids = TableExporter::addExportAction(
        m_tree, this, [this] { return tr("Grids – %1").arg(m_context->villageName(m_villageId)); });
    m_exportGrids->setToolTip(tr("Save the grids with their households, people, leaders and workers as an Excel workbook"));
    m_exportGrids->setStatusTip(m_exportGrids->toolTip());
    row2->addWidget(TableExporter::exportButton(m_exportGrids, pane, tr("Expor&t grids…")));
    v->addLayout(row2);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GridsTab::onTreeCurrentChanged);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &GridsTab::showTreeMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.data(GridTreeModel::NodeKindRole).toInt() == int(Kind::Grid))
            editCurrentGrid();
    });
    connect(m_addGrid, &QPushButton::clicked, this, &GridsTab::addGrid);
    connect(m_addSubGrid, &QPushButton::clicked, this, &GridsTab::addSubGrid);
    connect(m_editGrid, &QPushButton::clicked, this, &GridsTab::editCurrentGrid);
    connect(m_deleteGrid, &QPushButton::clicked, this, &GridsTab::deleteCurrentGrid);
    connect(m_propose, &QPushButton::clicked, this, &GridsTab::proposeGrids);
    connect(m_settings, &QPushButton::clicked, this, &GridsTab::editGridSettings);
    return pane;
}

QWidget *GridsTab::buildHouseholdPane()
{
    auto *pane = new QWidget(this);
    auto *v = new QVBoxLayout(pane);
    v->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("householdFilter"));
    m_filter->setPlaceholderText(tr("Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_group = new QComboBox(pane);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag = new QComboBox(pane);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &code : HouseholdText::tagCodes())
        m_tag->addItem(HouseholdText::tag(code), code);
    m_fullIds = new QCheckBox(tr("Full I&D numbers"), pane);
    m_fullIds->setObjectName(QStringLiteral("fullIdsCheck"));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_group);
    filters->addWidget(m_tag);
    filters->addWidget(m_fullIds);
    v->addLayout(filters);

    auto *buttons = new QHBoxLayout;
    m_addHousehold = button(tr("&Add household…"), QStringLiteral("addHouseholdButton"),
                            tr("Add a household to the village (Ins)"), pane);
    m_editHousehold = button(tr("&Edit…"), QStringLiteral("editHouseholdButton"),
                             tr("Edit the selected household and see its grid history (Enter or double-click)"), pane);
    m_deleteHousehold = button(tr("&Delete"), QStringLiteral("deleteHouseholdButton"),
                               tr("Delete the selected households (Del)"), pane);
    m_assign = button(tr("A&ssign to grid…"), QStringLiteral("assignButton"),
                      tr("Put the selected households into a grid and give them a grid worker. You can also drag "
                         "them onto a grid on the left."),
                      pane);
    buttons->addWidget(m_addHousehold);
    buttons->addWidget(m_editHousehold);
    buttons->addWidget(m_deleteHousehold);
    buttons->addSpacing(12);
    buttons->addWidget(m_assign);
    buttons->addStretch(1);
    v->addLayout(buttons);

    m_table = new QTableView(pane);
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setModel(m_households);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // rows keep the ledger's order (by villager group)
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::MoveAction);
    // After a move the view would clear the dragged cells one by one (a table's default); the
    // rows leave the list by the reload instead.
    m_table->setDragDropOverwriteMode(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: measuring contents would read every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < HouseholdModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, m_households->columnWidth(c, m_table->fontMetrics()));
    m_table->setColumnHidden(HouseholdModel::Village, true);
    v->addWidget(m_table, 1);
    // The table has its own context menu (showTableMenu): the action is added there.
    m_exportHouseholds = TableExporter::addExportAction(m_table, this, [this] {
        const QString village = m_context->villageName(m_villageId);
        const QModelIndex node = m_tree->currentIndex();
        switch (Kind(node.data(GridTreeModel::NodeKindRole).toInt())) {
        case Kind::Grid:
            if (const GridSummary *s = m_grids->summary(currentGridId()))
                return tr("Households – %1 – %2", "village, grid").arg(village, s->grid.name);
            break;
        case Kind::Unassigned:
            return tr("Households in no grid – %1").arg(village);
        case Kind::All:
            break;
        }
        return tr("Households – %1").arg(village);
    });
    buttons->addWidget(TableExporter::exportButton(m_exportHouseholds, pane)); // at the end of the row above

    m_status = new QLabel(pane);
    m_status->setObjectName(QStringLiteral("householdStatus"));
    v->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (!m_restoring) // cleared by the tab itself: it applies the filter at once
            m_filterTimer.start();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        m_table->setFocus();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_restoring)
            applyFilterNow();
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_restoring)
            applyFilterNow();
    });
    connect(m_fullIds, &QCheckBox::toggled, m_households, &HouseholdModel::setShowFullIds);
    connect(m_addHousehold, &QPushButton::clicked, this, &GridsTab::addHousehold);
    connect(m_editHousehold, &QPushButton::clicked, this, &GridsTab::editCurrentHousehold);
    connect(m_deleteHousehold, &QPushButton::clicked, this, &GridsTab::deleteSelectedHouseholds);
    connect(m_assign, &QPushButton::clicked, this, &GridsTab::assignSelected);
    connect(m_table, &QTableView::doubleClicked, this, &GridsTab::editCurrentHousehold);
    connect(m_table, &QTableView::customContextMenuRequested, this, &GridsTab::showTableMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GridsTab::updateActions);
    connect(m_households, &QAbstractItemModel::modelReset, this, &GridsTab::updateActions);

    auto shortcut = [this](const QKeySequence &keys, QWidget *on, auto slot) {
        auto *s = new QShortcut(keys, on, nullptr, nullptr, Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Delete, m_table, &GridsTab::deleteSelectedHouseholds);
    shortcut(QKeySequence(Qt::Key_Return), m_table, &GridsTab::editCurrentHousehold);
    shortcut(QKeySequence(Qt::Key_Enter), m_table, &GridsTab::editCurrentHousehold);
    shortcut(QKeySequence(Qt::Key_Insert), m_table, &GridsTab::addHousehold);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    return pane;
}

// ---- loading ----

void GridsTab::setVillage(qint64 villageId)
{
    m_villageId = villageId;
    m_message->hide();
    m_restoring = true;
    m_filter->clear();
    m_tag->setCurrentIndex(0);
    m_filterTimer.stop();
    m_grids->setVillage(villageId);
    fillGroups();
    m_group->setCurrentIndex(0);
    m_tree->expandAll();
    fitTreeColumns();
    m_restoring = false;
    // Start on Unassigned when there is work to do there, else on all households.
    const QModelIndex start = m_grids->unassignedHouseholds() > 0 ? m_grids->indexOfUnassigned() : m_grids->indexOfAll();
    if (start.isValid() && m_tree->currentIndex() != start)
        m_tree->setCurrentIndex(start); // applies the filter
    else
        applyFilterNow();
}

void GridsTab::reload()
{
    reloadNow();
}

void GridsTab::onLedgerChanged(LedgerContext::Change what, qint64 villageId)
{
    if (m_villageId <= 0)
        return;
    if (villageId != 0 && villageId != m_villageId && what != LedgerContext::Change::Settings)
        return;
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    // Changes come in bursts (an edit, then its notification): one reload after them.
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reloadNow();
    });
}

void GridsTab::reloadNow()
{
    m_reloadPending = false;
    if (m_villageId <= 0)
        return;
    const QModelIndex was = m_tree->currentIndex();
    const int kind = was.isValid() ? was.data(GridTreeModel::NodeKindRole).toInt() : int(Kind::All);
    const qint64 gridId = was.isValid() ? was.data(GridTreeModel::GridIdRole).toLongLong() : 0;

    m_restoring = true;
    m_grids->reload();
    m_tree->expandAll();
    fitTreeColumns();
    fillGroups();
    const bool same = selectTreeNode(kind, gridId);
    m_restoring = false;
    if (same)
        m_households->reload(); // the same list, read again; keeps the selection when rows stay
    else
        applyFilterNow(); // the grid is gone: the tree fell back to All households
    updateStatus();
    updateActions();
}

// Groups of the village for the filter; the chosen one stays chosen if it still exists.
void GridsTab::fillGroups()
{
    const QString chosen = m_group->currentData().toString();
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    if (m_villageId > 0)
        for (const QString &g : HouseholdRepository(m_context->ledger()).groups(m_villageId))
            if (!g.isEmpty()) // an empty group cannot be asked for: "All groups" lists those households
                m_group->addItem(g, g);
    m_group->setCurrentIndex(qMax(0, chosen.isEmpty() ? 0 : m_group->findData(chosen)));
    m_restoring = wasRestoring;
}

bool GridsTab::selectTreeNode(int kind, qint64 gridId)
{
    QModelIndex target;
    if (kind == int(Kind::Grid))
        target = m_grids->indexOfGrid(gridId);
    else if (kind == int(Kind::Unassigned))
        target = m_grids->indexOfUnassigned();
    else
        target = m_grids->indexOfAll();
    const bool found = target.isValid();
    if (!found)
        target = m_grids->indexOfAll();
    if (target.isValid())
        m_tree->setCurrentIndex(target);
    return found;
}

void GridsTab::onTreeCurrentChanged()
{
    if (m_restoring)
        return;
    applyFilterNow();
}

void GridsTab::applyFilterNow()
{
    m_filterTimer.stop();
    HouseholdFilter f;
    f.villageId = m_villageId;
    f.text = m_filter->text().trimmed();
    f.group = m_group->currentData().toString();
    f.tag = m_tag->currentData().toString();
    const QModelIndex node = m_tree->currentIndex();
    const int kind = node.isValid() ? node.data(GridTreeModel::NodeKindRole).toInt() : int(Kind::All);
    if (kind == int(Kind::Grid)) {
        f.gridMode = HouseholdFilter::GridMode::InGrid;
        f.gridId = node.data(GridTreeModel::GridIdRole).toLongLong();
    } else if (kind == int(Kind::Unassigned)) {
        f.gridMode = HouseholdFilter::GridMode::Unassigned;
    }
    if (m_villageId <= 0)
        m_households->clear(); // villageId 0 would mean the whole township
    else
        m_households->setFilter(f);
    updateStatus();
    updateActions();
}

void GridsTab::updateStatus()
{
    if (m_villageId <= 0) {
        m_status->clear();
        return;
    }
    if (m_households->isSearchPending()) {
        // A large ledger's search index is still being read (once per opened ledger).
        m_status->setText(tr("Preparing the search over every household (once per opened ledger)…"));
        return;
    }
    const int shown = m_households->rowCount();
    const int total = m_grids->totalHouseholds();
    QString text = shown == total ? tr("%1 households").arg(number(total))
                                  : tr("Showing %1 of %2 households").arg(number(shown), number(total));
    const int unassigned = m_grids->unassignedHouseholds();
    if (unassigned > 0)
        text += QStringLiteral(" · ") + tr("%1 in no grid").arg(number(unassigned));
    const QModelIndex node = m_tree->currentIndex();
    const QString problems = node.isValid() ? node.data(GridTreeModel::ProblemRole).toString() : QString();
    if (!problems.isEmpty() && node.data(GridTreeModel::NodeKindRole).toInt() == int(Kind::Grid))
        text += QStringLiteral(" · ") + problems.split(QLatin1Char('\n')).join(QStringLiteral(" · "));
    m_status->setText(text);
}

void GridsTab::updateActions()
{
    const bool writable = !m_context->isReadOnly() && m_villageId > 0;
    const int selected = int(selectedHouseholdIds().size());
    const bool grid = currentGridId() > 0;
    const bool topGrid = grid && m_grids->summary(currentGridId()) && m_grids->summary(currentGridId())->grid.parentId == 0;
    m_addHousehold->setEnabled(writable);
    m_editHousehold->setEnabled(selected == 1 || (selected > 0 && m_table->currentIndex().isValid()));
    m_deleteHousehold->setEnabled(writable && selected > 0);
    m_assign->setEnabled(writable && selected > 0);
    m_assign->setText(selected > 1 ? tr("A&ssign %1 to grid…").arg(selected) : tr("A&ssign to grid…"));
    m_addGrid->setEnabled(writable);
    m_addSubGrid->setEnabled(writable && topGrid);
    m_editGrid->setEnabled(grid);
    m_deleteGrid->setEnabled(writable && grid);
    m_propose->setEnabled(writable);
    m_settings->setEnabled(!m_context->isReadOnly());
}

// A village has a few dozen grids at most: sizing the tree to its contents is cheap (unlike the
// household table). Long lists of workers stay in the last column, which stretches.
void GridsTab::fitTreeColumns()
{
    for (int c = 0; c < GridTreeModel::Workers; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(GridTreeModel::Leader, qMin(m_tree->columnWidth(GridTreeModel::Leader), 140));
    m_noGrids->setVisible(m_villageId > 0 && m_grids->summaries().isEmpty());
}

void GridsTab::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c5221f;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

// ---- selection ----

qint64 GridsTab::currentGridId() const
{
    const QModelIndex i = m_tree->currentIndex();
    return i.isValid() ? i.data(GridTreeModel::GridIdRole).toLongLong() : 0;
}

QVector<qint64> GridsTab::selectedHouseholdIds() const
{
    // From the selection ranges, not selectedRows(): a range of 5,000 rows is one range, not
    // 50,000 indexes.
    QVector<int> rows;
    for (const QItemSelectionRange &r : m_table->selectionModel()->selection())
        for (int row = r.top(); row <= r.bottom(); ++row)
            rows << row;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QVector<qint64> ids;
    ids.reserve(rows.size());
    for (int row : rows)
        if (const qint64 id = m_households->householdId(row))
            ids << id;
    return ids;
}

void GridsTab::focusGrid(qint64 gridId)
{
    const QModelIndex i = m_grids->indexOfGrid(gridId);
    if (!i.isValid())
        return;
    m_tree->setCurrentIndex(i);
    m_tree->scrollTo(i);
}

void GridsTab::focusHousehold(qint64 householdId)
{
    const std::optional<Household> h = HouseholdRepository(m_context->ledger()).get(householdId);
    if (!h)
        return;
    if (h->villageId != m_villageId)
        setVillage(h->villageId);
    m_restoring = true;
    m_filter->clear();
    m_group->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    if (h->gridId > 0)
        selectTreeNode(int(Kind::Grid), h->gridId);
    else
        selectTreeNode(int(Kind::Unassigned), 0);
    m_restoring = false;
    applyFilterNow();
    selectHouseholdRow(householdId);
}

void GridsTab::selectHouseholdRow(qint64 householdId)
{
    const int row = m_households->rowOfHousehold(householdId);
    if (row < 0)
        return;
    const QModelIndex i = m_households->index(row, HouseholdModel::HeadName);
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(i, QAbstractItemView::PositionAtCenter);
}

// ---- households ----

void GridsTab::addHousehold()
{
    if (m_context->isReadOnly() || m_villageId <= 0)
        return;
    auto *dialog = new HouseholdDialog(m_context, m_villageId, 0, currentGridId(), this);
    connect(dialog, &HouseholdDialog::saved, this, [this](qint64 id) {
        // After the reload the change notification scheduled: show the new household.
        QTimer::singleShot(0, this, [this, id] { focusHousehold(id); });
    });
    dialog->open();
}

void GridsTab::editCurrentHousehold()
{
    const QModelIndex i = m_table->currentIndex();
    const qint64 id = i.isValid() ? m_households->householdId(i.row()) : 0;
    if (id <= 0)
        return;
    auto *dialog = new HouseholdDialog(m_context, m_villageId, id, 0, this);
    dialog->open();
}

void GridsTab::deleteSelectedHouseholds()
{
    const QVector<qint64> ids = selectedHouseholdIds();
    if (ids.isEmpty() || m_context->isReadOnly())
        return;
    QString what;
    if (ids.size() == 1)
        what = tr("Delete the household of %1?").arg(HouseholdRepository(m_context->ledger()).get(ids.first()).value_or(Household{}).headName);
    else
        what = tr("Delete these %1 households?").arg(ids.size());
    const auto answer = MessageBox::question(
        this, tr("Delete households"),
        what + QStringLiteral("\n\n") +
            tr("This is for records entered by mistake; a household that moved to another grid should be "
               "assigned there instead. Edit > Undo brings them back with their grid history."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!deleteHouseholds(ids, &error))
        showMessage(tr("Not deleted: %1").arg(error), true);
}

bool GridsTab::deleteHouseholds(const QVector<qint64> &ids, QString *error)
{
    if (ids.isEmpty() || m_context->isReadOnly())
        return false;
    const Result<void> done = edits::deleteHouseholds(m_context->ledger(), m_villageId, ids);
    if (!done) {
        if (error)
            *error = done.message();
        return false;
    }
    showMessage(tr("%1. Edit > Undo brings them back.").arg(m_context->undoStack()->undoText()));
    return true;
}

void GridsTab::assignSelected()
{
    const QVector<qint64> ids = selectedHouseholdIds();
    if (ids.isEmpty() || m_context->isReadOnly())
        return;
    // Start on the grid the households are in when they share one, else on the selected grid.
    qint64 preselect = currentGridId();
    if (ids.size() == 1)
        preselect = HouseholdRepository(m_context->ledger()).get(ids.first()).value_or(Household{}).gridId;
    auto *dialog = new AssignDialog(m_context, m_villageId, ids, preselect, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (ids.size() == 1)
        dialog->setWorker(HouseholdRepository(m_context->ledger()).get(ids.first()).value_or(Household{}).workerId);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        QString error;
        if (!assignHouseholds(ids, dialog->gridId(), dialog->workerId(), dialog->note(), &error))
            showMessage(tr("Not assigned: %1").arg(error), true);
    });
    dialog->open();
}

bool GridsTab::assignHouseholds(const QVector<qint64> &ids, qint64 gridId, qint64 workerId, const QString &note,
                                QString *error)
{
    static_assert(AssignDialog::kShareAmongWorkers == edits::kShareAmongWorkers);
    if (ids.isEmpty() || m_context->isReadOnly())
        return false;
    const Result<void> done =
        edits::assignHouseholds(m_context->ledger(), m_villageId, ids, gridId, workerId, note, m_context->today());
    if (!done) {
        if (error)
            *error = done.message();
        return false;
    }
    QString message = m_context->undoStack()->undoText() + QLatin1Char('.');
    if (gridId > 0 && workerId == 0)
        message += QLatin1Char(' ') + tr("Choose their grid worker with Assign to grid… when you know who it is.");
    showMessage(message);
    return true;
}

// ---- grids ----

void GridsTab::addGrid()
{
    if (m_context->isReadOnly() || m_villageId <= 0)
        return;
    auto *dialog = new GridDialog(m_context, m_villageId, 0, 0, this);
    connect(dialog, &GridDialog::saved, this,
            [this](qint64 id) { QTimer::singleShot(0, this, [this, id] { focusGrid(id); }); });
    dialog->open();
}

void GridsTab::addSubGrid()
{
    const qint64 parent = currentGridId();
    if (m_context->isReadOnly() || parent <= 0)
        return;
    auto *dialog = new GridDialog(m_context, m_villageId, 0, parent, this);
    connect(dialog, &GridDialog::saved, this,
            [this](qint64 id) { QTimer::singleShot(0, this, [this, id] { focusGrid(id); }); });
    dialog->open();
}

void GridsTab::editCurrentGrid()
{
    const qint64 id = currentGridId();
    if (id <= 0)
        return;
    auto *dialog = new GridDialog(m_context, m_villageId, id, 0, this);
    dialog->open();
}

void GridsTab::deleteCurrentGrid()
{
    const qint64 id = currentGridId();
    const GridSummary *s = m_grids->summary(id);
    if (!s || m_context->isReadOnly())
        return;
    const int households = m_grids->householdsOf(id);
    QString text = tr("Delete grid %1?").arg(s->grid.name);
    if (households > 0)
        text += QStringLiteral("\n\n") + tr("Its %1 households become unassigned (their history is kept).").arg(households);
    int subGrids = 0;
    for (const GridSummary &g : m_grids->summaries())
        subGrids += g.grid.parentId == id ? 1 : 0;
    if (subGrids > 0)
        text += QStringLiteral("\n") + tr("Its %1 sub-grids are deleted with it.").arg(subGrids);
    if (MessageBox::question(this, tr("Delete grid"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!deleteGrid(id, &error))
        showMessage(tr("Not deleted: %1").arg(error), true);
}

bool GridsTab::deleteGrid(qint64 gridId, QString *error)
{
    if (m_context->isReadOnly())
        return false;
    const Result<void> done = edits::deleteGrid(m_context->ledger(), m_villageId, gridId);
    if (!done) {
        if (error)
            *error = done.message();
        return false;
    }
    showMessage(tr("%1. Edit > Undo brings it back with its households.").arg(m_context->undoStack()->undoText()));
    return true;
}

void GridsTab::proposeGrids()
{
    if (m_context->isReadOnly() || m_villageId <= 0)
        return;
    Ledger &ledger = m_context->ledger();
    const GridProposalPlan plan =
        GridProposal::propose(ledger, m_villageId, SettingsStore(ledger).grid(), m_context->today());
    auto *dialog = new GridProposalDialog(m_context, plan, this);
    connect(dialog, &GridProposalDialog::applied, this, [this] {
        showMessage(tr("The proposed grids were applied. Edit > Undo takes them back."));
        // Unassigned is empty now: show the village's households in their new grids (after the
        // reload the change notification scheduled).
        QTimer::singleShot(0, this, [this] { selectTreeNode(int(Kind::All), 0); });
    });
    dialog->open();
}

void GridsTab::editGridSettings()
{
    auto *dialog = new GridSettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// ---- menus ----

void GridsTab::showTreeMenu(const QPoint &pos)
{
    const QModelIndex i = m_tree->indexAt(pos);
    if (i.isValid())
        m_tree->setCurrentIndex(i);
    QMenu menu(this);
    menu.addAction(tr("New grid…"), this, &GridsTab::addGrid)->setEnabled(m_addGrid->isEnabled());
    menu.addAction(tr("New sub-grid…"), this, &GridsTab::addSubGrid)->setEnabled(m_addSubGrid->isEnabled());
    menu.addAction(tr("Edit grid…"), this, &GridsTab::editCurrentGrid)->setEnabled(m_editGrid->isEnabled());
    menu.addAction(tr("Delete grid"), this, &GridsTab::deleteCurrentGrid)->setEnabled(m_deleteGrid->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("Propose grids…"), this, &GridsTab::proposeGrids)->setEnabled(m_propose->isEnabled());
    menu.addSeparator();
    menu.addAction(m_exportGrids);
    menu.addAction(TableExporter::fullExportActionOf(m_exportGrids));
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void GridsTab::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, &GridsTab::editCurrentHousehold)->setEnabled(m_editHousehold->isEnabled());
    menu.addAction(m_assign->text().remove(QLatin1Char('&')), this, &GridsTab::assignSelected)
        ->setEnabled(m_assign->isEnabled());
    menu.addAction(tr("Delete"), this, &GridsTab::deleteSelectedHouseholds)->setEnabled(m_deleteHousehold->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("Add household…"), this, &GridsTab::addHousehold)->setEnabled(m_addHousehold->isEnabled());
    menu.addSeparator();
    menu.addAction(m_exportHouseholds);
    menu.addAction(TableExporter::fullExportActionOf(m_exportHouseholds));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace tl::ui
