#include "matters/StepDialog.h"

#include "committees/CommitteeRepository.h"
#include "common/FieldStyle.h"
#include "edits/MatterEdits.h"
#include "shell/LedgerContext.h"
#include "storage/Settings.h"
#include "model/TextNormalize.h"
#include "model/VillageRepository.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

namespace {
constexpr int kStoredIdRole = Qt::UserRole + 1;   // attachment id in the ledger, 0 when pending
constexpr int kPendingIndexRole = Qt::UserRole + 2;

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// A count that may be "not recorded": -1 shows as an empty field (with a placeholder) and reads
// back as std::nullopt. Emptying the field is how the clerk says "not recorded".
class CountSpinBox : public QSpinBox
{
public:
    CountSpinBox(const QString &objectName, const QString &placeholder, QWidget *parent) : QSpinBox(parent)
    {
        setObjectName(objectName);
        setRange(-1, 1'000'000);
        setValue(-1);
        setAlignment(Qt::AlignRight);
        setButtonSymbols(QAbstractSpinBox::NoButtons);
        setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
        lineEdit()->setPlaceholderText(placeholder);
        setMinimumWidth(110);
    }

protected:
    QString textFromValue(int value) const override { return value < 0 ? QString() : QSpinBox::textFromValue(value); }
    int valueFromText(const QString &text) const override
    {
        const QString half = toHalfWidth(text).trimmed();
        return half.isEmpty() ? -1 : QSpinBox::valueFromText(half);
    }
    QValidator::State validate(QString &text, int &pos) const override
    {
        QString half = toHalfWidth(text); // digits typed with a Chinese input method
        if (half.trimmed().isEmpty())
            return QValidator::Acceptable;
        if (half.trimmed().startsWith(QLatin1Char('-')))
            return QValidator::Invalid; // counts are never negative; empty means "not recorded"
        const QValidator::State state = QSpinBox::validate(half, pos);
        if (state != QValidator::Invalid)
            text = half;
        return state;
    }
};

// A text box or list that asks for a few lines, not Qt's default 192 pixels: the dialog then
// opens compact (it must fit a 768-pixel screen) and grows with the window.
template <typename Base>
class Compact : public Base
{
public:
    Compact(int lines, QWidget *parent) : Base(parent), m_lines(lines) {}
    QSize sizeHint() const override
    {
        return {Base::sizeHint().width(), this->fontMetrics().lineSpacing() * m_lines + 2 * this->frameWidth() + 8};
    }
    QSize minimumSizeHint() const override { return {Base::minimumSizeHint().width(), sizeHint().height()}; }

private:
    int m_lines;
};

std::optional<int> countOf(const QSpinBox *box)
{
    if (!box || !box->isEnabled() || box->value() < 0)
        return std::nullopt;
    return box->value();
}

QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *e = new QDateEdit(parent);
    e->setObjectName(objectName);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    e->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    return e;
}

// Scans are opened by the system viewer from copies in one folder that lives as long as the
// program: a viewer may still be reading a file after the dialog has closed.
QTemporaryDir &attachmentFolder()
{
    static QTemporaryDir dir;
    return dir;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return StepDialog::tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return StepDialog::tr("%1 KB").arg(std::max<qint64>(1, (bytes + 1023) / 1024));
}

// What the clerk must know while counting, in the words of the rule (DOMAIN.md §3).
QString ruleText(MatterStep step, ResolutionForm form, const DeliberationSettings &s)
{
    switch (step) {
    case MatterStep::PartyProposal:
        return StepDialog::tr("Rule: at least half of the party committee members must be present.");
    case MatterStep::JointDeliberation:
        switch (s.jointQuorum) {
        case JointQuorum::None: return StepDialog::tr("Rule: no quorum is set for the joint meeting (see the deliberation rules).");
        case JointQuorum::Half: return StepDialog::tr("Rule: at least half of the members of both committees must be present.");
        case JointQuorum::TwoThirds:
            return StepDialog::tr("Rule: at least two thirds of the members of both committees must be present.");
        }
        break;
    case MatterStep::MembersReview:
        return StepDialog::tr("Rule: at least half of the voting party members present; passed only with votes for MORE "
                              "than half of the voting members expected, not of those present. Probationary members "
                              "do not vote.");
    case MatterStep::Resolution:
        if (form == ResolutionForm::VillagersMeeting)
            return StepDialog::tr("Rule: more than half of the villagers aged 18 or over, or at least two thirds of the "
                                  "households, must attend; passed with votes for more than half of those present.");
        return StepDialog::tr("Rule: at least two thirds of the representatives must be present; passed with votes for "
                              "more than half of those present.");
    case MatterStep::ResolutionDisclosure:
        return (s.workingDays ? StepDialog::tr("Rule: disclosed within %1 days of the decision, for at least %2 working "
                                               "days, reviewed and signed by a supervision committee member.")
                              : StepDialog::tr("Rule: disclosed within %1 days of the decision, for at least %2 days, "
                                               "reviewed and signed by a supervision committee member."))
            .arg(s.postWithinDays)
            .arg(s.minDisclosureDays);
    case MatterStep::ResultDisclosure:
        return (s.workingDays ? StepDialog::tr("Rule: the result is disclosed within %1 days of the planned completion, "
                                               "for at least %2 working days, signed by a supervision committee member.")
                              : StepDialog::tr("Rule: the result is disclosed within %1 days of the planned completion, "
                                               "for at least %2 days, signed by a supervision committee member."))
            .arg(s.resultWithinDays)
            .arg(s.minDisclosureDays);
    }
    return {};
}

