// What the clerk's hands do to forms: the mouse wheel over a field, the folder a file dialog opens in.

#include "TestSupport.h"

#include "common/FileDialog.h"
#include "common/WheelGuard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

// One notch of the wheel, downwards, over the middle of w.
void wheelDown(QWidget *w)
{
    const QPointF at(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    // As from the mouse: QApplication propagates (and gives focus for) spontaneous wheel events only.
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::sendEvent(w, &event);
}

} // namespace

TEST_CASE("The wheel scrolls the form and changes a field only when it has the focus", "[forms][wheel]")
{
    WheelGuard::install();
    QScrollArea area;
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    auto *spin = new QSpinBox;
    spin->setRange(0, 1000);
    spin->setValue(500);
    auto *date = new QDateEdit(QDate(2026, 9, 30));
    auto *combo = new QComboBox;
    combo->addItems({QStringLiteral("党员大会"), QStringLiteral("村民代表会议"), QStringLiteral("村民会议")});
    combo->setCurrentIndex(1);
    auto *other = new QSpinBox; // takes the focus
    layout->addWidget(other);
    layout->addWidget(spin);
    layout->addWidget(date);
    layout->addWidget(combo);
    layout->addSpacing(2000); // a long form: it scrolls
    area.setWidget(form);
    area.resize(300, 200);
    area.show();
    QApplication::setActiveWindow(&area);
    REQUIRE(QTest::qWaitForWindowActive(&area));
    other->setFocus();
    QCoreApplication::processEvents();

    CHECK(spin->focusPolicy() == Qt::StrongFocus); // the wheel does not give them the focus
    CHECK(combo->focusPolicy() == Qt::StrongFocus);

    const int scrolled = area.verticalScrollBar()->value();
    wheelDown(spin);
    wheelDown(date);
    wheelDown(combo);
    CHECK(spin->value() == 500);
    CHECK(date->date() == QDate(2026, 9, 30));
    CHECK(combo->currentIndex() == 1);
    CHECK(area.verticalScrollBar()->value() > scrolled); // the form scrolled instead

    // With the focus, the wheel is the clerk's way to step a value.
    spin->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(spin->hasFocus());
    wheelDown(spin);
    CHECK(spin->value() == 499);
}

TEST_CASE("A file dialog opens in a folder that exists and remembers the last one", "[forms][filedialog]")
{
    test::TempDir dir;
    QSettings().remove(QStringLiteral("fileDialog/lastFolder"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    // A suggestion in a folder that is gone (the USB stick of last week) opens in Documents.
    FileDialog::setNextFileName(QString());
    FileDialog::getSaveFileName(nullptr, QStringLiteral("save"), dir.file(QStringLiteral("gone/报表.xlsx")));
    CHECK(FileDialog::lastOffered() == QDir(documents).filePath(QStringLiteral("报表.xlsx")));
    CHECK(QFileInfo(documents).isDir());

    // A folder that exists is kept.
    FileDialog::setNextFileName(QString());
    FileDialog::getSaveFileName(nullptr, QStringLiteral("save"), dir.file(QStringLiteral("报表.xlsx")));
    CHECK(FileDialog::lastOffered() == dir.file(QStringLiteral("报表.xlsx")));

    // The folder chosen is remembered and replaces the plain Documents default next time.
    const QString chosenFolder = dir.file(QStringLiteral("县报送"));
    REQUIRE(QDir().mkpath(chosenFolder));
    FileDialog::setNextFileName(QDir(chosenFolder).filePath(QStringLiteral("2026Q3.xlsx")));
    FileDialog::getSaveFileName(nullptr, QStringLiteral("save"), QDir(documents).filePath(QStringLiteral("2026Q3.xlsx")));
    FileDialog::setNextFileName(QString());
    FileDialog::getSaveFileName(nullptr, QStringLiteral("save"), QDir(documents).filePath(QStringLiteral("2026Q4.xlsx")));
    CHECK(FileDialog::lastOffered() == QDir(chosenFolder).filePath(QStringLiteral("2026Q4.xlsx")));
    // Cancelling changes nothing; a folder that has gone since falls back to Documents.
    REQUIRE(QDir(chosenFolder).removeRecursively());
    FileDialog::setNextFileName(QString());
    FileDialog::getSaveFileName(nullptr, QStringLiteral("save"), QDir(documents).filePath(QStringLiteral("x.xlsx")));
    CHECK(FileDialog::lastOffered() == QDir(documents).filePath(QStringLiteral("x.xlsx")));
    QSettings().remove(QStringLiteral("fileDialog/lastFolder"));
}

TEST_CASE("Tab in a date field goes to the next field, Shift+Tab to the one before", "[forms][tab]")
{
    QWidget form;
    auto *before = new QLineEdit(&form);
    auto *date = new QDateEdit(QDate(2026, 11, 23), &form);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    auto *after = new QLineEdit(&form);
    auto *layout = new QVBoxLayout(&form);
    layout->addWidget(before);
    layout->addWidget(date);
    layout->addWidget(after);
    form.show();
    QApplication::setActiveWindow(&form);
    date->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(date->hasFocus());
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK(after->hasFocus());
    CHECK(date->date() == QDate(2026, 11, 23));
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(before->hasFocus());
    // The sections are still reached with the arrow keys.
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_Right);
    CHECK(date->hasFocus());
}
