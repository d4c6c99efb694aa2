#pragma once

#include "matters/Deliberation.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace tl::ui {

class MatterModel;

// The township board's filters over a MatterModel: village, status, category, a period (a
// quarter: any step dated inside it), "needs action" and a text search. Filtering reads the
// model's rows directly, so changing a filter over 10,000 matters costs no query.
class MatterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MatterFilterModel(QObject *parent = nullptr);

    void setMatterModel(MatterModel *model);

    void setVillage(qint64 villageId); // 0 = all
    void setStatus(std::optional<MatterStatus> status);
    void setCategory(const QString &code); // empty = all
    void setPeriod(const QDate &from, const QDate &to); // invalid = any time
    void setNeedsActionOnly(bool on);
    void setSearchText(const QString &text);

    bool needsActionOnly() const { return m_needsAction; }

    // 2026-08-15 → [2026-07-01, 2026-09-30]
    static std::pair<QDate, QDate> quarterOf(const QDate &d);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MatterModel *m_model = nullptr;
    qint64 m_village = 0;
    std::optional<MatterStatus> m_status;
    QString m_category;
    QDate m_from, m_to;
    bool m_needsAction = false;
    QString m_search;
};

} // namespace tl::ui
