// "Export to Excel…" on every list a clerk sees: the action is in each page's button row and in
// the view's context menu, and the workbook holds exactly what the view shows (filters applied,
// visible columns, ID numbers masked as on screen), read back with openpyxl.
#include "TestSupport.h"

#include "reports/DashboardPage.h"
#include "disclosures/DisclosureProgressPage.h"
#include "disclosures/DisclosuresTab.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "grids/GridTreeModel.h"
#include "grids/GridsTab.h"
#include "grids/HouseholdModel.h"
#include "grids/HouseholdRepository.h"
#include "grids/HouseholdsPage.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "matters/MatterBoardPage.h"
#include "matters/MatterFilterModel.h"
#include "matters/MatterModel.h"
#include "matters/MattersTab.h"
#include "committees/MemberRosterTab.h"
#include "committees/ReserveTab.h"
#include "committees/RosterModel.h"
#include "common/TableExporter.h"
#include "model/Masking.h"
#include "villages/TownshipOverviewPage.h"
#include "villages/VillagePage.h"
#include "model/VillageRepository.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"

#include <QAbstractListModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <functional>
#include <iostream>

using namespace tl;
using namespace tl::ui;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

// A workbook written by TableExport, as openpyxl reads it: row 1 the title, row 2 the headers,
// then the rows. Each cell is {"t": "num"|"date"|"str"|"none", "v": value}.
struct Workbook
{
    QString sheet;
    QString title;
    QStringList headers;
    QList<QJsonArray> rows;
};

Workbook readWorkbook(const QString &path)
{
    static const QString script = QStringLiteral(
        "import sys, json, datetime, openpyxl\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "def cell(v):\n"
        "    if v is None: return {'t': 'none', 'v': ''}\n"
        "    if isinstance(v, datetime.datetime): return {'t': 'date', 'v': v.date().isoformat()}\n"
        "    if isinstance(v, datetime.date): return {'t': 'date', 'v': v.isoformat()}\n"
        "    if isinstance(v, bool): return {'t': 'str', 'v': str(v)}\n"
        "    if isinstance(v, (int, float)): return {'t': 'num', 'v': v}\n"
        "    return {'t': 'str', 'v': str(v)}\n"
        "rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if any(v is not None for v in r)]\n"
        "print(json.dumps({'sheet': ws.title, 'title': ws['A1'].value,\n"
        "                  'headers': [c.value for c in ws[2]],\n"
        "                  'rows': [[cell(v) for v in r] for r in rows]}, ensure_ascii=False))\n");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    const QJsonObject o = doc.object();
    Workbook wb;
    wb.sheet = o.value(QStringLiteral("sheet")).toString();
    wb.title = o.value(QStringLiteral("title")).toString();
    for (const QJsonValue &h : o.value(QStringLiteral("headers")).toArray())
        wb.headers << h.toString();
    for (const QJsonValue &r : o.value(QStringLiteral("rows")).toArray())
        wb.rows << r.toArray();
    return wb;
}

QString cellText(const QJsonValue &cell)
{
    const QJsonObject c = cell.toObject();
    const QString type = c.value(QStringLiteral("t")).toString();
    if (type == QLatin1String("num")) {
        const double v = c.value(QStringLiteral("v")).toDouble();
        return v == qint64(v) ? QString::number(qint64(v)) : QString::number(v, 'g', 15);
    }
    return c.value(QStringLiteral("v")).toString();
}

// What the view shows: the visible columns in screen order, and its rows in view order (a
// tree's rows depth first, as the exporter walks them).
struct Shown
{
    QStringList headers;
    QList<int> columns;
    QList<QStringList> rows;
    QList<int> depths;
};

Shown shownBy(QAbstractItemView *view)
{
    Shown shown;
    QAbstractItemModel *model = view->model();
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    REQUIRE(header);
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        shown.columns << logical;
        shown.headers << model->headerData(logical, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    }
    auto *table = qobject_cast<QTableView *>(view);
    auto *tree = qobject_cast<QTreeView *>(view);
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            if ((table && table->isRowHidden(r)) || (tree && tree->isRowHidden(r, parent)))
                continue;
            QStringList cells;
            for (int c : std::as_const(shown.columns))
                cells << model->index(r, c, parent).data().toString();
            shown.rows << cells;
            shown.depths << depth;
            if (tree && model->hasChildren(model->index(r, 0, parent)))
                walk(model->index(r, 0, parent), depth + 1);
        }
    };
    walk(view->rootIndex(), 0);
    return shown;
}

