#include "storage/ChangeHistoryWindow.h"

#include "storage/AuditText.h"
#include "common/ToolWindow.h"

#include "storage/ChangeHistoryModel.h"
#include "grids/HouseholdModel.h"
#include "grids/HouseholdsPage.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "committees/MemberRosterTab.h"
#include "villages/TownshipOverviewPage.h"
#include "villages/VillageOverviewModel.h"
#include "villages/VillagePage.h"
#include "common/MessageBox.h"
#include "common/TableExporter.h"
#include "common/FileDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

// What can have made a change, in the order a clerk thinks of them (AuditEntry::source).
const QStringList kSources
    = { QStringLiteral("edit"), QStringLiteral("import"), QStringLiteral("change-of-term"),
          QStringLiteral("undo"), QStringLiteral("redo"), QStringLiteral("restore"), QStringLiteral("demo") };

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

ChangeHistoryWindow::ChangeHistoryWindow(LedgerContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ChangeHistoryModel(context->ledger(), this))
{
    setObjectName(QStringLiteral("ChangeHistoryWindow"));
    auto *layout = new QVBoxLayout(this);

    // The filters.
    auto *bar = new QHBoxLayout;
    const QDate today = context->today();
    m_useSince = new QCheckBox(tr("&From"));
    m_since = new QDateEdit(today.addDays(-30));
    m_useUntil = new QCheckBox(tr("&To"));
    m_until = new QDateEdit(today);
    for (QDateEdit *edit : { m_since, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_table = new QComboBox;
    m_table->setObjectName(QStringLiteral("recordTypeCombo"));
    m_table->addItem(tr("All record types"), QString());
    for (const QString &t : AuditTrail::tables())
        m_table->addItem(AuditTrail::tableName(t), t);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("Any way"), QString());
    for (const QString &s : kSources)
        m_source->addItem(AuditTrail::sourceName(s), s);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("changeSearch"));
    m_search->setPlaceholderText(tr("Search values, clerk or user…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    auto *typeLabel = new QLabel(tr("Record &type:"));
    typeLabel->setBuddy(m_table);
    auto *sourceLabel = new QLabel(tr("&Done by:"));
    sourceLabel->setBuddy(m_source);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    bar->addWidget(m_useSince);
    bar->addWidget(m_since);
    bar->addSpacing(6);
    bar->addWidget(m_useUntil);
    bar->addWidget(m_until);
    bar->addSpacing(12);
    bar->addWidget(typeLabel);
    bar->addWidget(m_table);
    bar->addSpacing(12);
    bar->addWidget(sourceLabel);
    bar->addWidget(m_source);
    bar->addSpacing(12);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    // The record shown alone, with the way back to every record.
    m_recordBar = new QFrame;
    m_recordBar->setObjectName(QStringLiteral("recordBar"));
    m_recordBar->setStyleSheet(QStringLiteral(
        "QFrame#recordBar { background: #e3ecf7; border: 1px solid #8fb1dc; border-radius: 3px; }"));
    auto *recordLayout = new QHBoxLayout(m_recordBar);
    recordLayout->setContentsMargins(8, 4, 8, 4);
    m_recordLabel = new QLabel;
    m_recordLabel->setObjectName(QStringLiteral("recordLabel"));
    auto *showAll = new QPushButton(tr("Show &all records"));
    showAll->setObjectName(QStringLiteral("showAllRecords"));
    recordLayout->addWidget(m_recordLabel, 1);
    recordLayout->addWidget(showAll);
    m_recordBar->hide();
    layout->addWidget(m_recordBar);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("changeHistoryView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("changeHistoryStatus"));
    m_export = new QPushButton(tr("E&xport to Excel…"));
    m_export->setObjectName(QStringLiteral("exportToExcelButton"));
    m_export->setToolTip(tr("Save the changes the filters let through as an Excel workbook (ID numbers and "
                            "phones masked)"));
    auto *close = new QPushButton(tr("&Close"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);

    connect(m_useSince, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        readFilter();
    });
    connect(m_useUntil, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on);
        readFilter();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &ChangeHistoryWindow::readFilter);
    connect(m_until, &QDateEdit::dateChanged, this, &ChangeHistoryWindow::readFilter);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ChangeHistoryWindow::readFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ChangeHistoryWindow::readFilter);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, &ChangeHistoryWindow::readFilter);
    connect(showAll, &QPushButton::clicked, this, [this] { setRecord({}, {}); });
    connect(m_model, &ChangeHistoryModel::loadedChanged, this, &ChangeHistoryWindow::updateStatus);
    connect(m_export, &QPushButton::clicked, this, &ChangeHistoryWindow::exportWorkbook);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    // New changes (an edit in the main window, an undo) show up here too; while hidden, once
    // the window is shown again.
    connect(context, &LedgerContext::changed, this, [this] {
        if (isVisible())
            m_reloadTimer.start();
        else
            m_stale = true;
    });
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        m_stale = false;
        m_model->reload();
    });

    readFilter();
    updateTitle();
}