QString expectedLabel(MatterStep step, ResolutionForm form)
{
    switch (step) {
    case MatterStep::PartyProposal: return StepDialog::tr("Committee members &expected:");
    case MatterStep::JointDeliberation: return StepDialog::tr("Members of both committees &expected:");
    case MatterStep::MembersReview: return StepDialog::tr("Voting members &expected:");
    case MatterStep::Resolution:
        return form == ResolutionForm::VillagersMeeting ? StepDialog::tr("Adults (18+) &expected:")
                                                        : StepDialog::tr("Representatives &expected:");
    default: break;
    }
    return StepDialog::tr("&Expected:");
}

} // namespace

StepDialog::StepDialog(LedgerContext *context, qint64 matterId, MatterStep step, QWidget *parent, Mode mode)
    : HeightFittingDialog(parent), m_context(context), m_step(step)
{
    setObjectName(QStringLiteral("StepDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);

    MatterRepository repo(context->ledger());
    m_matter = repo.get(matterId).value_or(Matter{});
    m_settings = SettingsStore(context->ledger()).deliberation();
    m_village = VillageRepository(context->ledger()).get(m_matter.villageId);
    for (const StepRecord &r : repo.steps(matterId)) {
        if (r.step == step)
            m_existing = r;
        else
            m_others << r;
    }
    const bool withdrawn = m_matter.withdrawnOn.isValid();
    m_editable = !context->isReadOnly() && !withdrawn && m_matter.id > 0;

    // Recording is in order when this is the next step (or an earlier one being corrected).
    const std::optional<MatterStep> next = Deliberation::nextStep(m_matter, m_others, m_settings);
    const std::optional<MatterStep> rejected = Deliberation::rejectedAt(m_others, m_settings);
    const bool afterRejection = rejected && int(step) > int(*rejected) && step != MatterStep::ResolutionDisclosure;
    m_needsOverride = !(next && int(step) <= int(*next) && !afterRejection) && !withdrawn;

    m_holdAgain = mode == Mode::HoldAgain && m_existing && m_editable && Deliberation::isMeeting(step);
    setWindowTitle((m_holdAgain ? tr("Hold step %1 again – %2")
                    : m_existing ? tr("Step %1 – %2")
                                 : tr("Record step %1 – %2"))
                       .arg(int(step))
                       .arg(m_matter.title));

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(MatterText::step(step), this);
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    heading->setFont(big);
    auto *matterLine = new QLabel(tr("Matter: %1").arg(m_matter.title), this);
    matterLine->setTextFormat(Qt::PlainText);
    matterLine->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(matterLine);

    if (withdrawn) {
        auto *notice = new QLabel(tr("The matter was withdrawn on %1 (%2); its steps can be read but no longer changed.")
                                      .arg(isoDate(m_matter.withdrawnOn), m_matter.withdrawnReason),
                                  this);
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("color: #5f6368;"));
        layout->addWidget(notice);
    }
    layout->addWidget(buildOverride());
    layout->addWidget(Deliberation::isMeeting(step) ? buildMeeting() : buildDisclosure());

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().height() * 2 + 12);
    layout->addWidget(m_verdict);

    auto *bottom = new QHBoxLayout;
    auto *summaryBox = new QGroupBox(Deliberation::isMeeting(step) ? tr("&Minutes summary") : tr("&What was disclosed"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_summary = new Compact<QPlainTextEdit>(5, summaryBox);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(Deliberation::isMeeting(step) ? tr("What was discussed and decided")
                                                                : tr("The text or the main points of the notice"));
    summaryLayout->addWidget(m_summary);
    bottom->addWidget(summaryBox, 3);
    bottom->addWidget(buildAttachments(), 2);
    layout->addLayout(bottom, 1);

    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Save"));
    ok->setDefault(true); // Enter saves
    ok->setEnabled(m_editable);
    if (m_existing && m_editable && !m_holdAgain) {
        m_delete = m_buttons->addButton(tr("Delete step…"), QDialogButtonBox::DestructiveRole);
        m_delete->setObjectName(QStringLiteral("deleteStepButton"));
        m_delete->setAutoDefault(false);
        m_delete->setToolTip(tr("Remove this record, entered by mistake (Edit > Undo brings it back)"));
        connect(m_delete, &QPushButton::clicked, this, &StepDialog::deleteStep);
    }
    if (!m_editable)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // A refused field loses its mark as soon as the clerk changes it.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget *w = it.value().first;
        QLabel *error = it.value().second;
        auto clear = [this, w, error] {
            if (!m_loading && FieldStyle::isMarked(w))
                FieldStyle::setError(w, error, QString());
        };
        if (auto *spin = qobject_cast<QSpinBox *>(w))
            connect(spin, &QSpinBox::valueChanged, this, clear);
        else if (auto *date = qobject_cast<QDateEdit *>(w))
            connect(date, &QDateEdit::dateChanged, this, clear);
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            connect(line, &QLineEdit::textChanged, this, clear);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            connect(combo, &QComboBox::currentIndexChanged, this, clear);
        else if (auto *list = qobject_cast<QListWidget *>(w))
            connect(list, &QListWidget::itemChanged, this, clear);
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            connect(check, &QCheckBox::toggled, this, clear);
    }

    load();
    setMinimumWidth(780);
    resize(820, 100); // fitHeight() makes it as tall as the fields need when shown
    m_date->setFocus();
}

StepDialog::~StepDialog() = default;

QWidget *StepDialog::field(QWidget *editor, QLabel **error, const QString &errorName)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    editor->setParent(box);
    v->addWidget(editor);
    *error = FieldStyle::createErrorLabel(box, errorName);
    box->setFocusProxy(editor); // a label's mnemonic (buddy = this box) lands in the field
    v->addWidget(*error);
    return box;
}

