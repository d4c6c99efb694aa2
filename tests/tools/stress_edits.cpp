// tl_stress_edits FILE [--count N]: a stream of edits for the crash-safety test
// (tests/cli/test_crash_safety.cpp), which kills it with SIGKILL at random moments. Not shipped.
// Each edit is one transaction that changes the first village's note to "edit N" and adds one to
// its households (the audit trail records each change), so after any kill the note, the count
// and the trail must agree. Exit 0 when all edits are done, 2 with a message on stderr otherwise.

#include "storage/Ledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace tl;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "tl_stress_edits: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QString());
    p.addOption({QStringLiteral("count"), QString(), QStringLiteral("n"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("lang")}); // accepted, as the CLI does
    if (!p.parse(QCoreApplication::arguments()))
        return fail(p.errorText());
    if (p.positionalArguments().size() != 1)
        return fail(QStringLiteral("exactly one FILE is needed"));
    auto opened = Ledger::open(p.positionalArguments().constFirst());
    if (!opened.ledger || opened.ledger->isReadOnly())
        return fail(opened.ledger ? opened.notice : opened.message);
    Ledger &ledger = *opened.ledger;
    const int count = p.value(QStringLiteral("count")).toInt();
    QString error;
    for (int i = 0; i < count; ++i) {
        const bool ok = ledger.write(
            [&](QString *err) {
                QSqlQuery q(ledger.database());
                // Two statements in one transaction: both land or neither.
                if (!q.exec(QStringLiteral("UPDATE village SET note = 'edit ' || (CAST(substr(note, 6) AS INTEGER) + 1) "
                                           "WHERE id = (SELECT MIN(id) FROM village)"))
                    || !q.exec(QStringLiteral("UPDATE village SET households = households + 1 "
                                              "WHERE id = (SELECT MIN(id) FROM village)"))) {
                    *err = Ledger::describe(q.lastError());
                    return false;
                }
                return true;
            },
            &error);
        if (!ok)
            return fail(error);
    }
    return 0;
}
