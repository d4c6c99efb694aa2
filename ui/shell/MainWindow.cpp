#include "shell/MainWindow.h"

#include "edits/VillageEdits.h"
#include "disclosures/BatchNoticesDialog.h"
#include "reports/DashboardPage.h"
#include "matters/DeliberationSettingsDialog.h"
#include "disclosures/DisclosureProgressPage.h"
#include "disclosures/DisclosureSettingsDialog.h"
#include "reports/ExportReportDialog.h"
#include "grids/GridSettingsDialog.h"
#include "grids/HouseholdsPage.h"
#include "import/ImportDialog.h"
#include "import/ImportLogDialog.h"
#include "matters/MatterBoardPage.h"
#include "disclosures/NoticeTemplatesDialog.h"
#include "reports/RollupDialog.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QPointer>

#include "shell/AppSettings.h"
#include "storage/ChangeHistoryWindow.h"
#include "committees/CommitteeRepository.h"
#include "findings/FindingsPanel.h"
#include "findings/FindingsModel.h"
#include "help/ManualWindow.h"
#include "shell/Icons.h"
#include "committees/Indicators.h"
#include "model/Components.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "shell/LedgerInstance.h"
#include "shell/NavigationModel.h"
#include "storage/Settings.h"
#include "shell/StartupLedger.h"
#include "committees/TargetsDialog.h"
#include "shell/TownshipDialog.h"
#include "shell/TrailCheck.h"
#include "shell/OpeningCheck.h"
#include "storage/Settings.h"
#include "villages/TownshipOverviewPage.h"
#include "storage/Translations.h"
#include "villages/VillageDialog.h"
#include "villages/VillagePage.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"
#include "common/ToolWindow.h"

#include <QActionGroup>
#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace tl::ui {

namespace {
const char *const kDockName = "findingsDock";
const char *const kToolBarName = "mainToolBar";

QString ledgerFilter()
{
    return MainWindow::tr("Township ledgers (*.%1)").arg(Ledger::fileSuffix()) + QStringLiteral(";;")
        + MainWindow::tr("All files (*)");
}

QString withSuffix(QString path)
{
    const QString suffix = QLatin1Char('.') + Ledger::fileSuffix();
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(appIcon(QStringLiteral("app")));
    setDockNestingEnabled(false);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &MainWindow::reload);
    m_instance = new LedgerInstance(this);
    connect(m_instance, &LedgerInstance::activationRequested, this, &MainWindow::bringToFront);

    m_pathLabel = new QLabel;
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_readOnlyLabel = new QLabel;
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyIndicator"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    resize(1280, 800);
    buildUi();
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_trailCheck.reset(); // stopped and waited for
    m_figures.reset();
    // The pages refer to the context: they go first, the ledger is closed last.
    teardownUi();
    m_context.reset();
}

LedgerContext *MainWindow::context() const
{
    return m_context.get();
}

VillagePage *MainWindow::villagePage() const
{
    return m_villagePage;
}

bool MainWindow::isDemoBannerVisible() const
{
    return m_demoBanner && !m_demoBanner->isHidden();
}

bool MainWindow::isTrailBannerVisible() const
{
    return m_trailBanner && !m_trailBanner->isHidden();
}

QString MainWindow::trailBannerText() const
{
    return m_trailLabel ? m_trailLabel->text() : QString();
}

namespace {
const QString kAcknowledgedKey = QStringLiteral("audit.acknowledged");
}

void MainWindow::updateTrailBanner()
{
    if (!m_trailBanner)
        return;
    bool show = false;
    if (m_context && m_trailCheck && !m_trailCheck->isRunning()) {
        const AuditChain::Verdict &v = m_trailCheck->verdict();
        const bool checked = !v.whole && !v.cancelled;
        // Acknowledged once, the same break does not come back at every opening.
        show = checked && SettingsStore(m_context->ledger()).value(kAcknowledgedKey).toString() != v.problem;
        if (show && m_trailLabel)
            m_trailLabel->setText(tr("The audit trail of this ledger is broken: %1. The file was changed outside the "
                                     "program, or its record of changes was tampered with. Report it to the "
                                     "township's discipline inspection office before relying on the data.")
                                      .arg(v.problem));
    }
    m_trailBanner->setVisible(show);
}

bool MainWindow::acknowledgeBrokenTrail()
{
    if (!m_context || !m_trailCheck || !isTrailBannerVisible())
        return false;
    QString error;
    if (!SettingsStore(m_context->ledger()).setValue(kAcknowledgedKey, m_trailCheck->verdict().problem, &error)) {
        MessageBox::warning(this, tr("Audit trail"),
                            tr("The acknowledgement could not be recorded in the audit trail: %1").arg(error));
        return false;
    }
    m_trailBanner->hide();
    return true;
}

bool MainWindow::isReadOnlyBannerVisible() const
{
    return m_readOnlyBanner && !m_readOnlyBanner->isHidden();
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    if (m_context) {
        m_context->setToday(today);
        m_context->notifyChanged(LedgerContext::Change::Everything);
        reload();
    }
}

// ---------------------------------------------------------------------------------------------
// Opening and closing ledgers

bool MainWindow::openLedger(const QString &path, QString *error)
{
    return openLedger(path, Ledger::Access::ReadWrite, error);
}