QFrame *StepDialog::buildOverride()
{
    m_overrideBox = new QFrame(this);
    m_overrideBox->setObjectName(QStringLiteral("overrideBox"));
    m_overrideBox->setStyleSheet(QStringLiteral("#overrideBox { background: #fff4e5; border: 1px solid #f0c36d; "
                                                "border-radius: 4px; }"));
    auto *v = new QVBoxLayout(m_overrideBox);
    const std::optional<MatterStep> next = Deliberation::nextStep(m_matter, m_others, m_settings);
    const std::optional<MatterStep> rejected = Deliberation::rejectedAt(m_others, m_settings);
    QString why;
    if (rejected && int(m_step) > int(*rejected))
        why = tr("The matter was rejected at step %1; only the disclosure of the rejection follows.").arg(int(*rejected));
    else if (next)
        why = tr("Step %1 (%2) comes first. This step can be recorded before it only on purpose, with a reason; it "
                 "then stays a finding.")
                  .arg(int(*next))
                  .arg(MatterText::shortStep(*next));
    else
        why = tr("This step is out of order. It can be recorded only on purpose, with a reason; it then stays a finding.");
    auto *text = new QLabel(why, m_overrideBox);
    text->setWordWrap(true);
    m_override = new QCheckBox(tr("Record o&ut of order"), m_overrideBox);
    m_override->setObjectName(QStringLiteral("overrideCheck"));
    m_overrideReason = new QLineEdit(m_overrideBox);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_overrideReason->setPlaceholderText(tr("Reason, e.g. minutes of the earlier meeting still to be found"));
    m_overrideReason->setEnabled(false);
    QLabel *error = nullptr;
    auto *row = new QHBoxLayout;
    row->addWidget(m_override);
    row->addWidget(field(m_overrideReason, &error, QStringLiteral("overrideReasonError")), 1);
    m_fields.insert(QStringLiteral("overrideReason"), {m_overrideReason, error});
    QLabel *stepError = FieldStyle::createErrorLabel(m_overrideBox, QStringLiteral("stepError"));
    m_fields.insert(QStringLiteral("step"), {m_override, stepError});
    v->addWidget(text);
    v->addLayout(row);
    v->addWidget(stepError);
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_overrideReason->setEnabled(on && m_editable);
        if (on)
            m_overrideReason->setFocus();
        updateVerdict();
    });
    connect(m_overrideReason, &QLineEdit::textChanged, this, &StepDialog::updateVerdict);
    return m_overrideBox;
}

