#include "reports/RollupDialog.h"

#include "shell/Icons.h"
#include "storage/Ledger.h"
#include "common/QuarterPicker.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

RollupDialog::RollupDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add ledgers…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_count(new QLabel(this)), m_picker(new QuarterPicker(this)),
      m_path(new QLineEdit(this)), m_run(new QPushButton(tr("&Create roll-up"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)), m_today(QDate::currentDate())
{
    setWindowTitle(tr("County roll-up of township reports"));
    auto *intro = new QLabel(tr("Choose the ledger files of the townships (one file each). They are only read, "
                                "never changed. The roll-up lists one row per township, then every village."),
                             this);
    intro->setWordWrap(true);

    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(160);
    m_list->setAlternatingRowColors(true);
    m_add->setIcon(appIcon(QStringLiteral("open")));
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    m_picker->setLatest(Quarter::containing(m_today));
    m_picker->setQuarter(QuarterPicker::defaultReportQuarter(m_today));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_path->setMinimumWidth(420);

    auto *form = new QFormLayout;
    auto *quarterLabel = new QLabel(tr("&Quarter:"), this);
    quarterLabel->setBuddy(m_picker->yearBox());
    form->addRow(quarterLabel, m_picker);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_run->setIcon(appIcon(QStringLiteral("save-as")));
    m_run->setDefault(true);
    m_buttons->addButton(m_run, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_count);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    updateDefaultPath();
    updateState();
    connect(m_add, &QPushButton::clicked, this, &RollupDialog::chooseLedgers);
    connect(m_remove, &QPushButton::clicked, this, &RollupDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RollupDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &RollupDialog::browse);
    connect(m_picker, &QuarterPicker::quarterChanged, this, &RollupDialog::updateDefaultPath);
    connect(m_path, &QLineEdit::textChanged, this, &RollupDialog::updateState);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (startRollup())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList RollupDialog::ledgerPaths() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(kPathRole).toString();
    return out;
}

void RollupDialog::setLedgerPaths(const QStringList &paths)
{
    m_list->clear();
    addLedgerPaths(paths);
}

void RollupDialog::addLedgerPaths(const QStringList &paths)
{
    QStringList known;
    for (const QString &p : ledgerPaths())
        known << QFileInfo(p).canonicalFilePath();
    for (const QString &p : paths) {
        const QFileInfo info(p);
        const QString canonical = info.canonicalFilePath();
        if (known.contains(canonical.isEmpty() ? info.absoluteFilePath() : canonical))
            continue;
        known << (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
        auto *item = new QListWidgetItem(QStringLiteral("%1    (%2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        item->setData(kPathRole, info.absoluteFilePath());
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        m_list->addItem(item);
    }
    updateState();
}

Quarter RollupDialog::quarter() const
{
    return m_picker->quarter();
}

void RollupDialog::setQuarter(const Quarter &q)
{
    m_picker->setQuarter(q);
    updateDefaultPath();
}

QString RollupDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void RollupDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_autoPath.clear();
}

void RollupDialog::setToday(const QDate &today)
{
    const Quarter before = m_picker->quarter();
    m_today = today;
    m_picker->setLatest(Quarter::containing(today));
    if (before.code() == QuarterPicker::defaultReportQuarter(QDate::currentDate()).code())
        m_picker->setQuarter(QuarterPicker::defaultReportQuarter(today));
    updateDefaultPath();
}

void RollupDialog::chooseLedgers()
{
    const QStringList chosen = FileDialog::getOpenFileNames(
        this, tr("Choose township ledgers"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Township ledgers (*.%1);;All files (*)").arg(Ledger::fileSuffix()));
    addLedgerPaths(chosen);
}

void RollupDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateState();
}

void RollupDialog::browse()
{
    const QString chosen = FileDialog::getSaveFileName(this, tr("Save the county roll-up"), outputPath(),
                                                       tr("Excel workbook (*.xlsx)"));
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".xlsx");
    setOutputPath(path);
    m_browsedPath = path;
}

void RollupDialog::updateDefaultPath()
{
    const QString current = m_path->text();
    if (!current.isEmpty() && current != m_autoPath)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!current.isEmpty())
        folder = QFileInfo(current).absolutePath();
    const QString name = TableExporter::safeFileName(tr("%1-County roll-up", "file name: quarter code").arg(quarter().code()));
    m_autoPath = QDir::toNativeSeparators(QDir(folder).filePath(name + QStringLiteral(".xlsx")));
    m_path->setText(m_autoPath);
}

void RollupDialog::updateState()
{
    const int n = m_list->count();
    m_count->setText(n ? tr("%n township ledger(s) chosen", "", n) : tr("No ledger chosen yet"));
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_run->setEnabled(n > 0 && !outputPath().isEmpty());
}

bool RollupDialog::startRollup()
{
    m_lastError.clear();
    m_cancelled = false;
    const QStringList paths = ledgerPaths();
    QString path = QDir::fromNativeSeparators(outputPath());
    auto fail = [this](const QString &message) {
        m_lastError = message;
        MessageBox::warning(this, windowTitle(), message);
        return false;
    };
    if (paths.isEmpty())
        return fail(tr("Choose at least one township ledger."));
    if (path.isEmpty())
        return fail(tr("Choose where to save the roll-up."));
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".xlsx");
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    for (const QString &p : paths)
        if (QFileInfo(p).absoluteFilePath() == info.absoluteFilePath())
            return fail(tr("The roll-up cannot replace one of the ledgers it reads."));
    if (info.exists() && path != m_browsedPath
        && MessageBox::question(this, windowTitle(), tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return false;

    ReportOptions options;
    options.quarter = quarter();
    options.madeOn = m_today;

    QProgressDialog progress(tr("Reading %n township ledger(s)…", "", int(paths.size())), tr("Cancel"), 0,
                             int(paths.size()) + 1, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QString error;
    const bool ok = QuarterlyReport::writeRollup(paths, options, path, &error, [&](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        if (done < paths.size())
            progress.setLabelText(tr("Reading %1 (%2 of %3)…")
                                      .arg(QFileInfo(paths.at(done)).fileName())
                                      .arg(done + 1)
                                      .arg(paths.size()));
        else
            progress.setLabelText(tr("Writing %1…").arg(info.fileName()));
        progress.setValue(std::min(done, total));
        if (progress.wasCanceled() || (m_hook && !m_hook(done, total))) {
            m_cancelled = true;
            return false;
        }
        return true;
    });
    progress.close();
    if (!ok) {
        if (m_cancelled) {
            m_lastError = tr("The roll-up was cancelled; no file was written.");
            return false;
        }
        return fail(tr("The roll-up could not be written: %1").arg(error));
    }
    TableExporter::offerToOpenFolder(this, windowTitle(), path);
    return true;
}

} // namespace tl::ui
