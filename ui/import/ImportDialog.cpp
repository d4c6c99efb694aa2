#include "import/ImportDialog.h"

#include "import/ImportLogDialog.h"
#include "import/ImportMappingWidget.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "import/sheets/SheetSource.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {

// The first rows of a sheet, for choosing the header row and showing examples.
const int kFirstRows = 30;

// The folder the clerk last took a sheet from, during this run of the program.
QString &lastFolder()
{
    static QString folder;
    return folder;
}

QString sheetFilter()
{
    return ImportDialog::tr("Spreadsheets (*.xlsx *.ods *.xls *.csv *.txt)") + QStringLiteral(";;")
         + ImportDialog::tr("All files (*)");
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

ImportMappingWidget::Rows firstRows(const QString &path, const QString &sheet)
{
    ImportMappingWidget::Rows rows;
    QString ignored;
    SheetSource::read(path, sheet, [&](int row, const QVariantList &cells) {
        rows.append({row, cells});
        return rows.size() < kFirstRows;
    }, &ignored);
    return rows;
}

} // namespace

ImportDialog::ImportDialog(LedgerContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_steps(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_mapping(new ImportMappingWidget(this)), m_model(new ImportPreviewModel(this)),
      m_filter(new ImportPreviewFilter(this))
{
    setWindowTitle(tr("Import from a spreadsheet"));
    setObjectName(QStringLiteral("importDialog"));
    setAcceptDrops(true);

    m_steps->setObjectName(QStringLiteral("importSteps"));
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setStyleSheet(QStringLiteral("QLabel { padding: 4px 2px 8px 2px; }"));

    m_pages->addWidget(buildSourcePage());
    m_pages->addWidget(m_mapping);
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildResultPage());

    m_log = new QPushButton(tr("Import &log…"), this);
    m_log->setObjectName(QStringLiteral("importLogButton"));
    m_log->setAutoDefault(false);
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setAutoDefault(false);
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    if (m_context->isReadOnly()) {
        auto *readOnly = new QLabel(tr("This ledger is open read-only: sheets can be checked, but nothing can be imported."),
                                    this);
        readOnly->setWordWrap(true);
        readOnly->setStyleSheet(QStringLiteral("QLabel { background: #e3ecf7; border: 1px solid #8fb1dc; "
                                               "border-radius: 4px; padding: 6px; }"));
        layout->addWidget(readOnly);
    }
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_log, &QPushButton::clicked, this, &ImportDialog::showLog);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, [this] { next(); });
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_mapping, &ImportMappingWidget::changed, this, [this] {
        m_analysed = false;
        updateButtons();
    });

    updateKindOptions();
    goTo(Step::Source);
    resize(1060, 700);
}

ImportDialog::~ImportDialog()
{
    m_model->clear(); // the model must not outlive the rows it points into
}

// ---------------------------------------------------------------------------------------------
// Step 1: the source

QWidget *ImportDialog::buildSourcePage()
{
    auto *page = new QWidget(this);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (ImportKind k : {ImportKind::Villages, ImportKind::Members, ImportKind::Households, ImportKind::Matters})
        m_kind->addItem(capitalised(ImportSchema::kindName(k)), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(ImportKind::Households)));

    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("An Excel, WPS or LibreOffice workbook, or a CSV file"));
    m_file->setMinimumWidth(440);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheet->setMinimumContentsLength(24);
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_createVillages = new QCheckBox(tr("&Create villages that are not in the ledger yet"), page);
    m_createVillages->setObjectName(QStringLiteral("createVillages"));
    m_createVillages->setToolTip(tr("Otherwise a row naming an unknown village is rejected, so a misspelt name "
                                    "does not become a new village"));
    m_duplicates = new QComboBox(page);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));

    m_expected = new QLabel(page);
    m_expected->setWordWrap(true);
    m_expected->setTextFormat(Qt::RichText);
    m_expected->setStyleSheet(QStringLiteral("QLabel { color: #444; }"));

    m_sourceMessage = new QLabel(page);
    m_sourceMessage->setObjectName(QStringLiteral("sourceMessage"));
    m_sourceMessage->setWordWrap(true);
    m_sourceMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceMessage->setStyleSheet(QStringLiteral("QLabel { color: #8a1f11; background: #fdecea; border: 1px solid "
                                                  "#f5c2bd; border-radius: 4px; padding: 6px; }"));
    m_sourceMessage->hide();

    auto *intro = new QLabel(tr("Bring rosters and ledgers kept in Excel, WPS or CSV files into this ledger. Title "
                                "rows above the header are skipped, and every row is checked before anything is "
                                "written: you will see each row's verdict first. A backup of the ledger is saved "
                                "before the import."),
                             page);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *kindLabel = new QLabel(tr("&Import:"), page);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *sheetLabel = new QLabel(tr("&Sheet:"), page);
    sheetLabel->setBuddy(m_sheet);
    form->addRow(sheetLabel, m_sheet);
    form->addRow(QString(), m_createVillages);
    auto *dupLabel = new QLabel(tr("&Already in the ledger:"), page);
    dupLabel->setBuddy(m_duplicates);
    form->addRow(dupLabel, m_duplicates);
    m_sameRule = new QLabel(page);
    m_sameRule->setWordWrap(true);
    m_sameRule->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    form->addRow(QString(), m_sameRule);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_sourceMessage);
    layout->addSpacing(6);
    layout->addWidget(m_expected);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::refreshSheets);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        setSourceMessage({});
        updateButtons();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindOptions();
        updateButtons();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::updateButtons);
    connect(m_createVillages, &QCheckBox::toggled, this, [this] { m_analysed = false; });
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, [this] { m_analysed = false; });
    return page;
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_leftOut.clear(); // another file: its columns are another clerk's choice
    refreshSheets();
}

