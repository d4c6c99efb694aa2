// The village grid tab as a clerk uses it: assigning selected households to a grid (by the dialog
// and by dropping them on the tree), proposing grids and taking the proposal back, the household
// dialog's checks while typing, and the lazy household model at township scale.
#include "TestSupport.h"

#include "grids/AssignDialog.h"
#include "model/DemoGenerator.h"
#include "grids/GridDialog.h"
#include "grids/GridProposalDialog.h"
#include "grids/GridSettingsDialog.h"
#include "grids/GridTreeModel.h"
#include "grids/GridsTab.h"
#include "grids/HouseholdDialog.h"
#include "grids/HouseholdModel.h"
#include "grids/HouseholdRepository.h"
#include "grids/HouseholdsPage.h"
#include "grids/HouseholdSearch.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "committees/PersonRepository.h"
#include "storage/Settings.h"
#include "model/VillageRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace tl;
using namespace tl::ui;

namespace {

// Polls like QTRY_VERIFY: events (and deferred deletes) are processed until cond holds.
template <typename F>
bool waitFor(F cond, int timeoutMs = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(10);
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// A village the way a clerk types it in from the group rosters: households in villager groups,
// people of the village who can serve as 网格长 / 网格员, and no grids yet.
struct GridVillage
{
    test::TempDir tmp;
    QString path = tmp.file(QStringLiteral("grids.ledger"));
    std::unique_ptr<LedgerContext> context;
    qint64 villageId = 0;
    QList<qint64> people;

    GridVillage(const QStringList &groups, int perGroup, int persons)
    {
        static const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                          QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                          QStringLiteral("赵"), QStringLiteral("黄"), QStringLiteral("周")};
        static const QStringList given{QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("桂兰"),
                                       QStringLiteral("志强"), QStringLiteral("国华"), QStringLiteral("淑珍"),
                                       QStringLiteral("德明"), QStringLiteral("玉兰"), QStringLiteral("春生"),
                                       QStringLiteral("海燕"), QStringLiteral("福生")};
        {
            std::unique_ptr<Ledger> ledger = test::newLedger(path);
            tl::Village v;
            v.name = QStringLiteral("桃源村");
            v.groups = int(groups.size());
            villageId = VillageRepository(*ledger).insert(v).id;
            REQUIRE(villageId > 0);
            int seq = 1;
            for (int i = 0; i < persons; ++i) {
                Person p;
                p.villageId = villageId;
                p.name = surnames[(i + 3) % surnames.size()] + given[(i * 7 + 2) % given.size()];
                p.idNumber = test::makeId(QStringLiteral("371321"), QDate(1968, 1, 1).addDays(i * 97), seq++ * 2 + 1);
                const Saved s = PersonRepository(*ledger).insert(p);
                REQUIRE(s.ok());
                people << s.id;
            }
            QList<Household> list;
            for (int g = 0; g < groups.size(); ++g)
                for (int i = 0; i < perGroup; ++i) {
                    Household h;
                    h.villageId = villageId;
                    const int n = g * perGroup + i;
                    h.headName = surnames[n % surnames.size()] + given[(n / surnames.size()) % given.size()];
                    h.headIdNumber = test::makeId(QStringLiteral("371321"), QDate(1950, 1, 1).addDays(n * 41), seq++ % 900 + 1);
                    h.group = groups[g];
                    h.address = QStringLiteral("%1%2号").arg(groups[g]).arg(i + 1);
                    h.people = 1 + n % 5;
                    if (n % 7 == 0)
                        h.tags << QStringLiteral("dibao");
                    if (n % 11 == 0)
                        h.tags << QStringLiteral("elderly");
                    list << h;
                }
            QString error;
            REQUIRE(HouseholdRepository(*ledger).insertMany(list, &error));
        }
        // The tab works on a ledger opened as the program opens it.
        auto opened = Ledger::open(path);
        REQUIRE(opened.ledger);
        context = std::make_unique<LedgerContext>(std::move(opened.ledger));
        context->setToday(test::fixedToday());
    }

    Ledger &ledger() { return context->ledger(); }

    qint64 addGrid(const QString &name, qint64 leader, const QList<qint64> &workers)
    {
        Grid g;
        g.villageId = villageId;
        g.name = name;
        g.code = QStringLiteral("01");
        g.leaderId = leader;
        g.workers = workers;
        const Saved s = GridRepository(ledger()).insert(g);
        REQUIRE(s.ok());
        return s.id;
    }
};

int rowsOfKind(GridTreeModel *model, GridTreeModel::NodeKind kind)
{
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        n += model->index(r, 0).data(GridTreeModel::NodeKindRole).toInt() == int(kind) ? 1 : 0;
    return n;
}

void selectRows(QTableView *view, int from, int to)
{
    QAbstractItemModel *m = view->model();
    view->selectionModel()->select(QItemSelection(m->index(from, 0), m->index(to, m->columnCount() - 1)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(m->index(from, HouseholdModel::HeadName), QItemSelectionModel::NoUpdate);
}

} // namespace

TEST_CASE("Grids: assign selected households to a grid, by the dialog and by dragging, with undo", "[gui][grids]")
{
    GridVillage v({QStringLiteral("第一村民小组"), QStringLiteral("第二村民小组")}, 30, 8);
    const qint64 workerA = v.people[2], workerB = v.people[3];
    const qint64 grid = v.addGrid(QStringLiteral("一组网格"), v.people[0], {workerA, workerB});
    const qint64 other = v.addGrid(QStringLiteral("二组网格"), 0, {v.people[4]});

    GridsTab tab(v.context.get());
    tab.resize(1360, 760);
    tab.show();
    tab.setVillage(v.villageId);
    GridTreeModel *tree = tab.gridModel();
    QTableView *table = tab.householdView();

    // The tree: All, two grids, Unassigned (60); the tab starts where the work is.
    CHECK(rowsOfKind(tree, GridTreeModel::NodeKind::Grid) == 2);
    CHECK(tree->unassignedHouseholds() == 60);
    CHECK(tree->indexOfUnassigned().data().toString() == QStringLiteral("Unassigned (60)"));
    CHECK(tab.gridView()->currentIndex() == tree->indexOfUnassigned());
    CHECK(table->model()->rowCount() == 60);
    // A grid without a leader is marked as the findings panel would.
    CHECK(tree->problemsOf(other).contains(QStringLiteral("No grid leader")));
    CHECK(tree->problemsOf(grid).isEmpty());

    // Twelve rows selected, "Assign 12 to grid…", the first grid, shared among its two workers.
    selectRows(table, 0, 11);
    CHECK(tab.selectedHouseholdIds().size() == 12);
    auto *assign = tab.findChild<QPushButton *>(QStringLiteral("assignButton"));
    REQUIRE(assign);
    REQUIRE(assign->isEnabled());
    CHECK(assign->text().remove(QLatin1Char('&')) == QStringLiteral("Assign 12 to grid…"));
    QTest::mouseClick(assign, Qt::LeftButton);
    QPointer<AssignDialog> dialog = tab.findChild<AssignDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    dialog->setGrid(grid);
    dialog->setWorker(AssignDialog::kShareAmongWorkers);
    CHECK(dialog->workerId() == AssignDialog::kShareAmongWorkers);
    test::saveScreenshot(dialog, QStringLiteral("grids-assign-dialog"));
    dialog->accept();
    REQUIRE(waitFor([&] { return tree->householdsOf(grid) == 12; }));
    CHECK(tree->unassignedHouseholds() == 48);
    CHECK(tree->indexOfUnassigned().data().toString() == QStringLiteral("Unassigned (48)"));
    CHECK(table->model()->rowCount() == 48); // still on Unassigned: the twelve left the list
    CHECK(tab.statusLabel()->text().contains(QStringLiteral("48 in no grid")));
    {
        HouseholdFilter f;
        f.villageId = v.villageId;
        f.workerId = workerA;
        CHECK(HouseholdRepository(v.ledger()).count(f) == 6);
        f.workerId = workerB;
        CHECK(HouseholdRepository(v.ledger()).count(f) == 6);
    }
    // The household keeps its history: one entry, in the first grid.
    const QVector<qint64> inGrid = [&] {
        HouseholdFilter f;
        f.villageId = v.villageId;
        f.gridMode = HouseholdFilter::GridMode::InGrid;
        f.gridId = grid;
        return HouseholdRepository(v.ledger()).ids(f);
    }();
    REQUIRE(inGrid.size() == 12);

    // Five more dragged onto the second grid: the table's mime data dropped on the tree.
    selectRows(table, 0, 4);
    const QVector<qint64> dragged = tab.selectedHouseholdIds();
    std::unique_ptr<QMimeData> mime(table->model()->mimeData(table->selectionModel()->selectedIndexes()));
    REQUIRE(mime);
    CHECK(HouseholdModel::idsFromMimeData(mime.get()) == dragged);
    const QModelIndex target = tree->indexOfGrid(other);
    CHECK_FALSE(tree->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, target)); // between rows: no
    CHECK_FALSE(tree->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, tree->indexOfAll()));
    REQUIRE(tree->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    REQUIRE(tree->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    REQUIRE(waitFor([&] { return tree->householdsOf(other) == 5; }));
    CHECK(tree->unassignedHouseholds() == 43);
    test::saveScreenshot(&tab, QStringLiteral("grids-tab-after-assign"));

    // Moving a household from one grid to another keeps where it was before.
    tab.focusGrid(grid);
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 12; }));
    selectRows(table, 0, 0);
    const qint64 moved = tab.selectedHouseholdIds().value(0);
    REQUIRE(tab.assignHouseholds({moved}, other, 0, QStringLiteral("搬家")));
    REQUIRE(waitFor([&] { return tree->householdsOf(other) == 6; }));
    const QList<Assignment> history = HouseholdRepository(v.ledger()).history(moved);
    REQUIRE(history.size() == 2);
    CHECK(history[0].gridId == grid);
    CHECK(history[1].gridId == other);
    CHECK(history[1].note == QStringLiteral("搬家"));

    // Edit > Undo three times: back to sixty unassigned households.
    QUndoStack *undo = v.context->undoStack();
    CHECK(undo->count() == 3);
    CHECK(undo->undoText().contains(QStringLiteral("二组网格")));
    undo->undo();
    REQUIRE(waitFor([&] { return tree->householdsOf(other) == 5; }));
    undo->undo();
    REQUIRE(waitFor([&] { return tree->householdsOf(other) == 0; }));
    undo->undo();
    REQUIRE(waitFor([&] { return tree->unassignedHouseholds() == 60; }));
    CHECK(tree->householdsOf(grid) == 0);
    undo->redo();
    REQUIRE(waitFor([&] { return tree->householdsOf(grid) == 12; }));
}

