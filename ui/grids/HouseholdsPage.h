#pragma once

#include "shell/LedgerContext.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tl::ui {

class HouseholdModel;

// Every household of the township in one list (up to 200,000), for "where does this family
// live?" questions: filtered by name (from its beginning), ID number or phone (debounced), by
// village, tag and grid state. It uses the lazy HouseholdModel with villageId 0, so opening the
// page reads ids only and one screen of rows. Edit opens the household dialog; "Show in village"
// asks the window to open the household on its village's grid tab.
class HouseholdsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HouseholdsPage(LedgerContext *context, QWidget *parent = nullptr);

    void reload();
    void applyFilterNow();
    HouseholdModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *villageCombo() const { return m_village; }
    QComboBox *tagCombo() const { return m_tag; }
    // "Export to Excel…" of every household the filters let through (not only those scrolled to).
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void showInVillageRequested(qint64 villageId, qint64 householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLedgerChanged(LedgerContext::Change what, qint64 villageId);
    void fillVillages();
    void editCurrent();
    void updateStatus();
    qint64 currentHouseholdId() const;

    LedgerContext *m_context;
    HouseholdModel *m_model;
    QTimer m_filterTimer;
    bool m_reloadPending = false;
    bool m_stale = false; // changed while hidden: reload when shown (ids of 200,000 rows are not free)
    QLineEdit *m_filter;
    QComboBox *m_village;
    QComboBox *m_tag;
    QComboBox *m_gridMode;
    QCheckBox *m_fullIds;
    QPushButton *m_edit;
    QPushButton *m_show;
    QTableView *m_view;
    QAction *m_export;
    QLabel *m_status;
};

} // namespace tl::ui