QStringList ImportDialog::sheetNames() const
{
    QStringList names;
    for (int i = 0; i < m_sheet->count(); ++i)
        names << m_sheet->itemText(i);
    return names;
}

QString ImportDialog::sheet() const
{
    return m_sheet->currentText();
}

void ImportDialog::setSheet(const QString &sheet)
{
    const int i = m_sheet->findText(sheet);
    if (i >= 0)
        m_sheet->setCurrentIndex(i);
}

bool ImportDialog::createVillages() const
{
    return kind() != ImportKind::Villages && m_createVillages->isChecked();
}

void ImportDialog::setCreateVillages(bool create)
{
    m_createVillages->setChecked(create);
    syncPreviewOptions();
}

DuplicatePolicy ImportDialog::duplicatePolicy() const
{
    return DuplicatePolicy(m_duplicates->currentData().toInt());
}

void ImportDialog::setDuplicatePolicy(DuplicatePolicy policy)
{
    const int i = m_duplicates->findData(int(policy));
    if (i >= 0)
        m_duplicates->setCurrentIndex(i);
    syncPreviewOptions();
}

void ImportDialog::updateKindOptions()
{
    const ImportKind k = kind();
    m_createVillages->setVisible(k != ImportKind::Villages);

    // What "the same record" means for this kind, and what may be done with it.
    QString same;
    switch (k) {
    case ImportKind::Villages:
        same = tr("A row is already in the ledger when a village has the same name.");
        break;
    case ImportKind::Members:
        same = tr("A row is already in the ledger when a person has the same ID number.");
        break;
    case ImportKind::Households:
        same = tr("A row is already in the ledger when a household's head has the same ID number.");
        break;
    case ImportKind::Matters:
        same = tr("A row is already in the ledger when its village has a matter of the same name.");
        break;
    }
    const bool keepBoth = k == ImportKind::Households || k == ImportKind::Matters;
    for (QComboBox *combo : {m_duplicates, m_previewDuplicates}) {
        if (!combo)
            continue;
        const int before = combo->currentData().isValid() ? combo->currentData().toInt() : int(DuplicatePolicy::Skip);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("Skip the row, keep the record as it is"), int(DuplicatePolicy::Skip));
        combo->addItem(tr("Update the record with the row's values"), int(DuplicatePolicy::Update));
        if (keepBoth)
            combo->addItem(tr("Add the row as well (keep both)"), int(DuplicatePolicy::KeepBoth));
        combo->setCurrentIndex(qMax(0, combo->findData(before)));
        combo->setToolTip(same);
    }
    if (m_sameRule)
        m_sameRule->setText(same);
    updateExpectedColumns();
}

void ImportDialog::updateExpectedColumns()
{
    QStringList names;
    for (const ImportField &f : ImportSchema::fields(kind()))
        names << (f.required ? QStringLiteral("<b>%1</b> *").arg(html(f.label)) : html(f.label));
    m_expected->setText(tr("Columns read for %1 (* = required): %2. Other columns are left out; headers are "
                           "recognised under their usual names, and you can match them yourself in the next step.")
                            .arg(html(ImportSchema::kindName(kind())), names.join(tr(", ", "list separator"))));
}

void ImportDialog::browse()
{
    QString folder = QFileInfo(filePath()).absolutePath();
    if (filePath().isEmpty())
        folder = lastFolder().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                        : lastFolder();
    const QString path = FileDialog::getOpenFileName(this, tr("Choose the sheet to import"), folder, sheetFilter());
    if (path.isEmpty())
        return;
    lastFolder() = QFileInfo(path).absolutePath();
    setFile(path);
}

void ImportDialog::refreshSheets()
{
    const QString path = filePath();
    if (path == m_sheetsFor && m_sheet->count() > 0)
        return;
    const QString before = m_sheet->currentText();
    m_sheetsFor = path;
    m_sheet->clear();
    setSourceMessage({});
    if (path.isEmpty()) {
        updateButtons();
        return;
    }
    QString error;
    const QStringList sheets = SheetSource::sheetNames(path, &error);
    if (sheets.isEmpty()) {
        setSourceMessage(error.isEmpty() ? tr("%1 has no sheet to read.").arg(QDir::toNativeSeparators(path)) : error);
    } else {
        m_sheet->addItems(sheets);
        m_sheet->setCurrentIndex(qMax(0, sheets.indexOf(before)));
    }
    updateButtons();
}

void ImportDialog::setSourceMessage(const QString &message)
{
    m_sourceMessage->setText(message);
    m_sourceMessage->setVisible(!message.isEmpty());
}

