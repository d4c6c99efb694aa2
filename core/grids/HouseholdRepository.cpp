#include "grids/HouseholdRepository.h"

#include "grids/HouseholdSearch.h"
#include "storage/Ledger.h"
#include "storage/SqlUtil.h"
#include "storage/Statement.h"
#include "model/TextNormalize.h"
#include "model/Validation.h"

#include <QHash>

#include <algorithm>

namespace tl {

namespace {
const char *kColumns = "id, village_id, head_name, head_id_number, villager_group, address, people, phone, tags, "
                       "grid_id, worker_id";

Household fromQuery(const QSqlQuery &q)
{
    Household h;
    h.id = q.value(0).toLongLong();
    h.villageId = q.value(1).toLongLong();
    h.headName = q.value(2).toString();
    h.headIdNumber = q.value(3).toString();
    h.group = q.value(4).toString();
    h.address = q.value(5).toString();
    h.people = q.value(6).toInt();
    h.phone = q.value(7).toString();
    h.tags = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    h.gridId = q.value(9).toLongLong();
    h.workerId = q.value(10).toLongLong();
    return h;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

void bindAll(QSqlQuery &q, const Household &h)
{
    q.addBindValue(h.villageId);
    q.addBindValue(sql::text(h.headName));
    q.addBindValue(sql::text(h.headIdNumber));
    q.addBindValue(sql::text(h.group));
    q.addBindValue(sql::text(h.address));
    q.addBindValue(h.people);
    q.addBindValue(sql::text(h.phone));
    q.addBindValue(HouseholdText::tagsColumn(h.tags));
    q.addBindValue(idOrNull(h.gridId));
    q.addBindValue(idOrNull(h.workerId));
}

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

QString whereClause(const HouseholdFilter &f, QVariantList *binds)
{
    QStringList c;
    if (f.villageId > 0) {
        c << QStringLiteral("village_id = ?");
        *binds << f.villageId;
    }
    if (!f.group.isEmpty()) {
        c << QStringLiteral("villager_group = ?");
        *binds << f.group;
    }
    if (!f.tag.isEmpty()) {
        c << QStringLiteral("tags LIKE ? ESCAPE '\\'");
        *binds << QStringLiteral("%,") + likeEscaped(HouseholdText::tagCode(f.tag)) + QStringLiteral(",%");
    }
    if (f.gridMode == HouseholdFilter::GridMode::Unassigned) {
        c << QStringLiteral("grid_id IS NULL");
    } else if (f.gridMode == HouseholdFilter::GridMode::InGrid) {
        c << QStringLiteral("grid_id IN (SELECT id FROM grid WHERE id = ? OR parent_id = ?)");
        *binds << f.gridId << f.gridId;
    }
    if (f.workerId > 0) {
        c << QStringLiteral("worker_id = ?");
        *binds << f.workerId;
    }
    return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}

QString idList(const QVector<qint64> &ids, qsizetype from, qsizetype n)
{
    QStringList parts;
    parts.reserve(n);
    for (qsizetype i = from; i < from + n && i < ids.size(); ++i)
        parts << QString::number(ids[i]);
    return parts.join(QLatin1Char(','));
}
} // namespace

QStringList HouseholdText::tagCodes()
{
    return {QStringLiteral("dibao"),   QStringLiteral("wubao"),    QStringLiteral("tekun"),
            QStringLiteral("tuopin"),  QStringLiteral("jiance"),   QStringLiteral("elderly"),
            QStringLiteral("children"), QStringLiteral("disabled"), QStringLiteral("veteran")};
}

QString HouseholdText::tag(const QString &code)
{
    if (code == QLatin1String("dibao"))
        return tr("Minimum living allowance");
    if (code == QLatin1String("wubao"))
        return tr("Five guarantees");
    if (code == QLatin1String("tekun"))
        return tr("Extreme hardship");
    if (code == QLatin1String("tuopin"))
        return tr("Lifted out of poverty");
    if (code == QLatin1String("jiance"))
        return tr("Under monitoring");
    if (code == QLatin1String("elderly"))
        return tr("Left-behind elderly");
    if (code == QLatin1String("children"))
        return tr("Left-behind children");
    if (code == QLatin1String("disabled"))
        return tr("Disability");
    if (code == QLatin1String("veteran"))
        return tr("Veteran");
    return code;
}

QString HouseholdText::tagsColumn(const QStringList &tags)
{
    QStringList clean;
    for (const QString &t : tags) {
        const QString c = tagCode(t.trimmed());
        if (!c.isEmpty() && !clean.contains(c) && !c.contains(QLatin1Char(',')))
            clean << c;
    }
    // Leading and trailing commas let a filter match a whole tag: LIKE '%,dibao,%'.
    return clean.isEmpty() ? QString(QLatin1String("")) : QLatin1Char(',') + clean.join(QLatin1Char(',')) + QLatin1Char(',');
}

QString HouseholdText::tagCode(const QString &labelOrCode)
{
    static const QHash<QString, QString> chinese = {
        {QStringLiteral("低保"), QStringLiteral("dibao")},       {QStringLiteral("低保户"), QStringLiteral("dibao")},
        {QStringLiteral("五保"), QStringLiteral("wubao")},       {QStringLiteral("五保户"), QStringLiteral("wubao")},
        {QStringLiteral("特困"), QStringLiteral("tekun")},       {QStringLiteral("特困户"), QStringLiteral("tekun")},
        {QStringLiteral("脱贫户"), QStringLiteral("tuopin")},    {QStringLiteral("脱贫"), QStringLiteral("tuopin")},
        {QStringLiteral("监测户"), QStringLiteral("jiance")},    {QStringLiteral("监测"), QStringLiteral("jiance")},
        {QStringLiteral("留守老人"), QStringLiteral("elderly")}, {QStringLiteral("留守儿童"), QStringLiteral("children")},
        {QStringLiteral("残疾"), QStringLiteral("disabled")},    {QStringLiteral("残疾人"), QStringLiteral("disabled")},
        {QStringLiteral("退役军人"), QStringLiteral("veteran")},
    };
    const QString t = labelOrCode.trimmed();
    if (tagCodes().contains(t))
        return t;
    if (auto it = chinese.find(t); it != chinese.end())
        return *it;
    for (const QString &code : tagCodes())
        if (tag(code) == t)
            return code;
    return t;
}

FieldErrors HouseholdRepository::validate(Household &h) const
{
    return validate(h, nullptr);
}

FieldErrors HouseholdRepository::validate(Household &h, GridChecks *checks) const
{
    FieldErrors errors;
    h.headName = h.headName.trimmed();
    h.group = toHalfWidth(h.group).trimmed();
    h.address = h.address.trimmed();
    if (h.headName.isEmpty())
        errors << FieldError{QStringLiteral("headName"), tr("Head of household: required")};
    else if (h.headName.size() > 30)
        errors << FieldError{QStringLiteral("headName"), tr("Head of household: at most 30 characters")};
    if (!h.headIdNumber.trimmed().isEmpty()) {
        const IdNumberInfo id = Validators::checkIdNumber(h.headIdNumber);
        h.headIdNumber = id.normalized;
        if (!id.valid)
            errors << FieldError{QStringLiteral("headIdNumber"), tr("Head's ID number: %1").arg(id.error)};
    } else {
        h.headIdNumber.clear();
    }
    if (h.people < 0 || h.people > 50)
        errors << FieldError{QStringLiteral("people"), tr("People: %1 is out of range (0 to 50)").arg(h.people)};
    if (!h.phone.trimmed().isEmpty()) {
        QString normalized, why;
        if (!Validators::checkPhone(h.phone, &normalized, &why))
            errors << FieldError{QStringLiteral("phone"), tr("Phone: %1").arg(why)};
        h.phone = normalized;
    } else {
        h.phone.clear();
    }
    if (h.gridId > 0) {
        qint64 village = -1;
        if (checks && checks->villageOfGrid.contains(h.gridId)) {
            village = checks->villageOfGrid.value(h.gridId);
        } else {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("SELECT village_id FROM grid WHERE id = ?"));
            q.addBindValue(h.gridId);
            village = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
            if (checks)
                checks->villageOfGrid.insert(h.gridId, village);
        }
        if (village != h.villageId)
            errors << FieldError{QStringLiteral("grid"), tr("Grid: not a grid of this village")};
    }
    if (h.workerId > 0) {
        const QPair<qint64, qint64> key{h.gridId, h.workerId};
        bool works = false;
        if (checks && checks->works.contains(key)) {
            works = checks->works.value(key);
        } else {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("SELECT 1 FROM grid_worker WHERE grid_id = ? AND person_id = ?"));
            q.addBindValue(h.gridId);
            q.addBindValue(h.workerId);
            works = q.exec() && q.next();
            if (checks)
                checks->works.insert(key, works);
        }
        if (!works)
            errors << FieldError{QStringLiteral("worker"), tr("Grid worker: not a worker of the household's grid")};
    }
    return errors;
}

