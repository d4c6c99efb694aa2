// 导入表格: the import dialog driven like a clerk would — a CSV with a title row, the columns
// found, every row's verdict in the preview, a cancelled import that writes nothing, the import,
// the rejected rows saved to a workbook, the views reloaded and the import log.

#include "TestSupport.h"

#include "grids/HouseholdRepository.h"
#include "grids/HouseholdsPage.h"
#include "grids/HouseholdModel.h"
#include "import/ImportDialog.h"
#include "import/ImportLogDialog.h"
#include "import/ImportMappingWidget.h"
#include "import/ImportPreviewModel.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "model/VillageRepository.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"
#include "common/TableExporter.h"

#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <iostream>

using namespace tl;
using namespace tl::ui;

namespace {

qint64 addVillage(Ledger &ledger, const QString &name)
{
    Village v;
    v.name = name;
    v.adults = 800;
    v.representatives = 40;
    const Saved s = VillageRepository(ledger).insert(v);
    REQUIRE(s.ok());
    return s.id;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// An ID number with a wrong check digit.
QString badId(const QString &good)
{
    const QChar last = good.back();
    return good.left(17) + (last == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
}

// The households roster of 东村 as a clerk keeps it: a title row, the header, three good rows,
// one for a village the ledger does not have and one with a mistyped ID number.
QString householdsCsv(const test::TempDir &tmp)
{
    const QString id1 = test::makeId(QStringLiteral("371302"), QDate(1970, 5, 1), 11);
    const QString id2 = test::makeId(QStringLiteral("371302"), QDate(1980, 6, 2), 23);
    const QString id3 = test::makeId(QStringLiteral("371302"), QDate(1965, 1, 9), 35);
    const QString id4 = test::makeId(QStringLiteral("371302"), QDate(1990, 3, 3), 47);
    const QString id5 = test::makeId(QStringLiteral("371302"), QDate(1958, 8, 8), 59);
    const QString csv = QStringLiteral("东村户籍台账（2026年）,,,,,,,,\n"
                                       "村名,村民小组,户主姓名,户主身份证号,门牌号,家庭人口,联系电话,所属网格,网格员\n"
                                       "东村,一组,张大山,%1,东村1号,4,13800138000,第一网格,王网格\n"
                                       "东村,一组,李小河,%2,\"东村2号,后院\",3,,第一网格,王网格\n"
                                       "东村,二组,周三,%3,东村8号,2,,,\n"
                                       "南村,二组,赵无村,%4,南村1号,2,,,\n"
                                       "东村,二组,钱坏号,%5,东村9号,5,,,\n")
                            .arg(id1, id2, id3, id4, badId(id5));
    const QString path = tmp.file(QStringLiteral("households.csv"));
    writeFile(path, csv.toUtf8());
    return path;
}

const ImportRow *rowAt(const ImportPreviewModel *model, int sourceRow)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->importRow(r)->sourceRow == sourceRow)
            return model->importRow(r);
    return nullptr;
}

int households(Ledger &ledger, qint64 villageId = 0)
{
    HouseholdFilter filter;
    filter.villageId = villageId;
    return HouseholdRepository(ledger).count(filter);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Import dialog: a households CSV checked row by row, imported, rejected rows saved", "[gui][import]")
{
    test::TempDir tmp;
    LedgerContext context(test::newLedger(tmp.file(QStringLiteral("t.ledger"))));
    context.setToday(test::fixedToday());
    const qint64 east = addVillage(context.ledger(), QStringLiteral("东村"));
    const QString csv = householdsCsv(tmp);

    // A households list open beside the dialog, as the clerk may have it.
    HouseholdsPage page(&context);
    page.resize(900, 500);
    page.show();
    page.applyFilterNow();
    settle();
    REQUIRE(page.model()->rowCount() == 0);
    QSignalSpy changed(&context, &LedgerContext::changed);

    ImportDialog dialog(&context);
    dialog.show();

    // Step 1: what, which file, which sheet.
    dialog.setKind(ImportKind::Households);
    dialog.setFile(csv);
    CHECK(dialog.sheetNames() == QStringList{QStringLiteral("households")});
    CHECK(dialog.nextButton()->isEnabled());
    CHECK(dialog.duplicatePolicy() == DuplicatePolicy::Skip);
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-1-source"));

    // A file that is not a table is refused on the spot, by its content.
    const QString pdf = tmp.file(QStringLiteral("report.xlsx"));
    writeFile(pdf, QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"));
    dialog.setFile(pdf);
    CHECK(dialog.sheetNames().isEmpty());
    CHECK_FALSE(dialog.next());
    CHECK(dialog.step() == ImportDialog::Step::Source);
    CHECK_FALSE(dialog.lastError().isEmpty());
    dialog.setFile(csv);

    // Step 2: the header is row 2 (below the title) and every column is found.
    REQUIRE(dialog.next());
    REQUIRE(dialog.step() == ImportDialog::Step::Mapping);
    ImportMappingWidget *mapping = dialog.mappingWidget();
    CHECK(mapping->headerRow() == 2);
    CHECK(mapping->headerRowBox()->value() == 2);
    const int headName = ImportSchema::fieldIndex(ImportKind::Households, QStringLiteral("headName"));
    const int village = ImportSchema::fieldIndex(ImportKind::Households, QStringLiteral("village"));
    const int worker = ImportSchema::fieldIndex(ImportKind::Households, QStringLiteral("worker"));
    CHECK(mapping->column(village) == 0);
    CHECK(mapping->column(headName) == 2);
    CHECK(mapping->column(worker) == 8);
    CHECK(mapping->columnName(2) == QStringLiteral("C: 户主姓名"));
    CHECK(mapping->table()->rowCount() == ImportSchema::fields(ImportKind::Households).size());
    CHECK(mapping->table()->item(headName, 2)->text() == QStringLiteral("张大山")); // the example
    CHECK(dialog.nextButton()->isEnabled());
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-2-mapping"));

    // A required field without a column: Next is disabled and says why.
    mapping->setColumn(headName, -1);
    CHECK_FALSE(dialog.nextButton()->isEnabled());
    CHECK_FALSE(dialog.next());
    CHECK(dialog.lastError().contains(QStringLiteral("Head of household")));
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-2-mapping-missing"));
    mapping->setColumn(headName, 2);
    CHECK(dialog.nextButton()->isEnabled());
    // Another header row, and back.
    mapping->setHeaderRow(1);
    CHECK(mapping->column(headName) == -1);
    CHECK_FALSE(dialog.nextButton()->isEnabled());
    mapping->setHeaderRow(2);
    CHECK(mapping->column(headName) == 2);

    // Step 3: every row with its verdict; nothing is written yet.
    REQUIRE(dialog.next());
    REQUIRE(dialog.step() == ImportDialog::Step::Preview);
    ImportPreviewModel *model = dialog.previewModel();
    REQUIRE(model->rowCount() == 5);
    CHECK(model->columnCount() == ImportPreviewModel::FirstCellColumn + 9);
    CHECK(model->headerData(ImportPreviewModel::FirstCellColumn + 2, Qt::Horizontal).toString() == QStringLiteral("户主姓名"));
    for (int row : {3, 4, 5}) {
        INFO("sheet row " << row);
        REQUIRE(rowAt(model, row));
        CHECK(rowAt(model, row)->verdict == ImportRow::Verdict::Ok);
    }
    const ImportRow *unknownVillage = rowAt(model, 6);
    REQUIRE(unknownVillage);
    CHECK(unknownVillage->verdict == ImportRow::Verdict::Rejected);
    CHECK(unknownVillage->column == QStringLiteral("村名"));
    CHECK(unknownVillage->reason.contains(QStringLiteral("南村")));
    const ImportRow *wrongId = rowAt(model, 7);
    REQUIRE(wrongId);
    CHECK(wrongId->verdict == ImportRow::Verdict::Rejected);
    CHECK(wrongId->column == QStringLiteral("户主身份证号"));
    // What the table shows for a rejected row: the verdict, the column, the reason, the cells.
    const int rejectedRow = int(unknownVillage - &dialog.importer()->rows().constFirst());
    CHECK(model->index(rejectedRow, ImportPreviewModel::VerdictColumn).data().toString() == QStringLiteral("Rejected"));
    CHECK(model->index(rejectedRow, ImportPreviewModel::SourceRowColumn).data().toInt() == 6);
    CHECK(model->index(rejectedRow, ImportPreviewModel::FaultColumn).data().toString() == QStringLiteral("村名"));
    CHECK(model->index(rejectedRow, ImportPreviewModel::FirstCellColumn + 2).data().toString() == QStringLiteral("赵无村"));
    CHECK(model->faultCellColumn(rejectedRow) == ImportPreviewModel::FirstCellColumn);
    CHECK(model->index(rejectedRow, ImportPreviewModel::VerdictColumn).data(Qt::BackgroundRole).value<QBrush>().color()
          == ImportPreviewModel::verdictColour(ImportRow::Verdict::Rejected));
    CHECK(model->index(0, ImportPreviewModel::VerdictColumn).data(Qt::BackgroundRole).value<QBrush>().color()
          == ImportPreviewModel::verdictColour(ImportRow::Verdict::Ok));
    CHECK(dialog.rowsToImport() == 3);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text().contains(QStringLiteral("3")));
    CHECK(dialog.importer()->newGrids() == QStringList{QStringLiteral("东村 / 第一网格")});
    CHECK(dialog.importer()->newPeople() == QStringList{QStringLiteral("东村 / 王网格")});
    CHECK(households(context.ledger()) == 0);
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-3-preview"));

    // The filter shows one verdict at a time.
    dialog.setShow(ImportPreviewFilter::Show::Rejected);
    CHECK(dialog.previewFilter()->rowCount() == 2);
    // The chosen row's reason in full below the table.
    dialog.previewView()->setCurrentIndex(dialog.previewFilter()->index(0, 0));
    auto *detail = dialog.findChild<QLabel *>(QStringLiteral("rowDetail"));
    REQUIRE(detail);
    CHECK(detail->text().contains(QStringLiteral("Row 6")));
    CHECK(detail->text().contains(QStringLiteral("南村")));
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-3-preview-rejected"));
    dialog.setShow(ImportPreviewFilter::Show::Duplicates);
    CHECK(dialog.previewFilter()->rowCount() == 0);
    dialog.setShow(ImportPreviewFilter::Show::All);
    CHECK(dialog.previewFilter()->rowCount() == 5);

    // Creating missing villages, chosen here, checks the rows again: 南村 would be created.
    auto *createHere = dialog.findChild<QCheckBox *>(QStringLiteral("previewCreateVillages"));
    REQUIRE(createHere);
    createHere->setChecked(true);
    CHECK(dialog.createVillages());
    CHECK(dialog.importer()->newVillages() == QStringList{QStringLiteral("南村")});
    CHECK(rowAt(model, 6)->verdict == ImportRow::Verdict::Note);
    CHECK(dialog.rowsToImport() == 4);
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-3-preview-create"));
    createHere->setChecked(false);
    CHECK(rowAt(model, 6)->verdict == ImportRow::Verdict::Rejected);
    CHECK(dialog.rowsToImport() == 3);

    // A cancelled import writes nothing, and says so.
    dialog.setProgressHook([](int, int) { return false; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.startImport());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(dialog.wasCancelled());
    CHECK(dialog.lastError().contains(QStringLiteral("nothing was written")));
    CHECK(MessageBox::lastText() == dialog.lastError());
    CHECK(dialog.step() == ImportDialog::Step::Preview);
    CHECK(households(context.ledger()) == 0);
    CHECK(Importer::log(context.ledger()).isEmpty());
    dialog.setProgressHook({});

    // Step 4: the import. Two rows were rejected: the clerk saves them beside the sheet, where
    // the file dialog suggests, and does not open the folder.
    changed.clear();
    const QString rejected = tmp.file(QStringLiteral("rejected.xlsx"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(rejected);
    MessageBox::setNextAnswer(QMessageBox::Close);
    REQUIRE(dialog.startImport());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(FileDialog::lastOffered() == dialog.suggestedErrorsPath());
    CHECK(MessageBox::lastText() == TableExporter::tr("Saved %1").arg(QDir::toNativeSeparators(rejected)));
    CHECK(QFile::exists(rejected));
    CHECK(dialog.step() == ImportDialog::Step::Result);
    CHECK(dialog.counts().read == 5);
    CHECK(dialog.counts().imported == 3);
    CHECK(dialog.counts().rejected == 2);
    CHECK(QFile::exists(dialog.backupPath()));
    CHECK(households(context.ledger(), east) == 3);
    CHECK(VillageRepository(context.ledger()).all().size() == 1); // no 南村
    {
        HouseholdRepository repo(context.ledger());
        HouseholdFilter filter;
        filter.villageId = east;
        const QList<Household> got = repo.fetch(repo.ids(filter));
        REQUIRE(got.size() == 3);
        QStringList names;
        for (const Household &h : got)
            names << h.headName;
        names.sort();
        CHECK(names == QStringList{QStringLiteral("周三"), QStringLiteral("张大山"), QStringLiteral("李小河")});
        for (const Household &h : got)
            if (h.headName == QStringLiteral("李小河")) {
                CHECK(h.address == QStringLiteral("东村2号,后院"));
                CHECK(h.gridId > 0);
                CHECK(h.workerId > 0);
            }
    }
    // The views were told, and the open households list shows the new rows.
    REQUIRE(changed.size() >= 1);
    CHECK(changed.last().at(0).value<LedgerContext::Change>() == LedgerContext::Change::Everything);
    QTest::qWait(20);
    CHECK(page.model()->rowCount() == 3);
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-4-result"));

    // The rejected rows as a workbook beside the sheet, with their cells and reasons.
    const QString errors = dialog.suggestedErrorsPath();
    CHECK(QFileInfo(errors).fileName() == QStringLiteral("households-errors.xlsx"));
    CHECK(QFileInfo(errors).absolutePath() == QFileInfo(csv).absolutePath());
    REQUIRE(dialog.saveErrors(errors));
    REQUIRE(QFile::exists(errors));
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import openpyxl,sys\n"
                             "ws=openpyxl.load_workbook(sys.argv[1]).active\n"
                             "rows=[r for r in ws.iter_rows(values_only=True) if any(c is not None for c in r)]\n"
                             "print(len(rows)); print(rows[2][2]); print(rows[3][2]); print(rows[2][-1])\n"),
              errors});
    REQUIRE(py.waitForFinished(60000));
    INFO(py.readAllStandardError().toStdString());
    const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 4);
    CHECK(lines[0] == QStringLiteral("4")); // title, header and the two rejected rows
    CHECK(lines[1] == QStringLiteral("赵无村"));
    CHECK(lines[2] == QStringLiteral("钱坏号"));
    CHECK(lines[3].contains(QStringLiteral("南村")));

    // The import log lists it.
    const QList<Importer::LogEntry> log = Importer::log(context.ledger());
    REQUIRE(log.size() == 1);
    CHECK(log[0].counts.imported == 3);
    ImportLogDialog logDialog(&context);
    logDialog.show();
    REQUIRE(logDialog.model()->rowCount() == 1);
    CHECK(logDialog.model()->index(0, 2).data().toString() == QStringLiteral("households.csv"));
    CHECK(logDialog.model()->index(0, 5).data().toInt() == 3);
    CHECK(logDialog.model()->index(0, 8).data().toInt() == 2);
    settle();
    test::saveScreenshot(&logDialog, QStringLiteral("import-5-log"));

    // The same file again: its rows are duplicates now, skipped unless the clerk says otherwise.
    dialog.restart();
    CHECK(dialog.step() == ImportDialog::Step::Source);
    dialog.setFile(csv);
    REQUIRE(dialog.next());
    REQUIRE(dialog.next());
    CHECK(rowAt(model, 3)->verdict == ImportRow::Verdict::Duplicate);
    CHECK(dialog.rowsToImport() == 0);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(model->index(0, ImportPreviewModel::VerdictColumn).data().toString() == QStringLiteral("Duplicate: skip"));
    dialog.setDuplicatePolicy(DuplicatePolicy::Update);
    // (the option of step 1 is taken when the rows are checked again)
    dialog.back();
    REQUIRE(dialog.next());
    CHECK(dialog.rowsToImport() == 3);
    CHECK(model->index(0, ImportPreviewModel::VerdictColumn).data().toString() == QStringLiteral("Duplicate: update"));
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-3-preview-duplicates"));
}

TEST_CASE("Import dialog: no header found, the clerk chooses the header row and the columns", "[gui][import]")
{
    test::TempDir tmp;
    LedgerContext context(test::newLedger(tmp.file(QStringLiteral("t.ledger"))));
    context.setToday(test::fixedToday());
    addVillage(context.ledger(), QStringLiteral("东村"));
    const QString path = tmp.file(QStringLiteral("odd.csv"));
    writeFile(path, QStringLiteral("Village;Head;People\n东村;张大山;4\n东村;李小河;3\n").toUtf8());

    ImportDialog dialog(&context);
    dialog.show();
    dialog.setKind(ImportKind::Households);
    dialog.setFile(path);
    REQUIRE(dialog.next());
    ImportMappingWidget *mapping = dialog.mappingWidget();
    CHECK(mapping->headerRow() == 0);
    CHECK_FALSE(dialog.nextButton()->isEnabled());
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-2-mapping-no-header"));
    mapping->setHeaderRow(1);
    CHECK(mapping->columnName(1) == QStringLiteral("B: Head"));
    CHECK_FALSE(dialog.nextButton()->isEnabled()); // the required columns are not matched yet
    mapping->setColumn(ImportSchema::fieldIndex(ImportKind::Households, QStringLiteral("village")), 0);
    mapping->setColumn(ImportSchema::fieldIndex(ImportKind::Households, QStringLiteral("headName")), 1);
    mapping->setColumn(ImportSchema::fieldIndex(ImportKind::Households, QStringLiteral("people")), 2);
    CHECK(dialog.nextButton()->isEnabled());
    REQUIRE(dialog.next());
    CHECK(dialog.previewModel()->rowCount() == 2);
    CHECK(dialog.rowsToImport() == 2);
    REQUIRE(dialog.startImport());
    CHECK(households(context.ledger()) == 2);
}

TEST_CASE("Import dialog: a cancelled read stays on the first step", "[gui][import]")
{
    test::TempDir tmp;
    LedgerContext context(test::newLedger(tmp.file(QStringLiteral("t.ledger"))));
    const QString path = tmp.file(QStringLiteral("big.csv"));
    QByteArray csv = "村名,户主姓名,家庭人口\n";
    for (int i = 0; i < 5000; ++i)
        csv += "东村,户主" + QByteArray::number(i) + ",3\n";
    writeFile(path, csv);
    ImportDialog dialog(&context);
    dialog.setFile(path);
    dialog.setProgressHook([](int, int) { return false; });
    CHECK_FALSE(dialog.next());
    CHECK(dialog.wasCancelled());
    CHECK(dialog.step() == ImportDialog::Step::Source);
    CHECK(dialog.importer() == nullptr);
}

TEST_CASE("Import dialog: 200,000 rows preview without per-row cost", "[gui][import][slow]")
{
    test::TempDir tmp;
    LedgerContext context(test::newLedger(tmp.file(QStringLiteral("t.ledger"))));
    context.setToday(test::fixedToday());
    addVillage(context.ledger(), QStringLiteral("东村"));
    const QString path = tmp.file(QStringLiteral("county.csv"));
    const int n = 200000;
    {
        QByteArray csv = "村名,村民小组,户主姓名,家庭人口\n";
        csv.reserve(n * 40);
        for (int i = 0; i < n; ++i)
            csv += (i % 50 == 7 ? "西村" : "东村") + QByteArray(",一组,户主") + QByteArray::number(i) + ",3\n";
        writeFile(path, csv);
    }
    ImportDialog dialog(&context);
    dialog.show();
    dialog.setFile(path);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(dialog.next());
    const qint64 read = timer.restart();
    REQUIRE(dialog.next());
    const qint64 checked = timer.restart();
    REQUIRE(dialog.previewModel()->rowCount() == n);
    settle();
    dialog.previewView()->scrollToBottom();
    dialog.grab();
    const qint64 shown = timer.restart();
    dialog.setShow(ImportPreviewFilter::Show::Rejected);
    CHECK(dialog.previewFilter()->rowCount() == n / 50);
    dialog.grab();
    const qint64 filtered = timer.restart();
    std::cout << "import preview of " << n << " rows: read " << read << " ms, checked " << checked << " ms, shown "
              << shown << " ms, filtered " << filtered << " ms" << std::endl;
    CHECK(shown < 2000);
    CHECK(filtered < 2000);
    test::saveScreenshot(&dialog, QStringLiteral("import-3-preview-200k-rejected"));
}

TEST_CASE("Import: in the File menu, disabled for a read-only ledger", "[gui][import]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("t.ledger"));
    test::newLedger(path).reset();
    MainWindow window;
    REQUIRE(window.openLedger(path));
    auto action = [&](const char *name) {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->objectName() == QLatin1String(name))
                return a;
        return static_cast<QAction *>(nullptr);
    };
    REQUIRE(action("importAction"));
    CHECK(action("importAction")->isEnabled());
    REQUIRE(action("importLogAction"));
    CHECK(action("importLogAction")->isEnabled());

