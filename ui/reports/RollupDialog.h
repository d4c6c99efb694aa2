#pragma once

#include "model/Quarter.h"
#include "reports/QuarterlyReport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tl::ui {

class QuarterPicker;

// 县级汇总: the county roll-up of several township ledgers for a quarter, one row per township
// and then every village. The ledgers are opened read-only by core (a township's file is never
// changed by the county), under a progress dialog that can be cancelled.
class RollupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RollupDialog(QWidget *parent = nullptr);

    QStringList ledgerPaths() const;
    void setLedgerPaths(const QStringList &paths);
    void addLedgerPaths(const QStringList &paths); // duplicates are skipped
    Quarter quarter() const;
    void setQuarter(const Quarter &q);
    QString outputPath() const;
    void setOutputPath(const QString &path);
    void setToday(const QDate &today); // the running quarter is the latest one offered

    // For tests and scripts (see ExportReportDialog).
    void setProgressHook(QuarterlyReport::Progress hook) { m_hook = std::move(hook); }
    bool startRollup();
    QString lastError() const { return m_lastError; }
    bool wasCancelled() const { return m_cancelled; }

private:
    void chooseLedgers();
    void removeSelected();
    void browse();
    void updateDefaultPath();
    void updateState();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
    QuarterPicker *m_picker;
    QLineEdit *m_path;
    QPushButton *m_run;
    QDialogButtonBox *m_buttons;
    QDate m_today;
    QString m_autoPath;
    QString m_browsedPath;
    QuarterlyReport::Progress m_hook;
    QString m_lastError;
    bool m_cancelled = false;
};

} // namespace tl::ui