Saved HouseholdRepository::insert(Household h)
{
    QList<Household> one{h};
    QString error;
    if (!insertMany(one, &error)) {
        Saved failed;
        failed.errors = validate(h);
        if (failed.errors.isEmpty())
            failed.errors << FieldError{QString(), error};
        return failed;
    }
    return Saved{one.first().id, {}};
}

bool HouseholdRepository::insertMany(QList<Household> &households, QString *error, int *failedAt)
{
    return m_ledger.write([&](QString *err) { return insertManyInWrite(households, err, failedAt); }, error);
}

QStringList HouseholdRepository::indexesForBulk()
{
    // Not household_grid nor household_worker: writing a grid updates its households by them.
    return {QStringLiteral("household_head_id"), QStringLiteral("household_village_grid"),
            QStringLiteral("household_assignment_household"), QStringLiteral("audit_log_record"),
            QStringLiteral("audit_log_day")};
}

bool HouseholdRepository::insertManyInWrite(QList<Household> &households, QString *err, int *failedAt,
                                            const QDate &assignedOn, const QString &assignmentNote)
{
    // Statement, not QSqlQuery: a county demo writes 200,000 households through here.
    Statement q(m_ledger.database(),
                QStringLiteral("INSERT INTO household (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
    Statement history(m_ledger.database(), QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, "
                                                          "worker_id, assigned_on, note) VALUES (?,?,?,?,?)"));
    const QString today = sql::dateText(assignedOn.isValid() ? assignedOn : QDate::currentDate());
    const QString note = assignmentNote.isNull() ? QStringLiteral("") : assignmentNote; // not NULL
    GridChecks checks; // valid for this write: grids and workers do not change during it
    for (int i = 0; i < households.size(); ++i) {
        Household &h = households[i];
        const FieldErrors errors = validate(h, &checks);
        if (!errors.isEmpty()) {
            QStringList parts;
            for (const FieldError &e : errors)
                parts << e.message;
            *err = parts.join(QStringLiteral("; "));
            if (failedAt)
                *failedAt = i;
            return false;
        }
        h.id > 0 ? q.bind(0, h.id) : q.bindNull(0);
        bindFields(q, 1, h);
        if (!q.exec(err)) {
            if (failedAt)
                *failedAt = i;
            return false;
        }
        h.id = q.lastInsertId();
        if (h.gridId > 0) {
            history.bind(0, h.id);
            history.bind(1, h.gridId);
            h.workerId > 0 ? history.bind(2, h.workerId) : history.bindNull(2);
            history.bind(3, today);
            history.bind(4, note);
            if (!history.exec(err))
                return false;
        }
    }
    return true;
}

void HouseholdRepository::bindFields(Statement &s, int first, const Household &h)
{
    s.bind(first, h.villageId);
    s.bind(first + 1, sql::text(h.headName));
    s.bind(first + 2, sql::text(h.headIdNumber));
    s.bind(first + 3, sql::text(h.group));
    s.bind(first + 4, sql::text(h.address));
    s.bind(first + 5, h.people);
    s.bind(first + 6, sql::text(h.phone));
    s.bind(first + 7, HouseholdText::tagsColumn(h.tags));
    h.gridId > 0 ? s.bind(first + 8, h.gridId) : s.bindNull(first + 8);
    h.workerId > 0 ? s.bind(first + 9, h.workerId) : s.bindNull(first + 9);
}

Saved HouseholdRepository::update(Household h)
{
    Saved saved;
    saved.id = h.id;
    saved.errors = validate(h);
    if (!saved.ok())
        return saved;
    const std::optional<Household> before = get(h.id);
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE household SET village_id = ?, head_name = ?, head_id_number = ?, "
                                     "villager_group = ?, address = ?, people = ?, phone = ?, tags = ?, grid_id = ?, "
                                     "worker_id = ? WHERE id = ?"));
            bindAll(q, h);
            q.addBindValue(h.id);
            if (!sql::exec(q, err))
                return false;
            if (before && (before->gridId != h.gridId || before->workerId != h.workerId)) {
                q.prepare(QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, "
                                         "assigned_on) VALUES (?,?,?,?)"));
                q.addBindValue(h.id);
                q.addBindValue(idOrNull(h.gridId));
                q.addBindValue(idOrNull(h.workerId));
                q.addBindValue(sql::dateText(QDate::currentDate()));
                return sql::exec(q, err);
            }
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool HouseholdRepository::remove(qint64 id, QString *error)
{
    return sql::removeById(m_ledger, "household", id, error);
}

