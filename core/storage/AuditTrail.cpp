#include "storage/AuditTrail.h"
#include "storage/Schema.h"
#include "storage/AuditText.h"

#include "storage/Ledger.h"
#include "model/Masking.h"
#include "reports/TableExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

QString whereClause(const AuditFilter &f, QVariantList *binds)
{
    QStringList where;
    // By day, as the index audit_log_day (schema version 14) reads the time stamps.
    if (f.since.isValid()) {
        where << QStringLiteral("substr(at, 1, 10) >= ?");
        *binds << f.since.toString(Qt::ISODate);
    }
    if (f.until.isValid()) {
        where << QStringLiteral("substr(at, 1, 10) <= ?");
        *binds << f.until.toString(Qt::ISODate);
    }
    if (!f.table.isEmpty()) {
        where << QStringLiteral("tbl = ?");
        *binds << f.table;
    }
    if (!f.record.isEmpty()) {
        where << QStringLiteral("record = ?");
        *binds << f.record;
    }
    if (!f.source.isEmpty()) {
        where << QStringLiteral("source = ?");
        *binds << f.source;
    }
    if (f.beforeId > 0) {
        where << QStringLiteral("id < ?");
        *binds << f.beforeId;
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral("(old_value LIKE ? OR new_value LIKE ? OR clerk LIKE ? OR os_user LIKE ?)");
        const QString like = QLatin1Char('%') + f.text + QLatin1Char('%');
        *binds << like << like << like << like;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

bool isPersonal(const QString &field)
{
    return field.contains(QLatin1String("id_number")) || field.contains(QLatin1String("phone"));
}

} // namespace

QList<AuditEntry> AuditTrail::entries(Ledger &ledger, const AuditFilter &filter)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT id, at, clerk, os_user, source, batch, tbl, record, action, field, old_value, "
                                 "new_value FROM audit_log")
                + whereClause(filter, &binds);
    sql += filter.limit > 0 ? QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(filter.limit) : QStringLiteral(" ORDER BY id");
    QSqlQuery q(ledger.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<AuditEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.clerk = q.value(2).toString();
        e.osUser = q.value(3).toString();
        e.source = q.value(4).toString();
        e.batch = q.value(5).toLongLong();
        e.table = q.value(6).toString();
        e.record = q.value(7).toString();
        e.action = q.value(8).toString();
        e.field = q.value(9).toString();
        e.oldValue = q.value(10).toString();
        e.newValue = q.value(11).toString();
        // A whole record kept as an array is handed on as the object it stands for.
        QString &whole = e.action == QLatin1String("insert") ? e.newValue : e.oldValue;
        if (e.action != QLatin1String("update") && whole.startsWith(QLatin1Char('[')))
            whole = QString::fromUtf8(QJsonDocument(recordValues(e.table, whole)).toJson(QJsonDocument::Compact));
        out << e;
    }
    return out;
}

