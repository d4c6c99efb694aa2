#include "shell/TownshipDialog.h"

#include "model/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

TownshipDialog::TownshipDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_county(new QLineEdit)
    , m_clerk(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(mode == Mode::NewLedger ? tr("New ledger") : tr("Township information"));
    m_name->setPlaceholderText(tr("e.g. Qingshan Town"));
    m_county->setPlaceholderText(tr("the county or district above the township"));
    m_clerk->setPlaceholderText(tr("who keeps this ledger"));
    m_phone->setPlaceholderText(tr("office phone, e.g. 0539-1234567"));
    for (QLineEdit *e : { m_name, m_county, m_clerk, m_phone })
        e->setMinimumWidth(280);

    auto *form = new QFormLayout;
    form->addRow(tr("&Township name:"), m_name);
    form->addRow(tr("&County:"), m_county);
    form->addRow(tr("C&lerk:"), m_clerk);
    form->addRow(tr("&Phone:"), m_phone);

    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::NewLedger) {
        auto *intro = new QLabel(tr("A ledger keeps the records of one township. Enter the township; "
                                    "you choose where to save the file next."));
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TownshipDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TownshipDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TownshipDialog::updateOk);
    updateOk();
}

void TownshipDialog::setTownship(const Township &township)
{
    m_original = township;
    m_name->setText(township.name);
    m_county->setText(township.county);
    m_clerk->setText(township.clerk);
    m_phone->setText(township.phone);
}

Township TownshipDialog::township() const
{
    Township t = m_original;
    t.name = m_name->text().trimmed();
    t.county = m_county->text().trimmed();
    t.clerk = m_clerk->text().trimmed();
    t.phone = m_phone->text().trimmed();
    return t;
}

void TownshipDialog::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : { m_name, m_county, m_clerk, m_phone })
        e->setReadOnly(readOnly);
    m_buttons->setStandardButtons(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
}

void TownshipDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    // The phone is optional, but when given it must be one a villager could dial.
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty()) {
        QString normalized, error;
        if (!Validators::checkPhone(phone, &normalized, &error)) {
            m_error->setText(tr("Phone: %1").arg(error));
            m_error->show();
            m_phone->setFocus();
            return;
        }
        m_phone->setText(normalized);
    }
    QDialog::accept();
}

void TownshipDialog::updateOk()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace tl::ui
