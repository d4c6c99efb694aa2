#include "disclosures/Disclosures.h"

#include "storage/Ledger.h"
#include "storage/Settings.h"
#include "storage/SqlUtil.h"
#include "model/VillageRepository.h"

#include <QHash>
#include <QSqlQuery>

#include <unordered_map>

namespace tl {

qint64 Disclosure::incomeFen() const
{
    qint64 sum = 0;
    for (const FinanceItem &i : items)
        if (i.income)
            sum += i.amountFen;
    return sum;
}

qint64 Disclosure::expenseFen() const
{
    qint64 sum = 0;
    for (const FinanceItem &i : items)
        if (!i.income)
            sum += i.amountFen;
    return sum;
}

QString DisclosureText::kind(DisclosureKind k)
{
    switch (k) {
    case DisclosureKind::Party: return tr("Party affairs");
    case DisclosureKind::Affairs: return tr("Village affairs");
    case DisclosureKind::Finance: return tr("Finance");
    }
    return {};
}

QString DisclosureText::kindCode(DisclosureKind k)
{
    switch (k) {
    case DisclosureKind::Party: return QStringLiteral("party");
    case DisclosureKind::Affairs: return QStringLiteral("affairs");
    case DisclosureKind::Finance: return QStringLiteral("finance");
    }
    return {};
}

std::optional<DisclosureKind> DisclosureText::kindFromCode(const QString &code)
{
    if (code == QLatin1String("party"))
        return DisclosureKind::Party;
    if (code == QLatin1String("affairs"))
        return DisclosureKind::Affairs;
    if (code == QLatin1String("finance"))
        return DisclosureKind::Finance;
    return std::nullopt;
}

QString DisclosureText::state(DueItem::State s)
{
    switch (s) {
    case DueItem::State::Done: return tr("Done");
    case DueItem::State::DoneLate: return tr("Done late");
    case DueItem::State::Due: return tr("Due");
    case DueItem::State::Overdue: return tr("Overdue");
    }
    return {};
}

QString DisclosureText::period(DisclosureKind k, const QDate &start)
{
    if (k == DisclosureKind::Finance)
        return tr("%1-%2").arg(start.year()).arg(start.month(), 2, 10, QLatin1Char('0'));
    return tr("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
}

QStringList DisclosureText::incomeCategories(const QDate &periodStart)
{
    // Since 2024 发包及上交收入 is split into 发包收入 and 上交收入 (农村集体经济组织会计制度).
    if (newAccountingSystem(periodStart))
        return {QStringLiteral("经营收入"), QStringLiteral("发包收入"), QStringLiteral("上交收入"),
                QStringLiteral("投资收益"), QStringLiteral("补助收入"), QStringLiteral("其他收入")};
    return {QStringLiteral("经营收入"), QStringLiteral("发包及上交收入"), QStringLiteral("投资收益"),
            QStringLiteral("补助收入"), QStringLiteral("其他收入")};
}

QStringList DisclosureText::expenseCategories(const QDate &periodStart)
{
    if (newAccountingSystem(periodStart))
        return {QStringLiteral("经营支出"), QStringLiteral("税金及附加"), QStringLiteral("管理费用"),
                QStringLiteral("公益支出"), QStringLiteral("其他支出")};
    return {QStringLiteral("经营支出"), QStringLiteral("管理费用"), QStringLiteral("其他支出")};
}

namespace {
const char *kColumns = "id, village_id, kind, period_start, period_end, title, content, posted_on, ends_on, channels, "
                       "signed_by, supervision_opinion";

Disclosure fromQuery(const QSqlQuery &q)
{
    Disclosure d;
    d.id = q.value(0).toLongLong();
    d.villageId = q.value(1).toLongLong();
    d.kind = DisclosureText::kindFromCode(q.value(2).toString()).value_or(DisclosureKind::Affairs);
    d.periodStart = sql::toDate(q.value(3));
    d.periodEnd = sql::toDate(q.value(4));
    d.title = q.value(5).toString();
    d.content = q.value(6).toString();
    d.postedOn = sql::toDate(q.value(7));
    d.endsOn = sql::toDate(q.value(8));
    const QString channels = q.value(9).toString();
    d.channels = channels.isEmpty() ? QStringList() : channels.split(QLatin1Char('\n'));
    d.signedBy = q.value(10).toString();
    d.supervisionOpinion = q.value(11).toString();
    return d;
}

void bindAll(QSqlQuery &q, const Disclosure &d)
{
    q.addBindValue(d.villageId);
    q.addBindValue(DisclosureText::kindCode(d.kind));
    q.addBindValue(sql::dateText(d.periodStart));
    q.addBindValue(sql::dateText(d.periodEnd));
    q.addBindValue(sql::text(d.title));
    q.addBindValue(sql::text(d.content));
    q.addBindValue(sql::dateText(d.postedOn));
    q.addBindValue(sql::dateText(d.endsOn));
    q.addBindValue(sql::text(d.channels.join(QLatin1Char('\n'))));
    q.addBindValue(sql::text(d.signedBy));
    q.addBindValue(sql::text(d.supervisionOpinion));
}
} // namespace

QList<Disclosure> DisclosureRepository::ofVillage(qint64 villageId) const
{
    QList<Disclosure> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM disclosure WHERE village_id = ? ORDER BY period_start DESC, kind")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}

QList<Disclosure> DisclosureRepository::all() const
{
    QList<Disclosure> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM disclosure ORDER BY village_id, period_start").arg(QLatin1String(kColumns))))
        while (q.next())
            out << fromQuery(q);
    return out;
}

std::optional<Disclosure> DisclosureRepository::get(qint64 id) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM disclosure WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Disclosure d = fromQuery(q);
    q.prepare(QStringLiteral("SELECT id, item_date, direction, category, item, amount_fen, note FROM finance_item "
                             "WHERE disclosure_id = ? ORDER BY position, id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            d.items << FinanceItem{q.value(0).toLongLong(), sql::toDate(q.value(1)),
                                   q.value(2).toString() == QLatin1String("income"), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString()};
    return d;
}

FieldErrors DisclosureRepository::validate(Disclosure &d) const
{
    FieldErrors errors;
    d.title = d.title.trimmed();
    d.signedBy = d.signedBy.trimmed();
    d.supervisionOpinion = d.supervisionOpinion.trimmed();
    d.channels.removeAll(QString());
    if (!VillageRepository(m_ledger).get(d.villageId))
        errors << FieldError{QStringLiteral("village"), tr("Village: not found")};
    if (d.title.isEmpty())
        errors << FieldError{QStringLiteral("title"), tr("Title: required")};
    if (!d.periodStart.isValid() || !d.periodEnd.isValid() || d.periodEnd < d.periodStart)
        errors << FieldError{QStringLiteral("period"), tr("Period: choose the month or quarter covered")};
    if (d.postedOn.isValid() && d.endsOn.isValid() && d.endsOn < d.postedOn)
        errors << FieldError{QStringLiteral("endsOn"), tr("End date: before the posting date")};
    if (d.postedOn.isValid() && d.channels.isEmpty())
        errors << FieldError{QStringLiteral("channels"), tr("Channels: name at least one (e.g. bulletin board)")};
    for (int i = 0; i < d.items.size(); ++i) {
        FinanceItem &it = d.items[i];
        it.item = it.item.trimmed();
        if (it.item.isEmpty())
            errors << FieldError{QStringLiteral("items"), tr("Finance item %1: name the item").arg(i + 1)};
        if (it.amountFen < 0)
            errors << FieldError{QStringLiteral("items"),
                                 tr("Finance item %1: the amount cannot be negative (put it on the other side)").arg(i + 1)};
    }
    if (d.kind != DisclosureKind::Finance && !d.items.isEmpty())
        errors << FieldError{QStringLiteral("items"), tr("Finance items belong to a finance disclosure")};
    return errors;
}

bool DisclosureRepository::writeItems(const Disclosure &d, QString *err, bool keepIds)
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("DELETE FROM finance_item WHERE disclosure_id = ?"));
    q.addBindValue(d.id);
    if (!sql::exec(q, err))
        return false;
    q.prepare(QStringLiteral("INSERT INTO finance_item (id, disclosure_id, position, item_date, direction, category, "
                             "item, amount_fen, note) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < d.items.size(); ++i) {
        const FinanceItem &it = d.items[i];
        // New items get the next free id; a restored disclosure keeps the ids its items had.
        q.addBindValue(keepIds && it.id > 0 ? QVariant(it.id) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(d.id);
        q.addBindValue(i);
        q.addBindValue(sql::dateText(it.date));
        q.addBindValue(it.income ? QStringLiteral("income") : QStringLiteral("expense"));
        q.addBindValue(sql::text(it.category));
        q.addBindValue(sql::text(it.item));
        q.addBindValue(it.amountFen);
        q.addBindValue(sql::text(it.note));
        if (!sql::exec(q, err))
            return false;
    }
    return true;
}

Saved DisclosureRepository::insert(Disclosure d)
{
    Saved saved;
    saved.errors = validate(d);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO disclosure (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
            q.addBindValue(d.id > 0 ? QVariant(d.id) : QVariant(QMetaType::fromType<qint64>()));
            bindAll(q, d);
            if (!sql::exec(q, err))
                return false;
            d.id = q.lastInsertId().toLongLong();
            saved.id = d.id;
            return writeItems(d, err);
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

Saved DisclosureRepository::update(Disclosure d)
{
    Saved saved;
    saved.id = d.id;
    saved.errors = validate(d);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE disclosure SET village_id = ?, kind = ?, period_start = ?, period_end = ?, "
                                     "title = ?, content = ?, posted_on = ?, ends_on = ?, channels = ?, signed_by = ?, "
                                     "supervision_opinion = ? WHERE id = ?"));
            bindAll(q, d);
            q.addBindValue(d.id);
            return sql::exec(q, err) && writeItems(d, err);
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool DisclosureRepository::remove(qint64 id, QString *error)
{
    return sql::removeById(m_ledger, "disclosure", id, error);
}

bool DisclosureRepository::restore(const Disclosure &d, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO disclosure (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE "
                                     "SET village_id = excluded.village_id, kind = excluded.kind, period_start = "
                                     "excluded.period_start, period_end = excluded.period_end, title = excluded.title, "
                                     "content = excluded.content, posted_on = excluded.posted_on, ends_on = "
                                     "excluded.ends_on, channels = excluded.channels, signed_by = excluded.signed_by, "
                                     "supervision_opinion = excluded.supervision_opinion")
                          .arg(QLatin1String(kColumns)));
            q.addBindValue(d.id);
            bindAll(q, d);
            return sql::exec(q, err) && writeItems(d, err, true);
        },
        error);
}

QList<QPair<QDate, QDate>> DisclosureSchedule::periods(DisclosureKind kind, const QDate &from, const QDate &to)
{
    QList<QPair<QDate, QDate>> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const int months = kind == DisclosureKind::Finance ? 1 : 3;
    // Start at the period containing `from`.
    int month = kind == DisclosureKind::Finance ? from.month() : ((from.month() - 1) / 3) * 3 + 1;
    QDate start(from.year(), month, 1);
    while (start <= to) {
        const QDate end = start.addMonths(months).addDays(-1);
        if (end >= from && end <= to)
            out << qMakePair(start, end);
        start = start.addMonths(months);
    }
    return out;
}

QDate DisclosureSchedule::dueDate(DisclosureKind kind, const QDate &periodEnd, const DisclosureSettings &s)
{
    return periodEnd.addDays(kind == DisclosureKind::Finance ? s.financeDueDays : s.quarterlyDueDays);
}

QList<DueItem> DisclosureSchedule::items(Ledger &ledger, const QDate &from, const QDate &to, const QDate &asOf)
{
    const DisclosureSettings settings = SettingsStore(ledger).disclosure();
    // Of each disclosure only what the schedule needs (its text can be long), keyed by village,
    // kind and period: thousands of them at county scale, read for every report and check.
    struct Posted
    {
        qint64 id;
        QDate postedOn;
    };
    struct Key
    {
        qint64 village;
        int kind;
        qint64 periodStart; // Julian day
        bool operator==(const Key &o) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k, size_t seed = 0) const { return qHashMulti(seed, k.village, k.kind, k.periodStart); }
    };
    std::unordered_map<Key, Posted, KeyHash> done; // the disclosure posted earliest
    {
        QSqlQuery q(ledger.database());
        q.setForwardOnly(true);
        // The order of DisclosureRepository::all(): of two posted on the same day, the first read counts.
        q.exec(QStringLiteral("SELECT id, village_id, kind, period_start, posted_on FROM disclosure "
                              "ORDER BY village_id, period_start"));
        while (q.next()) {
            const QDate postedOn = sql::toDate(q.value(4));
            // Posted after the date: not done as of then (event dates decide, not entry time).
            if (!postedOn.isValid() || (asOf.isValid() && postedOn > asOf))
                continue;
            const DisclosureKind kind = DisclosureText::kindFromCode(q.value(2).toString()).value_or(DisclosureKind::Affairs);
            const Key key{q.value(1).toLongLong(), int(kind), sql::toDate(q.value(3)).toJulianDay()};
            const auto [it, added] = done.try_emplace(key, Posted{q.value(0).toLongLong(), postedOn});
            if (!added && postedOn < it->second.postedOn)
                it->second = Posted{q.value(0).toLongLong(), postedOn};
        }
    }
    const QList<DisclosureKind> kinds{DisclosureKind::Finance, DisclosureKind::Affairs, DisclosureKind::Party};
    QList<QList<QPair<QDate, QDate>>> periodsOf; // of each kind, the same for every village
    for (DisclosureKind kind : kinds)
        periodsOf << periods(kind, from, to);
    QList<DueItem> out;
    for (const Village &v : VillageRepository(ledger).all()) {
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            const DisclosureKind kind = kinds[k];
            for (const auto &p : std::as_const(periodsOf[k])) {
                // A village that came into the ledger during a period owes it only if it was there
                // for the period's end.
                if (v.since.isValid() && v.since > p.second)
                    continue;
                DueItem item;
                item.villageId = v.id;
                item.village = v.name;
                item.kind = kind;
                item.periodStart = p.first;
                item.periodEnd = p.second;
                item.dueDate = dueDate(kind, p.second, settings);
                if (auto it = done.find(Key{v.id, int(kind), p.first.toJulianDay()}); it != done.end()) {
                    item.disclosureId = it->second.id;
                    item.postedOn = it->second.postedOn;
                    item.state = it->second.postedOn <= item.dueDate ? DueItem::State::Done : DueItem::State::DoneLate;
                } else {
                    item.state = asOf > item.dueDate ? DueItem::State::Overdue : DueItem::State::Due;
                }
                // Periods not yet over are not due at all.
                if (item.disclosureId == 0 && asOf <= p.second)
                    continue;
                out << item;
            }
        }
    }
    return out;
}

} // namespace tl
