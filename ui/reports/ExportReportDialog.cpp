#include "reports/ExportReportDialog.h"

#include "shell/Icons.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "common/QuarterPicker.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace tl::ui {

ExportReportDialog::ExportReportDialog(LedgerContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_picker(new QuarterPicker(this)),
      m_unmasked(new QCheckBox(tr("&Unmasked (internal use only)"), this)), m_warning(new QLabel(this)),
      m_path(new QLineEdit(this)), m_export(new QPushButton(tr("&Export"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Quarterly report to the county"));
    const QDate today = m_context->today();
    m_picker->setLatest(Quarter::containing(today));
    m_picker->setQuarter(QuarterPicker::defaultReportQuarter(today));

    auto *intro = new QLabel(tr("The report for %1: a summary per village, the two-committee members, the "
                                "four-deliberations ledger, the grids, the open findings and charts, as an Excel "
                                "workbook that opens in Excel and WPS.")
                                 .arg(m_context->ledger().township().name),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_unmasked->setToolTip(tr("Write full ID numbers and phone numbers instead of masked ones"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("The workbook will contain full ID numbers and phone numbers. Keep it inside the "
                          "township government: do not post, print for the public or send it on."));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a1f11; background: #fdecea; border: 1px solid #f5c2bd;"
                                            " border-radius: 4px; padding: 6px; }"));
    m_warning->hide();

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_path->setMinimumWidth(420);

    auto *form = new QFormLayout;
    auto *quarterLabel = new QLabel(tr("&Quarter:"), this);
    quarterLabel->setBuddy(m_picker->yearBox());
    form->addRow(quarterLabel, m_picker);
    form->addRow(tr("Personal data:"), m_unmasked);
    form->addRow(QString(), m_warning);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_export->setIcon(appIcon(QStringLiteral("save-as")));
    m_export->setDefault(true);
    m_buttons->addButton(m_export, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    updateDefaultPath();
    connect(m_picker, &QuarterPicker::quarterChanged, this, &ExportReportDialog::updateDefaultPath);
    connect(m_unmasked, &QCheckBox::toggled, this, [this] {
        updateWarning();
        updateDefaultPath();
    });
    connect(browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_export->setEnabled(!text.trimmed().isEmpty());
    });
    // The Export button runs the export; the dialog closes only when it succeeded.
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (startExport())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Quarter ExportReportDialog::quarter() const
{
    return m_picker->quarter();
}

void ExportReportDialog::setQuarter(const Quarter &q)
{
    m_picker->setQuarter(q);
    updateDefaultPath();
}

bool ExportReportDialog::unmasked() const
{
    return m_unmasked->isChecked();
}

void ExportReportDialog::setUnmasked(bool unmasked)
{
    m_unmasked->setChecked(unmasked);
}

QString ExportReportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_autoPath.clear();
}

QString ExportReportDialog::defaultFileName() const
{
    const QString township = m_context->ledger().township().name;
    QString name = tr("%1-%2-Quarterly report", "file name: township, quarter code").arg(township, quarter().code());
    if (unmasked())
        name += tr("-internal", "file name suffix of an unmasked report");
    return TableExporter::safeFileName(name) + QStringLiteral(".xlsx");
}

void ExportReportDialog::updateDefaultPath()
{
    // Follow the quarter while the clerk has not chosen a file of their own.
    const QString current = m_path->text();
    if (!current.isEmpty() && current != m_autoPath)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!current.isEmpty())
        folder = QFileInfo(current).absolutePath();
    m_autoPath = QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName()));
    m_path->setText(m_autoPath);
}

void ExportReportDialog::updateWarning()
{
    m_warning->setVisible(m_unmasked->isChecked());
    adjustSize();
}

void ExportReportDialog::browse()
{
    const QString chosen = FileDialog::getSaveFileName(this, tr("Save the quarterly report"), outputPath(),
                                                       tr("Excel workbook (*.xlsx)"));
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".xlsx");
    setOutputPath(path);
    m_browsedPath = path; // the file dialog asked about replacing it
}

bool ExportReportDialog::startExport()
{
    m_lastError.clear();
    m_cancelled = false;
    QString path = QDir::fromNativeSeparators(outputPath());
    if (path.isEmpty()) {
        m_lastError = tr("Choose where to save the report.");
        MessageBox::warning(this, windowTitle(), m_lastError);
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".xlsx");
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        m_lastError = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        MessageBox::warning(this, windowTitle(), m_lastError);
        return false;
    }
    if (info.exists() && path != m_browsedPath
        && MessageBox::question(this, windowTitle(),
                                tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return false; // a file picked in the file dialog was confirmed there already
    if (unmasked()
        && MessageBox::warning(this, windowTitle(),
                               tr("Export with full ID numbers and phone numbers, for internal use only?"),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;

    ReportOptions options;
    options.quarter = quarter();
    options.unmasked = unmasked();
    options.madeOn = m_context->today();

    QProgressDialog progress(tr("Writing the report for %1…").arg(QuarterPicker::label(options.quarter)), tr("Cancel"),
                             0, 1, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    QString error;
    const bool ok = QuarterlyReport::write(m_context->ledger(), options, path, &error, [&](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::min(done, total)); // a modal dialog handles the Cancel click here
        if (progress.wasCanceled() || (m_hook && !m_hook(done, total))) {
            m_cancelled = true;
            return false;
        }
        return true;
    });
    progress.close();
    if (!ok) {
        if (m_cancelled) {
            m_lastError = tr("The export was cancelled; no file was written.");
            return false;
        }
        m_lastError = tr("The report could not be written: %1").arg(error);
        MessageBox::warning(this, windowTitle(), m_lastError);
        return false;
    }
    TableExporter::offerToOpenFolder(this, windowTitle(), path);
    return true;
}

} // namespace tl::ui