bool MainWindow::openLedger(const QString &path, Ledger::Access access, QString *error)
{
    // The file this window already has open for writing: opening it again would find it locked
    // (by this very window) and open it read-only.
    if (m_context && access == Ledger::Access::ReadWrite && !m_context->isReadOnly()
        && QFileInfo(path).absoluteFilePath() == m_context->ledger().path())
        return true;
    // Another ledger replaces the pages: the village facts being typed are saved or let go first.
    if (!confirmLeaveVillage()) {
        if (error)
            *error = tr("The village facts being edited were kept; nothing else was opened.");
        return false;
    }
    // The integrity check of a large file takes long: the window paints first (OpeningCheck).
    Ledger::OpenResult result
        = Ledger::open(path, access, Ledger::LockPolicy::Respect, Ledger::IntegrityCheck::Deferred);
    if (result.ledger && result.lockCanBeTakenOver) {
        // A lock whose holder cannot be checked (another computer, a program that was stopped, an
        // empty or unreadable lock file): the clerk decides whether to take it over.
        const auto answer = MessageBox::question(
            this, tr("Take over the ledger?"),
            tr("%1 is marked as being edited (%2), but that cannot be checked from here: the mark may come from "
               "another computer or from a program that was stopped.\n\nIf nobody else is editing it, you can "
               "take the lock over and edit the ledger here. Take it over?")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                     Ledger::describeHolder(result.lockHolder)),
            MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            result.ledger.reset();
            result = Ledger::open(path, access, Ledger::LockPolicy::TakeOver, Ledger::IntegrityCheck::Deferred);
        }
    }
    if (!result.ledger) {
        if (error)
            *error = result.message;
        else
            MessageBox::critical(this, tr("Cannot open the ledger"), result.message);
        if (result.error == OpenError::NotFound)
            AppSettings::removeRecentFile(path);
        return false;
    }
    adoptLedger(std::move(result.ledger), result.notice);
    afterOpening();
    if (!result.backupPath.isEmpty())
        statusBar()->showMessage(
            tr("The ledger was upgraded to the current format; the file as it was before is "
               "kept as %1")
                .arg(QDir::toNativeSeparators(result.backupPath)));
    return true;
}

void MainWindow::adoptLedger(std::unique_ptr<Ledger> ledger, const QString &notice)
{
    const QString path = ledger->path();
    m_instance->listen(path); // a second double-click on this file comes here
    ledger->setClerk(AppSettings::clerkName()); // recorded with every change in the audit trail
    m_openNotice = notice;
    auto context = std::make_unique<LedgerContext>(std::move(ledger));
    if (m_today.isValid())
        context->setToday(m_today);

    const DockLayout dock = dockLayout();
    m_trailCheck.reset(); // the old ledger's check, if still running
    m_openingCheck.reset();
    m_figures.reset(); // and its figures
    m_figuresAgain = false;
    m_figuresOnWorker = false;
    m_precomputed.reset();
    m_lateDamage.clear();
    teardownUi(); // the old pages refer to the old context: remove them before closing it
    m_context = std::move(context);
    m_shownVillage = 0;
    // Opened without its integrity check: the file is checked and the findings computed on a
    // worker after the window has painted; the panel says so meanwhile.
    m_findingsPending = !m_context->ledger().isIntegrityChecked();
    buildUi();
    if (m_findingsPending) {
        m_openingCheck = std::make_unique<OpeningCheck>(path, m_context->today());
        connect(m_openingCheck.get(), &OpeningCheck::finished, this,
                [this](const OpeningCheck::Result &result) { openingChecked(result); });
        m_openingCheck->start();
    }
    // The audit trail is verified in the background (its own read connection): a red banner when
    // it is broken.
    m_trailCheck = std::make_unique<TrailCheck>(path);
    connect(m_trailCheck.get(), &TrailCheck::finished, this, [this] { updateTrailBanner(); });
    m_trailCheck->start();
    if (!m_restoredState) {
        // The toolbar and the findings panel as the clerk left them last time.
        m_restoredState = true;
        restoreState(AppSettings::windowState());
    } else {
        setDockLayout(dock);
    }
    fitFindingsPanel(); // a saved layout may bring back a panel taller than the window allows

    AppSettings::addRecentFile(path);
    AppSettings::setLastFile(path);
}

// ---------------------------------------------------------------------------------------------
// Building and tearing down the widgets

void MainWindow::teardownUi()
{
    m_reloadTimer.stop();
    if (QWidget *central = takeCentralWidget())
        delete central;
    if (m_findingsDock) {
        removeDockWidget(m_findingsDock);
        delete m_findingsDock;
    }
    if (m_toolBar) {
        removeToolBar(m_toolBar);
        delete m_toolBar;
    }
    // Deleting a menu removes it from the menu bar; the actions go with their owner.
    const auto menus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(menus);
    menuBar()->clear();
    delete m_actionOwner;

    m_actionOwner = nullptr;
    m_toolBar = nullptr;
    m_findingsDock = nullptr;
    m_findings = nullptr;
    m_nav = nullptr;
    m_navModel = nullptr;
    m_stack = nullptr;
    m_overview = nullptr;
    m_villagePage = nullptr;
    m_demoBanner = nullptr;
    m_readOnlyBanner = nullptr;
    m_trailBanner = nullptr;
    m_trailLabel = nullptr;
    m_recentMenu = nullptr;
}

