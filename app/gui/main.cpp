// The desktop program: opens the ledger the clerk worked on last, or a demo ledger for a newcomer.

#include "shell/AppSettings.h"
#include "shell/Icons.h"
#include "shell/LedgerInstance.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/StartupLedger.h"
#include "storage/Ledger.h"
#include "storage/Translations.h"
#include "common/MessageBox.h"
#include "common/WheelGuard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace {
// Messages before the window exists (translated once the translators are in place).
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};
} // namespace

namespace {

// --version and --help print and exit: they must work in a terminal without a display (a Linux
// console, an ssh session), where a QApplication would abort for want of a window system.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "-?")
            return true;
    }
    return false;
}

struct Options
{
    QCommandLineOption demo;
    QCommandLineOption lang;
    QCommandLineOption shot;
};

Options describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Startup::tr("Township Ledger: village governance ledgers of a township."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"), Startup::tr("Ledger file (.ledger) to open."), QStringLiteral("[FILE]"));
    Options o{QCommandLineOption(QStringLiteral("demo"), Startup::tr("Open the demo ledger.")),
              QCommandLineOption(QStringLiteral("lang"),
                  Startup::tr("Language for this run: zh_CN or en (not remembered)."), QStringLiteral("lang")),
              QCommandLineOption(QStringLiteral("screenshot"),
                  Startup::tr("Save a picture of the window as PNG and exit."), QStringLiteral("path"))};
    parser.addOptions({o.demo, o.lang, o.shot});
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    tl::Ledger::settleLocalTime();
    const bool printsOnly = onlyPrints(argc, argv);
    std::unique_ptr<QCoreApplication> application(
        printsOnly ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("TownshipLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("township-ledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TL_VERSION));
    if (!printsOnly) {
        QApplication::setDesktopFileName(QStringLiteral("township-ledger"));
        tl::ui::WheelGuard::install(); // the wheel scrolls forms; it changes a field only with focus
    }

    // The language comes first, so that --help is already in the clerk's language.
    tl::Translations::install(tl::ui::AppSettings::language());

    QCommandLineParser parser;
    const Options options = describe(parser);
    parser.process(*application); // --help and --version print and exit here
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &langOption = options.lang;
    const QCommandLineOption &shotOption = options.shot;

    if (parser.isSet(langOption) && tl::Translations::available().contains(parser.value(langOption)))
        tl::Translations::install(parser.value(langOption));
    QApplication::setWindowIcon(tl::ui::appIcon(QStringLiteral("app")));

    const QString fileArgument = parser.positionalArguments().value(0);
    bool isDemoPath = false;
    const QString path = tl::ui::StartupLedger::choose(
        fileArgument, parser.isSet(demoOption), tl::ui::AppSettings::lastFile(), &isDemoPath);

    // A double-click on a ledger that a window already has open brings that window to the front.
    const bool screenshot = parser.isSet(shotOption);
    if (!screenshot && !path.isEmpty() && tl::ui::LedgerInstance::activateRunning(path))
        return 0;

    tl::ui::MainWindow window;
    QString error;
    bool ready = true;
    if (isDemoPath) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ready = tl::ui::StartupLedger::ensureDemo(path, &error);
        QApplication::restoreOverrideCursor();
    }
    if (ready)
        ready = window.openLedger(path, &error);
    if (!ready) {
        // The window still opens, empty, with New / Open / demo buttons.
        if (screenshot)
            qWarning("%s", qUtf8Printable(error));
        else
            QTimer::singleShot(0, &window, [&window, error] {
                tl::ui::MessageBox::critical(&window, Startup::tr("Cannot open the ledger"), error);
            });
    }

    if (screenshot) {
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        const QString target = parser.value(shotOption);
        if (!window.grab().save(target)) {
            qWarning("Cannot write %s", qUtf8Printable(QDir::toNativeSeparators(target)));
            return 1;
        }
        return 0;
    }
    window.show();
    // The first start (and every start until it is given): the clerk's name for the audit trail.
    if (tl::ui::AppSettings::clerkName().isEmpty())
        QTimer::singleShot(0, &window, [&window] {
            const QString name = tl::ui::PreferencesDialog::askClerkName(&window);
            if (!name.isEmpty())
                window.setClerkName(name);
        });
    return application->exec();
}
