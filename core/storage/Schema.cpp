#include "storage/Schema.h"

#include <QRegularExpression>

namespace tl {

namespace {

// The audit trail (清廉村居: every change traceable) is kept by triggers inside the file, so no
// code path — the program, an import, a script using the command line, even another SQLite
// tool — can change ledger data without leaving its record. Who and why come from the one-row
// audit_context table, which Ledger::write() fills inside each transaction.
// Columns are listed as of schema version 7; a later migration that adds a column to an
// audited table must drop and recreate that table's triggers.
struct AuditedTableDef
{
    const char *name;
    const char *key;     // SQL expression naming the record (NEW./OLD. prefix added)
    const char *columns; // comma-separated; large blobs are left out
};

const AuditedTableDef kAudited[] = {
    {"township", "id", "name,county,clerk,phone,is_demo"},
    {"setting", "key", "key,value"},
    {"village", "id",
     "name,credit_code,groups_count,households,registered_pop,resident_pop,party_members,representatives,"
     "income_yuan,star_rating,weak,model_village,rule_of_law_model,supervision_phone,note,adults,since"},
    {"person", "id", "village_id,name,id_number,gender,birth_date,ethnicity,political,education,phone,note"},
    {"term", "id", "village_id,body,number,start_date,end_date,closed_on"},
    {"post", "id", "term_id,person_id,role,start_date,end_date,end_reason,review"},
    {"reserve_cadre", "id", "village_id,person_id,source,added_on,note"},
    {"matter", "id",
     "village_id,title,category,amount_fen,description,proposer,planned_completion,withdrawn_on,withdrawn_reason"},
    {"matter_step", "id",
     "matter_id,step,held_on,place,chair,recorder,form,expected,present,votes_for,votes_against,votes_abstain,"
     "households_expected,households_present,summary,disclosure_end,channels,signed_by,overridden,override_reason"},
    {"attachment", "id", "step_id,file_name,mime,size,added_on"},
    {"grid", "id", "village_id,parent_id,code,name,leader_id,area"},
    {"grid_worker", "grid_id || ':' || %1.person_id", "grid_id,person_id"},
    {"household", "id",
     "village_id,head_name,head_id_number,villager_group,address,people,phone,tags,grid_id,worker_id"},
    {"disclosure", "id",
     "village_id,kind,period_start,period_end,title,content,posted_on,ends_on,channels,signed_by"},
    {"finance_item", "id", "disclosure_id,position,item_date,direction,category,item,amount_fen,note"},
    {"notice_template", "kind", "kind,title,body"},
};

QString recordKey(const AuditedTableDef &t, const char *row)
{
    QString key = QStringLiteral("%1.%2").arg(QLatin1String(row), QString::fromLatin1(t.key));
    return key.replace(QStringLiteral("%1"), QLatin1String(row));
}

// How an insert or a delete holds the whole row: as an object naming each column (versions 7 to
// 13), or as an array in the order of the table's audited columns (version 14 on).
enum class RecordForm { Object, Array };

QString jsonOf(const AuditedTableDef &t, const char *row, RecordForm form = RecordForm::Object)
{
    QStringList parts;
    for (const QString &c : QString::fromLatin1(t.columns).split(QLatin1Char(',')))
        parts << (form == RecordForm::Object ? QStringLiteral("'%1', %2.%1") : QStringLiteral("%2.%1")).arg(c, QLatin1String(row));
    return (form == RecordForm::Object ? QStringLiteral("json_object(%1)") : QStringLiteral("json_array(%1)"))
        .arg(parts.join(QStringLiteral(", ")));
}

// When and by whom (from audit_context c), and the columns an audit row is written with.
const QString kAuditAt = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')");
const QString kAuditBy = QStringLiteral("c.clerk, c.os_user, c.source, c.batch");
const QString kAuditWho = kAuditAt + QStringLiteral(", ") + kAuditBy;
const QString kAuditInto = QStringLiteral("INSERT INTO audit_log (at, clerk, os_user, source, batch, tbl, record, "
                                          "action, field, old_value, new_value) ");

// The three audit triggers of one table: an insert and a delete record every column as JSON, an
// update one row per changed column. Every version that creates or recreates them uses this one
// text (audit --verify compares the triggers in the file with it).
QStringList triggerStatements(const AuditedTableDef &t, RecordForm form = RecordForm::Object)
{
    const QString &who = kAuditWho;
    const QString &into = kAuditInto;
    const QString name = QString::fromLatin1(t.name);
    QStringList s;
    s << QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 BEGIN %2 SELECT %3, '%1', %4, 'insert', '', "
                        "NULL, %5 FROM audit_context c; END")
             .arg(name, into, who, recordKey(t, "NEW"), jsonOf(t, "NEW", form));
    s << QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 BEGIN %2 SELECT %3, '%1', %4, 'delete', '', "
                        "%5, NULL FROM audit_context c; END")
             .arg(name, into, who, recordKey(t, "OLD"), jsonOf(t, "OLD", form));
    QStringList fields;
    for (const QString &c : QString::fromLatin1(t.columns).split(QLatin1Char(',')))
        fields << QStringLiteral("SELECT '%1' AS field, OLD.%1 AS old_value, NEW.%1 AS new_value").arg(c);
    s << QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 BEGIN %2 SELECT %3, '%1', %4, 'update', "
                        "f.field, f.old_value, f.new_value FROM audit_context c, (%5) f "
                        "WHERE f.old_value IS NOT f.new_value; END")
             .arg(name, into, who, recordKey(t, "NEW"), fields.join(QStringLiteral(" UNION ALL ")));
    return s;
}

