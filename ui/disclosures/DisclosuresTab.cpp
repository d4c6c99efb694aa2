#include "disclosures/DisclosuresTab.h"

#include "disclosures/DisclosureDialog.h"
#include "disclosures/DisclosureModel.h"
#include "shell/LedgerContext.h"
#include "disclosures/NoticePrinter.h"
#include "edits/DisclosureEdits.h"
#include "disclosures/Notices.h"
#include "storage/Settings.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
// Shows the rows of one kind (or all).
class KindFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_kind < 0)
            return true;
        return sourceModel()->index(row, 0, parent).data(DisclosureModel::KindRole).toInt() == m_kind;
    }

private:
    int m_kind = -1;
};
} // namespace

DisclosuresTab::DisclosuresTab(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("DisclosuresTab"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_new = new QPushButton(tr("&New disclosure…"), this);
    m_new->setObjectName(QStringLiteral("newDisclosureButton"));
    m_new->setToolTip(tr("Record a party affairs, village affairs or finance disclosure (Ins)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editDisclosureButton"));
    m_edit->setToolTip(tr("Edit the selected disclosure (Enter or double-click)"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteDisclosureButton"));
    m_delete->setToolTip(tr("Delete a disclosure entered by mistake (Del); Edit > Undo brings it back"));
    m_print = new QPushButton(tr("&Print notice…"), this);
    m_print->setObjectName(QStringLiteral("printNoticeButton"));
    m_print->setToolTip(tr("The printed notice of the selected disclosure for the bulletin board: preview, print or save as PDF"));
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (DisclosureKind k : {DisclosureKind::Finance, DisclosureKind::Affairs, DisclosureKind::Party})
        m_kindFilter->addItem(DisclosureText::kind(k), int(k));
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    top->addSpacing(12);
    top->addWidget(m_print);
    top->addStretch(1);
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_kindFilter);
    top->addWidget(showLabel);
    top->addWidget(m_kindFilter);
    layout->addLayout(top);

    m_model = new DisclosureModel(this);
    auto *proxy = new KindFilter(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DisclosureModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("disclosuresView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = m_view->fontMetrics();
    auto *header = m_view->horizontalHeader();
    const int date = fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 24;
    header->resizeSection(DisclosureModel::Kind, fm.averageCharWidth() * 16);
    header->resizeSection(DisclosureModel::Period, fm.horizontalAdvance(QStringLiteral("0000 Q0 0000")) + 16);
    header->resizeSection(DisclosureModel::Posted, date);
    header->resizeSection(DisclosureModel::Ends, date);
    header->resizeSection(DisclosureModel::Channels, fm.averageCharWidth() * 24);
    header->resizeSection(DisclosureModel::State, fm.averageCharWidth() * 12);
    header->setSectionResizeMode(DisclosureModel::Title, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSortIndicator(DisclosureModel::Period, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_export = TableExporter::addExportAction(m_view, this, [this] {
        const QString village = m_context->villageName(m_villageId);
        if (m_kindFilter->currentData().toInt() < 0)
            return tr("Disclosures – %1").arg(village);
        return tr("Disclosures – %1 – %2", "village, kind of disclosure").arg(village, m_kindFilter->currentText());
    });
    top->addSpacing(12);
    top->addWidget(TableExporter::exportButton(m_export, this));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("disclosuresSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(m_summary);

    connect(m_new, &QPushButton::clicked, this, &DisclosuresTab::newDisclosure);
    connect(m_edit, &QPushButton::clicked, this, &DisclosuresTab::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &DisclosuresTab::deleteCurrent);
    connect(m_print, &QPushButton::clicked, this, &DisclosuresTab::printCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &DisclosuresTab::editCurrent);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->setKind(m_kindFilter->currentData().toInt());
        updateButtons();
        updateSummary();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DisclosuresTab::updateButtons);
    connect(context, &LedgerContext::changed, this, [this](LedgerContext::Change, qint64 villageId) {
        if (villageId != 0 && villageId != m_villageId)
            return;
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
    updateButtons();
}

void DisclosuresTab::setVillage(qint64 villageId)
{
    if (villageId != m_villageId) {
        m_villageId = villageId;
        m_wanted = 0;
    }
    reload();
}

void DisclosuresTab::reload()
{
    m_dirty = false;
    const qint64 keep = m_wanted > 0 ? m_wanted : currentDisclosureId();
    m_wanted = 0;
    Ledger &ledger = m_context->ledger();
    m_model->setRows(m_villageId > 0 ? DisclosureRepository(ledger).ofVillage(m_villageId) : QList<Disclosure>(),
                     SettingsStore(ledger).disclosure(), m_context->today());
    const int row = m_model->rowOfDisclosure(keep);
    QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, DisclosureModel::Title)) : QModelIndex();
    if (!index.isValid() && row >= 0) { // hidden by the kind filter
        m_kindFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, DisclosureModel::Title));
    }
    if (!index.isValid() && m_proxy->rowCount() > 0)
        index = m_proxy->index(0, DisclosureModel::Title);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    updateButtons();
    updateSummary();
}

void DisclosuresTab::focusDisclosure(qint64 id)
{
    m_wanted = id;
    reload();
}

qint64 DisclosuresTab::currentDisclosureId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DisclosureModel::DisclosureIdRole).toLongLong() : 0;
}

void DisclosuresTab::updateButtons()
{
    const bool has = currentDisclosureId() > 0;
    const bool writable = !m_context->isReadOnly();
    m_new->setEnabled(writable && m_villageId > 0);
    m_edit->setEnabled(has);
    m_edit->setText(writable ? tr("&Edit…") : tr("&View…"));
    m_delete->setEnabled(has && writable);
    m_print->setEnabled(has);
}

void DisclosuresTab::updateSummary()
{
    int late = 0, overdue = 0, unposted = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        switch (m_model->state(r)) {
        case DueItem::State::DoneLate: ++late; break;
        case DueItem::State::Overdue: ++overdue; ++unposted; break;
        case DueItem::State::Due: ++unposted; break;
        default: break;
        }
    }
    QString text = tr("Disclosures: %1").arg(m_model->rowCount());
    if (unposted > 0)
        text += tr(" · not posted: %1").arg(unposted);
    if (late > 0)
        text += tr(" · posted late: %1").arg(late);
    if (overdue > 0)
        text += tr(" · overdue: %1").arg(overdue);
    m_summary->setText(text);
}

void DisclosuresTab::newDisclosure()
{
    if (m_villageId <= 0 || m_context->isReadOnly())
        return;
    auto *dialog = new DisclosureDialog(m_context, m_villageId, 0, this);
    connect(dialog, &DisclosureDialog::saved, this, &DisclosuresTab::focusDisclosure);
    dialog->open();
}

void DisclosuresTab::editCurrent()
{
    const qint64 id = currentDisclosureId();
    if (id <= 0)
        return;
    auto *dialog = new DisclosureDialog(m_context, m_villageId, id, this);
    connect(dialog, &DisclosureDialog::saved, this, &DisclosuresTab::focusDisclosure);
    dialog->open();
}

void DisclosuresTab::deleteCurrent()
{
    const qint64 id = currentDisclosureId();
    if (id <= 0 || m_context->isReadOnly())
        return;
    const std::optional<Disclosure> stored = DisclosureRepository(m_context->ledger()).get(id);
    if (!stored)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete disclosure"),
        tr("Delete “%1” (%2, %3) with its %n finance item(s)?\n\nThis is for a disclosure "
           "entered by mistake; Edit > Undo brings it back.",
           nullptr, int(stored->items.size()))
            .arg(stored->title, DisclosureText::kind(stored->kind),
                 DisclosureText::period(stored->kind, stored->periodStart)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Result<void> removed = edits::removeDisclosure(m_context->ledger(), stored->id);
    if (!removed)
        MessageBox::warning(this, tr("Delete disclosure"), tr("“%1” was not deleted: %2").arg(stored->title, removed.message()));
}

void DisclosuresTab::printCurrent()
{
    const qint64 id = currentDisclosureId();
    if (id > 0)
        NoticePrinter::previewDisclosure(this, m_context, id);
}

void DisclosuresTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

bool DisclosuresTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter: editCurrent(); return true;
            case Qt::Key_Insert: newDisclosure(); return true;
            case Qt::Key_Delete: deleteCurrent(); return true;
            default: break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tl::ui
