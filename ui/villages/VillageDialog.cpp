#include "villages/VillageDialog.h"

#include "edits/VillageEdits.h"
#include "common/FieldStyle.h"
#include "shell/LedgerContext.h"
#include "villages/VillageForm.h"
#include "model/VillageRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

VillageDialog::VillageDialog(LedgerContext *context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("VillageDialog"));
    setWindowTitle(tr("Add village"));
    auto *layout = new QVBoxLayout(this);
    m_form = new VillageForm(context, this);
    m_form->setVillage(Village{});
    layout->addWidget(m_form);
    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);
    // The refusal is about the last Save; once the fields are fine again it no longer applies.
    connect(m_form, &VillageForm::edited, this, [this] {
        if (m_refusal->isVisible() && m_form->validate().isEmpty())
            FieldStyle::setError(nullptr, m_refusal, QString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!context->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &VillageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void VillageDialog::accept()
{
    if (m_context->isReadOnly())
        return;
    if (!m_form->validate().isEmpty()) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not saved: correct the marked fields first."));
        return;
    }
    const Result<qint64> added = edits::addVillage(m_context->ledger(), m_form->village());
    if (!added) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not saved: %1").arg(added.message()));
        return;
    }
    m_villageId = *added;
    QDialog::accept();
}

} // namespace tl::ui
