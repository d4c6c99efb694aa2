#pragma once

#include "model/Quarter.h"
#include "reports/QuarterlyReport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tl::ui {

class LedgerContext;
class QuarterPicker;

// 季度报表: the quarterly report to the county for a chosen quarter. Personal data is masked
// unless the clerk ticks "unmasked (internal use only)", which shows a warning. The file name
// defaults to Documents/<乡镇>-<2026Q3>-季度报表.xlsx. The export runs under a progress dialog
// whose Cancel stops it (core leaves no half file); afterwards the clerk can open the folder.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportReportDialog(LedgerContext *context, QWidget *parent = nullptr);

    Quarter quarter() const;
    void setQuarter(const Quarter &q);
    bool unmasked() const;
    void setUnmasked(bool unmasked);
    QString outputPath() const;
    void setOutputPath(const QString &path); // the clerk's choice: no longer follows the quarter
    QString defaultFileName() const;         // <乡镇>-<2026Q3>-季度报表.xlsx for the current choice

    // For tests and scripts: an extra progress callback (returning false cancels, as the Cancel
    // button does), starting the export, and its outcome (also told in a message box).
    void setProgressHook(QuarterlyReport::Progress hook) { m_hook = std::move(hook); }
    bool startExport();
    QString lastError() const { return m_lastError; }
    bool wasCancelled() const { return m_cancelled; }

private:
    void updateDefaultPath();
    void updateWarning();
    void browse();

    LedgerContext *m_context;
    QuarterPicker *m_picker;
    QCheckBox *m_unmasked;
    QLabel *m_warning;
    QLineEdit *m_path;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
    QString m_autoPath;    // the path last filled in automatically
    QString m_browsedPath; // chosen in the file dialog, which confirmed replacing it
    QuarterlyReport::Progress m_hook;
    QString m_lastError;
    bool m_cancelled = false;
};

} // namespace tl::ui