ImportOptions ImportDialog::currentOptions() const
{
    ImportOptions options;
    options.kind = kind();
    options.createVillages = createVillages();
    options.onDuplicate = duplicatePolicy();
    options.today = m_context->today();
    options.newTermFrom = kind() == ImportKind::Members ? m_newTermFrom : QDate();
    // The clerk at the keyboard (asked at first start); the township's registered clerk otherwise.
    options.clerk = m_context->ledger().clerk().isEmpty() ? m_context->ledger().township().clerk
                                                          : m_context->ledger().clerk();
    return options;
}

QString ImportDialog::readKey() const
{
    return QString::number(int(kind())) + QLatin1Char('\n') + QFileInfo(filePath()).absoluteFilePath()
         + QLatin1Char('\n') + sheet();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_step == Step::Source && event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1
        && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_step != Step::Source || urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    setFile(urls.constFirst().toLocalFile());
    event->acceptProposedAction();
}

// ---------------------------------------------------------------------------------------------
// Moving between the steps

void ImportDialog::goTo(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    updateSteps();
    updateButtons();
}

void ImportDialog::updateSteps()
{
    const QStringList names = {tr("1 Source"), tr("2 Columns"), tr("3 Check the rows"), tr("4 Import")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        if (i == int(m_step))
            parts << QStringLiteral("<span style='font-weight:bold; color:#1a4f8b;'>%1</span>").arg(html(names.at(i)));
        else
            parts << QStringLiteral("<span style='color:#777;'>%1</span>").arg(html(names.at(i)));
    }
    m_steps->setText(parts.join(QStringLiteral(" &nbsp;›&nbsp; ")));
}

void ImportDialog::updateButtons()
{
    const bool writable = !m_context->isReadOnly();
    m_back->setVisible(m_step == Step::Mapping || m_step == Step::Preview);
    m_next->setVisible(m_step == Step::Source || m_step == Step::Mapping);
    m_import->setVisible(m_step == Step::Preview);
    m_close->setText(m_step == Step::Result ? tr("Close") : tr("Cancel"));
    switch (m_step) {
    case Step::Source:
        m_next->setEnabled(!filePath().isEmpty() && (m_sheet->count() > 0 || filePath() != m_sheetsFor));
        m_next->setDefault(true);
        break;
    case Step::Mapping:
        m_next->setEnabled(m_mapping->isComplete());
        m_next->setToolTip(m_mapping->problem());
        m_next->setDefault(true);
        break;
    case Step::Preview: {
        const int n = rowsToImport();
        m_import->setText(n > 0 ? tr("&Import %Ln row(s)", nullptr, n) : tr("Nothing to import"));
        m_import->setEnabled(writable && m_analysed && n > 0);
        m_import->setDefault(true);
        break;
    }
    case Step::Result:
        m_close->setDefault(true);
        break;
    }
}

bool ImportDialog::next()
{
    m_lastError.clear();
    m_cancelled = false;
    switch (m_step) {
    case Step::Source: {
        refreshSheets();
        if (filePath().isEmpty()) {
            fail(tr("Choose the file to import."));
            return false;
        }
        if (m_sheet->count() == 0) {
            m_lastError = m_sourceMessage->text();
            return false;
        }
        if (!m_importer || m_readKey != readKey()) {
            if (!readSheet())
                return false;
        } else {
            m_importer->setOptions(currentOptions());
        }
        goTo(Step::Mapping);
        return true;
    }
    case Step::Mapping:
        if (!m_mapping->isComplete()) {
            m_lastError = m_mapping->problem();
            return false;
        }
        m_importer->setMapping(m_mapping->mapping());
        m_importer->setOptions(currentOptions());
        syncPreviewOptions();
        if (!analyse())
            return false;
        goTo(Step::Preview);
        return true;
    case Step::Preview:
    case Step::Result:
        break;
    }
    return false;
}

void ImportDialog::back()
{
    switch (m_step) {
    case Step::Mapping:
        goTo(Step::Source);
        break;
    case Step::Preview:
        goTo(Step::Mapping);
        break;
    case Step::Source:
    case Step::Result:
        break;
    }
}

void ImportDialog::restart()
{
    m_model->clear();
    m_importer.reset();
    m_readKey.clear();
    m_analysed = false;
    m_committed = false;
    m_counts = ImportCounts{};
    m_backupPath.clear();
    m_errorsPath.clear();
    m_leftOut.clear();
    m_file->clear();
    m_sheet->clear();
    m_sheetsFor.clear();
    goTo(Step::Source);
}

void ImportDialog::fail(const QString &message)
{
    m_lastError = message;
    if (!message.isEmpty())
        MessageBox::warning(this, windowTitle(), message);
}

