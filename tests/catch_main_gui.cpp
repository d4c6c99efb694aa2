// Catch2 runner with a QApplication, for tests that drive real widgets (QT_QPA_PLATFORM=offscreen).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "storage/Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TownshipLedgerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("township-ledger-tests"));
    tl::Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