ChangeHistoryWindow *ChangeHistoryWindow::open(
    LedgerContext *context, QWidget *parent, const QString &table, const QString &record)
{
    if (!context)
        return nullptr;
    QWidget *owner = parent ? parent->window() : nullptr;
    // The same history asked for twice: bring the open window forward.
    if (owner) {
        for (ChangeHistoryWindow *w :
            owner->findChildren<ChangeHistoryWindow *>(QString(), Qt::FindDirectChildrenOnly))
            if (w->m_context == context && w->m_recordTable == table && w->m_record == record) {
                w->show();
                w->raise();
                w->activateWindow();
                return w;
            }
    }
    auto *w = new ChangeHistoryWindow(context);
    w->setParent(owner, Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    makeToolWindow(w);
    // The model reads the ledger: the window goes with it.
    connect(context, &QObject::destroyed, w, [w] { delete w; });
    if (!table.isEmpty())
        w->setRecord(table, record);
    w->resize(1200, 680);
    w->show();
    return w;
}

void ChangeHistoryWindow::setRecord(const QString &table, const QString &record)
{
    m_recordTable = record.isEmpty() ? QString() : table;
    m_record = m_recordTable.isEmpty() ? QString() : record;
    {
        const QSignalBlocker block(m_table);
        selectData(m_table, m_recordTable);
        m_table->setEnabled(m_recordTable.isEmpty());
    }
    readFilter();
    updateRecordBar();
    updateTitle();
}

AuditFilter ChangeHistoryWindow::filter() const
{
    AuditFilter f;
    if (m_useSince->isChecked())
        f.since = m_since->date();
    if (m_useUntil->isChecked())
        f.until = m_until->date();
    f.table = m_recordTable.isEmpty() ? m_table->currentData().toString() : m_recordTable;
    f.record = m_record;
    f.source = m_source->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void ChangeHistoryWindow::setFilter(const AuditFilter &f)
{
    {
        const QSignalBlocker b1(m_useSince), b2(m_since), b3(m_useUntil), b4(m_until), b5(m_source),
            b6(m_search);
        m_useSince->setChecked(f.since.isValid());
        m_since->setEnabled(f.since.isValid());
        if (f.since.isValid())
            m_since->setDate(f.since);
        m_useUntil->setChecked(f.until.isValid());
        m_until->setEnabled(f.until.isValid());
        if (f.until.isValid())
            m_until->setDate(f.until);
        selectData(m_source, f.source);
        m_search->setText(f.text);
    }
    if (!f.record.isEmpty()) {
        setRecord(f.table, f.record);
        return;
    }
    m_recordTable.clear();
    m_record.clear();
    {
        const QSignalBlocker block(m_table);
        selectData(m_table, f.table);
        m_table->setEnabled(true);
    }
    readFilter();
    updateRecordBar();
    updateTitle();
}

void ChangeHistoryWindow::applyFilterNow()
{
    if (m_searchTimer.isActive()) {
        m_searchTimer.stop();
        readFilter();
    }
}

void ChangeHistoryWindow::readFilter()
{
    m_searchTimer.stop();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setFilter(filter());
    QApplication::restoreOverrideCursor();
    if (!m_fitted && m_model->rowCount() > 0)
        fitColumns();
}

void ChangeHistoryWindow::fitColumns()
{
    m_fitted = true;
    // Wide enough for what the first page shows, but a long value (a whole record) must not
    // push the other columns out of sight: its tooltip has all of it.
    m_view->resizeColumnsToContents();
    const int value = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22;
    for (int c = 0; c < ChangeHistoryModel::ColumnCount; ++c) {
        if (c == ChangeHistoryModel::Time)
            continue; // the whole date and time, always
        const int limit
            = (c == ChangeHistoryModel::OldValue || c == ChangeHistoryModel::NewValue) ? value : value / 2;
        if (m_view->columnWidth(c) > limit)
            m_view->setColumnWidth(c, limit);
    }
}

void ChangeHistoryWindow::updateStatus()
{
    const QLocale locale;
    const int total = m_model->totalCount();
    const int loaded = m_model->loadedCount();
    if (total == 0)
        m_status->setText(tr("No changes match the filters."));
    else if (loaded >= total)
        m_status->setText(tr("Changes: %1, newest first.").arg(locale.toString(total)));
    else
        m_status->setText(tr("Showing the newest %1 of %2 changes; scroll down for more.")
                              .arg(locale.toString(loaded), locale.toString(total)));
    m_export->setEnabled(total > 0);
}

void ChangeHistoryWindow::updateRecordBar()
{
    m_recordBar->setVisible(!m_record.isEmpty());
    if (m_record.isEmpty())
        return;
    m_recordLabel->setText(
        tr("The history of one record: %1 %2")
            .arg(AuditTrail::tableName(m_recordTable), m_model->recordLabel(m_recordTable, m_record)));
}

void ChangeHistoryWindow::updateTitle()
{
    if (!m_record.isEmpty())
        setWindowTitle(
            tr("Change history – %1 %2")
                .arg(AuditTrail::tableName(m_recordTable), m_model->recordLabel(m_recordTable, m_record)));
    else
        setWindowTitle(tr("Change history – %1").arg(m_context->ledger().township().name));
}

void ChangeHistoryWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadTimer.start();
}

bool ChangeHistoryWindow::exportTo(const QString &path, QString *error)
{
    AuditFilter all = filter(); // every change the filters let through, oldest first
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<AuditEntry> entries = AuditTrail::entries(m_context->ledger(), all);
    const AuditText text(m_context->ledger());
    const bool ok = AuditTrail::writeWorkbook(entries, path, true, error, &text);
    QApplication::restoreOverrideCursor();
    return ok;
}

void ChangeHistoryWindow::exportWorkbook()
{
    QString title = windowTitle();
    title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral(" "));
    title = title.simplified();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(title + QStringLiteral(".xlsx"));
    QString path = FileDialog::getSaveFileName(
        this, tr("Export the change history"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    QString error;
    if (!exportTo(path, &error)) {
        MessageBox::critical(this, tr("Export the change history"),
            tr("The workbook %1 was not written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    TableExporter::offerToOpenFolder(this, tr("Export the change history"), path);
}

// ---------------------------------------------------------------------------------------------
// "Change history…" on the lists of records

QAction *ChangeHistoryWindow::addHistoryAction(
    QAbstractItemView *view, LedgerContext *context, const QString &table, std::function<QString()> recordOf)
{
    auto *action = new QAction(tr("Change &history…"), view);
    action->setObjectName(QStringLiteral("changeHistoryAction"));
    action->setStatusTip(tr("Every change made to this record: when, by whom, the old and the new value"));
    QPointer<LedgerContext> guard(context);
    connect(action, &QAction::triggered, view, [view, guard, table, recordOf] {
        const QString record = recordOf();
        if (guard && !record.isEmpty())
            open(guard, view, table, record);
    });
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (view->contextMenuPolicy() == Qt::ActionsContextMenu) {
        if (!view->actions().isEmpty()) {
            auto *separator = new QAction(view);
            separator->setSeparator(true);
            view->addAction(separator);
        }
        view->addAction(action);
    }
    auto update = [action, recordOf] { action->setEnabled(!recordOf().isEmpty()); };
    if (QItemSelectionModel *selection = view->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, action, update);
    update();
    return action;
}

void ChangeHistoryWindow::installOn(
    LedgerContext *context, TownshipOverviewPage *overview, VillagePage *villagePage)
{
    auto idText = [](qint64 id) { return id > 0 ? QString::number(id) : QString(); };
    if (overview) {
        QTableView *view = overview->view();
        addHistoryAction(view, context, QStringLiteral("village"), [view, idText] {
            return idText(view->currentIndex().data(VillageOverviewModel::VillageIdRole).toLongLong());
        });
    }
    if (!villagePage)
        return;
    // The village shown: a button beside the tabs, whatever tab is open.
    auto *villageAct = new QAction(tr("Change &history…"), villagePage);
    villageAct->setObjectName(QStringLiteral("villageHistoryAction"));
    villageAct->setToolTip(
        tr("Every change made to this village's record: when, by whom, the old and the new value"));
    QPointer<LedgerContext> guard(context);
    connect(villageAct, &QAction::triggered, villagePage, [villagePage, guard] {
        if (guard && villagePage->villageId() > 0)
            open(guard, villagePage, QStringLiteral("village"), QString::number(villagePage->villageId()));
    });
    auto *button = new QToolButton;
    button->setObjectName(QStringLiteral("villageHistoryButton"));
    button->setDefaultAction(villageAct);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    villagePage->tabs()->setCornerWidget(button, Qt::TopRightCorner);

    if (MemberRosterTab *members = villagePage->membersTab())
        addHistoryAction(members->view(), context, QStringLiteral("person"),
            [members, idText] { return idText(members->currentPersonId()); });
}

void ChangeHistoryWindow::installOn(LedgerContext *context, HouseholdsPage *households)
{
    if (!households)
        return;
    QTableView *view = households->view();
    addHistoryAction(view, context, QStringLiteral("household"), [view] {
        const qint64 id = view->currentIndex().data(HouseholdModel::HouseholdIdRole).toLongLong();
        return id > 0 ? QString::number(id) : QString();
    });
}

} // namespace tl::ui
