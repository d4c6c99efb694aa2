#include "disclosures/NoticeTemplatesDialog.h"

#include "common/FieldStyle.h"
#include "edits/DisclosureEdits.h"
#include "shell/LedgerContext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
const NoticeKind kKinds[] = {NoticeKind::Resolution, NoticeKind::Result, NoticeKind::Finance, NoticeKind::General};
}

QString NoticeTemplatesDialog::describe(const QString &p)
{
    static const QHash<QString, const char *> text{
        {QStringLiteral("village"), QT_TR_NOOP("name of the village")},
        {QStringLiteral("township"), QT_TR_NOOP("name of the township")},
        {QStringLiteral("issuer"), QT_TR_NOOP("issuing body, e.g. the villagers' committee")},
        {QStringLiteral("date"), QT_TR_NOOP("date of issue")},
        {QStringLiteral("period_start"), QT_TR_NOOP("first day of the disclosure")},
        {QStringLiteral("period_end"), QT_TR_NOOP("last day of the disclosure")},
        {QStringLiteral("supervision_phone"), QT_TR_NOOP("telephone of the supervision committee")},
        {QStringLiteral("matter"), QT_TR_NOOP("title of the matter")},
        {QStringLiteral("category"), QT_TR_NOOP("category of the matter")},
        {QStringLiteral("amount"), QT_TR_NOOP("amount in yuan")},
        {QStringLiteral("amount_clause"), QT_TR_NOOP("\", amount … yuan\" after the category; nothing when the matter has no amount")},
        {QStringLiteral("meetings"), QT_TR_NOOP("the meetings with their counts (a list)")},
        {QStringLiteral("outcome"), QT_TR_NOOP("adopted or not adopted")},
        {QStringLiteral("resolution_date"), QT_TR_NOOP("date of the resolution")},
        {QStringLiteral("description"), QT_TR_NOOP("description of the matter")},
        {QStringLiteral("result"), QT_TR_NOOP("summary of the result")},
        {QStringLiteral("title"), QT_TR_NOOP("title of the disclosure")},
        {QStringLiteral("period"), QT_TR_NOOP("month or quarter covered")},
        {QStringLiteral("content"), QT_TR_NOOP("content of the disclosure")},
        {QStringLiteral("items_table"), QT_TR_NOOP("table of income and expense items (own paragraph)")},
        {QStringLiteral("income_total"), QT_TR_NOOP("total income in yuan")},
        {QStringLiteral("expense_total"), QT_TR_NOOP("total expenses in yuan")},
        {QStringLiteral("kind"), QT_TR_NOOP("party affairs or village affairs")},
    };
    const char *t = text.value(p, nullptr);
    return t ? tr(t) : QString();
}

NoticeTemplatesDialog::NoticeTemplatesDialog(LedgerContext *context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("NoticeTemplatesDialog"));
    setWindowTitle(tr("Notice templates"));
    for (NoticeKind k : kKinds) {
        m_original.insert(int(k), NoticeTemplates::load(context->ledger(), k));
        m_edited.insert(int(k), m_original.value(int(k)));
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The wording of the printed notices. Text in {{double braces}} is filled in from the "
                                "records; blank lines separate paragraphs. ID and private phone numbers are masked."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);
    m_kinds = new QListWidget(splitter);
    m_kinds->setObjectName(QStringLiteral("kindList"));
    for (NoticeKind k : kKinds) {
        auto *it = new QListWidgetItem(NoticeTemplates::kindName(k), m_kinds);
        it->setData(Qt::UserRole, int(k));
    }

    auto *editor = new QWidget(splitter);
    auto *el = new QVBoxLayout(editor);
    el->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(editor);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("&Title:"), m_title);
    el->addLayout(form);
    auto *bodyLabel = new QLabel(tr("Te&xt:"), editor);
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true);
    bodyLabel->setBuddy(m_body);
    el->addWidget(bodyLabel);
    el->addWidget(m_body, 1);
    m_error = new QLabel(editor);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c5221f; font-weight: bold;"));
    m_error->hide();

    auto *side = new QWidget(splitter);
    auto *sl = new QVBoxLayout(side);
    sl->setContentsMargins(0, 0, 0, 0);
    auto *phLabel = new QLabel(tr("&Placeholders (double-click to insert):"), side);
    phLabel->setWordWrap(true);
    m_placeholders = new QListWidget(side);
    m_placeholders->setObjectName(QStringLiteral("placeholdersList"));
    phLabel->setBuddy(m_placeholders);
    sl->addWidget(phLabel);
    sl->addWidget(m_placeholders, 1);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({200, 560, 320});
    // Under the editors at full width, so a long reason wraps instead of being cut off.
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!context->isReadOnly());
    m_restore = m_buttons->addButton(tr("&Restore default"), QDialogButtonBox::ResetRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put back the program's wording for this kind of notice"));
    m_restore->setAutoDefault(false);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoticeTemplatesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &NoticeTemplatesDialog::restoreDefault);
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showKind(kKinds[row]);
    });
    connect(m_title, &QLineEdit::textChanged, this, &NoticeTemplatesDialog::checkNow);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoticeTemplatesDialog::checkNow);
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem *it) {
        const QString text = QStringLiteral("{{%1}}").arg(it->data(Qt::UserRole).toString());
        if (m_title->hasFocus())
            m_title->insert(text);
        else {
            m_body->insertPlainText(text);
            m_body->setFocus();
        }
    });

    m_kinds->setCurrentRow(0);
    resize(980, 620);
}

