#pragma once

#include "findings/Findings.h"
#include "shell/OpeningCheck.h"
#include "storage/Ledger.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace tl::ui {

class TrailCheck;

class BackupsDialog;
class LedgerInstance;
class ChangeHistoryWindow;
class FindingsPanel;
class LedgerContext;
class NavigationModel;
class TownshipOverviewPage;
class VillagePage;

// The application shell: navigation tree, township overview, village page and findings panel,
// with the File / Edit / View / Help menus. Every edit is committed at once, so there is no Save.
//
// All widgets that show translated text or hold the open ledger are built by buildUi() and torn
// down by teardownUi(): opening another ledger or switching the language rebuilds them, instead of
// re-binding every view and handling LanguageChange in every widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a ledger file; on failure returns false, sets *error (translated, names file and reason)
    // and shows a message box only when error == nullptr. The current ledger stays open on failure.
    bool openLedger(const QString &path, QString *error = nullptr);
    // The same, asking for read-only access (Ledger::Access::ReadOnly) even when the file is writable.
    bool openLedger(const QString &path, Ledger::Access access, QString *error = nullptr);
    LedgerContext *context() const; // nullptr when nothing is open
    void setToday(const QDate &today); // tests pin "today"; forwarded to the context
    void showTownship();
    // The village page's unsaved form: saved, discarded or kept after asking (false = stay).
    bool confirmLeaveVillage();
    void showVillage(qint64 villageId);
    VillagePage *villagePage() const; // the village page widget (exists once a ledger is open)

    // For tests and the shell itself: the pieces of the window.
    TownshipOverviewPage *overviewPage() const { return m_overview; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    QTreeView *navigationView() const { return m_nav; }
    bool isDemoBannerVisible() const;
    bool isReadOnlyBannerVisible() const;
    // The red banner: the background check of the audit trail (TrailCheck) found it broken, and
    // the clerk has not acknowledged that yet. trailCheck() is the check of the open ledger.
    bool isTrailBannerVisible() const;
    QString trailBannerText() const;
    TrailCheck *trailCheck() const { return m_trailCheck.get(); }
    // The integrity check and the findings of the ledger just opened run after the first paint
    // (OpeningCheck). True until they are in; the panel says "checking" meanwhile.
    bool isOpeningCheckRunning() const;
    void waitForOpeningCheck(); // blocks until the check and the findings are in (tests)
    // After an edit the indicators and findings are computed again. Where that takes longer than
    // a frame (a county-scale ledger), from then on a worker computes them (OpeningCheck,
    // figuresOnly) and the window fills them in when they come, keeping the last ones meanwhile.
    enum class FiguresPolicy { Adaptive, OnWindowThread, OnWorker };
    static void setFiguresPolicy(FiguresPolicy policy); // tests pin it; the program is Adaptive
    bool areFiguresPending() const; // a worker is computing them
    void waitForFigures();          // blocks until they are in and shown (tests)
    // The file turned out damaged after the window had painted: the ledger was closed again and
    // the clerk told this (the same message as a refused open). Empty otherwise.
    QString lateDamage() const { return m_lateDamage; }
    // The findings panel's height as the window allows it: at most a quarter of the window, so
    // the pages above keep their room (also after a saved layout brought back a taller panel).
    void fitFindingsPanel();
    // "Acknowledge" on the banner: recorded in the audit trail (the setting audit.acknowledged,
    // who and when), the banner goes. False (the clerk told why) when it could not be recorded.
    bool acknowledgeBrokenTrail();
    // Goes to the record a finding is about (what clicking it in the panel does).
    void goToFinding(const Finding &finding);
    // Switches the language ("zh_CN" or "en"), remembers it and rebuilds the window.
    void switchLanguage(const QString &language);
    // Answers a second start of the program on the open ledger (see LedgerInstance).
    LedgerInstance *instance() const { return m_instance; }
    // Brings the window to the front (un-minimised), as when the ledger is double-clicked again.
    void bringToFront();

    // Audit trail and backups (MainWindowAudit.cpp).
    // Why the ledger is open read-only when another window or program has it open ("" otherwise).
    QString readOnlyNotice() const { return m_openNotice; }
    // Remembers the clerk's name and records it with the changes to the open ledger from now on.
    void setClerkName(const QString &name);
    // Replaces the open ledger with a backup (Backups::restore): closes it, restores, and opens
    // it again — the restored file, or the untouched one after a failure. True when restored,
    // with *savedCurrent naming the copy of the ledger as it was; else *error says why.
    bool restoreBackup(const QString &backup, QString *savedCurrent, QString *error);
    BackupsDialog *openBackupsDialog();        // File › Backups and restore…
    ChangeHistoryWindow *openChangeHistory();  // Township › Change history… (the whole township)
    void editPreferences();                    // File › Preferences…

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What the clerk arranged, carried over when the window is rebuilt.
    struct DockLayout
    {
        bool findingsShown = true;
        int findingsHeight = 160;
        bool toolBarShown = true;
    };
    DockLayout dockLayout() const;
    void setDockLayout(const DockLayout &layout);

    void buildUi();
    void teardownUi();
    void buildActions();
    void buildMenus();
    QWidget *buildBanner(const QString &text, const QString &style, QAction *action);
    QWidget *buildEmptyPage();
    void adoptLedger(std::unique_ptr<Ledger> ledger, const QString &notice = {});
    void afterOpening(); // the notice of a ledger opened read-only; the integrity check starts
    void dailyBackup();  // once the file is known to be sound
    // OpeningCheck answered: fill in the findings, or close a file found damaged.
    void openingChecked(const OpeningCheck::Result &result);
    void updateReadOnlyIndicator();
    void reload();
    void scheduleReload();
    void updateTitle();
    void syncNavigation();
    QString currentFindingRule() const; // the rule of the finding under the cursor, if any
    void fillRecentMenu();
    QString dialogFolder() const;

    // Menu commands.
    void newLedger();
    void openLedgerDialog();
    void saveLedgerAs();
    void backupLedger();
    void editTownship();
    void editTargets();
    void addVillage();
    void about();

    std::unique_ptr<LedgerContext> m_context;
    LedgerInstance *m_instance = nullptr;
    QDate m_today;
    QTimer m_reloadTimer;
    qint64 m_shownVillage = 0; // 0 = the township overview
    bool m_syncingNavigation = false;
    bool m_restoredState = false; // the saved toolbar/panel layout is applied to the first ledger only
    QString m_townshipName;

    // Built by buildUi(), gone after teardownUi().
    QObject *m_actionOwner = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    FindingsPanel *m_findings = nullptr;
    QTreeView *m_nav = nullptr;
    NavigationModel *m_navModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    TownshipOverviewPage *m_overview = nullptr;
    VillagePage *m_villagePage = nullptr;
    QWidget *m_demoBanner = nullptr;
    QWidget *m_readOnlyBanner = nullptr;
    QWidget *m_trailBanner = nullptr;
    QLabel *m_trailLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    std::unique_ptr<TrailCheck> m_trailCheck; // of the open ledger; outlives rebuilds of the window
    std::unique_ptr<OpeningCheck> m_openingCheck; // integrity and findings after the first paint
    bool m_findingsPending = false;
    bool m_changedWhileChecking = false; // an edit came before the opening check's findings // the first findings are still being computed by m_openingCheck
    QString m_lateDamage;
    std::optional<OpeningCheck::Result> m_precomputed; // used by the next reload() when still valid
    std::unique_ptr<OpeningCheck> m_figures; // the indicators and findings after an edit, on a worker
    bool m_figuresAgain = false;             // an edit came while m_figures was computing
    bool m_figuresOnWorker = false;          // they took longer than a frame on the window's thread
    bool m_figuresWorkerFailed = false;      // the worker could not read them: the next reload computes them
    void startFigures();
    void figuresComputed(const OpeningCheck::Result &result);
    static FiguresPolicy s_figuresPolicy;
    static constexpr qint64 kFiguresFrameMs = 50; // what the window may spend on them after an edit
    void updateTrailBanner();

    QAction *m_newAct = nullptr;
    QAction *m_openAct = nullptr;
    QAction *m_saveAsAct = nullptr;
    QAction *m_backupAct = nullptr;
    QAction *m_townshipAct = nullptr;
    QAction *m_targetsAct = nullptr;
    QAction *m_quitAct = nullptr;
    QAction *m_undoAct = nullptr;
    QAction *m_redoAct = nullptr;
    QAction *m_addVillageAct = nullptr;
    QAction *m_overviewAct = nullptr;
    QAction *m_navigationAct = nullptr;
    QAction *m_aboutAct = nullptr;
    QAction *m_aboutQtAct = nullptr;

    // Outlives rebuilds: the full path of the open file, and "read-only" beside it.
    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QString m_openNotice; // Ledger::OpenResult::notice of the open ledger
};

} // namespace tl::ui
