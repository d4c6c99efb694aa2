#include "Cli.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
