#pragma once

#include "grids/Grids.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QCache>
#include <QHash>
#include <QVector>

#include <optional>

class QFontMetrics;
class QMimeData;

namespace tl::ui {

class LedgerContext;

// Households as a table, read lazily. A township holds up to 200,000 households and a view shows
// thirty at a time, so the model keeps only the ids matching the filter (one query) and reads the
// rows in pages of kPageSize when a view asks for them, keeping the last kCachedPages pages.
//
// Rows stay in the repository's order (a village by 村民小组, the township by id): a sort proxy
// over 200,000 rows would read every row, which is exactly what this model avoids. Filtering
// queries the ids again.
//
// Rows can be dragged (setDragEnabled): the mime data carries the household ids, which the grid
// tree accepts to assign them.
class HouseholdModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Village, HeadName, IdNumber, Group, Address, People, Phone, Tags, GridName, Worker, ColumnCount };
    enum Roles {
        HouseholdIdRole = Qt::UserRole + 1,
        VillageIdRole,
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 40;

    explicit HouseholdModel(LedgerContext *context, QObject *parent = nullptr);

    // Queries the ids again with the new filter; cached rows are dropped. A text filter on a
    // large ledger whose search index a worker is still reading waits for it without blocking:
    // the rows stay as they were, isSearchPending() is true, and the filter is applied (and
    // searchPendingChanged(false) sent) as soon as the index is there.
    void setFilter(const HouseholdFilter &filter);
    bool isSearchPending() const { return m_searchPending; }
    const HouseholdFilter &filter() const { return m_filter; }
    // No rows and no queries until the next setFilter (a page with nothing chosen yet).
    void clear();
    // After a change to the ledger: the same filter, queried again. When the ids are unchanged
    // the rows are only re-read (selection and scroll position stay); else the model is reset.
    void reload();

    const QVector<qint64> &ids() const { return m_ids; }
    qint64 householdId(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
    int rowOfHousehold(qint64 id) const { return int(m_ids.indexOf(id)); } // -1 when not listed
    // The row's household, read through the page cache (nullopt when out of range or deleted).
    std::optional<Household> household(int row) const;

    // ID numbers are masked (371321********0012) (Masking::idNumber) unless the clerk asks to see them.
    void setShowFullIds(bool show);
    bool showFullIds() const { return m_showFullIds; }

    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }

    // A fixed width per column, wide enough for its header and typical contents: sizing to
    // contents would read every row.
    int columnWidth(int column, const QFontMetrics &metrics) const;

    // What the lazy reading cost so far: rows and pages read from the ledger (tests, benchmarks).
    qint64 fetchedRows() const { return m_fetchedRows; }
    int fetchedPages() const { return m_fetchedPages; }
    void resetFetchCounters();

    // Drag and drop of households (the grid tree is the drop target).
    static QString mimeType();
    static QVector<qint64> idsFromMimeData(const QMimeData *data, qint64 *villageId = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void searchPendingChanged(bool pending);

private:
    bool searchReady(); // else starts reading the index and waits for it (m_indexWait)
    void setSearchPending(bool pending);

    // Names the rows refer to, read once per village when one of its rows is first shown.
    struct Names
    {
        QHash<qint64, QString> grids;  // sub-grids as "grid › sub-grid"
        QHash<qint64, QString> people;
    };

    const Household *rowData(int row) const;
    const Names &namesOf(qint64 villageId) const;
    QString tagsText(const QStringList &tags) const;

    LedgerContext *m_context;
    HouseholdFilter m_filter;
    QVector<qint64> m_ids;
    // A page holds kPageSize rows aligned with m_ids; a household deleted since the ids were read
    // is left as an empty row (id 0) until the next reload.
    mutable QCache<int, QVector<Household>> m_pages;
    mutable QHash<qint64, Names> m_names;
    mutable QHash<qint64, QString> m_villageNames;
    mutable bool m_villageNamesRead = false;
    mutable qint64 m_fetchedRows = 0;
    mutable int m_fetchedPages = 0;
    bool m_showFullIds = false;
    bool m_dragEnabled = false;
    bool m_active = false; // false after clear(): reload() then lists nothing
    bool m_searchPending = false;
    QTimer m_indexWait; // while the search index is read: asks now and then whether it is there
};

} // namespace tl::ui