QWidget *StepDialog::buildMeeting()
{
    auto *box = new QGroupBox(tr("Meeting"), this);
    auto *columns = new QHBoxLayout(box);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *f : {left, right}) {
        f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        f->setLabelAlignment(Qt::AlignRight);
        f->setVerticalSpacing(4);
    }
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    // Names of the village's cadres, so chair and recorder are typed the same way each time.
    QStringList names;
    for (const RosterEntry &e : CommitteeRepository(m_context->ledger()).roster(m_matter.villageId, m_context->today()))
        names << e.person.name;
    auto completer = [&](QLineEdit *edit) {
        auto *c = new QCompleter(names, edit);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(c);
    };

    QLabel *error = nullptr;
    m_date = dateEdit(QStringLiteral("dateEdit"), box);
    left->addRow(tr("&Date:"), field(m_date, &error, QStringLiteral("dateError")));
    m_fields.insert(QStringLiteral("date"), {m_date, error});
    if (m_step == MatterStep::Resolution) {
        m_form = new QComboBox(box);
        m_form->setObjectName(QStringLiteral("formCombo"));
        m_form->addItem(tr("— choose —"), int(ResolutionForm::None));
        m_form->addItem(MatterText::form(ResolutionForm::RepresentativesMeeting), int(ResolutionForm::RepresentativesMeeting));
        m_form->addItem(MatterText::form(ResolutionForm::VillagersMeeting), int(ResolutionForm::VillagersMeeting));
        right->addRow(tr("Meet&ing form:"), field(m_form, &error, QStringLiteral("formError")));
        m_fields.insert(QStringLiteral("form"), {m_form, error});
    }
    m_place = new QLineEdit(box);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("e.g. village party and mass service centre"));
    m_chair = new QLineEdit(box);
    m_chair->setObjectName(QStringLiteral("chairEdit"));
    completer(m_chair);
    m_recorder = new QLineEdit(box);
    m_recorder->setObjectName(QStringLiteral("recorderEdit"));
    completer(m_recorder);
    (m_form ? left : right)->addRow(tr("&Place:"), m_place);
    (m_form ? right : left)->addRow(tr("&Chair:"), m_chair);
    (m_form ? left : right)->addRow(tr("Rec&order:"), m_recorder);
    if (MatterText::hasTownshipAttendee(m_step)) {
        // 乡镇参会人员: the township cadre (often the 包村干部) who attended the meeting.
        m_townshipAttendee = new QLineEdit(box);
        m_townshipAttendee->setObjectName(QStringLiteral("townshipAttendeeEdit"));
        m_townshipAttendee->setMaxLength(60);
        m_townshipAttendee->setPlaceholderText(tr("e.g. the township cadre in charge of the village"));
        (m_form ? right : left)->addRow(tr("To&wnship cadre attending:"), m_townshipAttendee);
    }

    // Attendance on the left, the vote on the right. A grid rather than form layouts: the
    // households rows come and go with the meeting form, and a grid collapses hidden rows.
    auto *counts = new QGroupBox(tr("Attendance and vote"), this);
    m_countsGrid = new QGridLayout(counts);
    m_countsGrid->setVerticalSpacing(4);
    m_countsGrid->setColumnStretch(1, 1);
    m_countsGrid->setColumnStretch(4, 1);
    m_countsGrid->setColumnMinimumWidth(2, 12);
    const QString notRecorded = tr("not recorded");
    auto count = [&](int row, int column, const QString &name, const QString &label, const QString &fieldName) {
        auto *spin = new CountSpinBox(name, notRecorded, counts);
        QLabel *err = nullptr;
        auto *caption = new QLabel(label, counts);
        QWidget *box = field(spin, &err, fieldName + QStringLiteral("Error"));
        caption->setBuddy(spin);
        // Level with the field's text; the field's error reason may open up under it.
        caption->setContentsMargins(0, std::max(0, (spin->sizeHint().height() - caption->sizeHint().height()) / 2), 0, 0);
        m_countsGrid->addWidget(caption, row, column, Qt::AlignRight | Qt::AlignTop);
        m_countsGrid->addWidget(box, row, column + 1);
        m_fields.insert(fieldName, {spin, err});
        connect(spin, &QSpinBox::valueChanged, this, &StepDialog::updateVerdict);
        return std::pair{spin, caption};
    };
    std::tie(m_expected, m_expectedLabel) =
        count(0, 0, QStringLiteral("expectedEdit"), expectedLabel(m_step, ResolutionForm::None), QStringLiteral("expected"));
    m_present = count(1, 0, QStringLiteral("presentEdit"), tr("Prese&nt:"), QStringLiteral("present")).first;
    connect(m_expected, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            m_expectedTyped = true;
    });
    if (m_step == MatterStep::Resolution) {
        QLabel *a = nullptr;
        QLabel *b = nullptr;
        std::tie(m_householdsExpected, a) = count(2, 0, QStringLiteral("householdsExpectedEdit"), tr("&Households:"),
                                                  QStringLiteral("householdsExpected"));
        std::tie(m_householdsPresent, b) = count(3, 0, QStringLiteral("householdsPresentEdit"),
                                                 tr("Househo&lds represented:"), QStringLiteral("householdsPresent"));
        m_householdRows = {a, m_householdsExpected->parentWidget(), b, m_householdsPresent->parentWidget()};
    }
    if (Deliberation::stepVotes(m_step)) {
        m_votesFor = count(0, 3, QStringLiteral("votesForEdit"), tr("Votes &for:"), QStringLiteral("votesFor")).first;
        m_votesAgainst =
            count(1, 3, QStringLiteral("votesAgainstEdit"), tr("Votes &against:"), QStringLiteral("votesAgainst")).first;
        m_votesAbstain =
            count(2, 3, QStringLiteral("votesAbstainEdit"), tr("A&bstentions:"), QStringLiteral("votesAbstain")).first;
    } else {
        auto *noVote = new QLabel(tr("This step takes no vote."), counts);
        noVote->setStyleSheet(QStringLiteral("color: #5f6368;"));
        m_countsGrid->addWidget(noVote, 0, 3, 1, 2);
    }
    m_rule = new QLabel(counts);
    m_rule->setObjectName(QStringLiteral("ruleLabel"));
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("color: #5f6368;"));

    auto *wrapper = new QWidget(this);
    auto *v = new QVBoxLayout(wrapper);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(box);
    v->addWidget(counts);
    v->addWidget(m_rule);

    connect(m_date, &QDateEdit::dateChanged, this, &StepDialog::updateVerdict);
    if (m_form)
        connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
            updateFormRows();
            if (!m_loading && !m_expectedTyped)
                prefillExpected();
            updateVerdict();
        });

    setTabOrder(m_date, m_form ? static_cast<QWidget *>(m_form) : m_place);
    if (m_form)
        setTabOrder(m_form, m_place);
    setTabOrder(m_place, m_chair);
    setTabOrder(m_chair, m_recorder);
    if (m_townshipAttendee) {
        setTabOrder(m_recorder, m_townshipAttendee);
        setTabOrder(m_townshipAttendee, m_expected);
    } else {
        setTabOrder(m_recorder, m_expected);
    }
    setTabOrder(m_expected, m_present);
    QWidget *last = m_present;
    for (QWidget *w : {static_cast<QWidget *>(m_householdsExpected), static_cast<QWidget *>(m_householdsPresent),
                       static_cast<QWidget *>(m_votesFor), static_cast<QWidget *>(m_votesAgainst),
                       static_cast<QWidget *>(m_votesAbstain)}) {
        if (!w)
            continue;
        setTabOrder(last, w);
        last = w;
    }
    return wrapper;
}

