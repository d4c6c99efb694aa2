#include "grids/HouseholdsPage.h"

#include "grids/HouseholdDialog.h"
#include "grids/HouseholdModel.h"
#include "grids/HouseholdRepository.h"
#include "grids/HouseholdSearch.h"
#include "storage/Ledger.h"
#include "common/TableExporter.h"
#include "model/VillageRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr int kFilterDelayMs = 150;
}

HouseholdsPage::HouseholdsPage(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("HouseholdsPage"));
    m_model = new HouseholdModel(context, this);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Households of the township"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("householdFilter"));
    // Any part of the name, address or group; ID numbers and phones by their first or last digits
    // (HouseholdSearch answers a keystroke over 200,000 households in milliseconds).
    m_filter->setPlaceholderText(tr("Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_village->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &code : HouseholdText::tagCodes())
        m_tag->addItem(HouseholdText::tag(code), code);
    m_gridMode = new QComboBox(this);
    m_gridMode->setObjectName(QStringLiteral("gridModeFilter"));
    m_gridMode->addItem(tr("In a grid or not"), int(HouseholdFilter::GridMode::Any));
    m_gridMode->addItem(tr("In no grid"), int(HouseholdFilter::GridMode::Unassigned));
    m_fullIds = new QCheckBox(tr("Full I&D numbers"), this);
    m_fullIds->setObjectName(QStringLiteral("fullIdsCheck"));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_village);
    filters->addWidget(m_tag);
    filters->addWidget(m_gridMode);
    filters->addWidget(m_fullIds);
    layout->addLayout(filters);

    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editHouseholdButton"));
    m_edit->setToolTip(tr("Edit the selected household (Enter or double-click)"));
    m_show = new QPushButton(tr("Show in &village"), this);
    m_show->setObjectName(QStringLiteral("showInVillageButton"));
    m_show->setToolTip(tr("Open the household on its village's grid tab"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("householdTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false); // 200,000 rows keep the ledger's order
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < HouseholdModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, m_model->columnWidth(c, m_view->fontMetrics()));
    layout->addWidget(m_view, 1);
    // The model lists every id the filter lets through and reads rows in pages: the export reads
    // them all (under a progress dialog that can be cancelled), whatever was scrolled to.
    m_export = TableExporter::addExportAction(m_view, this, [this] {
        if (m_filterTimer.isActive())
            applyFilterNow(); // what the clerk has typed, not what was listed 100 ms ago
        const qint64 village = m_village->currentData().toLongLong();
        QString title = village > 0 ? tr("Households – %1").arg(m_village->currentText()) : tr("Households of the township");
        QStringList filters;
        if (m_tag->currentIndex() > 0)
            filters << m_tag->currentText();
        if (m_gridMode->currentIndex() > 0)
            filters << m_gridMode->currentText();
        // The searched text is not named: it may be an ID number, and file names are seen by all.
        if (!m_filter->text().trimmed().isEmpty())
            filters << tr("searched");
        if (!filters.isEmpty())
            title = tr("%1 (%2)", "title (filters)").arg(title, filters.join(tr(", ", "separator of a list of filters")));
        return title;
    });
    buttons->addWidget(TableExporter::exportButton(m_export, this));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("householdStatus"));
    m_status->setObjectName(QStringLiteral("householdStatus"));
    layout->addWidget(m_status);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(kFilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &HouseholdsPage::applyFilterNow);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        m_view->setFocus();
    });
    connect(m_village, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilterNow);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilterNow);
    connect(m_gridMode, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilterNow);
    connect(m_fullIds, &QCheckBox::toggled, m_model, &HouseholdModel::setShowFullIds);
    connect(m_edit, &QPushButton::clicked, this, &HouseholdsPage::editCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &HouseholdsPage::editCurrent);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (const qint64 id = currentHouseholdId())
            Q_EMIT showInVillageRequested(i.data(HouseholdModel::VillageIdRole).toLongLong(), id);
    });
    auto updateButtons = [this] {
        const bool any = currentHouseholdId() > 0;
        m_edit->setEnabled(any);
        m_show->setEnabled(any);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &HouseholdsPage::editCurrent);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(context, &LedgerContext::changed, this, &HouseholdsPage::onLedgerChanged);
    connect(m_model, &HouseholdModel::searchPendingChanged, this, [this] { updateStatus(); });

    // The list is read when the page is first shown: a window builds its pages at start-up,
    // and the township's ids need not be read for a clerk who never opens this one.
    fillVillages();
    m_stale = true;
    updateButtons();
}

void HouseholdsPage::fillVillages()
{
    const qint64 chosen = m_village->currentData().toLongLong();
    const QSignalBlocker block(m_village);
    m_village->clear();
    m_village->addItem(tr("All villages"), qint64(0));
    for (const Village &v : VillageRepository(m_context->ledger()).all())
        m_village->addItem(v.name, v.id);
    m_village->setCurrentIndex(qMax(0, m_village->findData(chosen)));
}

void HouseholdsPage::applyFilterNow()
{
    m_filterTimer.stop();
    HouseholdFilter f;
    f.villageId = m_village->currentData().toLongLong();
    f.text = m_filter->text().trimmed();
    f.tag = m_tag->currentData().toString();
    f.gridMode = HouseholdFilter::GridMode(m_gridMode->currentData().toInt());
    m_stale = false;
    m_model->setFilter(f);
    // The village column says where each household lives; within one village it says nothing.
    m_view->setColumnHidden(HouseholdModel::Village, f.villageId > 0);
    updateStatus();
}

void HouseholdsPage::reload()
{
    m_reloadPending = false;
    fillVillages();
    if (m_stale) {
        applyFilterNow(); // never listed yet
        return;
    }
    m_model->reload();
    updateStatus();
}

void HouseholdsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    // The clerk who opens the list usually searches it next: the index of a county's 200,000
    // households is read by a worker meanwhile (half a second), not at the first keystroke.
    m_context->ledger().householdSearch().prepareInBackground();
}

void HouseholdsPage::onLedgerChanged(LedgerContext::Change what, qint64)
{
    using Change = LedgerContext::Change;
    // The list shows households, their grid, worker and village: nothing a matter, a disclosure
    // or a post changes. At county scale a needless reload is 200,000 ids read again.
    if (!LedgerContext::touches(what, {Change::Households, Change::Grids, Change::People, Change::Villages}))
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void HouseholdsPage::updateStatus()
{
    if (m_model->isSearchPending()) {
        m_status->setText(tr("Preparing the search over every household (once per opened ledger)…"));
        return;
    }
    m_status->setText(tr("%1 households").arg(QLocale().toString(m_model->rowCount())));
}

qint64 HouseholdsPage::currentHouseholdId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->householdId(i.row()) : 0;
}

void HouseholdsPage::editCurrent()
{
    const qint64 id = currentHouseholdId();
    if (id <= 0)
        return;
    const qint64 village = m_view->currentIndex().data(HouseholdModel::VillageIdRole).toLongLong();
    auto *dialog = new HouseholdDialog(m_context, village, id, 0, this);
    dialog->open();
}

} // namespace tl::ui
