#include "Cli.h"
#include "storage/Ledger.h"
#include "storage/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    tl::Ledger::settleLocalTime();
    // Notices need fonts, and fonts need a QGuiApplication; the offscreen platform needs no display.
    const bool documents = argc > 1 && (std::strcmp(argv[1], "notice") == 0 || std::strcmp(argv[1], "notices") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (documents) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("TownshipLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("township-ledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TL_VERSION));

    const QStringList args = QCoreApplication::arguments();
    QString language = tl::Translations::defaultLanguage();
    const int langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < args.size())
        language = args.at(langAt + 1);
    tl::Translations::install(language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return tl::Cli(out, err).run(args);
}