QWidget *StepDialog::buildDisclosure()
{
    auto *box = new QGroupBox(tr("Disclosure"), this);
    auto *columns = new QHBoxLayout(box);
    auto *left = new QFormLayout;
    left->setLabelAlignment(Qt::AlignRight);
    left->setVerticalSpacing(4);
    columns->addLayout(left, 1);
    columns->addSpacing(12);

    QLabel *error = nullptr;
    m_date = dateEdit(QStringLiteral("dateEdit"), box);
    left->addRow(tr("&First day:"), field(m_date, &error, QStringLiteral("dateError")));
    m_fields.insert(QStringLiteral("date"), {m_date, error});
    m_end = dateEdit(QStringLiteral("disclosureEndEdit"), box);
    left->addRow(tr("&Last day:"), field(m_end, &error, QStringLiteral("disclosureEndError")));
    m_fields.insert(QStringLiteral("disclosureEnd"), {m_end, error});
    m_days = new QLabel(box);
    m_days->setObjectName(QStringLiteral("disclosureDaysLabel"));
    left->addRow(QString(), m_days);

    auto *signedBy = new QComboBox(box);
    signedBy->setEditable(true);
    signedBy->setObjectName(QStringLiteral("signedByCombo"));
    signedBy->setInsertPolicy(QComboBox::NoInsert);
    // The supervision committee's members are the ones who review and sign a disclosure.
    for (const RosterEntry &e : CommitteeRepository(m_context->ledger()).roster(m_matter.villageId, m_context->today()))
        if (e.bodies.contains(Body::Supervision))
            signedBy->addItem(e.person.name);
    signedBy->setCurrentIndex(-1);
    m_signedBy = signedBy->lineEdit();
    m_signedBy->setObjectName(QStringLiteral("signedByEdit"));
    m_signedBy->setPlaceholderText(tr("supervision committee member"));
    left->addRow(tr("Si&gned by:"), signedBy);
    m_supervisionOpinion = new QLineEdit(box);
    m_supervisionOpinion->setObjectName(QStringLiteral("supervisionOpinionEdit"));
    m_supervisionOpinion->setMaxLength(200);
    m_supervisionOpinion->setPlaceholderText(tr("the supervision committee's opinion, e.g. procedure followed, agreed to disclose"));
    left->addRow(tr("Supervision committee's &opinion:"), m_supervisionOpinion);

    auto *channelBox = new QVBoxLayout;
    auto *channelLabel = new QLabel(tr("C&hannels (tick every one used):"), box);
    m_channels = new QListWidget(box);
    m_channels->setObjectName(QStringLiteral("channelsList"));
    m_channels->setMaximumHeight(m_channels->fontMetrics().height() * 5 + 10);
    channelLabel->setBuddy(m_channels);
    QLabel *channelError = FieldStyle::createErrorLabel(box, QStringLiteral("channelsError"));
    m_fields.insert(QStringLiteral("channels"), {m_channels, channelError});
    auto *addRow = new QHBoxLayout;
    m_channelEdit = new QLineEdit(box);
    m_channelEdit->setObjectName(QStringLiteral("channelEdit"));
    m_channelEdit->setPlaceholderText(tr("Another channel, e.g. loudspeaker"));
    m_channelEdit->installEventFilter(this);
    auto *add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("addChannelButton"));
    add->setAutoDefault(false);
    addRow->addWidget(m_channelEdit, 1);
    addRow->addWidget(add);
    channelBox->addWidget(channelLabel);
    channelBox->addWidget(m_channels);
    channelBox->addLayout(addRow);
    channelBox->addWidget(channelError);
    columns->addLayout(channelBox, 1);

    for (const QString &c : MatterText::defaultChannels())
        addChannel(c, false);

    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("ruleLabel"));
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("color: #5f6368;"));

    auto *wrapper = new QWidget(this);
    auto *v = new QVBoxLayout(wrapper);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(box);
    v->addWidget(m_rule);

    connect(add, &QPushButton::clicked, this, [this] {
        addChannel(m_channelEdit->text().trimmed(), true);
        m_channelEdit->clear();
    });
    connect(m_channels, &QListWidget::itemChanged, this, &StepDialog::updateVerdict);
    connect(m_signedBy, &QLineEdit::textChanged, this, &StepDialog::updateVerdict);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading && !m_endTouched)
            prefillDisclosureEnd();
        updateVerdict();
    });
    connect(m_end, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_endTouched = true;
        updateVerdict();
    });
    setTabOrder(m_date, m_end);
    setTabOrder(m_end, signedBy);
    setTabOrder(signedBy, m_supervisionOpinion);
    setTabOrder(m_supervisionOpinion, m_channels);
    setTabOrder(m_channels, m_channelEdit);
    setTabOrder(m_channelEdit, add);
    return wrapper;
}

QWidget *StepDialog::buildAttachments()
{
    auto *box = new QGroupBox(tr("Scans of minutes and sign-in sheets"), this);
    auto *v = new QVBoxLayout(box);
    m_attachments = new Compact<QListWidget>(4, box);
    m_attachments->setObjectName(QStringLiteral("attachmentsList"));
    m_attachments->setToolTip(tr("Images or PDF files, kept inside the ledger. Drop files here to add them."));
    auto *buttons = new QHBoxLayout;
    m_addAttachment = new QPushButton(tr("A&ttach…"), box);
    m_addAttachment->setObjectName(QStringLiteral("addAttachmentButton"));
    m_openAttachment = new QPushButton(tr("&View"), box);
    m_openAttachment->setObjectName(QStringLiteral("openAttachmentButton"));
    m_removeAttachment = new QPushButton(tr("&Remove"), box);
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachmentButton"));
    for (QPushButton *b : {m_addAttachment, m_openAttachment, m_removeAttachment}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_attachmentError = FieldStyle::createErrorLabel(box, QStringLiteral("attachmentError"));
    auto *limit = new QLabel(tr("Up to %1 MB each; stored when you save.").arg(m_settings.maxAttachmentMb), box);
    limit->setStyleSheet(QStringLiteral("color: #5f6368;"));
    limit->setWordWrap(true);
    v->addWidget(m_attachments, 1);
    v->addLayout(buttons);
    v->addWidget(limit);
    v->addWidget(m_attachmentError);

    m_addAttachment->setEnabled(m_editable);
    connect(m_addAttachment, &QPushButton::clicked, this, &StepDialog::chooseAttachments);
    connect(m_openAttachment, &QPushButton::clicked, this, &StepDialog::openSelectedAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &StepDialog::removeSelectedAttachment);
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, &StepDialog::openSelectedAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this](int row) {
        m_openAttachment->setEnabled(row >= 0);
        m_removeAttachment->setEnabled(row >= 0 && m_editable);
    });
    m_openAttachment->setEnabled(false);
    m_removeAttachment->setEnabled(false);
    return box;
}