bool ImportDialog::withProgress(const QString &label, const std::function<bool(const Importer::Progress &)> &work)
{
    m_cancelled = false;
    QProgressDialog progress(label, tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(360);
    progress.setValue(0);
    const QLocale locale;
    const Importer::Progress report = [&](int done, int total) {
        if (total > 0) {
            progress.setMaximum(total);
            progress.setLabelText(tr("%1\n%2 of %3 rows").arg(label, locale.toString(done), locale.toString(total)));
            progress.setValue(qMin(done, total));
        } else {
            progress.setLabelText(tr("%1\n%2 rows read").arg(label, locale.toString(done)));
            progress.setValue(done); // a busy bar: the number of rows is not known before the end
        }
        if (progress.wasCanceled() || (m_hook && !m_hook(done, total))) {
            m_cancelled = true;
            return false;
        }
        return true;
    };
    const bool ok = work(report);
    progress.close();
    return ok;
}

bool ImportDialog::readSheet()
{
    m_model->clear();
    m_analysed = false;
    m_readKey.clear();
    m_newTermFrom = QDate(); // a change of term agreed for another sheet is asked again
    auto importer = std::make_unique<Importer>(m_context->ledger(), currentOptions());
    const QString path = filePath();
    const QString sheetName = sheet();
    QString error;
    SheetSource::Result result = SheetSource::Result::Failed;
    withProgress(tr("Reading %1…").arg(QFileInfo(path).fileName()), [&](const Importer::Progress &progress) {
        result = importer->read(path, sheetName, &error, progress);
        return result == SheetSource::Result::Ok;
    });
    if (result == SheetSource::Result::Cancelled || m_cancelled) {
        m_cancelled = true;
        m_lastError = tr("Reading was cancelled.");
        setSourceMessage(m_lastError);
        m_importer.reset();
        return false;
    }
    if (result == SheetSource::Result::Failed) {
        m_lastError = error;
        setSourceMessage(error);
        m_importer.reset();
        return false;
    }
    m_importer = std::move(importer);
    m_readKey = readKey();
    m_mapping->setSheet(kind(), m_importer->mapping(), firstRows(path, sheetName));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Step 3: checking every row

QWidget *ImportDialog::buildPreviewPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_previewCreate = new QCheckBox(tr("Create &missing villages"), page);
    m_previewCreate->setObjectName(QStringLiteral("previewCreateVillages"));
    m_previewDuplicates = new QComboBox(page);
    m_previewDuplicates->setObjectName(QStringLiteral("previewDuplicates"));
    auto *options = new QHBoxLayout;
    auto *dupLabel = new QLabel(tr("Already in the ledger:"), page);
    dupLabel->setBuddy(m_previewDuplicates);
    options->addWidget(dupLabel);
    options->addWidget(m_previewDuplicates);
    options->addSpacing(16);
    options->addWidget(m_previewCreate);
    options->addStretch(1);

    m_createdToggle = new QToolButton(page);
    m_createdToggle->setObjectName(QStringLiteral("createdToggle"));
    m_createdToggle->setCheckable(true);
    m_createdToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_createdToggle->setArrowType(Qt::RightArrow);
    m_createdToggle->setAutoRaise(true);
    m_created = new QPlainTextEdit(page);
    m_created->setObjectName(QStringLiteral("created"));
    m_created->setReadOnly(true);
    m_created->setMaximumHeight(110);
    m_created->hide();
    connect(m_createdToggle, &QToolButton::toggled, this, [this](bool on) {
        m_created->setVisible(on);
        m_createdToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_show = new QComboBox(page);
    m_show->setObjectName(QStringLiteral("show"));
    m_previewSaveErrors = new QPushButton(tr("Save &rejected rows…"), page);
    m_previewSaveErrors->setAutoDefault(false);
    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), page);
    showLabel->setBuddy(m_show);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_show);
    filterRow->addStretch(1);
    filterRow->addWidget(m_previewSaveErrors);

    // No column disappears without the clerk's say: each unused column is mapped (back to the
    // column mapping) or ticked to be left out.
    m_unusedLabel = new QLabel(tr("Columns with data that no field takes: map them, or tick the ones to lea&ve out "
                                  "(不导入此列):"),
                               page);
    m_unusedLabel->setWordWrap(true);
    m_unusedList = new QListWidget(page);
    m_unusedList->setObjectName(QStringLiteral("unusedColumns"));
    m_unusedList->setFlow(QListView::LeftToRight);
    m_unusedList->setWrapping(true);
    m_unusedList->setMaximumHeight(m_unusedList->fontMetrics().height() * 3 + 12);
    m_unusedLabel->setBuddy(m_unusedList);
    m_mapUnused = new QPushButton(tr("Ma&p columns…"), page);
    m_mapUnused->setObjectName(QStringLiteral("mapUnusedColumns"));
    m_mapUnused->setAutoDefault(false);
    auto *unusedRow = new QHBoxLayout;
    unusedRow->addWidget(m_unusedList, 1);
    unusedRow->addWidget(m_mapUnused, 0, Qt::AlignTop);
    connect(m_unusedList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->checkState() == Qt::Checked)
            m_leftOut.insert(item->text());
        else
            m_leftOut.remove(item->text());
    });
    connect(m_mapUnused, &QPushButton::clicked, this, &ImportDialog::back);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // 200,000 rows: fixed row heights, so nothing is measured row by row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_rowDetail = new QLabel(page);
    m_rowDetail->setObjectName(QStringLiteral("rowDetail"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetail->setMinimumHeight(m_rowDetail->fontMetrics().height() * 2 + 8);
    m_rowDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(options);
    layout->addWidget(m_createdToggle);
    layout->addWidget(m_created);
    layout->addWidget(m_unusedLabel);
    layout->addLayout(unusedRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_rowDetail);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImportDialog::showRowDetail);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { showRowDetail({}); });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { showRowDetail(m_view->currentIndex()); });
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(ImportPreviewFilter::Show(m_show->currentData().toInt())); });
    connect(m_previewCreate, &QCheckBox::toggled, this, &ImportDialog::previewOptionsChanged);
    connect(m_previewDuplicates, &QComboBox::currentIndexChanged, this, &ImportDialog::previewOptionsChanged);
    connect(m_previewSaveErrors, &QPushButton::clicked, this, &ImportDialog::saveErrorsInteractive);
    return page;
}

