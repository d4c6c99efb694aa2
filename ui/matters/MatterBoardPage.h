#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tl::ui {

class LedgerContext;
class MatterFilterModel;
class MatterModel;

// The township-wide 四议两公开 board: every matter of every village with its derived status, next
// step, due date and problems, most urgent first. Filters: village, status, category, quarter
// (any step dated in it), "needs action" (overdue or with problems) and a search. Opening a row
// asks the shell to show that matter in its village (openMatter).
//
// The rows come from MatterBoard::rows (two queries whatever the size); filters and sorting work
// on the loaded rows. While hidden, ledger changes only mark the board stale.
class MatterBoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit MatterBoardPage(LedgerContext *context, QWidget *parent = nullptr);

    void reload();
    void setVillageFilter(qint64 villageId); // 0 = all villages
    void setNeedsActionOnly(bool on);
    void sortByUrgency();

    MatterModel *model() const { return m_model; }
    MatterFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void openMatter(qint64 villageId, qint64 matterId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillVillages();
    void fillQuarters();
    void applyQuarter();
    void updateSummary();
    void openCurrent();

    LedgerContext *m_context;
    bool m_dirty = true;
    MatterModel *m_model;
    MatterFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_village;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_quarter;
    QCheckBox *m_needsAction;
    QTableView *m_view;
    QAction *m_export;
    QLabel *m_summary;
};

} // namespace tl::ui
