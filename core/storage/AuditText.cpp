#include "storage/AuditText.h"

#include "disclosures/Disclosures.h"
#include "disclosures/Notices.h"
#include "grids/Grids.h"
#include "matters/Deliberation.h"
#include "model/Domain.h"
#include "model/Masking.h"
#include "storage/Ledger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tl {

namespace {
QString grouped(qint64 whole)
{
    QString s = QString::number(std::abs(whole));
    for (qsizetype at = s.size() - 3; at > 0; at -= 3)
        s.insert(at, QLatin1Char(','));
    return whole < 0 ? QLatin1Char('-') + s : s;
}

QString yuanOfFen(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    fen = std::abs(fen);
    return AuditText::tr("%1 yuan").arg(sign + grouped(fen / 100) + QStringLiteral(".%1").arg(fen % 100, 2, 10, QLatin1Char('0')));
}

bool isFlag(const QString &field)
{
    static const QStringList flags{QStringLiteral("is_demo"), QStringLiteral("weak"), QStringLiteral("model_village"),
                                   QStringLiteral("rule_of_law_model"), QStringLiteral("overridden")};
    return flags.contains(field);
}

// Columns that hold the id of another record, and that record's table.
QString referencedTable(const QString &table, const QString &field)
{
    if (field == QLatin1String("village_id")) return QStringLiteral("village");
    if (field == QLatin1String("person_id") || field == QLatin1String("leader_id") || field == QLatin1String("worker_id"))
        return QStringLiteral("person");
    if (field == QLatin1String("grid_id") || field == QLatin1String("parent_id")) return QStringLiteral("grid");
    if (field == QLatin1String("term_id")) return QStringLiteral("term");
    if (field == QLatin1String("matter_id")) return QStringLiteral("matter");
    if (field == QLatin1String("step_id")) return QStringLiteral("matter_step");
    if (field == QLatin1String("disclosure_id")) return QStringLiteral("disclosure");
    if (field == QLatin1String("id")) return table;
    return {};
}
} // namespace

AuditText::AuditText(Ledger &ledger) : m_ledger(ledger) {}

QString AuditText::field(const QString &table, const QString &f) const
{
    if (table == QLatin1String("household") && f == QLatin1String("worker_id"))
        return tr("Grid worker");
    if (table == QLatin1String("matter_step") && f == QLatin1String("held_on"))
        return tr("Date");
    if (table == QLatin1String("finance_item") && f == QLatin1String("direction"))
        return tr("Income or expense");
    static const QHash<QString, const char *> more = {
        {QStringLiteral("id"), QT_TR_NOOP("Number")},
        {QStringLiteral("matter_id"), QT_TR_NOOP("Matter")},
        {QStringLiteral("step"), QT_TR_NOOP("Step")},
        {QStringLiteral("place"), QT_TR_NOOP("Place")},
        {QStringLiteral("chair"), QT_TR_NOOP("Chaired by")},
        {QStringLiteral("recorder"), QT_TR_NOOP("Minutes taken by")},
        {QStringLiteral("form"), QT_TR_NOOP("Form of resolution")},
        {QStringLiteral("expected"), QT_TR_NOOP("Expected")},
        {QStringLiteral("present"), QT_TR_NOOP("Present")},
        {QStringLiteral("votes_for"), QT_TR_NOOP("Votes for")},
        {QStringLiteral("votes_against"), QT_TR_NOOP("Votes against")},
        {QStringLiteral("votes_abstain"), QT_TR_NOOP("Abstentions")},
        {QStringLiteral("households_expected"), QT_TR_NOOP("Households expected")},
        {QStringLiteral("households_present"), QT_TR_NOOP("Households present")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("disclosure_end"), QT_TR_NOOP("Disclosed until")},
        {QStringLiteral("channels"), QT_TR_NOOP("Where posted")},
        {QStringLiteral("signed_by"), QT_TR_NOOP("Signed by (supervision committee)")},
        {QStringLiteral("overridden"), QT_TR_NOOP("Rule overridden")},
        {QStringLiteral("override_reason"), QT_TR_NOOP("Reason for the override")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File name")},
        {QStringLiteral("mime"), QT_TR_NOOP("File type")},
        {QStringLiteral("size"), QT_TR_NOOP("Size")},
        {QStringLiteral("data"), QT_TR_NOOP("Contents")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("period_start"), QT_TR_NOOP("Period from")},
        {QStringLiteral("period_end"), QT_TR_NOOP("Period to")},
        {QStringLiteral("content"), QT_TR_NOOP("Content")},
        {QStringLiteral("posted_on"), QT_TR_NOOP("Posted on")},
        {QStringLiteral("ends_on"), QT_TR_NOOP("Taken down on")},
        {QStringLiteral("disclosure_id"), QT_TR_NOOP("Disclosure")},
        {QStringLiteral("position"), QT_TR_NOOP("Line")},
        {QStringLiteral("item_date"), QT_TR_NOOP("Date")},
        {QStringLiteral("item"), QT_TR_NOOP("Item")},
        {QStringLiteral("amount_fen"), QT_TR_NOOP("Amount")},
        {QStringLiteral("step_id"), QT_TR_NOOP("Matter step")},
    };
    const auto it = more.constFind(f);
    return it != more.cend() ? tr(*it) : AuditTrail::fieldName(f);
}

QString AuditText::lookup(const QString &sql, qint64 id) const
{
    const QString key = sql + QLatin1Char('#') + QString::number(id);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.cend())
        return *it;
    QSqlQuery q(m_ledger.database());
    q.prepare(sql);
    q.addBindValue(id);
    const QString v = q.exec() && q.next() ? q.value(0).toString() : QString();
    m_cache.insert(key, v);
    return v;
}

