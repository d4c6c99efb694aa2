// Every menu, the menu bar and every tab bar of the main window has unique access keys (Alt+letter
// reaches exactly one item), in Chinese and in English.

#include "TestSupport.h"

#include "shell/MainWindow.h"
#include "storage/Translations.h"
#include "villages/VillagePage.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QApplication>
#include <QPointer>
#include <QTest>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

// The access key of a text: the character after a single '&' ("&File" → F, "文件(&F)" → F).
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    return {};
}

// "where: key used by A and B" for each clash among texts.
QStringList clashes(const QString &where, const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &t : texts) {
        const QChar key = accessKey(t);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            found << QStringLiteral("%1: %2 used by \"%3\" and \"%4\"").arg(where, key, seen.value(key), t);
        else
            seen.insert(key, t);
    }
    return found;
}

void walkMenu(QMenu *menu, const QString &path, QStringList *found)
{
    QStringList texts;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        texts << a->text();
        if (a->menu())
            walkMenu(a->menu(), path + QStringLiteral(" > ") + a->text(), found);
    }
    *found += clashes(path, texts);
}

QStringList allClashes(MainWindow &window)
{
    QStringList found;
    QStringList top;
    for (QAction *a : window.menuBar()->actions()) {
        top << a->text();
        if (a->menu()) {
            Q_EMIT a->menu()->aboutToShow(); // menus filled on demand (recent files)
            walkMenu(a->menu(), a->text(), &found);
        }
    }
    found += clashes(QStringLiteral("menu bar"), top);
    for (QTabBar *bar : window.findChildren<QTabBar *>()) {
        QStringList tabs;
        for (int i = 0; i < bar->count(); ++i)
            tabs << bar->tabText(i);
        found += clashes(QStringLiteral("tabs ") + tabs.join(QLatin1Char('|')), tabs);
    }
    return found;
}

} // namespace

TEST_CASE("Menus and tab bars have unique access keys in both languages", "[shell][keys]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 3).reset();
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        Translations::install(language);
        MainWindow window;
        REQUIRE(window.openLedger(path));
        window.show();
        // The village page with its tabs, and the township page.
        QStringList found = allClashes(window);
        window.showTownship();
        found += allClashes(window);
        found.removeDuplicates();
        INFO(language.toStdString() << "\n" << found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Tool windows close with Esc and Ctrl+W; the main window stays", "[shell][keys]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 2).reset();
    MainWindow window;
    REQUIRE(window.openLedger(path));
    window.show();
    QAction *households = nullptr;
    QAction *history = nullptr;
    for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
        if (!a->isEnabled())
            continue;
        if (a->text() == QStringLiteral("&Households…"))
            households = a;
        if (a->objectName() == QStringLiteral("changeHistoryAction"))
            history = a;
    }
    REQUIRE(households);
    REQUIRE(history);

    // The window that opened last, among the main window's own top-level children.
    auto toolWindows = [&window] {
        QList<QWidget *> found;
        for (QWidget *w : window.findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (w->isWindow() && w->isVisible() && !qobject_cast<QMenu *>(w))
                found << w;
        return found;
    };
    const QKeySequence closeKeys[] = {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)};
    for (QAction *open : {households, history})
        for (const QKeySequence &key : closeKeys) {
            const qsizetype before = toolWindows().size();
            open->trigger();
            QCoreApplication::processEvents();
            REQUIRE(toolWindows().size() == before + 1);
            QWidget *tool = toolWindows().constLast();
            QPointer<QWidget> guard(tool);
            QApplication::setActiveWindow(tool);
            REQUIRE(QTest::qWaitForWindowActive(tool));
            QTest::keySequence(tool, key);
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            INFO(open->text().toStdString() << " closed by " << key.toString().toStdString());
            CHECK(guard.isNull()); // closed (and deleted)
            CHECK(window.isVisible());
        }
}
