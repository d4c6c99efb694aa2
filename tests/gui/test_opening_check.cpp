// Opening a ledger paints the window first; the integrity check and the findings follow from a
// worker (OpeningCheck). A file found damaged then is closed with the message of a refused open.

#include "TestSupport.h"

#include "edits/VillageEdits.h"
#include "findings/Findings.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "model/VillageRepository.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "storage/Ledger.h"
#include "common/MessageBox.h"

#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tl;
using namespace tl::ui;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

bool waitForCheck(MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.isOpeningCheckRunning(); }, 60000);
}

} // namespace

TEST_CASE("Opening: the window paints before the findings, which arrive from the worker", "[gui][opening]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 12).reset();
    const QList<Finding> expected = [&] {
        auto ledger = Ledger::open(path).ledger;
        return FindingEngine::run(*ledger, test::fixedToday());
    }();
    REQUIRE_FALSE(expected.isEmpty());

    MainWindow window;
    window.setToday(test::fixedToday());
    window.resize(1280, 800);
    REQUIRE(window.openLedger(path));
    // Nothing of the check has come back yet: the window is built without the findings.
    CHECK(window.isOpeningCheckRunning());
    CHECK(window.findingsPanel()->model()->rowCount() == 0);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    REQUIRE(dock);
    CHECK(dock->windowTitle() != QStringLiteral("Findings"));
    window.show();
    const QPixmap first = window.grab(); // the first paint
    CHECK_FALSE(first.isNull());
    CHECK(window.overviewPage() != nullptr);

    REQUIRE(waitForCheck(window));
    QCoreApplication::processEvents();
    CHECK(window.findingsPanel()->model()->rowCount() == expected.size());
    CHECK(dock->windowTitle() == QStringLiteral("Findings"));
    CHECK(window.lateDamage().isEmpty());
    REQUIRE(window.context());
    CHECK(window.context()->ledger().isIntegrityChecked());

    // Edits work as before, and the findings follow them at once.
    const qint64 village = VillageRepository(window.context()->ledger()).all().value(0).id;
    Village v = *VillageRepository(window.context()->ledger()).get(village);
    v.name += QStringLiteral("新");
    CHECK(edits::editVillage(window.context()->ledger(), v));
}

TEST_CASE("Opening: an edit made while the check runs is checked first; the findings are recomputed", "[gui][opening]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 4).reset();
    MainWindow window;
    window.setToday(test::fixedToday());
    REQUIRE(window.openLedger(path));
    REQUIRE(window.context());
    CHECK_FALSE(window.context()->ledger().isIntegrityChecked());
    Village v = VillageRepository(window.context()->ledger()).all().value(0);
    v.name += QStringLiteral("新");
    // The write runs the check itself before anything is written.
    CHECK(edits::editVillage(window.context()->ledger(), v));
    CHECK(window.context()->ledger().isIntegrityChecked());
    REQUIRE(waitForCheck(window));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QList<Finding> now = FindingEngine::run(window.context()->ledger(), test::fixedToday());
    CHECK(window.findingsPanel()->model()->rowCount() == now.size());
}

TEST_CASE("Opening: a file found damaged after the first paint is closed with the same message", "[gui][opening]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("damaged.ledger"));
    test::demoLedger(path, 12).reset();
    test::damageTail(path);
    const Ledger::OpenResult refused = Ledger::open(path);
    REQUIRE_FALSE(refused.ledger);
    REQUIRE(refused.error == OpenError::Corrupt);
    const QByteArray before = fileHash(path);

    // A write that comes before the verdict checks first and is refused with that message.
    {
        Ledger::OpenResult deferred
            = Ledger::open(path, Ledger::Access::ReadWrite, Ledger::LockPolicy::Respect, Ledger::IntegrityCheck::Deferred);
        REQUIRE(deferred.ledger);
        QString error;
        CHECK_FALSE(deferred.ledger->write([](QString *) { return true; }, &error));
        CHECK(error == refused.message);
    }
    CHECK(fileHash(path) == before);

    MainWindow window;
    window.setToday(test::fixedToday());
    window.resize(1280, 800);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(window.openLedger(path)); // painted first
    window.show();
    QCoreApplication::processEvents();
    REQUIRE(waitForCheck(window));
    QCoreApplication::processEvents();
    CHECK(window.lateDamage() == refused.message);
    CHECK(window.context() == nullptr); // closed: nothing can be edited
    CHECK(MessageBox::lastText() == refused.message);
    CHECK(fileHash(path) == before); // nothing was written to it
    test::saveScreenshot(&window, QStringLiteral("opening-damaged-late"));
}

