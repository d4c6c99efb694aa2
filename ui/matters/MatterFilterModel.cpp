#include "matters/MatterFilterModel.h"

#include "matters/MatterModel.h"

namespace tl::ui {

MatterFilterModel::MatterFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MatterModel::SortRole);
    setSortLocaleAware(true); // Chinese titles and village names sort by pinyin order of the locale
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MatterFilterModel::setMatterModel(MatterModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void MatterFilterModel::setVillage(qint64 villageId)
{
    m_village = villageId;
    invalidateFilter();
}

void MatterFilterModel::setStatus(std::optional<MatterStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void MatterFilterModel::setCategory(const QString &code)
{
    m_category = code;
    invalidateFilter();
}

void MatterFilterModel::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void MatterFilterModel::setNeedsActionOnly(bool on)
{
    m_needsAction = on;
    invalidateFilter();
}

void MatterFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

std::pair<QDate, QDate> MatterFilterModel::quarterOf(const QDate &d)
{
    const int firstMonth = (d.month() - 1) / 3 * 3 + 1;
    const QDate from(d.year(), firstMonth, 1);
    return {from, from.addMonths(3).addDays(-1)};
}

bool MatterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const BoardRow &r = m_model->row(sourceRow);
    if (m_village > 0 && r.matter.villageId != m_village)
        return false;
    if (m_status && r.status != *m_status)
        return false;
    if (!m_category.isEmpty() && r.matter.category != m_category)
        return false;
    if (m_needsAction && !MatterModel::needsAction(r))
        return false;
    if (m_from.isValid() && m_to.isValid() && !r.touches(m_from, m_to))
        return false;
    if (!m_search.isEmpty() && !r.matter.title.contains(m_search, Qt::CaseInsensitive) &&
        !r.village.contains(m_search, Qt::CaseInsensitive) &&
        !r.matter.proposer.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace tl::ui
