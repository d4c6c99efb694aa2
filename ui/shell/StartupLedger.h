#pragma once

#include <QCoreApplication>
#include <QString>

namespace tl::ui {

// Which ledger the program opens at start-up, and the demo ledger a newcomer starts with.
class StartupLedger
{
    Q_DECLARE_TR_FUNCTIONS(StartupLedger)
public:
    static constexpr int kDemoVillages = 12;

    // <AppDataLocation>/demo.ledger: per user, never in the clerk's documents.
    static QString demoPath();

    // Creates the demo ledger at `path` (township DemoGenerator::defaultTownshipName(), marked as a
    // demo) unless a file is already there. A failed run leaves no half-filled file behind, so the
    // next start tries again.
    static bool ensureDemo(const QString &path, QString *error, int villages = kDemoVillages);

    // The file to open: a FILE argument, else the demo with --demo, else the last opened file if it
    // still exists, else the demo ledger. *isDemoPath tells the caller to ensureDemo() first.
    static QString choose(
        const QString &fileArgument, bool forceDemo, const QString &lastFile, bool *isDemoPath);
};

} // namespace tl::ui