// One exported cell against the text the view shows in it.
bool sameValue(const QJsonValue &cell, const QString &shownText, int depth, bool firstColumn)
{
    const QJsonObject c = cell.toObject();
    const QString type = c.value(QStringLiteral("t")).toString();
    QString shown = shownText;
    if (type == QLatin1String("none"))
        return shown.trimmed().isEmpty();
    if (type == QLatin1String("num")) {
        QString plain = shown.trimmed();
        plain.remove(QLatin1Char(','));
        bool ok = false;
        const double v = plain.toDouble(&ok);
        return ok && qFuzzyCompare(1.0 + v, 1.0 + c.value(QStringLiteral("v")).toDouble());
    }
    if (type == QLatin1String("date"))
        return shown.trimmed() == c.value(QStringLiteral("v")).toString();
    if (firstColumn && depth > 0)
        shown = QString(2 * depth, QLatin1Char(' ')) + shown; // a tree's levels are indented
    // Text leaves the program with ID and mobile numbers masked, even where the screen shows them.
    return c.value(QStringLiteral("v")).toString() == Masking::freeText(shown);
}

// The workbook holds what the view shows: headers, every row in order, each cell's value.
void requireSameAsView(const Workbook &wb, QAbstractItemView *view, const QString &title)
{
    const Shown shown = shownBy(view);
    INFO("view " << view->objectName().toStdString() << ", title " << title.toStdString());
    CHECK(wb.title == title);
    QString sheet = title.left(31);
    for (QChar c : QStringLiteral("[]:*?/\\"))
        sheet.replace(c, QLatin1Char(' '));
    CHECK(wb.sheet == sheet.trimmed());
    REQUIRE(wb.headers == shown.headers);
    REQUIRE(wb.rows.size() == shown.rows.size());
    int mismatches = 0;
    for (int r = 0; r < shown.rows.size(); ++r) {
        REQUIRE(wb.rows[r].size() == shown.headers.size());
        for (int c = 0; c < shown.headers.size(); ++c) {
            if (sameValue(wb.rows[r][c], shown.rows[r][c], shown.depths[r], c == 0))
                continue;
            if (++mismatches <= 5) {
                INFO("row " << r << " column " << shown.headers[c].toStdString() << ": exported "
                            << QJsonDocument(wb.rows[r][c].toObject()).toJson(QJsonDocument::Compact).toStdString()
                            << ", shown \"" << shown.rows[r][c].toStdString() << '"');
                CHECK(false);
            }
        }
    }
    CHECK(mismatches == 0);
}

int columnNamed(const Workbook &wb, const QString &header)
{
    const int c = int(wb.headers.indexOf(header));
    INFO("no column " << header.toStdString() << " in " << wb.headers.join(QLatin1Char('|')).toStdString());
    REQUIRE(c >= 0);
    return c;
}

const QRegularExpression &maskedId()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{6}\\*{8}[0-9X]{4}$"));
    return re;
}

// Every ID number cell is masked as on screen; no full ID number is anywhere in the workbook.
void requireIdsMasked(const Workbook &wb, const QString &idHeader)
{
    static const QRegularExpression fullId(QStringLiteral("[0-9]{17}[0-9X]"));
    const int id = columnNamed(wb, idHeader);
    int masked = 0;
    for (const QJsonArray &row : wb.rows) {
        const QString value = cellText(row[id]);
        if (value.isEmpty())
            continue;
        INFO(value.toStdString());
        CHECK(maskedId().match(value).hasMatch());
        ++masked;
        for (const QJsonValue &cell : row)
            CHECK_FALSE(fullId.match(cellText(cell)).hasMatch());
    }
    CHECK(masked > 0);
}

// Exports through the action, as the clerk would, and reads the workbook back.
Workbook exportThrough(QAction *action, const QString &path)
{
    REQUIRE(action);
    QFile::remove(path);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Close); // "Saved …", without opening the folder
    action->trigger();
    INFO(TableExporter::lastExportError().toStdString());
    REQUIRE(FileDialog::pendingAnswers() == 0);
    CHECK(MessageBox::pendingAnswers() == 0);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    // The title names the file offered (in Documents) and the sheet.
    CHECK(QFileInfo(FileDialog::lastOffered()).fileName()
          == TableExporter::safeFileName(TableExporter::titleOf(action)) + QStringLiteral(".xlsx"));
    CHECK(MessageBox::lastText() == TableExporter::tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    REQUIRE(TableExporter::lastExportPath() == path);
    REQUIRE(QFile::exists(path));
    return readWorkbook(path);
}

