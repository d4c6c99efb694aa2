#include "matters/MatterDialog.h"

#include "common/FieldStyle.h"
#include "shell/LedgerContext.h"
#include "common/MoneyText.h"
#include "edits/MatterEdits.h"
#include "model/VillageRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QShowEvent>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *e = new QDateEdit(parent);
    e->setObjectName(objectName);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setCalendarPopup(true);
    e->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    return e;
}

QWidget *withError(QWidget *field, QLabel **error, const QString &name, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    field->setParent(box);
    v->addWidget(field);
    *error = FieldStyle::createErrorLabel(box, name);
    box->setFocusProxy(field); // a label's mnemonic (buddy = this box) lands in the field
    v->addWidget(*error);
    return box;
}
} // namespace

MatterDialog::MatterDialog(LedgerContext *context, qint64 villageId, qint64 matterId, QWidget *parent)
    : HeightFittingDialog(parent), m_context(context), m_villageId(villageId), m_matterId(matterId)
{
    setObjectName(QStringLiteral("MatterDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (matterId > 0)
        m_stored = MatterRepository(context->ledger()).get(matterId);
    if (m_stored)
        m_villageId = m_stored->villageId;
    const QString village = VillageRepository(context->ledger()).get(m_villageId).value_or(Village{}).name;
    setWindowTitle(m_stored ? tr("Edit matter – %1").arg(village) : tr("New matter – %1").arg(village));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(4);
    layout->addLayout(form);

    QLabel *error = nullptr;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(100);
    m_title->setPlaceholderText(tr("e.g. hardening of the village road"));
    form->addRow(tr("&Title:"), withError(m_title, &error, QStringLiteral("titleError"), this));
    m_fields.insert(QStringLiteral("title"), {m_title, error});

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const QString &code : MatterText::categoryCodes())
        m_category->addItem(MatterText::category(code), code);
    form->addRow(tr("&Category:"), withError(m_category, &error, QStringLiteral("categoryError"), this));
    m_fields.insert(QStringLiteral("category"), {m_category, error});

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("0.00"));
    m_amount->setToolTip(tr("In yuan with up to two decimals, e.g. 860000.00; \"86万\" is read as 860,000.00"));
    m_amountHint = new QLabel(this);
    m_amountHint->setObjectName(QStringLiteral("amountHint"));
    m_amountHint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *amountRow = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(withError(m_amount, &error, QStringLiteral("amountError"), amountRow), 1);
    amountLayout->addWidget(m_amountHint, 1, Qt::AlignTop);
    form->addRow(tr("&Amount (yuan):"), amountRow);
    m_fields.insert(QStringLiteral("amount"), {m_amount, error});

    m_proposer = new QLineEdit(this);
    m_proposer->setObjectName(QStringLiteral("proposerEdit"));
    m_proposer->setMaxLength(60);
    m_proposer->setPlaceholderText(tr("who raised it, e.g. the village party branch or ten villagers jointly"));
    form->addRow(tr("&Proposed by:"), m_proposer);

    // 动议事由: why the matter was moved, one of three the county templates name (or not recorded).
    m_motionSource = new QComboBox(this);
    m_motionSource->setObjectName(QStringLiteral("motionSourceCombo"));
    m_motionSource->addItem(tr("(not recorded)"), QString());
    for (const QString &code : MatterText::motionSources())
        m_motionSource->addItem(MatterText::motionSource(code), code);
    form->addRow(tr("Reason for the &motion:"), withError(m_motionSource, &error, QStringLiteral("motionSourceError"), this));
    m_fields.insert(QStringLiteral("motionSource"), {m_motionSource, error});

    // A tick says whether a completion date is planned at all: many decisions have none.
    m_plannedSet = new QCheckBox(tr("P&lanned completion:"), this);
    m_plannedSet->setObjectName(QStringLiteral("plannedCheck"));
    m_planned = dateEdit(QStringLiteral("plannedEdit"), this);
    m_planned->setToolTip(tr("When the work should be finished; the result must be disclosed within the set days after it"));
    form->addRow(m_plannedSet, m_planned);
    connect(m_plannedSet, &QCheckBox::toggled, m_planned, &QWidget::setEnabled);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().height() * 4 + 12);
    m_description->setPlaceholderText(tr("What is to be decided, why, and how it will be paid for"));
    form->addRow(tr("&Description:"), m_description);

    if (m_stored) {
        auto *box = new QGroupBox(tr("Withdrawal"), this);
        auto *wf = new QFormLayout(box);
        wf->setLabelAlignment(Qt::AlignRight);
        m_withdrawn = new QCheckBox(tr("The matter was &withdrawn"), box);
        m_withdrawn->setObjectName(QStringLiteral("withdrawnCheck"));
        m_withdrawnOn = dateEdit(QStringLiteral("withdrawnOnEdit"), box);
        m_withdrawnReason = new QLineEdit(box);
        m_withdrawnReason->setObjectName(QStringLiteral("withdrawnReasonEdit"));
        m_withdrawnReason->setPlaceholderText(tr("why it was withdrawn"));
        wf->addRow(m_withdrawn);
        wf->addRow(tr("O&n:"), m_withdrawnOn);
        wf->addRow(tr("&Reason:"), withError(m_withdrawnReason, &error, QStringLiteral("withdrawnReasonError"), box));
        m_fields.insert(QStringLiteral("withdrawnReason"), {m_withdrawnReason, error});
        auto *note = new QLabel(tr("A withdrawn matter stops: no further steps are expected or recorded."), box);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #5f6368;"));
        wf->addRow(note);
        layout->addWidget(box);
        connect(m_withdrawn, &QCheckBox::toggled, this, [this](bool on) {
            m_withdrawnOn->setEnabled(on);
            m_withdrawnReason->setEnabled(on);
            if (on)
                m_withdrawnReason->setFocus();
        });
    }

    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter saves
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!context->isReadOnly());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MatterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &MatterDialog::updateAmountHint);
    // A refused field loses its mark as soon as the clerk changes it (the amount is checked live).
    connect(m_title, &QLineEdit::textChanged, this, [this] {
        const auto &[field, label] = m_fields.value(QStringLiteral("title"));
        FieldStyle::setError(field, label, QString());
    });
    if (m_withdrawnReason)
        connect(m_withdrawnReason, &QLineEdit::textChanged, this, [this] {
            const auto &[field, label] = m_fields.value(QStringLiteral("withdrawnReason"));
            FieldStyle::setError(field, label, QString());
        });
    QWidget *order[] = {m_title, m_category, m_amount, m_proposer, m_motionSource, m_plannedSet, m_planned, m_description};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    if (m_withdrawn) {
        setTabOrder(m_description, m_withdrawn);
        setTabOrder(m_withdrawn, m_withdrawnOn);
        setTabOrder(m_withdrawnOn, m_withdrawnReason);
    }

    load();
    setMinimumWidth(560);
    m_title->setFocus();
}

