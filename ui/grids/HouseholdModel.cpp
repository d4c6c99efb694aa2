#include "grids/HouseholdModel.h"

#include "grids/HouseholdRepository.h"
#include "grids/HouseholdSearch.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "committees/PersonRepository.h"
#include "model/VillageRepository.h"
#include "common/TableExporter.h"
#include "model/Masking.h"

#include <QBrush>
#include <QDataStream>
#include <QFontMetrics>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QSet>

namespace tl::ui {

namespace {
// How often a filter waiting for the search index asks whether it is there.
constexpr int kIndexPollMs = 40;
} // namespace

HouseholdModel::HouseholdModel(LedgerContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context), m_pages(kCachedPages)
{
    m_indexWait.setInterval(kIndexPollMs);
    connect(&m_indexWait, &QTimer::timeout, this, [this] {
        if (!m_context->ledger().householdSearch().isReady())
            return;
        m_indexWait.stop();
        if (m_active && m_searchPending)
            setFilter(m_filter);
    });
}

bool HouseholdModel::searchReady()
{
    if (m_filter.text.trimmed().isEmpty())
        return true;
    HouseholdSearch &search = m_context->ledger().householdSearch();
    if (search.isReady())
        return true;
    search.prepareInBackground(); // a small ledger is read at once
    if (search.isReady())
        return true;
    m_indexWait.start();
    return false;
}

void HouseholdModel::setSearchPending(bool pending)
{
    if (pending == m_searchPending)
        return;
    m_searchPending = pending;
    Q_EMIT searchPendingChanged(pending);
}

void HouseholdModel::setFilter(const HouseholdFilter &filter)
{
    m_active = true;
    m_filter = filter;
    if (!searchReady()) {
        setSearchPending(true);
        return;
    }
    beginResetModel();
    m_ids = HouseholdRepository(m_context->ledger()).ids(m_filter);
    m_pages.clear();
    endResetModel();
    setSearchPending(false);
}

void HouseholdModel::clear()
{
    m_indexWait.stop();
    setSearchPending(false);
    beginResetModel();
    m_active = false;
    m_ids.clear();
    m_pages.clear();
    endResetModel();
}

void HouseholdModel::reload()
{
    if (!m_active)
        return;
    if (!searchReady()) {
        setSearchPending(true); // the filter is applied when the index is there
        return;
    }
    QVector<qint64> ids = HouseholdRepository(m_context->ledger()).ids(m_filter);
    m_names.clear();
    m_villageNamesRead = false;
    if (ids == m_ids) {
        // Same rows (an edit of one household, a grid renamed): re-read them, keep the view as it is.
        m_pages.clear();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    endResetModel();
}

void HouseholdModel::resetFetchCounters()
{
    m_fetchedRows = 0;
    m_fetchedPages = 0;
}

const Household *HouseholdModel::rowData(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    QVector<Household> *rows = m_pages.object(page);
    if (!rows) {
        const QVector<qint64> pageIds = m_ids.mid(qsizetype(page) * kPageSize, kPageSize);
        const QList<Household> fetched = HouseholdRepository(m_context->ledger()).fetch(pageIds);
        m_fetchedRows += fetched.size();
        ++m_fetchedPages;
        // fetch() skips households deleted meanwhile: align the page with the ids again.
        auto *aligned = new QVector<Household>(pageIds.size());
        qsizetype at = 0;
        for (qsizetype i = 0; i < pageIds.size() && at < fetched.size(); ++i)
            if (fetched[at].id == pageIds[i])
                (*aligned)[i] = fetched[at++];
        rows = aligned;
        m_pages.insert(page, aligned); // takes ownership; may evict the least recently used page
    }
    const Household &h = rows->at(row % kPageSize);
    return h.id > 0 ? &h : nullptr;
}

std::optional<Household> HouseholdModel::household(int row) const
{
    if (const Household *h = rowData(row))
        return *h;
    return std::nullopt;
}

const HouseholdModel::Names &HouseholdModel::namesOf(qint64 villageId) const
{
    auto it = m_names.find(villageId);
    if (it != m_names.end())
        return *it;
    Names names;
    const QList<Grid> grids = GridRepository(m_context->ledger()).ofVillage(villageId);
    QHash<qint64, QString> plain;
    for (const Grid &g : grids)
        plain.insert(g.id, g.name);
    for (const Grid &g : grids)
        names.grids.insert(g.id, g.parentId > 0 ? tr("%1 › %2").arg(plain.value(g.parentId), g.name) : g.name);
    for (const Person &p : PersonRepository(m_context->ledger()).byVillage(villageId))
        names.people.insert(p.id, p.name);
    return *m_names.insert(villageId, names);
}

void HouseholdModel::setShowFullIds(bool show)
{
    if (m_showFullIds == show)
        return;
    m_showFullIds = show;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, IdNumber), index(rowCount() - 1, IdNumber));
}