// The entries of the context menu a view opens (its own menu, or its actions).
QList<QAction *> contextMenuOf(QAbstractItemView *view)
{
    if (view->contextMenuPolicy() == Qt::ActionsContextMenu)
        return view->actions();
    REQUIRE(view->contextMenuPolicy() == Qt::CustomContextMenu);
    QList<QAction *> seen;
    bool opened = false;
    QTimer::singleShot(0, view, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            opened = true;
            seen = menu->actions();
            menu->close();
        }
    });
    Q_EMIT view->customContextMenuRequested(QPoint(8, 8));
    CHECK(opened);
    return seen;
}

// The views of a page that list records, in its window (popups and dialogs are other windows).
QList<QAbstractItemView *> recordViews(QWidget *page, const QList<QAbstractItemView *> &except = {})
{
    QList<QAbstractItemView *> out;
    for (QAbstractItemView *v : page->findChildren<QAbstractItemView *>()) {
        if (!qobject_cast<QTableView *>(v) && !qobject_cast<QTreeView *>(v))
            continue;
        if (v->window() != page->window() || except.contains(v))
            continue;
        out << v;
    }
    return out;
}

// The page offers an export of `view`: an action, in the view's context menu, and a button of
// the page that triggers it. Returns the action.
QAction *requireExportOf(QWidget *page, QAbstractItemView *view)
{
    INFO("view " << view->objectName().toStdString() << " on " << page->objectName().toStdString());
    QAction *action = nullptr;
    for (QAction *a : TableExporter::exportActions(page))
        if (TableExporter::viewOf(a) == view)
            action = a;
    REQUIRE(action);
    CHECK(action->text() == TableExporter::tr("Export to Excel…"));
    CHECK_FALSE(action->icon().isNull());
    CHECK_FALSE(TableExporter::titleOf(action).isEmpty());
    CHECK(contextMenuOf(view).contains(action));

    // A button of the page starts this export (the file dialog answered with Cancel).
    bool found = false;
    for (QPushButton *b : page->findChildren<QPushButton *>(QStringLiteral("exportToExcelButton"))) {
        FileDialog::setNextFileName(QString()); // Cancel
        b->click();
        const bool asked = FileDialog::pendingAnswers() == 0;
        FileDialog::clearAnswers();
        if (asked
            && QFileInfo(FileDialog::lastOffered()).fileName()
                == TableExporter::safeFileName(TableExporter::titleOf(action)) + QStringLiteral(".xlsx")) {
            found = true;
            CHECK_FALSE(b->icon().isNull());
            break;
        }
    }
    CHECK(found);
    return action;
}

struct Demo
{
    test::TempDir tmp;
    std::unique_ptr<LedgerContext> context;

    Demo()
    {
        context = std::make_unique<LedgerContext>(test::demoLedger(tmp.file(QStringLiteral("export.ledger")), 12));
        context->setToday(test::fixedToday());
    }

    // The village with the most households (more than one page of the lazy model).
    qint64 biggestVillage() const
    {
        qint64 best = 0;
        int most = -1;
        for (const Village &v : VillageRepository(context->ledger()).all()) {
            HouseholdFilter f;
            f.villageId = v.id;
            const int n = int(HouseholdRepository(context->ledger()).ids(f).size());
            if (n > most) {
                most = n;
                best = v.id;
            }
        }
        return best;
    }
};

// A model that lists its rows in slices, as a lazy model does (canFetchMore / fetchMore).
class SlicedModel : public QAbstractListModel
{
public:
    SlicedModel(int total, int slice, bool stuck = false) : m_total(total), m_slice(slice), m_stuck(stuck) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_fetched; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if (onRead)
            onRead(index.row());
        return QStringLiteral("%1 row %2").arg(index.row() % 2 ? QStringLiteral("odd") : QStringLiteral("even")).arg(index.row());
    }
    QVariant headerData(int, Qt::Orientation o, int role) const override
    {
        return o == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(QStringLiteral("Row")) : QVariant();
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && (m_stuck || m_fetched < m_total); }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_stuck)
            return;
        const int n = std::min(m_slice, m_total - m_fetched);
        beginInsertRows({}, m_fetched, m_fetched + n - 1);
        m_fetched += n;
        endInsertRows();
    }
    void resetNow()
    {
        beginResetModel();
        endResetModel();
    }
    std::function<void(int)> onRead;