    REQUIRE(window.openLedger(path, Ledger::Access::ReadOnly));
    REQUIRE(action("importAction"));
    CHECK_FALSE(action("importAction")->isEnabled());
    CHECK(action("importLogAction")->isEnabled());
}

TEST_CASE("Import dialog: an irregular history imports with its findings shown; unused columns named; a roster after 换届 asks",
          "[gui][import]")
{
    test::TempDir tmp;
    LedgerContext context(test::newLedger(tmp.file(QStringLiteral("t.ledger"))));
    context.setToday(test::fixedToday());
    addVillage(context.ledger(), QStringLiteral("东村"));

    // A county template as CSV: step names over their sub-columns; 商议 dated before 提议.
    const QString matters = tmp.file(QStringLiteral("matters.csv"));
    writeFile(matters, QStringLiteral("村名,事项名称,党支部提议,两委会商议,党员大会审议,,,,经办人\n"
                                      ",,时间,时间,时间,应到,实到,同意,\n"
                                      "东村,修建村道,2026-03-05,2026-03-02,2026-03-10,30,28,25,王会计\n")
                           .toUtf8());
    {
        ImportDialog dialog(&context);
        dialog.resize(1100, 700);
        dialog.show();
        dialog.setKind(ImportKind::Matters);
        dialog.setFile(matters);
        REQUIRE(dialog.next());
        CHECK(dialog.mappingWidget()->headerRow() == 2);
        REQUIRE(dialog.next());
        REQUIRE(dialog.step() == ImportDialog::Step::Preview);
        ImportPreviewModel *model = dialog.previewModel();
        REQUIRE(model->rowCount() == 1);
        const ImportRow *row = rowAt(model, 3);
        REQUIRE(row);
        CHECK(row->verdict == ImportRow::Verdict::Note);
        CHECK_FALSE(row->findings.isEmpty());
        const QString verdict = model->data(model->index(0, ImportPreviewModel::VerdictColumn)).toString();
        CHECK(verdict.contains(QStringLiteral("finding")));
        const QString notes = model->data(model->index(0, ImportPreviewModel::ReasonColumn)).toString();
        CHECK(notes.contains(QStringLiteral("step 2")));
        CHECK(dialog.summaryText().contains(QStringLiteral("经办人")));
        CHECK(dialog.rowsToImport() == 1);
        settle();
        test::saveScreenshot(&dialog, QStringLiteral("import-findings-preview"));
    }

    // A roster after a change of term: the dialog offers to open the next term from its date.
    const QString before = tmp.file(QStringLiteral("roster-2021.csv"));
    writeFile(before, QStringLiteral("村名,姓名,身份证号,职务,任职时间\n东村,王老书记,%1,党支部书记,2021-05-10\n")
                          .arg(test::makeId(QStringLiteral("371302"), QDate(1960, 1, 2), 11))
                          .toUtf8());
    {
        ImportOptions options;
        options.kind = ImportKind::Members;
        options.today = test::fixedToday();
        Importer importer(context.ledger(), options);
        QString error;
        REQUIRE(importer.read(before, QString(), &error) == SheetSource::Result::Ok);
        REQUIRE(importer.analyse(&error));
        ImportCounts counts;
        REQUIRE(importer.commit(&counts, &error));
        REQUIRE(counts.imported == 1);
    }
    const QString after = tmp.file(QStringLiteral("roster-2026.csv"));
    writeFile(after, QStringLiteral("村名,姓名,身份证号,职务,任职时间\n东村,李新书记,%1,党支部书记,2026-06-01\n")
                         .arg(test::makeId(QStringLiteral("371302"), QDate(1980, 3, 4), 22))
                         .toUtf8());
    ImportDialog dialog(&context);
    dialog.show();
    dialog.setKind(ImportKind::Members);
    dialog.setFile(after);
    REQUIRE(dialog.next());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(dialog.next());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("东村")));
    CHECK(dialog.importer()->options().newTermFrom == QDate(2026, 6, 1));
    CHECK(dialog.importer()->count(ImportRow::Verdict::Rejected) == 0);
    CHECK(dialog.rowsToImport() == 1);
}

