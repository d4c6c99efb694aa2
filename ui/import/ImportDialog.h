#pragma once

#include <QDate>

#include "import/ImportPreviewModel.h"
#include "import/Importer.h"

#include <QDialog>
#include <QSet>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QListWidget;
class QTableView;
class QToolButton;

namespace tl::ui {

class ImportMappingWidget;
class LedgerContext;

// 导入表格: villages, two-committee members and reserve cadres, households or matters from an
// Excel, WPS or LibreOffice workbook or a CSV file, in four steps:
//  1. Source  — what to import, the file, the sheet, and what to do with unknown villages and
//               with rows that match a record already in the ledger;
//  2. Columns — which sheet column holds each field (found from the headers, changeable), and
//               which row is the header;
//  3. Check   — every row of the sheet with its verdict (OK, note, duplicate, rejected and why),
//               filterable, with the counts and the villages, grids and people that will be created;
//               nothing is written yet;
//  4. Result  — after "Import N rows": the counts, the backup taken before, and the rejected rows
//               saved to a workbook with the reason in each row, to correct and import again.
// Reading, checking and importing run under a progress dialog whose Cancel stops them; a
// cancelled import writes nothing. The ledger's views reload when the import is committed.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Source, Mapping, Preview, Result };

    explicit ImportDialog(LedgerContext *context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Step 1.
    ImportKind kind() const;
    void setKind(ImportKind kind);
    QString filePath() const;
    void setFile(const QString &path); // also lists the file's sheets
    QStringList sheetNames() const;
    QString sheet() const;
    void setSheet(const QString &sheet);
    bool createVillages() const;
    void setCreateVillages(bool create);
    DuplicatePolicy duplicatePolicy() const;
    void setDuplicatePolicy(DuplicatePolicy policy); // KeepBoth only for households and matters

    // Moving through the steps, as the Next and Back buttons do. next() reads the sheet (step 1)
    // or checks every row (step 2); false when it stays (a problem, told in lastError(), or a cancel).
    Step step() const { return m_step; }
    bool next();
    void back();
    void restart(); // "Import another file": back to step 1
    // "Import N rows": false when cancelled (nothing written) or failed.
    bool startImport();
    int rowsToImport() const;
    // The rejected rows with their cells and reasons, as a workbook.
    bool saveErrors(const QString &path);
    QString suggestedErrorsPath() const; // beside the sheet: <name>-errors.xlsx

    // For tests and scripts: the outcome (also told in a message box), and an extra progress
    // callback (returning false cancels as the Cancel button does).
    void setProgressHook(Importer::Progress hook) { m_hook = std::move(hook); }
    QString lastError() const { return m_lastError; }
    bool wasCancelled() const { return m_cancelled; }

    const Importer *importer() const { return m_importer.get(); }
    ImportMappingWidget *mappingWidget() const { return m_mapping; }
    ImportPreviewModel *previewModel() const { return m_model; }
    ImportPreviewFilter *previewFilter() const { return m_filter; }
    QTableView *previewView() const { return m_view; }
    void setShow(ImportPreviewFilter::Show show);
    ImportCounts counts() const { return m_counts; }
    QString backupPath() const { return m_backupPath; }
    QString summaryText() const;
    // Source columns with data that no field takes, each ticked when the clerk left it out on
    // purpose (不导入此列); importing with one neither mapped nor ticked asks once.
    QListWidget *unusedColumnsList() const { return m_unusedList; }
    QStringList unconfirmedColumns() const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *importButton() const { return m_import; }

    void showLog();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildSourcePage();
    QWidget *buildPreviewPage();
    QWidget *buildResultPage();
    void goTo(Step step);
    void updateButtons();
    void updateSteps();
    void updateKindOptions();
    void updateExpectedColumns();
    void refreshSheets();
    void browse();
    void setSourceMessage(const QString &message);
    ImportOptions currentOptions() const;
    // A roster after a 换届: asks whether to open the next terms from its date; true when the
    // clerk said yes (the rows are then checked again).
    bool offerChangeOfTerm();
    QString readKey() const;

    bool readSheet();
    bool analyse();
    void fillPreview();
    void fillResult();
    void syncPreviewOptions();
    void showRowDetail(const QModelIndex &current);
    void previewOptionsChanged();
    void saveErrorsInteractive();
    void fail(const QString &message);
    // Runs `work` under a progress dialog; the Progress it gets reports and cancels.
    bool withProgress(const QString &label, const std::function<bool(const Importer::Progress &)> &work);

    LedgerContext *m_context;
    std::unique_ptr<Importer> m_importer;
    QString m_readKey;     // kind, file and sheet of what m_importer read
    QString m_sheetsFor;   // the file whose sheets the sheet combo lists
    Step m_step = Step::Source;
    bool m_analysed = false;
    bool m_committed = false;
    ImportCounts m_counts;
    QString m_backupPath;
    QString m_errorsPath; // where the rejected rows were saved last
    Importer::Progress m_hook;
    QString m_lastError;
    bool m_cancelled = false;

    QLabel *m_steps = nullptr;
    QStackedWidget *m_pages = nullptr;

    // Step 1
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_sheet = nullptr;
    QCheckBox *m_createVillages = nullptr;
    QComboBox *m_duplicates = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_sameRule = nullptr;
    QLabel *m_sourceMessage = nullptr;

    // Step 2
    ImportMappingWidget *m_mapping = nullptr;

    // Step 3
    QLabel *m_summary = nullptr;
    QCheckBox *m_previewCreate = nullptr;
    QComboBox *m_previewDuplicates = nullptr;
    QToolButton *m_createdToggle = nullptr;
    QPlainTextEdit *m_created = nullptr;
    QComboBox *m_show = nullptr;
    QPushButton *m_previewSaveErrors = nullptr;
    QLabel *m_unusedLabel = nullptr;
    QListWidget *m_unusedList = nullptr;
    QPushButton *m_mapUnused = nullptr;
    QSet<QString> m_leftOut; // unused columns the clerk chose to leave out, by header
    QTableView *m_view = nullptr;
    QLabel *m_rowDetail = nullptr;
    ImportPreviewModel *m_model = nullptr;
    ImportPreviewFilter *m_filter = nullptr;

    // Step 4
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultCounts = nullptr;
    QLabel *m_resultBackup = nullptr;
    QLabel *m_resultRejected = nullptr;
    QPushButton *m_saveErrors = nullptr;

    QPushButton *m_log = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    QDate m_newTermFrom; // the change of term the clerk agreed to record (members)
};

} // namespace tl::ui