private:
    int m_total;
    int m_slice;
    bool m_stuck;
    int m_fetched = 0;
};

} // namespace

TEST_CASE("Table export: every list a clerk sees offers Export to Excel in its buttons and context menu",
          "[gui][export]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("shell.ledger"));
    test::demoLedger(path, 6).reset();
    MainWindow window;
    window.setToday(test::fixedToday());
    QString error;
    REQUIRE(window.openLedger(path, &error));
    window.waitForOpeningCheck();
    window.resize(1400, 900);
    window.show();
    const qint64 villageId = VillageRepository(window.context()->ledger()).all().value(0).id;
    window.showVillage(villageId);
    settle();
    LedgerContext *context = window.context();
    VillagePage *village = window.villagePage();
    REQUIRE(village);

    auto *grids = village->findChild<GridsTab *>();
    auto *matters = village->findChild<MattersTab *>();
    auto *disclosures = village->findChild<DisclosuresTab *>();
    REQUIRE(grids);
    REQUIRE(matters);
    REQUIRE(disclosures);

    // The lists named in the issue, each with its page (where its button lives).
    MatterBoardPage board(context);
    HouseholdsPage households(context);
    DisclosureProgressPage progress(context);
    DashboardPage dashboard(context);
    const QList<std::pair<QWidget *, QAbstractItemView *>> listed{
        {village->membersTab(), village->membersTab()->view()},
        {village->reservesTab(), village->reservesTab()->view()},
        {matters, matters->view()},
        {grids, grids->householdView()},
        {grids, grids->gridView()},
        {disclosures, disclosures->view()},
        {window.overviewPage(), window.overviewPage()->view()},
        {window.findingsPanel(), window.findingsPanel()->view()},
        {&board, board.view()},
        {&households, households.view()},
        {&progress, progress.view()},
    };
    QList<QAbstractItemView *> covered;
    for (const auto &[page, view] : listed) {
        QAction *action = requireExportOf(page, view);
        covered << view;
        // The same action the page hands out.
        if (page == village->membersTab())
            CHECK(action == village->membersTab()->exportAction());
        if (page == &households)
            CHECK(action == households.exportAction());
    }

    // No other list in these windows lacks it (the navigation tree is not a list of records):
    // a view added later without an export fails here.
    for (QWidget *page : QList<QWidget *>{&window, &board, &households, &progress, &dashboard}) {
        for (QAbstractItemView *view : recordViews(page, {window.navigationView()})) {
            INFO("a list without Export to Excel: " << view->objectName().toStdString() << " in "
                                                    << view->parentWidget()->metaObject()->className());
            CHECK(covered.contains(view));
        }
    }

    // Titles name what is shown.
    const QString villageName = context->villageName(villageId);
    CHECK(TableExporter::titleOf(village->membersTab()->exportAction()) == QStringLiteral("Members – %1").arg(villageName));
    CHECK(TableExporter::titleOf(village->reservesTab()->exportAction())
          == QStringLiteral("Reserve cadres – %1").arg(villageName));
    CHECK(TableExporter::titleOf(matters->exportAction()) == QStringLiteral("Matters – %1").arg(villageName));
    CHECK(TableExporter::titleOf(grids->gridExportAction()) == QStringLiteral("Grids – %1").arg(villageName));
    CHECK(TableExporter::titleOf(disclosures->exportAction()) == QStringLiteral("Disclosures – %1").arg(villageName));
    CHECK(TableExporter::titleOf(board.exportAction()) == QStringLiteral("Matters of the township"));
    CHECK(TableExporter::titleOf(households.exportAction()) == QStringLiteral("Households of the township"));
    CHECK(TableExporter::titleOf(window.findingsPanel()->exportAction()) == QStringLiteral("Findings"));
    CHECK(TableExporter::titleOf(window.overviewPage()->exportAction()).startsWith(QStringLiteral("Villages – ")));

    // Another village: the titles follow.
    const qint64 other = VillageRepository(context->ledger()).all().value(1).id;
    window.showVillage(other);
    settle();
    CHECK(TableExporter::titleOf(village->membersTab()->exportAction())
          == QStringLiteral("Members – %1").arg(context->villageName(other)));

    village->showTab(VillagePage::Tab::Members);
    settle();
    test::saveScreenshot(&window, QStringLiteral("table-export-members-tab"));
}