std::optional<Household> HouseholdRepository::get(qint64 id) const
{
    const QList<Household> one = fetch({id});
    if (one.isEmpty())
        return std::nullopt;
    return one.first();
}

int HouseholdRepository::count(const HouseholdFilter &filter) const
{
    if (!filter.text.trimmed().isEmpty())
        return int(ids(filter).size());
    QVariantList binds;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM household") + whereClause(filter, &binds));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QVector<qint64> HouseholdRepository::ids(const HouseholdFilter &filter) const
{
    if (!filter.text.trimmed().isEmpty()) {
        // Text is found by the in-memory index (any part of name, address or group; ID numbers
        // and phones by their first or last digits); the other filters then narrow it in SQL.
        const QVector<qint64> found = m_ledger.householdSearch().matches(filter.text, filter.villageId);
        HouseholdFilter rest = filter;
        rest.text.clear();
        const bool narrowed = filter.villageId > 0 || !rest.group.isEmpty() || !rest.tag.isEmpty() ||
                              rest.gridMode != HouseholdFilter::GridMode::Any || rest.workerId > 0;
        if (!narrowed || found.isEmpty())
            return found; // ascending ids, as the township-wide list is ordered
        // The narrower list keeps its order (a village: by 村民小组); found is sorted.
        QVector<qint64> out;
        for (qint64 id : ids(rest))
            if (std::binary_search(found.cbegin(), found.cend(), id))
                out << id;
        return out;
    }
    QVector<qint64> out;
    QVariantList binds;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    // Inside a village the list follows the 村民小组. Township-wide, ids (the order households came
    // in, village by village) are sorted here: asking SQLite to sort 200,000 rows of an OR-ed
    // index lookup costs ten times more than the lookup itself.
    const bool village = filter.villageId > 0;
    q.prepare(QStringLiteral("SELECT id FROM household") + whereClause(filter, &binds) +
              (village ? QStringLiteral(" ORDER BY villager_group, id") : QString()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    if (!village)
        std::sort(out.begin(), out.end());
    return out;
}

QVector<qint64> HouseholdRepository::idsWithHeadId(const QString &idNumber) const
{
    QVector<qint64> out;
    if (idNumber.isEmpty())
        return out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM household WHERE head_id_number = ? ORDER BY id"));
    q.addBindValue(idNumber);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<Household> HouseholdRepository::fetch(const QVector<qint64> &ids) const
{
    QHash<qint64, Household> byId;
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        QSqlQuery q(m_ledger.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM household WHERE id IN (%2)")
                        .arg(QLatin1String(kColumns), idList(ids, from, chunk))))
            continue;
        while (q.next()) {
            const Household h = fromQuery(q);
            byId.insert(h.id, h);
        }
    }
    QList<Household> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.find(id); it != byId.end())
            out << *it;
    return out;
}

QStringList HouseholdRepository::groups(qint64 villageId) const
{
    QStringList out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT DISTINCT villager_group FROM household WHERE village_id = ? ORDER BY villager_group"));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool HouseholdRepository::assign(const QVector<qint64> &ids, qint64 gridId, qint64 workerId, const QDate &on,
                                 const QString &note, QList<Assignment> *previous, QString *error)
{
    if (!checkAssignment(ids, gridId, workerId, error))
        return false;
    QList<Assignment> before;
    for (const Household &h : fetch(ids))
        before << Assignment{h.id, h.gridId, h.workerId, on, QString()};
    const bool ok = m_ledger.write(
        [&](QString *err) { return writeAssignment({AssignmentBatch{ids, gridId, workerId}}, on, note, err); }, error);
    if (ok && previous)
        *previous = before;
    return ok;
}

bool HouseholdRepository::assignInWrite(const QList<AssignmentBatch> &batches, const QDate &on, const QString &note,
                                        QString *error)
{
    for (const AssignmentBatch &b : batches)
        if (!checkAssignment(b.ids, b.gridId, b.workerId, error))
            return false;
    return writeAssignment(batches, on, note, error);
}

bool HouseholdRepository::checkAssignment(const QVector<qint64> &ids, qint64 gridId, qint64 workerId,
                                          QString *error) const
{
    if (gridId > 0) {
        QSqlQuery q(m_ledger.database());
        q.prepare(QStringLiteral("SELECT village_id FROM grid WHERE id = ?"));
        q.addBindValue(gridId);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = tr("the grid no longer exists");
            return false;
        }
        const qint64 village = q.value(0).toLongLong();
        for (qsizetype from = 0; from < ids.size(); from += 500) {
            QSqlQuery c(m_ledger.database());
            if (c.exec(QStringLiteral("SELECT COUNT(*) FROM household WHERE id IN (%1) AND village_id <> %2")
                           .arg(idList(ids, from, 500))
                           .arg(village)) &&
                c.next() && c.value(0).toInt() > 0) {
                if (error)
                    *error = tr("%1 of the households belong to another village than the grid").arg(c.value(0).toInt());
                return false;
            }
        }
        if (workerId > 0) {
            q.prepare(QStringLiteral("SELECT 1 FROM grid_worker WHERE grid_id = ? AND person_id = ?"));
            q.addBindValue(gridId);
            q.addBindValue(workerId);
            if (!q.exec() || !q.next()) {
                if (error)
                    *error = tr("the grid worker does not work in that grid");
                return false;
            }
        }
    } else if (workerId > 0) {
        if (error)
            *error = tr("a grid worker needs a grid");
        return false;
    }
    return true;
}