void StepDialog::addChannel(const QString &text, bool checked)
{
    if (text.isEmpty())
        return;
    for (int i = 0; i < m_channels->count(); ++i) {
        QListWidgetItem *item = m_channels->item(i);
        if (item->text().compare(text, Qt::CaseInsensitive) == 0) {
            if (checked)
                item->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *item = new QListWidgetItem(text, m_channels);
    // Suggestions keep their wording; channels the clerk added can be renamed in place.
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (!MatterText::defaultChannels().contains(text))
        flags |= Qt::ItemIsEditable;
    item->setFlags(flags);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void StepDialog::setCount(QSpinBox *box, const std::optional<int> &value)
{
    if (box)
        box->setValue(value.value_or(-1));
}

void StepDialog::load()
{
    m_loading = true;
    StepRecord r = m_existing.value_or(StepRecord{});
    if (m_holdAgain) {
        // The meeting held again: who is expected, where and who chairs stay; what happened is new.
        r.date = QDate();
        r.present.reset();
        r.householdsPresent.reset();
        r.votesFor.reset();
        r.votesAgainst.reset();
        r.votesAbstain.reset();
        r.summary.clear();
    }
    m_date->setDate(m_existing && r.date.isValid() ? r.date : m_context->today());
    if (Deliberation::isMeeting(m_step)) {
        if (m_form) {
            const ResolutionForm form = m_existing ? r.form : ResolutionForm::RepresentativesMeeting;
            m_form->setCurrentIndex(std::max(0, m_form->findData(int(form))));
        }
        m_place->setText(r.place);
        m_chair->setText(r.chair);
        m_recorder->setText(r.recorder);
        if (m_townshipAttendee)
            m_townshipAttendee->setText(r.townshipAttendee);
        setCount(m_expected, r.expected);
        setCount(m_present, r.present);
        setCount(m_householdsExpected, r.householdsExpected);
        setCount(m_householdsPresent, r.householdsPresent);
        setCount(m_votesFor, r.votesFor);
        setCount(m_votesAgainst, r.votesAgainst);
        setCount(m_votesAbstain, r.votesAbstain);
        if (!m_existing)
            prefillExpected();
        m_expectedTyped = m_existing && r.expected.has_value();
        updateFormRows();
    } else {
        if (m_existing) {
            m_end->setDate(r.disclosureEnd.isValid() ? r.disclosureEnd : r.date);
            m_endTouched = true;
            for (const QString &c : r.channels)
                addChannel(c, true);
        } else {
            prefillDisclosureEnd();
            // The bulletin board (公开栏) is where every disclosure goes; the clerk unticks it if not.
            addChannel(MatterText::defaultChannels().value(0), true);
        }
        m_signedBy->setText(r.signedBy);
        m_supervisionOpinion->setText(r.supervisionOpinion);
    }
    m_summary->setPlainText(r.summary);
    m_override->setChecked(r.overridden);
    m_overrideReason->setText(r.overrideReason);
    m_overrideReason->setEnabled(r.overridden && m_editable);
    m_overrideBox->setVisible(m_needsOverride || r.overridden);
    if (m_existing && !m_holdAgain) // the scans of the failed meeting stay with the step
        m_stored = MatterRepository(m_context->ledger()).attachments(r.id);
    reloadAttachmentList();
    m_loading = false;

    if (!m_editable) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_form, m_place, m_chair, m_recorder, m_expected, m_present,
                                                           m_householdsExpected, m_householdsPresent, m_votesFor,
                                                           m_votesAgainst, m_votesAbstain, m_end, m_channels,
                                                           m_channelEdit, m_signedBy ? m_signedBy->parentWidget() : nullptr,
                                                           m_supervisionOpinion, m_townshipAttendee,
                                                           m_override, m_overrideReason})
            if (w)
                w->setEnabled(false);
        m_summary->setReadOnly(true);
    }
    updateVerdict();
}

void StepDialog::prefillExpected()
{
    const ResolutionForm form = m_form ? ResolutionForm(m_form->currentData().toInt()) : ResolutionForm::None;
    const ExpectedCounts c = MatterRepository(m_context->ledger())
                                 .expectedDefaults(m_matter.villageId, m_step, form, m_context->today());
    const bool was = m_loading;
    m_loading = true; // a pre-filled number is not one the clerk typed
    setCount(m_expected, c.expected);
    if (m_householdsExpected)
        setCount(m_householdsExpected, c.householdsExpected);
    m_loading = was;
}

void StepDialog::prefillDisclosureEnd()
{
    // The shortest period that satisfies the rule, counted the way the setting counts.
    const QDate from = m_date->date();
    const QDate end = Deliberation::shortestDisclosureEnd(from, m_settings);
    const bool was = m_loading;
    m_loading = true;
    m_end->setDate(end);
    m_loading = was;
}

void StepDialog::updateFormRows()
{
    if (!m_expectedLabel)
        return;
    const ResolutionForm form = m_form ? ResolutionForm(m_form->currentData().toInt()) : ResolutionForm::None;
    m_expectedLabel->setText(expectedLabel(m_step, form));
    if (m_householdsExpected) {
        const bool villagers = form == ResolutionForm::VillagersMeeting;
        for (QWidget *w : std::as_const(m_householdRows))
            w->setVisible(villagers);
        m_householdsExpected->setEnabled(villagers && m_editable);
        m_householdsPresent->setEnabled(villagers && m_editable);
    }
    m_rule->setText(ruleText(m_step, form, m_settings));
}

StepRecord StepDialog::currentRecord() const
{
    StepRecord r = m_existing.value_or(StepRecord{});
    r.matterId = m_matter.id;
    r.step = m_step;
    r.date = m_date->date();
    r.summary = m_summary->toPlainText().trimmed();
    r.overridden = m_override->isChecked();
    r.overrideReason = r.overridden ? m_overrideReason->text().trimmed() : QString();
    if (Deliberation::isMeeting(m_step)) {
        r.form = m_form ? ResolutionForm(m_form->currentData().toInt()) : ResolutionForm::None;
        r.place = m_place->text().trimmed();
        r.chair = m_chair->text().trimmed();
        r.recorder = m_recorder->text().trimmed();
        if (m_townshipAttendee)
            r.townshipAttendee = m_townshipAttendee->text().trimmed();
        r.expected = countOf(m_expected);
        r.present = countOf(m_present);
        r.householdsExpected = countOf(m_householdsExpected);
        r.householdsPresent = countOf(m_householdsPresent);
        r.votesFor = countOf(m_votesFor);
        r.votesAgainst = countOf(m_votesAgainst);
        r.votesAbstain = countOf(m_votesAbstain);
    } else {
        r.disclosureEnd = m_end->date();
        r.channels.clear();
        for (int i = 0; i < m_channels->count(); ++i)
            if (m_channels->item(i)->checkState() == Qt::Checked && !m_channels->item(i)->text().trimmed().isEmpty())
                r.channels << m_channels->item(i)->text().trimmed();
        r.signedBy = m_signedBy->text().trimmed();
        r.supervisionOpinion = m_supervisionOpinion->text().trimmed();
    }
    return r;
}

