#include "committees/TargetsDialog.h"

#include "edits/CommitteeEdits.h"
#include "shell/LedgerContext.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QSpinBox *spin(int min, int max, const QString &suffix = {})
{
    auto *s = new QSpinBox;
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAlignment(Qt::AlignRight);
    return s;
}

// Income is kept in 元 but thought of in 万元, as in every county table.
QDoubleSpinBox *wanSpin()
{
    auto *s = new QDoubleSpinBox;
    s->setRange(0, 100000);
    s->setDecimals(2);
    s->setSingleStep(1);
    s->setAlignment(Qt::AlignRight);
    return s;
}
} // namespace

TargetsDialog::TargetsDialog(LedgerContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_minIncome(wanSpin())
    , m_highIncome(wanSpin())
    , m_highIncomeShare(spin(0, 100, QStringLiteral(" %")))
    , m_fiveStarShare(spin(0, 100, QStringLiteral(" %")))
    , m_minReserves(spin(0, 50))
    , m_collegeShare(spin(0, 100, QStringLiteral(" %")))
    , m_committeeMin(spin(1, 30))
    , m_committeeMax(spin(1, 30))
    , m_partyMax(spin(1, 30))
    , m_termYears(spin(1, 10))
    , m_termWarning(spin(0, 60))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults))
{
    setWindowTitle(tr("Targets and rules"));

    auto *targets = new QGroupBox(tr("Targets the township is measured against"));
    auto *tf = new QFormLayout(targets);
    tf->addRow(tr("Every village's collective income above (10k yuan):"), m_minIncome);
    tf->addRow(tr("High collective income above (10k yuan):"), m_highIncome);
    tf->addRow(tr("Share of villages with a high income at least:"), m_highIncomeShare);
    tf->addRow(tr("Share of five-star party organisations at least:"), m_fiveStarShare);
    tf->addRow(tr("Reserve cadres per village at least:"), m_minReserves);
    tf->addRow(tr("Share of cadres with junior college or higher at least:"), m_collegeShare);

    auto *rules = new QGroupBox(tr("Rules for the committees"));
    auto *rf = new QFormLayout(rules);
    rf->addRow(tr("Villagers' committee members, at least:"), m_committeeMin);
    rf->addRow(tr("Villagers' committee members, at most:"), m_committeeMax);
    rf->addRow(tr("Party committee members, at most:"), m_partyMax);
    rf->addRow(tr("Length of a term (years):"), m_termYears);
    rf->addRow(tr("Warn before a term ends (months):"), m_termWarning);

    auto *note = new QLabel(tr("The defaults follow national policy; change them when your county sets other "
                               "targets. Changes apply to the findings at once and can be undone."));
    note->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(targets);
    layout->addWidget(rules);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TargetsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { setTargets(Targets {}); });

    setTargets(SettingsStore(m_context->ledger()).targets());
    if (m_context->isReadOnly()) {
        for (QWidget *w : findChildren<QAbstractSpinBox *>())
            w->setEnabled(false);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
}

void TargetsDialog::setTargets(const Targets &t)
{
    m_minIncome->setValue(t.minIncomeYuan / 10000.0);
    m_highIncome->setValue(t.highIncomeYuan / 10000.0);
    m_highIncomeShare->setValue(t.highIncomeSharePct);
    m_fiveStarShare->setValue(t.fiveStarSharePct);
    m_minReserves->setValue(t.minReserveCadres);
    m_collegeShare->setValue(t.collegeSharePct);
    m_committeeMin->setValue(t.committeeMin);
    m_committeeMax->setValue(t.committeeMax);
    m_partyMax->setValue(t.partyCommitteeMax);
    m_termYears->setValue(t.termYears);
    m_termWarning->setValue(t.termWarningMonths);
}

Targets TargetsDialog::targets() const
{
    Targets t;
    t.minIncomeYuan = qRound64(m_minIncome->value() * 10000);
    t.highIncomeYuan = qRound64(m_highIncome->value() * 10000);
    t.highIncomeSharePct = m_highIncomeShare->value();
    t.fiveStarSharePct = m_fiveStarShare->value();
    t.minReserveCadres = m_minReserves->value();
    t.collegeSharePct = m_collegeShare->value();
    t.committeeMin = m_committeeMin->value();
    t.committeeMax = m_committeeMax->value();
    t.partyCommitteeMax = m_partyMax->value();
    t.termYears = m_termYears->value();
    t.termWarningMonths = m_termWarning->value();
    return t;
}

void TargetsDialog::accept()
{
    const Result<void> saved = edits::setTargets(m_context->ledger(), targets());
    if (!saved) {
        // A refused value is shown as it is; a write that failed says the targets were not saved.
        m_error->setText(saved.error().kind == Error::Kind::InvalidInput
                             ? saved.message()
                             : tr("The targets were not saved: %1").arg(saved.message()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