TEST_CASE("Grids: propose grids, review, apply, undo", "[gui][grids]")
{
    // 120 + 30 households in two groups, 20 people: 4 grids (40, 40, 40, 30), about 10 per worker.
    GridVillage v({QStringLiteral("第一村民小组"), QStringLiteral("第二村民小组")}, 0, 20);
    {
        QList<Household> more;
        for (int i = 0; i < 150; ++i) {
            Household h;
            h.villageId = v.villageId;
            h.headName = QStringLiteral("户主%1").arg(i + 1);
            h.group = i < 120 ? QStringLiteral("第一村民小组") : QStringLiteral("第二村民小组");
            h.people = 3;
            more << h;
        }
        QString error;
        REQUIRE(HouseholdRepository(v.ledger()).insertMany(more, &error));
    }
    GridsTab tab(v.context.get());
    tab.resize(1360, 760);
    tab.show();
    tab.setVillage(v.villageId);
    GridTreeModel *tree = tab.gridModel();
    REQUIRE(tree->unassignedHouseholds() == 150);
    CHECK(rowsOfKind(tree, GridTreeModel::NodeKind::Grid) == 0);

    auto *propose = tab.findChild<QPushButton *>(QStringLiteral("proposeGridsButton"));
    REQUIRE(propose);
    QTest::mouseClick(propose, Qt::LeftButton);
    QPointer<GridProposalDialog> dialog = tab.findChild<GridProposalDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(0, GridProposalDialog::Households)->text() == QStringLiteral("40"));
    CHECK(table->item(3, GridProposalDialog::Households)->text() == QStringLiteral("30"));
    CHECK(table->item(0, GridProposalDialog::People)->text() == QStringLiteral("120"));
    CHECK(table->item(0, GridProposalDialog::Workers)->text().contains(QStringLiteral("(10)")));
    // Nothing is written while the clerk reviews.
    CHECK(GridRepository(v.ledger()).ofVillage(v.villageId).isEmpty());
    // The clerk renames one grid in the table.
    table->item(3, GridProposalDialog::Name)->setText(QStringLiteral("二组网格"));
    test::saveScreenshot(dialog, QStringLiteral("grids-proposal-dialog"));
    dialog->accept();
    REQUIRE(waitFor([&] { return rowsOfKind(tree, GridTreeModel::NodeKind::Grid) == 4; }));
    CHECK(tree->unassignedHouseholds() == 0);
    CHECK(tree->totalHouseholds() == 150);
    int total = 0;
    for (const GridSummary &s : tree->summaries()) {
        total += s.households;
        CHECK(s.households <= 50);
        CHECK(s.grid.leaderId > 0);
        CHECK_FALSE(s.grid.workers.isEmpty());
    }
    CHECK(total == 150);
    bool renamed = false;
    for (const GridSummary &s : tree->summaries())
        renamed = renamed || (s.grid.name == QStringLiteral("二组网格") && s.households == 30);
    CHECK(renamed);
    test::saveScreenshot(&tab, QStringLiteral("grids-tab-after-proposal"));

    // Edit > Undo takes the whole proposal back; redo applies it again.
    QUndoStack *undo = v.context->undoStack();
    REQUIRE(undo->count() == 1);
    CHECK(undo->undoText() == QStringLiteral("Propose grids for 桃源村"));
    undo->undo();
    REQUIRE(waitFor([&] { return tree->unassignedHouseholds() == 150; }));
    CHECK(rowsOfKind(tree, GridTreeModel::NodeKind::Grid) == 0);
    CHECK(GridRepository(v.ledger()).ofVillage(v.villageId).isEmpty());
    undo->redo();
    REQUIRE(waitFor([&] { return tree->unassignedHouseholds() == 0; }));
    CHECK(rowsOfKind(tree, GridTreeModel::NodeKind::Grid) == 4);
    undo->undo();
    REQUIRE(waitFor([&] { return tree->unassignedHouseholds() == 150; }));
}

