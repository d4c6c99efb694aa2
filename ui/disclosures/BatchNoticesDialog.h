#pragma once

#include "disclosures/Notices.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// Every notice due in the next N days for the whole township (NoticeBuilder::dueWithin): the
// resolution and result disclosures of matters whose deadline falls in the window (or has passed)
// and the disclosures to be posted in it. The clerk ticks the ones to print and previews, prints
// or saves them as one PDF, one notice per page. Notices that cannot be made are listed with the
// reason.
class BatchNoticesDialog : public QDialog
{
    Q_OBJECT
public:
    BatchNoticesDialog(LedgerContext *context, QWidget *parent = nullptr);

    void setDays(int days);
    void refresh();
    QList<NoticeDocument> notices() const { return m_notices; }
    QList<NoticeDocument> checkedNotices() const;
    QStringList problems() const { return m_problems; }

private:
    void updateButtons();

    LedgerContext *m_context;
    QList<NoticeDocument> m_notices;
    QStringList m_problems;
    QSpinBox *m_days;
    QLabel *m_window;
    QListWidget *m_list;
    QLabel *m_problemsLabel;
    QListWidget *m_problemsList;
    QLabel *m_count;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
};

} // namespace tl::ui