bool HouseholdRepository::writeAssignment(const QList<AssignmentBatch> &batches, const QDate &on, const QString &note,
                                          QString *err)
{
    QSqlQuery update(m_ledger.database());
    update.prepare(QStringLiteral("UPDATE household SET grid_id = ?, worker_id = ? WHERE id = ?"));
    QSqlQuery history(m_ledger.database());
    history.prepare(QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, "
                                   "assigned_on, note) VALUES (?,?,?,?,?)"));
    const QString date = sql::dateText(on);
    for (const AssignmentBatch &b : batches) {
        for (qint64 id : b.ids) {
            update.addBindValue(idOrNull(b.gridId));
            update.addBindValue(idOrNull(b.workerId));
            update.addBindValue(id);
            if (!sql::exec(update, err))
                return false;
            history.addBindValue(id);
            history.addBindValue(idOrNull(b.gridId));
            history.addBindValue(idOrNull(b.workerId));
            history.addBindValue(date);
            history.addBindValue(sql::text(note));
            if (!sql::exec(history, err))
                return false;
        }
    }
    return true;
}

bool HouseholdRepository::restore(const QList<Assignment> &assignments, const QDate &on, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery update(m_ledger.database());
            update.prepare(QStringLiteral("UPDATE household SET grid_id = ?, worker_id = ? WHERE id = ?"));
            QSqlQuery history(m_ledger.database());
            history.prepare(QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, "
                                           "assigned_on, note) VALUES (?,?,?,?,?)"));
            for (const Assignment &a : assignments) {
                update.addBindValue(idOrNull(a.gridId));
                update.addBindValue(idOrNull(a.workerId));
                update.addBindValue(a.householdId);
                if (!sql::exec(update, err))
                    return false;
                history.addBindValue(a.householdId);
                history.addBindValue(idOrNull(a.gridId));
                history.addBindValue(idOrNull(a.workerId));
                history.addBindValue(sql::dateText(on));
                history.addBindValue(tr("undone"));
                if (!sql::exec(history, err))
                    return false;
            }
            return true;
        },
        error);
}

