#pragma once

#include "matters/Deliberation.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// The 四议两公开 rules that differ between provinces (core DeliberationSettings): the quorum of
// the joint meeting, how soon and how long a resolution is disclosed, whether the period counts
// working days, when the result is due, and the largest scan. OK saves them as one undoable edit;
// the findings follow at once.
class DeliberationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeliberationSettingsDialog(LedgerContext *context, QWidget *parent = nullptr);

    void setSettings(const DeliberationSettings &settings);
    DeliberationSettings settings() const;

public Q_SLOTS:
    void accept() override;

private:
    void validateNow();
    void editHolidays();

    LedgerContext *m_context;
    QComboBox *m_jointQuorum;
    QSpinBox *m_postWithin;
    QSpinBox *m_minDays;
    QCheckBox *m_workingDays;
    QPushButton *m_holidaysButton;
    QString m_holidays; // the ledger's holiday calendar; empty: the shipped one
    QSpinBox *m_resultWithin;
    QSpinBox *m_maxMb;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