TEST_CASE("Grids: grid size setting marks oversize grids in the tree", "[gui][grids]")
{
    GridVillage v({QStringLiteral("第一村民小组")}, 70, 4);
    const qint64 grid = v.addGrid(QStringLiteral("大网格"), v.people[0], {v.people[1]});
    GridsTab tab(v.context.get());
    tab.setVillage(v.villageId);
    HouseholdFilter all;
    all.villageId = v.villageId;
    REQUIRE(tab.assignHouseholds(HouseholdRepository(v.ledger()).ids(all), grid, v.people[1]));
    REQUIRE(waitFor([&] { return tab.gridModel()->householdsOf(grid) == 70; }));
    // 70 > 50 × 1.2
    CHECK(tab.gridModel()->problemsOf(grid).contains(QStringLiteral("above the grid size of 50")));

    GridSettingsDialog settings(v.context.get(), &tab);
    settings.findChild<QSpinBox *>(QStringLiteral("toleranceSpin"))->setValue(40); // 70 = 50 × 1.4 is not above
    CHECK(settings.findChild<QLabel *>(QStringLiteral("limitLabel"))->text().contains(QStringLiteral("more than 70")));
    settings.accept();
    CHECK(SettingsStore(v.ledger()).grid().tolerancePct == 40);
    REQUIRE(waitFor([&] { return tab.gridModel()->problemsOf(grid).isEmpty(); }));
    v.context->undoStack()->undo();
    REQUIRE(waitFor([&] { return !tab.gridModel()->problemsOf(grid).isEmpty(); }));
}