QList<Assignment> HouseholdRepository::history(qint64 householdId) const
{
    QList<Assignment> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT household_id, grid_id, worker_id, assigned_on, note FROM household_assignment "
                             "WHERE household_id = ? ORDER BY id"));
    q.addBindValue(householdId);
    if (q.exec())
        while (q.next())
            out << Assignment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                              sql::toDate(q.value(3)), q.value(4).toString()};
    return out;
}

bool HouseholdRepository::reinsert(const Household &h, const QList<Assignment> &history, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO household (%1) VALUES (?, ?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
            q.addBindValue(h.id);
            bindAll(q, h);
            if (!sql::exec(q, err))
                return false;
            q.prepare(QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, assigned_on, "
                                     "note) VALUES (?,?,?,?,?)"));
            for (const Assignment &a : history) {
                q.addBindValue(h.id);
                q.addBindValue(idOrNull(a.gridId));
                q.addBindValue(idOrNull(a.workerId));
                q.addBindValue(sql::dateText(a.on));
                q.addBindValue(sql::text(a.note));
                if (!sql::exec(q, err))
                    return false;
            }
            return true;
        },
        error);
}

// ---- grids ----

QList<Grid> GridRepository::ofVillage(qint64 villageId) const
{
    QList<Grid> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT id, village_id, parent_id, code, name, leader_id, area FROM grid WHERE village_id = ? "
                             "ORDER BY code, name"));
    q.addBindValue(villageId);
    if (q.exec()) {
        while (q.next()) {
            Grid g{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                   q.value(4).toString(),   q.value(5).toLongLong(), q.value(6).toString(),   {}};
            index.insert(g.id, int(out.size()));
            out << g;
        }
    }
    q.prepare(QStringLiteral("SELECT w.grid_id, w.person_id FROM grid_worker w JOIN grid g ON g.id = w.grid_id "
                             "WHERE g.village_id = ? ORDER BY w.rowid"));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            if (auto it = index.find(q.value(0).toLongLong()); it != index.end())
                out[*it].workers << q.value(1).toLongLong();
    return out;
}

std::optional<Grid> GridRepository::get(qint64 id) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT village_id FROM grid WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Grid &g : ofVillage(q.value(0).toLongLong()))
        if (g.id == id)
            return g;
    return std::nullopt;
}