QString AuditText::reference(const QString &table, qint64 id) const
{
    QString name;
    if (table == QLatin1String("village") || table == QLatin1String("person") || table == QLatin1String("grid"))
        name = lookup(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table), id);
    else if (table == QLatin1String("household"))
        name = lookup(QStringLiteral("SELECT head_name FROM household WHERE id = ?"), id);
    else if (table == QLatin1String("matter") || table == QLatin1String("disclosure"))
        name = lookup(QStringLiteral("SELECT title FROM %1 WHERE id = ?").arg(table), id);
    else if (table == QLatin1String("term")) {
        const QString body = lookup(QStringLiteral("SELECT body FROM term WHERE id = ?"), id);
        const QString number = lookup(QStringLiteral("SELECT number FROM term WHERE id = ?"), id);
        if (!body.isEmpty())
            name = tr("%1, term %2").arg(DomainText::body(bodyFromCode(body)), number);
    } else if (table == QLatin1String("matter_step")) {
        const QString matter = lookup(QStringLiteral("SELECT m.title FROM matter_step s JOIN matter m ON m.id = s.matter_id WHERE s.id = ?"), id);
        const QString step = lookup(QStringLiteral("SELECT step FROM matter_step WHERE id = ?"), id);
        if (!matter.isEmpty())
            name = tr("%1, %2").arg(matter, MatterText::step(MatterStep(step.toInt())));
    }
    // A record since deleted is still named by its number. A title may hold a phone number typed
    // into it: a label never shows one whole.
    return name.isEmpty() ? tr("%1 no. %2").arg(AuditTrail::tableName(table)).arg(id) : Masking::freeText(name);
}