TEST_CASE("Table export: each list exports what it shows, row for row", "[gui][export]")
{
    Demo demo;
    LedgerContext *context = demo.context.get();
    const qint64 villageId = demo.biggestVillage();
    VillagePage village(context);
    village.resize(1400, 900);
    village.setVillage(villageId);
    village.show();
    settle();
    auto *grids = village.findChild<GridsTab *>();
    auto *matters = village.findChild<MattersTab *>();
    auto *disclosures = village.findChild<DisclosuresTab *>();
    REQUIRE(grids);
    grids->gridView()->setCurrentIndex(grids->gridModel()->indexOfAll());
    settle();
    MatterBoardPage board(context);
    board.show();
    DisclosureProgressPage progress(context);
    progress.show();
    settle();

    test::TempDir out;
    const QList<QAction *> actions{village.membersTab()->exportAction(), village.reservesTab()->exportAction(),
                                   matters->exportAction(), grids->householdExportAction(), grids->gridExportAction(),
                                   disclosures->exportAction(), board.exportAction(), progress.exportAction()};
    int n = 0, withRows = 0;
    for (QAction *action : actions) {
        QAbstractItemView *view = TableExporter::viewOf(action);
        REQUIRE(view);
        withRows += view->model()->rowCount() > 0 ? 1 : 0;
        const QString title = TableExporter::titleOf(action);
        const Workbook wb = exportThrough(action, out.file(QStringLiteral("list-%1.xlsx").arg(++n)));
        requireSameAsView(wb, view, title);
    }
    CHECK(withRows >= actions.size() - 1); // the demo village lists something nearly everywhere
    village.tabs()->setCurrentWidget(grids);
    settle();
    test::saveScreenshot(&village, QStringLiteral("table-export-grids-tab"));
    test::saveScreenshot(&board, QStringLiteral("table-export-matters-board"));
    test::saveScreenshot(&progress, QStringLiteral("table-export-disclosure-progress"));
}

TEST_CASE("Table export: the member roster with a search, IDs masked as shown", "[gui][export][members]")
{
    Demo demo;
    LedgerContext *context = demo.context.get();
    VillagePage village(context);
    village.resize(1300, 800);
    const qint64 villageId = VillageRepository(context->ledger()).all().value(2).id;
    village.setVillage(villageId);
    village.showTab(VillagePage::Tab::Members);
    village.show();
    settle();
    MemberRosterTab *tab = village.membersTab();
    QTableView *view = tab->view();
    const int everyone = view->model()->rowCount();
    REQUIRE(everyone > 2);

    // Searched for a surname, and sorted by age: the export follows both.
    const QString surname = view->model()->index(1, RosterModel::Name).data().toString().left(1);
    tab->findChild<QLineEdit *>(QStringLiteral("rosterSearch"))->setText(surname);
    view->sortByColumn(RosterModel::Age, Qt::DescendingOrder);
    settle();
    const int shown = view->model()->rowCount();
    REQUIRE(shown > 0);
    REQUIRE(shown <= everyone);

    test::TempDir out;
    const Workbook wb = exportThrough(tab->exportAction(), out.file(QStringLiteral("members.xlsx")));
    const QString title = QStringLiteral("Members – %1").arg(context->villageName(villageId));
    requireSameAsView(wb, view, title);
    REQUIRE(wb.rows.size() == shown);
    CHECK(wb.headers.first() == QStringLiteral("Name"));
    for (const QJsonArray &row : wb.rows)
        CHECK(cellText(row[columnNamed(wb, QStringLiteral("Name"))]).startsWith(surname));
    // The ages as numbers, oldest first as on screen.
    const int age = columnNamed(wb, QStringLiteral("Age"));
    CHECK(wb.rows.first()[age].toObject().value(QStringLiteral("t")).toString() == QStringLiteral("num"));
    CHECK(cellText(wb.rows.first()[age]) == view->model()->index(0, RosterModel::Age).data().toString());
    // The first row's ID number exactly as on screen, masked.
    const QString idShown = view->model()->index(0, RosterModel::IdNumber).data().toString();
    CHECK(maskedId().match(idShown).hasMatch());
    CHECK(cellText(wb.rows.first()[columnNamed(wb, QStringLiteral("ID number"))]) == idShown);
    requireIdsMasked(wb, QStringLiteral("ID number"));
    // Phones stay text with every digit.
    const int phone = columnNamed(wb, QStringLiteral("Phone"));
    for (const QJsonArray &row : wb.rows)
        if (!cellText(row[phone]).isEmpty())
            CHECK(row[phone].toObject().value(QStringLiteral("t")).toString() == QStringLiteral("str"));

    // A column the clerk hid is not exported; a column dragged elsewhere is exported there.
    view->setColumnHidden(RosterModel::Ethnicity, true);
    view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(RosterModel::Phone), 1);
    const Workbook moved = exportThrough(tab->exportAction(), out.file(QStringLiteral("members-moved.xlsx")));
    requireSameAsView(moved, view, title);
    CHECK_FALSE(moved.headers.contains(QStringLiteral("Ethnic group")));
    CHECK(moved.headers.value(1) == QStringLiteral("Phone"));
}

