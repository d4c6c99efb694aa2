#pragma once

#include "storage/AuditTrail.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tl::ui {

class ChangeHistoryModel;
class HouseholdsPage;
class LedgerContext;
class TownshipOverviewPage;
class VillagePage;

// 修改记录: the audit trail of the whole township, or of one record, filtered by date, record
// type, what made the change (edit, import, undo …) and text in the values. Read-only: nothing
// here can change or delete an entry. "Export to Excel…" writes the changes the filters let
// through (all of them, not only those scrolled past) with ID numbers and phones masked.
class ChangeHistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeHistoryWindow(LedgerContext *context, QWidget *parent = nullptr);

    // Opens a window (a top-level window of `parent`'s window, closed with the ledger), for
    // the whole township or, with table and record, for one record ("person", "17").
    static ChangeHistoryWindow *open(
        LedgerContext *context, QWidget *parent, const QString &table = {}, const QString &record = {});

    // One record's history ("village", "3"); an empty table shows every record again.
    void setRecord(const QString &table, const QString &record);
    // The filters as set in the bar (dates, type, source, text) plus the record.
    AuditFilter filter() const;
    // Sets the bar's widgets from `filter` and reads again.
    void setFilter(const AuditFilter &filter);
    void applyFilterNow(); // skips the typing delay of the search field

    ChangeHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *tableCombo() const { return m_table; }
    QComboBox *sourceCombo() const { return m_source; }
    QPushButton *exportButton() const { return m_export; }

    // Writes what the filters let through to `path` (masked). False with *error.
    bool exportTo(const QString &path, QString *error);
    // Asks where to save (Documents/<title>.xlsx), then exports and says where it went.
    void exportWorkbook();

    // "Change history…" for a list: an action in the view's context menu (when the view uses
    // actions for it) that opens the history of the record of the current row, or does
    // nothing when the row names none. `recordOf` returns the record id for the current row.
    static QAction *addHistoryAction(QAbstractItemView *view, LedgerContext *context, const QString &table,
        std::function<QString()> recordOf);
    // The per-record entries of the main window: villages in the overview table, the village
    // shown (a button beside the village page's tabs) and the members of its committees.
    static void installOn(LedgerContext *context, TownshipOverviewPage *overview, VillagePage *villagePage);
    // The households of the township-wide list.
    static void installOn(LedgerContext *context, HouseholdsPage *households);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readFilter();
    void updateStatus();
    void updateTitle();
    void updateRecordBar();
    void fitColumns();

    LedgerContext *m_context;
    ChangeHistoryModel *m_model;
    QString m_recordTable;
    QString m_record;
    QTimer m_searchTimer;
    QTimer m_reloadTimer;
    bool m_stale = false;
    bool m_fitted = false;

    QCheckBox *m_useSince;
    QDateEdit *m_since;
    QCheckBox *m_useUntil;
    QDateEdit *m_until;
    QComboBox *m_table;
    QComboBox *m_source;
    QLineEdit *m_search;
    QWidget *m_recordBar;
    QLabel *m_recordLabel;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_export;
};

} // namespace tl::ui
