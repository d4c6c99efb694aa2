#include "villages/VillageForm.h"

#include "common/FieldStyle.h"
#include "shell/LedgerContext.h"
#include "model/VillageRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

VillageForm::VillageForm(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("villageNameEdit"));
    m_name->setMaxLength(60);
    m_creditCode = new QLineEdit(this);
    m_creditCode->setObjectName(QStringLiteral("creditCodeEdit"));
    m_creditCode->setMaxLength(30);
    m_creditCode->setPlaceholderText(tr("18 characters, begins with 5"));
    m_groups = spin(200);
    m_households = spin(100'000);
    m_registered = spin(500'000);
    m_resident = spin(500'000);
    m_partyMembers = spin(20'000);
    m_representatives = spin(2'000);
    m_income = new QLineEdit(this);
    m_income->setObjectName(QStringLiteral("incomeEdit"));
    m_income->setAlignment(Qt::AlignRight);
    m_income->setMaximumWidth(160);
    m_income->setToolTip(tr("Collective economy income per year, in 10,000 yuan (万元), e.g. 12.50"));
    m_stars = new QComboBox(this);
    m_stars->addItem(tr("Not rated"));
    for (int n = 1; n <= 5; ++n)
        m_stars->addItem(QString(n, QChar(0x2605)) + QString(5 - n, QChar(0x2606)));
    m_stars->setMaximumWidth(160);
    m_weak = new QCheckBox(tr("Weak and lax, under rectification"), this);
    m_model = new QCheckBox(tr("Model village"), this);
    m_ruleOfLaw = new QCheckBox(tr("Democracy and rule-of-law model village"), this);
    m_supervisionPhone = new QLineEdit(this);
    m_supervisionPhone->setObjectName(QStringLiteral("supervisionPhoneEdit"));
    m_supervisionPhone->setPlaceholderText(tr("mobile or 0539-1234567"));
    m_note = new QLineEdit(this);

    auto *incomeUnit = new QLabel(tr("10,000 yuan"), this);

    form->addRow(tr("Village &name:"), row(m_name, QStringLiteral("name")));
    form->addRow(tr("&Credit code:"), row(m_creditCode, QStringLiteral("creditCode")));
    form->addRow(tr("Villager &groups:"), row(m_groups, QStringLiteral("groups")));
    form->addRow(tr("&Households:"), row(m_households, QStringLiteral("households")));
    form->addRow(tr("&Registered population:"), row(m_registered, QStringLiteral("registeredPopulation")));
    form->addRow(tr("Resi&dent population:"), row(m_resident, QStringLiteral("residentPopulation")));
    form->addRow(tr("&Party members (full, with a vote):"), row(m_partyMembers, QStringLiteral("partyMembers")));
    form->addRow(tr("Villager re&presentatives:"), row(m_representatives, QStringLiteral("representatives")));
    form->addRow(tr("Collective &income per year:"), row(m_income, QStringLiteral("incomeYuan"), incomeUnit));
    form->addRow(tr("Party organisation s&tar rating:"), row(m_stars, QStringLiteral("starRating")));
    auto *flags = new QWidget(this);
    auto *flagsLayout = new QVBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    flagsLayout->setSpacing(2);
    flagsLayout->addWidget(m_weak);
    flagsLayout->addWidget(m_model);
    flagsLayout->addWidget(m_ruleOfLaw);
    form->addRow(tr("Flags:"), flags);
    form->addRow(tr("&Supervision committee phone:"), row(m_supervisionPhone, QStringLiteral("supervisionPhone")));
    form->addRow(tr("N&ote:"), row(m_note, QStringLiteral("note")));
    m_otherErrors = FieldStyle::createErrorLabel(this, QStringLiteral("villageFormErrors"));
    form->addRow(m_otherErrors);

    for (QLineEdit *e : {m_name, m_creditCode, m_income, m_supervisionPhone, m_note})
        connect(e, &QLineEdit::textChanged, this, &VillageForm::onEdited);
    for (QSpinBox *s : {m_groups, m_households, m_registered, m_resident, m_partyMembers, m_representatives})
        connect(s, &QSpinBox::valueChanged, this, &VillageForm::onEdited);
    connect(m_stars, &QComboBox::currentIndexChanged, this, &VillageForm::onEdited);
    for (QCheckBox *c : {m_weak, m_model, m_ruleOfLaw})
        connect(c, &QCheckBox::toggled, this, &VillageForm::onEdited);
}

QSpinBox *VillageForm::spin(int max)
{
    auto *s = new QSpinBox(this);
    s->setRange(0, max);
    s->setGroupSeparatorShown(false);
    s->setMinimumWidth(100); // one width for all counts, whatever their range
    s->setMaximumWidth(120);
    s->setAlignment(Qt::AlignRight);
    return s;
}

// The editor, an optional trailing widget (a unit) and the field's error label under them.
QWidget *VillageForm::row(QWidget *editor, const QString &field, QWidget *trailing)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(editor, editor->maximumWidth() < QWIDGETSIZE_MAX ? 0 : 1);
    if (trailing)
        h->addWidget(trailing);
    if (editor->maximumWidth() < QWIDGETSIZE_MAX)
        h->addStretch(1);
    v->addLayout(h);
    QLabel *error = FieldStyle::createErrorLabel(box, field + QStringLiteral("Error"));
    v->addWidget(error);
    m_fields.insert(field, Field{editor, error});
    return box;
}

void VillageForm::setVillage(const Village &v)
{
    m_loading = true;
    m_stored = v;
    m_name->setText(v.name);
    m_creditCode->setText(v.creditCode);
    m_groups->setValue(v.groups);
    m_households->setValue(v.households);
    m_registered->setValue(v.registeredPopulation);
    m_resident->setValue(v.residentPopulation);
    m_partyMembers->setValue(v.partyMembers);
    m_representatives->setValue(v.representatives);
    m_income->setText(formatWan(v.incomeYuan));
    m_stars->setCurrentIndex(qBound(0, v.starRating, 5));
    m_weak->setChecked(v.weak);
    m_model->setChecked(v.modelVillage);
    m_ruleOfLaw->setChecked(v.ruleOfLawModel);
    m_supervisionPhone->setText(v.supervisionPhone);
    m_note->setText(v.note);
    m_loading = false;
    m_modified = false;
    validate();
}

Village VillageForm::village() const
{
    Village v = m_stored;
    v.name = m_name->text();
    v.creditCode = m_creditCode->text();
    v.groups = m_groups->value();
    v.households = m_households->value();
    v.registeredPopulation = m_registered->value();
    v.residentPopulation = m_resident->value();
    v.partyMembers = m_partyMembers->value();
    v.representatives = m_representatives->value();
    qint64 yuan = 0;
    if (parseWan(m_income->text(), &yuan))
        v.incomeYuan = yuan;
    v.starRating = m_stars->currentIndex();
    v.weak = m_weak->isChecked();
    v.modelVillage = m_model->isChecked();
    v.ruleOfLawModel = m_ruleOfLaw->isChecked();
    v.supervisionPhone = m_supervisionPhone->text();
    v.note = m_note->text();
    return v;
}

FieldErrors VillageForm::validate()
{
    Village copy = village();
    FieldErrors errors = VillageRepository(m_context->ledger()).validate(copy);
    QString incomeError;
    qint64 yuan = 0;
    if (!parseWan(m_income->text(), &yuan, &incomeError))
        errors << FieldError{QStringLiteral("incomeYuan"), tr("Collective income: %1").arg(incomeError)};

    QStringList unplaced;
    for (const FieldError &e : errors)
        if (!m_fields.contains(e.field))
            unplaced << e.message;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        FieldStyle::setError(it->editor, it->error, FieldStyle::messagesFor(errors, it.key()));
    FieldStyle::setError(nullptr, m_otherErrors, unplaced.join(QLatin1Char('\n')));
    return errors;
}

void VillageForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_name, m_creditCode, m_income, m_supervisionPhone, m_note})
        e->setReadOnly(readOnly);
    for (QSpinBox *s : {m_groups, m_households, m_registered, m_resident, m_partyMembers, m_representatives})
        s->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_stars, m_weak, m_model, m_ruleOfLaw})
        w->setEnabled(!readOnly);
}

