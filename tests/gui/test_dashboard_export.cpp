// The township dashboard (charts against core figures, the quarter, PNG), "Export to Excel" of a
// filtered table, the quarterly report dialog (a workbook; a cancel leaves no file) and the
// county roll-up dialog.
#include "TestSupport.h"
#include "storage/AuditTrail.h"

#include "reports/DashboardPage.h"
#include "disclosures/Disclosures.h"
#include "reports/ExportReportDialog.h"
#include "grids/HouseholdRepository.h"
#include "committees/Indicators.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "matters/MatterBoard.h"
#include "common/QuarterPicker.h"
#include "reports/QuarterlyReport.h"
#include "reports/RollupDialog.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <iostream>

using namespace tl;
using namespace tl::ui;

namespace {

struct DemoContext
{
    test::TempDir tmp;
    std::unique_ptr<LedgerContext> context;

    explicit DemoContext(int villages = 12)
    {
        context = std::make_unique<LedgerContext>(test::demoLedger(tmp.file(QStringLiteral("dash.ledger")), villages));
        context->setToday(test::fixedToday());
    }
};

double sumOf(const QBarSet *set)
{
    double s = 0;
    for (int i = 0; i < set->count(); ++i)
        s += set->at(i);
    return s;
}

double sumOfSets(const QAbstractBarSeries *series)
{
    double s = 0;
    for (const QBarSet *set : series->barSets())
        s += sumOf(set);
    return s;
}

template <typename T>
T *onlySeries(DashboardPage &page, DashboardPage::Chart which)
{
    QChartView *view = page.chartView(which);
    REQUIRE(view);
    REQUIRE(view->chart()->series().size() == 1);
    auto *series = qobject_cast<T *>(view->chart()->series().first());
    REQUIRE(series);
    return series;
}

QPieSlice *sliceStarting(QPieSeries *series, const QString &label)
{
    for (QPieSlice *s : series->slices())
        if (s->label().startsWith(label))
            return s;
    return nullptr;
}

// Runs python3 with openpyxl over a workbook; returns what the script printed.
QString python(const QString &script, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool isOpen(MatterStatus s)
{
    return s != MatterStatus::Completed && s != MatterStatus::Rejected && s != MatterStatus::Withdrawn;
}

} // namespace

TEST_CASE("Dashboard charts match the core figures", "[gui][dashboard]")
{
    DemoContext demo;
    Ledger &ledger = demo.context->ledger();
    DashboardPage page(demo.context.get());
    page.resize(1500, 1100);
    const Quarter q{2026, 4};
    page.setQuarter(q);
    page.show();
    page.refresh();
    CHECK(page.quarter().code() == QStringLiteral("2026Q4"));
    const QDate asOf = std::min(q.last(), test::fixedToday());
    CHECK(page.data().asOf == asOf);

    const auto villages = Indicators::compute(ledger, asOf);
    const TownshipIndicators t = Indicators::total(villages);
    REQUIRE(t.members > 0);

    // Age bands: the bars add up to the members whose age is known.
    auto *ages = onlySeries<QBarSeries>(page, DashboardPage::AgeBands);
    REQUIRE(ages->barSets().size() == 1);
    REQUIRE(ages->barSets().first()->count() == 5);
    const int unknownAge = t.members - t.withAge;
    CHECK(sumOf(ages->barSets().first()) == t.members - unknownAge);
    for (int i = 0; i < 5; ++i)
        CHECK(ages->barSets().first()->at(i) == t.ageBands[i]);

    // Education and gender: the slices are the members.
    auto *education = onlySeries<QHorizontalStackedBarSeries>(page, DashboardPage::Education);
    CHECK(sumOfSets(education) == t.members);
    const int collegePlus = t.education[int(tl::Education::Postgraduate)] + t.education[int(tl::Education::Bachelor)]
        + t.education[int(tl::Education::College)];
    CHECK(sumOf(education->barSets().first()) == collegePlus);
    auto *gender = onlySeries<QPieSeries>(page, DashboardPage::Gender);
    CHECK(gender->sum() == t.members);
    QPieSlice *women = sliceStarting(gender, DashboardPage::tr("Women"));
    REQUIRE(women);
    CHECK(women->value() == t.women);

    // Goals: 一肩挑 share of villages against 100%, 大专+ against the target.
    auto *goals = onlySeries<QHorizontalBarSeries>(page, DashboardPage::Goals);
    REQUIRE(goals->barSets().size() == 2);
    const QBarSet *actual = goals->barSets().at(1);
    const QBarSet *goal = goals->barSets().at(0);
    CHECK(actual->at(1) == Approx(100.0 * t.oneShoulder / t.villages).margin(0.05));
    CHECK(actual->at(0) == Approx(100.0 * t.college / t.members).margin(0.05));
    CHECK(goal->at(1) == 100);
    CHECK(goal->at(0) == SettingsStore(ledger).targets().collegeSharePct);

    // Matters: open at asOf or moved in the quarter (the running quarter: the board as it is).
    int expectedMatters = 0;
    for (const BoardRow &r : MatterBoard::rows(ledger, asOf))
        if (isOpen(r.status) || r.touches(q.first(), asOf) || q.contains(r.matter.withdrawnOn))
            ++expectedMatters;
    REQUIRE(expectedMatters > 0);
    auto *matters = onlySeries<QHorizontalStackedBarSeries>(page, DashboardPage::Matters);
    CHECK(page.data().matterCount == expectedMatters);
    CHECK(sumOfSets(matters) == expectedMatters); // 12 villages: every one is drawn

    // Disclosures of the quarter's periods, by state today.
    int expectedDisclosures = 0;
    for (const DueItem &item : DisclosureSchedule::items(ledger, q.first(), q.last(), test::fixedToday()))
        if (q.contains(item.periodEnd))
            ++expectedDisclosures;
    auto *disclosures = onlySeries<QStackedBarSeries>(page, DashboardPage::Disclosures);
    CHECK(sumOfSets(disclosures) == expectedDisclosures);

    // Households: assigned + unassigned = every household; unassigned as core counts them.
    int households = 0, unassigned = 0;
    for (const auto &v : HouseholdRepository(ledger).totalsByVillage()) {
        households += v.households;
        unassigned += v.unassigned;
    }
    auto *grid = onlySeries<QHorizontalStackedBarSeries>(page, DashboardPage::Households);
    REQUIRE(grid->barSets().size() == 2);
    CHECK(sumOfSets(grid) == households);
    CHECK(sumOf(grid->barSets().at(1)) == unassigned);

    QApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("dashboard-2026Q4"));
    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty())
        page.savePng(QDir(dir).filePath(QStringLiteral("dashboard-2026Q4-all-cards.png")));
}

