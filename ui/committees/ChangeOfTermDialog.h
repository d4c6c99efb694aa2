#pragma once

#include "model/Domain.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace tl::ui {

// Asks for the facts of a 换届 (all three bodies at once) or of a body's first recorded term.
// It only asks; the caller runs edits::changeOfTerm / edits::openFirstTerm (both undoable).
class ChangeOfTermDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ChangeOfTerm, FirstTerm };

    // termYears comes from the ledger's settings; body is used in FirstTerm mode only.
    ChangeOfTermDialog(Mode mode, const QString &villageName, int termYears, const QDate &today,
                       Body body = Body::Committee, QWidget *parent = nullptr);

    QDate date() const;      // election day / first term's start
    bool carryOver() const;  // 连任: re-enter the current holders into the new terms
    int termNumber() const;  // FirstTerm: 第几届 the first recorded term is
    QDate plannedEnd() const;

private:
    void updateSummary();

    Mode m_mode;
    int m_termYears;
    QDateEdit *m_date;
    QCheckBox *m_carryOver = nullptr;
    QSpinBox *m_number = nullptr;
    QLabel *m_summary;
};

} // namespace tl::ui
