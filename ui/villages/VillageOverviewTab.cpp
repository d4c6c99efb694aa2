#include "villages/VillageOverviewTab.h"

#include "edits/CommitteeEdits.h"
#include "edits/VillageEdits.h"
#include "committees/ChangeOfTermDialog.h"
#include "committees/CommitteeRepository.h"
#include "committees/Indicators.h"
#include "shell/LedgerContext.h"
#include "storage/Settings.h"
#include "villages/VillageForm.h"
#include "model/VillageRepository.h"
#include "common/MessageBox.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

void clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

VillageOverviewTab::VillageOverviewTab(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Only vertical scrolling: the wrapped labels make QScrollArea offer a needless horizontal
    // bar, and the content is narrow enough (under 800 px) for any clerk's screen.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *columns = new QHBoxLayout(content);

    // Left: the facts and their Save button.
    auto *factsBox = new QGroupBox(tr("Village facts"), content);
    auto *factsLayout = new QVBoxLayout(factsBox);
    m_form = new VillageForm(context, factsBox);
    factsLayout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    m_saveStatus = new QLabel(factsBox);
    m_saveStatus->setWordWrap(true);
    m_revert = new QPushButton(tr("&Revert"), factsBox);
    m_revert->setToolTip(tr("Show the stored values again"));
    m_save = new QPushButton(tr("&Save"), factsBox);
    m_save->setObjectName(QStringLiteral("saveVillageButton"));
    m_save->setToolTip(tr("Save the village facts (Enter)"));
    buttons->addWidget(m_saveStatus, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    factsLayout->addLayout(buttons);
    factsLayout->addStretch(1);
    columns->addWidget(factsBox, 1);

    // Right: what follows from the roster, and the terms.
    auto *right = new QVBoxLayout;
    auto *figuresBox = new QGroupBox(tr("Committees today"), content);
    m_figures = new QGridLayout(figuresBox);
    m_figures->setColumnStretch(1, 1);
    right->addWidget(figuresBox);

    auto *termsBox = new QGroupBox(tr("Terms"), content);
    auto *termsLayout = new QVBoxLayout(termsBox);
    m_terms = new QGridLayout;
    m_terms->setColumnStretch(1, 1);
    termsLayout->addLayout(m_terms);
    auto *termButtons = new QHBoxLayout;
    termButtons->addStretch(1);
    m_changeOfTerm = new QPushButton(tr("&Change of term…"), termsBox);
    m_changeOfTerm->setObjectName(QStringLiteral("changeOfTermButton"));
    m_changeOfTerm->setToolTip(tr("Record an election of all three bodies (换届)"));
    termButtons->addWidget(m_changeOfTerm);
    termsLayout->addLayout(termButtons);
    right->addWidget(termsBox);
    right->addStretch(1);
    columns->addLayout(right, 1);

    connect(m_form, &VillageForm::edited, this, &VillageOverviewTab::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &VillageOverviewTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { reload(false); });
    connect(m_changeOfTerm, &QPushButton::clicked, this, &VillageOverviewTab::changeOfTerm);
    updateButtons();
}

void VillageOverviewTab::setVillage(qint64 villageId)
{
    m_villageId = villageId;
    m_saveStatus->clear();
    reload(false);
}

void VillageOverviewTab::reload(bool keepEdits)
{
    if (!keepEdits || !m_form->isModified()) {
        const std::optional<Village> v = VillageRepository(m_context->ledger()).get(m_villageId);
        m_form->setVillage(v.value_or(Village{}));
        m_villageName = v ? v->name : QString();
    }
    m_form->setReadOnly(m_context->isReadOnly());
    reloadFigures();
    reloadTerms();
    updateButtons();
}

bool VillageOverviewTab::confirmLeave()
{
    if (!m_form->isModified() || m_context->isReadOnly() || m_villageId <= 0)
        return true;
    const auto answer = MessageBox::question(this, tr("Unsaved village facts"),
        tr("The facts of %1 were changed but not saved. Save them before leaving?")
            .arg(m_villageName.isEmpty() ? tr("this village") : m_villageName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        reload(false);
        return true;
    }
    return false;
}

bool VillageOverviewTab::save()
{
    if (m_context->isReadOnly() || m_villageId <= 0)
        return false;
    const FieldErrors errors = m_form->validate();
    if (!errors.isEmpty()) {
        m_saveStatus->setStyleSheet(QStringLiteral("color: #c5221f;"));
        m_saveStatus->setText(tr("Not saved: correct the marked fields first."));
        return false;
    }
    // The history announces the change, which reloads this tab with the stored values.
    const Result<void> saved = edits::editVillage(m_context->ledger(), m_form->village());
    if (!saved) {
        m_saveStatus->setStyleSheet(QStringLiteral("color: #c5221f;"));
        m_saveStatus->setText(tr("Not saved: %1").arg(saved.message()));
        return false;
    }
    m_saveStatus->setStyleSheet(QString());
    m_saveStatus->setText(tr("Saved."));
    return true;
}

void VillageOverviewTab::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VillageOverviewTab::updateButtons()
{
    const bool writable = !m_context->isReadOnly() && m_villageId > 0;
    m_save->setEnabled(writable && m_form->isModified());
    m_revert->setEnabled(m_form->isModified());
    m_changeOfTerm->setEnabled(writable);
    if (m_form->isModified())
        m_saveStatus->clear();
}

void VillageOverviewTab::reloadFigures()
{
    clearGrid(m_figures);
    VillageIndicators v;
    for (const VillageIndicators &i : Indicators::compute(m_context->ledger(), m_context->today()))
        if (i.villageId == m_villageId)
            v = i;
    const Targets targets = SettingsStore(m_context->ledger()).targets();
    const QLocale locale;
    int row = 0;
    auto add = [&](const QString &label, const QString &value, bool warn = false) {
        auto *l = new QLabel(label);
        auto *val = new QLabel(value);
        val->setTextInteractionFlags(Qt::TextSelectableByMouse);
        val->setWordWrap(true);
        if (warn)
            val->setStyleSheet(QStringLiteral("color: #c5221f;"));
        m_figures->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignTop);
        m_figures->addWidget(val, row, 1);
        ++row;
    };
    add(tr("Party committee:"), tr("%1 people").arg(v.partySize), v.partySize > targets.partyCommitteeMax);
    const bool committeeOff = v.committeeSize < targets.committeeMin || v.committeeSize > targets.committeeMax;
    add(tr("Villagers' committee:"), tr("%1 people (women: %2)").arg(v.committeeSize).arg(v.committeeWomen),
        committeeOff || v.committeeWomen == 0);
    add(tr("Supervision committee:"), tr("%1 people").arg(v.supervisionSize));
    add(tr("Secretary also director:"), v.oneShoulder ? tr("Yes") : tr("No"));
    add(tr("On both committees:"), tr("%1 people").arg(v.crossHolders));
    add(tr("Two committees together:"), tr("%1 people (women: %2, party members: %3)")
                                            .arg(v.members)
                                            .arg(v.women)
                                            .arg(v.partyMembersOnCommittees));
    // No-break spaces inside each band, so a narrow column wraps only between bands.
    add(tr("Age bands:"), tr("≤35: %1 · 36–45: %2 · 46–55: %3 · 56–60: %4 · >60: %5")
                              .arg(v.ageBands[0])
                              .arg(v.ageBands[1])
                              .arg(v.ageBands[2])
                              .arg(v.ageBands[3])
                              .arg(v.ageBands[4])
                              .replace(QStringLiteral(": "), QStringLiteral(":") + QChar(QChar::Nbsp)));
    add(tr("Average age:"), v.withAge ? locale.toString(v.averageAge(), 'f', 1) : tr("unknown"));
    // Integer comparison, as the rules do: college * 100 < target * members.
    add(tr("Junior college or higher:"),
        tr("%1 of %2 (%3%)").arg(v.college).arg(v.members).arg(locale.toString(v.collegeSharePct(), 'f', 1)),
        v.members > 0 && v.college * 100 < targets.collegeSharePct * v.members);
    add(tr("Reserve cadres:"), tr("%1 (target at least %2)").arg(v.reserves).arg(targets.minReserveCadres),
        v.reserves < targets.minReserveCadres);
}

void VillageOverviewTab::reloadTerms()
{
    clearGrid(m_terms);
    const QList<Term> terms = CommitteeRepository(m_context->ledger()).terms(m_villageId);
    const QDate today = m_context->today();
    int row = 0;
    for (Body body : {Body::Party, Body::Committee, Body::Supervision}) {
        std::optional<Term> latest;
        QStringList history;
        for (const Term &t : terms) {
            if (t.body != body)
                continue;
            history << tr("Term %1: %2 to %3").arg(t.number).arg(isoDate(t.start), isoDate(t.closedOn.isValid() ? t.closedOn : t.end));
            if (!latest || t.start > latest->start)
                latest = t;
        }
        auto *name = new QLabel(DomainText::body(body) + QLatin1Char(':'));
        m_terms->addWidget(name, row, 0, Qt::AlignRight | Qt::AlignTop);
        if (!latest) {
            auto *none = new QLabel(tr("no term recorded"));
            none->setStyleSheet(QStringLiteral("color: #c5221f;"));
            m_terms->addWidget(none, row, 1);
            auto *open = new QPushButton(tr("Open first term…"));
            open->setObjectName(QStringLiteral("openFirstTermButton"));
            open->setEnabled(!m_context->isReadOnly());
            connect(open, &QPushButton::clicked, this, [this, body] { openFirstTerm(body); });
            m_terms->addWidget(open, row, 2);
        } else {
            QString state;
            bool warn = false;
            if (latest->closedOn.isValid()) {
                state = tr("closed on %1").arg(isoDate(latest->closedOn));
                warn = true;
            } else if (latest->end < today) {
                state = tr("running, overdue for a change of term");
                warn = true;
            } else {
                state = tr("running");
            }
            auto *text = new QLabel(tr("Term %1, %2 to %3, %4")
                                        .arg(latest->number)
                                        .arg(isoDate(latest->start), isoDate(latest->end), state));
            text->setWordWrap(true);
            text->setToolTip(history.join(QLatin1Char('\n')));
            if (warn)
                text->setStyleSheet(QStringLiteral("color: #b06000;"));
            m_terms->addWidget(text, row, 1, 1, 2);
        }
        ++row;
    }
}

void VillageOverviewTab::changeOfTerm()
{
    const int years = SettingsStore(m_context->ledger()).targets().termYears;
    auto *dialog = new ChangeOfTermDialog(ChangeOfTermDialog::Mode::ChangeOfTerm, m_villageName, years,
                                          m_context->today(), Body::Committee, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 villageId = m_villageId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, villageId, years] {
        const Result<void> changed =
            edits::changeOfTerm(m_context->ledger(), villageId, dialog->date(), years, dialog->carryOver());
        if (!changed)
            MessageBox::warning(this, tr("Change of term"),
                                tr("The change of term was not recorded: %1").arg(changed.message()));
    });
    dialog->open();
}

void VillageOverviewTab::openFirstTerm(Body body)
{
    const int years = SettingsStore(m_context->ledger()).targets().termYears;
    auto *dialog = new ChangeOfTermDialog(ChangeOfTermDialog::Mode::FirstTerm, m_villageName, years,
                                          m_context->today(), body, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 villageId = m_villageId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, villageId, body] {
        Term t;
        t.villageId = villageId;
        t.body = body;
        t.number = dialog->termNumber();
        t.start = dialog->date();
        t.end = dialog->plannedEnd();
        const Result<qint64> opened = edits::openFirstTerm(m_context->ledger(), t);
        if (!opened)
            MessageBox::warning(this, tr("Open first term"), tr("The term was not opened: %1").arg(opened.message()));
    });
    dialog->open();
}

} // namespace tl::ui