void ImportDialog::syncPreviewOptions()
{
    const QSignalBlocker b1(m_previewCreate);
    const QSignalBlocker b2(m_previewDuplicates);
    m_previewCreate->setChecked(m_createVillages->isChecked());
    m_previewCreate->setVisible(kind() != ImportKind::Villages);
    m_previewDuplicates->setCurrentIndex(qMax(0, m_previewDuplicates->findData(int(duplicatePolicy()))));
}

void ImportDialog::previewOptionsChanged()
{
    // The options of step 1 follow, and every row is checked again under the new ones.
    {
        const QSignalBlocker b1(m_createVillages);
        const QSignalBlocker b2(m_duplicates);
        m_createVillages->setChecked(m_previewCreate->isChecked());
        m_duplicates->setCurrentIndex(qMax(0, m_duplicates->findData(m_previewDuplicates->currentData())));
    }
    if (m_step != Step::Preview || !m_importer)
        return;
    m_importer->setOptions(currentOptions());
    analyse();
}

void ImportDialog::showRowDetail(const QModelIndex &current)
{
    // The reason in full: the column is narrower than many reasons.
    const ImportRow *r = current.isValid() ? m_model->importRow(m_filter->mapToSource(current).row()) : nullptr;
    if (!r) {
        m_rowDetail->setText(tr("Choose a row to read its reason or notes in full."));
        m_rowDetail->setStyleSheet(QStringLiteral("QLabel { color: #666; padding: 4px; }"));
        return;
    }
    QString text;
    if (r->verdict == ImportRow::Verdict::Rejected)
        text = r->column.isEmpty() ? tr("Row %1 is rejected: %2").arg(r->sourceRow).arg(r->reason)
                                   : tr("Row %1 is rejected, column %2: %3").arg(r->sourceRow).arg(r->column, r->reason);
    else if (!r->notes.isEmpty())
        text = tr("Row %1 (%2): %3")
                   .arg(r->sourceRow)
                   .arg(ImportPreviewModel::verdictText(r->verdict, m_importer->options().onDuplicate),
                        r->notes.join(tr("; ", "separator between the notes on an imported row")));
    else
        text = tr("Row %1 will be imported as it is.").arg(r->sourceRow);
    m_rowDetail->setText(text);
    m_rowDetail->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #222; padding: 4px; border-radius: 3px; }")
                                   .arg(ImportPreviewModel::verdictColour(r->verdict).name()));
}

void ImportDialog::setShow(ImportPreviewFilter::Show show)
{
    m_show->setCurrentIndex(qMax(0, m_show->findData(int(show))));
}

bool ImportDialog::analyse()
{
    m_model->clear();
    m_analysed = false;
    QString error;
    const bool ok = withProgress(tr("Checking the rows…"), [&](const Importer::Progress &progress) {
        return m_importer->analyse(&error, progress);
    });
    if (!ok) {
        if (m_cancelled || error == QLatin1String("cancelled")) {
            m_cancelled = true;
            m_lastError = tr("The check was cancelled.");
            // Back where the clerk was, without a half-checked preview.
            if (m_step == Step::Preview)
                goTo(Step::Mapping);
        } else {
            fail(tr("The rows could not be checked: %1").arg(error));
        }
        updateButtons();
        return false;
    }
    m_analysed = true;
    if (offerChangeOfTerm())
        return analyse();
    fillPreview();
    updateButtons();
    return true;
}

bool ImportDialog::offerChangeOfTerm()
{
    const QMap<QString, QDate> offers = m_importer->termChangeOffers();
    if (offers.isEmpty() || m_newTermFrom.isValid())
        return false;
    QDate from;
    for (const QDate &d : offers)
        if (!from.isValid() || d < from)
            from = d;
    const QStringList villages = offers.keys();
    const auto answer = MessageBox::question(
        this, windowTitle(),
        tr("In %1 the members took office on %2 or later, after the running term ended: a change of term (换届) "
           "that the ledger has not recorded.\n\nRecord the change of term on %2 and open the next terms from it? "
           "Otherwise these members are not imported.")
            .arg(villages.join(tr(", ", "list separator")), QLocale().toString(from, QLocale::ShortFormat)));
    if (answer != QMessageBox::Yes)
        return false;
    m_newTermFrom = from;
    m_importer->setOptions(currentOptions());
    return true;
}

QStringList ImportDialog::unconfirmedColumns() const
{
    QStringList out;
    if (!m_importer || !m_analysed)
        return out;
    for (const QString &column : m_importer->unusedColumns())
        if (!m_leftOut.contains(column))
            out << column;
    return out;
}

