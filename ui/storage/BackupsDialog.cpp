#include "storage/BackupsDialog.h"

#include "shell/AppSettings.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "common/MessageBox.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace tl::ui {

QString BackupsDialog::reasonText(const QString &reason)
{
    if (reason == QLatin1String("daily"))
        return tr("Daily (first opening of the day)");
    if (reason == QLatin1String("import"))
        return tr("Before an import");
    if (reason == QLatin1String("manual"))
        return tr("Made by hand");
    if (reason == QLatin1String("before-restore"))
        return tr("Before a restore");
    if (reason == QLatin1String("damaged"))
        return tr("Damaged file, kept as it was");
    static const QRegularExpression upgrade(QStringLiteral("^before-v(\\d+)$"));
    const QRegularExpressionMatch m = upgrade.match(reason);
    if (m.hasMatch())
        return tr("Before the upgrade to format %1").arg(m.captured(1));
    return reason;
}

BackupsDialog::BackupsDialog(LedgerContext *context, Restorer restorer, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ledgerPath(context->ledger().path())
    , m_restorer(std::move(restorer))
{
    setObjectName(QStringLiteral("BackupsDialog"));
    setWindowTitle(tr("Backups and restore"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intro->setText(
        tr("Copies of this ledger are kept in %1. One is made at the first opening of each day (the "
           "last %2 of those are kept), one before every import and one before every restore.")
            .arg(QDir::toNativeSeparators(Backups::folder(m_ledgerPath)))
            .arg(AppSettings::backupKeep()));
    layout->addWidget(m_intro);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({ tr("Made"), tr("Why"), tr("Size"), tr("File") });
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("backupsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backupsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_backUp = new QPushButton(tr("&Back up now"));
    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_restore = new QPushButton(tr("&Restore…"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(
        tr("Replace the ledger with the selected backup; the ledger as it is now is saved as a "
           "backup first"));
    m_openFolder = new QPushButton(tr("Open &folder"));
    auto *closeButton = new QPushButton(tr("&Close"));
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(closeButton);
    layout->addLayout(buttons);

    connect(m_backUp, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            restoreRow(current.row());
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QString dir = Backups::folder(m_ledgerPath);
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_restore->isEnabled())
            restoreRow(index.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &BackupsDialog::updateButtons);
    // Another ledger opened in the window: this list is not about it any more.
    connect(context, &QObject::destroyed, this, [this] {
        if (!m_restoring)
            close();
    });

    reload();
    resize(760, 460);
}

void BackupsDialog::reload()
{
    const QString keep
        = m_view->currentIndex().isValid() ? m_backups.value(m_view->currentIndex().row()).path : QString();
    m_backups = Backups::list(m_ledgerPath);
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    int select = m_backups.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &b = m_backups.at(row);
        QList<QStandardItem *> items = { new QStandardItem(
                                             b.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            new QStandardItem(reasonText(b.reason)), new QStandardItem(locale.formattedDataSize(b.size)),
            new QStandardItem(QFileInfo(b.path).fileName()) };
        items[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items[3]->setToolTip(QDir::toNativeSeparators(b.path));
        m_model->appendRow(items);
        if (b.path == keep)
            select = row;
    }
    if (select >= 0)
        m_view->setCurrentIndex(m_model->index(select, 0));
    if (m_backups.isEmpty())
        m_status->setText(tr("There is no backup of this ledger yet."));
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    const bool open = !m_context.isNull();
    m_backUp->setEnabled(open);
    const bool writable = open && !m_context->isReadOnly();
    m_restore->setEnabled(writable && m_view->currentIndex().isValid());
    if (open && !writable)
        m_restore->setToolTip(tr("The ledger is open read-only, so it cannot be replaced by a backup"));
}

QString BackupsDialog::backUpNow(QString *error)
{
    if (!m_context)
        return {};
    QString why;
    const QString made = Backups::make(m_context->ledger(), QStringLiteral("manual"), &why);
    if (made.isEmpty()) {
        if (error)
            *error = why;
        m_status->setText(tr("The backup could not be made: %1").arg(why));
        return {};
    }
    reload();
    for (int row = 0; row < m_backups.size(); ++row)
        if (m_backups.at(row).path == made)
            m_view->setCurrentIndex(m_model->index(row, 0));
    m_status->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(made)));
    return made;
}

bool BackupsDialog::confirm(const QString &question)
{
    return MessageBox::question(this, tr("Restore a backup"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void BackupsDialog::report(QWidget *parent, bool ok, const QString &text)
{
    if (ok)
        MessageBox::information(parent, tr("Restore a backup"), text);
    else
        MessageBox::critical(parent, tr("Restore a backup"), text);
}

bool BackupsDialog::restoreRow(int row)
{
    if (row < 0 || row >= m_backups.size() || !m_context || m_context->isReadOnly() || !m_restorer)
        return false;
    const BackupInfo backup = m_backups.at(row);
    const QString when = backup.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!confirm(tr("Restore the ledger as it was on %1 (%2)?\n\nThe ledger as it is now is saved first as a "
                    "backup (\"Before a restore\"), so nothing is lost: you can go back to it the same way. "
                    "The undo history of this session is cleared.")
                     .arg(when, reasonText(backup.reason))))
        return false;

    QWidget *owner = parentWidget();
    QString saved, error;
    m_restoring = true;
    const bool ok = m_restorer(backup.path, &saved, &error);
    m_restoring = false;
    if (m_context) {
        // Refused before the ledger was closed: the list still belongs to the open ledger.
        m_status->setText(ok ? QString() : tr("Nothing was restored: %1").arg(error));
        reload();
        if (!ok) {
            report(this, false, tr("Nothing was restored: %1\n\nThe ledger is as it was.").arg(error));
            return false;
        }
    }
    // The ledger was closed and opened again; this dialog belonged to the one that was closed.
    close();
    if (ok)
        report(owner, true,
            tr("The ledger was restored as it was on %1.\n\nThe ledger as it was before the restore is kept "
               "as:\n%2")
                .arg(when, QDir::toNativeSeparators(saved)));
    else
        report(owner, false, tr("Nothing was restored: %1\n\nThe ledger is as it was.").arg(error));
    return ok;
}

} // namespace tl::ui