TEST_CASE("Import dialog: each unused column is mapped or left out on purpose; importing with one open asks once",
          "[gui][import]")
{
    test::TempDir tmp;
    LedgerContext context(test::newLedger(tmp.file(QStringLiteral("t.ledger"))));
    context.setToday(test::fixedToday());
    addVillage(context.ledger(), QStringLiteral("东村"));
    const QString path = tmp.file(QStringLiteral("households.csv"));
    writeFile(path, QStringLiteral("村名,户主姓名,家庭人口,经办人,走访记录\n东村,张大山,4,王会计,已走访\n东村,李小河,3,王会计,\n")
                        .toUtf8());

    ImportDialog dialog(&context);
    dialog.resize(1100, 700);
    dialog.show();
    dialog.setKind(ImportKind::Households);
    dialog.setFile(path);
    REQUIRE(dialog.next());
    REQUIRE(dialog.next());
    REQUIRE(dialog.step() == ImportDialog::Step::Preview);
    QListWidget *unused = dialog.unusedColumnsList();
    REQUIRE(unused->count() == 2);
    CHECK(unused->isVisible());
    CHECK(unused->item(0)->text() == QStringLiteral("经办人"));
    CHECK(unused->item(0)->checkState() == Qt::Unchecked);
    CHECK(dialog.unconfirmedColumns() == QStringList{QStringLiteral("经办人"), QStringLiteral("走访记录")});
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("import-unused-columns"));

    // One left out on purpose; the other still open: the import asks, and No writes nothing.
    unused->item(0)->setCheckState(Qt::Checked);
    CHECK(dialog.unconfirmedColumns() == QStringList{QStringLiteral("走访记录")});
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(dialog.startImport());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("走访记录")));
    CHECK_FALSE(MessageBox::lastText().contains(QStringLiteral("经办人")));
    CHECK(dialog.step() == ImportDialog::Step::Preview);
    CHECK(HouseholdRepository(context.ledger()).count(HouseholdFilter{}) == 0);

    // The choice survives a new check of the rows (an option changed).
    auto *duplicates = dialog.findChild<QComboBox *>(QStringLiteral("previewDuplicates"));
    REQUIRE(duplicates);
    duplicates->setCurrentIndex(duplicates->findData(int(DuplicatePolicy::Update)));
    REQUIRE(unused->count() == 2);
    CHECK(unused->item(0)->checkState() == Qt::Checked);
    CHECK(unused->item(1)->checkState() == Qt::Unchecked);

    // Yes leaves it out too, and the rows import; nothing else is asked.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(dialog.startImport());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(dialog.step() == ImportDialog::Step::Result);
    CHECK(HouseholdRepository(context.ledger()).count(HouseholdFilter{}) == 2);

    // Both ticked beforehand: nothing is asked.
    ImportDialog again(&context);
    again.show();
    again.setKind(ImportKind::Households);
    again.setDuplicatePolicy(DuplicatePolicy::Update);
    again.setFile(path);
    REQUIRE(again.next());
    REQUIRE(again.next());
    for (int i = 0; i < again.unusedColumnsList()->count(); ++i)
        again.unusedColumnsList()->item(i)->setCheckState(Qt::Checked);
    MessageBox::setNextAnswer(QMessageBox::No); // would refuse the import if a question came
    REQUIRE(again.startImport());
    CHECK(MessageBox::pendingAnswers() == 1);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}
