#pragma once

#include "model/Domain.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace tl::ui {

class LedgerContext;
class VillageForm;

// The 概况 tab of a village page: the editable facts (VillageForm) with Save, the derived
// figures of its committees today (core Indicators, read-only) and the terms (届) of the three
// bodies with the change of term (换届).
class VillageOverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit VillageOverviewTab(LedgerContext *context, QWidget *parent = nullptr);

    void setVillage(qint64 villageId);
    // Re-reads the figures and terms; the facts too unless the clerk is in the middle of editing
    // them (keepEdits) — an undo of a village edit passes false so the form shows the restored values.
    void reload(bool keepEdits);
    VillageForm *form() const { return m_form; }
    // Saves the facts (one undo step). False, with the fields marked, when refused.
    bool save();
    // Before the form goes away (another village, the township page, another ledger, closing):
    // with unsaved edits, asks 保存/放弃/取消. True when the page may be left (saved, discarded or
    // nothing to save); false to stay (cancelled, or the save was refused).
    bool confirmLeave();

protected:
    void keyPressEvent(QKeyEvent *event) override; // Enter saves

private:
    void reloadFigures();
    void reloadTerms();
    void updateButtons();
    void changeOfTerm();
    void openFirstTerm(Body body);

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    QString m_villageName;
    VillageForm *m_form;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_saveStatus;
    QGridLayout *m_figures;
    QGridLayout *m_terms;
    QPushButton *m_changeOfTerm;
};

} // namespace tl::ui