int AuditTrail::count(Ledger &ledger, const AuditFilter &filter)
{
    QVariantList binds;
    QSqlQuery q(ledger.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + whereClause(filter, &binds));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QStringList AuditTrail::tables()
{
    return {QStringLiteral("township"),   QStringLiteral("setting"),     QStringLiteral("village"),
            QStringLiteral("person"),     QStringLiteral("term"),        QStringLiteral("post"),
            QStringLiteral("reserve_cadre"), QStringLiteral("matter"),   QStringLiteral("matter_step"),
            QStringLiteral("step_meeting"), QStringLiteral("attachment"), QStringLiteral("grid"),        QStringLiteral("grid_worker"),
            QStringLiteral("household"),  QStringLiteral("disclosure"),  QStringLiteral("finance_item"),
            QStringLiteral("notice_template"), QStringLiteral("export_log")};
}

QString AuditTrail::tableName(const QString &t)
{
    if (t == QLatin1String("township")) return tr("Township");
    if (t == QLatin1String("setting")) return tr("Setting");
    if (t == QLatin1String("village")) return tr("Village");
    if (t == QLatin1String("person")) return tr("Person");
    if (t == QLatin1String("term")) return tr("Term");
    if (t == QLatin1String("post")) return tr("Post");
    if (t == QLatin1String("reserve_cadre")) return tr("Reserve cadre");
    if (t == QLatin1String("matter")) return tr("Matter");
    if (t == QLatin1String("matter_step")) return tr("Matter step");
    if (t == QLatin1String("step_meeting")) return tr("Earlier meeting of a step");
    if (t == QLatin1String("attachment")) return tr("Attachment");
    if (t == QLatin1String("grid")) return tr("Grid");
    if (t == QLatin1String("grid_worker")) return tr("Grid worker");
    if (t == QLatin1String("household")) return tr("Household");
    if (t == QLatin1String("disclosure")) return tr("Disclosure");
    if (t == QLatin1String("finance_item")) return tr("Finance item");
    if (t == QLatin1String("notice_template")) return tr("Notice template");
    if (t == QLatin1String("export_log")) return tr("Export with full personal data");
    return t;
}

QString AuditTrail::actionName(const QString &a)
{
    if (a == QLatin1String("insert")) return tr("Added");
    if (a == QLatin1String("update")) return tr("Changed");
    if (a == QLatin1String("delete")) return tr("Deleted");
    return a;
}

QString AuditTrail::sourceName(const QString &s)
{
    if (s == QLatin1String("edit")) return tr("Edit");
    if (s == QLatin1String("import")) return tr("Import");
    if (s == QLatin1String("change-of-term")) return tr("Change of term");
    if (s == QLatin1String("undo")) return tr("Undo");
    if (s == QLatin1String("redo")) return tr("Redo");
    if (s == QLatin1String("restore")) return tr("Restore");
    if (s == QLatin1String("demo")) return tr("Demo data");
    if (s == QLatin1String("export")) return tr("Export");
    if (s == QLatin1String("baseline")) return tr("Recorded at the upgrade");
    return s;
}

QString AuditTrail::fieldName(const QString &field)
{
    // The columns keep their storage names; a few common ones read better in words.
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("head_id_number"), QT_TR_NOOP("Head's ID number")},
        {QStringLiteral("head_name"), QT_TR_NOOP("Head of household")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("political"), QT_TR_NOOP("Political status")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("people"), QT_TR_NOOP("People")},
        {QStringLiteral("grid_id"), QT_TR_NOOP("Grid")},
        {QStringLiteral("worker_id"), QT_TR_NOOP("Grid worker")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("amount_fen"), QT_TR_NOOP("Amount (fen)")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Start")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("key"), QT_TR_NOOP("Key")},
        {QStringLiteral("county"), QT_TR_NOOP("County")},
        {QStringLiteral("clerk"), QT_TR_NOOP("Clerk")},
        {QStringLiteral("is_demo"), QT_TR_NOOP("Demo")},
        {QStringLiteral("village_id"), QT_TR_NOOP("Village")},
        {QStringLiteral("credit_code"), QT_TR_NOOP("Credit code")},
        {QStringLiteral("groups_count"), QT_TR_NOOP("Villager groups")},
        {QStringLiteral("households"), QT_TR_NOOP("Households")},
        {QStringLiteral("registered_pop"), QT_TR_NOOP("Registered population")},
        {QStringLiteral("resident_pop"), QT_TR_NOOP("Resident population")},
        {QStringLiteral("party_members"), QT_TR_NOOP("Party members")},
        {QStringLiteral("representatives"), QT_TR_NOOP("Villagers' representatives")},
        {QStringLiteral("adults"), QT_TR_NOOP("Adults")},
        {QStringLiteral("income_yuan"), QT_TR_NOOP("Collective income (yuan)")},
        {QStringLiteral("star_rating"), QT_TR_NOOP("Star rating")},
        {QStringLiteral("weak"), QT_TR_NOOP("Weak and lax")},
        {QStringLiteral("model_village"), QT_TR_NOOP("Model village")},
        {QStringLiteral("rule_of_law_model"), QT_TR_NOOP("Rule-of-law model village")},
        {QStringLiteral("supervision_phone"), QT_TR_NOOP("Supervision phone")},
        {QStringLiteral("since"), QT_TR_NOOP("In the ledger since")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("body"), QT_TR_NOOP("Body")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("what"), QT_TR_NOOP("Exported")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("term_id"), QT_TR_NOOP("Term")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("end_reason"), QT_TR_NOOP("Reason for leaving")},
        {QStringLiteral("review"), QT_TR_NOOP("Review")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("added_on"), QT_TR_NOOP("Added on")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("proposer"), QT_TR_NOOP("Proposed by")},
        {QStringLiteral("planned_completion"), QT_TR_NOOP("Planned completion")},
        {QStringLiteral("withdrawn_on"), QT_TR_NOOP("Withdrawn on")},
        {QStringLiteral("withdrawn_reason"), QT_TR_NOOP("Reason withdrawn")},
        {QStringLiteral("motion_source"), QT_TR_NOOP("Reason for the motion")},
        {QStringLiteral("township_attendee"), QT_TR_NOOP("Township cadre attending")},
        {QStringLiteral("supervision_opinion"), QT_TR_NOOP("Supervision committee's opinion")},
        {QStringLiteral("villager_group"), QT_TR_NOOP("Villager group")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent grid")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("leader_id"), QT_TR_NOOP("Grid leader")},
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(*it);
}

QJsonObject AuditTrail::recordValues(const QString &table, const QString &stored)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (!doc.isArray())
        return {};
    static const QHash<QString, QStringList> columns = [] {
        QHash<QString, QStringList> out;
        for (const AuditedTable &t : auditedTables())
            out.insert(t.name, t.columns);
        return out;
    }();
    const QStringList names = columns.value(table);
    const QJsonArray values = doc.array();
    QJsonObject o;
    for (qsizetype i = 0; i < values.size(); ++i)
        // A value beyond today's columns cannot come from this program; it is kept, by position.
        o.insert(i < names.size() ? names.at(i) : QStringLiteral("#%1").arg(i + 1), values.at(i));
    return o;
}

QString AuditTrail::maskValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (value.startsWith(QLatin1Char('{'))) {
        // A whole record (insert/delete): mask inside the JSON.
        QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
        if (o.isEmpty())
            return Masking::freeText(value);
        // The ID and phone fields, and every number written into the free text of the others
        // (an address, a note, a summary).
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it->isString())
                *it = isPersonal(it.key()) ? maskValue(it.key(), it->toString()) : Masking::freeText(it->toString());
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (field.contains(QLatin1String("id_number")))
        return Masking::idNumber(value);
    if (field.contains(QLatin1String("phone")))
        return Masking::phone(value);
    return Masking::freeText(value);
}

