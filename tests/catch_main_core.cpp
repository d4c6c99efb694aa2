// Catch2 runner with a QCoreApplication: Qt SQL needs one for its driver plugins.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "import/sheets/SheetSource.h"
#include "storage/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Messages are checked in English in the tests; the zh_CN translation has its own test.
    tl::Translations::install(QStringLiteral("en"));
#ifdef TL_XLS_HELPER
    // The .xls reader just built (also for the command-line programs the tests start).
    qputenv("TL_XLS_HELPER", QByteArrayLiteral(TL_XLS_HELPER));
    tl::SheetSource::setXlsHelper(QStringLiteral(TL_XLS_HELPER));
#endif
    return Catch::Session().run(argc, argv);
}