QStringList auditStatements()
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE audit_context (id INTEGER PRIMARY KEY CHECK (id = 1), clerk TEXT NOT NULL DEFAULT '',"
                        " os_user TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'edit',"
                        " batch INTEGER NOT NULL DEFAULT 0)")
      << QStringLiteral("INSERT INTO audit_context (id) VALUES (1)")
      << QStringLiteral("CREATE TABLE audit_log ("
                        " id INTEGER PRIMARY KEY,"
                        " at TEXT NOT NULL,"
                        " clerk TEXT NOT NULL,"
                        " os_user TEXT NOT NULL,"
                        " source TEXT NOT NULL,"
                        " batch INTEGER NOT NULL DEFAULT 0,"
                        " tbl TEXT NOT NULL,"
                        " record TEXT NOT NULL,"
                        " action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),"
                        " field TEXT NOT NULL DEFAULT '',"
                        " old_value TEXT,"
                        " new_value TEXT)")
      << QStringLiteral("CREATE INDEX audit_log_record ON audit_log(tbl, record, id)")
      << QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)")
      // Nobody edits or deletes the trail, not even the program.
      << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END")
      << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END");
    for (const AuditedTableDef &t : kAudited)
        s += triggerStatements(t);
    return s;
}

// Version 9: the trail becomes tamper-evident. Each row carries hash = SHA-256 over the previous
// row's hash and its own fields (AuditChain), set by the program before each transaction commits;
// the only change the trail accepts is that one, once. Records that have no 'insert' in the trail
// (those older than version 7) get one as they are now (source 'baseline'), so replaying the trail
// rebuilds every audited table.
QStringList chainStatements()
{
    QStringList s;
    s << QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT")
      << QStringLiteral("DROP TRIGGER audit_log_no_update")
      << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN NOT ("
                        "OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at"
                        " AND NEW.clerk IS OLD.clerk AND NEW.os_user IS OLD.os_user AND NEW.source IS OLD.source"
                        " AND NEW.batch IS OLD.batch AND NEW.tbl IS OLD.tbl AND NEW.record IS OLD.record"
                        " AND NEW.action IS OLD.action AND NEW.field IS OLD.field AND NEW.old_value IS OLD.old_value"
                        " AND NEW.new_value IS OLD.new_value) "
                        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END");
    for (const AuditedTableDef &t : kAudited) {
        const QString name = QString::fromLatin1(t.name);
        const QString key = recordKey(t, t.name);
        s << QStringLiteral("INSERT INTO audit_log (at, clerk, os_user, source, batch, tbl, record, action, field, "
                            "old_value, new_value) SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), c.clerk, "
                            "c.os_user, 'baseline', 0, '%1', %2, 'insert', '', NULL, %3 FROM %1, audit_context c "
                            "WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.tbl = '%1' AND a.record = CAST(%2 AS TEXT) "
                            "AND a.action = 'insert') ORDER BY %2")
                 .arg(name, key, jsonOf(t, t.name));
    }
    return s;
}

// Version 10: reserve cadres have dates. Taking one off the list records when and why
// (removed_on, removed_reason) instead of deleting the record, so the list on any past date can
// be read; cadres entered without a date get the day their record was written (the audit
// trail's insert), the best the ledger knows. The trail learns of the two new columns as an
// update of every existing record, so replaying it still rebuilds the table.
const char *kReserveColumnsV10 = "village_id,person_id,source,added_on,note,removed_on,removed_reason";

QStringList reserveDatesStatements()
{
    const AuditedTableDef reserve{"reserve_cadre", "id", kReserveColumnsV10};
    QStringList s;
    s << QStringLiteral("ALTER TABLE reserve_cadre ADD COLUMN removed_on TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("ALTER TABLE reserve_cadre ADD COLUMN removed_reason TEXT NOT NULL DEFAULT ''");
    // The new columns enter the trail as they now are.
    for (const char *column : {"removed_on", "removed_reason"})
        s << QStringLiteral("INSERT INTO audit_log (at, clerk, os_user, source, batch, tbl, record, action, field, "
                            "old_value, new_value) SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), c.clerk, "
                            "c.os_user, 'migration', 0, 'reserve_cadre', r.id, 'update', '%1', NULL, r.%1 "
                            "FROM reserve_cadre r, audit_context c ORDER BY r.id")
                 .arg(QLatin1String(column));
    for (const char *action : {"insert", "update", "delete"})
        s << QStringLiteral("DROP TRIGGER audit_reserve_cadre_%1").arg(QLatin1String(action));
    // The three triggers of reserve_cadre with the version-10 columns.
    s += triggerStatements(reserve);
    // Cadres without a date: the day the trail saw them written (the update is in the trail too).
    s << QStringLiteral("UPDATE reserve_cadre SET added_on = IFNULL((SELECT substr(MIN(a.at), 1, 10) FROM audit_log a "
                        "WHERE a.tbl = 'reserve_cadre' AND a.record = CAST(reserve_cadre.id AS TEXT) "
                        "AND a.action = 'insert'), '') WHERE added_on = ''")
      << QStringLiteral("CREATE INDEX reserve_village_dates ON reserve_cadre(village_id, added_on, removed_on)");
    return s;
}



// Version 11: a step keeps every meeting held for it. A meeting without quorum decided nothing and
// is held again; the record of the step then holds the meeting held again, and the earlier
// meeting(s) stay here with their date and counts, so the timeline shows them and the township
// as of a date between the two sees the failed one.
const AuditedTableDef kStepMeeting{
    "step_meeting", "id",
    "step_id,held_on,place,chair,recorder,form,expected,present,votes_for,votes_against,votes_abstain,"
    "households_expected,households_present,summary"};

QStringList earlierMeetingStatements()
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE step_meeting ("
                        " id INTEGER PRIMARY KEY,"
                        " step_id INTEGER NOT NULL REFERENCES matter_step(id) ON DELETE CASCADE,"
                        " held_on TEXT NOT NULL,"
                        " place TEXT NOT NULL DEFAULT '',"
                        " chair TEXT NOT NULL DEFAULT '',"
                        " recorder TEXT NOT NULL DEFAULT '',"
                        " form TEXT NOT NULL DEFAULT '',"
                        " expected INTEGER, present INTEGER,"
                        " votes_for INTEGER, votes_against INTEGER, votes_abstain INTEGER,"
                        " households_expected INTEGER, households_present INTEGER,"
                        " summary TEXT NOT NULL DEFAULT '')")
      << QStringLiteral("CREATE INDEX step_meeting_step ON step_meeting(step_id, held_on)");
    return s + triggerStatements(kStepMeeting);
}

// Version 12: what county templates record besides the counts. A matter keeps why it was moved
// (动议事由: a code, see MatterText::motionSources()); the party members' meeting and the
// resolution keep the township cadre who attended (乡镇参会人员); a disclosure, of a matter's step
// or of the 三务公开 register, keeps the supervision committee's opinion (监督意见); an earlier
// meeting of a step keeps its township cadre as the step does. The trail
// learns of the new columns as an update of every existing record (as version 10 did), so
// replaying it still rebuilds the tables, and the three tables' triggers are written anew.
const char *kMatterColumnsV12 = "village_id,title,category,amount_fen,description,proposer,planned_completion,"
                                "withdrawn_on,withdrawn_reason,motion_source";
const char *kStepColumnsV12 = "matter_id,step,held_on,place,chair,recorder,form,expected,present,votes_for,"
                              "votes_against,votes_abstain,households_expected,households_present,summary,"
                              "disclosure_end,channels,signed_by,overridden,override_reason,township_attendee,"
                              "supervision_opinion";
// An earlier meeting of a step (held again after it lacked quorum) keeps its township cadre too.
const char *kStepMeetingColumnsV12 = "step_id,held_on,place,chair,recorder,form,expected,present,votes_for,votes_against,"
                                     "votes_abstain,households_expected,households_present,summary,township_attendee";
const char *kDisclosureColumnsV12 = "village_id,kind,period_start,period_end,title,content,posted_on,ends_on,channels,"
                                    "signed_by,supervision_opinion";

QStringList templateFieldStatements()
{
    struct Added
    {
        AuditedTableDef table;
        QStringList columns;
    };
    const QList<Added> added = {
        {{"matter", "id", kMatterColumnsV12}, {QStringLiteral("motion_source")}},
        {{"matter_step", "id", kStepColumnsV12}, {QStringLiteral("township_attendee"), QStringLiteral("supervision_opinion")}},
        {{"disclosure", "id", kDisclosureColumnsV12}, {QStringLiteral("supervision_opinion")}},
        {{"step_meeting", "id", kStepMeetingColumnsV12}, {QStringLiteral("township_attendee")}},
    };
    QStringList s;
    for (const Added &a : added) {
        const QString name = QString::fromLatin1(a.table.name);
        for (const QString &column : a.columns) {
            s << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT NOT NULL DEFAULT ''").arg(name, column);
            // The new column enters the trail as it now is.
            s << QStringLiteral("INSERT INTO audit_log (at, clerk, os_user, source, batch, tbl, record, action, field, "
                                "old_value, new_value) SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), c.clerk, "
                                "c.os_user, 'migration', 0, '%1', r.id, 'update', '%2', NULL, r.%2 "
                                "FROM %1 r, audit_context c ORDER BY r.id")
                     .arg(name, column);
        }
        for (const char *action : {"insert", "update", "delete"})
            s << QStringLiteral("DROP TRIGGER audit_%1_%2").arg(name, QLatin1String(action));
        s += triggerStatements(a.table);
    }
    return s;
}

} // namespace