FieldErrors GridRepository::validate(Grid &g) const
{
    FieldErrors errors;
    g.name = g.name.trimmed();
    g.code = toHalfWidth(g.code).trimmed();
    if (g.name.isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("Grid name: required")};
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT id FROM grid WHERE village_id = ? AND name = ? AND id <> ?"));
    q.addBindValue(g.villageId);
    q.addBindValue(g.name);
    q.addBindValue(g.id);
    if (q.exec() && q.next())
        errors << FieldError{QStringLiteral("name"), tr("Grid name: %1 already exists in this village").arg(g.name)};
    if (g.parentId > 0) {
        q.prepare(QStringLiteral("SELECT village_id, parent_id FROM grid WHERE id = ?"));
        q.addBindValue(g.parentId);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() != g.villageId)
            errors << FieldError{QStringLiteral("parent"), tr("Parent grid: not a grid of this village")};
        else if (q.value(1).toLongLong() > 0 || g.parentId == g.id)
            errors << FieldError{QStringLiteral("parent"), tr("Parent grid: grids have at most one level below them")};
    }
    auto personOfVillage = [&](qint64 person) {
        q.prepare(QStringLiteral("SELECT village_id FROM person WHERE id = ?"));
        q.addBindValue(person);
        return q.exec() && q.next() && q.value(0).toLongLong() == g.villageId;
    };
    if (g.leaderId > 0 && !personOfVillage(g.leaderId))
        errors << FieldError{QStringLiteral("leader"), tr("Grid leader: not a person of this village")};
    for (qint64 w : g.workers)
        if (!personOfVillage(w)) {
            errors << FieldError{QStringLiteral("workers"), tr("Grid workers: someone is not a person of this village")};
            break;
        }
    return errors;
}

namespace {
// The grid's 网格员 as g lists them. A grid just made under a new id (`fresh`) has neither workers
// nor households yet (the foreign keys leave none pointing at an id no grid has), so there is
// nothing to clear: a bulk import, which sets the household indexes by grid and worker aside,
// would otherwise read every household for each grid it creates.
bool writeWorkers(QSqlDatabase db, const Grid &g, bool fresh, QString *err)
{
    QSqlQuery q(db);
    if (!fresh) {
        q.prepare(QStringLiteral("DELETE FROM grid_worker WHERE grid_id = ?"));
        q.addBindValue(g.id);
        if (!sql::exec(q, err))
            return false;
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO grid_worker (grid_id, person_id) VALUES (?, ?)"));
    for (qint64 w : g.workers) {
        q.addBindValue(g.id);
        q.addBindValue(w);
        if (!sql::exec(q, err))
            return false;
    }
    if (fresh)
        return true;
    // Households whose 网格员 left this grid keep the grid but lose the worker.
    QStringList kept;
    for (qint64 w : g.workers)
        kept << QString::number(w);
    q.prepare(QStringLiteral("UPDATE household SET worker_id = NULL WHERE grid_id = ? AND worker_id IS NOT NULL%1")
                  .arg(kept.isEmpty() ? QString() : QStringLiteral(" AND worker_id NOT IN (%1)").arg(kept.join(QLatin1Char(',')))));
    q.addBindValue(g.id);
    return sql::exec(q, err);
}
} // namespace

Saved GridRepository::insert(Grid g)
{
    Saved saved;
    saved.errors = validate(g);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            const bool fresh = g.id <= 0; // not put back under an id it had (undo)
            q.prepare(QStringLiteral("INSERT INTO grid (id, village_id, parent_id, code, name, leader_id, area) "
                                     "VALUES (?,?,?,?,?,?,?)"));
            q.addBindValue(idOrNull(g.id));
            q.addBindValue(g.villageId);
            q.addBindValue(idOrNull(g.parentId));
            q.addBindValue(sql::text(g.code));
            q.addBindValue(sql::text(g.name));
            q.addBindValue(idOrNull(g.leaderId));
            q.addBindValue(sql::text(g.area));
            if (!sql::exec(q, err))
                return false;
            g.id = q.lastInsertId().toLongLong();
            saved.id = g.id;
            return writeWorkers(m_ledger.database(), g, fresh, err);
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

Saved GridRepository::update(Grid g)
{
    Saved saved;
    saved.id = g.id;
    saved.errors = validate(g);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE grid SET parent_id = ?, code = ?, name = ?, leader_id = ?, area = ? "
                                     "WHERE id = ?"));
            q.addBindValue(idOrNull(g.parentId));
            q.addBindValue(sql::text(g.code));
            q.addBindValue(sql::text(g.name));
            q.addBindValue(idOrNull(g.leaderId));
            q.addBindValue(sql::text(g.area));
            q.addBindValue(g.id);
            return sql::exec(q, err) && writeWorkers(m_ledger.database(), g, false, err);
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool GridRepository::remove(qint64 id, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            // Sub-grids go with their grid (ON DELETE CASCADE); households lose grid and worker.
            q.prepare(QStringLiteral("UPDATE household SET grid_id = NULL, worker_id = NULL WHERE grid_id IN "
                                     "(SELECT id FROM grid WHERE id = ? OR parent_id = ?)"));
            q.addBindValue(id);
            q.addBindValue(id);
            if (!sql::exec(q, err))
                return false;
            q.prepare(QStringLiteral("DELETE FROM grid WHERE id = ?"));
            q.addBindValue(id);
            return sql::exec(q, err);
        },
        error);
}

