// No keystroke lost: the village 概况 form with unsaved edits asks 保存/放弃/取消 before it goes away.

#include "TestSupport.h"

#include "model/VillageRepository.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "villages/VillageOverviewTab.h"
#include "villages/VillagePage.h"
#include "common/MessageBox.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

void typeName(MainWindow &window, const QString &name)
{
    auto *edit = window.villagePage()->overviewTab()->findChild<QLineEdit *>(QStringLiteral("villageNameEdit"));
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    // Typed as an input method would (QTest::keyClicks takes ASCII only).
    for (const QChar ch : name)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QCoreApplication::processEvents();
}

QString storedName(MainWindow &window, qint64 villageId)
{
    return VillageRepository(window.context()->ledger()).get(villageId).value_or(Village{}).name;
}

} // namespace

TEST_CASE("Unsaved village facts are saved, discarded or kept before the page goes away", "[villages][unsaved]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 3).reset();
    MainWindow window;
    REQUIRE(window.openLedger(path));
    window.show();
    const QList<Village> villages = VillageRepository(window.context()->ledger()).all();
    REQUIRE(villages.size() == 3);
    const qint64 first = villages.at(0).id;
    const qint64 second = villages.at(1).id;
    window.showVillage(first);
    const QString original = storedName(window, first);

    // Cancel: the clerk stays on the village, the typing is still there.
    typeName(window, QStringLiteral("新名村"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.showVillage(second);
    CHECK(MessageBox::pendingAnswers() == 0); // the question was asked
    CHECK(window.villagePage()->villageId() == first);
    CHECK(window.villagePage()->overviewTab()->findChild<QLineEdit *>(QStringLiteral("villageNameEdit"))->text()
          == QStringLiteral("新名村"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.showTownship();
    CHECK(window.villagePage()->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(window.close()); // closing the window waits too
    CHECK(window.isVisible());

    // Discard: the stored facts stay as they were.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    window.showVillage(second);
    CHECK(window.villagePage()->villageId() == second);
    CHECK(storedName(window, first) == original);

    // Save: one edit, then the other village.
    window.showVillage(first);
    typeName(window, QStringLiteral("新名村"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    window.showVillage(second);
    CHECK(window.villagePage()->villageId() == second);
    CHECK(storedName(window, first) == QStringLiteral("新名村"));

    // Nothing typed: no question at all.
    window.showVillage(first);
    window.showTownship();
    CHECK(MessageBox::pendingAnswers() == 0);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}
