#include "disclosures/BatchNoticesDialog.h"

#include "shell/LedgerContext.h"
#include "disclosures/NoticePrinter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

BatchNoticesDialog::BatchNoticesDialog(LedgerContext *context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("BatchNoticesDialog"));
    setWindowTitle(tr("Notices due for the township"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(0, 90);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    auto *daysLabel = new QLabel(tr("Notices due in the &next:"), this);
    daysLabel->setBuddy(m_days);
    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("windowLabel"));
    m_window->setStyleSheet(QStringLiteral("color: #5f6368;"));
    top->addWidget(daysLabel);
    top->addWidget(m_days);
    top->addWidget(m_window, 1);
    layout->addLayout(top);

    auto *selection = new QHBoxLayout;
    auto *all = new QPushButton(tr("Select &all"), this);
    all->setObjectName(QStringLiteral("selectAllButton"));
    auto *none = new QPushButton(tr("Select n&one"), this);
    none->setObjectName(QStringLiteral("selectNoneButton"));
    for (QPushButton *b : {all, none})
        b->setAutoDefault(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    selection->addWidget(all);
    selection->addWidget(none);
    selection->addStretch(1);
    selection->addWidget(m_count);
    layout->addLayout(selection);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("noticesList"));
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 3);

    m_problemsLabel = new QLabel(tr("These notices cannot be made yet:"), this);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #c5221f; font-weight: bold;"));
    m_problemsList = new QListWidget(this);
    m_problemsList->setObjectName(QStringLiteral("problemsList"));
    m_problemsList->setWordWrap(true);
    m_problemsList->setStyleSheet(QStringLiteral("QListWidget { color: #c5221f; }"));
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemsList, 1);

    auto *note = new QLabel(tr("One notice per page, A4 in the official layout; ID and private phone numbers are masked."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("savePdfButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_days, &QSpinBox::valueChanged, this, &BatchNoticesDialog::refresh);
    connect(m_list, &QListWidget::itemChanged, this, &BatchNoticesDialog::updateButtons);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_preview, &QPushButton::clicked, this, [this] { NoticePrinter::preview(this, m_context, checkedNotices()); });
    connect(m_print, &QPushButton::clicked, this, [this] { NoticePrinter::print(this, m_context, checkedNotices()); });
    connect(m_save, &QPushButton::clicked, this, [this] { NoticePrinter::savePdf(this, m_context, checkedNotices()); });

    resize(760, 560);
    refresh();
}

void BatchNoticesDialog::setDays(int days)
{
    m_days->setValue(days); // refreshes when it changes
}

void BatchNoticesDialog::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QDate today = m_context->today();
    m_problems.clear();
    m_notices = NoticeBuilder::dueWithin(m_context->ledger(), today, m_days->value(), &m_problems);
    QApplication::restoreOverrideCursor();
    m_window->setText(tr("from %1 to %2, and those already late").arg(today.toString(Qt::ISODate),
                                                                     today.addDays(m_days->value()).toString(Qt::ISODate)));
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const NoticeDocument &n : m_notices) {
        auto *it = new QListWidgetItem(n.name.isEmpty() || n.name == n.title ? n.title : tr("%1 — %2").arg(n.name, n.title), m_list);
        it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        it->setCheckState(Qt::Checked);
        it->setToolTip(tr("Issued by %1, %2").arg(n.issuer, n.date));
    }
    if (m_notices.isEmpty()) {
        auto *it = new QListWidgetItem(tr("No notice is due in this window."), m_list);
        it->setFlags(Qt::NoItemFlags);
    }
    m_problemsList->clear();
    m_problemsList->addItems(m_problems);
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    m_problemsList->setVisible(!m_problems.isEmpty());
    updateButtons();
}

QList<NoticeDocument> BatchNoticesDialog::checkedNotices() const
{
    QList<NoticeDocument> out;
    for (int i = 0; i < m_list->count() && i < m_notices.size(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_notices[i];
    return out;
}

void BatchNoticesDialog::updateButtons()
{
    const int n = int(checkedNotices().size());
    m_count->setText(tr("%1 of %2 selected").arg(n).arg(m_notices.size()));
    for (QPushButton *b : {m_preview, m_print, m_save})
        b->setEnabled(n > 0);
}

} // namespace tl::ui
