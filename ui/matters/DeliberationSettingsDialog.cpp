#include "matters/DeliberationSettingsDialog.h"

#include "edits/MatterEdits.h"
#include "shell/LedgerContext.h"
#include "matters/WorkCalendar.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
// Ranges a little wider than SettingsStore::validate accepts, so a wrong value is explained by
// the message rather than silently clamped.
QSpinBox *spin(const QString &objectName, int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox;
    s->setObjectName(objectName);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAlignment(Qt::AlignRight);
    s->setMinimumWidth(100);
    return s;
}
} // namespace

DeliberationSettingsDialog::DeliberationSettingsDialog(LedgerContext *context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("DeliberationSettingsDialog"));
    setWindowTitle(tr("Rules for four deliberations, two disclosures"));

    m_jointQuorum = new QComboBox;
    m_jointQuorum->setObjectName(QStringLiteral("jointQuorumCombo"));
    m_jointQuorum->addItem(tr("No quorum"), int(JointQuorum::None));
    m_jointQuorum->addItem(tr("At least half of the members"), int(JointQuorum::Half));
    m_jointQuorum->addItem(tr("At least two thirds of the members"), int(JointQuorum::TwoThirds));
    const QString days = tr(" days");
    m_postWithin = spin(QStringLiteral("postWithinSpin"), 0, 365, days);
    m_minDays = spin(QStringLiteral("minDisclosureSpin"), 0, 365, days);
    m_workingDays = new QCheckBox(tr("Count the disclosure period in &working days (without holidays, with 调休 weekends)"));
    m_workingDays->setObjectName(QStringLiteral("workingDaysCheck"));
    m_resultWithin = spin(QStringLiteral("resultWithinSpin"), 0, 999, days);
    m_maxMb = spin(QStringLiteral("maxAttachmentSpin"), 0, 1000, tr(" MB"));

    auto *meetings = new QGroupBox(tr("Meetings"));
    auto *mf = new QFormLayout(meetings);
    mf->addRow(tr("Joint meeting of both committees, &quorum:"), m_jointQuorum);
    auto *meetingNote = new QLabel(tr("No statute sets it; local rules usually ask for half, some for two thirds. The "
                                      "other quorums are set by law and cannot be changed."));
    meetingNote->setWordWrap(true);
    meetingNote->setStyleSheet(QStringLiteral("color: #5f6368;"));
    mf->addRow(meetingNote);

    auto *disclosure = new QGroupBox(tr("Disclosure"));
    auto *df = new QFormLayout(disclosure);
    df->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    df->addRow(tr("Disclose the resolution within (after the decision):"), m_postWithin);
    df->addRow(tr("Keep a disclosure up for at &least:"), m_minDays);
    m_holidaysButton = new QPushButton(tr("&Holidays…"));
    m_holidaysButton->setObjectName(QStringLiteral("holidaysButton"));
    m_holidaysButton->setToolTip(tr("The statutory holidays and the weekends worked instead, year by year, as the State "
                                    "Council publishes them"));
    connect(m_holidaysButton, &QPushButton::clicked, this, &DeliberationSettingsDialog::editHolidays);
    auto *workingRow = new QHBoxLayout;
    workingRow->addWidget(m_workingDays);
    workingRow->addWidget(m_holidaysButton);
    workingRow->addStretch();
    df->addRow(workingRow);
    df->addRow(tr("Disclose the &result within (after planned completion):"), m_resultWithin);

    auto *files = new QGroupBox(tr("Scans"));
    auto *ff = new QFormLayout(files);
    ff->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    ff->addRow(tr("Largest &attachment:"), m_maxMb);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(meetings);
    layout->addWidget(disclosure);
    layout->addWidget(files);
    auto *note = new QLabel(tr("Changes apply to every matter and to the findings at once; Edit > Undo reverts them."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeliberationSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(DeliberationSettings{}); });
    for (QSpinBox *s : {m_postWithin, m_minDays, m_resultWithin, m_maxMb})
        connect(s, &QSpinBox::valueChanged, this, &DeliberationSettingsDialog::validateNow);

    setSettings(SettingsStore(context->ledger()).deliberation());
    if (context->isReadOnly()) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_jointQuorum, m_postWithin, m_minDays, m_workingDays,
                                                           m_resultWithin, m_maxMb})
            w->setEnabled(false);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
}

void DeliberationSettingsDialog::setSettings(const DeliberationSettings &s)
{
    m_jointQuorum->setCurrentIndex(std::max(0, m_jointQuorum->findData(int(s.jointQuorum))));
    m_postWithin->setValue(s.postWithinDays);
    m_minDays->setValue(s.minDisclosureDays);
    m_workingDays->setChecked(s.workingDays);
    m_resultWithin->setValue(s.resultWithinDays);
    m_maxMb->setValue(s.maxAttachmentMb);
    m_holidays = s.holidays;
    validateNow();
}

DeliberationSettings DeliberationSettingsDialog::settings() const
{
    DeliberationSettings s;
    s.jointQuorum = JointQuorum(m_jointQuorum->currentData().toInt());
    s.postWithinDays = m_postWithin->value();
    s.minDisclosureDays = m_minDays->value();
    s.workingDays = m_workingDays->isChecked();
    s.resultWithinDays = m_resultWithin->value();
    s.maxAttachmentMb = m_maxMb->value();
    s.holidays = m_holidays;
    return s;
}

void DeliberationSettingsDialog::validateNow()
{
    const QString invalid = SettingsStore::validate(settings());
    m_error->setText(invalid.isEmpty() ? QString() : tr("Not valid: %1").arg(invalid));
    m_error->setVisible(!invalid.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(invalid.isEmpty());
}

void DeliberationSettingsDialog::editHolidays()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("HolidayCalendarDialog"));
    dialog.setWindowTitle(tr("Holidays and weekends worked"));
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("holidaysText"));
    text->setPlainText(m_holidays.trimmed().isEmpty() ? WorkCalendar::shippedText() : m_holidays);
    text->setReadOnly(m_context->isReadOnly());
    auto *note = new QLabel(tr("One line a day or a period: 2026-10-01..2026-10-07 休 国庆节, or 2026-10-10 班 调休. "
                               "A year without lines counts Monday to Friday. Add each new year when the State Council "
                               "publishes it."));
    note->setWordWrap(true);
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("holidaysError"));
    error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    auto check = [&] {
        QString why;
        const bool ok = WorkCalendar::parse(text->toPlainText(), &why) != nullptr;
        error->setText(ok ? QString() : tr("Not valid: %1").arg(why));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && !m_context->isReadOnly());
    };
    connect(text, &QPlainTextEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, &dialog,
            [text] { text->setPlainText(WorkCalendar::shippedText()); });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(text);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.resize(560, 520);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The shipped calendar unchanged is kept as "none of the ledger's own", so updates of the
    // program reach the ledger.
    const QString edited = text->toPlainText();
    m_holidays = edited.trimmed() == WorkCalendar::shippedText().trimmed() ? QString() : edited;
    validateNow();
}

void DeliberationSettingsDialog::accept()
{
    const DeliberationSettings wanted = settings();
    const QString invalid = SettingsStore::validate(wanted);
    if (!invalid.isEmpty()) {
        validateNow();
        return;
    }
    const Result<void> saved = edits::editDeliberationSettings(m_context->ledger(), wanted);
    if (!saved) {
        m_error->setText(tr("The rules were not saved: %1").arg(saved.message()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
