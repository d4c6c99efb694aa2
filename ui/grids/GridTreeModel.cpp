#include "grids/GridTreeModel.h"

#include "grids/HouseholdModel.h"
#include "grids/HouseholdRepository.h"
#include "shell/Icons.h"
#include "shell/LedgerContext.h"
#include "storage/Settings.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QMimeData>
#include <QTimer>

namespace tl::ui {

namespace {
const QColor kProblemBackground(0xff, 0xf4, 0xe0); // the amber of warnings in the findings panel
}

GridTreeModel::GridTreeModel(LedgerContext *context, QObject *parent) : QAbstractItemModel(parent), m_context(context)
{
}

void GridTreeModel::setVillage(qint64 villageId)
{
    m_villageId = villageId;
    reload();
}

void GridTreeModel::reload()
{
    beginResetModel();
    m_summaries.clear();
    m_total = m_unassigned = 0;
    if (m_villageId > 0) {
        Ledger &ledger = m_context->ledger();
        m_settings = SettingsStore(ledger).grid();
        m_summaries = GridRepository(ledger).summaries(m_villageId);
        m_unassigned = GridRepository(ledger).unassignedHouseholds(m_villageId);
        // People of the unassigned households: one village's rows at most (a thousand), read once
        // per reload, so "All households" can give the village's people too.
        m_unassignedPeople = 0;
        if (m_unassigned > 0) {
            HouseholdRepository households(ledger);
            HouseholdFilter f;
            f.villageId = m_villageId;
            f.gridMode = HouseholdFilter::GridMode::Unassigned;
            for (const Household &h : households.fetch(households.ids(f)))
                m_unassignedPeople += h.people;
        }
    }
    build();
    endResetModel();
}

// Nodes: All, the grids directly under the village (each with its sub-grids), Unassigned.
void GridTreeModel::build()
{
    m_nodes.clear();
    m_top.clear();
    QHash<qint64, int> nodeOfGrid;
    auto add = [this](Node n) {
        m_nodes << n;
        return int(m_nodes.size() - 1);
    };
    if (m_villageId <= 0)
        return;

    m_top << add(Node{NodeKind::All, -1, -1, 0, {}, 0, 0, {}});
    // Parents first, so a sub-grid always finds its parent's node.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_summaries.size(); ++i) {
            const Grid &g = m_summaries[i].grid;
            const bool sub = g.parentId > 0 && g.parentId != g.id;
            if ((pass == 0) == sub)
                continue;
            Node n;
            n.kind = NodeKind::Grid;
            n.summary = i;
            n.households = m_summaries[i].households;
            n.people = m_summaries[i].people;
            const int parentNode = sub ? nodeOfGrid.value(g.parentId, -1) : -1;
            n.parent = parentNode;
            const int at = add(n);
            nodeOfGrid.insert(g.id, at);
            if (parentNode >= 0) {
                m_nodes[at].row = int(m_nodes[parentNode].children.size());
                m_nodes[parentNode].children << at;
                m_nodes[parentNode].households += n.households;
                m_nodes[parentNode].people += n.people;
            } else {
                m_nodes[at].row = int(m_top.size());
                m_top << at;
            }
        }
    }
    m_top << add(Node{NodeKind::Unassigned, -1, -1, int(m_top.size()), {}, m_unassigned, m_unassignedPeople, {}});

    // The same rules as the findings panel (grid.oversize, grid.no_leader), so the tree and the
    // panel agree; a grid without workers is pointed out too, as it cannot keep in touch with anyone.
    const qint64 limitTimes100 = qint64(m_settings.size) * (100 + m_settings.tolerancePct);
    for (Node &n : m_nodes) {
        if (n.kind == NodeKind::All) {
            n.households = m_unassigned;
            n.people = m_unassignedPeople;
            for (const GridSummary &s : m_summaries) {
                n.households += s.households;
                n.people += s.people;
            }
            m_total = n.households;
            continue;
        }
        if (n.kind == NodeKind::Unassigned) {
            if (m_unassigned > 0)
                n.problems = tr("%n household(s) in no grid", nullptr, m_unassigned);
            continue;
        }
        const GridSummary &s = m_summaries[n.summary];
        QStringList problems;
        n.oversize = qint64(n.households) * 100 > limitTimes100;
        if (n.oversize)
            problems << tr("%1 households: above the grid size of %2 (+%3% tolerated)")
                            .arg(n.households)
                            .arg(m_settings.size)
                            .arg(m_settings.tolerancePct);
        if (s.grid.leaderId == 0)
            problems << tr("No grid leader");
        if (s.grid.workers.isEmpty() && n.households > 0)
            problems << tr("No grid workers");
        n.problems = problems.join(QLatin1Char('\n'));
    }
}

const GridSummary *GridTreeModel::summary(qint64 gridId) const
{
    for (const GridSummary &s : m_summaries)
        if (s.grid.id == gridId)
            return &s;
    return nullptr;
}

int GridTreeModel::householdsOf(qint64 gridId) const
{
    const QModelIndex i = indexOfGrid(gridId);
    return i.isValid() ? m_nodes[nodeOf(i)].households : 0;
}

QString GridTreeModel::problemsOf(qint64 gridId) const
{
    const QModelIndex i = indexOfGrid(gridId);
    return i.isValid() ? m_nodes[nodeOf(i)].problems : QString();
}

