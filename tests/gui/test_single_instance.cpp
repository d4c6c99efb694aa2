// One window per ledger file: a second start of the program on a ledger that a window has open
// (what a double-click on the .ledger does) brings that window to the front instead.

#include "TestSupport.h"

#include "model/Components.h"
#include "shell/LedgerInstance.h"
#include "shell/MainWindow.h"
#include "storage/Ledger.h"
#include "common/MessageBox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace tl;
using namespace tl::ui;

namespace {

// What a second start does (it blocks while it waits for the answer), run on another thread so
// that this one can answer, as the running program's event loop would.
bool askFromAnotherStart(const QString &path)
{
    std::atomic<int> answer{-1};
    QThread *start = QThread::create([&] { answer = LedgerInstance::activateRunning(path, 3000) ? 1 : 0; });
    start->start();
    const QDeadlineTimer deadline(10000);
    while (answer < 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    start->wait();
    delete start;
    return answer == 1;
}

QString emptyLedger(const test::TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    Township township;
    township.name = QStringLiteral("测试镇");
    auto created = Ledger::create(path, township);
    REQUIRE(created.ledger);
    return path;
}

} // namespace

TEST_CASE("A second start on an open ledger reaches its window and nothing else", "[shell][instance]")
{
    test::TempDir dir;
    const QString path = emptyLedger(dir, QStringLiteral("镇.ledger"));
    const QString other = emptyLedger(dir, QStringLiteral("other.ledger"));

    LedgerInstance running;
    REQUIRE(running.listen(path));
    QSignalSpy asked(&running, &LedgerInstance::activationRequested);

    CHECK(askFromAnotherStart(path));
    CHECK(asked.count() == 1);

    // Another file, or the same file after the window moved on to another: nobody answers, and the
    // new start opens the file itself.
    CHECK_FALSE(askFromAnotherStart(other));
    REQUIRE(running.listen(other));
    CHECK_FALSE(askFromAnotherStart(path));
    CHECK(askFromAnotherStart(other));
    CHECK(asked.count() == 2);

    // Two spellings of one file reach the same window.
    CHECK(LedgerInstance::serverName(dir.file(QStringLiteral("sub/../other.ledger")))
          == LedgerInstance::serverName(other));
#ifdef Q_OS_UNIX
    const QString link = dir.file(QStringLiteral("link.ledger"));
    REQUIRE(QFile::link(other, link));
    CHECK(LedgerInstance::serverName(link) == LedgerInstance::serverName(other));
    CHECK(askFromAnotherStart(link));
#endif
    CHECK(LedgerInstance::serverName(path) != LedgerInstance::serverName(other));
}

#ifdef Q_OS_UNIX
TEST_CASE("A socket left by a killed program does not stop the next window from answering", "[shell][instance]")
{
    test::TempDir dir;
    const QString path = emptyLedger(dir, QStringLiteral("镇.ledger"));
    // What a killed program leaves behind: the socket's name is taken, nobody listens.
    {
        QLocalServer dead;
        dead.setSocketOptions(QLocalServer::UserAccessOption);
        REQUIRE(dead.listen(LedgerInstance::serverName(path)));
        const QString socketFile = dead.fullServerName();
        // Closing would remove the file; keep a copy of the name taken by leaving a plain file there.
        dead.close();
        QFile stale(socketFile);
        REQUIRE(stale.open(QIODevice::WriteOnly));
    }
    CHECK_FALSE(askFromAnotherStart(path));
    LedgerInstance running;
    REQUIRE(running.listen(path));
    CHECK(askFromAnotherStart(path));
}
#endif

TEST_CASE("The main window answers for the ledger it has open and comes to the front", "[shell][instance]")
{
    test::TempDir dir;
    const QString path = emptyLedger(dir, QStringLiteral("镇.ledger"));
    MainWindow window;
    REQUIRE(window.openLedger(path));
    window.show();
    window.showMinimized();
    QCoreApplication::processEvents();
    CHECK(window.instance()->ledgerPath() == QFileInfo(path).absoluteFilePath());

    CHECK(askFromAnotherStart(path));
    QCoreApplication::processEvents();
    CHECK(window.isVisible());
    CHECK_FALSE(window.isMinimized());
}

TEST_CASE("About names the version, the licence and the libraries with theirs", "[shell][about]")
{
    test::TempDir dir;
    MainWindow window;
    REQUIRE(window.openLedger(emptyLedger(dir, QStringLiteral("镇.ledger"))));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QAction *about = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->menuRole() == QAction::AboutRole)
            about = a;
    REQUIRE(about);
    about->trigger();
    const QString text = MessageBox::lastText();
    CHECK(text.contains(QStringLiteral(TL_VERSION)));
    CHECK(text.contains(QStringLiteral("MIT")));
    for (const QString &library : {QStringLiteral("Qt"), QStringLiteral("SQLite"), QStringLiteral("libxlsxwriter"),
                                   QStringLiteral("liborcus"), QStringLiteral("libfreexl")})
        CHECK(text.contains(library));
    CHECK(text.contains(QStringLiteral("MPL-2.0")));
    CHECK(text.contains(QStringLiteral("LGPL-3.0")));
    // The versions are the ones loaded, not words.
    for (const Component &c : Components::used())
        CHECK(c.version.contains(QLatin1Char('.')));
}
