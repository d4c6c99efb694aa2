#pragma once

#include "findings/Findings.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
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
    // The village on screen (0 = the township), for "only this village".
    void setCurrentVillage(qint64 villageId);

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }
    // The title of an export of the findings shown ("Findings – 王家庄村" with "only this village").
    QString exportTitle() const;
    // Rows shown after filtering.
    int visibleCount() const;

Q_SIGNALS:
    void findingActivated(const tl::Finding &finding);

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
    qint64 m_currentVillage = 0;
};

} // namespace tl::ui