QList<GridSummary> GridRepository::summaries(qint64 villageId) const
{
    QList<GridSummary> out;
    QHash<qint64, QString> names;
    {
        QSqlQuery q(m_ledger.database());
        q.prepare(QStringLiteral("SELECT id, name FROM person WHERE village_id = ?"));
        q.addBindValue(villageId);
        if (q.exec())
            while (q.next())
                names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QHash<qint64, QPair<int, int>> counts;
    {
        QSqlQuery q(m_ledger.database());
        q.prepare(QStringLiteral("SELECT grid_id, COUNT(*), TOTAL(people) FROM household WHERE village_id = ? AND "
                                 "grid_id IS NOT NULL GROUP BY grid_id"));
        q.addBindValue(villageId);
        if (q.exec())
            while (q.next())
                counts.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    }
    for (const Grid &g : ofVillage(villageId)) {
        GridSummary s;
        s.grid = g;
        s.households = counts.value(g.id).first;
        s.people = counts.value(g.id).second;
        s.leaderName = names.value(g.leaderId);
        for (qint64 w : g.workers)
            s.workerNames << names.value(w);
        out << s;
    }
    return out;
}

int GridRepository::unassignedHouseholds(qint64 villageId) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM household WHERE village_id = ? AND grid_id IS NULL"));
    q.addBindValue(villageId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace tl

namespace tl {

QHash<qint64, HouseholdRepository::VillageTotals> HouseholdRepository::totalsByVillage() const
{
    QHash<qint64, VillageTotals> out;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT village_id, COUNT(*), TOTAL(people), SUM(grid_id IS NULL) FROM household "
                              "GROUP BY village_id")))
        while (q.next())
            out.insert(q.value(0).toLongLong(), VillageTotals{q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

QHash<qint64, int> GridRepository::countsByVillage() const
{
    QHash<qint64, int> out;
    QSqlQuery q(m_ledger.database());
    if (q.exec(QStringLiteral("SELECT village_id, COUNT(*) FROM grid WHERE parent_id IS NULL GROUP BY village_id")))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

} // namespace tl

// ---- for the edit commands: rows as stored, put back exactly ----

namespace tl {

namespace {
const char *kHistoryColumns = "id, household_id, grid_id, worker_id, assigned_on, note";
const char *kGridColumns = "id, village_id, parent_id, code, name, leader_id, area";

QList<QVariantList> rowsOf(QSqlQuery &q, int columns)
{
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

bool bindAndExec(QSqlQuery &q, const QVariantList &row, QString *err)
{
    for (const QVariant &v : row)
        q.addBindValue(v);
    return sql::exec(q, err);
}

// "INSERT … ON CONFLICT(id) DO UPDATE SET" every column but the id.
QString upsert(const char *table, const char *columns)
{
    const QStringList names = QString::fromLatin1(columns).split(QStringLiteral(", "));
    QStringList marks, sets;
    for (const QString &n : names) {
        marks << QStringLiteral("?");
        if (n != QLatin1String("id"))
            sets << QStringLiteral("%1 = excluded.%1").arg(n);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(QLatin1String(table), QLatin1String(columns), marks.join(QLatin1Char(',')), sets.join(QStringLiteral(", ")));
}
} // namespace

bool HouseholdRepository::removeMany(const QVector<qint64> &ids, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("DELETE FROM household WHERE id = ?"));
            for (qint64 id : ids) {
                q.addBindValue(id);
                if (!sql::exec(q, err))
                    return false;
            }
            return true;
        },
        error);
}

StoredHouseholds HouseholdRepository::stored(const QVector<qint64> &ids) const
{
    StoredHouseholds out;
    const int columns = int(QString::fromLatin1(kColumns).split(QLatin1Char(',')).size());
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QString list = idList(ids, from, chunk);
        QSqlQuery q(m_ledger.database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT %1 FROM household WHERE id IN (%2)").arg(QLatin1String(kColumns), list)))
            out.households += rowsOf(q, columns);
        if (q.exec(QStringLiteral("SELECT %1 FROM household_assignment WHERE household_id IN (%2)")
                       .arg(QLatin1String(kHistoryColumns), list)))
            out.history += rowsOf(q, 6);
    }
    // In id order, as they were written.
    const auto byId = [](const QVariantList &a, const QVariantList &b) { return a[0].toLongLong() < b[0].toLongLong(); };
    std::sort(out.households.begin(), out.households.end(), byId);
    std::sort(out.history.begin(), out.history.end(), byId);
    return out;
}

bool HouseholdRepository::putBack(const StoredHouseholds &stored, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(upsert("household", kColumns));
            for (const QVariantList &row : stored.households)
                if (!bindAndExec(q, row, err))
                    return false;
            QSqlQuery h(m_ledger.database());
            h.prepare(QStringLiteral("INSERT OR IGNORE INTO household_assignment (%1) VALUES (?,?,?,?,?,?)")
                          .arg(QLatin1String(kHistoryColumns)));
            for (const QVariantList &row : stored.history)
                if (!bindAndExec(h, row, err))
                    return false;
            return true;
        },
        error);
}

bool HouseholdRepository::setAssignments(const QList<Assignment> &assignments, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery update(m_ledger.database());
            update.prepare(QStringLiteral("UPDATE household SET grid_id = ?, worker_id = ? WHERE id = ?"));
            for (const Assignment &a : assignments) {
                update.addBindValue(idOrNull(a.gridId));
                update.addBindValue(idOrNull(a.workerId));
                update.addBindValue(a.householdId);
                if (!sql::exec(update, err))
                    return false;
            }
            return true;
        },
        error);
}

