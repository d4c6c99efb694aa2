#include "matters/StepTimeline.h"

#include <QEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kBlue(0x15, 0x65, 0xc0);
const QColor kGrey(0x9e, 0x9e, 0x9e);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kOrange(0xe6, 0x5c, 0x00);
const QColor kRail(0xcf, 0xd8, 0xdc);
const QColor kCurrentBackground(0xe8, 0xf0, 0xfe);
const QColor kHoverBackground(0xf3, 0xf4, 0xf6);

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

const StepRecord *findStep(const QList<StepRecord> &steps, MatterStep s)
{
    for (const StepRecord &r : steps)
        if (r.step == s)
            return &r;
    return nullptr;
}

QColor colourOf(StepTimeline::State s)
{
    switch (s) {
    case StepTimeline::State::Done: return kGreen;
    case StepTimeline::State::Current: return kBlue;
    case StepTimeline::State::Rejected: return kRed;
    case StepTimeline::State::Defect: return kOrange;
    case StepTimeline::State::Pending:
    case StepTimeline::State::Skipped: break;
    }
    return kGrey;
}

bool isRecorded(StepTimeline::State s)
{
    return s == StepTimeline::State::Done || s == StepTimeline::State::Rejected || s == StepTimeline::State::Defect;
}

// The rail and the step's circle. It spans the node's full height so the rails of consecutive
// nodes join; the circle sits level with the node's title line.
class Marker : public QWidget
{
public:
    Marker(QWidget *titleRow, QWidget *parent) : QWidget(parent), m_titleRow(titleRow) { setFixedWidth(34); }