TEST_CASE("Dashboard follows the quarter and reloads once after a burst of changes", "[gui][dashboard]")
{
    DemoContext demo;
    DashboardPage page(demo.context.get());
    page.resize(1200, 900);
    page.show();
    page.setQuarter(Quarter{2026, 4});
    const DashboardData q4 = page.data();
    QStringList q4Months = qobject_cast<QBarCategoryAxis *>(
                               page.chartView(DashboardPage::Disclosures)->chart()->axes(Qt::Horizontal).first())
                               ->categories();

    page.setQuarter(Quarter{2024, 1});
    const DashboardData earlier = page.data();
    CHECK(earlier.quarter.code() == QStringLiteral("2024Q1"));
    CHECK(earlier.asOf == QDate(2024, 3, 31));
    CHECK(earlier.disclosures.first().month == QDate(2024, 1, 1));
    const QStringList earlierMonths = qobject_cast<QBarCategoryAxis *>(
                                          page.chartView(DashboardPage::Disclosures)->chart()->axes(Qt::Horizontal).first())
                                          ->categories();
    CHECK(earlierMonths != q4Months);
    bool differs = earlier.matterCount != q4.matterCount || earlier.total.withAge != q4.total.withAge
        || earlier.total.ageSum != q4.total.ageSum;
    for (int i = 0; i < 3; ++i)
        differs = differs || earlier.disclosures[i].onTime != q4.disclosures[i].onTime
            || earlier.disclosures[i].overdue != q4.disclosures[i].overdue;
    CHECK(differs);
    // The age chart shows the earlier figures.
    auto *ages = onlySeries<QBarSeries>(page, DashboardPage::AgeBands);
    CHECK(sumOf(ages->barSets().first()) == earlier.total.withAge);
    const auto before = Indicators::total(Indicators::compute(demo.context->ledger(), QDate(2024, 3, 31)));
    CHECK(earlier.total.withAge == before.withAge);
    QApplication::processEvents();
    test::saveScreenshot(&page, QStringLiteral("dashboard-2024Q1"));

    // No quarter after the running one.
    page.setQuarter(Quarter{2027, 2});
    CHECK(page.quarter().code() == QStringLiteral("2026Q4"));

    // Three changes in a row: one reload, after the event loop turns.
    const int refreshes = page.refreshCount();
    demo.context->notifyChanged(LedgerContext::Change::People);
    demo.context->notifyChanged(LedgerContext::Change::Committees);
    demo.context->notifyChanged(LedgerContext::Change::Everything);
    CHECK(page.refreshCount() == refreshes);
    QTest::qWait(50);
    CHECK(page.refreshCount() == refreshes + 1);

    // A hidden page waits until it is shown.
    page.hide();
    demo.context->notifyChanged(LedgerContext::Change::People);
    QTest::qWait(30);
    CHECK(page.refreshCount() == refreshes + 1);
    page.show();
    QTest::qWait(50);
    CHECK(page.refreshCount() == refreshes + 2);
}