void MatterDialog::load()
{
    const Matter m = m_stored.value_or(Matter{});
    m_title->setText(m.title);
    m_category->setCurrentIndex(std::max(0, m_category->findData(m.category.isEmpty() ? QStringLiteral("decision") : m.category)));
    m_amount->setText(m.amountFen > 0 ? MoneyText::formatYuan(m.amountFen, false) : QString());
    m_proposer->setText(m.proposer);
    m_motionSource->setCurrentIndex(std::max(0, m_motionSource->findData(m.motionSource)));
    m_plannedSet->setChecked(m.plannedCompletion.isValid());
    m_planned->setDate(m.plannedCompletion.isValid() ? m.plannedCompletion : m_context->today().addMonths(3));
    m_planned->setEnabled(m.plannedCompletion.isValid());
    m_description->setPlainText(m.description);
    if (m_withdrawn) {
        m_withdrawn->setChecked(m.withdrawnOn.isValid());
        m_withdrawnOn->setDate(m.withdrawnOn.isValid() ? m.withdrawnOn : m_context->today());
        m_withdrawnReason->setText(m.withdrawnReason);
        m_withdrawnOn->setEnabled(m.withdrawnOn.isValid());
        m_withdrawnReason->setEnabled(m.withdrawnOn.isValid());
    }
    updateAmountHint();
}

void MatterDialog::updateAmountHint()
{
    // Echo the amount as it will be stored, so "86万" or a pasted "８６０，０００" is confirmed.
    QString error;
    const std::optional<qint64> fen = MoneyText::parseYuan(m_amount->text(), &error);
    const auto &[field, label] = m_fields.value(QStringLiteral("amount"));
    if (!fen) {
        FieldStyle::setError(field, label, error);
        m_amountHint->clear();
        fitHeight();
        return;
    }
    FieldStyle::setError(field, label, QString());
    m_amountHint->setText(*fen > 0 ? tr("= %1 yuan").arg(MoneyText::formatYuan(*fen)) : QString());
}

bool MatterDialog::currentMatter(Matter *matter, QString *amountError) const
{
    Matter m = m_stored.value_or(Matter{});
    m.villageId = m_villageId;
    m.title = m_title->text();
    m.category = m_category->currentData().toString();
    m.proposer = m_proposer->text();
    m.motionSource = m_motionSource->currentData().toString();
    m.plannedCompletion = m_plannedSet->isChecked() ? m_planned->date() : QDate();
    m.description = m_description->toPlainText().trimmed();
    if (m_withdrawn) {
        m.withdrawnOn = m_withdrawn->isChecked() ? m_withdrawnOn->date() : QDate();
        m.withdrawnReason = m_withdrawn->isChecked() ? m_withdrawnReason->text().trimmed() : QString();
    }
    const std::optional<qint64> fen = MoneyText::parseYuan(m_amount->text(), amountError);
    if (fen)
        m.amountFen = *fen;
    *matter = m;
    return fen.has_value();
}

void MatterDialog::showErrors(const FieldErrors &errors)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        FieldStyle::setError(it.value().first, it.value().second, FieldStyle::messagesFor(errors, it.key()));
    QStringList other;
    for (const FieldError &e : errors)
        if (!m_fields.contains(e.field))
            other << e.message;
    FieldStyle::setError(nullptr, m_refusal, other.join(QLatin1Char('\n')));
    fitHeight();
    for (const FieldError &e : errors) {
        const auto it = m_fields.constFind(e.field);
        if (it != m_fields.cend()) {
            it.value().first->setFocus();
            break;
        }
    }
}

bool MatterDialog::save()
{
    if (m_context->isReadOnly())
        return false;
    Matter m;
    QString amountError;
    if (!currentMatter(&m, &amountError)) {
        showErrors({{QStringLiteral("amount"), amountError}});
        return false;
    }
    Ledger &ledger = m_context->ledger();
    Result<qint64> result = m_stored ? Result<qint64>(m.id) : Result<qint64>(0);
    if (m_stored) {
        const Result<void> edited = edits::editMatter(ledger, m);
        if (!edited)
            result = edited.error();
    } else {
        result = edits::addMatter(ledger, m);
    }
    if (!result) {
        showErrors(result.error().fields.isEmpty() ? FieldErrors{{QString(), result.message()}} : result.error().fields);
        return false;
    }
    showErrors({});
    m_matterId = *result;
    Q_EMIT saved(m_matterId);
    return true;
}

void MatterDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tl::ui
