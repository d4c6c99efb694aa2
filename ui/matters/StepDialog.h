#pragma once

#include "matters/MatterRepository.h"
#include "model/Domain.h"

#include "common/HeightFittingDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDragEnterEvent;
class QDropEvent;
class QGridLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// Records or edits one of the six steps of a matter: date, meeting form, place, chair, recorder,
// attendance and vote (meetings), or the disclosure period, channels and the supervision
// committee's signature (disclosures), a summary and scans of the minutes / sign-in sheets.
//
// While the clerk types, the verdict label shows what the rules say (Deliberation::judge and the
// defects core would find with this record), so a missing quorum is seen before saving. A step
// that is not the next one can be recorded only by ticking "record out of order" with a reason.
// Save goes through MatterRepository::saveStep; refused fields are marked and the dialog stays
// open. The step, its new and removed attachments are one undo step.
//
// Use open(): the dialog is window-modal and deletes itself when closed.
class StepDialog : public HeightFittingDialog
{
    Q_OBJECT
public:
    // HoldAgain: the step's meeting had no quorum; the dialog records the meeting held again (a new
    // date, attendance and vote) and the failed one stays on record as an earlier meeting.
    enum class Mode { Record, HoldAgain };

    StepDialog(LedgerContext *context, qint64 matterId, MatterStep step, QWidget *parent = nullptr,
               Mode mode = Mode::Record);
    ~StepDialog() override;

    MatterStep step() const { return m_step; }
    bool isNewRecord() const { return !m_existing.has_value(); }
    bool holdsAgain() const { return m_holdAgain; }
    bool overrideOffered() const; // the step is not the next one (or was recorded by override)
    StepRecord currentRecord() const; // what the fields say now
    MeetingVerdict verdict() const;   // Deliberation::judge of currentRecord()
    QStringList problems() const;     // every problem shown under the verdict

    // Queues a scan (image or PDF) to be stored with the step on Save; what Add… and dropping a
    // file do. False with *error when the file is too large or not a scan.
    bool queueAttachment(const QString &fileName, const QByteArray &data, QString *error = nullptr);
    // Saves the step and its attachments; false (fields marked, dialog open) when refused.
    bool save();

public Q_SLOTS:
    void accept() override; // saves first; stays open when refused

Q_SIGNALS:
    void saved(qint64 stepId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending
    {
        QString fileName;
        QByteArray data;
    };

    QWidget *buildMeeting();
    QWidget *buildDisclosure();
    QWidget *buildAttachments();
    QFrame *buildOverride();
    QWidget *field(QWidget *editor, QLabel **error, const QString &errorName);
    void load();
    void prefillExpected();
    void prefillDisclosureEnd();
    void updateFormRows();
    void updateVerdict();
    void reloadAttachmentList();
    void addChannel(const QString &text, bool checked);
    void chooseAttachments();
    void openSelectedAttachment();
    void removeSelectedAttachment();
    void deleteStep();
    void showErrors(const FieldErrors &errors);
    void setCount(QSpinBox *box, const std::optional<int> &value);

    LedgerContext *m_context;
    Matter m_matter;
    MatterStep m_step;
    QList<StepRecord> m_others; // the matter's other recorded steps
    std::optional<StepRecord> m_existing;
    DeliberationSettings m_settings;
    std::optional<Village> m_village; // its record, for the 应到 checks (read once, not per keystroke)
    bool m_editable = true;
    bool m_loading = false;
    bool m_expectedTyped = false;
    bool m_endTouched = false;
    bool m_needsOverride = false;
    bool m_holdAgain = false;

    // Meeting
    QDateEdit *m_date = nullptr;
    QComboBox *m_form = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_chair = nullptr;
    QLineEdit *m_recorder = nullptr;
    QSpinBox *m_expected = nullptr;
    QSpinBox *m_present = nullptr;
    QSpinBox *m_householdsExpected = nullptr;
    QSpinBox *m_householdsPresent = nullptr;
    QSpinBox *m_votesFor = nullptr;
    QSpinBox *m_votesAgainst = nullptr;
    QSpinBox *m_votesAbstain = nullptr;
    QGridLayout *m_countsGrid = nullptr;
    QLabel *m_expectedLabel = nullptr;
    QList<QWidget *> m_householdRows; // labels and fields shown for a villagers' meeting only
    // Disclosure
    QDateEdit *m_end = nullptr;
    QLabel *m_days = nullptr;
    QListWidget *m_channels = nullptr;
    QLineEdit *m_channelEdit = nullptr;
    QLineEdit *m_signedBy = nullptr;
    QLineEdit *m_supervisionOpinion = nullptr; // steps 5 and 6
    QLineEdit *m_townshipAttendee = nullptr;   // steps 3 and 4
    // Both
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_verdict = nullptr;
    QFrame *m_overrideBox = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QListWidget *m_attachments = nullptr;
    QPushButton *m_addAttachment = nullptr;
    QPushButton *m_openAttachment = nullptr;
    QPushButton *m_removeAttachment = nullptr;
    QLabel *m_attachmentError = nullptr;
    QLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_delete = nullptr;

    QHash<QString, std::pair<QWidget *, QLabel *>> m_fields; // core field name → editor, error label

    QList<AttachmentInfo> m_stored;  // attachments already in the ledger
    QList<qint64> m_removed;         // …of which the clerk removed these
    QList<Pending> m_pending;        // new scans, stored on Save
};

} // namespace tl::ui