TEST_CASE("Table export: township households with a filter export every matching row, not only those read",
          "[gui][export][grids]")
{
    Demo demo;
    LedgerContext *context = demo.context.get();
    HouseholdsPage page(context);
    page.resize(1300, 700);
    page.show();
    settle();
    const int township = page.model()->rowCount();
    REQUIRE(township > 0);

    // One village (more than one page of the lazy model), and only households in no grid.
    const qint64 villageId = demo.biggestVillage();
    page.villageCombo()->setCurrentIndex(page.villageCombo()->findData(villageId));
    settle();
    const int inVillage = page.model()->rowCount();
    REQUIRE(inVillage > HouseholdModel::kPageSize);
    REQUIRE(inVillage < township);
    CHECK(page.view()->isColumnHidden(HouseholdModel::Village));

    // The view has read one screen of rows, not all of them.
    page.model()->resetFetchCounters();
    page.view()->scrollToTop();
    settle();
    CHECK(page.model()->fetchedRows() < inVillage);

    test::TempDir out;
    const QString villageName = context->villageName(villageId);
    const Workbook wb = exportThrough(page.exportAction(), out.file(QStringLiteral("households.xlsx")));
    requireSameAsView(wb, page.view(), QStringLiteral("Households – %1").arg(villageName));
    CHECK(wb.rows.size() == inVillage);
    CHECK_FALSE(wb.headers.contains(QStringLiteral("Village")));
    CHECK(wb.headers.first() == QStringLiteral("Head of household"));
    // The last row, far below what was on screen, as the model has it.
    const int head = columnNamed(wb, QStringLiteral("Head of household"));
    CHECK(cellText(wb.rows.last()[head]) == page.model()->index(inVillage - 1, HouseholdModel::HeadName).data().toString());
    requireIdsMasked(wb, QStringLiteral("Head's ID number"));
    const int people = columnNamed(wb, QStringLiteral("People"));
    CHECK(wb.rows.first()[people].toObject().value(QStringLiteral("t")).toString() == QStringLiteral("num"));

    // A tag, and a name typed but not yet applied (the debounce): the export applies it first.
    QComboBox *tag = page.tagCombo();
    int tagged = 0;
    for (int i = 1; i < tag->count() && tagged == 0; ++i) {
        tag->setCurrentIndex(i);
        settle();
        tagged = page.model()->rowCount();
    }
    REQUIRE(tagged > 0);
    const QString surname = page.model()->index(0, HouseholdModel::HeadName).data().toString().left(1);
    page.filterEdit()->setText(surname);
    CHECK(page.model()->rowCount() == tagged); // not yet applied
    const Workbook typed = exportThrough(page.exportAction(), out.file(QStringLiteral("households-typed.xlsx")));
    const int matching = page.model()->rowCount();
    CHECK(matching >= 1);
    CHECK(matching <= tagged);
    CHECK(typed.rows.size() == matching);
    const int headName = columnNamed(typed, QStringLiteral("Head of household"));
    for (const QJsonArray &row : typed.rows)
        CHECK(cellText(row[headName]).startsWith(surname));
    requireSameAsView(typed, page.view(),
                      QStringLiteral("Households – %1 (%2, searched)").arg(villageName, tag->currentText()));
    // (The typed text is not named in the title: it may be an ID number.)

    page.filterEdit()->clear();
    page.applyFilterNow();
    settle();
    test::saveScreenshot(&page, QStringLiteral("table-export-households-page"));
}