TEST_CASE("After an edit, a worker computes the findings again; the last ones stay until they come",
          "[gui][opening][figures]")
{
    MainWindow::setFiguresPolicy(MainWindow::FiguresPolicy::OnWorker); // as at county scale
    struct Restore
    {
        ~Restore() { MainWindow::setFiguresPolicy(MainWindow::FiguresPolicy::OnWindowThread); } // as catch_main_gui
    } restore;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 8).reset(); // with the planted defects
    MainWindow window;
    window.setToday(test::fixedToday());
    REQUIRE(window.openLedger(path));
    REQUIRE(waitForCheck(window));
    QCoreApplication::processEvents();
    Ledger &ledger = window.context()->ledger();
    const QList<Finding> before = FindingEngine::run(ledger, test::fixedToday());
    REQUIRE_FALSE(before.isEmpty());
    const auto of = std::find_if(before.cbegin(), before.cend(), [](const Finding &f) { return f.villageId > 0; });
    REQUIRE(of != before.cend());
    const qint64 villageId = of->villageId;
    auto panelText = [&window] {
        QStringList cells;
        const QAbstractItemModel *m = window.findingsPanel()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                cells << m->index(r, c).data().toString();
        return cells.join(QLatin1Char('|'));
    };
    const QString oldName = VillageRepository(ledger).get(villageId)->name;
    CHECK(panelText().contains(oldName));

    Village v = *VillageRepository(ledger).get(villageId);
    v.name = QStringLiteral("改名一村");
    REQUIRE(edits::editVillage(ledger, v));
    QCoreApplication::processEvents(); // the reload after the edit starts the worker
    if (window.areFiguresPending())
        CHECK(panelText().contains(oldName)); // the last findings stay on screen meanwhile
    // A second edit after the worker has finished but before its figures are shown (they are on
    // their way to the window's thread): they are not shown, the figures follow the edit.
    QThread::msleep(1500);
    v.name = QStringLiteral("改名二村");
    REQUIRE(edits::editVillage(ledger, v));
    QCoreApplication::processEvents();
    window.waitForFigures();
    QCoreApplication::processEvents();
    CHECK(panelText().contains(QStringLiteral("改名二村")));
    CHECK_FALSE(panelText().contains(QStringLiteral("改名一村")));
    // And a third while the worker runs.
    v.name = QStringLiteral("改名三村");
    REQUIRE(edits::editVillage(ledger, v));
    QCoreApplication::processEvents();
    v.name = QStringLiteral("改名二村");
    REQUIRE(edits::editVillage(ledger, v));
    QCoreApplication::processEvents();
    window.waitForFigures();
    CHECK_FALSE(window.areFiguresPending());
    const QList<Finding> after = FindingEngine::run(ledger, test::fixedToday());
    CHECK(window.findingsPanel()->model()->rowCount() == after.size());
    const QString text = panelText();
    CHECK(text.contains(QStringLiteral("改名二村")));
    CHECK_FALSE(text.contains(QStringLiteral("改名一村")));
    CHECK_FALSE(text.contains(QStringLiteral("改名三村")));
    CHECK_FALSE(text.contains(oldName));
}
