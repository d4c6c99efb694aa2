#include "villages/VillageDialog.h"

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
    Village v = m_form->village();
    const Saved saved = VillageRepository(m_context->ledger()).insert(v);
    if (!saved.ok()) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not saved: %1").arg(saved.message()));
        return;
    }
    m_villageId = saved.id;
    v.id = saved.id;
    Ledger *ledger = &m_context->ledger();
    // Undo removes the new village; redo puts it back with the same id (insert keeps a set id).
    m_context->recordDone(
        tr("Add village %1").arg(v.name.trimmed()), LedgerContext::Change::Villages, saved.id,
        [ledger, v](QString *error) {
            const Saved s = VillageRepository(*ledger).insert(v);
            if (!s.ok() && error)
                *error = s.message();
            return s.ok();
        },
        [ledger, id = saved.id](QString *error) { return VillageRepository(*ledger).remove(id, error); });
    QDialog::accept();
}

} // namespace tl::ui