TEST_CASE("Grids: household dialog checks while typing, saves, shows history; delete and undo", "[gui][grids]")
{
    GridVillage v({QStringLiteral("第一村民小组")}, 10, 4);
    const qint64 grid = v.addGrid(QStringLiteral("一组网格"), v.people[0], {v.people[1]});
    GridsTab tab(v.context.get());
    tab.resize(1360, 760);
    tab.show();
    tab.setVillage(v.villageId);

    auto *add = tab.findChild<QPushButton *>(QStringLiteral("addHouseholdButton"));
    REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QPointer<HouseholdDialog> dialog = tab.findChild<HouseholdDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("headNameEdit"));
    auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
    auto *idError = dialog->findChild<QLabel *>(QStringLiteral("idNumberError"));
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *phoneError = dialog->findChild<QLabel *>(QStringLiteral("phoneError"));
    auto *gridCombo = dialog->findChild<QComboBox *>(QStringLiteral("gridCombo"));
    auto *workerCombo = dialog->findChild<QComboBox *>(QStringLiteral("workerCombo"));
    auto *dibao = dialog->findChild<QCheckBox *>(QStringLiteral("tag_dibao"));
    auto *freeTags = dialog->findChild<QLineEdit *>(QStringLiteral("freeTagsEdit"));
    REQUIRE((name && id && idError && phone && phoneError && gridCombo && workerCombo && dibao && freeTags));
    CHECK_FALSE(idError->isVisible()); // a fresh dialog is not covered in red

    QTest::keyClicks(name, QStringLiteral("Zhang"));
    name->setText(QStringLiteral("张福生"));
    const QString valid = test::makeId(QStringLiteral("371321"), QDate(1961, 4, 2), 37);
    QTest::keyClicks(id, valid.left(17));
    CHECK(idError->isVisible()); // at once, while typing
    INFO(idError->text().toStdString());
    CHECK(idError->text().startsWith(QStringLiteral("Head's ID number:")));
    QTest::keyClicks(id, valid.right(1));
    CHECK_FALSE(idError->isVisible());
    QTest::keyClicks(phone, QStringLiteral("1391234"));
    CHECK(phoneError->isVisible());
    test::saveScreenshot(dialog, QStringLiteral("grids-household-dialog-errors"));
    // Save is refused while a field is wrong.
    dialog->accept();
    CHECK(dialog->isVisible());
    QTest::keyClicks(phone, QStringLiteral("5678"));
    CHECK_FALSE(phoneError->isVisible());
    dibao->setChecked(true);
    freeTags->setText(QStringLiteral("种粮大户、留守儿童"));
    gridCombo->setCurrentIndex(gridCombo->findData(grid));
    REQUIRE(workerCombo->count() == 2);
    workerCombo->setCurrentIndex(1);
    dialog->accept();
    REQUIRE(waitFor([&] { return dialog.isNull(); }));

    HouseholdFilter byId;
    byId.text = valid;
    const QVector<qint64> found = HouseholdRepository(v.ledger()).ids(byId);
    REQUIRE(found.size() == 1);
    const Household saved = *HouseholdRepository(v.ledger()).get(found.first());
    CHECK(saved.headName == QStringLiteral("张福生"));
    CHECK(saved.phone == QStringLiteral("13912345678"));
    CHECK(saved.tags == QStringList{QStringLiteral("dibao"), QStringLiteral("种粮大户"), QStringLiteral("children")});
    CHECK(saved.gridId == grid);
    CHECK(saved.workerId == v.people[1]);
    // The tab shows the new household, selected.
    REQUIRE(waitFor([&] { return tab.selectedHouseholdIds() == QVector<qint64>{saved.id}; }));
    CHECK(tab.gridModel()->householdsOf(grid) == 1);

    // A second household with the same head ID is pointed out (a finding), not refused.
    {
        HouseholdDialog second(v.context.get(), v.villageId, 0, 0, &tab);
        auto *id2 = second.findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
        auto *err2 = second.findChild<QLabel *>(QStringLiteral("idNumberError"));
        QTest::keyClicks(id2, valid);
        CHECK(err2->text().contains(QStringLiteral("Already the head of another household: 张福生")));
    }

    // Editing shows where the household was looked after.
    tab.assignHouseholds({saved.id}, 0, 0, QStringLiteral("外出务工"));
    settle();
    {
        HouseholdDialog edit(v.context.get(), v.villageId, saved.id, 0, &tab);
        auto *history = edit.findChild<QTableWidget *>(QStringLiteral("historyTable"));
        REQUIRE(history);
        REQUIRE(history->rowCount() == 2);
        CHECK(history->item(0, 1)->text() == QStringLiteral("(no grid)")); // newest first
        CHECK(history->item(0, 3)->text() == QStringLiteral("外出务工"));
        CHECK(history->item(1, 1)->text() == QStringLiteral("一组网格"));
        edit.resize(760, 560);
        test::saveScreenshot(&edit, QStringLiteral("grids-household-dialog-history"));
    }

    // Delete, then undo: back with its history.
    REQUIRE(tab.deleteHouseholds({saved.id}));
    settle();
    CHECK_FALSE(HouseholdRepository(v.ledger()).get(saved.id));
    v.context->undoStack()->undo();
    settle();
    REQUIRE(HouseholdRepository(v.ledger()).get(saved.id));
    CHECK(HouseholdRepository(v.ledger()).history(saved.id).size() == 2);
}

