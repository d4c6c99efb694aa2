#pragma once

#include "storage/Settings.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// The targets the township is measured against and the thresholds of the rules (core Targets).
// They differ between provinces, so the clerk can change them; OK saves them in the ledger as one
// undoable edit.
class TargetsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TargetsDialog(LedgerContext *context, QWidget *parent = nullptr);

    void setTargets(const Targets &targets);
    Targets targets() const;

    void accept() override;

private:
    LedgerContext *m_context;
    QDoubleSpinBox *m_minIncome;
    QDoubleSpinBox *m_highIncome;
    QSpinBox *m_highIncomeShare;
    QSpinBox *m_fiveStarShare;
    QSpinBox *m_minReserves;
    QSpinBox *m_collegeShare;
    QSpinBox *m_committeeMin;
    QSpinBox *m_committeeMax;
    QSpinBox *m_partyMax;
    QSpinBox *m_termYears;
    QSpinBox *m_termWarning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