NoticeKind NoticeTemplatesDialog::currentKind() const
{
    return m_shown >= 0 ? NoticeKind(m_shown) : NoticeKind::Resolution;
}

void NoticeTemplatesDialog::selectKind(NoticeKind kind)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i)
        if (kKinds[i] == kind)
            m_kinds->setCurrentRow(i);
}

void NoticeTemplatesDialog::store()
{
    if (m_shown < 0)
        return;
    NoticeTemplate &t = m_edited[m_shown];
    t.title = m_title->text();
    t.body = m_body->toPlainText();
}

void NoticeTemplatesDialog::showKind(NoticeKind kind)
{
    store();
    m_shown = int(kind);
    const NoticeTemplate t = m_edited.value(int(kind));
    m_loading = true;
    m_title->setText(t.title);
    m_body->setPlainText(t.body);
    m_loading = false;
    m_placeholders->clear();
    for (const QString &p : NoticeTemplates::placeholders(kind)) {
        auto *it = new QListWidgetItem(QStringLiteral("{{%1}}").arg(p), m_placeholders);
        it->setData(Qt::UserRole, p);
        const QString d = describe(p);
        it->setToolTip(d);
        if (!d.isEmpty())
            it->setText(QStringLiteral("{{%1}}  %2").arg(p, d));
    }
    checkNow();
}

QString NoticeTemplatesDialog::problem() const
{
    NoticeTemplate t;
    t.kind = currentKind();
    t.title = m_title->text();
    t.body = m_body->toPlainText();
    return NoticeTemplates::check(t);
}

void NoticeTemplatesDialog::checkNow()
{
    if (m_loading)
        return;
    store();
    const QString p = problem();
    m_error->setText(p.isEmpty() ? QString() : tr("This template cannot be used: %1").arg(p));
    m_error->setVisible(!p.isEmpty());
    // Mark the field that holds the problem.
    const bool titleBroken = !NoticeTemplates::check(NoticeTemplate{currentKind(), m_title->text(), QStringLiteral("x")}).isEmpty();
    FieldStyle::setError(m_title, nullptr, titleBroken ? p : QString());
    FieldStyle::setError(m_body, nullptr, !titleBroken ? p : QString());
    // Mark the kinds whose template is broken in the list.
    for (int i = 0; i < m_kinds->count(); ++i) {
        const NoticeTemplate t = m_edited.value(int(kKinds[i]));
        const bool broken = !NoticeTemplates::check(t).isEmpty();
        m_kinds->item(i)->setForeground(broken ? QColor(0xc5, 0x22, 0x1f) : palette().text().color());
        const bool changed = t.title != m_original.value(int(kKinds[i])).title || t.body != m_original.value(int(kKinds[i])).body;
        m_kinds->item(i)->setText(NoticeTemplates::kindName(kKinds[i]) + (changed ? tr(" (changed)") : QString()));
    }
}

void NoticeTemplatesDialog::restoreDefault()
{
    const NoticeTemplate d = NoticeTemplates::defaults(currentKind());
    m_title->setText(d.title);
    m_body->setPlainText(d.body);
    checkNow();
}

void NoticeTemplatesDialog::accept()
{
    store();
    QList<NoticeTemplate> changed;
    for (NoticeKind k : kKinds) {
        const NoticeTemplate t = m_edited.value(int(k));
        const NoticeTemplate o = m_original.value(int(k));
        if (t.title == o.title && t.body == o.body)
            continue;
        const QString p = NoticeTemplates::check(t);
        if (!p.isEmpty()) {
            selectKind(k);
            m_error->setText(tr("Not saved. The template of the %1 cannot be used: %2").arg(NoticeTemplates::kindName(k), p));
            m_error->show();
            m_body->setFocus();
            return;
        }
        changed << t;
    }
    if (changed.isEmpty()) {
        QDialog::accept();
        return;
    }
    const Result<void> result = edits::saveNoticeTemplates(m_context->ledger(), changed);
    if (!result) {
        m_error->setText(tr("The templates were not saved: %1").arg(result.message()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