TEST_CASE("Grids: grid dialog with leader and workers from the ledger; delete grid and undo", "[gui][grids]")
{
    GridVillage v({QStringLiteral("第一村民小组")}, 12, 6);
    GridsTab tab(v.context.get());
    tab.setVillage(v.villageId);

    GridDialog add(v.context.get(), v.villageId, 0, 0, &tab);
    add.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("东片网格"));
    add.findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setText(QStringLiteral("371321101201-01"));
    add.setLeader(v.people[0]);
    add.setWorkers({v.people[1], v.people[2]});
    CHECK(add.findChild<QLabel *>(QStringLiteral("workerCount"))->text().startsWith(QStringLiteral("2 ")));
    add.resize(600, 640);
    test::saveScreenshot(&add, QStringLiteral("grids-grid-dialog"));
    REQUIRE(add.save());
    const qint64 grid = add.gridId();
    settle();
    REQUIRE(tab.gridModel()->indexOfGrid(grid).isValid());
    CHECK(tab.gridModel()->summary(grid)->workerNames.size() == 2);

    // A sub-grid below it, and a name that exists is refused at once.
    GridDialog sub(v.context.get(), v.villageId, 0, grid, &tab);
    auto *subName = sub.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    subName->setText(QStringLiteral("东片网格"));
    CHECK(sub.findChild<QLabel *>(QStringLiteral("nameError"))->text().contains(QStringLiteral("already exists")));
    CHECK_FALSE(sub.save());
    subName->setText(QStringLiteral("东片一组"));
    REQUIRE(sub.save());
    settle();
    const QModelIndex subIndex = tab.gridModel()->indexOfGrid(sub.gridId());
    REQUIRE(subIndex.isValid());
    CHECK(subIndex.parent() == tab.gridModel()->indexOfGrid(grid));

    // Households in both; the parent counts its sub-grid's too.
    HouseholdFilter all;
    all.villageId = v.villageId;
    const QVector<qint64> ids = HouseholdRepository(v.ledger()).ids(all);
    REQUIRE(tab.assignHouseholds(ids.mid(0, 8), grid, v.people[1]));
    REQUIRE(tab.assignHouseholds(ids.mid(8, 4), sub.gridId(), 0));
    settle();
    CHECK(tab.gridModel()->householdsOf(grid) == 12);

    // Taking a worker off the grid takes the worker off their households; undo gives it back.
    {
        GridDialog edit(v.context.get(), v.villageId, grid, 0, &tab);
        edit.setWorkers({v.people[2]});
        REQUIRE(edit.save());
    }
    HouseholdFilter ofWorker = all;
    ofWorker.workerId = v.people[1];
    CHECK(HouseholdRepository(v.ledger()).count(ofWorker) == 0);
    v.context->undoStack()->undo();
    CHECK(HouseholdRepository(v.ledger()).count(ofWorker) == 8);

    // Deleting the grid (and its sub-grid) leaves the households unassigned; undo restores all.
    REQUIRE(tab.deleteGrid(grid));
    settle();
    CHECK(tab.gridModel()->unassignedHouseholds() == 12);
    CHECK_FALSE(tab.gridModel()->indexOfGrid(sub.gridId()).isValid());
    v.context->undoStack()->undo();
    settle();
    CHECK(tab.gridModel()->unassignedHouseholds() == 0);
    CHECK(tab.gridModel()->householdsOf(grid) == 12);
    CHECK(HouseholdRepository(v.ledger()).count(ofWorker) == 8);
    CHECK(tab.gridModel()->indexOfGrid(sub.gridId()).parent() == tab.gridModel()->indexOfGrid(grid));
}

