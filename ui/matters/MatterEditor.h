#pragma once

#include "matters/Deliberation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace tl::ui {

class LedgerContext;
class StepTimeline;

// One matter: its facts and derived status at the top, the six steps as a timeline, and every
// problem core finds with it underneath. Recording or opening a step opens a StepDialog; the
// matter itself is edited (or withdrawn) in a MatterDialog. Reads the matter once per reload.
class MatterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MatterEditor(LedgerContext *context, QWidget *parent = nullptr);

    void setMatter(qint64 matterId); // 0 shows a hint instead
    qint64 matterId() const { return m_matterId; }
    void reload();

    StepTimeline *timeline() const { return m_timeline; }
    QString statusText() const;
    QString defectsText() const;

public Q_SLOTS:
    void editMatter();
    void recordStep(tl::MatterStep step);
    void holdAgain(tl::MatterStep step); // a meeting without quorum: record the one held again
    void recordNext();

private:
    LedgerContext *m_context;
    qint64 m_matterId = 0;
    std::optional<MatterStep> m_next;

    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_facts;
    QLabel *m_description;
    QPushButton *m_edit;
    QPushButton *m_recordNext;
    StepTimeline *m_timeline;
    QLabel *m_defects;
    QStringList m_defectLines;
};

} // namespace tl::ui
