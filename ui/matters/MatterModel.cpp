#include "matters/MatterModel.h"

#include "shell/Icons.h"
#include "common/MoneyText.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <limits>

namespace tl::ui {

namespace {
QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// Invalid dates sort after every real date, so "no deadline" never looks urgent.
qint64 dateKey(const QDate &d)
{
    return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::max();
}

QColor statusColour(MatterStatus s)
{
    switch (s) {
    case MatterStatus::Rejected: return QColor(0xc6, 0x28, 0x28);
    case MatterStatus::Completed: return QColor(0x2e, 0x7d, 0x32);
    case MatterStatus::Withdrawn: return QColor(0x75, 0x75, 0x75);
    default: break;
    }
    return {};
}
} // namespace

MatterModel::MatterModel(QObject *parent) : QAbstractTableModel(parent) {}

void MatterModel::setRows(QList<BoardRow> rows, const QDate &today)
{
    beginResetModel();
    m_today = today;
    // Keys computed once: the comparison would otherwise recompute them n log n times.
    QList<std::pair<qint64, int>> keys;
    keys.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        keys.append({rows.at(i).urgencyKey(today), i});
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const auto &k : keys)
        m_rows.append(std::move(rows[k.second]));
    endResetModel();
}

int MatterModel::rowOfMatter(qint64 matterId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).matter.id == matterId)
            return i;
    return -1;
}

int MatterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BoardRow &r = m_rows.at(index.row());
    switch (role) {
    case MatterIdRole: return r.matter.id;
    case VillageIdRole: return r.matter.villageId;
    case NeedsActionRole: return needsAction(r);
    default: break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Title: return r.matter.title;
        case Village: return r.village;
        case Category: return MatterText::category(r.matter.category);
        case Amount: return r.matter.amountFen > 0 ? MoneyText::formatYuan(r.matter.amountFen) : QString();
        case Status: return MatterText::status(r.status);
        case NextStep: return r.next ? MatterText::shortStep(*r.next) : QString();
        case Due: return isoDate(r.due);
        case Defects: return r.defects.isEmpty() ? QString() : QString::number(r.defects.size());
        case LastDate: return isoDate(r.lastDate);
        case MotionSource: return MatterText::motionSource(r.matter.motionSource);
        default: break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case Amount: return r.matter.amountFen;
        case Status: return int(r.status);
        case NextStep: return r.next ? int(*r.next) : kStepCount + 1;
        case Due: return dateKey(r.due);
        case Defects: return int(r.defects.size());
        case LastDate: return r.lastDate.isValid() ? r.lastDate.toJulianDay() : qint64(0);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == Amount || column == Defects)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (column == Status) {
            const QColor c = statusColour(r.status);
            return c.isValid() ? QVariant(QBrush(c)) : QVariant();
        }
        if (column == Due && r.overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == Defects && !r.defects.isEmpty())
            return QBrush(QColor(0xb0, 0x60, 0x00));
        return {};
    }
    if (role == Qt::DecorationRole && column == Defects && !r.defects.isEmpty())
        return appIcon(QStringLiteral("finding-warning"));
    if (role == Qt::ToolTipRole) {
        if (column == Title && !r.matter.description.isEmpty())
            return r.matter.description;
        if (column == Due && r.overdue)
            return tr("Overdue: %1 was due by %2").arg(r.next ? MatterText::step(*r.next) : QString(), isoDate(r.due));
        if (column == Defects || (column == Status && !r.defects.isEmpty())) {
            QStringList lines;
            for (const Deliberation::Defect &d : r.defects)
                lines << tr("Step %1: %2").arg(int(d.step)).arg(d.detail);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    return {};
}

QVariant MatterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Title");
    case Village: return tr("Village");
    case Category: return tr("Category");
    case Amount: return tr("Amount (yuan)");
    case Status: return tr("Status");
    case NextStep: return tr("Next step");
    case Due: return tr("Due");
    case Defects: return tr("Problems");
    case LastDate: return tr("Last step on");
    case MotionSource: return tr("Reason for the motion");
    default: break;
    }
    return {};
}

} // namespace tl::ui