TEST_CASE("Table export: matters of a village and the township board with filters", "[gui][export][matters]")
{
    Demo demo;
    LedgerContext *context = demo.context.get();
    test::TempDir out;

    MatterBoardPage board(context);
    board.resize(1400, 800);
    board.show();
    settle();
    const int all = board.filter()->rowCount();
    REQUIRE(all > 0);
    board.setNeedsActionOnly(true);
    const int needing = board.filter()->rowCount();
    REQUIRE(needing > 0);
    REQUIRE(needing < all);
    const Workbook wb = exportThrough(board.exportAction(), out.file(QStringLiteral("board.xlsx")));
    requireSameAsView(wb, board.view(), QStringLiteral("Matters of the township (needs action)"));
    CHECK(wb.rows.size() == needing);
    const int title = columnNamed(wb, QStringLiteral("Title"));
    const int amount = columnNamed(wb, QStringLiteral("Amount (yuan)"));
    CHECK(cellText(wb.rows.first()[title]) == board.filter()->index(0, MatterModel::Title).data().toString());
    bool anAmount = false;
    for (const QJsonArray &row : wb.rows)
        if (row[amount].toObject().value(QStringLiteral("t")).toString() == QStringLiteral("num"))
            anAmount = true;
    CHECK(anAmount); // amounts are numbers a clerk can add up

    // One village's board: its name in the title.
    const qint64 villageId = board.filter()->index(0, 0).data(MatterModel::VillageIdRole).toLongLong();
    board.setVillageFilter(villageId);
    const QString villageName = context->villageName(villageId);
    CHECK(TableExporter::titleOf(board.exportAction())
          == QStringLiteral("Matters – %1 (needs action)").arg(villageName));

    // The village's matters tab, searched.
    MattersTab tab(context);
    tab.resize(1300, 860);
    tab.setVillage(villageId);
    tab.show();
    settle();
    const int ofVillage = tab.view()->model()->rowCount();
    REQUIRE(ofVillage > 0);
    const QString word = tab.view()->model()->index(0, MatterModel::Title).data().toString().left(2);
    tab.findChild<QLineEdit *>(QStringLiteral("matterSearch"))->setText(word);
    settle();
    const Workbook matters = exportThrough(tab.exportAction(), out.file(QStringLiteral("matters.xlsx")));
    requireSameAsView(matters, tab.view(), QStringLiteral("Matters – %1").arg(villageName));
    CHECK(matters.rows.size() == tab.view()->model()->rowCount());
    CHECK_FALSE(matters.headers.contains(QStringLiteral("Village"))); // hidden on a village's tab
}

TEST_CASE("Table export: the findings panel exports the findings shown", "[gui][export]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("findings.ledger"));
    test::demoLedger(path, 12).reset();
    MainWindow window;
    window.setToday(test::fixedToday());
    QString error;
    REQUIRE(window.openLedger(path, &error));
    window.waitForOpeningCheck();
    window.resize(1300, 900);
    window.show();
    settle();
    FindingsPanel *panel = window.findingsPanel();
    REQUIRE(panel);
    const int all = panel->visibleCount();
    REQUIRE(all > 0);

    // Errors only.
    auto *severity = panel->findChild<QComboBox *>();
    REQUIRE(severity);
    severity->setCurrentIndex(1);
    const int errors = panel->visibleCount();
    REQUIRE(errors > 0);
    REQUIRE(errors < all);
    test::TempDir out;
    const Workbook wb = exportThrough(panel->exportAction(), out.file(QStringLiteral("findings.xlsx")));
    requireSameAsView(wb, panel->view(), QStringLiteral("Findings (errors only)"));
    CHECK(wb.rows.size() == errors);
    const int village = columnNamed(wb, panel->model()->headerData(FindingsModel::Village, Qt::Horizontal).toString());
    const int detail = columnNamed(wb, panel->model()->headerData(FindingsModel::Detail, Qt::Horizontal).toString());
    CHECK(cellText(wb.rows.first()[village]) == panel->view()->model()->index(0, FindingsModel::Village).data().toString());
    CHECK(cellText(wb.rows.last()[detail])
          == panel->view()->model()->index(errors - 1, FindingsModel::Detail).data().toString());

    // Only the village on screen (one with findings): its name in the title.
    qint64 villageId = 0;
    for (const Finding &f : panel->model()->findings())
        if (f.villageId > 0) {
            villageId = f.villageId;
            break;
        }
    REQUIRE(villageId > 0);
    window.showVillage(villageId);
    settle();
    auto *only = panel->findChild<QCheckBox *>();
    REQUIRE(only);
    only->setChecked(true);
    severity->setCurrentIndex(0);
    const QString title = QStringLiteral("Findings – %1").arg(window.context()->villageName(villageId));
    CHECK(TableExporter::titleOf(panel->exportAction()) == title);
    REQUIRE(panel->visibleCount() > 0);
    const Workbook mine = exportThrough(panel->exportAction(), out.file(QStringLiteral("findings-village.xlsx")));
    requireSameAsView(mine, panel->view(), title);
    CHECK(mine.rows.size() == panel->visibleCount());
}