bool StepDialog::overrideOffered() const
{
    return m_overrideBox && !m_overrideBox->isHidden();
}

MeetingVerdict StepDialog::verdict() const
{
    return Deliberation::judge(currentRecord(), m_settings);
}

QStringList StepDialog::problems() const
{
    // What core would find with this record in place: the meeting rules of judge() plus order,
    // late or short disclosure and a missing signature.
    QList<StepRecord> steps = m_others;
    steps << currentRecord();
    std::sort(steps.begin(), steps.end(), [](const StepRecord &a, const StepRecord &b) { return a.step < b.step; });
    QStringList out;
    for (const Deliberation::Defect &d :
         Deliberation::defects(m_matter, steps, m_settings, m_context->today(), m_village ? &*m_village : nullptr))
        if (d.step == m_step)
            out << d.detail;
    return out;
}

void StepDialog::updateVerdict()
{
    if (m_loading || !m_verdict)
        return;
    const StepRecord r = currentRecord();
    QStringList lines;
    bool bad = false;
    auto mark = [](bool ok) { return ok ? QStringLiteral("<span style='color:#2e7d32'>✔</span> ")
                                        : QStringLiteral("<span style='color:#c62828'>✘</span> "); };
    if (Deliberation::isMeeting(m_step)) {
        const MeetingVerdict v = Deliberation::judge(r, m_settings);
        if (v.quorumKnown)
            lines << mark(v.quorum) + (v.quorum ? tr("Quorum met") : tr("<b>Quorum not met</b>"));
        else
            lines << tr("Quorum: fill in expected and present to check it");
        if (v.votes) {
            if (v.passedKnown)
                lines << mark(v.passed) + (v.passed ? tr("Passed") : tr("<b>Not passed</b>"));
            else
                lines << tr("Vote: not recorded yet");
        }
        bad = (v.quorumKnown && !v.quorum) || (v.passedKnown && !v.passed);
    } else {
        const int days = Deliberation::disclosureDays(r.date, r.disclosureEnd, m_settings);
        const bool longEnough = days >= m_settings.minDisclosureDays;
        m_days->setText((m_settings.workingDays ? tr("%n working day(s)", nullptr, days) : tr("%n day(s)", nullptr, days)));
        lines << mark(longEnough) +
                     (m_settings.workingDays ? tr("Up for %1 working days; at least %2 required")
                                             : tr("Up for %1 days; at least %2 required"))
                         .arg(days)
                         .arg(m_settings.minDisclosureDays);
        lines << mark(!r.signedBy.isEmpty()) + (r.signedBy.isEmpty() ? tr("Not signed by the supervision committee")
                                                                     : tr("Signed by %1").arg(r.signedBy.toHtmlEscaped()));
    }
    const QStringList found = problems();
    for (const QString &p : found)
        lines << QStringLiteral("<span style='color:#b06000'>• %1</span>").arg(p.toHtmlEscaped());
    if (found.isEmpty())
        lines << QStringLiteral("<span style='color:#2e7d32'>%1</span>").arg(tr("No problems with this record."));
    const QString background = bad ? QStringLiteral("#fdecea") : !found.isEmpty() ? QStringLiteral("#fff4e5")
                                                                                 : QStringLiteral("#e8f5e9");
    m_verdict->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 4px; padding: 6px 8px; }").arg(background));
    m_verdict->setText(lines.join(QStringLiteral("<br>")));
    fitHeight();
}

void StepDialog::reloadAttachmentList()
{
    m_attachments->clear();
    for (const AttachmentInfo &a : m_stored) {
        if (m_removed.contains(a.id))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(a.fileName, sizeText(a.size)), m_attachments);
        item->setData(kStoredIdRole, a.id);
        item->setToolTip(tr("Added %1").arg(isoDate(a.added)));
    }
    for (int i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending.at(i);
        auto *item = new QListWidgetItem(tr("%1 (%2, new)").arg(p.fileName, sizeText(p.data.size())), m_attachments);
        item->setData(kStoredIdRole, qint64(0));
        item->setData(kPendingIndexRole, i);
    }
    m_openAttachment->setEnabled(false);
    m_removeAttachment->setEnabled(false);
    fitHeight();
}

bool StepDialog::queueAttachment(const QString &fileName, const QByteArray &data, QString *error)
{
    // The same checks core makes on Save, so a wrong file is refused now, not after the step is stored.
    QString why;
    const qint64 limit = qint64(m_settings.maxAttachmentMb) * 1024 * 1024;
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data);
    if (data.isEmpty())
        why = tr("%1: the file is empty").arg(fileName);
    else if (data.size() > limit)
        why = tr("%1: %2 is larger than the limit of %3 MB").arg(fileName, sizeText(data.size())).arg(m_settings.maxAttachmentMb);
    else if (!mime.name().startsWith(QLatin1String("image/")) && !mime.inherits(QStringLiteral("application/pdf")))
        why = tr("%1: only scans (images) and PDF files can be attached").arg(fileName);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        FieldStyle::setError(nullptr, m_attachmentError, why);
        return false;
    }
    FieldStyle::setError(nullptr, m_attachmentError, QString());
    m_pending << Pending{QFileInfo(fileName).fileName(), data};
    reloadAttachmentList();
    return true;
}

