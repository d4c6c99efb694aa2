#include "matters/MatterEditor.h"

#include "model/VillageRepository.h"
#include "shell/LedgerContext.h"
#include "matters/MatterDialog.h"
#include "matters/MatterRepository.h"
#include "common/MoneyText.h"
#include "storage/Settings.h"
#include "matters/StepDialog.h"
#include "matters/StepTimeline.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// Text and background of the status chip.
std::pair<QColor, QColor> statusColours(MatterStatus s)
{
    switch (s) {
    case MatterStatus::Draft: return {QColor(0x5f, 0x63, 0x68), QColor(0xf1, 0xf3, 0xf4)};
    case MatterStatus::InProgress:
    case MatterStatus::Disclosing: return {QColor(0x15, 0x65, 0xc0), QColor(0xe8, 0xf0, 0xfe)};
    case MatterStatus::Resolved: return {QColor(0x00, 0x69, 0x5c), QColor(0xe0, 0xf2, 0xf1)};
    case MatterStatus::AwaitingResult: return {QColor(0xb0, 0x60, 0x00), QColor(0xff, 0xf4, 0xe5)};
    case MatterStatus::Completed: return {QColor(0x2e, 0x7d, 0x32), QColor(0xe8, 0xf5, 0xe9)};
    case MatterStatus::Rejected: return {QColor(0xc6, 0x28, 0x28), QColor(0xfd, 0xec, 0xea)};
    case MatterStatus::Withdrawn: return {QColor(0x5f, 0x63, 0x68), QColor(0xe8, 0xea, 0xed)};
    }
    return {};
}
} // namespace