TEST_CASE("Dashboard saves its charts as PNG", "[gui][dashboard]")
{
    DemoContext demo;
    DashboardPage page(demo.context.get());
    page.resize(1400, 1000);
    page.setQuarter(Quarter{2026, 3});
    page.show();
    QApplication::processEvents();
    test::TempDir out;
    const QString folder = qEnvironmentVariableIsEmpty("TL_SCREENSHOT_DIR")
        ? out.file(QStringLiteral("charts"))
        : QDir(qEnvironmentVariable("TL_SCREENSHOT_DIR")).filePath(QStringLiteral("dashboard-charts"));
    QDir(folder).removeRecursively();
    REQUIRE(page.savePng(folder));
    const QStringList saved = page.lastSavedFiles();
    REQUIRE(saved.size() == DashboardPage::ChartCount);
    for (const QString &f : saved) {
        INFO(f.toStdString());
        CHECK(QFileInfo(f).fileName().startsWith(QStringLiteral("青山镇-2026Q3-")));
        const QImage image(f);
        CHECK_FALSE(image.isNull());
        CHECK(image.width() > 200);
        CHECK(image.height() > 200);
    }
    CHECK(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files).size() == DashboardPage::ChartCount);

    // The button asks for the folder (Pictures offered) and saves there.
    QPushButton *saveButton = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text() == DashboardPage::tr("Save charts as PNG…"))
            saveButton = b;
    REQUIRE(saveButton);
    const QString chosen = out.file(QStringLiteral("chosen"));
    REQUIRE(QDir().mkpath(chosen));
    FileDialog::setNextDirectory(chosen);
    saveButton->click();
    CHECK(FileDialog::pendingAnswers() == 0);
    CHECK(FileDialog::lastOffered() == QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    CHECK(QDir(chosen).entryList({QStringLiteral("*.png")}, QDir::Files).size() == DashboardPage::ChartCount);

    const QString whole = out.file(QStringLiteral("dashboard.png"));
    REQUIRE(page.savePng(whole));
    CHECK(QImage(whole).width() > 800);

    // A page never shown still draws its charts at a sensible size.
    DashboardPage hidden(demo.context.get());
    REQUIRE(hidden.savePng(out.file(QStringLiteral("hidden"))));
    CHECK(QImage(hidden.lastSavedFiles().first()).width() > 200);
}