QString AuditTrail::line(const AuditEntry &e, bool masked)
{
    const QString oldValue = masked ? maskValue(e.field, e.oldValue) : e.oldValue;
    const QString newValue = masked ? maskValue(e.field, e.newValue) : e.newValue;
    QString what;
    if (e.action == QLatin1String("update"))
        what = QStringLiteral("%1: %2 → %3").arg(e.field, oldValue, newValue);
    else
        what = e.action == QLatin1String("insert") ? newValue : oldValue;
    const QString who = e.clerk.isEmpty() ? e.osUser : QStringLiteral("%1 (%2)").arg(e.clerk, e.osUser);
    const QString source = e.batch > 0 ? QStringLiteral("%1#%2").arg(e.source).arg(e.batch) : e.source;
    return QStringList{e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), who, source, e.table, e.record, e.action, what}
        .join(QLatin1Char('\t'));
}

bool AuditTrail::writeWorkbook(const QList<AuditEntry> &entries, const QString &path, bool masked, QString *error,
                               const AuditText *text)
{
    const QStringList headers = {tr("Time"),   tr("Clerk"), tr("System user"), tr("Done by"), tr("Import batch"),
                                 tr("Record type"), tr("Record"), tr("Change"), tr("Field"), tr("Old value"),
                                 tr("New value")};
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const AuditEntry &e : entries) {
        if (text) {
            const bool whole = e.action != QLatin1String("update");
            rows << QVariantList{e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                 e.clerk,
                                 e.osUser,
                                 text->source(e),
                                 e.batch > 0 ? QVariant(e.batch) : QVariant(QString()),
                                 tableName(e.table),
                                 text->record(e),
                                 actionName(e.action),
                                 e.field.isEmpty() ? QString() : text->field(e.table, e.field),
                                 whole ? (e.action == QLatin1String("delete") ? text->change(e, masked) : QString())
                                       : text->value(e.table, e.field, e.oldValue, masked),
                                 whole ? (e.action == QLatin1String("insert") ? text->change(e, masked) : QString())
                                       : text->value(e.table, e.field, e.newValue, masked)};
            continue;
        }
        rows << QVariantList{e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             e.clerk,
                             e.osUser,
                             sourceName(e.source),
                             e.batch > 0 ? QVariant(e.batch) : QVariant(QString()),
                             tableName(e.table),
                             e.record,
                             actionName(e.action),
                             e.field.isEmpty() ? QString() : fieldName(e.field),
                             masked ? maskValue(e.field, e.oldValue) : e.oldValue,
                             masked ? maskValue(e.field, e.newValue) : e.newValue};
    }
    const Result<void> written = TableExport::write(tr("Audit trail"), headers, rows, path, {},
                                                    masked ? TableExport::PersonalData::Masked
                                                           : TableExport::PersonalData::Full);
    if (!written && error)
        *error = written.message();
    return written.ok();
}

Result<void> AuditTrail::recordExport(Ledger &ledger, const QString &file, const QString &what, int rows)
{
    if (ledger.isReadOnly())
        return Error::readOnly(tr("the ledger is open read-only, so an export with full personal data cannot be "
                                  "recorded in its audit trail"));
    QString error;
    const bool ok = ledger.write(
        [&](QString *err) {
            QSqlQuery q(ledger.database());
            q.prepare(QStringLiteral("INSERT INTO export_log (file, what, rows) VALUES (?, ?, ?)"));
            q.addBindValue(file);
            q.addBindValue(what);
            q.addBindValue(rows);
            if (q.exec())
                return true;
            *err = tr("cannot record the export of %1: %2").arg(file, q.lastError().text());
            return false;
        },
        &error);
    if (!ok)
        return Error::database(error);
    return {};
}

} // namespace tl