QString HouseholdModel::tagsText(const QStringList &tags) const
{
    QStringList labels;
    for (const QString &t : tags)
        labels << HouseholdText::tag(t);
    return labels.join(tr(", ", "separator of a list of tags"));
}

int HouseholdModel::columnWidth(int column, const QFontMetrics &fm) const
{
    // Typical contents: three-character names, 18-digit IDs, 第十二村民小组, a village address.
    auto chars = [&fm](int n) { return fm.horizontalAdvance(QString(n, QChar(0x6C49))); }; // 汉
    int content = chars(6);
    switch (column) {
    case Village: content = chars(5); break;
    case HeadName: content = chars(4); break;
    case IdNumber: content = fm.horizontalAdvance(QStringLiteral("11010519491231002X")); break;
    case Group: content = chars(6); break;
    case Address: content = chars(9); break;
    case People: content = chars(2); break;
    case Phone: content = fm.horizontalAdvance(QStringLiteral("0539-12345678")); break;
    case Tags: content = chars(8); break;
    case GridName: content = chars(10); break;
    case Worker: content = chars(4); break;
    default: break;
    }
    const int header = fm.horizontalAdvance(headerData(column, Qt::Horizontal).toString());
    return qMax(content, header) + 20;
}

int HouseholdModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int HouseholdModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == HouseholdIdRole)
        return householdId(index.row());
    // Only the roles a view really paints or searches read a page; a view asks for many others
    // (fonts, check state …) that must not cost a query.
    const bool exportedId = role == TableExporter::ExportRole && index.column() == IdNumber;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != VillageIdRole &&
        role != Qt::TextAlignmentRole && !exportedId)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == People ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const Household *h = rowData(index.row());
    if (!h) {
        if (role == Qt::DisplayRole && index.column() == HeadName)
            return tr("(deleted)");
        return {};
    }
    if (role == VillageIdRole)
        return h->villageId;
    // The export gets the ID number itself: a masked export masks it as the view does, and the
    // clerk's deliberate export with full numbers has it whole, whatever the view shows.
    if (exportedId)
        return h->headIdNumber;
    const int column = index.column();
    if (role == Qt::ForegroundRole) {
        if ((column == GridName && h->gridId == 0) || (column == Worker && h->workerId == 0))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Tags && !h->tags.isEmpty())
            return tagsText(h->tags);
        if (column == GridName && h->gridId == 0)
            return tr("In no grid yet: select it and choose Assign to grid…, or drag it onto a grid.");
        if (column == Address && !h->address.isEmpty())
            return h->address;
        return {};
    }
    switch (column) {
    case Village:
        if (!m_villageNamesRead) {
            for (const tl::Village &v : VillageRepository(m_context->ledger()).all())
                m_villageNames.insert(v.id, v.name);
            m_villageNamesRead = true;
        }
        return m_villageNames.value(h->villageId);
    case HeadName: return h->headName;
    case IdNumber: return m_showFullIds ? h->headIdNumber : Masking::idNumber(h->headIdNumber);
    case Group: return h->group;
    case Address: return h->address;
    case People: return h->people;
    case Phone: return h->phone;
    case Tags: return tagsText(h->tags);
    case GridName:
        return h->gridId > 0 ? namesOf(h->villageId).grids.value(h->gridId) : tr("(no grid)");
    case Worker:
        return h->workerId > 0 ? namesOf(h->villageId).people.value(h->workerId) : tr("—");
    default: return {};
    }
}

QVariant HouseholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Village: return tr("Village");
    case HeadName: return tr("Head of household");
    case IdNumber: return tr("Head's ID number");
    case Group: return tr("Villager group");
    case Address: return tr("Door number / address");
    case People: return tr("People");
    case Phone: return tr("Phone");
    case Tags: return tr("Tags");
    case GridName: return tr("Grid");
    case Worker: return tr("Grid worker");
    default: return {};
    }
}

Qt::ItemFlags HouseholdModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_dragEnabled && !m_context->isReadOnly())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QString HouseholdModel::mimeType()
{
    return QStringLiteral("application/x-township-ledger-household-ids");
}

QStringList HouseholdModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *HouseholdModel::mimeData(const QModelIndexList &indexes) const
{
    // A selected row arrives once per column: keep each household once, in row order.
    QList<int> rows;
    QSet<int> seen;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !seen.contains(i.row())) {
            seen.insert(i.row());
            rows << i.row();
        }
    std::sort(rows.begin(), rows.end());
    QVector<qint64> ids;
    ids.reserve(rows.size());
    for (int r : rows)
        ids << householdId(r);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_filter.villageId << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

QVector<qint64> HouseholdModel::idsFromMimeData(const QMimeData *data, qint64 *villageId)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QByteArray bytes = data->data(mimeType());
    QDataStream in(&bytes, QIODevice::ReadOnly);
    qint64 village = 0;
    QVector<qint64> ids;
    in >> village >> ids;
    if (in.status() != QDataStream::Ok)
        return {};
    if (villageId)
        *villageId = village;
    return ids;
}

Qt::DropActions HouseholdModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace tl::ui