TEST_CASE("Grids: the household model is lazy: ids first, rows in pages", "[gui][grids]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("lazy.ledger"));
    {
        Township t;
        t.name = DemoGenerator::defaultTownshipName();
        t.isDemo = true;
        auto created = Ledger::create(path, t);
        REQUIRE(created.ledger);
        DemoOptions o;
        o.villages = 3;
        o.householdsPerVillage = 900;
        o.today = test::fixedToday();
        QString error;
        REQUIRE(DemoGenerator::populate(*created.ledger, o, &error));
    }
    auto opened = Ledger::open(path);
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    HouseholdRepository repo(context.ledger());

    HouseholdModel model(&context);
    model.setFilter(HouseholdFilter{}); // the whole township
    CHECK(model.rowCount() == 2700);
    CHECK(model.rowCount() == repo.count(HouseholdFilter{}));
    CHECK(model.fetchedRows() == 0); // only ids so far

    CHECK_FALSE(model.index(0, HouseholdModel::HeadName).data().toString().isEmpty());
    CHECK(model.fetchedRows() == HouseholdModel::kPageSize);
    model.index(150, HouseholdModel::Group).data();
    CHECK(model.fetchedPages() == 1); // same page
    model.index(HouseholdModel::kPageSize + 5, HouseholdModel::HeadName).data();
    CHECK(model.fetchedPages() == 2);
    model.index(2699, HouseholdModel::HeadName).data();
    CHECK(model.fetchedPages() == 3);
    CHECK(model.fetchedRows() == 2 * HouseholdModel::kPageSize + 2700 % HouseholdModel::kPageSize);
    // Roles a view asks for without painting text cost nothing.
    model.index(1000, HouseholdModel::HeadName).data(Qt::FontRole);
    model.index(1000, HouseholdModel::HeadName).data(HouseholdModel::HouseholdIdRole);
    CHECK(model.fetchedPages() == 3);
    // The rows are the repository's, in its order.
    const QVector<qint64> ids = repo.ids(HouseholdFilter{});
    CHECK(model.ids() == ids);
    CHECK(model.index(2699, 0).data(HouseholdModel::HouseholdIdRole).toLongLong() == ids.last());
    CHECK(model.index(2699, HouseholdModel::HeadName).data().toString() == repo.get(ids.last())->headName);

    // A filter queries ids again; its rowCount is the repository's count.
    HouseholdFilter f;
    f.text = repo.get(ids[10])->headName.left(1); // a surname, from the beginning
    model.resetFetchCounters();
    model.setFilter(f);
    CHECK(model.rowCount() == repo.count(f));
    CHECK(model.rowCount() > 0);
    CHECK(model.fetchedRows() == 0);
    f.tag = QStringLiteral("dibao");
    model.setFilter(f);
    CHECK(model.rowCount() == repo.count(f));

    // A view reads only the pages it shows.
    model.setFilter(HouseholdFilter{});
    model.resetFetchCounters();
    QTableView view;
    view.setModel(&model);
    view.resize(900, 500);
    view.show();
    settle();
    CHECK(model.fetchedPages() == 1);
    view.scrollToBottom();
    settle();
    CHECK(model.fetchedPages() <= 3); // the last page (and the one before, if the screen spans two)

    // The cache keeps kCachedPages pages: touching more evicts the oldest.
    model.setFilter(HouseholdFilter{});
    model.resetFetchCounters();
    for (int page = 0; page < 14; ++page)
        model.index(page * HouseholdModel::kPageSize, HouseholdModel::HeadName).data();
    CHECK(model.fetchedPages() == 14);
    model.index(0, HouseholdModel::HeadName).data();
    CHECK(model.fetchedPages() == 14); // 14 < kCachedPages: still cached

    // ID numbers are masked unless asked for.
    const QString masked = model.index(0, HouseholdModel::IdNumber).data().toString();
    CHECK(masked.contains(QStringLiteral("********")));
    model.setShowFullIds(true);
    CHECK(model.index(0, HouseholdModel::IdNumber).data().toString() == repo.get(ids.first())->headIdNumber);
}