void MainWindow::buildUi()
{
    buildActions();
    buildMenus();

    m_toolBar = new QToolBar(tr("Main toolbar"), this);
    m_toolBar->setObjectName(QLatin1String(kToolBarName));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({ m_newAct, m_openAct, m_backupAct });
    m_toolBar->addSeparator();
    m_toolBar->addActions({ m_undoAct, m_redoAct });
    m_toolBar->addSeparator();
    m_toolBar->addActions({ m_overviewAct, m_addVillageAct });
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    if (!m_context) {
        layout->addWidget(buildEmptyPage());
        setCentralWidget(central);
        updateTitle();
        return;
    }

    auto *newFromBanner = new QAction(tr("New ledger…"), m_actionOwner);
    connect(newFromBanner, &QAction::triggered, this, &MainWindow::newLedger, Qt::QueuedConnection);
    m_demoBanner
        = buildBanner(tr("This is a demo ledger with invented data. Create a new ledger for real work."),
            QStringLiteral("background: #fff3bf; border-bottom: 2px solid #f0c000; color: #4a3b00;"),
            newFromBanner);
    m_readOnlyBanner
        = buildBanner(!m_openNotice.isEmpty() ? m_openNotice
                                              : tr("This ledger is open read-only (for example, the file is "
                                                   "write-protected): you can look at everything, but not change it."),
            QStringLiteral("background: #e3ecf7; border-bottom: 2px solid #8fb1dc;"), nullptr);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_demoBanner->setVisible(m_context->isDemo());
    m_readOnlyBanner->setVisible(m_context->isReadOnly());
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_readOnlyBanner);
    auto *acknowledge = new QAction(tr("Acknowledge"), m_actionOwner);
    acknowledge->setObjectName(QStringLiteral("acknowledgeTrailAction"));
    connect(acknowledge, &QAction::triggered, this, [this] { acknowledgeBrokenTrail(); }, Qt::QueuedConnection);
    m_trailBanner = buildBanner(QString(),
                                QStringLiteral("background: #c92a2a; border-bottom: 2px solid #8b0000; color: white;"),
                                acknowledge);
    m_trailBanner->setObjectName(QStringLiteral("trailBanner"));
    m_trailLabel = m_trailBanner->findChild<QLabel *>();
    layout->addWidget(m_trailBanner);
    updateTrailBanner();

    m_navModel = new NavigationModel(central);
    m_nav = new QTreeView;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setModel(m_navModel);
    m_nav->setHeaderHidden(true);
    m_nav->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setUniformRowHeights(true);
    m_nav->setMinimumWidth(150);
    m_nav->expandAll();

    m_stack = new QStackedWidget;
    m_overview = new TownshipOverviewPage;
    m_overview->setEditable(!m_context->isReadOnly());
    m_villagePage = new VillagePage(m_context.get());
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_villagePage);
    // 修改记录 of a village or a member, from the overview table, the village page and the roster.
    ChangeHistoryWindow::installOn(m_context.get(), m_overview, m_villagePage);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 190, 1000 });
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_findings = new FindingsPanel;
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QLatin1String(kDockName));
    // Fixed at the bottom: a clerk who drags it away by accident should not have to find it again.
    m_findingsDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_findingsDock->setAllowedAreas(Qt::BottomDockWidgetArea);
    m_findingsDock->setWidget(m_findings);
    connect(m_findings, &FindingsPanel::asOfChanged, this, &MainWindow::scheduleReload);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    resizeDocks({ m_findingsDock }, { DockLayout().findingsHeight }, Qt::Vertical);
    QAction *toggleFindings = m_findingsDock->toggleViewAction();
    toggleFindings->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *toggleToolBar = m_toolBar->toggleViewAction();
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        QAction *separator = view->actions().value(2);
        view->insertAction(separator, toggleFindings);
        view->insertAction(separator, toggleToolBar);
    }

    connect(m_nav->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (m_syncingNavigation || !current.isValid())
                return;
            const qint64 id = current.data(NavigationModel::VillageIdRole).toLongLong();
            if (id > 0)
                showVillage(id);
            else
                showTownship();
        });
    connect(m_overview, &TownshipOverviewPage::villageActivated, this, &MainWindow::showVillage);
    connect(m_overview, &TownshipOverviewPage::addVillageRequested, this, &MainWindow::addVillage);
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::goToFinding);
    // Each finding links to its entry in the manual (right click, or F1 on the list).
    m_findings->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *explain = new QAction(tr("What does this finding mean? (F1)"), m_findings->view());
    explain->setObjectName(QStringLiteral("explainFindingAction"));
    connect(explain, &QAction::triggered, this, [this] { ManualWindow::open(this, currentFindingRule()); });
    m_findings->view()->addAction(explain);
    // The pages are rebuilt with the context; connecting to `central` drops these with them.
    connect(m_context.get(), &LedgerContext::changed, central, [this] {
        if (m_findingsPending)
            m_changedWhileChecking = true;
        scheduleReload();
    });
    connect(m_context.get(), &LedgerContext::undoFailed, central,
        [this](const QString &message) { MessageBox::warning(this, tr("Undo failed"), message); });

    reload();
    if (m_shownVillage > 0)
        showVillage(m_shownVillage);
    else
        showTownship();
}

QWidget *MainWindow::buildBanner(const QString &text, const QString &style, QAction *action)
{
    auto *banner = new QFrame;
    banner->setAutoFillBackground(true);
    banner->setStyleSheet(QStringLiteral("QFrame#%1 { %2 }").arg(QStringLiteral("banner"), style));
    banner->setObjectName(QStringLiteral("banner"));
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label, 1);
    if (action) {
        auto *button = new QPushButton(action->text());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        layout->addWidget(button);
    }
    // The style sheet targets the frame by name, so the caller's setObjectName must keep it:
    // wrap the frame to leave the outer name free.
    auto *outer = new QWidget;
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->addWidget(banner);
    return outer;
}

