// Catch2 runner with a QCoreApplication: Qt SQL needs one for its driver plugins.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "storage/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Messages are checked in English in the tests; the zh_CN translation has its own test.
    tl::Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