qint64 HouseholdRepository::lastAssignmentId() const
{
    QSqlQuery q(m_ledger.database());
    if (q.exec(QStringLiteral("SELECT MAX(id) FROM household_assignment")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool HouseholdRepository::dropAssignments(qint64 after, qint64 upTo, QString *error)
{
    if (upTo <= after)
        return true;
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("DELETE FROM household_assignment WHERE id > ? AND id <= ?"));
            q.addBindValue(after);
            q.addBindValue(upTo);
            return sql::exec(q, err);
        },
        error);
}

StoredGrids GridRepository::stored(qint64 villageId) const
{
    StoredGrids out;
    out.villageId = villageId;
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM grid WHERE village_id = ? ORDER BY parent_id IS NOT NULL, id")
                  .arg(QLatin1String(kGridColumns)));
    q.addBindValue(villageId);
    if (q.exec())
        out.grids = rowsOf(q, 7);
    q.prepare(QStringLiteral("SELECT w.rowid, w.grid_id, w.person_id FROM grid_worker w JOIN grid g ON g.id = w.grid_id "
                             "WHERE g.village_id = ? ORDER BY w.rowid"));
    q.addBindValue(villageId);
    if (q.exec())
        out.staff = rowsOf(q, 3);
    q.prepare(QStringLiteral("SELECT id, grid_id, worker_id FROM household WHERE village_id = ? ORDER BY id"));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            out.households << Assignment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), {}, {}};
    return out;
}

bool GridRepository::putBack(const StoredGrids &stored, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            const StoredGrids now = this->stored(stored.villageId);
            QHash<qint64, QVariantList> wanted;
            for (const QVariantList &row : stored.grids)
                wanted.insert(row[0].toLongLong(), row);
            QHash<qint64, QVariantList> current;
            for (const QVariantList &row : now.grids)
                current.insert(row[0].toLongLong(), row);
            QSqlQuery q(m_ledger.database());
            // Grids added since go (their sub-grids and staff with them).
            q.prepare(QStringLiteral("DELETE FROM grid WHERE id = ?"));
            for (auto it = current.cbegin(); it != current.cend(); ++it)
                if (!wanted.contains(it.key())) {
                    q.addBindValue(it.key());
                    if (!sql::exec(q, err))
                        return false;
                }
            // Missing or changed grids are written as they were, parents first.
            q.prepare(upsert("grid", kGridColumns));
            for (const QVariantList &row : stored.grids)
                if (current.value(row[0].toLongLong()) != row && !bindAndExec(q, row, err))
                    return false;
            // The staff rows with their rowids (their order is the order the workers are listed in).
            if (this->stored(stored.villageId).staff != stored.staff) {
                q.prepare(QStringLiteral("DELETE FROM grid_worker WHERE grid_id IN (SELECT id FROM grid WHERE village_id = ?)"));
                q.addBindValue(stored.villageId);
                if (!sql::exec(q, err))
                    return false;
                q.prepare(QStringLiteral("INSERT INTO grid_worker (rowid, grid_id, person_id) VALUES (?,?,?)"));
                for (const QVariantList &row : stored.staff)
                    if (!bindAndExec(q, row, err))
                        return false;
            }
            // Each household's grid and worker, where they differ now.
            QHash<qint64, QPair<qint64, qint64>> where;
            for (const Assignment &a : this->stored(stored.villageId).households)
                where.insert(a.householdId, {a.gridId, a.workerId});
            QList<Assignment> changed;
            for (const Assignment &a : stored.households)
                if (auto it = where.find(a.householdId); it != where.end() && *it != qMakePair(a.gridId, a.workerId))
                    changed << a;
            return changed.isEmpty() || HouseholdRepository(m_ledger).setAssignments(changed, err);
        },
        error);
}

} // namespace tl
