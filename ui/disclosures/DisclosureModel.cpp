#include "disclosures/DisclosureModel.h"

#include <QColor>

namespace tl::ui {

DisclosureModel::DisclosureModel(QObject *parent) : QAbstractTableModel(parent) {}

void DisclosureModel::setRows(const QList<Disclosure> &rows, const DisclosureSettings &settings, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_settings = settings;
    m_today = today;
    endResetModel();
}

int DisclosureModel::rowOfDisclosure(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

DueItem::State DisclosureModel::state(int row) const
{
    const Disclosure &d = m_rows.at(row);
    const QDate due = DisclosureSchedule::dueDate(d.kind, d.periodEnd, m_settings);
    if (d.postedOn.isValid())
        return d.postedOn <= due ? DueItem::State::Done : DueItem::State::DoneLate;
    return m_today > due ? DueItem::State::Overdue : DueItem::State::Due;
}

QColor DisclosureModel::stateBackground(DueItem::State s)
{
    switch (s) {
    case DueItem::State::Done: return QColor(0xd7, 0xf0, 0xdb);     // green
    case DueItem::State::DoneLate: return QColor(0xfd, 0xe9, 0xb5); // amber
    case DueItem::State::Due: return QColor(0xdd, 0xe8, 0xf8);      // blue
    case DueItem::State::Overdue: return QColor(0xf6, 0xc9, 0xc5);  // red
    }
    return {};
}

QColor DisclosureModel::stateForeground(DueItem::State s)
{
    switch (s) {
    case DueItem::State::Done: return QColor(0x13, 0x73, 0x33);
    case DueItem::State::DoneLate: return QColor(0x8a, 0x55, 0x00);
    case DueItem::State::Due: return QColor(0x1a, 0x4f, 0x9c);
    case DueItem::State::Overdue: return QColor(0xa5, 0x0e, 0x0e);
    }
    return {};
}

int DisclosureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisclosureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisclosureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Disclosure &d = m_rows.at(index.row());
    const DueItem::State s = state(index.row());
    switch (role) {
    case DisclosureIdRole: return d.id;
    case StateRole: return int(s);
    case KindRole: return int(d.kind);
    case SortRole:
        switch (index.column()) {
        case Kind: return int(d.kind);
        case Period: return d.periodStart;
        case Posted: return d.postedOn;
        case Ends: return d.endsOn;
        case State: return int(s);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == State) {
            const QDate due = DisclosureSchedule::dueDate(d.kind, d.periodEnd, m_settings);
            return d.postedOn.isValid()
                       ? tr("Due by %1, posted on %2").arg(due.toString(Qt::ISODate), d.postedOn.toString(Qt::ISODate))
                       : tr("Due by %1, not posted yet").arg(due.toString(Qt::ISODate));
        }
        if (index.column() == Title && !d.content.isEmpty())
            return d.content.left(300);
        if (index.column() == Period)
            return tr("%1 to %2").arg(d.periodStart.toString(Qt::ISODate), d.periodEnd.toString(Qt::ISODate));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == State)
            return stateBackground(s);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State)
            return stateForeground(s);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Posted || index.column() == Ends || index.column() == Period)
            return int(Qt::AlignCenter);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Kind: return DisclosureText::kind(d.kind);
    case Period: return DisclosureText::period(d.kind, d.periodStart);
    case Title: return d.title;
    case Posted: return d.postedOn.isValid() ? d.postedOn.toString(Qt::ISODate) : tr("not posted");
    case Ends: return d.endsOn.isValid() ? d.endsOn.toString(Qt::ISODate) : QString();
    case Channels: return d.channels.join(tr(", ", "between channel names"));
    case State: return DisclosureText::state(s);
    default: return {};
    }
}

QVariant DisclosureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Period: return tr("Period");
    case Title: return tr("Title");
    case Posted: return tr("Posted");
    case Ends: return tr("Ends");
    case Channels: return tr("Channels");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace tl::ui
