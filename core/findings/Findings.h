#pragma once

#include "committees/Indicators.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QDate>

namespace tl {

class Ledger;
struct BoardRow;
class TownshipAsOf;

// A rule the ledger's data breaks, with enough to find the record again.
struct Finding
{
    enum class Severity { Warning, Error };
    enum class RecordKind { Township, Village, Person, Term, Post, Matter, Grid, Household, Disclosure };

    QString rule; // stable code, e.g. "committee.size"
    Severity severity = Severity::Warning;
    qint64 villageId = 0; // 0 for township-wide findings
    QString village;
    QString detail; // translated, names the people and numbers involved
    RecordKind recordKind = RecordKind::Village;
    qint64 recordId = 0;
};

// Everything a rule may look at; computed once per run.
struct FindingContext
{
    Ledger &ledger;
    QDate asOf;
    Targets targets;
    QList<VillageIndicators> indicators;
    // MatterBoard::rows(ledger, asOf) when the caller has it already (the quarterly report);
    // null: the matter rules read the board themselves.
    const QList<BoardRow> *matters = nullptr;
    // The view of the township on asOf when the caller has one (the quarterly report): its
    // household figures are then read once for the report and the rules.
    const TownshipAsOf *view = nullptr;
};

// Runs every rule over the ledger. Later features add their rule families here, so `check`,
// the findings panel and the reports always agree.
class FindingEngine
{
    Q_DECLARE_TR_FUNCTIONS(FindingEngine)
public:
    using Rule = QList<Finding> (*)(const FindingContext &);

    static QList<Finding> run(Ledger &ledger, const QDate &asOf);
    static QList<Finding> run(const FindingContext &context);
    static QString ruleTitle(const QString &rule);
    // The rule families in the order they run (name, function): for benchmarks and diagnostics.
    static QList<QPair<QString, Rule>> families();
    static QStringList ruleCodes();

private:
    static QList<Finding> committeeRules(const FindingContext &c);
    static QList<Finding> overlappingChairs(const FindingContext &c);
    static QList<Finding> supervisionConflicts(const FindingContext &c);
    static QList<Finding> termRules(const FindingContext &c);
    static QList<Finding> personRules(const FindingContext &c);
    static QList<Finding> targetRules(const FindingContext &c);
    static QList<Finding> villageRules(const FindingContext &c);
    static QList<Finding> matterRules(const FindingContext &c);
    static QList<Finding> gridRules(const FindingContext &c);
    static QList<Finding> disclosureRules(const FindingContext &c);
};

} // namespace tl
