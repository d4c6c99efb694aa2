#include "disclosures/DisclosureProgressModel.h"

#include "disclosures/DisclosureModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

namespace tl::ui {

DisclosureProgressModel::DisclosureProgressModel(QObject *parent) : QAbstractTableModel(parent) {}

void DisclosureProgressModel::setSchedule(const QList<VillageRow> &villages, const QList<DueItem> &items, int year,
                                          const QDate &today)
{
    beginResetModel();
    m_villages = villages;
    m_all = items;
    m_year = year;
    m_today = today;
    rebuild();
    endResetModel();
}

void DisclosureProgressModel::setKind(DisclosureKind kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    rebuild();
    endResetModel();
}

void DisclosureProgressModel::rebuild()
{
    QHash<qint64, int> rowOf;
    for (int i = 0; i < m_villages.size(); ++i)
        rowOf.insert(m_villages[i].id, i);
    m_cells = QList<QList<std::optional<DueItem>>>(m_villages.size(), QList<std::optional<DueItem>>(periodCount()));
    for (const DueItem &it : m_all) {
        if (it.kind != m_kind || it.periodStart.year() != m_year)
            continue;
        const auto row = rowOf.constFind(it.villageId);
        if (row == rowOf.cend())
            continue;
        const int p = m_kind == DisclosureKind::Finance ? it.periodStart.month() - 1 : (it.periodStart.month() - 1) / 3;
        m_cells[*row][p] = it;
    }
}

QPair<QDate, QDate> DisclosureProgressModel::periodOfColumn(int column) const
{
    if (!isPeriodColumn(column))
        return {};
    const int months = m_kind == DisclosureKind::Finance ? 1 : 3;
    const QDate start(m_year, (column - 1) * months + 1, 1);
    return {start, start.addMonths(months).addDays(-1)};
}

const DueItem *DisclosureProgressModel::item(int row, int column) const
{
    if (row < 0 || row >= m_cells.size() || !isPeriodColumn(column))
        return nullptr;
    const std::optional<DueItem> &cell = m_cells[row][column - 1];
    return cell ? &*cell : nullptr;
}

int DisclosureProgressModel::count(DueItem::State state) const
{
    int n = 0;
    for (const auto &row : m_cells)
        for (const auto &cell : row)
            n += cell && cell->state == state ? 1 : 0;
    return n;
}

int DisclosureProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_villages.size());
}

int DisclosureProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : periodCount() + 2;
}

QVariant DisclosureProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_villages.size())
        return {};
    const VillageRow &v = m_villages.at(index.row());
    const int column = index.column();
    if (role == VillageIdRole)
        return v.id;
    if (role == KindRole)
        return int(m_kind);
    if (column == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return v.name;
        return {};
    }
    if (column == overdueColumn()) {
        int overdue = 0;
        for (const auto &cell : m_cells.at(index.row()))
            overdue += cell && cell->state == DueItem::State::Overdue ? 1 : 0;
        switch (role) {
        case Qt::DisplayRole: return overdue > 0 ? QVariant(overdue) : QVariant();
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        case Qt::ForegroundRole: return overdue > 0 ? QVariant(DisclosureModel::stateForeground(DueItem::State::Overdue)) : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default: return {};
        }
    }
    if (!isPeriodColumn(column))
        return {};
    const auto [start, end] = periodOfColumn(column);
    const DueItem *it = item(index.row(), column);
    switch (role) {
    case StateRole: return it ? int(it->state) : -1;
    case DisclosureIdRole: return it ? it->disclosureId : 0;
    case PeriodStartRole: return start;
    case PeriodEndRole: return end;
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (it)
            return DisclosureModel::stateBackground(it->state);
        return QColor(0xf4, 0xf4, 0xf4);
    case Qt::ForegroundRole:
        if (it)
            return DisclosureModel::stateForeground(it->state);
        return QColor(0x80, 0x86, 0x8b);
    case Qt::DisplayRole:
        if (!it)
            return m_today <= end ? QString() : tr("—");
        switch (it->state) {
        case DueItem::State::Done: return tr("✓ %1").arg(it->postedOn.toString(QStringLiteral("MM-dd")));
        case DueItem::State::DoneLate: return tr("! %1").arg(it->postedOn.toString(QStringLiteral("MM-dd")));
        case DueItem::State::Due: return tr("by %1").arg(it->dueDate.toString(QStringLiteral("MM-dd")));
        case DueItem::State::Overdue: return tr("%n d late", nullptr, int(it->dueDate.daysTo(m_today)));
        }
        return {};
    case Qt::ToolTipRole: {
        const QString head = tr("%1 · %2 %3").arg(v.name, DisclosureText::kind(m_kind), DisclosureText::period(m_kind, start));
        if (!it)
            return m_today <= end ? tr("%1\nThe period has not ended yet.").arg(head)
                                  : tr("%1\nNot owed: the village was not in the ledger at the end of the period.").arg(head);
        QString text = tr("%1\n%2; due by %3").arg(head, DisclosureText::state(it->state), it->dueDate.toString(Qt::ISODate));
        if (it->postedOn.isValid())
            text += tr("; posted on %1").arg(it->postedOn.toString(Qt::ISODate));
        else if (it->state == DueItem::State::Overdue)
            text += tr("; %n day(s) overdue", nullptr, int(it->dueDate.daysTo(m_today)));
        text += it->disclosureId > 0 ? tr("\nDouble-click or Enter opens the disclosure.")
                                     : tr("\nDouble-click or Enter records it.");
        return text;
    }
    default: return {};
    }
}

QVariant DisclosureProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && isPeriodColumn(section)) {
        const auto [start, end] = periodOfColumn(section);
        return tr("%1 to %2").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Village");
    if (section == overdueColumn())
        return tr("Overdue");
    if (!isPeriodColumn(section))
        return {};
    if (m_kind != DisclosureKind::Finance)
        return tr("Q%1").arg(section);
    static const char *const months[] = {QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"),
                                         QT_TR_NOOP("May"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"),
                                         QT_TR_NOOP("Sep"), QT_TR_NOOP("Oct"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec")};
    return tr(months[section - 1]);
}

} // namespace tl::ui
