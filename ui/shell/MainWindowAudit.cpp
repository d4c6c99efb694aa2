// The main window's part of the audit trail and backups: the clerk's name, the daily backup and
// the read-only notice when a ledger is opened, restoring from a backup, and the windows of the
// change history (修改记录) and the backups (备份与恢复).

#include "shell/MainWindow.h"
#include "shell/OpeningCheck.h"
#include "shell/TrailCheck.h"

#include "shell/AppSettings.h"
#include "storage/Backups.h"
#include "storage/BackupsDialog.h"
#include "storage/ChangeHistoryWindow.h"
#include "shell/LedgerContext.h"
#include "shell/NavigationModel.h"
#include "shell/PreferencesDialog.h"
#include "common/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace tl::ui {

void MainWindow::setClerkName(const QString &name)
{
    AppSettings::setClerkName(name);
    if (m_context)
        m_context->ledger().setClerk(AppSettings::clerkName());
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        setClerkName(AppSettings::clerkName()); // saved by the dialog; the open ledger records it now
}

void MainWindow::afterOpening()
{
    if (!m_context)
        return;
    // A file still being checked is backed up once it is known to be sound (openingChecked):
    // a damaged copy must not push a good one out of the kept backups.
    if (!m_findingsPending)
        dailyBackup();
    if (!m_openNotice.isEmpty()) {
        // Said at once, without stopping the clerk (and at start-up only once the window is
        // on screen); the banner, the title and the status bar keep saying it.
        const QString notice = m_openNotice;
        QTimer::singleShot(0, this, [this, notice] {
            MessageBox::notify(QMessageBox::Warning, this, tr("Opened read-only"), notice);
        });
    }
}

void MainWindow::dailyBackup()
{
    // The backup of the day's first opening; a demo ledger holds invented data and is not kept.
    if (m_context && !m_context->isReadOnly() && !m_context->isDemo()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        const QString made = Backups::daily(m_context->ledger(), AppSettings::backupKeep(), &error);
        QApplication::restoreOverrideCursor();
        if (!made.isEmpty())
            statusBar()->showMessage(
                tr("Today's backup was saved as %1").arg(QDir::toNativeSeparators(made)), 10000);
        else if (!error.isEmpty())
            statusBar()->showMessage(tr("Today's backup could not be made: %1").arg(error));
    }
}

bool MainWindow::isOpeningCheckRunning() const
{
    return m_openingCheck && m_openingCheck->isRunning();
}

void MainWindow::waitForOpeningCheck()
{
    if (m_openingCheck && m_openingCheck->isRunning())
        m_openingCheck->wait();
}

void MainWindow::openingChecked(const OpeningCheck::Result &result)
{
    if (!m_context)
        return;
    if (!result.damaged.isEmpty()) {
        // Found damaged after the first paint: nothing may be written to it, so it is closed
        // again, and the clerk is told what a refused open would have said.
        m_context->ledger().setIntegrityVerdict(result.damaged);
        m_lateDamage = result.damaged;
        const QString path = m_context->ledger().path();
        m_findingsPending = false;
        m_trailCheck.reset();
        teardownUi();
        m_context.reset();
        m_openNotice.clear();
        m_shownVillage = 0;
        buildUi();
        updateTitle();
        AppSettings::removeRecentFile(path);
        MessageBox::critical(this, tr("Cannot open the ledger"), result.damaged);
        return;
    }
    m_findingsPending = false;
    if (result.checked)
        m_context->ledger().setIntegrityVerdict(QString());
    // Computed for the ledger as it was opened: still right unless something was changed since.
    if (result.computed && !m_changedWhileChecking)
        m_precomputed = result;
    // A ledger whose figures take longer than a frame has them computed on a worker after each
    // edit from the first one on.
    if (result.computed && result.figuresMs > kFiguresFrameMs)
        m_figuresOnWorker = true;
    // Not checked (the worker could not read the file): the first write checks it (Ledger::write).
    m_changedWhileChecking = false;
    reload();
    dailyBackup();
}

void MainWindow::updateReadOnlyIndicator()
{
    if (!m_readOnlyLabel)
        return;
    const bool readOnly = m_context && m_context->isReadOnly();
    m_readOnlyLabel->setVisible(readOnly);
    if (!readOnly)
        return;
    m_readOnlyLabel->setText(tr("Read-only"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #e3ecf7; border: 1px solid #8fb1dc; border-radius: 3px; padding: 0 6px; "
        "font-weight: bold; color: #1d4f91; }"));
    m_readOnlyLabel->setToolTip(!m_openNotice.isEmpty() ? m_openNotice
                                                        : tr("This ledger is open read-only: you can look at "
                                                             "everything, but not change it."));
}

bool MainWindow::restoreBackup(const QString &backup, QString *savedCurrent, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_context)
        return fail(tr("no ledger is open"));
    if (m_context->isReadOnly())
        return fail(tr("the ledger is open read-only, so it cannot be replaced"));
    const QString path = m_context->ledger().path();
    // A backup of another township replaces this one's ledger only when the clerk says so.
    RestoreRequest request;
    request.ledgerPath = path;
    request.backup = backup;
    request.clerk = m_context->ledger().clerk();
    const QString backupTownship = Backups::townshipOf(backup);
    const QString currentTownship = m_context->ledger().township().name;
    if (!backupTownship.isEmpty() && backupTownship != currentTownship) {
        const auto answer = MessageBox::question(
            this, tr("Restore a backup of another township?"),
            tr("The backup %1 is of %2, but this ledger is of %3.\n\nReplace the ledger of %3 by the backup of %2?")
                .arg(QDir::toNativeSeparators(backup), backupTownship, currentTownship),
            MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return fail(tr("nothing was restored: the backup is of %1, this ledger of %2")
                            .arg(backupTownship, currentTownship));
        request.otherTownshipAllowed = true;
    }
    const qint64 shown = m_shownVillage;
    const DockLayout dock = dockLayout();

    // The file is replaced: nobody may have it open, this window included. The pages and the
    // windows of the ledger go first, the ledger last (as when another ledger is opened).
    teardownUi();
    m_context.reset();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const RestoreResult result = Backups::restore(request);
    const bool restored = result.ok;
    const QString saved = result.savedCurrent;
    const QString why = result.error;
    // The restored ledger, or after a failure the one that was there, untouched.
    Ledger::OpenResult reopened = Ledger::open(path);
    QApplication::restoreOverrideCursor();
    if (!reopened.ledger) {
        m_openNotice.clear();
        buildUi(); // the empty page, with New / Open
        return fail(restored ? reopened.message : why + QLatin1Char('\n') + reopened.message);
    }
    adoptLedger(std::move(reopened.ledger), reopened.notice);
    setDockLayout(dock);
    if (shown > 0 && m_navModel && m_navModel->villageIds().contains(shown))
        showVillage(shown);
    if (!restored) {
        statusBar()->showMessage(tr("Nothing was restored: %1").arg(why), 15000);
        return fail(why);
    }
    if (savedCurrent)
        *savedCurrent = saved;
    statusBar()->showMessage(tr("Restored from %1; the ledger as it was before is kept as %2")
                                 .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(saved)));
    return true;
}

BackupsDialog *MainWindow::openBackupsDialog()
{
    if (!m_context)
        return nullptr;
    auto *dialog = new BackupsDialog(
        m_context.get(),
        [this](const QString &backup, QString *saved, QString *error) {
            return restoreBackup(backup, saved, error);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ChangeHistoryWindow *MainWindow::openChangeHistory()
{
    return ChangeHistoryWindow::open(m_context.get(), this);
}

} // namespace tl::ui
