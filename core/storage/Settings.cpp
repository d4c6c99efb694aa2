#include "storage/Settings.h"
#include "matters/WorkCalendar.h"

#include "storage/Ledger.h"

#include <QSqlQuery>

namespace tl {

QVariant SettingsStore::value(const QString &key, const QVariant &fallback) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0);
    return fallback;
}

bool SettingsStore::setValue(const QString &key, const QVariant &value, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(key);
            q.addBindValue(value.toString());
            if (!q.exec()) {
                *err = Ledger::describe(q.lastError());
                return false;
            }
            return true;
        },
        error);
}

namespace {
struct TargetField
{
    const char *key;
    qint64 Targets::*wide;
    int Targets::*narrow;
};
const TargetField kTargetFields[] = {
    {"target.min_income_yuan", &Targets::minIncomeYuan, nullptr},
    {"target.high_income_yuan", &Targets::highIncomeYuan, nullptr},
    {"target.high_income_share_pct", nullptr, &Targets::highIncomeSharePct},
    {"target.five_star_share_pct", nullptr, &Targets::fiveStarSharePct},
    {"target.min_reserve_cadres", nullptr, &Targets::minReserveCadres},
    {"target.college_share_pct", nullptr, &Targets::collegeSharePct},
    {"rule.committee_min", nullptr, &Targets::committeeMin},
    {"rule.committee_max", nullptr, &Targets::committeeMax},
    {"rule.party_committee_max", nullptr, &Targets::partyCommitteeMax},
    {"rule.term_years", nullptr, &Targets::termYears},
    {"rule.term_warning_months", nullptr, &Targets::termWarningMonths},
};
} // namespace

Targets SettingsStore::targets() const
{
    Targets t;
    QSqlQuery q(m_ledger.database());
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'target.%' OR key LIKE 'rule.%'")))
        return t;
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool ok = false;
        const qint64 v = q.value(1).toLongLong(&ok);
        if (!ok)
            continue;
        for (const TargetField &f : kTargetFields) {
            if (key != QLatin1String(f.key))
                continue;
            if (f.wide)
                t.*(f.wide) = v;
            else
                t.*(f.narrow) = int(v);
        }
    }
    return t;
}

QString SettingsStore::validate(const Targets &t)
{
    auto pct = [](int v) { return v >= 0 && v <= 100; };
    if (t.minIncomeYuan < 0 || t.highIncomeYuan < 0)
        return tr("income targets cannot be negative");
    if (!pct(t.highIncomeSharePct) || !pct(t.fiveStarSharePct) || !pct(t.collegeSharePct))
        return tr("a share must be between 0 and 100 %");
    if (t.minReserveCadres < 0 || t.minReserveCadres > 50)
        return tr("reserve cadres per village must be between 0 and 50");
    if (t.committeeMin < 1 || t.committeeMax < t.committeeMin || t.committeeMax > 30)
        return tr("committee size limits must satisfy 1 ≤ minimum ≤ maximum ≤ 30");
    if (t.partyCommitteeMax < 1 || t.partyCommitteeMax > 30)
        return tr("party committee maximum must be between 1 and 30");
    if (t.termYears < 1 || t.termYears > 10)
        return tr("a term must last 1 to 10 years");
    if (t.termWarningMonths < 0 || t.termWarningMonths > 60)
        return tr("term warning must be 0 to 60 months");
    return {};
}