QString AuditText::value(const QString &table, const QString &f, const QString &stored, bool masked) const
{
    const QString v = masked ? AuditTrail::maskValue(f, stored) : stored;
    if (v.isEmpty())
        return v;
    if (isFlag(f))
        return v == QLatin1String("0") || v == QLatin1String("false") ? tr("No") : tr("Yes");
    const QString ref = referencedTable(table, f);
    if (!ref.isEmpty() && f != QLatin1String("id")) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        return ok ? reference(ref, id) : v;
    }
    if (f == QLatin1String("amount_fen"))
        return yuanOfFen(v.toLongLong());
    if (f == QLatin1String("income_yuan"))
        return tr("%1 yuan").arg(grouped(v.toLongLong()));
    if (f == QLatin1String("gender")) return DomainText::gender(genderFromCode(v));
    if (f == QLatin1String("education")) return DomainText::education(educationFromCode(v));
    if (f == QLatin1String("political")) return DomainText::political(politicalFromCode(v));
    if (f == QLatin1String("body") && table == QLatin1String("term")) return DomainText::body(bodyFromCode(v));
    if (f == QLatin1String("review"))
        return DomainText::review(v == QLatin1String("passed") ? ReviewResult::Passed
                                  : v == QLatin1String("failed") ? ReviewResult::Failed
                                                                 : ReviewResult::NotReviewed);
    if (f == QLatin1String("role")) // the body is the term's; the post says which rank
        return roleFromCode(v) == Role::Chair ? tr("Chair") : roleFromCode(v) == Role::Deputy ? tr("Deputy") : tr("Member");
    if (f == QLatin1String("source") && table == QLatin1String("reserve_cadre")) return DomainText::reserveSource(v);
    if (f == QLatin1String("category") && table == QLatin1String("matter")) return MatterText::category(v);
    if (f == QLatin1String("motion_source")) {
        const QString text = MatterText::motionSource(v);
        return text.isEmpty() ? v : text;
    }
    if (f == QLatin1String("step") && table == QLatin1String("matter_step")) return MatterText::step(MatterStep(v.toInt()));
    if (f == QLatin1String("form"))
        return MatterText::form(v == QLatin1String("villagers")         ? ResolutionForm::VillagersMeeting
                                : v == QLatin1String("representatives") ? ResolutionForm::RepresentativesMeeting
                                                                        : ResolutionForm::None);
    if (f == QLatin1String("kind") && table == QLatin1String("disclosure")) {
        const auto k = DisclosureText::kindFromCode(v);
        return k ? DisclosureText::kind(*k) : v;
    }
    if (f == QLatin1String("kind") && table == QLatin1String("notice_template")) {
        for (NoticeKind k : {NoticeKind::Resolution, NoticeKind::Result, NoticeKind::Finance, NoticeKind::General})
            if (NoticeTemplates::kindCode(k) == v)
                return NoticeTemplates::kindName(k);
        return v;
    }
    if (f == QLatin1String("direction"))
        return v == QLatin1String("income") ? tr("Income") : v == QLatin1String("expense") ? tr("Expense") : v;
    if (f == QLatin1String("data"))
        return tr("(file contents)");
    if (f == QLatin1String("tags")) { // stored ",dibao,veteran,"
        QStringList names;
        for (const QString &code : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << HouseholdText::tag(code.trimmed());
        return names.join(QStringLiteral("、"));
    }
    return v;
}

QString AuditText::record(const AuditEntry &e) const
{
    bool ok = false;
    const qint64 id = e.record.toLongLong(&ok);
    if (!ok)
        return e.table == QLatin1String("grid_worker") ? QString() : e.record; // a setting's key, a pair
    return reference(e.table, id);
}

QString AuditText::source(const AuditEntry &e) const
{
    const QString name = AuditTrail::sourceName(e.source);
    if (e.batch <= 0)
        return name;
    const QString file = lookup(QStringLiteral("SELECT file FROM import_log WHERE id = ?"), e.batch);
    return file.isEmpty() ? tr("%1 (batch %2)").arg(name).arg(e.batch)
                          : tr("%1 (batch %2, %3)").arg(name).arg(e.batch).arg(file.section(QLatin1Char('/'), -1));
}

QString AuditText::change(const AuditEntry &e, bool masked) const
{
    if (e.action == QLatin1String("update")) {
        auto shown = [&](const QString &stored) {
            const QString v = value(e.table, e.field, stored, masked);
            return v.isEmpty() ? tr("(empty)") : v;
        };
        return tr("%1: %2 → %3").arg(field(e.table, e.field), shown(e.oldValue), shown(e.newValue));
    }
    const QString whole = e.action == QLatin1String("insert") ? e.newValue : e.oldValue;
    const QJsonObject o = QJsonDocument::fromJson(whole.toUtf8()).object();
    if (o.isEmpty())
        return masked ? AuditTrail::maskValue(e.field, whole) : whole;
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString stored = it->isString() ? it->toString() : it->isDouble() ? QString::number(qint64(it->toDouble()))
                                                 : it->isBool() ? QString::number(it->toBool() ? 1 : 0) : QString();
        if (stored.isEmpty() || it.key() == QLatin1String("id"))
            continue;
        parts << tr("%1: %2").arg(field(e.table, it.key()), value(e.table, it.key(), stored, masked));
    }
    return parts.join(tr(", "));
}

QString AuditText::line(const AuditEntry &e, bool masked) const
{
    const QString who = e.clerk.isEmpty() ? e.osUser : tr("%1 (%2)").arg(e.clerk, e.osUser);
    return QStringList{e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), who, source(e), AuditTrail::tableName(e.table),
                       record(e), AuditTrail::actionName(e.action), change(e, masked)}
        .join(QLatin1Char('\t'));
}

} // namespace tl
