#pragma once

#include "findings/Findings.h"

#include <QAbstractTableModel>

namespace tl::ui {

// Every finding of the ledger, one per row: severity, village, rule title and detail.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Village,
        Rule,
        Detail,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole + 1
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace tl::ui
