// The main window at the size of a common township office screen (1280×800): the findings panel
// leaves the pages their room, and the 四议两公开 tab shows a list and a whole step together.

#include "TestSupport.h"

#include "edits/MatterEdits.h"
#include "findings/FindingsPanel.h"
#include "matters/Deliberation.h"
#include "matters/MatterEditor.h"
#include "matters/MattersTab.h"
#include "matters/StepTimeline.h"
#include "model/VillageRepository.h"
#include "shell/AppSettings.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "villages/VillagePage.h"

#include <QApplication>
#include <QDockWidget>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

QDockWidget *findingsDock(MainWindow &window)
{
    return window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
}

// Rows of the view whose whole height is inside its viewport.
int wholeRowsShown(QTableView *view)
{
    int rows = 0;
    const QRect viewport = view->viewport()->rect();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QRect r = view->visualRect(view->model()->index(row, 0));
        if (r.isValid() && viewport.contains(r.topLeft()) && r.bottom() <= viewport.bottom())
            ++rows;
    }
    return rows;
}

} // namespace

TEST_CASE("MainWindow at 1280×800: the findings panel stays small, the matters tab shows eight matters and a "
          "whole step",
          "[gui][layout]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("layout.ledger"));
    qint64 village = 0;
    {
        auto ledger = test::demoLedger(path, 2);
        village = VillageRepository(*ledger).all().value(0).id;
        // Enough matters that eight rows can be counted.
        for (int i = 0; i < 12; ++i) {
            Matter m;
            m.villageId = village;
            m.title = QStringLiteral("村道硬化第%1段").arg(i + 1);
            m.category = MatterText::categoryCodes().value(0);
            m.amountFen = 12'000'000;
            m.description = QStringLiteral("硬化三组至五组道路，长 1.2 公里，宽 4.5 米，两侧排水沟一并修建。");
            REQUIRE(edits::addMatter(*ledger, m));
        }
    }

    // An earlier run left a tall findings panel in the saved window state.
    {
        MainWindow earlier;
        REQUIRE(earlier.openLedger(path));
        earlier.resize(1280, 1000);
        earlier.show();
        settle();
        earlier.resizeDocks({findingsDock(earlier)}, {420}, Qt::Vertical);
        settle();
        REQUIRE(findingsDock(earlier)->height() > 800 / 3);
        earlier.close(); // saves the layout as the clerk left it
    }

    MainWindow window;
    window.setToday(test::fixedToday());
    REQUIRE(window.openLedger(path));
    window.resize(1280, 800);
    window.show();
    settle();
    QDockWidget *dock = findingsDock(window);
    REQUIRE(dock);
    CHECK(dock->isVisible());
    INFO("findings panel " << dock->height() << " px of " << window.height());
    CHECK(dock->height() * 3 <= window.height());

    window.showVillage(village);
    auto *tabs = window.villagePage()->findChild<QTabWidget *>(QStringLiteral("villageTabs"));
    auto *matters = window.villagePage()->findChild<MattersTab *>();
    REQUIRE(tabs);
    REQUIRE(matters);
    tabs->setCurrentWidget(matters);
    settle();
    matters->view()->setCurrentIndex(matters->view()->model()->index(0, 0));
    settle();

    const int rows = wholeRowsShown(matters->view());
    INFO("matters shown: " << rows);
    CHECK(rows >= 8);

    // The first step of the timeline, whole, inside the editor's scroll area.
    auto *timeline = matters->editor()->findChild<StepTimeline *>();
    REQUIRE(timeline);
    const auto nodes = timeline->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE_FALSE(nodes.isEmpty());
    QWidget *first = nodes.first();
    auto *scroll = matters->editor()->findChild<QScrollArea *>();
    REQUIRE(scroll);
    const QRect shown = scroll->viewport()->rect();
    const QRect step(first->mapTo(scroll->viewport(), QPoint(0, 0)), first->size());
    INFO("first step " << step.top() << ".." << step.bottom() << " in 0.." << shown.bottom());
    CHECK(first->isVisible());
    CHECK(step.height() > 20);
    CHECK(shown.contains(step));
    test::saveScreenshot(&window, QStringLiteral("layout-1280x800-matters"));

    // Collapsible, and it comes back at the size it had.
    const int before = dock->height();
    dock->toggleViewAction()->trigger();
    settle();
    CHECK_FALSE(dock->isVisible());
    dock->toggleViewAction()->trigger();
    settle();
    CHECK(dock->isVisible());
    CHECK(std::abs(dock->height() - before) <= 4);
}