int ImportDialog::rowsToImport() const
{
    if (!m_importer || !m_analysed)
        return 0;
    int n = m_importer->count(ImportRow::Verdict::Ok) + m_importer->count(ImportRow::Verdict::Note);
    if (m_importer->options().onDuplicate != DuplicatePolicy::Skip)
        n += m_importer->count(ImportRow::Verdict::Duplicate);
    return n;
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

void ImportDialog::fillPreview()
{
    const Importer &imp = *m_importer;
    m_model->setImporter(&imp);
    m_model->setDuplicatePolicy(imp.options().onDuplicate);

    const QLocale locale;
    const int read = int(imp.rows().size());
    const int notes = imp.count(ImportRow::Verdict::Note);
    const int duplicates = imp.count(ImportRow::Verdict::Duplicate);
    const int rejected = imp.count(ImportRow::Verdict::Rejected);
    const DuplicatePolicy policy = imp.options().onDuplicate;

    // The counts as coloured boxes, in the colours of the verdicts below.
    auto box = [&](const QString &caption, int n, const QColor &colour) {
        return QStringLiteral("<td style='background:%1; padding:4px 12px;'>%2<br><span style='font-size:14pt; font-weight:bold;'>%3</span></td>")
            .arg(colour.name(), html(caption), locale.toString(n));
    };
    QString duplicateCaption;
    switch (policy) {
    case DuplicatePolicy::Skip:
        duplicateCaption = tr("Duplicates, skipped");
        break;
    case DuplicatePolicy::Update:
        duplicateCaption = tr("Duplicates, updated");
        break;
    case DuplicatePolicy::KeepBoth:
        duplicateCaption = tr("Duplicates, added as well");
        break;
    }
    QString text = QStringLiteral("<table cellspacing='4'><tr>");
    text += box(tr("Rows read"), read, QColor(0xee, 0xee, 0xee));
    // New records and duplicates are counted apart; the Import button says how many rows in all.
    text += box(tr("New records"), imp.count(ImportRow::Verdict::Ok) + notes,
                ImportPreviewModel::verdictColour(ImportRow::Verdict::Ok));
    text += box(tr("…of these with a note"), notes, ImportPreviewModel::verdictColour(ImportRow::Verdict::Note));
    text += box(duplicateCaption, duplicates, ImportPreviewModel::verdictColour(ImportRow::Verdict::Duplicate));
    text += box(tr("Rejected"), rejected, ImportPreviewModel::verdictColour(ImportRow::Verdict::Rejected));
    const int skipped = imp.count(ImportRow::Verdict::Skipped);
    if (skipped > 0)
        text += box(tr("Totals and notes rows, skipped"), skipped,
                    ImportPreviewModel::verdictColour(ImportRow::Verdict::Skipped));
    text += QStringLiteral("</tr></table>");
    int withFindings = 0;
    for (const ImportRow &r : imp.rows())
        withFindings += r.verdict != ImportRow::Verdict::Rejected && !r.findings.isEmpty();
    if (withFindings > 0)
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("%n row(s) will be imported with findings: the history is recorded as written, and "
                                 "what breaks the rules is listed in the notes of each row.",
                                 nullptr, withFindings)));
    if (!imp.unusedColumns().isEmpty())
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("Unused columns: %1. Go back to map them, or import without them.")
                                  .arg(imp.unusedColumns().join(tr(", ", "list separator")))));
    {
        const QSignalBlocker blocker(m_unusedList);
        m_unusedList->clear();
        for (const QString &column : imp.unusedColumns()) {
            auto *item = new QListWidgetItem(column, m_unusedList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_leftOut.contains(column) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(tr("Tick to leave this column out of the import (不导入此列)"));
        }
        const bool any = m_unusedList->count() > 0;
        m_unusedLabel->setVisible(any);
        m_unusedList->setVisible(any);
        m_mapUnused->setVisible(any);
    }
    if (!imp.derivedColumns().isEmpty())
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("Worked out by the program, not imported: %1.")
                                  .arg(imp.derivedColumns().join(tr(", ", "list separator")))));
    if (read == 0)
        text += QStringLiteral("<p>%1</p>").arg(html(tr("The sheet has no rows below the header.")));
    else if (rejected > 0)
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(tr("Rejected rows are not imported. Save them to a workbook with the reason in each "
                                 "row, correct them there and import that workbook again.")));
    else
        text += QStringLiteral("<p>%1</p>").arg(html(tr("Nothing has been written to the ledger yet.")));
    m_summary->setText(text);

    // What the import will create besides the rows themselves.
    const QStringList villages = imp.newVillages();
    const QStringList grids = imp.newGrids();
    const QStringList people = imp.newPeople();
    QStringList lines;
    auto section = [&](const QString &title, const QStringList &items) {
        if (items.isEmpty())
            return;
        if (!lines.isEmpty())
            lines << QString();
        lines << title;
        for (const QString &item : items)
            lines << QStringLiteral("    ") + item;
    };
    section(tr("Villages:"), villages);
    section(tr("Grids (village / grid):"), grids);
    section(tr("Grid workers (village / name):"), people);
    m_created->setPlainText(lines.join(QLatin1Char('\n')));
    QStringList what;
    if (!villages.isEmpty())
        what << tr("%n village(s)", nullptr, int(villages.size()));
    if (!grids.isEmpty())
        what << tr("%n grid(s)", nullptr, int(grids.size()));
    if (!people.isEmpty())
        what << tr("%n grid worker(s)", nullptr, int(people.size()));
    m_createdToggle->setText(tr("The import will also create %1").arg(what.join(tr(", ", "list separator"))));
    m_createdToggle->setVisible(!what.isEmpty());
    m_created->setVisible(!what.isEmpty() && m_createdToggle->isChecked());

    // The filter, with the count of each choice.
    {
        const int shown = m_show->currentData().isValid() ? m_show->currentData().toInt() : int(ImportPreviewFilter::Show::All);
        const QSignalBlocker block(m_show);
        m_show->clear();
        m_show->addItem(tr("All rows (%1)").arg(locale.toString(read)), int(ImportPreviewFilter::Show::All));
        m_show->addItem(tr("Rejected (%1)").arg(locale.toString(rejected)), int(ImportPreviewFilter::Show::Rejected));
        m_show->addItem(tr("With notes (%1)").arg(locale.toString(notes)), int(ImportPreviewFilter::Show::Notes));
        m_show->addItem(tr("Duplicates (%1)").arg(locale.toString(duplicates)),
                        int(ImportPreviewFilter::Show::Duplicates));
        m_show->setCurrentIndex(qMax(0, m_show->findData(shown)));
        m_filter->setShow(ImportPreviewFilter::Show(m_show->currentData().toInt()));
    }
    m_previewSaveErrors->setEnabled(rejected > 0);

    // Column widths from the headers and the first rows: measuring 200,000 rows is not needed.
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(ImportPreviewModel::SourceRowColumn, fm.horizontalAdvance(QStringLiteral("0000000")) + 12);
    int verdictWidth = 0;
    for (ImportRow::Verdict v : {ImportRow::Verdict::Ok, ImportRow::Verdict::Note, ImportRow::Verdict::Duplicate,
                                 ImportRow::Verdict::Rejected, ImportRow::Verdict::Skipped}) {
        QFont bold = m_view->font();
        bold.setBold(true);
        verdictWidth = qMax(verdictWidth, QFontMetrics(bold).horizontalAdvance(ImportPreviewModel::verdictText(v, policy)));
    }
    m_view->setColumnWidth(ImportPreviewModel::VerdictColumn, verdictWidth + 20);
    m_view->setColumnWidth(ImportPreviewModel::FaultColumn, fm.horizontalAdvance(QStringLiteral("户主身份证号")) + 20);
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int sample = qMin(int(imp.rows().size()), 500);
    int reasonWidth = fm.horizontalAdvance(QLatin1Char('M')) * 20;
    for (int r = 0; r < sample; ++r)
        reasonWidth = qMax(reasonWidth, fm.horizontalAdvance(m_model->index(r, ImportPreviewModel::ReasonColumn).data().toString()) + 16);
    m_view->setColumnWidth(ImportPreviewModel::ReasonColumn, qMin(reasonWidth, 520));
    for (int c = ImportPreviewModel::FirstCellColumn; c < m_model->columnCount(); ++c) {
        int width = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        for (int r = 0; r < sample; ++r)
            width = qMax(width, bold.horizontalAdvance(m_model->index(r, c).data().toString()) + 16);
        m_view->setColumnWidth(c, qMin(width, 240));
    }
    showRowDetail(m_view->currentIndex());
}

