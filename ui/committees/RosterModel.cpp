#include "committees/RosterModel.h"

#include "edits/CommitteeEdits.h"
#include "shell/LedgerContext.h"
#include "committees/PersonRepository.h"
#include "common/TableExporter.h"
#include "model/Masking.h"

#include <QBrush>
#include <QPalette>

namespace tl::ui {

RosterModel::RosterModel(LedgerContext *context, QObject *parent) : QAbstractTableModel(parent), m_context(context) {}

void RosterModel::setRoster(qint64 villageId, const QList<RosterEntry> &entries)
{
    beginResetModel();
    m_villageId = villageId;
    m_entries = entries;
    endResetModel();
}

int RosterModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].person.id == personId)
            return i;
    return -1;
}

void RosterModel::setShowFullIds(bool show)
{
    if (show == m_showFullIds)
        return;
    m_showFullIds = show;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, IdNumber), index(rowCount() - 1, IdNumber));
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RosterEntry &e = m_entries.at(index.row());
    const Person &p = e.person;
    const bool former = e.posts.isEmpty();

    if (role == PersonIdRole)
        return p.id;
    // The export gets the ID number itself: a masked export masks it as the view does, and the
    // clerk's deliberate export with full numbers has it whole, whatever the view shows.
    if (role == TableExporter::ExportRole && index.column() == IdNumber)
        return p.idNumber;
    if (role == SearchRole)
        return QStringList{p.name, p.idNumber, e.postTitles(), p.phone}.join(QLatin1Char('\n'));
    if (role == Qt::ForegroundRole && former)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::TextAlignmentRole && (index.column() == Age || index.column() == Since))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Posts && former)
            return tr("Holds no post now; shown because \"Show former members\" is on");
        if (index.column() == Phone)
            return tr("Press F2 or start typing to change the phone number");
        if (index.column() == IdNumber && !m_showFullIds)
            return tr("Masked; tick \"Show full ID numbers\" to see it");
        if (index.column() == Posts || index.column() == Political || index.column() == Education)
            return data(index, Qt::DisplayRole); // the column may be too narrow for it
        return {};
    }

    const int age = ageOn(p.birthDate, m_context->today());
    if (role == SortRole) {
        switch (index.column()) {
        case Age: return age;
        case Since: return e.firstStart;
        case IdNumber: return p.idNumber;
        default: break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::EditRole && index.column() == Phone)
        return p.phone;
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case Name: return p.name;
    case Gender: return p.gender == tl::Gender::Unknown ? QString() : DomainText::gender(p.gender);
    case Age: return age >= 0 ? QVariant(age) : QVariant();
    case Ethnicity: return p.ethnicity;
    case Political: return p.political == PoliticalStatus::Unknown ? QString() : DomainText::political(p.political);
    case Education: return p.education == tl::Education::Unknown ? QString() : DomainText::education(p.education);
    case Posts: return former ? tr("(former member)") : e.postTitles();
    case Since: return e.firstStart.isValid() ? e.firstStart.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    case IdNumber: return m_showFullIds ? p.idNumber : Masking::idNumber(p.idNumber);
    case Phone: return p.phone;
    case Reserve: return e.isReserve ? tr("Yes") : QString();
    default: break;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Gender: return tr("Gender");
    case Age: return tr("Age");
    case Ethnicity: return tr("Ethnic group");
    case Political: return tr("Political status");
    case Education: return tr("Education");
    case Posts: return tr("Posts");
    case Since: return tr("Since");
    case IdNumber: return tr("ID number");
    case Phone: return tr("Phone");
    case Reserve: return tr("Reserve");
    default: break;
    }
    return {};
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Phone && !m_context->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Phone || m_context->isReadOnly())
        return false;
    RosterEntry &e = m_entries[index.row()];
    const QString phone = value.toString().trimmed();
    if (phone == e.person.phone)
        return true;
    const Result<void> changed = edits::changePhone(m_context->ledger(), e.person.id, phone);
    if (!changed) {
        Q_EMIT editRefused(tr("%1: phone not changed. %2").arg(e.person.name, changed.message()));
        return false;
    }
    if (const std::optional<Person> stored = PersonRepository(m_context->ledger()).get(e.person.id))
        e.person = *stored; // normalized as the ledger keeps it
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace tl::ui