QModelIndex GridTreeModel::indexOfAll() const
{
    return m_top.isEmpty() ? QModelIndex() : index(0, 0);
}

QModelIndex GridTreeModel::indexOfUnassigned() const
{
    return m_top.isEmpty() ? QModelIndex() : index(int(m_top.size()) - 1, 0);
}

QModelIndex GridTreeModel::indexOfGrid(qint64 gridId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.kind == NodeKind::Grid && m_summaries[n.summary].grid.id == gridId)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

int GridTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

const QVector<int> &GridTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_top : m_nodes[node].children;
}

QModelIndex GridTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QVector<int> &children = childrenOf(nodeOf(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex GridTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0 || m_nodes[node].parent < 0)
        return {};
    const int p = m_nodes[node].parent;
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int GridTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int GridTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GridTreeModel::data(const QModelIndex &index, int role) const
{
    const int nodeIndex = nodeOf(index);
    if (nodeIndex < 0)
        return {};
    const Node &n = m_nodes[nodeIndex];
    const GridSummary *s = n.kind == NodeKind::Grid ? &m_summaries[n.summary] : nullptr;
    switch (role) {
    case GridIdRole: return s ? s->grid.id : 0;
    case NodeKindRole: return int(n.kind);
    case ProblemRole: return n.problems;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            if (n.kind == NodeKind::All)
                return tr("All households");
            if (n.kind == NodeKind::Unassigned)
                return tr("Unassigned (%1)").arg(m_unassigned);
            return s->grid.code.isEmpty() ? s->grid.name : QStringLiteral("%1  %2").arg(s->grid.code, s->grid.name);
        case Households: return n.households;
        case People: return n.people;
        case Leader:
            if (!s)
                return {};
            return s->grid.leaderId > 0 ? s->leaderName : tr("(none)");
        case Workers:
            if (!s)
                return {};
            return s->workerNames.isEmpty() ? tr("(none)") : s->workerNames.join(tr(", ", "separator of a list of names"));
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (s) {
            lines << s->grid.name;
            if (n.households != s->households)
                lines << tr("%1 households, %2 of them in sub-grids").arg(n.households).arg(n.households - s->households);
            if (!s->grid.area.isEmpty())
                lines << tr("Area: %1").arg(s->grid.area);
            if (!s->workerNames.isEmpty())
                lines << tr("Grid workers: %1").arg(s->workerNames.join(tr(", ", "separator of a list of names")));
        } else if (n.kind == NodeKind::Unassigned) {
            lines << tr("Households in no grid. Drag households here to take them out of their grid.");
        } else {
            lines << tr("Every household of the village");
        }
        if (!n.problems.isEmpty())
            lines << n.problems;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole: {
        // The mark sits on the figure that is wrong, so the names stay aligned.
        const bool mark = (index.column() == Households && (n.oversize || (n.kind == NodeKind::Unassigned && m_unassigned > 0))) ||
                          (index.column() == Leader && s && s->grid.leaderId == 0) ||
                          (index.column() == Workers && s && s->grid.workers.isEmpty() && n.households > 0);
        return mark ? QVariant(appIcon(QStringLiteral("finding-warning"))) : QVariant();
    }
    case Qt::BackgroundRole:
        if (n.kind == NodeKind::Grid && !n.problems.isEmpty())
            return QBrush(kProblemBackground);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Leader && s && s->grid.leaderId == 0) ||
            (index.column() == Workers && s && s->grid.workers.isEmpty()) ||
            (index.column() == Households && n.oversize))
            return QBrush(QColor(0xb0, 0x60, 0x00));
        return {};
    case Qt::FontRole:
        if (n.kind != NodeKind::Grid && index.column() == Name) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Households || index.column() == People)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant GridTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Grid");
    case Households: return tr("Households");
    case People: return tr("People");
    case Leader: return tr("Grid leader");
    case Workers: return tr("Grid workers");
    default: return {};
    }
}

Qt::ItemFlags GridTreeModel::flags(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_nodes[node].kind != NodeKind::All && !m_context->isReadOnly())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList GridTreeModel::mimeTypes() const
{
    return {HouseholdModel::mimeType()};
}

Qt::DropActions GridTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool GridTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int column,
                                    const QModelIndex &parent) const
{
    // Only onto a grid or Unassigned (not between rows), and only households of this village.
    if (row != -1 || column != -1 || m_context->isReadOnly())
        return false;
    const int node = nodeOf(parent);
    if (node < 0 || m_nodes[node].kind == NodeKind::All || !data || !data->hasFormat(HouseholdModel::mimeType()))
        return false;
    qint64 village = 0;
    const QVector<qint64> ids = HouseholdModel::idsFromMimeData(data, &village);
    return !ids.isEmpty() && village == m_villageId;
}

bool GridTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QVector<qint64> ids = HouseholdModel::idsFromMimeData(data);
    const qint64 gridId = parent.data(GridIdRole).toLongLong();
    // The drag is still running (QDrag::exec): writing and reloading now would reset the models
    // under the views that drive it.
    QTimer::singleShot(0, this, [this, ids, gridId] { Q_EMIT householdsDropped(ids, gridId); });
    return true;
}

} // namespace tl::ui
