// Catch2 runner with a QApplication, for tests that drive real widgets (QT_QPA_PLATFORM=offscreen).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "import/sheets/SheetSource.h"
#include "storage/Translations.h"
#include "common/WheelGuard.h"
#include "shell/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TownshipLedgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("township-ledger-tests"));
    tl::Translations::install(QStringLiteral("en"));
    tl::ui::WheelGuard::install(); // as the program does
    // The findings after an edit on the window's thread, whatever the machine's speed, so that a
    // test reads them right after the edit; the tests of the worker ask for it themselves.
    tl::ui::MainWindow::setFiguresPolicy(tl::ui::MainWindow::FiguresPolicy::OnWindowThread);
#ifdef TL_XLS_HELPER
    // The .xls reader just built (also for the command-line programs the tests start).
    qputenv("TL_XLS_HELPER", QByteArrayLiteral(TL_XLS_HELPER));
    tl::SheetSource::setXlsHelper(QStringLiteral(TL_XLS_HELPER));
#endif
    return Catch::Session().run(argc, argv);
}