TEST_CASE("Dashboard export: a filtered table exports exactly the rows shown", "[gui][dashboard][export]")
{
    QStandardItemModel model(0, 5);
    model.setHorizontalHeaderLabels({QStringLiteral("Village"), QStringLiteral("Households"), QStringLiteral("Since"),
                                     QStringLiteral("ID number"), QStringLiteral("Income\n(yuan)")});
    const QStringList names{QStringLiteral("王家庄村"), QStringLiteral("李家洼村"), QStringLiteral("王家沟村"),
                            QStringLiteral("张家店村"), QStringLiteral("王家湾村"), QStringLiteral("刘家营村")};
    for (int i = 0; i < names.size(); ++i) {
        QList<QStandardItem *> row;
        row << new QStandardItem(names[i]);
        auto *households = new QStandardItem;
        households->setData(300 + i, Qt::EditRole); // typed
        row << households;
        row << new QStandardItem(QDate(2026, 1 + i, 15).toString(Qt::ISODate)); // text shown, a date
        row << new QStandardItem(QStringLiteral("11010119900307%1").arg(1011 + 2 * i)); // long digits: text
        row << new QStandardItem(QStringLiteral("1,234.5%1").arg(i)); // grouped number shown
        model.appendRow(row);
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(QStringLiteral("王家"));
    proxy.setFilterKeyColumn(0);
    QTableView view;
    view.setModel(&proxy);
    view.sortByColumn(-1, Qt::AscendingOrder);
    view.setColumnHidden(2, true); // the clerk hid "Since"
    view.horizontalHeader()->moveSection(4, 1); // and dragged Income next to the name
    REQUIRE(proxy.rowCount() == 3);

    QStringList headers;
    QList<QVariantList> rows;
    REQUIRE(TableExporter::collect(&view, &headers, &rows));
    CHECK(headers == QStringList{QStringLiteral("Village"), QStringLiteral("Income (yuan)"), QStringLiteral("Households"),
                                 QStringLiteral("ID number")});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][2].typeId() == QMetaType::LongLong);
    CHECK(rows[0][1].typeId() == QMetaType::Double);
    CHECK(rows[0][3].typeId() == QMetaType::QString);

    test::TempDir out;
    const QString path = out.file(QStringLiteral("table.xlsx"));
    REQUIRE(TableExporter::exportViewTo(path, &view, QStringLiteral("Villages: 王家")));
    const QString read = python(QStringLiteral("import sys, openpyxl\n"
                                               "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                               "rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if any(v is not None for v in r)]\n"
                                               "print(len(rows))\n"
                                               "print(ws.max_column)\n"
                                               "print('|'.join(str(c.value) for c in ws[2]))\n"
                                               "print(repr(rows[1][0]), repr(rows[1][1]), repr(rows[1][2]), repr(rows[1][3]))\n"),
                                {path});
    const QStringList lines = read.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("3"));
    CHECK(lines[1] == QStringLiteral("4"));
    CHECK(lines[2] == QStringLiteral("Village|Income (yuan)|Households|ID number"));
    // The second visible row is 王家沟村 (source row 2): numbers as numbers, the ID as text, masked.
    CHECK(lines[3] == QStringLiteral("'王家沟村' 1234.52 302 '110101********1015'"));

    // Dates shown as text come back as dates.
    view.setColumnHidden(2, false);
    REQUIRE(TableExporter::exportViewTo(path, &view, QStringLiteral("Villages")));
    const QString dates = python(QStringLiteral("import sys, openpyxl, datetime\n"
                                                "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                                "print(ws.cell(row=3, column=4).value.date().isoformat())\n"),
                                 {path});
    CHECK(dates == QStringLiteral("2026-01-15"));

    // The action for pages: in the context menu, with a title that can follow the page.
    QWidget owner;
    QAction *action = TableExporter::addExportAction(&view, &owner, QStringLiteral("Villages"));
    REQUIRE(action);
    CHECK(view.actions().contains(action));
    CHECK(view.contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(action->text() == TableExporter::tr("Export to Excel…"));
}

TEST_CASE("Dashboard export: values keep their type", "[gui][dashboard][export]")
{
    // An enum behind a word stays the word; a full phone behind a masked one is not exported.
    CHECK(TableExporter::cellValue({}, 3, QStringLiteral("大专")) == QVariant(QStringLiteral("大专")));
    CHECK(TableExporter::cellValue({}, QStringLiteral("13812345678"), QStringLiteral("138****5678"))
          == QVariant(QStringLiteral("138****5678")));
    CHECK(TableExporter::cellValue({}, {}, QStringLiteral("13812345678")).typeId() == QMetaType::QString);
    CHECK(TableExporter::cellValue({}, {}, QStringLiteral("0012")).typeId() == QMetaType::QString);
    CHECK(TableExporter::cellValue({}, {}, QStringLiteral("42")) == QVariant(qint64(42)));
    CHECK(TableExporter::cellValue({}, {}, QStringLiteral("2026-03-20")) == QVariant(QDate(2026, 3, 20)));
    CHECK(TableExporter::cellValue(QVariant(12.5), {}, QStringLiteral("12.50 元")) == QVariant(12.5));
    CHECK(TableExporter::cellValue({}, qint64(110101199003070011LL), QStringLiteral("110101199003070011")).typeId()
          == QMetaType::QString);
}

TEST_CASE("Dashboard report dialog writes the workbook, and a cancel leaves no file", "[gui][dashboard][report]")
{
    DemoContext demo(6);
    ExportReportDialog dialog(demo.context.get(), nullptr);
    // 23 November: the running quarter (its first month is over).
    CHECK(dialog.quarter().code() == QStringLiteral("2026Q4"));
    CHECK(dialog.defaultFileName() == QStringLiteral("青山镇-2026Q4-Quarterly report.xlsx"));
    CHECK(dialog.outputPath().endsWith(QStringLiteral("青山镇-2026Q4-Quarterly report.xlsx")));
    dialog.setQuarter(Quarter{2026, 3});
    CHECK(dialog.outputPath().endsWith(QStringLiteral("青山镇-2026Q3-Quarterly report.xlsx")));
    CHECK(QuarterPicker::defaultReportQuarter(QDate(2026, 10, 5)).code() == QStringLiteral("2026Q3"));
    CHECK(QuarterPicker::defaultReportQuarter(QDate(2026, 1, 5)).code() == QStringLiteral("2025Q4"));

    dialog.setUnmasked(true);
    dialog.show();
    QApplication::processEvents();
    test::saveScreenshot(&dialog, QStringLiteral("export-report-dialog-unmasked"));
    dialog.setUnmasked(false);

    test::TempDir out;
    const QString path = out.file(QStringLiteral("report.xlsx"));
    dialog.setOutputPath(path);
    int calls = 0;
    dialog.setProgressHook([&](int, int) {
        ++calls;
        return true;
    });
    MessageBox::setNextAnswer(QMessageBox::Close); // "Saved …", without opening the folder
    REQUIRE(dialog.startExport());
    INFO(dialog.lastError().toStdString());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText() == TableExporter::tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    CHECK(calls >= 3);
    REQUIRE(QFile::exists(path));
    const QDateTime written = QFileInfo(path).lastModified();
    const QString sheets = python(QStringLiteral("import sys, openpyxl\n"
                                                 "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                                 "print(len(wb.sheetnames))\n"
                                                 "print(wb.worksheets[0]['A1'].value)\n"),
                                  {path});
    CHECK(sheets.section(QLatin1Char('\n'), 0, 0).toInt() >= 5);
    CHECK(sheets.contains(QStringLiteral("2026")));
    QProcess check;
    check.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(TL_TESTS_DIR "/tools/check_report.py"), path,
                 demo.context->ledger().path(), QStringLiteral("masked")});
    REQUIRE(check.waitForFinished(60000));
    INFO(check.readAllStandardOutput().toStdString());
    CHECK(check.exitCode() == 0);

    // A file that is there already is replaced only when the clerk says so.
    dialog.setProgressHook({});
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(dialog.startExport());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("already exists")));
    CHECK(QFileInfo(path).lastModified() == written);
    // Full ID numbers only after a warning, Cancel being the default answer.
    const QString full = out.file(QStringLiteral("full.xlsx"));
    dialog.setOutputPath(full);
    dialog.setUnmasked(true);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(dialog.startExport());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("full ID numbers")));
    CHECK_FALSE(QFile::exists(full));
    // Confirmed: written, and recorded in the ledger's audit trail (who, when, which file).
    const auto recordedExports = [&] {
        AuditFilter f;
        f.source = QStringLiteral("export");
        return AuditTrail::entries(demo.context->ledger(), f);
    };
    const qsizetype before = recordedExports().size();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Close); // "Saved …"
    REQUIRE(dialog.startExport());
    CHECK(MessageBox::pendingAnswers() == 0);
    REQUIRE(QFile::exists(full));
    const QList<AuditEntry> recorded = recordedExports();
    REQUIRE(recorded.size() == before + 1);
    CHECK(recorded.constLast().table == QStringLiteral("export_log"));
    CHECK(recorded.constLast().newValue.contains(QStringLiteral("full.xlsx")));
    CHECK(recorded.constLast().newValue.contains(QStringLiteral("2026Q3")));
    QFile::remove(full);
    dialog.setUnmasked(false);

    // Cancelled half way from the progress callback: no file, no leftovers.
    const QString cancelled = out.file(QStringLiteral("cancelled.xlsx"));
    dialog.setOutputPath(cancelled);
    dialog.setProgressHook([](int done, int) { return done < 2; });
    CHECK_FALSE(dialog.startExport());
    CHECK(dialog.wasCancelled());
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(out.dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.xlsx")});
}

