#include "committees/ChangeOfTermDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

ChangeOfTermDialog::ChangeOfTermDialog(Mode mode, const QString &villageName, int termYears, const QDate &today,
                                       Body body, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_termYears(termYears)
{
    setObjectName(QStringLiteral("ChangeOfTermDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (mode == Mode::ChangeOfTerm) {
        setWindowTitle(tr("Change of term – %1").arg(villageName));
        intro->setText(tr("The change of term closes the running terms of the party organisation, the villagers' "
                          "committee and the supervision committee of %1 on the election day, ends every post "
                          "held in them with the reason \"change of term\" and opens the next terms.")
                           .arg(villageName));
    } else {
        setWindowTitle(tr("Open first term – %1").arg(villageName));
        intro->setText(tr("No term of the %1 of %2 is recorded yet. Enter the term that is running now; its "
                          "posts can then be entered on the members tab.")
                           .arg(DomainText::body(body), villageName));
    }
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("termDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(1980, 1, 1), today.addYears(1));
    form->addRow(mode == Mode::ChangeOfTerm ? tr("&Election day:") : tr("Term &start:"), m_date);
    if (mode == Mode::FirstTerm) {
        m_number = new QSpinBox(this);
        m_number->setRange(1, 99);
        m_number->setValue(1);
        form->addRow(tr("Term &number:"), m_number);
    } else {
        m_carryOver = new QCheckBox(tr("&Carry over the current holders (re-elected)"), this);
        m_carryOver->setObjectName(QStringLiteral("carryOverCheck"));
        m_carryOver->setChecked(true);
        m_carryOver->setToolTip(tr("Re-enters everybody who holds a post now into the new terms, so you only "
                                   "correct who changed."));
        form->addRow(QString(), m_carryOver);
    }
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::ChangeOfTerm ? tr("Record change of term")
                                                                                : tr("Open term"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &ChangeOfTermDialog::updateSummary);
    if (m_number)
        connect(m_number, &QSpinBox::valueChanged, this, &ChangeOfTermDialog::updateSummary);
    if (m_carryOver)
        connect(m_carryOver, &QCheckBox::toggled, this, &ChangeOfTermDialog::updateSummary);
    updateSummary();
    setMinimumWidth(460);
}

QDate ChangeOfTermDialog::date() const
{
    return m_date->date();
}

bool ChangeOfTermDialog::carryOver() const
{
    return m_carryOver && m_carryOver->isChecked();
}

int ChangeOfTermDialog::termNumber() const
{
    return m_number ? m_number->value() : 0;
}

QDate ChangeOfTermDialog::plannedEnd() const
{
    return date().addYears(m_termYears);
}

void ChangeOfTermDialog::updateSummary()
{
    const QString end = plannedEnd().toString(QStringLiteral("yyyy-MM-dd"));
    if (m_mode == Mode::FirstTerm)
        m_summary->setText(tr("Term %1 runs from %2 to %3 (%4 years, from the settings).")
                               .arg(termNumber())
                               .arg(date().toString(QStringLiteral("yyyy-MM-dd")), end)
                               .arg(m_termYears));
    else
        m_summary->setText(carryOver() ? tr("The new terms run until %1. Everybody who holds a post now is "
                                            "entered again from %2.")
                                             .arg(end, date().toString(QStringLiteral("yyyy-MM-dd")))
                                       : tr("The new terms run until %1 and start without members: enter the "
                                            "elected members on the members tab.")
                                             .arg(end));
}

} // namespace tl::ui