    int number = 1;
    bool first = false, last = false;
    QColor above = kRail, below = kRail;
    StepTimeline::State state = StepTimeline::State::Pending;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int r = 12;
        const qreal cx = width() / 2.0;
        const qreal cy = m_titleRow->mapTo(parentWidget(), m_titleRow->rect().center()).y() - y();
        if (!first) {
            p.setPen(QPen(above, 3));
            p.drawLine(QPointF(cx, 0), QPointF(cx, cy - r));
        }
        if (!last) {
            p.setPen(QPen(below, 3));
            p.drawLine(QPointF(cx, cy + r), QPointF(cx, height()));
        }
        const QRectF circle(cx - r, cy - r, 2 * r, 2 * r);
        const QColor colour = colourOf(state);
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        switch (state) {
        case StepTimeline::State::Done: {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(circle);
            QPainterPath tick;
            tick.moveTo(cx - 5.5, cy + 0.5);
            tick.lineTo(cx - 1.5, cy + 4.5);
            tick.lineTo(cx + 6, cy - 4.5);
            p.setPen(QPen(Qt::white, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
            break;
        }
        case StepTimeline::State::Rejected:
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(circle);
            p.setPen(QPen(Qt::white, 2.4, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(cx - 4.5, cy - 4.5), QPointF(cx + 4.5, cy + 4.5));
            p.drawLine(QPointF(cx - 4.5, cy + 4.5), QPointF(cx + 4.5, cy - 4.5));
            break;
        case StepTimeline::State::Defect:
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(circle);
            p.setPen(Qt::white);
            p.drawText(circle, Qt::AlignCenter, QStringLiteral("!"));
            break;
        case StepTimeline::State::Current:
            p.setPen(QPen(colour, 3));
            p.setBrush(Qt::white);
            p.drawEllipse(circle.adjusted(1, 1, -1, -1));
            p.setPen(colour);
            p.drawText(circle, Qt::AlignCenter, QString::number(number));
            break;
        case StepTimeline::State::Pending:
        case StepTimeline::State::Skipped:
            p.setPen(QPen(colour, 1.6, state == StepTimeline::State::Skipped ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(Qt::white);
            p.drawEllipse(circle.adjusted(1, 1, -1, -1));
            p.setPen(colour);
            p.drawText(circle, Qt::AlignCenter, QString::number(number));
            break;
        }
    }

private:
    QWidget *m_titleRow;
};
} // namespace

// One step: marker, title with its state, the detail line, the problems and one button.
class StepTimeline::Node : public QFrame
{
public:
    Node(MatterStep step, StepTimeline *timeline) : QFrame(timeline), step(step), m_timeline(timeline)
    {
        setObjectName(QStringLiteral("stepNode%1").arg(int(step)));
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(6, 0, 8, 0);
        row->setSpacing(8);

        auto *titleRow = new QWidget(this);
        auto *titleLayout = new QHBoxLayout(titleRow);
        titleLayout->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(MatterText::step(step), titleRow);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        tag = new QLabel(titleRow);
        tag->setObjectName(QStringLiteral("stepState%1").arg(int(step)));
        button = new QPushButton(titleRow);
        button->setAutoDefault(false);
        titleLayout->addWidget(title);
        titleLayout->addSpacing(6);
        titleLayout->addWidget(tag);
        titleLayout->addStretch(1);
        titleLayout->addWidget(button);

        detail = new QLabel(this);
        detail->setObjectName(QStringLiteral("stepDetail%1").arg(int(step)));
        detail->setWordWrap(true);
        detail->setTextFormat(Qt::PlainText);
        problems = new QLabel(this);
        problems->setObjectName(QStringLiteral("stepProblems%1").arg(int(step)));
        problems->setWordWrap(true);
        problems->setTextFormat(Qt::PlainText);
        problems->hide();

        auto *text = new QVBoxLayout;
        text->setContentsMargins(0, 6, 0, 10);
        text->setSpacing(2);
        text->addWidget(titleRow);
        text->addWidget(detail);
        text->addWidget(problems);

        marker = new Marker(titleRow, this);
        marker->number = int(step);
        marker->first = step == MatterStep::PartyProposal;
        marker->last = int(step) == kStepCount;
        row->addWidget(marker);
        row->addLayout(text, 1);

        QObject::connect(button, &QPushButton::clicked, timeline, [this] {
            if (holdAgain && m_timeline->m_editable)
                Q_EMIT m_timeline->holdAgainRequested(this->step);
            else
                Q_EMIT m_timeline->stepActivated(this->step);
        });
    }

    void setClickable(bool on)
    {
        clickable = on;
        setCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

    MatterStep step;
    State state = State::Pending;
    bool holdAgain = false; // a meeting without quorum: the button records the meeting held again
    bool clickable = false;
    Marker *marker;
    QLabel *title;
    QLabel *tag;
    QLabel *detail;
    QLabel *problems;
    QPushButton *button;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (state == State::Current || (m_hover && clickable)) {
            QPainter p(this);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(state == State::Current ? kCurrentBackground : kHoverBackground);
            p.drawRoundedRect(QRectF(rect()).adjusted(40, 2, -1, -2), 6, 6);
        }
        QFrame::paintEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            Q_EMIT m_timeline->stepActivated(step);
        QFrame::mouseReleaseEvent(event);
    }
    void enterEvent(QEnterEvent *event) override
    {
        m_hover = true;
        update();
        QFrame::enterEvent(event);
    }
    void leaveEvent(QEvent *event) override
    {
        m_hover = false;
        update();
        QFrame::leaveEvent(event);
    }

private:
    StepTimeline *m_timeline;
    bool m_hover = false;
};

StepTimeline::StepTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepTimeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0); // the rails of consecutive nodes must touch
    for (int i = 1; i <= kStepCount; ++i) {
        auto *node = new Node(MatterStep(i), this);
        m_nodes << node;
        layout->addWidget(node);
    }
    layout->addStretch(1);
    clear();
}

void StepTimeline::clear()
{
    for (Node *n : m_nodes) {
        n->state = State::Pending;
        n->holdAgain = false;
        n->marker->state = State::Pending;
        n->marker->above = n->marker->below = kRail;
        n->tag->clear();
        n->detail->clear();
        n->problems->hide();
        n->button->hide();
        n->setClickable(false);
        n->update();
    }
}

void StepTimeline::setEditable(bool editable)
{
    m_editable = editable;
}

// The date and counts of one meeting, with the verdict of the rules on it.
QStringList StepTimeline::meetingParts(const StepRecord &r, const DeliberationSettings &settings)
{
    QStringList parts;
    parts << isoDate(r.date);
    if (r.step == MatterStep::Resolution)
        parts << MatterText::form(r.form);
    if (r.present && r.expected)
        parts << tr("%1 of %2 present").arg(*r.present).arg(*r.expected);
    else if (r.present)
        parts << tr("%1 present").arg(*r.present);
    if (r.householdsPresent && r.householdsExpected)
        parts << tr("%1 of %2 households").arg(*r.householdsPresent).arg(*r.householdsExpected);
    if (Deliberation::stepVotes(r.step) && r.votesFor)
        parts << tr("for %1, against %2, abstain %3")
                     .arg(*r.votesFor)
                     .arg(r.votesAgainst.value_or(0))
                     .arg(r.votesAbstain.value_or(0));
    const MeetingVerdict v = Deliberation::judge(r, settings);
    QStringList verdict;
    if (v.quorumKnown)
        verdict << (v.quorum ? tr("quorum met") : tr("no quorum"));
    // Without quorum the vote decided nothing: it is neither passed nor rejected.
    if (v.votes && v.passedKnown && !(v.quorumKnown && !v.quorum))
        verdict << (v.passed ? tr("passed") : tr("not passed"));
    if (!verdict.isEmpty())
        parts << verdict.join(tr(", "));
    return parts;
}

void StepTimeline::setMatter(const Matter &matter, const QList<StepRecord> &steps, const DeliberationSettings &settings,
                             const QDate &today, const QHash<int, int> &attachments, const Village *village,
                             const QList<StepRecord> &earlierMeetings)
{
    const std::optional<MatterStep> next = Deliberation::nextStep(matter, steps, settings);
    const std::optional<MatterStep> rejected = Deliberation::rejectedAt(steps, settings);
    const QDate due = Deliberation::nextDue(matter, steps, settings);
    const QList<Deliberation::Defect> defects = Deliberation::defects(matter, steps, settings, today, village);
    const bool withdrawn = matter.withdrawnOn.isValid();

    for (Node *n : m_nodes) {
        const MatterStep s = n->step;
        const StepRecord *rec = findStep(steps, s);
        QStringList problemLines;
        for (const Deliberation::Defect &d : defects)
            if (d.step == s)
                problemLines << QStringLiteral("• ") + d.detail;

        State state;
        // A meeting held without quorum decided nothing: the step is to be held again.
        const bool holdAgain = rec && next == s && !withdrawn;
        if (holdAgain)
            state = State::Current;
        else if (rec)
            state = rejected == s ? State::Rejected : problemLines.isEmpty() ? State::Done : State::Defect;
        else if (next == s)
            state = State::Current;
        else if (withdrawn || (rejected && int(s) > int(*rejected) && s != MatterStep::ResolutionDisclosure))
            state = State::Skipped;
        else
            state = State::Pending;

        // The date / counts line.
        QStringList parts;
        if (rec) {
            if (Deliberation::isMeeting(s)) {
                parts << meetingParts(*rec, settings);
                if (!rec->townshipAttendee.isEmpty())
                    parts << tr("township cadre attending: %1").arg(rec->townshipAttendee);
            } else {
                const int days = Deliberation::disclosureDays(rec->date, rec->disclosureEnd, settings);
                if (rec->disclosureEnd.isValid())
                    parts << (settings.workingDays ? tr("%1 to %2 (%3 working days)") : tr("%1 to %2 (%3 days)"))
                                 .arg(isoDate(rec->date), isoDate(rec->disclosureEnd))
                                 .arg(days);
                else
                    parts << tr("from %1").arg(isoDate(rec->date));
                if (!rec->channels.isEmpty())
                    parts << rec->channels.join(tr(", "));
                if (!rec->signedBy.isEmpty())
                    parts << tr("signed by %1").arg(rec->signedBy);
                if (!rec->supervisionOpinion.isEmpty())
                    parts << tr("supervision opinion: %1").arg(rec->supervisionOpinion);
            }
            const int files = attachments.value(int(s));
            if (files > 0)
                parts << tr("scans: %1").arg(files);
            if (rec->overridden)
                parts << tr("recorded out of order");
        } else if (state == State::Current) {
            parts << (rejected ? tr("Next: disclose the rejection") : tr("Next step"));
            if (due.isValid())
                parts << (today > due ? tr("overdue since %1").arg(isoDate(due.addDays(1)))
                                      : tr("due by %1").arg(isoDate(due)));
        } else if (state == State::Skipped) {
            parts << (withdrawn ? tr("not needed: the matter was withdrawn on %1").arg(isoDate(matter.withdrawnOn))
                                : tr("not needed: the matter was rejected at step %1").arg(int(*rejected)));
        } else {
            parts << tr("not recorded yet");
        }
        // Meetings held for the step before the one recorded (without quorum, held again): each on
        // its own line under the step, with its counts.
        QStringList lines{parts.join(QStringLiteral(" · "))};
        for (const StepRecord &e : earlierMeetings)
            if (e.step == s)
                lines << tr("Earlier meeting: %1").arg(meetingParts(e, settings).join(QStringLiteral(" · ")));
        n->detail->setText(lines.join(QLatin1Char('\n')));

        n->problems->setText(problemLines.join(QLatin1Char('\n')));
        n->problems->setStyleSheet(QStringLiteral("color: %1;").arg((state == State::Rejected ? kRed : kOrange).name()));
        n->problems->setVisible(!problemLines.isEmpty());

        const QColor colour = colourOf(state);
        QString tagText;
        switch (state) {
        case State::Done: tagText = tr("Done"); break;
        case State::Current: tagText = holdAgain ? tr("No quorum: hold it again") : tr("Next"); break;
        case State::Pending: tagText = tr("Not yet"); break;
        case State::Rejected: tagText = tr("Not passed"); break;
        case State::Defect: tagText = tr("Done, with problems"); break;
        case State::Skipped: tagText = tr("Not needed"); break;
        }
        n->tag->setText(tagText);
        n->tag->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
        n->title->setStyleSheet(state == State::Pending || state == State::Skipped
                                    ? QStringLiteral("color: %1;").arg(kGrey.darker(130).name())
                                    : QString());
        n->detail->setStyleSheet(state == State::Pending || state == State::Skipped
                                     ? QStringLiteral("color: %1;").arg(kGrey.darker(120).name())
                                     : QString());

        // What a click does: open a recorded step, record the next one, or record out of order.
        n->state = state;
        n->holdAgain = holdAgain;
        n->marker->state = state;
        if (isRecorded(state) || holdAgain) {
            n->button->setText(holdAgain && m_editable ? tr("Hold again…")
                               : m_editable && !withdrawn ? tr("Edit…")
                                                          : tr("Open…"));
            n->button->setObjectName(QStringLiteral("editStepButton%1").arg(int(s)));
            n->button->setFlat(!holdAgain);
            n->button->setToolTip(holdAgain ? tr("Record the meeting held again: its date, attendance and vote")
                                            : tr("Open the record of this step, its minutes and attachments"));
            n->button->show();
            n->setClickable(true);
            n->setToolTip(QString());
        } else if (state == State::Current && m_editable) {
            n->button->setText(tr("Record…")); // no mnemonic: the editor's "Record step N…" has Alt+R
            n->button->setObjectName(QStringLiteral("recordButton"));
            n->button->setFlat(false);
            n->button->setToolTip(tr("Record this step: date, attendance, vote, minutes and scans"));
            n->button->show();
            n->setClickable(true);
            n->setToolTip(QString());
        } else {
            n->button->hide();
            n->button->setObjectName(QStringLiteral("stepButton%1").arg(int(s)));
            const bool early = m_editable && !withdrawn;
            n->setClickable(early);
            n->setToolTip(early ? tr("Click to record this step out of order; that needs a reason and stays a finding")
                                : QString());
        }
        n->update();
    }
    // Rails: green between two recorded steps, grey otherwise.
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node *n = m_nodes.at(i);
        const bool here = isRecorded(n->state);
        const bool down = i + 1 < m_nodes.size() && isRecorded(m_nodes.at(i + 1)->state);
        const bool up = i > 0 && isRecorded(m_nodes.at(i - 1)->state);
        n->marker->below = here && down ? kGreen : kRail;
        n->marker->above = here && up ? kGreen : kRail;
        n->marker->update();
    }
}

StepTimeline::State StepTimeline::state(MatterStep step) const
{
    return m_nodes.at(int(step) - 1)->state;
}

QString StepTimeline::detailText(MatterStep step) const
{
    return m_nodes.at(int(step) - 1)->detail->text();
}

QString StepTimeline::problemText(MatterStep step) const
{
    return m_nodes.at(int(step) - 1)->problems->text();
}

} // namespace tl::ui
