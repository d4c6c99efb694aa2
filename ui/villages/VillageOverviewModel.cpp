#include "villages/VillageOverviewModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tl::ui {

VillageOverviewModel::VillageOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VillageOverviewModel::setData(
    const QList<VillageIndicators> &villages, const QHash<qint64, int> &findingCounts, const Targets &targets)
{
    beginResetModel();
    m_villages = villages;
    m_findings = findingCounts;
    m_targets = targets;
    endResetModel();
}

qint64 VillageOverviewModel::villageId(int row) const
{
    return row >= 0 && row < m_villages.size() ? m_villages.at(row).villageId : 0;
}

int VillageOverviewModel::rowOf(qint64 villageId) const
{
    for (int i = 0; i < m_villages.size(); ++i)
        if (m_villages.at(i).villageId == villageId)
            return i;
    return -1;
}

int VillageOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_villages.size());
}

int VillageOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VillageOverviewModel::display(const VillageIndicators &v, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return v.villageName;
    case PartySize:
        return v.partySize;
    case CommitteeSize:
        return v.committeeSize;
    case SupervisionSize:
        return v.supervisionSize;
    case CommitteeWomen:
        return v.committeeWomen;
    case OneShoulder:
        return v.oneShoulder ? tr("Yes") : tr("No");
    case CrossHolders:
        return v.crossHolders;
    case Members:
        return v.members;
    case AverageAge:
        return v.withAge ? locale.toString(v.averageAge(), 'f', 1) : QStringLiteral("–");
    case CollegeShare:
        return v.members ? locale.toString(v.collegeSharePct(), 'f', 1) : QStringLiteral("–");
    case PartyMembers:
        return v.partyMembersOnCommittees;
    case Reserves:
        return v.reserves;
    // 万元 with two decimals, as the county's tables print it; computed from integer 元.
    case Income:
        return locale.toString(v.incomeYuan / 10000.0, 'f', 2);
    case Stars:
        return v.starRating > 0
            ? QString(v.starRating, QChar(0x2605)) + QString(5 - v.starRating, QChar(0x2606))
            : tr("not rated");
    case Findings:
        return m_findings.value(v.villageId);
    default:
        return {};
    }
}

QVariant VillageOverviewModel::sortValue(const VillageIndicators &v, int column) const
{
    switch (column) {
    case Name:
        return v.villageName;
    case OneShoulder:
        return v.oneShoulder ? 1 : 0;
    case AverageAge:
        return v.averageAge();
    case CollegeShare:
        return v.collegeSharePct();
    case Income:
        return v.incomeYuan;
    case Stars:
        return v.starRating;
    default:
        return display(v, column);
    }
}

// Cells that miss a rule or target are drawn in red, so the clerk sees them without reading numbers.
bool VillageOverviewModel::belowTarget(const VillageIndicators &v, int column) const
{
    switch (column) {
    case CommitteeSize:
        return v.committeeSize < m_targets.committeeMin || v.committeeSize > m_targets.committeeMax;
    case PartySize:
        return v.partySize > m_targets.partyCommitteeMax;
    case CommitteeWomen:
        return v.committeeSize > 0 && v.committeeWomen == 0;
    case Reserves:
        return v.reserves < m_targets.minReserveCadres;
    case Income:
        return v.incomeYuan <= m_targets.minIncomeYuan;
    case CollegeShare:
        return v.members > 0 && qint64(v.college) * 100 < qint64(m_targets.collegeSharePct) * v.members;
    case Findings:
        return m_findings.value(v.villageId) > 0;
    default:
        return false;
    }
}

QVariant VillageOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_villages.size())
        return {};
    const VillageIndicators &v = m_villages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(v, index.column());
    case SortRole:
        return sortValue(v, index.column());
    case VillageIdRole:
        return v.villageId;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (belowTarget(v, index.column()))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Stars)
            return QBrush(QColor(0xc1, 0x79, 0x00));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Stars)
            return v.starRating > 0 ? tr("%1 stars").arg(v.starRating) : tr("not rated");
        if (index.column() == Income)
            return tr("%1 yuan").arg(QLocale().toString(v.incomeYuan));
        return {};
    default:
        return {};
    }
}

QVariant VillageOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Long headers are split over two lines (translations may use one), so 15 columns fit a screen.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Village");
        case PartySize:
            return tr("Party\ncttee");
        case CommitteeSize:
            return tr("Villagers'\ncttee");
        case SupervisionSize:
            return tr("Super-\nvision");
        case CommitteeWomen:
            return tr("Women");
        case OneShoulder:
            return tr("Secretary\n= director");
        case CrossHolders:
            return tr("Cross\nposts");
        case Members:
            return tr("Members");
        case AverageAge:
            return tr("Average\nage");
        case CollegeShare:
            return tr("College+\n%");
        case PartyMembers:
            return tr("Party\nmembers");
        case Reserves:
            return tr("Reserves");
        case Income:
            return tr("Income\n(10k yuan)");
        case Stars:
            return tr("Stars");
        case Findings:
            return tr("Findings");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PartySize:
            return tr("Members of the village party committee");
        case CommitteeSize:
            return tr("Members of the villagers' committee (3 to 7 by law)");
        case SupervisionSize:
            return tr("Members of the village affairs supervision committee");
        case CommitteeWomen:
            return tr("Women on the villagers' committee (at least one by law)");
        case OneShoulder:
            return tr("The party secretary is also the director of the villagers' committee");
        case CrossHolders:
            return tr("People who sit on both the party committee and the villagers' committee");
        case Members:
            return tr("Distinct people on the two committees");
        case AverageAge:
            return tr("Average age of the members of the two committees");
        case CollegeShare:
            return tr("Share of members with junior college education or higher");
        case PartyMembers:
            return tr("Party members (full or probationary) on the two committees");
        case Reserves:
            return tr("Reserve cadres in the village's talent pool");
        case Income:
            return tr("Collective economy income per year, in 10,000 yuan");
        case Stars:
            return tr("Star rating of the village party organisation");
        case Findings:
            return tr("Rules and targets the village's records break");
        default:
            return {};
        }
    }
    return {};
}

} // namespace tl::ui