bool SettingsStore::setTargets(const Targets &t, QString *error)
{
    const QString invalid = validate(t);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    return m_ledger.write(
        [&](QString *err) {
            for (const TargetField &f : kTargetFields) {
                const qint64 v = f.wide ? t.*(f.wide) : qint64(t.*(f.narrow));
                if (!setValue(QString::fromLatin1(f.key), v, err))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace tl

namespace tl {

DeliberationSettings SettingsStore::deliberation() const
{
    DeliberationSettings d;
    d.jointQuorum = JointQuorum(qBound(0, value(QStringLiteral("deliberation.joint_quorum"), int(d.jointQuorum)).toInt(), 2));
    d.postWithinDays = value(QStringLiteral("deliberation.post_within_days"), d.postWithinDays).toInt();
    d.minDisclosureDays = value(QStringLiteral("deliberation.min_disclosure_days"), d.minDisclosureDays).toInt();
    d.workingDays = value(QStringLiteral("deliberation.working_days"), d.workingDays ? 1 : 0).toInt() != 0;
    d.resultWithinDays = value(QStringLiteral("deliberation.result_within_days"), d.resultWithinDays).toInt();
    d.maxAttachmentMb = value(QStringLiteral("deliberation.max_attachment_mb"), d.maxAttachmentMb).toInt();
    d.holidays = value(QStringLiteral("deliberation.holidays"), QString()).toString();
    return d;
}

QString SettingsStore::validate(const DeliberationSettings &d)
{
    if (d.postWithinDays < 0 || d.postWithinDays > 90)
        return tr("the resolution must be disclosed within 0 to 90 days");
    if (d.minDisclosureDays < 1 || d.minDisclosureDays > 90)
        return tr("a disclosure period lasts 1 to 90 days");
    if (d.resultWithinDays < 0 || d.resultWithinDays > 365)
        return tr("the result must be disclosed within 0 to 365 days");
    if (d.maxAttachmentMb < 1 || d.maxAttachmentMb > 200)
        return tr("the attachment limit must be 1 to 200 MB");
    QString calendar;
    if (!d.holidays.trimmed().isEmpty() && !WorkCalendar::parse(d.holidays, &calendar))
        return tr("holiday calendar, %1").arg(calendar);
    return {};
}

bool SettingsStore::setDeliberation(const DeliberationSettings &d, QString *error)
{
    const QString invalid = validate(d);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    return m_ledger.write(
        [&](QString *err) {
            return setValue(QStringLiteral("deliberation.joint_quorum"), int(d.jointQuorum), err) &&
                   setValue(QStringLiteral("deliberation.post_within_days"), d.postWithinDays, err) &&
                   setValue(QStringLiteral("deliberation.min_disclosure_days"), d.minDisclosureDays, err) &&
                   setValue(QStringLiteral("deliberation.working_days"), d.workingDays ? 1 : 0, err) &&
                   setValue(QStringLiteral("deliberation.result_within_days"), d.resultWithinDays, err) &&
                   setValue(QStringLiteral("deliberation.max_attachment_mb"), d.maxAttachmentMb, err) &&
                   // never NULL: the column is NOT NULL, and "" means the shipped calendar
                   setValue(QStringLiteral("deliberation.holidays"), d.holidays.isNull() ? QStringLiteral("") : d.holidays, err);
        },
        error);
}

} // namespace tl

namespace tl {

GridSettings SettingsStore::grid() const
{
    GridSettings g;
    g.size = value(QStringLiteral("grid.size"), g.size).toInt();
    g.tolerancePct = value(QStringLiteral("grid.tolerance_pct"), g.tolerancePct).toInt();
    g.perWorker = value(QStringLiteral("grid.per_worker"), g.perWorker).toInt();
    g.workerMax = value(QStringLiteral("grid.worker_max"), g.workerMax).toInt();
    return g;
}

QString SettingsStore::validate(const GridSettings &g)
{
    if (g.size < 5 || g.size > 1000)
        return tr("a grid holds 5 to 1000 households");
    if (g.tolerancePct < 0 || g.tolerancePct > 200)
        return tr("the size tolerance must be 0 to 200 %");
    if (g.perWorker < 1 || g.perWorker > 200 || g.workerMax < g.perWorker || g.workerMax > 1000)
        return tr("households per grid worker must satisfy 1 ≤ usual ≤ maximum ≤ 1000");
    return {};
}

bool SettingsStore::setGrid(const GridSettings &g, QString *error)
{
    const QString invalid = validate(g);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    return m_ledger.write(
        [&](QString *err) {
            return setValue(QStringLiteral("grid.size"), g.size, err) &&
                   setValue(QStringLiteral("grid.tolerance_pct"), g.tolerancePct, err) &&
                   setValue(QStringLiteral("grid.per_worker"), g.perWorker, err) &&
                   setValue(QStringLiteral("grid.worker_max"), g.workerMax, err);
        },
        error);
}

} // namespace tl

namespace tl {

DisclosureSettings SettingsStore::disclosure() const
{
    DisclosureSettings d;
    d.financeDueDays = value(QStringLiteral("disclosure.finance_due_days"), d.financeDueDays).toInt();
    d.quarterlyDueDays = value(QStringLiteral("disclosure.quarterly_due_days"), d.quarterlyDueDays).toInt();
    return d;
}

bool SettingsStore::setDisclosure(const DisclosureSettings &d, QString *error)
{
    if (d.financeDueDays < 0 || d.financeDueDays > 60 || d.quarterlyDueDays < 0 || d.quarterlyDueDays > 90) {
        if (error)
            *error = tr("a disclosure is due 0 to 60 days after its month, 0 to 90 after its quarter");
        return false;
    }
    return m_ledger.write(
        [&](QString *err) {
            return setValue(QStringLiteral("disclosure.finance_due_days"), d.financeDueDays, err) &&
                   setValue(QStringLiteral("disclosure.quarterly_due_days"), d.quarterlyDueDays, err);
        },
        error);
}

} // namespace tl