TEST_CASE("Grids: a demo village's grid tab and the township household list", "[gui][grids]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 12).reset();
    auto opened = Ledger::open(path);
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    context.setToday(test::fixedToday());
    const QList<tl::Village> villages = VillageRepository(context.ledger()).all();
    REQUIRE(villages.size() == 12);

    // The demo plants an oversized grid with households left out, a grid without a leader and a
    // village without grids; find them as the clerk would, by looking.
    qint64 flawed = 0, withoutGrids = 0;
    for (const tl::Village &village : villages) {
        const QList<Grid> grids = GridRepository(context.ledger()).ofVillage(village.id);
        if (grids.isEmpty() && !withoutGrids)
            withoutGrids = village.id;
        else if (!flawed && GridRepository(context.ledger()).unassignedHouseholds(village.id) > 0)
            flawed = village.id;
    }
    REQUIRE(flawed > 0);
    REQUIRE(withoutGrids > 0);
    GridsTab tab(&context);
    tab.resize(1360, 760);
    tab.show();
    tab.setVillage(flawed);
    settle();
    bool marked = false;
    for (const GridSummary &s : tab.gridModel()->summaries())
        marked = marked || !tab.gridModel()->problemsOf(s.grid.id).isEmpty();
    CHECK(marked);
    test::saveScreenshot(&tab, QStringLiteral("grids-tab-demo-village"));

    // Filtering: group and text, debounced.
    QComboBox *group = tab.groupCombo();
    REQUIRE(group->count() > 1);
    tab.gridView()->setCurrentIndex(tab.gridModel()->indexOfAll());
    const int all = tab.householdModel()->rowCount();
    group->setCurrentIndex(1);
    const int inGroup = tab.householdModel()->rowCount();
    CHECK(inGroup > 0);
    CHECK(inGroup < all);
    group->setCurrentIndex(0);
    const QString someName = tab.householdModel()->index(3, HouseholdModel::HeadName).data().toString();
    tab.filterEdit()->setText(someName);
    CHECK(tab.householdModel()->rowCount() == all); // not yet: the filter waits for a pause
    REQUIRE(waitFor([&] { return tab.householdModel()->rowCount() < all; }));
    CHECK(tab.householdModel()->index(0, HouseholdModel::HeadName).data().toString().contains(someName));
    test::saveScreenshot(&tab, QStringLiteral("grids-tab-filtered"));

    // A village without grids: Propose grids is the way in.
    tab.setVillage(withoutGrids);
    settle();
    CHECK(rowsOfKind(tab.gridModel(), GridTreeModel::NodeKind::Grid) == 0);
    CHECK(tab.gridModel()->unassignedHouseholds() == tab.gridModel()->totalHouseholds());
    test::saveScreenshot(&tab, QStringLiteral("grids-tab-no-grids"));

    HouseholdsPage page(&context);
    page.resize(1360, 760);
    page.show();
    settle();
    CHECK(page.model()->rowCount() == HouseholdRepository(context.ledger()).count(HouseholdFilter{}));
    test::saveScreenshot(&page, QStringLiteral("grids-township-households"));
}