// ---------------------------------------------------------------------------------------------
// Step 4: importing, and the result

QWidget *ImportDialog::buildResultPage()
{
    auto *page = new QWidget(this);
    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    QFont big = m_resultTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_resultTitle->setFont(big);
    m_resultCounts = new QLabel(page);
    m_resultCounts->setObjectName(QStringLiteral("resultCounts"));
    m_resultCounts->setTextFormat(Qt::RichText);
    m_resultBackup = new QLabel(page);
    m_resultBackup->setObjectName(QStringLiteral("resultBackup"));
    m_resultBackup->setWordWrap(true);
    m_resultBackup->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultRejected = new QLabel(page);
    m_resultRejected->setObjectName(QStringLiteral("resultRejected"));
    m_resultRejected->setWordWrap(true);
    m_resultRejected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveErrors = new QPushButton(tr("Save &rejected rows…"), page);
    m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
    m_saveErrors->setAutoDefault(false);
    auto *another = new QPushButton(tr("Import &another file…"), page);
    another->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveErrors);
    buttons->addWidget(another);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultTitle);
    layout->addSpacing(6);
    layout->addWidget(m_resultCounts);
    layout->addSpacing(6);
    layout->addWidget(m_resultBackup);
    layout->addWidget(m_resultRejected);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_saveErrors, &QPushButton::clicked, this, &ImportDialog::saveErrorsInteractive);
    connect(another, &QPushButton::clicked, this, &ImportDialog::restart);
    return page;
}

