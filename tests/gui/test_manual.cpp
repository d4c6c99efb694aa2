// 帮助 → 使用手册: every finding the program can raise has an entry in the built-in manual, and the
// manual opens at that entry from the finding.
#include "TestSupport.h"
#include "findings/Findings.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "help/ManualWindow.h"
#include "shell/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace tl;
using namespace tl::ui;

namespace {
QString manualHtml()
{
    QFile f(QStringLiteral(":/manual/manual_zh_CN.html"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// Every rule code written in the sources that raise findings, besides the engine's own list.
QStringList codesInSources()
{
    QStringList codes = FindingEngine::ruleCodes();
    const QRegularExpression code(QStringLiteral(
        "QStringLiteral\\(\"((?:committee|party|post|supervision|reserve|term|person|target|matter|grid|household|disclosure)\\.[a-z_]+)\"\\)"));
    for (const char *file : {"/../core/findings/Findings.cpp", "/../core/matters/Deliberation.cpp"}) {
        QFile f(QStringLiteral(TL_TESTS_DIR) + QLatin1String(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto it = code.globalMatch(text); it.hasNext();) {
            const QString c = it.next().captured(1);
            if (!codes.contains(c))
                codes << c;
        }
    }
    return codes;
}
} // namespace

TEST_CASE("manual: every finding code has an entry", "[manual]")
{
    const QString html = manualHtml();
    const QStringList codes = codesInSources();
    REQUIRE(codes.size() >= 30);
    for (const QString &c : codes) {
        INFO("no manual entry for " << c.toStdString());
        CHECK(html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(c)));
    }
    // The chapters a new clerk needs.
    for (const char *chapter : {"firstday", "quarter", "notices", "backup", "findings"})
        CHECK(html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(QLatin1String(chapter))));
}

TEST_CASE("manual: opens at the entry of a finding, and searches", "[manual]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path).reset();
    MainWindow window;
    window.setToday(test::fixedToday());
    REQUIRE(window.openLedger(path));
    window.waitForOpeningCheck();
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    FindingsPanel *panel = window.findingsPanel();
    REQUIRE(panel->visibleCount() > 0);
    // The last finding listed: its entry is well down the manual.
    const QModelIndex index = panel->view()->model()->index(panel->visibleCount() - 1, 0);
    panel->view()->setCurrentIndex(index);
    const QModelIndex source = static_cast<QAbstractProxyModel *>(panel->view()->model())->mapToSource(index);
    const QString rule = panel->model()->finding(source.row()).rule;
    auto *explain = panel->view()->findChild<QAction *>(QStringLiteral("explainFindingAction"));
    REQUIRE(explain);
    explain->trigger();
    QCoreApplication::processEvents();

    auto *manual = window.findChild<ManualWindow *>();
    REQUIRE(manual);
    CHECK(manual->isVisible());
    QTextBrowser *browser = manual->browser();
    CHECK(browser->source().toString() == ManualWindow::manualUrl());
    // Scrolled to the entry: the rule's code is on screen, near the top.
    const QTextCursor found = browser->document()->find(QStringLiteral("规则代码：%1").arg(rule));
    REQUIRE_FALSE(found.isNull());
    const QRect at = browser->cursorRect(found);
    INFO("rule " << rule.toStdString() << " at y " << at.y());
    CHECK(at.y() >= 0);
    CHECK(at.y() < browser->viewport()->height());
    test::saveScreenshot(manual, QStringLiteral("manual-finding"));

    // Searching finds text further down.
    auto *search = manual->findChild<QLineEdit *>(QStringLiteral("manualSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("备份"));
    CHECK(manual->findNext());
    CHECK(browser->textCursor().selectedText() == QStringLiteral("备份"));
    manual->close();
}