void StepDialog::chooseAttachments()
{
    const QStringList files = FileDialog::getOpenFileNames(
        this, tr("Add scans"), QString(),
        tr("Scans and PDF files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp);;All files (*)"));
    QStringList errors;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            errors << tr("%1: cannot be read (%2)").arg(QFileInfo(path).fileName(), f.errorString());
            continue;
        }
        QString why;
        if (!queueAttachment(path, f.readAll(), &why))
            errors << why;
    }
    if (!errors.isEmpty())
        FieldStyle::setError(nullptr, m_attachmentError, errors.join(QLatin1Char('\n')));
}

void StepDialog::openSelectedAttachment()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(kStoredIdRole).toLongLong();
    QString name;
    QByteArray data;
    if (id > 0) {
        for (const AttachmentInfo &a : m_stored)
            if (a.id == id)
                name = a.fileName;
        data = MatterRepository(m_context->ledger()).attachmentData(id);
    } else {
        const Pending &p = m_pending.at(item->data(kPendingIndexRole).toInt());
        name = p.fileName;
        data = p.data;
    }
    QTemporaryDir &folder = attachmentFolder();
    // One sub-folder per open, so two scans with the same name never overwrite each other.
    static int serial = 0;
    const QString dir = folder.filePath(QString::number(++serial));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name.isEmpty() ? QStringLiteral("attachment") : name);
    QFile f(path);
    if (!folder.isValid() || !f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        FieldStyle::setError(nullptr, m_attachmentError, tr("%1 could not be written to a temporary file").arg(name));
        return;
    }
    f.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        FieldStyle::setError(nullptr, m_attachmentError, tr("No program is set up to open %1").arg(name));
}

void StepDialog::removeSelectedAttachment()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!item || !m_editable)
        return;
    const qint64 id = item->data(kStoredIdRole).toLongLong();
    if (id > 0)
        m_removed << id;
    else
        m_pending.removeAt(item->data(kPendingIndexRole).toInt());
    reloadAttachmentList();
}

void StepDialog::showErrors(const FieldErrors &errors)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        FieldStyle::setError(it.value().first, it.value().second, FieldStyle::messagesFor(errors, it.key()));
    QStringList other;
    for (const FieldError &e : errors)
        if (!m_fields.contains(e.field))
            other << e.message;
    FieldStyle::setError(nullptr, m_refusal, other.join(QLatin1Char('\n')));
    if (!FieldStyle::messagesFor(errors, QStringLiteral("step")).isEmpty())
        m_overrideBox->show();
    fitHeight();
    for (const FieldError &e : errors) {
        const auto it = m_fields.constFind(e.field);
        if (it != m_fields.cend() && it.value().first->isEnabled()) {
            it.value().first->setFocus();
            break;
        }
    }
}

bool StepDialog::save()
{
    if (!m_editable)
        return false;
    QList<edits::NewScan> scans;
    for (const Pending &p : std::as_const(m_pending))
        scans << edits::NewScan{p.fileName, p.data};
    const Result<edits::StepSaved> result
        = m_holdAgain ? edits::holdStepAgain(m_context->ledger(), currentRecord(), m_removed, scans)
                      : edits::saveStep(m_context->ledger(), currentRecord(), m_removed, scans);
    if (!result) {
        showErrors(result.error().fields.isEmpty() ? FieldErrors{{QString(), result.message()}} : result.error().fields);
        return false;
    }
    showErrors({});
    m_holdAgain = false; // held again once: a second Save corrects this meeting's record
    Q_EMIT saved(result->stepId);

    if (!result->refusedScans.isEmpty()) {
        // The step is stored; what was refused stays listed so the clerk can retry or remove it.
        QStringList problems;
        QList<Pending> failed;
        for (const auto &[index, why] : result->refusedScans) {
            problems << why;
            failed << m_pending.at(index);
        }
        MatterRepository repo(m_context->ledger());
        m_existing = repo.stepById(result->stepId);
        m_stored = repo.attachments(result->stepId);
        m_removed.clear();
        m_pending = failed;
        reloadAttachmentList();
        FieldStyle::setError(nullptr, m_refusal, tr("The step was saved, but not every scan:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}

void StepDialog::accept()
{
    if (save())
        QDialog::accept();
}

void StepDialog::deleteStep()
{
    if (!m_existing || !m_editable)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete step %1").arg(int(m_step)),
        tr("Delete the record of step %1 (%2) with its scans?\n\nThis is for a record entered "
           "by mistake; Edit > Undo brings it back.")
            .arg(int(m_step))
            .arg(MatterText::step(m_step)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    const auto onAnswer = [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        const Result<void> removed = edits::removeStep(m_context->ledger(), m_existing->id);
        if (!removed) {
            FieldStyle::setError(nullptr, m_refusal, tr("The step was not deleted: %1").arg(removed.message()));
            return;
        }
        QDialog::reject(); // nothing left to save
    };
    onAnswer(answer);
}

void StepDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_editable && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void StepDialog::dropEvent(QDropEvent *event)
{
    QStringList errors;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        QFile f(url.toLocalFile());
        if (!f.open(QIODevice::ReadOnly)) {
            errors << tr("%1: cannot be read (%2)").arg(QFileInfo(f).fileName(), f.errorString());
            continue;
        }
        QString why;
        if (!queueAttachment(f.fileName(), f.readAll(), &why))
            errors << why;
    }
    if (!errors.isEmpty())
        FieldStyle::setError(nullptr, m_attachmentError, errors.join(QLatin1Char('\n')));
    event->acceptProposedAction();
}

bool StepDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the "another channel" field adds the channel instead of saving the dialog.
    if (watched == m_channelEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_channelEdit->text().trimmed().isEmpty()) {
            addChannel(m_channelEdit->text().trimmed(), true);
            m_channelEdit->clear();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tl::ui