TEST_CASE("Dashboard roll-up dialog combines township ledgers read-only", "[gui][dashboard][report]")
{
    test::TempDir tmp;
    const QString a = tmp.file(QStringLiteral("a.ledger"));
    const QString b = tmp.file(QStringLiteral("b.ledger"));
    test::demoLedger(a, 3).reset();
    test::demoLedger(b, 4).reset();
    const QDateTime modified = QFileInfo(a).lastModified();

    RollupDialog dialog(nullptr);
    dialog.setToday(test::fixedToday());
    dialog.setLedgerPaths({a, b, a});
    CHECK(dialog.ledgerPaths().size() == 2);
    dialog.setQuarter(Quarter{2026, 3});
    CHECK(dialog.outputPath().endsWith(QStringLiteral("2026Q3-County roll-up.xlsx")));
    const QString out = tmp.file(QStringLiteral("county.xlsx"));
    dialog.setOutputPath(out);
    dialog.show();
    QApplication::processEvents();
    test::saveScreenshot(&dialog, QStringLiteral("rollup-dialog"));

    dialog.setProgressHook([](int done, int) { return done < 1; });
    CHECK_FALSE(dialog.startRollup());
    CHECK(dialog.wasCancelled());
    CHECK_FALSE(QFile::exists(out));

    dialog.setProgressHook({});
    MessageBox::setNextAnswer(QMessageBox::Close); // "Saved …"
    REQUIRE(dialog.startRollup());
    INFO(dialog.lastError().toStdString());
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(QFile::exists(out));
    CHECK(QFileInfo(a).lastModified() == modified);
    const QString rows = python(QStringLiteral("import sys, openpyxl\n"
                                               "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                               "print(wb.worksheets[0].max_row, wb.worksheets[1].max_row)\n"),
                                {out});
    // Title and header, then two townships (and a totals row) / seven villages.
    CHECK(rows.section(QLatin1Char(' '), 0, 0).toInt() >= 2 + 2);
    CHECK(rows.section(QLatin1Char(' '), 1, 1).toInt() >= 2 + 7);
}

// Not run by default: TL_BIG_LEDGER=copy-of-big.ledger tl_gui_tests "[.bench]" (the ledger is opened
// for writing, so an older file is upgraded first: give it a copy).
TEST_CASE("Dashboard opens fast on a county-sized ledger", "[.bench][dashboard]")
{
    const QString path = qEnvironmentVariable("TL_BIG_LEDGER");
    if (path.isEmpty() || !QFile::exists(path)) {
        WARN("set TL_BIG_LEDGER to a large ledger");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto opened = Ledger::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    const qint64 openMs = timer.restart();
    LedgerContext context(std::move(opened.ledger));
    context.setToday(test::fixedToday());
    DashboardPage page(&context);
    page.resize(1500, 1000);
    page.show(); // the first refresh runs from the event loop once the page is shown
    while (page.refreshCount() == 0)
        QApplication::processEvents();
    QApplication::processEvents(); // paint
    const qint64 totalMs = timer.elapsed();
    std::cout << "open " << openMs << " ms; dashboard first refresh + paint " << totalMs << " ms (reading "
              << page.data().computeMs << " ms, charts " << page.data().chartsMs << " ms); "
              << page.data().total.villages << " villages, " << page.data().householdTotal << " households, "
              << page.data().matterCount << " matters" << std::endl;
    timer.restart();
    page.setQuarter(Quarter{2026, 2});
    QApplication::processEvents();
    std::cout << "switch quarter: " << timer.elapsed() << " ms (reading " << page.data().computeMs << " ms, charts "
              << page.data().chartsMs << " ms)" << std::endl;
    test::saveScreenshot(&page, QStringLiteral("dashboard-county"));
    CHECK(totalMs < 1000);
}

TEST_CASE("Dashboard and quarterly report agree on a past quarter, and neither moves with later records",
          "[gui][dashboard][asof]")
{
    DemoContext demo(6);
    Ledger &ledger = demo.context->ledger();
    const Quarter q{2026, 3};
    DashboardPage page(demo.context.get());
    page.setQuarter(q);
    page.refresh();
    REQUIRE(page.data().asOf == q.last());

    // The report's 四议两公开台账: one line per matter of the quarter, its village and status.
    auto reportMatters = [&](const QString &name) {
        const QString path = demo.tmp.file(name);
        ReportOptions o;
        o.quarter = q;
        o.madeOn = test::fixedToday();
        QString error;
        REQUIRE(QuarterlyReport::write(ledger, o, path, &error));
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import openpyxl,sys\n"
                                "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[2]\n"
                                "status = [c.value for c in ws[2]].index('Status')\n"
                                "for r in ws.iter_rows(min_row=3, values_only=True):\n"
                                "    print(f'{r[0]}\\t{r[status]}')\n"),
                 path});
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QStringList lines = reportMatters(QStringLiteral("q3.xlsx"));
    REQUIRE(lines.size() == page.data().matterCount);
    for (int s = 0; s < DashboardData::kStatusCount; ++s) {
        const QString status = MatterText::status(MatterStatus(s));
        INFO(status.toStdString());
        CHECK(lines.filter(QRegularExpression(QStringLiteral("\\t%1$").arg(QRegularExpression::escape(status)))).size()
              == page.data().mattersByStatus[s]);
    }
    for (const DashboardData::VillageMatters &m : page.data().matters)
        CHECK(lines.filter(QRegularExpression(QStringLiteral("^%1\\t").arg(QRegularExpression::escape(m.village)))).size()
              == m.total);

    // Later events: the next step of every matter, a withdrawal, households out of their grid.
    const DashboardData before = page.data();
    const QString after = QStringLiteral("'2026-10-20'");
    QSqlQuery x(ledger.database());
    for (const QString &sql :
         {QStringLiteral("INSERT INTO matter_step (matter_id, step, held_on) SELECT matter_id, MAX(step) + 1, %1 "
                         "FROM matter_step GROUP BY matter_id HAVING MAX(step) < 6 AND MAX(held_on) < %1").arg(after),
          QStringLiteral("UPDATE matter SET withdrawn_on = %1 WHERE withdrawn_on = ''").arg(after),
          QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, assigned_on) "
                         "SELECT id, NULL, NULL, %1 FROM household").arg(after),
          QStringLiteral("UPDATE household SET grid_id = NULL, worker_id = NULL"),
          // September's finance and the third quarter's affairs disclosures posted in October.
          QStringLiteral("INSERT INTO disclosure (village_id, kind, period_start, period_end, title, posted_on, ends_on) "
                         "SELECT id, 'finance', '2026-09-01', '2026-09-30', '九月财务公开', %1, '2026-10-30' FROM village")
              .arg(after),
          QStringLiteral("INSERT INTO disclosure (village_id, kind, period_start, period_end, title, posted_on, ends_on) "
                         "SELECT id, 'affairs', '2026-07-01', '2026-09-30', '三季度村务公开', %1, '2026-10-30' FROM village")
              .arg(after)})
        REQUIRE(x.exec(sql));
    page.refresh();
    REQUIRE(page.data().disclosures.size() == before.disclosures.size());
    for (qsizetype i = 0; i < before.disclosures.size(); ++i) {
        const auto &was = before.disclosures[i];
        const auto &now = page.data().disclosures[i];
        INFO(was.month.toString(Qt::ISODate).toStdString());
        CHECK(now.onTime == was.onTime);
        CHECK(now.late == was.late);
        CHECK(now.overdue == was.overdue);
        CHECK(now.pending == was.pending);
    }
    CHECK(reportMatters(QStringLiteral("q3-later.xlsx")) == lines);
    CHECK(page.data().matterCount == before.matterCount);
    for (int s = 0; s < DashboardData::kStatusCount; ++s)
        CHECK(page.data().mattersByStatus[s] == before.mattersByStatus[s]);
    CHECK(page.data().unassignedTotal == before.unassignedTotal);
    CHECK(page.data().total.reserves == before.total.reserves);
}
