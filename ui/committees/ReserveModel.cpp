#include "committees/ReserveModel.h"

#include <QColor>

namespace tl::ui {

ReserveModel::ReserveModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReserveModel::setRows(const QList<ReserveRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

int ReserveModel::rowOfCadre(qint64 cadreId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].cadre.id == cadreId)
            return i;
    return -1;
}

int ReserveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReserveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReserveModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReserveRow &r = m_rows.at(index.row());
    const Person &p = r.person;
    const int age = ageOn(p.birthDate, m_today);
    switch (role) {
    case CadreIdRole: return r.cadre.id;
    case PersonIdRole: return p.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Age || index.column() == Added)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == Age)
            return age;
        if (index.column() == Added)
            return r.cadre.added;
        if (index.column() == Removed)
            return r.cadre.removedOn;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return index.column() == Note ? r.cadre.note : index.column() == Removed ? r.cadre.removedReason : QVariant();
    case Qt::ForegroundRole:
        // A former cadre: kept on record, shown apart from those on the list.
        return r.cadre.isCurrent() ? QVariant() : QVariant(QColor(0x75, 0x75, 0x75));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Name: return p.name;
    case Gender: return p.gender == tl::Gender::Unknown ? QString() : DomainText::gender(p.gender);
    case Age: return age >= 0 ? QVariant(age) : QVariant();
    case Education: return p.education == tl::Education::Unknown ? QString() : DomainText::education(p.education);
    case Political: return p.political == PoliticalStatus::Unknown ? QString() : DomainText::political(p.political);
    case Source: return DomainText::reserveSource(r.cadre.source);
    case Added: return r.cadre.added.isValid() ? r.cadre.added.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    case Note: return r.cadre.note;
    case Removed:
        return r.cadre.isCurrent() ? QString()
                                   : tr("%1: %2").arg(r.cadre.removedOn.toString(QStringLiteral("yyyy-MM-dd")),
                                                      r.cadre.removedReason);
    default: break;
    }
    return {};
}

QVariant ReserveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Gender: return tr("Gender");
    case Age: return tr("Age");
    case Education: return tr("Education");
    case Political: return tr("Political status");
    case Source: return tr("Source");
    case Added: return tr("Added on");
    case Note: return tr("Note");
    case Removed: return tr("Taken off the list");
    default: break;
    }
    return {};
}

} // namespace tl::ui