namespace {

// The audited tables with their columns as of the newest schema (kAudited lists them as of
// version 7; versions 10 and 12 appended columns).
QList<AuditedTableDef> currentAudited()
{
    QList<AuditedTableDef> out;
    for (const AuditedTableDef &t : kAudited) {
        const char *columns = qstrcmp(t.name, "reserve_cadre") == 0 ? kReserveColumnsV10
                             : qstrcmp(t.name, "matter") == 0        ? kMatterColumnsV12
                             : qstrcmp(t.name, "matter_step") == 0   ? kStepColumnsV12
                             : qstrcmp(t.name, "disclosure") == 0    ? kDisclosureColumnsV12
                                                                     : t.columns;
        out << AuditedTableDef{t.name, t.key, columns};
    }
    out << AuditedTableDef{kStepMeeting.name, kStepMeeting.key, kStepMeetingColumnsV12};
    return out;
}

// Version 14: the trail at a third less room. An insert or a delete holds the row as a JSON array
// in the order of the table's audited columns instead of an object repeating every column's name
// (a household's insert: ~100 bytes instead of ~200). Columns are only ever appended to an
// audited table, so an array written before a column was added is a prefix of today's list
// (AuditTrail::recordValues reads both forms). From this version on, the program also seals the
// trail once per transaction instead of once per row (AuditChain::seal): only the newest row can
// get its hash.
QStringList compactTrailStatements()
{
    QStringList s;
    // The one change the trail accepts: the newest row, unsealed, gets its hash.
    s << QStringLiteral("DROP TRIGGER audit_log_no_update")
      << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN NOT ("
                        "OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id IS OLD.id"
                        " AND NEW.id = (SELECT max(id) FROM audit_log) AND NEW.at IS OLD.at"
                        " AND NEW.clerk IS OLD.clerk AND NEW.os_user IS OLD.os_user AND NEW.source IS OLD.source"
                        " AND NEW.batch IS OLD.batch AND NEW.tbl IS OLD.tbl AND NEW.record IS OLD.record"
                        " AND NEW.action IS OLD.action AND NEW.field IS OLD.field AND NEW.old_value IS OLD.old_value"
                        " AND NEW.new_value IS OLD.new_value) "
                        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END");
    // The trail by day (the history's date filter) needs only the day, not the second: the index
    // of the whole time stamp took 8 MB at county scale.
    s << QStringLiteral("DROP INDEX audit_log_at")
      << QStringLiteral("CREATE INDEX audit_log_day ON audit_log(substr(at, 1, 10))");
    // A village's households in 村民小组 order are a thousand rows to sort, not an index of 7 MB:
    // household_village_grid serves every lookup by village.
    s << QStringLiteral("DROP INDEX household_village");
    for (const AuditedTableDef &t : currentAudited()) {
        const QString name = QString::fromLatin1(t.name);
        const QStringList triggers = triggerStatements(t, RecordForm::Array);
        s << QStringLiteral("DROP TRIGGER audit_%1_insert").arg(name) << triggers.at(0)
          << QStringLiteral("DROP TRIGGER audit_%1_delete").arg(name) << triggers.at(1);
    }
    return s;
}

} // namespace

QList<AuditedTable> auditedTables()
{
    QList<AuditedTable> out;
    for (const AuditedTableDef &t : currentAudited())
        out << AuditedTable{QString::fromLatin1(t.name), QStringLiteral("%1.") + QString::fromLatin1(t.key),
                            QString::fromLatin1(t.columns).split(QLatin1Char(','))};
    out << AuditedTable{QStringLiteral("export_log"), QStringLiteral("%1.id"),
                        {QStringLiteral("file"), QStringLiteral("what"), QStringLiteral("rows")}};
    return out;
}

QString auditInsertsStatement(const QString &table)
{
    for (const AuditedTableDef &t : currentAudited())
        if (QLatin1String(t.name) == table)
            // The insert trigger's own statement (triggerStatements), over the rows instead of NEW.
            // The time is read once: 'now' is the same for every row of one statement anyway, and
            // the local time of 200,000 rows is a twentieth of the statement.
            return QStringLiteral("%1 SELECT (SELECT %2), %3, '%4', %5, 'insert', '', NULL, %6 FROM audit_context c, "
                                  "%4 n WHERE n.rowid > ? AND n.rowid <= ? ORDER BY n.rowid")
                .arg(kAuditInto, kAuditAt, kAuditBy, table, recordKey(t, "n"), jsonOf(t, "n", RecordForm::Array));
    return {};
}

QHash<QString, QString> schemaTriggers()
{
    QHash<QString, QString> out;
    static const QRegularExpression create(QStringLiteral("^CREATE TRIGGER (\\w+)"));
    static const QRegularExpression drop(QStringLiteral("^DROP TRIGGER (?:IF EXISTS )?(\\w+)"));
    for (const Migration &m : schemaMigrations())
        for (const QString &statement : m.statements) {
            if (const auto c = create.match(statement); c.hasMatch())
                out.insert(c.captured(1), statement);
            else if (const auto d = drop.match(statement); d.hasMatch())
                out.remove(d.captured(1));
        }
    return out;
}

const QVector<Migration> &schemaMigrations()
{
    static const QVector<Migration> migrations = {
        {1,
         {
             // The township this ledger belongs to: exactly one row.
             QStringLiteral("CREATE TABLE township ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " name TEXT NOT NULL,"
                            " county TEXT NOT NULL DEFAULT '',"
                            " clerk TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " is_demo INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE village ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " credit_code TEXT NOT NULL DEFAULT '',"
                            " groups_count INTEGER NOT NULL DEFAULT 0 CHECK (groups_count >= 0),"
                            " households INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),"
                            " registered_pop INTEGER NOT NULL DEFAULT 0 CHECK (registered_pop >= 0),"
                            " resident_pop INTEGER NOT NULL DEFAULT 0 CHECK (resident_pop >= 0),"
                            " party_members INTEGER NOT NULL DEFAULT 0 CHECK (party_members >= 0),"
                            " representatives INTEGER NOT NULL DEFAULT 0 CHECK (representatives >= 0),"
                            " income_yuan INTEGER NOT NULL DEFAULT 0,"
                            " star_rating INTEGER NOT NULL DEFAULT 0 CHECK (star_rating BETWEEN 0 AND 5),"
                            " weak INTEGER NOT NULL DEFAULT 0,"
                            " model_village INTEGER NOT NULL DEFAULT 0,"
                            " rule_of_law_model INTEGER NOT NULL DEFAULT 0,"
                            " supervision_phone TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE person ("
                            " id INTEGER PRIMARY KEY,"
                            " village_id INTEGER NOT NULL REFERENCES village(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " id_number TEXT NOT NULL DEFAULT '',"
                            " gender TEXT NOT NULL DEFAULT '',"
                            " birth_date TEXT NOT NULL DEFAULT '',"
                            " ethnicity TEXT NOT NULL DEFAULT '',"
                            " political TEXT NOT NULL DEFAULT '',"
                            " education TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX person_village ON person(village_id, name)"),
             // One person, one record: the ID number is unique in the township when known.
             QStringLiteral("CREATE UNIQUE INDEX person_id_number ON person(id_number) WHERE id_number <> ''"),
         }},
        {2,
         {
             // Terms (届) of the three bodies and the posts held inside them.
             QStringLiteral("CREATE TABLE term ("
                            " id INTEGER PRIMARY KEY,"
                            " village_id INTEGER NOT NULL REFERENCES village(id) ON DELETE CASCADE,"
                            " body TEXT NOT NULL CHECK (body IN ('party','committee','supervision')),"
                            " number INTEGER NOT NULL DEFAULT 1,"
                            " start_date TEXT NOT NULL,"
                            " end_date TEXT NOT NULL,"
                            " closed_on TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX term_village ON term(village_id, body, start_date)"),
             QStringLiteral("CREATE TABLE post ("
                            " id INTEGER PRIMARY KEY,"
                            " term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,"
                            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                            " role TEXT NOT NULL CHECK (role IN ('chair','deputy','member')),"
                            " start_date TEXT NOT NULL,"
                            " end_date TEXT NOT NULL DEFAULT '',"
                            " end_reason TEXT NOT NULL DEFAULT '',"
                            " review TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX post_term ON post(term_id)"),
             QStringLiteral("CREATE INDEX post_person ON post(person_id)"),
             QStringLiteral("CREATE TABLE reserve_cadre ("
                            " id INTEGER PRIMARY KEY,"
                            " village_id INTEGER NOT NULL REFERENCES village(id) ON DELETE CASCADE,"
                            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                            " source TEXT NOT NULL DEFAULT 'other',"
                            " added_on TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (person_id))"),
             QStringLiteral("CREATE INDEX reserve_village ON reserve_cadre(village_id)"),
         }},
        {3,
         {
             // 四议两公开: major matters, their six steps and the scans attached to them.
             QStringLiteral("ALTER TABLE village ADD COLUMN adults INTEGER NOT NULL DEFAULT 0 CHECK (adults >= 0)"),
             QStringLiteral("CREATE TABLE matter ("
                            " id INTEGER PRIMARY KEY,"
                            " village_id INTEGER NOT NULL REFERENCES village(id) ON DELETE CASCADE,"
                            " title TEXT NOT NULL,"
                            " category TEXT NOT NULL DEFAULT 'other',"
                            " amount_fen INTEGER NOT NULL DEFAULT 0,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " proposer TEXT NOT NULL DEFAULT '',"
                            " planned_completion TEXT NOT NULL DEFAULT '',"
                            " withdrawn_on TEXT NOT NULL DEFAULT '',"
                            " withdrawn_reason TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX matter_village ON matter(village_id)"),
             QStringLiteral("CREATE TABLE matter_step ("
                            " id INTEGER PRIMARY KEY,"
                            " matter_id INTEGER NOT NULL REFERENCES matter(id) ON DELETE CASCADE,"
                            " step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),"
                            " held_on TEXT NOT NULL,"
                            " place TEXT NOT NULL DEFAULT '',"
                            " chair TEXT NOT NULL DEFAULT '',"
                            " recorder TEXT NOT NULL DEFAULT '',"
                            " form TEXT NOT NULL DEFAULT '',"
                            " expected INTEGER, present INTEGER,"
                            " votes_for INTEGER, votes_against INTEGER, votes_abstain INTEGER,"
                            " households_expected INTEGER, households_present INTEGER,"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " disclosure_end TEXT NOT NULL DEFAULT '',"
                            " channels TEXT NOT NULL DEFAULT '',"
                            " signed_by TEXT NOT NULL DEFAULT '',"
                            " overridden INTEGER NOT NULL DEFAULT 0,"
                            " override_reason TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (matter_id, step))"),
             QStringLiteral("CREATE TABLE attachment ("
                            " id INTEGER PRIMARY KEY,"
                            " step_id INTEGER NOT NULL REFERENCES matter_step(id) ON DELETE CASCADE,"
                            " file_name TEXT NOT NULL,"
                            " mime TEXT NOT NULL DEFAULT '',"
                            " size INTEGER NOT NULL,"
                            " data BLOB NOT NULL,"
                            " added_on TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX attachment_step ON attachment(step_id)"),
         }},
        {4,
         {
             // 网格化治理: grids (with optional sub-grids), their staff, households and the history of
             // which grid and 网格员 looked after each household.
             QStringLiteral("CREATE TABLE grid ("
                            " id INTEGER PRIMARY KEY,"
                            " village_id INTEGER NOT NULL REFERENCES village(id) ON DELETE CASCADE,"
                            " parent_id INTEGER REFERENCES grid(id) ON DELETE CASCADE,"
                            " code TEXT NOT NULL DEFAULT '',"
                            " name TEXT NOT NULL,"
                            " leader_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
                            " area TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (village_id, name))"),
             QStringLiteral("CREATE INDEX grid_village ON grid(village_id)"),
             QStringLiteral("CREATE TABLE grid_worker ("
                            " grid_id INTEGER NOT NULL REFERENCES grid(id) ON DELETE CASCADE,"
                            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (grid_id, person_id))"),
             QStringLiteral("CREATE INDEX grid_worker_person ON grid_worker(person_id)"),
             QStringLiteral("CREATE TABLE household ("
                            " id INTEGER PRIMARY KEY,"
                            " village_id INTEGER NOT NULL REFERENCES village(id) ON DELETE CASCADE,"
                            " head_name TEXT NOT NULL,"
                            " head_id_number TEXT NOT NULL DEFAULT '',"
                            " villager_group TEXT NOT NULL DEFAULT '',"
                            " address TEXT NOT NULL DEFAULT '',"
                            " people INTEGER NOT NULL DEFAULT 1 CHECK (people >= 0),"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " tags TEXT NOT NULL DEFAULT '',"
                            " grid_id INTEGER REFERENCES grid(id) ON DELETE SET NULL,"
                            " worker_id INTEGER REFERENCES person(id) ON DELETE SET NULL)"),
             QStringLiteral("CREATE INDEX household_village ON household(village_id, villager_group, id)"),
             QStringLiteral("CREATE INDEX household_grid ON household(grid_id)"),
             QStringLiteral("CREATE INDEX household_worker ON household(worker_id)"),
             QStringLiteral("CREATE INDEX household_head_id ON household(head_id_number)"),
             QStringLiteral("CREATE INDEX household_head_name ON household(village_id, head_name)"),
             QStringLiteral("CREATE INDEX household_head_name_all ON household(head_name)"),
             QStringLiteral("CREATE INDEX household_phone ON household(phone)"),
             QStringLiteral("CREATE TABLE household_assignment ("
                            " id INTEGER PRIMARY KEY,"
                            " household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,"
                            " grid_id INTEGER,"
                            " worker_id INTEGER,"
                            " assigned_on TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX household_assignment_household ON household_assignment(household_id)"),
         }},
        {5,
         {
             // 三务公开: the disclosure register, finance items, and the clerk's notice templates.
             QStringLiteral("ALTER TABLE village ADD COLUMN since TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE disclosure ("
                            " id INTEGER PRIMARY KEY,"
                            " village_id INTEGER NOT NULL REFERENCES village(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL CHECK (kind IN ('party','affairs','finance')),"
                            " period_start TEXT NOT NULL,"
                            " period_end TEXT NOT NULL,"
                            " title TEXT NOT NULL,"
                            " content TEXT NOT NULL DEFAULT '',"
                            " posted_on TEXT NOT NULL DEFAULT '',"
                            " ends_on TEXT NOT NULL DEFAULT '',"
                            " channels TEXT NOT NULL DEFAULT '',"
                            " signed_by TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX disclosure_village ON disclosure(village_id, kind, period_start)"),
             QStringLiteral("CREATE TABLE finance_item ("
                            " id INTEGER PRIMARY KEY,"
                            " disclosure_id INTEGER NOT NULL REFERENCES disclosure(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " item_date TEXT NOT NULL DEFAULT '',"
                            " direction TEXT NOT NULL CHECK (direction IN ('income','expense')),"
                            " category TEXT NOT NULL DEFAULT '',"
                            " item TEXT NOT NULL,"
                            " amount_fen INTEGER NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX finance_item_disclosure ON finance_item(disclosure_id, position)"),
             QStringLiteral("CREATE TABLE notice_template (kind TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL)"),
         }},
        {6,
         {
             // Every import: what came in from which file, and what became of its rows.
             QStringLiteral("CREATE TABLE import_log ("
                            " id INTEGER PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " file TEXT NOT NULL,"
                            " sheet TEXT NOT NULL DEFAULT '',"
                            " rows_read INTEGER NOT NULL,"
                            " imported INTEGER NOT NULL,"
                            " updated INTEGER NOT NULL,"
                            " skipped INTEGER NOT NULL,"
                            " rejected INTEGER NOT NULL,"
                            " clerk TEXT NOT NULL DEFAULT '',"
                            " os_user TEXT NOT NULL DEFAULT '')"),
         }},
        // The audit trail: see auditStatements().
        {7, auditStatements()},
        {8,
         {
             // Households per village and grid (reports, overview) from the index alone.
             QStringLiteral("CREATE INDEX household_village_grid ON household(village_id, grid_id, people)"),
         }},
        {9,
         QStringList{
             // Exports with full ID and phone numbers (the clerk's deliberate choice): one row per
             // file written, recorded in the audit trail (who, when, which file) by its trigger and,
             // like the trail, never changed or removed.
             QStringLiteral("CREATE TABLE export_log ("
                            " id INTEGER PRIMARY KEY,"
                            " file TEXT NOT NULL,"
                            " what TEXT NOT NULL DEFAULT '',"
                            " rows INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TRIGGER audit_export_log_insert AFTER INSERT ON export_log BEGIN "
                            "INSERT INTO audit_log (at, clerk, os_user, source, batch, tbl, record, action, field, "
                            "old_value, new_value) SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), c.clerk, "
                            "c.os_user, 'export', c.batch, 'export_log', NEW.id, 'insert', '', NULL, "
                            "json_object('file', NEW.file, 'what', NEW.what, 'rows', NEW.rows) FROM audit_context c; END"),
             QStringLiteral("CREATE TRIGGER export_log_no_update BEFORE UPDATE ON export_log "
                            "BEGIN SELECT RAISE(ABORT, 'the export log cannot be changed'); END"),
             QStringLiteral("CREATE TRIGGER export_log_no_delete BEFORE DELETE ON export_log "
                            "BEGIN SELECT RAISE(ABORT, 'the export log cannot be changed'); END"),
         } + chainStatements()},
        {10, reserveDatesStatements()},
        {11, earlierMeetingStatements()},
        {12, templateFieldStatements()},
        {13,
         {
             // The household search reads names, addresses and numbers from memory
             // (HouseholdSearch): these indexes only cost room (12 MB at county scale) and time
             // on every household written.
             QStringLiteral("DROP INDEX household_head_name"),
             QStringLiteral("DROP INDEX household_head_name_all"),
             QStringLiteral("DROP INDEX household_phone"),
             // Households per village, grid and 网格员 (findings, reports) from the index alone,
             // in the order they are grouped.
             QStringLiteral("DROP INDEX household_village_grid"),
             QStringLiteral("CREATE INDEX household_village_grid ON household(village_id, grid_id, worker_id, people)"),
         }},
        {14, compactTrailStatements()},
    };
    return migrations;
}

} // namespace tl