bool ImportDialog::startImport()
{
    m_lastError.clear();
    m_cancelled = false;
    if (m_step != Step::Preview || !m_importer || !m_analysed)
        return false;
    if (m_context->isReadOnly()) {
        fail(tr("This ledger is open read-only: nothing can be imported into it."));
        return false;
    }
    const int n = rowsToImport();
    if (n == 0) {
        fail(tr("No row can be imported."));
        return false;
    }
    // Columns with data neither mapped nor left out on purpose: asked once, then left out.
    if (const QStringList open = unconfirmedColumns(); !open.isEmpty()) {
        const auto answer = MessageBox::question(
            this, windowTitle(),
            tr("%n column(s) with data will not be imported: %1.\n\nImport without them? Choose No to map them "
               "first.",
               nullptr, int(open.size()))
                .arg(open.join(tr(", ", "list separator"))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_lastError = tr("Not imported: map the unused columns or tick them to leave them out.");
            return false;
        }
        for (int i = 0; i < m_unusedList->count(); ++i)
            m_unusedList->item(i)->setCheckState(Qt::Checked);
    }
    ImportCounts counts;
    QString error;
    QString backup;
    const bool ok = withProgress(tr("Importing %Ln row(s)…", nullptr, n), [&](const Importer::Progress &progress) {
        return m_importer->commit(&counts, &error, progress, &backup);
    });
    if (!ok) {
        if (m_cancelled || error == QLatin1String("cancelled")) {
            m_cancelled = true;
            m_lastError = tr("The import was cancelled; nothing was written to the ledger.");
            MessageBox::information(this, windowTitle(), m_lastError);
        } else {
            fail(tr("Nothing was imported: %1").arg(error));
            // The ledger may have changed since the check: check again, so the preview is true.
            analyse();
        }
        return false;
    }
    m_committed = true;
    m_counts = counts;
    m_backupPath = backup;
    // Every view of villages, people, households and matters reads the ledger again.
    m_context->notifyChanged(LedgerContext::Change::Everything, 0);
    fillResult();
    goTo(Step::Result);
    if (counts.rejected > 0) {
        const auto answer = MessageBox::question(
            this, windowTitle(),
            tr("%Ln row(s) were rejected and not imported. Save them, with the reason in each row, to a workbook to "
               "correct and import again?",
               nullptr, counts.rejected),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            saveErrorsInteractive();
    }
    return true;
}

void ImportDialog::fillResult()
{
    const QLocale locale;
    m_resultTitle->setText(m_counts.imported + m_counts.updated > 0 ? tr("The import is done.")
                                                                     : tr("The import is done; no row was written."));
    auto row = [&](const QString &caption, int n, const QString &colour = {}) {
        const QString style = colour.isEmpty() ? QString() : QStringLiteral(" style='background:%1;'").arg(colour);
        return QStringLiteral("<tr><td style='padding:2px 16px 2px 4px;'>%1</td><td align='right'%2 "
                              "style='padding:2px 8px;'><b>%3</b></td></tr>")
            .arg(html(caption), style, locale.toString(n));
    };
    QString text = QStringLiteral("<table>");
    text += row(tr("Rows read"), m_counts.read);
    text += row(tr("Imported (new records)"), m_counts.imported,
                ImportPreviewModel::verdictColour(ImportRow::Verdict::Ok).name());
    text += row(tr("Updated (records already in the ledger)"), m_counts.updated,
                ImportPreviewModel::verdictColour(ImportRow::Verdict::Duplicate).name());
    text += row(tr("Skipped (already in the ledger)"), m_counts.skipped);
    text += row(tr("Rejected"), m_counts.rejected,
                m_counts.rejected > 0 ? ImportPreviewModel::verdictColour(ImportRow::Verdict::Rejected).name() : QString());
    text += QStringLiteral("</table>");
    m_resultCounts->setText(text);
    m_resultBackup->setText(tr("Before the import, the ledger was backed up as:\n%1\nOpen that file to go back to the "
                               "ledger as it was.")
                                .arg(QDir::toNativeSeparators(m_backupPath)));
    m_resultRejected->setText(m_counts.rejected > 0
                                  ? tr("%Ln row(s) were rejected. Save them to a workbook: each keeps its cells, with "
                                       "the sheet row, the column at fault and the reason beside them.",
                                       nullptr, m_counts.rejected)
                                  : tr("No row was rejected."));
    m_saveErrors->setVisible(m_counts.rejected > 0);
}

QString ImportDialog::suggestedErrorsPath() const
{
    const QFileInfo info(m_importer ? m_importer->path() : filePath());
    const QString name = tr("%1-errors", "file name of the rejected rows of an import: the imported file's name")
                             .arg(info.completeBaseName());
    return QDir(info.absolutePath()).filePath(TableExporter::safeFileName(name) + QStringLiteral(".xlsx"));
}

bool ImportDialog::saveErrors(const QString &path)
{
    m_lastError.clear();
    if (!m_importer || !m_analysed) {
        m_lastError = tr("Check the rows first.");
        return false;
    }
    QString target = path;
    if (QFileInfo(target).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        target += QStringLiteral(".xlsx");
    QString error;
    if (!m_importer->writeErrors(target, &error)) {
        fail(tr("The rejected rows could not be saved: %1").arg(error));
        return false;
    }
    m_errorsPath = target;
    if (m_step == Step::Result)
        m_resultRejected->setText(tr("%Ln rejected row(s) saved in %1", nullptr, m_counts.rejected)
                                      .arg(QDir::toNativeSeparators(target)));
    return true;
}

void ImportDialog::saveErrorsInteractive()
{
    const QString suggested = m_errorsPath.isEmpty() ? suggestedErrorsPath() : m_errorsPath;
    const QString path = FileDialog::getSaveFileName(this, tr("Save the rejected rows"), suggested,
                                                     tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (saveErrors(path))
        TableExporter::offerToOpenFolder(this, windowTitle(), m_errorsPath);
}

void ImportDialog::showLog()
{
    auto *log = new ImportLogDialog(m_context, this);
    log->setAttribute(Qt::WA_DeleteOnClose);
    log->show();
}

} // namespace tl::ui
