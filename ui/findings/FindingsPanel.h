#pragma once

#include "findings/Findings.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QToolButton;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace tl::ui {

class FindingsModel;
class FindingsFilter;

// The list of findings under the pages: what the clerk must look at. Clicking (or pressing Enter
// on) a finding asks the window to show the record it is about.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    // While the file is checked after opening: the summary says the findings are still coming,
    // never "no findings". setFindings() ends it.
    void setChecking();
    // The village on screen (0 = the township), for "only this village".
    void setCurrentVillage(qint64 villageId);

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }
    // The title of an export of the findings shown ("Findings – 王家庄村" with "only this village").
    QString exportTitle() const;
    // Rows shown after filtering.
    int visibleCount() const;

    // The date the findings are judged on: today unless the clerk picked another one (the
    // township as it stood at the end of that day).
    QDate asOf(const QDate &today) const;
    void setToday(const QDate &today);
    QDateEdit *dateEdit() const { return m_date; }

Q_SIGNALS:
    void findingActivated(const tl::Finding &finding);
    // The clerk picked another date (or went back to today): the findings must be run again.
    void asOfChanged();

private:
    void activate(const QModelIndex &proxyIndex);
    void updateFilter();
    void updateSummary();

    FindingsModel *m_model;
    FindingsFilter *m_filter;
    QTableView *m_view;
    QAction *m_export;
    QLabel *m_summary;
    QComboBox *m_severity;
    QCheckBox *m_onlyVillage;
    QLineEdit *m_search;
    QDateEdit *m_date;
    QToolButton *m_todayButton;
    QDate m_today;
    bool m_checking = false;
    bool m_pinned = false; // a date other than today was picked
    qint64 m_currentVillage = 0;
};

} // namespace tl::ui