TEST_CASE("Grids: a search typed while the household index is still being read waits for it, then filters",
          "[gui][grids][search]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 3).reset();
    auto opened = Ledger::open(path);
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    context.setToday(test::fixedToday());
    HouseholdsPage page(&context);
    page.resize(1200, 600);
    page.show();
    settle();
    const int all = page.model()->rowCount();
    REQUIRE(all > 100);
    const QString someName = page.model()->index(7, HouseholdModel::HeadName).data().toString();

    // As on a county ledger: the index is read by a worker. The window's connection holds the
    // file exclusively for a moment, so the worker is certainly not done when the clerk types.
    HouseholdSearch &search = context.ledger().householdSearch();
    search.invalidate();
    QSqlQuery hold(context.ledger().database());
    REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    search.prepareInBackground(0);
    QElapsedTimer typed;
    typed.start();
    page.filterEdit()->setText(someName);
    page.applyFilterNow();
    CHECK(typed.elapsed() < 50); // the window did not wait for the index
    CHECK(page.model()->isSearchPending());
    CHECK(page.model()->rowCount() == all); // the list as it was meanwhile
    auto *status = page.findChild<QLabel *>(QStringLiteral("householdStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("Preparing")));
    test::saveScreenshot(&page, QStringLiteral("grids-township-search-pending"));
    REQUIRE(hold.exec(QStringLiteral("COMMIT")));
    REQUIRE(waitFor([&] { return !page.model()->isSearchPending(); }, 10000));
    CHECK(page.model()->rowCount() < all);
    CHECK(page.model()->index(0, HouseholdModel::HeadName).data().toString().contains(someName));
    CHECK_FALSE(status->text().contains(QStringLiteral("Preparing")));
}

// County scale: times opening the township list and a filter keystroke on a copy of
// /tmp/big.ledger (or $TL_BIG_LEDGER). Hidden: run it by name.
TEST_CASE("Bench: county-scale household list and grid tab", "[.][bench]")
{
    const QString path = qEnvironmentVariable("TL_BIG_LEDGER", QStringLiteral("/tmp/big.ledger"));
    if (!QFile::exists(path)) {
        WARN("no county-scale ledger at " << path.toStdString());
        return;
    }
    // A copy: the shared file may be at an older schema, and opening it would migrate it.
    test::TempDir tmp;
    const QString copy = tmp.file(QStringLiteral("county.ledger"));
    REQUIRE(QFile::copy(path, copy));
    auto opened = Ledger::open(copy);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    QElapsedTimer t;
    auto ms = [&t] { return double(t.nsecsElapsed()) / 1e6; };

    t.start();
    HouseholdsPage page(&context);
    page.resize(1360, 760);
    page.show();
    QCoreApplication::processEvents();
    page.grab(); // paint: the first screen of rows is read
    std::printf("township list: open + first paint        %8.1f ms  (%d rows, %d rows read)\n", ms(),
                page.model()->rowCount(), int(page.model()->fetchedRows()));
    for (const QString &text : {QStringLiteral("王"), QStringLiteral("王建"), QStringLiteral("3713")}) {
        page.model()->resetFetchCounters();
        t.restart();
        page.filterEdit()->setText(text);
        page.applyFilterNow(); // what the 150 ms timer does
        page.grab();
        std::printf("township list: filter \"%s\" + paint       %8.1f ms  (%d rows, %d rows read)\n",
                    text.toUtf8().constData(), ms(), page.model()->rowCount(), int(page.model()->fetchedRows()));
    }
    page.filterEdit()->clear();
    page.applyFilterNow();
    t.restart();
    page.view()->scrollToBottom();
    page.grab();
    std::printf("township list: jump to the last row       %8.1f ms\n", ms());

    const QList<tl::Village> villages = VillageRepository(context.ledger()).all();
    GridsTab tab(&context);
    tab.resize(1360, 760);
    tab.show();
    t.restart();
    tab.setVillage(villages.value(villages.size() / 2).id);
    tab.grab();
    std::printf("village grid tab: open + paint            %8.1f ms  (%d households, %d grids)\n", ms(),
                tab.gridModel()->totalHouseholds(), int(tab.gridModel()->summaries().size()));
    t.restart();
    tab.filterEdit()->setText(QStringLiteral("王"));
    tab.applyFilterNow();
    tab.grab();
    std::printf("village grid tab: filter \"王\" + paint     %8.1f ms  (%d rows)\n", ms(),
                tab.householdModel()->rowCount());
    t.restart();
    tab.reload();
    tab.grab();
    std::printf("village grid tab: reload after a change   %8.1f ms\n", ms());
    test::saveScreenshot(&page, QStringLiteral("grids-bench-township"));
}

TEST_CASE("Grids: the assign dialog counts the grid after the assignment, not the selection", "[gui][grids]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 3).reset();
    auto opened = Ledger::open(path);
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    // A grid with two or more workers, and households in it.
    GridSummary grid;
    qint64 villageId = 0;
    for (const tl::Village &village : VillageRepository(context.ledger()).all())
        for (const GridSummary &s : GridRepository(context.ledger()).summaries(village.id))
            if (!villageId && s.grid.workers.size() >= 2 && s.households >= 4) {
                grid = s;
                villageId = village.id;
            }
    REQUIRE(villageId > 0);
    HouseholdFilter inGrid;
    inGrid.villageId = villageId;
    inGrid.gridMode = HouseholdFilter::GridMode::InGrid;
    inGrid.gridId = grid.grid.id;
    HouseholdFilter elsewhere;
    elsewhere.villageId = villageId;
    elsewhere.gridMode = HouseholdFilter::GridMode::Unassigned;
    HouseholdRepository households(context.ledger());
    QVector<qint64> chosen; // three already in the grid itself (not a sub-grid)
    for (const Household &h : households.fetch(households.ids(inGrid)))
        if (h.gridId == grid.grid.id && chosen.size() < 3)
            chosen << h.id;
    REQUIRE(chosen.size() == 3);
    const QVector<qint64> outside = households.ids(elsewhere).mid(0, 2);
    chosen += outside;
    const int after = grid.households + int(outside.size());
    const int workers = int(grid.grid.workers.size());

    AssignDialog dialog(&context, villageId, chosen);
    dialog.setGrid(grid.grid.id);
    dialog.setWorker(AssignDialog::kShareAmongWorkers);
    const QString hint = dialog.findChild<QLabel *>(QStringLiteral("assignHint"))->text();
    INFO(hint.toStdString());
    CHECK(hint.contains(QStringLiteral("will have %1 households").arg(after)));
    CHECK(hint.contains(QStringLiteral("About %1 households per worker").arg((after + workers - 1) / workers)));
}
