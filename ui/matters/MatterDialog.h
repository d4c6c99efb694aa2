#pragma once

#include "matters/MatterRepository.h"

#include "common/HeightFittingDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tl::ui {

class LedgerContext;

// Adds or edits a matter (事项) of a village: title, category, amount in 元 (kept exactly as 分),
// description, who proposed it, planned completion; an existing matter can be withdrawn with a
// reason. Save goes through MatterRepository; refused fields are marked next to the field and
// the dialog stays open. One undo step.
//
// Use open(): the dialog is window-modal and deletes itself when closed.
class MatterDialog : public HeightFittingDialog
{
    Q_OBJECT
public:
    // matterId 0 adds a new matter to villageId.
    MatterDialog(LedgerContext *context, qint64 villageId, qint64 matterId, QWidget *parent = nullptr);

    qint64 matterId() const { return m_matterId; } // set after a successful save
    // The matter as the fields say; false with the amount's error when the amount cannot be read.
    bool currentMatter(Matter *matter, QString *amountError) const;
    bool save();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 matterId);

protected:

private:
    void load();
    void showErrors(const FieldErrors &errors);
    void updateAmountHint();

    LedgerContext *m_context;
    qint64 m_villageId;
    qint64 m_matterId;
    std::optional<Matter> m_stored;

    QLineEdit *m_title;
    QComboBox *m_category;
    QLineEdit *m_amount;
    QLabel *m_amountHint;
    QLineEdit *m_proposer;
    QComboBox *m_motionSource;
    QCheckBox *m_plannedSet;
    QDateEdit *m_planned;
    QPlainTextEdit *m_description;
    QCheckBox *m_withdrawn = nullptr;
    QDateEdit *m_withdrawnOn = nullptr;
    QLineEdit *m_withdrawnReason = nullptr;
    QLabel *m_refusal;
    QDialogButtonBox *m_buttons;
    QHash<QString, std::pair<QWidget *, QLabel *>> m_fields;
};

} // namespace tl::ui
