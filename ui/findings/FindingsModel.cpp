#include "findings/FindingsModel.h"

#include "shell/Icons.h"

namespace tl::ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    const bool error = f.severity == Finding::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return error ? tr("Error") : tr("Warning");
        // Township-wide findings have no village; say so instead of leaving a blank cell.
        case Village:
            return f.villageId ? f.village : tr("Whole township");
        case Rule:
            return FindingEngine::ruleTitle(f.rule);
        case Detail:
            return f.detail;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return appIcon(error ? QStringLiteral("finding-error") : QStringLiteral("finding-warning"));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Detail || index.column() == Rule)
            return FindingEngine::ruleTitle(f.rule) + QLatin1Char('\n') + f.detail;
        return {};
    case SortRole:
        // Errors first when sorted ascending; the original order (by village) keeps ties stable.
        if (index.column() == Severity)
            return error ? 0 : 1;
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Village:
        return tr("Village");
    case Rule:
        return tr("Rule");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace tl::ui