QWidget *MainWindow::buildEmptyPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *icon = new QLabel;
    icon->setPixmap(appIcon(QStringLiteral("app")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto *label = new QLabel(tr("No ledger is open. Create a new ledger for your township, or open an "
                                "existing one."));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QAction *action : { m_newAct, m_openAct }) {
        auto *button = new QPushButton(action->icon(), action->text().remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    auto *demo = new QPushButton(tr("Open the demo ledger"));
    connect(
        demo, &QPushButton::clicked, this,
        [this] {
            QString error;
            const QString path = StartupLedger::demoPath();
            if (!StartupLedger::ensureDemo(path, &error))
                MessageBox::critical(this, tr("Demo ledger"), error);
            else
                openLedger(path);
        },
        Qt::QueuedConnection);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void MainWindow::buildActions()
{
    m_actionOwner = new QObject(this);
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &key = {}) {
        auto *a = new QAction(text, m_actionOwner);
        if (!icon.isEmpty())
            a->setIcon(appIcon(icon));
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_newAct = make(tr("&New ledger…"), QStringLiteral("new"), QKeySequence::New);
    m_newAct->setIconText(tr("New"));
    m_newAct->setStatusTip(tr("Create an empty ledger for a township"));
    m_openAct = make(tr("&Open ledger…"), QStringLiteral("open"), QKeySequence::Open);
    m_openAct->setIconText(tr("Open"));
    m_saveAsAct = make(tr("Save a &copy as…"), QStringLiteral("save-as"), QKeySequence::SaveAs);
    m_saveAsAct->setStatusTip(tr("Copy the whole ledger to another file and continue in the copy"));
    m_backupAct = make(tr("&Backup"), QStringLiteral("backup"), QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupAct->setStatusTip(tr("Save a dated copy of the ledger beside the file"));
    m_townshipAct = make(tr("&Township information…"), QStringLiteral("township-info"));
    m_targetsAct = make(tr("Targets and &rules…"), QStringLiteral("targets"));
    m_quitAct = make(tr("&Quit"), QString(), QKeySequence::Quit);
    m_quitAct->setMenuRole(QAction::QuitRole);
    m_addVillageAct = make(
        tr("&Add village…"), QStringLiteral("add-village"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addVillageAct->setIconText(tr("Add village"));
    m_overviewAct
        = make(tr("Township &overview"), QStringLiteral("overview"), QKeySequence(Qt::ALT | Qt::Key_Home));
    m_overviewAct->setIconText(tr("Overview"));
    m_navigationAct = make(tr("Go to the village &list"), QString(), QKeySequence(Qt::Key_F6));
    m_aboutAct = make(tr("&About Township Ledger"), QStringLiteral("app"));
    m_aboutAct->setMenuRole(QAction::AboutRole);
    m_aboutQtAct = make(tr("About &Qt"), QString());
    m_aboutQtAct->setMenuRole(QAction::AboutQtRole);

    if (m_context) {
        // Bound to this ledger's history; rebuilt with the window when another ledger is opened.
        m_undoAct = m_context->undoStack()->createUndoAction(m_actionOwner, tr("Undo"));
        m_redoAct = m_context->undoStack()->createRedoAction(m_actionOwner, tr("Redo"));
    } else {
        m_undoAct = new QAction(tr("Undo"), m_actionOwner);
        m_redoAct = new QAction(tr("Redo"), m_actionOwner);
        m_undoAct->setEnabled(false);
        m_redoAct->setEnabled(false);
    }
    m_undoAct->setIcon(appIcon(QStringLiteral("undo")));
    // The menu says what is undone ("Undo Add village"); the toolbar button stays short.
    m_undoAct->setIconText(tr("Undo"));
    m_redoAct->setIconText(tr("Redo"));
    m_undoAct->setShortcut(QKeySequence::Undo);
    m_redoAct->setIcon(appIcon(QStringLiteral("redo")));
    // Ctrl+Y is what Windows/WPS users type; the platform's own redo key works too.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redoAct->setShortcuts(redoKeys);

    const bool open = m_context != nullptr;
    const bool writable = open && !m_context->isReadOnly();
    m_saveAsAct->setEnabled(open);
    m_backupAct->setEnabled(open);
    m_townshipAct->setEnabled(open);
    m_targetsAct->setEnabled(open);
    m_addVillageAct->setEnabled(writable);
    m_overviewAct->setEnabled(open);
    m_navigationAct->setEnabled(open);

    // Commands that replace the window's contents run from the event loop, never inside the
    // signal of a widget they delete.
    connect(m_newAct, &QAction::triggered, this, &MainWindow::newLedger, Qt::QueuedConnection);
    connect(m_openAct, &QAction::triggered, this, &MainWindow::openLedgerDialog, Qt::QueuedConnection);
    connect(m_saveAsAct, &QAction::triggered, this, &MainWindow::saveLedgerAs, Qt::QueuedConnection);
    connect(m_backupAct, &QAction::triggered, this, &MainWindow::backupLedger);
    connect(m_townshipAct, &QAction::triggered, this, &MainWindow::editTownship);
    connect(m_targetsAct, &QAction::triggered, this, &MainWindow::editTargets);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);
    connect(m_addVillageAct, &QAction::triggered, this, &MainWindow::addVillage);
    connect(m_overviewAct, &QAction::triggered, this, &MainWindow::showTownship);
    connect(m_navigationAct, &QAction::triggered, this, [this] {
        if (m_nav)
            m_nav->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::about);
    connect(m_aboutQtAct, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAct);
    file->addAction(m_openAct);
    m_recentMenu = file->addMenu(tr("Open r&ecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addAction(m_saveAsAct);
    file->addAction(m_backupAct);
    QAction *backupsAct = file->addAction(tr("Backups and re&store…"), this, &MainWindow::openBackupsDialog);
    backupsAct->setObjectName(QStringLiteral("backupsAction"));
    backupsAct->setStatusTip(tr("The backups kept beside the ledger; restore the ledger from one of them"));
    backupsAct->setEnabled(m_context != nullptr);
    file->addSeparator();
    // 导入表格: rosters and ledgers from Excel, WPS and CSV files; and the record of past imports.
    QAction *importAct = file->addAction(tr("&Import from spreadsheet…"), this, [this] {
        if (!m_context || m_context->isReadOnly())
            return;
        auto *dialog = new ImportDialog(m_context.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<QDialog> guard(dialog);
        connect(m_context.get(), &QObject::destroyed, this, [guard] { delete guard.data(); });
        dialog->open();
    });
    importAct->setObjectName(QStringLiteral("importAction"));
    importAct->setStatusTip(tr("Import villages, members, households or matters from an Excel, WPS or CSV file"));
    importAct->setEnabled(m_context && !m_context->isReadOnly());
    QAction *importLogAct = file->addAction(tr("Import lo&g…"), this, [this] {
        if (!m_context)
            return;
        auto *dialog = new ImportLogDialog(m_context.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<QDialog> guard(dialog);
        connect(m_context.get(), &QObject::destroyed, this, [guard] { delete guard.data(); });
        dialog->show();
    });
    importLogAct->setObjectName(QStringLiteral("importLogAction"));
    importLogAct->setEnabled(m_context != nullptr);
    file->addSeparator();
    file->addAction(m_townshipAct);
    file->addAction(m_targetsAct);
    QAction *preferencesAct = file->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferencesAct->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAct->setMenuRole(QAction::PreferencesRole);
    preferencesAct->setStatusTip(tr("Your name as recorded with every change, and how many daily backups are kept"));
    file->addSeparator();
    file->addAction(m_quitAct);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAct);
    edit->addAction(m_redoAct);
    edit->addSeparator();
    edit->addAction(m_addVillageAct);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_overviewAct);
    view->addAction(m_navigationAct);
    // (the findings panel's toggle is inserted here once the panel exists)
    view->addSeparator();
    QMenu *language = view->addMenu(tr("Lan&guage"));
    auto *group = new QActionGroup(m_actionOwner);
    // Each language is named in itself, so a clerk who switched by mistake can find the way back.
    const QList<QPair<QString, QString>> languages = { { QStringLiteral("zh_CN"), QStringLiteral("中文") },
        { QStringLiteral("en"), QStringLiteral("English") } };
    const QString current
        = Translations::current().isEmpty() ? AppSettings::language() : Translations::current();
    for (const auto &[code, name] : languages) {
        auto *a = new QAction(name, group);
        a->setCheckable(true);
        a->setChecked(code == current);
        const QString lang = code;
        connect(
            a, &QAction::triggered, this, [this, lang] { switchLanguage(lang); }, Qt::QueuedConnection);
        language->addAction(a);
    }

    // Township-wide registers and reports, each in its own window so the clerk can keep the
    // village page beside them. They close with the ledger they belong to.
    QMenu *township = menuBar()->addMenu(tr("&Township"));
    auto openWindow = [this](const QString &title, auto make) {
        if (!m_context)
            return;
        QWidget *w = make(m_context.get());
        w->setParent(this, Qt::Window);
        w->setAttribute(Qt::WA_DeleteOnClose);
        makeToolWindow(w);
        w->setWindowTitle(title);
        w->resize(1100, 700);
        QPointer<QWidget> guard(w);
        connect(m_context.get(), &QObject::destroyed, this, [guard] { delete guard.data(); });
        w->show();
    };
    auto openDialog = [this](auto make) {
        if (!m_context)
            return;
        QDialog *d = make(m_context.get());
        d->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<QDialog> guard(d);
        connect(m_context.get(), &QObject::destroyed, this, [guard] { delete guard.data(); });
        d->open();
    };
    township->addAction(tr("Matters &board…"), this, [this, openWindow] {
        openWindow(tr("Matters board"), [](LedgerContext *c) { return new MatterBoardPage(c); });
    });
    township->addAction(tr("&Households…"), this, [this, openWindow] {
        openWindow(tr("Households"), [](LedgerContext *c) {
            auto *page = new HouseholdsPage(c);
            ChangeHistoryWindow::installOn(c, page); // 修改记录 of a household
            return page;
        });
    });
    township->addAction(tr("Disclosure &progress…"), this, [this, openWindow] {
        openWindow(tr("Disclosure progress"), [](LedgerContext *c) { return new DisclosureProgressPage(c); });
    });
    township->addAction(tr("&Dashboard…"), this, [this, openWindow] {
        openWindow(tr("Dashboard"), [](LedgerContext *c) { return new DashboardPage(c); });
    });
    QAction *historyAct = township->addAction(tr("&Change history…"), this, [this] { openChangeHistory(); });
    historyAct->setObjectName(QStringLiteral("changeHistoryAction"));
    historyAct->setStatusTip(tr("Every change made to the ledger: when, by whom, the old and the new value"));
    historyAct->setEnabled(m_context != nullptr);
    township->addSeparator();
    township->addAction(tr("&Quarterly report…"), this, [this, openDialog] {
        openDialog([this](LedgerContext *c) { return new ExportReportDialog(c, this); });
    });
    township->addAction(tr("County roll-&up…"), this, [this] { (new RollupDialog(this))->open(); });
    township->addAction(tr("Notices due &soon…"), this, [this, openDialog] {
        openDialog([this](LedgerContext *c) { return new BatchNoticesDialog(c, this); });
    });
    township->addSeparator();
    township->addAction(tr("Notice &templates…"), this, [this, openDialog] {
        openDialog([this](LedgerContext *c) { return new NoticeTemplatesDialog(c, this); });
    });
    township->addAction(tr("Deliberation &rules…"), this, [this, openDialog] {
        openDialog([this](LedgerContext *c) { return new DeliberationSettingsDialog(c, this); });
    });
    township->addAction(tr("&Grid rules…"), this, [this, openDialog] {
        openDialog([this](LedgerContext *c) { return new GridSettingsDialog(c, this); });
    });
    township->addAction(tr("Disclosure sett&ings…"), this, [this, openDialog] {
        openDialog([this](LedgerContext *c) { return new DisclosureSettingsDialog(c, this); });
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, [this] {
        // On a finding, F1 opens its entry: what it means and how to clear it.
        QString rule;
        if (m_findings && m_findings->view()->hasFocus())
            rule = currentFindingRule();
        ManualWindow::open(this, rule);
    });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(m_aboutAct);
    help->addAction(m_aboutQtAct);
}

QString MainWindow::currentFindingRule() const
{
    if (!m_findings)
        return {};
    const QModelIndex index = m_findings->view()->currentIndex();
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_findings->view()->model());
    const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
    if (!source.isValid() || source.row() >= m_findings->model()->findings().size())
        return {};
    return m_findings->model()->findings().at(source.row()).rule;
}

void MainWindow::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    int n = 0;
    for (const QString &file : files) {
        ++n;
        const QString text = QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(file).fileName());
        QAction *a = m_recentMenu->addAction(text);
        a->setToolTip(QDir::toNativeSeparators(file));
        a->setStatusTip(QDir::toNativeSeparators(file));
        connect(
            a, &QAction::triggered, this, [this, file] { openLedger(file); }, Qt::QueuedConnection);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear the list")), &QAction::triggered, this,
        [] { AppSettings::clearRecentFiles(); });
}

// ---------------------------------------------------------------------------------------------
// Showing the ledger

void MainWindow::scheduleReload()
{
    // Figures being computed (or their result on its way) may not see this change: once more.
    if (m_figures && m_figures->isRunning())
        m_figuresAgain = true;
    // An edit can emit several changes in a row; one reload after the burst is enough.
    m_reloadTimer.start();
}

void MainWindow::reload()
{
    m_reloadTimer.stop();
    if (!m_context || !m_overview)
        return;
    Ledger &ledger = m_context->ledger();
    const QDate today = m_context->today();
    // Indicators and findings are computed once per reload and shared by every view.
    const Township township = ledger.township();
    const Targets targets = SettingsStore(ledger).targets();
    QList<VillageIndicators> indicators;
    QList<Finding> findings;
    std::optional<QList<Finding>> panelFindings;
    const QDate panelDate = m_findings->asOf(today);
    if (m_precomputed && m_precomputed->today == today) {
        // What a worker computed (the opening check, or the figures after an edit), for the
        // ledger as it still is.
        indicators = m_precomputed->indicators;
        findings = m_precomputed->findings;
        if (m_precomputed->panelDate.isValid() && m_precomputed->panelDate == panelDate)
            panelFindings = m_precomputed->panelFindings;
    } else if ((s_figuresPolicy == FiguresPolicy::OnWorker || (s_figuresPolicy == FiguresPolicy::Adaptive && m_figuresOnWorker))
               && !m_findingsPending && !std::exchange(m_figuresWorkerFailed, false)) {
        // The last figures stay on screen until the worker's come (figuresComputed).
        m_townshipName = township.name;
        updateTitle();
        startFigures();
        return;
    } else {
        QElapsedTimer spent;
        spent.start();
        indicators = Indicators::compute(ledger, today);
        if (!m_findingsPending)
            findings = FindingEngine::run(FindingContext { ledger, today, targets, indicators });
        // More than a frame: the window would stall after every edit, so a worker takes over.
        if (spent.elapsed() > kFiguresFrameMs)
            m_figuresOnWorker = true;
    }
    m_precomputed.reset();
    QHash<qint64, int> counts;
    for (const Finding &f : findings)
        if (f.villageId > 0)
            ++counts[f.villageId];

    m_townshipName = township.name;
    m_overview->setData(township, indicators, counts, targets);
    // The panel may show another day (the township as it stood then): the same engine, that date.
    m_findings->setToday(today);
    if (!m_findingsPending)
        m_findings->setFindings(panelDate == today ? findings
                                : panelFindings ? *panelFindings
                                                : FindingEngine::run(ledger, panelDate));
    else
        m_findings->setChecking();
    if (m_findingsDock)
        m_findingsDock->setWindowTitle(m_findingsPending ? tr("Findings (checking the file…)") : tr("Findings"));
    m_navModel->setLedger(township.name, indicators, counts);
    m_nav->expand(m_navModel->townshipIndex());

    // The village on screen may have been deleted (or its addition undone).
    if (m_shownVillage > 0 && !m_navModel->villageIds().contains(m_shownVillage))
        showTownship();
    syncNavigation();
    updateTitle();
}

MainWindow::FiguresPolicy MainWindow::s_figuresPolicy = MainWindow::FiguresPolicy::Adaptive;

void MainWindow::setFiguresPolicy(FiguresPolicy policy)
{
    s_figuresPolicy = policy;
}

void MainWindow::startFigures()
{
    if (!m_context)
        return;
    if (m_figures && m_figures->isRunning()) {
        m_figuresAgain = true; // computed again as soon as this run ends: it may miss the edit
        return;
    }
    m_figuresAgain = false;
    const QDate today = m_context->today();
    // The file the window reads (a temporary upgraded copy, for an older ledger shown read-only).
    m_figures = std::make_unique<OpeningCheck>(m_context->ledger().database().databaseName(), today);
    m_figures->figuresOnly(m_findings ? m_findings->asOf(today) : today);
    connect(m_figures.get(), &OpeningCheck::finished, this,
            [this](const OpeningCheck::Result &result) { figuresComputed(result); });
    m_figures->start();
}

void MainWindow::figuresComputed(const OpeningCheck::Result &result)
{
    if (!m_context)
        return;
    if (m_figuresAgain || (result.computed && result.today != m_context->today())) {
        // An edit (or another day) came meanwhile: once more, from the window's next turn (not
        // from inside the signal of the check being replaced).
        QMetaObject::invokeMethod(this, [this] { startFigures(); }, Qt::QueuedConnection);
        return;
    }
    if (result.computed) {
        m_precomputed = result;
    } else {
        // The worker could not read the file: the window computes them itself this time.
        m_figuresWorkerFailed = true;
    }
    reload();
}

bool MainWindow::areFiguresPending() const
{
    return (m_figures && m_figures->isRunning()) || m_figuresAgain;
}

void MainWindow::waitForFigures()
{
    while (areFiguresPending()) {
        if (m_figures && m_figures->isRunning())
            m_figures->wait();
        QCoreApplication::processEvents();
    }
}

bool MainWindow::confirmLeaveVillage()
{
    if (!m_stack || !m_villagePage || m_stack->currentWidget() != m_villagePage)
        return true;
    return m_villagePage->confirmLeave();
}

void MainWindow::showTownship()
{
    if (!m_stack)
        return;
    if (m_shownVillage > 0 && !confirmLeaveVillage()) {
        syncNavigation(); // the list goes back to the village still shown
        return;
    }
    m_shownVillage = 0;
    m_stack->setCurrentWidget(m_overview);
    m_findings->setCurrentVillage(0);
    syncNavigation();
}

void MainWindow::showVillage(qint64 villageId)
{
    if (!m_stack || villageId <= 0)
        return;
    if (villageId != m_shownVillage && !confirmLeaveVillage()) {
        syncNavigation();
        return;
    }
    m_shownVillage = villageId;
    if (m_villagePage->villageId() != villageId)
        m_villagePage->setVillage(villageId);
    m_stack->setCurrentWidget(m_villagePage);
    m_findings->setCurrentVillage(villageId);
    syncNavigation();
}

void MainWindow::syncNavigation()
{
    if (!m_nav)
        return;
    const QModelIndex index = m_navModel->indexOf(m_shownVillage);
    if (m_nav->currentIndex() == index)
        return;
    m_syncingNavigation = true;
    m_nav->setCurrentIndex(index);
    m_nav->scrollTo(index);
    m_syncingNavigation = false;
}

void MainWindow::goToFinding(const Finding &finding)
{
    if (!m_context)
        return;
    switch (finding.recordKind) {
    case Finding::RecordKind::Township:
        showTownship();
        return;
    case Finding::RecordKind::Village:
        showVillage(finding.villageId);
        m_villagePage->showTab(VillagePage::Tab::Overview);
        return;
    case Finding::RecordKind::Person:
        showVillage(finding.villageId);
        m_villagePage->focusPerson(finding.recordId);
        return;
    case Finding::RecordKind::Post: {
        showVillage(finding.villageId);
        const auto post = CommitteeRepository(m_context->ledger()).post(finding.recordId);
        if (post)
            m_villagePage->focusPerson(post->personId);
        else
            m_villagePage->showTab(VillagePage::Tab::Members);
        return;
    }
    case Finding::RecordKind::Term:
        showVillage(finding.villageId);
        m_villagePage->showTab(VillagePage::Tab::Members);
        return;
    default:
        // Records without a page of their own yet (e.g. matters): at least show their village.
        if (finding.villageId > 0)
            showVillage(finding.villageId);
        else
            showTownship();
        return;
    }
}

void MainWindow::updateTitle()
{
    if (!m_context) {
        setWindowTitle(tr("Township Ledger"));
        m_pathLabel->clear();
        updateReadOnlyIndicator();
        return;
    }
    const QString path = m_context->ledger().path();
    QString title = QStringLiteral("%1 — %2").arg(m_townshipName, QFileInfo(path).fileName());
    if (m_context->isDemo())
        title += QLatin1Char(' ') + tr("[Demo ledger]");
    if (m_context->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" — ") + tr("Township Ledger"));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    updateReadOnlyIndicator();
}

// ---------------------------------------------------------------------------------------------
// Commands

QString MainWindow::dialogFolder() const
{
    // The demo lives in a hidden per-user folder; real work belongs in the clerk's documents.
    if (m_context && !m_context->isDemo())
        return QFileInfo(m_context->ledger().path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newLedger()
{
    if (!confirmLeaveVillage())
        return;
    TownshipDialog dialog(TownshipDialog::Mode::NewLedger, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Township township = dialog.township();
    township.isDemo = false;
    const QString suggested = QDir(dialogFolder()).filePath(withSuffix(township.name));
    QString path = FileDialog::getSaveFileName(this, tr("Where to save the new ledger"), suggested,
        ledgerFilter(), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    Ledger::OpenResult result = Ledger::create(path, township);
    if (!result.ledger) {
        MessageBox::critical(this, tr("New ledger"), result.message);
        return;
    }
    adoptLedger(std::move(result.ledger));
    statusBar()->showMessage(
        tr("Created %1. Add the villages next.").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::openLedgerDialog()
{
    const QString path
        = FileDialog::getOpenFileName(this, tr("Open a ledger"), dialogFolder(), ledgerFilter());
    if (!path.isEmpty())
        openLedger(path);
}

void MainWindow::saveLedgerAs()
{
    if (!m_context)
        return;
    const QString suggested
        = QDir(dialogFolder()).filePath(withSuffix(m_townshipName.isEmpty() ? tr("ledger") : m_townshipName));
    QString path = FileDialog::getSaveFileName(this, tr("Save a copy of the ledger as"), suggested,
        ledgerFilter(), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    // A copy never replaces an existing file, least of all the ledger that is open.
    if (QFileInfo::exists(path)) {
        MessageBox::critical(this, tr("Save a copy"),
            tr("%1 already exists. Choose another name; a ledger is never overwritten.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!m_context->ledger().copyTo(path, &error)) {
        MessageBox::critical(this, tr("Save a copy"),
            tr("The copy %1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    if (openLedger(path))
        statusBar()->showMessage(tr("Now working in the copy %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::backupLedger()
{
    if (!m_context)
        return;
    QString error;
    const QString path = m_context->ledger().backup(&error);
    if (path.isEmpty()) {
        MessageBox::critical(this, tr("Backup"), tr("The backup could not be written: %1").arg(error));
        return;
    }
    MessageBox::information(this, tr("Backup"),
        tr("A backup of the ledger was saved as:\n%1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::editTownship()
{
    if (!m_context)
        return;
    TownshipDialog dialog(TownshipDialog::Mode::Edit, this);
    dialog.setTownship(m_context->ledger().township());
    dialog.setReadOnly(m_context->isReadOnly());
    if (dialog.exec() != QDialog::Accepted || m_context->isReadOnly())
        return;
    const Result<void> saved = edits::editTownship(m_context->ledger(), dialog.township());
    if (!saved) {
        MessageBox::critical(this, tr("Township information"),
                             tr("The township information was not saved: %1").arg(saved.message()));
        return;
    }
}

void MainWindow::editTargets()
{
    if (!m_context)
        return;
    TargetsDialog dialog(m_context.get(), this);
    dialog.exec();
}

void MainWindow::addVillage()
{
    if (!m_context || m_context->isReadOnly())
        return;
    const QList<qint64> before = m_navModel->villageIds();
    VillageDialog dialog(m_context.get(), this);
    if (dialog.exec() != QDialog::Accepted || !m_navModel)
        return;
    // Show the new village at once, so the clerk can go on with its committees.
    reload();
    for (qint64 id : m_navModel->villageIds())
        if (!before.contains(id)) {
            showVillage(id);
            break;
        }
}

void MainWindow::about()
{
    // The version comes from the project version; the libraries are named with the versions
    // loaded at run time and their licences, as those licences ask.
    QString libraries;
    for (const Component &c : Components::used())
        libraries += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(), c.license.toHtmlEscaped());
    MessageBox::about(this, tr("About Township Ledger"),
        tr("<h3>Township Ledger %1</h3>"
           "<p>Village governance ledgers for the township office: villages, the two committees "
           "and the supervision committee, reserve cadres, and the findings the county asks "
           "about.</p>"
           "<p>Every change is saved at once in the ledger file; use Backup to keep a dated "
           "copy.</p>"
           "<p>Licence: %2</p>")
                .arg(Components::programVersion(), Components::programLicense())
            + tr("<p>Built with:</p>")
            + QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%1</th>"
                             "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>%4</table>")
                  .arg(tr("Library"), tr("Version"), tr("Licence"), libraries));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::switchLanguage(const QString &language)
{
    if (language != Translations::current() && !confirmLeaveVillage()) // the pages are rebuilt
        return;
    AppSettings::setLanguage(language);
    if (language == Translations::current())
        return;
    Translations::install(language);
    const DockLayout dock = dockLayout();
    const qint64 shown = m_shownVillage;
    teardownUi();
    m_shownVillage = shown;
    buildUi();
    setDockLayout(dock);
}

MainWindow::DockLayout MainWindow::dockLayout() const
{
    DockLayout layout;
    if (m_findingsDock) {
        layout.findingsShown = !m_findingsDock->isHidden();
        if (m_findingsDock->isVisible() && m_findingsDock->height() > 60)
            layout.findingsHeight = m_findingsDock->height();
    }
    if (m_toolBar)
        layout.toolBarShown = !m_toolBar->isHidden();
    return layout;
}

void MainWindow::setDockLayout(const DockLayout &layout)
{
    if (m_toolBar)
        m_toolBar->setVisible(layout.toolBarShown);
    if (m_findingsDock) {
        m_findingsDock->setVisible(layout.findingsShown);
        resizeDocks({ m_findingsDock }, { layout.findingsHeight }, Qt::Vertical);
    }
}

void MainWindow::fitFindingsPanel()
{
    if (!m_findingsDock || m_findingsDock->isHidden())
        return;
    // A quarter of the window at most: at 1280×800 the village pages keep the room for a list of
    // matters and a whole step of its timeline. Smaller sizes the clerk chose are kept.
    const int cap = std::max(120, height() / 4);
    if (m_findingsDock->height() > cap)
        resizeDocks({ m_findingsDock }, { cap }, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitFindingsPanel();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitFindingsPanel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeaveVillage()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace tl::ui