void VillageForm::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    validate();
    Q_EMIT edited();
}

bool VillageForm::parseWan(const QString &text, qint64 *yuan, QString *error)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    t.replace(QChar(0xFF0E), QLatin1Char('.')); // full-width full stop from Chinese input methods
    for (QChar &c : t)
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + '0');
    if (t.isEmpty()) {
        *yuan = 0;
        return true;
    }
    static const QRegularExpression re(QStringLiteral("^(-?)([0-9]{1,7})(?:\\.([0-9]*))?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) {
        if (error)
            *error = tr("enter an amount in 10,000 yuan, such as 12.50");
        return false;
    }
    QString fraction = m.captured(3);
    if (fraction.size() > 4) {
        if (error)
            *error = tr("at most 4 decimals (0.0001 = 1 yuan)");
        return false;
    }
    fraction = fraction.leftJustified(4, QLatin1Char('0'));
    const qint64 value = m.captured(2).toLongLong() * 10'000 + fraction.toLongLong();
    *yuan = m.captured(1).isEmpty() ? value : -value;
    return true;
}

QString VillageForm::formatWan(qint64 yuan)
{
    const bool negative = yuan < 0;
    const qint64 a = negative ? -yuan : yuan;
    const qint64 whole = a / 10'000;
    const qint64 rest = a % 10'000;
    QString s = QString::number(whole) + QLatin1Char('.');
    if (rest % 100 == 0)
        s += QStringLiteral("%1").arg(rest / 100, 2, 10, QLatin1Char('0'));
    else
        s += QStringLiteral("%1").arg(rest, 4, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

} // namespace tl::ui
