#pragma once

#include "disclosures/Disclosures.h"

#include <QAbstractTableModel>
#include <QDate>

namespace tl::ui {

// The 三务公开 register of one village as a read-only table: kind, period, title, posting and end
// dates, and its state against the schedule (done, done late, not posted and due, overdue).
// Edits go through DisclosuresTab's dialogs.
class DisclosureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Period, Title, Posted, Ends, Channels, State, ColumnCount };
    enum Roles { DisclosureIdRole = Qt::UserRole + 1, SortRole, StateRole, KindRole };

    explicit DisclosureModel(QObject *parent = nullptr);

    void setRows(const QList<Disclosure> &rows, const DisclosureSettings &settings, const QDate &today);
    const QList<Disclosure> &rows() const { return m_rows; }
    const Disclosure &row(int r) const { return m_rows.at(r); }
    int rowOfDisclosure(qint64 id) const;
    // The state of a disclosure on `today`, the way the township's progress page counts it.
    DueItem::State state(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Colours shared with the progress page (background, text) per state.
    static QColor stateBackground(DueItem::State s);
    static QColor stateForeground(DueItem::State s);

private:
    QList<Disclosure> m_rows;
    DisclosureSettings m_settings;
    QDate m_today;
};

} // namespace tl::ui