MatterEditor::MatterEditor(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("MatterEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    auto *hint = new QLabel(tr("Choose a matter in the list, or add one with New matter."), m_pages);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_pages->addWidget(hint);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    // Header: title and status, the facts, the description, the actions.
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("matterTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("matterStatusLabel"));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_status, 0, Qt::AlignVCenter);
    m_facts = new QLabel(content);
    m_facts->setObjectName(QStringLiteral("matterFactsLabel"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_description = new QLabel(content);
    m_description->setObjectName(QStringLiteral("matterDescriptionLabel"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: #3c4043;"));
    m_edit = new QPushButton(tr("Edi&t matter…"), content);
    m_edit->setObjectName(QStringLiteral("editMatterButton"));
    m_edit->setToolTip(tr("Change title, category, amount, description, planned completion, or withdraw the matter"));
    m_recordNext = new QPushButton(content);
    m_recordNext->setObjectName(QStringLiteral("recordNextButton"));
    // One row for the title, its status and the actions: the timeline below needs the height.
    titleRow->addSpacing(12);
    titleRow->addWidget(m_recordNext);
    titleRow->addWidget(m_edit);

    layout->addLayout(titleRow);
    layout->addWidget(m_facts);
    layout->addWidget(m_description);

    auto *stepsBox = new QGroupBox(tr("Four deliberations, two disclosures"), content);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    m_timeline = new StepTimeline(stepsBox);
    m_timeline->setEditable(!context->isReadOnly());
    stepsLayout->addWidget(m_timeline);
    layout->addWidget(stepsBox);

    auto *defectsBox = new QGroupBox(tr("Problems found"), content);
    auto *defectsLayout = new QVBoxLayout(defectsBox);
    m_defects = new QLabel(defectsBox);
    m_defects->setObjectName(QStringLiteral("defectsLabel"));
    m_defects->setWordWrap(true);
    m_defects->setTextFormat(Qt::RichText);
    m_defects->setTextInteractionFlags(Qt::TextSelectableByMouse);
    defectsLayout->addWidget(m_defects);
    layout->addWidget(defectsBox);
    layout->addStretch(1);

    scroll->setWidget(content);
    m_pages->addWidget(scroll);

    connect(m_edit, &QPushButton::clicked, this, &MatterEditor::editMatter);
    connect(m_recordNext, &QPushButton::clicked, this, &MatterEditor::recordNext);
    connect(m_timeline, &StepTimeline::stepActivated, this, &MatterEditor::recordStep);
    connect(m_timeline, &StepTimeline::holdAgainRequested, this, &MatterEditor::holdAgain);
}

void MatterEditor::setMatter(qint64 matterId)
{
    m_matterId = matterId;
    reload();
}

void MatterEditor::reload()
{
    MatterRepository repo(m_context->ledger());
    const std::optional<Matter> matter = m_matterId > 0 ? repo.get(m_matterId) : std::nullopt;
    if (!matter) {
        m_matterId = 0;
        m_next.reset();
        m_defectLines.clear();
        m_timeline->clear();
        m_pages->setCurrentIndex(0);
        return;
    }
    const QList<StepRecord> steps = repo.steps(matter->id);
    const DeliberationSettings settings = SettingsStore(m_context->ledger()).deliberation();
    const QDate today = m_context->today();
    QHash<int, int> files;
    for (const StepRecord &s : steps)
        files.insert(int(s.step), int(repo.attachments(s.id).size()));

    const MatterStatus status = Deliberation::status(*matter, steps, settings, today);
    m_title->setText(matter->title);
    const auto [text, background] = statusColours(status);
    m_status->setText(MatterText::status(status));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px; padding: 2px 10px; "
                                           "font-weight: bold; }")
                                .arg(text.name(), background.name()));
    QStringList facts;
    facts << MatterText::category(matter->category);
    if (matter->amountFen > 0)
        facts << tr("%1 yuan").arg(MoneyText::formatYuan(matter->amountFen));
    if (!matter->proposer.isEmpty())
        facts << tr("proposed by %1").arg(matter->proposer);
    if (!matter->motionSource.isEmpty())
        facts << tr("reason for the motion: %1").arg(MatterText::motionSource(matter->motionSource));
    if (matter->plannedCompletion.isValid())
        facts << tr("planned completion %1").arg(isoDate(matter->plannedCompletion));
    if (matter->withdrawnOn.isValid())
        facts << tr("withdrawn on %1: %2").arg(isoDate(matter->withdrawnOn), matter->withdrawnReason);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_description->setText(matter->description);
    m_description->setVisible(!matter->description.isEmpty());

    m_next = Deliberation::nextStep(*matter, steps, settings);
    m_recordNext->setVisible(m_next.has_value() && !m_context->isReadOnly());
    if (m_next)
        m_recordNext->setText(tr("&Record step %1…").arg(int(*m_next)));
    m_edit->setEnabled(!m_context->isReadOnly());

    const std::optional<Village> village = VillageRepository(m_context->ledger()).get(matter->villageId);
    QList<StepRecord> earlier;
    for (const EarlierMeeting &e : repo.earlierMeetings(matter->id))
        earlier << e.meeting;
    m_timeline->setMatter(*matter, steps, settings, today, files, village ? &*village : nullptr, earlier);

    const QList<Deliberation::Defect> defects
        = Deliberation::defects(*matter, steps, settings, today, village ? &*village : nullptr);
    m_defectLines.clear();
    for (const Deliberation::Defect &d : defects)
        m_defectLines << tr("Step %1: %2").arg(int(d.step)).arg(d.detail);
    if (defects.isEmpty()) {
        m_defects->setText(QStringLiteral("<span style='color:#2e7d32'>%1</span>").arg(tr("No problems found.").toHtmlEscaped()));
    } else {
        QStringList lines;
        for (const Deliberation::Defect &d : defects)
            lines << QStringLiteral("<li><b>%1</b> %2</li>")
                         .arg(tr("Step %1:").arg(int(d.step)).toHtmlEscaped(), d.detail.toHtmlEscaped());
        m_defects->setText(QStringLiteral("<ul style='margin-left:-20px; color:#b06000'>%1</ul>").arg(lines.join(QString())));
    }
    m_pages->setCurrentIndex(1);
}

QString MatterEditor::statusText() const
{
    return m_matterId > 0 ? m_status->text() : QString();
}

QString MatterEditor::defectsText() const
{
    return m_defectLines.join(QLatin1Char('\n'));
}

void MatterEditor::editMatter()
{
    if (m_matterId <= 0)
        return;
    auto *dialog = new MatterDialog(m_context, 0, m_matterId, this);
    dialog->open();
}

void MatterEditor::recordStep(MatterStep step)
{
    if (m_matterId <= 0)
        return;
    auto *dialog = new StepDialog(m_context, m_matterId, step, this);
    dialog->open();
}

void MatterEditor::holdAgain(MatterStep step)
{
    if (m_matterId <= 0)
        return;
    // A meeting without quorum decided nothing: a new meeting is recorded, the failed one kept.
    auto *dialog = new StepDialog(m_context, m_matterId, step, this, StepDialog::Mode::HoldAgain);
    dialog->open();
}

void MatterEditor::recordNext()
{
    if (m_next)
        recordStep(*m_next);
}

} // namespace tl::ui