TEST_CASE("Table export: a lazy model is read to its end, behind a filter", "[gui][export]")
{
    // 1,000 rows listed 100 at a time; the filter keeps the even ones.
    SlicedModel model(1000, 100);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(QStringLiteral("even"));
    QTableView view;
    view.setModel(&proxy);
    CHECK(model.rowCount() < 1000);
    QStringList headers;
    QList<QVariantList> rows;
    REQUIRE(TableExporter::collect(&view, &headers, &rows));
    CHECK(headers == QStringList{QStringLiteral("Row")});
    REQUIRE(rows.size() == 500);
    CHECK(rows.last().first().toString() == QStringLiteral("even row 998"));
    CHECK(model.rowCount() == 1000);

    // A model that always says there is more, and never brings any, does not hang the export.
    SlicedModel stuck(0, 100, true);
    QTableView stuckView;
    stuckView.setModel(&stuck);
    REQUIRE(TableExporter::collect(&stuckView, &headers, &rows));
    CHECK(rows.isEmpty());

    // A model reset under the reader (a filter applied meanwhile): nothing half-read is exported.
    SlicedModel changing(300, 300);
    QTableView changingView;
    changingView.setModel(&changing);
    changing.fetchMore({});
    bool reset = false;
    changing.onRead = [&](int row) {
        if (row == 150 && !reset) {
            reset = true;
            changing.resetNow();
        }
    };
    const Result<void> changed = TableExporter::collect(&changingView, &headers, &rows);
    REQUIRE_FALSE(changed.ok());
    CHECK(rows.isEmpty());
    CHECK(changed.message().contains(QStringLiteral("changed")));
    CHECK(changed.error().kind != Error::Kind::Cancelled);
    changing.onRead = {};
    REQUIRE(TableExporter::collect(&changingView, &headers, &rows));
    CHECK(rows.size() == 300);
}

// Not run by default: TL_BIG_LEDGER=copy-of-big.ledger tl_gui_tests "Bench: export*" (the ledger is
// opened for writing, so an older file is upgraded first: give it a copy).
TEST_CASE("Bench: export of the township's households at county scale", "[.][bench]")
{
    const QString path = qEnvironmentVariable("TL_BIG_LEDGER");
    if (path.isEmpty() || !QFile::exists(path)) {
        WARN("set TL_BIG_LEDGER to a large ledger");
        return;
    }
    auto opened = Ledger::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    context.setToday(test::fixedToday());
    HouseholdsPage page(&context);
    page.resize(1300, 700);
    page.show();
    settle();
    const int rows = page.model()->rowCount();
    QElapsedTimer timer;
    timer.start();
    QStringList headers;
    QList<QVariantList> read;
    REQUIRE(TableExporter::collect(page.view(), &headers, &read));
    const qint64 readMs = timer.restart();
    test::TempDir out;
    REQUIRE(TableExporter::exportViewTo(out.file(QStringLiteral("all.xlsx")), page.view(), QStringLiteral("Households")));
    const qint64 totalMs = timer.elapsed();
    std::cout << rows << " households: reading the rows " << readMs << " ms; reading and writing the workbook "
              << totalMs << " ms (" << QFileInfo(out.file(QStringLiteral("all.xlsx"))).size() / 1024 << " KiB)" << std::endl;
    CHECK(read.size() == rows);
}
