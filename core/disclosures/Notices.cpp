#include "disclosures/Notices.h"

#include "disclosures/Disclosures.h"
#include "storage/AtomicFile.h"
#include "disclosures/NoticeLayout.h"
#include "disclosures/PdfText.h"
#include "storage/Ledger.h"
#include "model/Masking.h"
#include "matters/MatterBoard.h"
#include "matters/MatterRepository.h"
#include "storage/Settings.h"
#include "storage/SqlUtil.h"
#include "model/VillageRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace tl {

namespace {
// Placeholders whose values are HTML made by the builder (tables, numbered meeting lists).
const QStringList kRawPlaceholders{QStringLiteral("meetings"), QStringLiteral("items_table")};

// 380,000.00: thousands grouped as on a Chinese bulletin board or bank slip; exact (no floating point).
QString yuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    fen = std::abs(fen);
    QString whole = QString::number(fen / 100);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QLatin1Char(','));
    return sign + QStringLiteral("%1.%2").arg(whole).arg(fen % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

QString NoticeTemplates::kindCode(NoticeKind k)
{
    switch (k) {
    case NoticeKind::Resolution: return QStringLiteral("resolution");
    case NoticeKind::Result: return QStringLiteral("result");
    case NoticeKind::Finance: return QStringLiteral("finance");
    case NoticeKind::General: return QStringLiteral("general");
    }
    return {};
}

QString NoticeTemplates::kindName(NoticeKind k)
{
    switch (k) {
    case NoticeKind::Resolution: return tr("Resolution disclosure");
    case NoticeKind::Result: return tr("Result disclosure");
    case NoticeKind::Finance: return tr("Finance disclosure");
    case NoticeKind::General: return tr("Village or party affairs notice");
    }
    return {};
}

QStringList NoticeTemplates::placeholders(NoticeKind kind)
{
    QStringList common{QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("issuer"),
                       QStringLiteral("date"), QStringLiteral("period_start"), QStringLiteral("period_end"),
                       QStringLiteral("supervision_phone")};
    switch (kind) {
    case NoticeKind::Resolution:
        return common + QStringList{QStringLiteral("matter"), QStringLiteral("category"), QStringLiteral("amount"),
                                    QStringLiteral("amount_clause"), QStringLiteral("meetings"), QStringLiteral("outcome"),
                                    QStringLiteral("resolution_date"), QStringLiteral("description")};
    case NoticeKind::Result:
        return common + QStringList{QStringLiteral("matter"), QStringLiteral("category"), QStringLiteral("amount"),
                                    QStringLiteral("amount_clause"), QStringLiteral("resolution_date"),
                                    QStringLiteral("result")};
    case NoticeKind::Finance:
        return common + QStringList{QStringLiteral("title"), QStringLiteral("period"), QStringLiteral("content"),
                                    QStringLiteral("items_table"), QStringLiteral("income_total"),
                                    QStringLiteral("expense_total")};
    case NoticeKind::General:
        return common + QStringList{QStringLiteral("title"), QStringLiteral("period"), QStringLiteral("content"),
                                    QStringLiteral("kind")};
    }
    return common;
}

NoticeTemplate NoticeTemplates::defaults(NoticeKind kind)
{
    NoticeTemplate t;
    t.kind = kind;
    switch (kind) {
    case NoticeKind::Resolution:
        t.title = tr("Notice of the resolution on {{matter}}");
        t.body = tr("To all villagers of {{village}}:\n\n"
                    "Following the procedure of the four deliberations and two disclosures, the matter "
                    "\"{{matter}}\" ({{category}}{{amount_clause}}) went through these meetings:\n\n"
                    "{{meetings}}\n\n"
                    "{{outcome}}\n\n"
                    "It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections "
                    "may turn to the village affairs supervision committee, telephone {{supervision_phone}}.");
        break;
    case NoticeKind::Result:
        t.title = tr("Notice of the result of {{matter}}");
        t.body = tr("To all villagers of {{village}}:\n\n"
                    "The matter \"{{matter}}\" ({{category}}{{amount_clause}}), resolved on {{resolution_date}}, "
                    "has been carried out. The result is as follows:\n\n"
                    "{{result}}\n\n"
                    "It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections "
                    "may turn to the village affairs supervision committee, telephone {{supervision_phone}}.");
        break;
    case NoticeKind::Finance:
        t.title = tr("{{village}} finance disclosure for {{period}}");
        t.body = tr("{{content}}\n\n"
                    "{{items_table}}\n\n"
                    "Income in total {{income_total}} yuan, expenses in total {{expense_total}} yuan.\n\n"
                    "It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the "
                    "village affairs supervision committee, telephone {{supervision_phone}}.");
        break;
    case NoticeKind::General:
        t.title = tr("{{title}}");
        t.body = tr("{{content}}\n\n"
                    "It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the "
                    "village affairs supervision committee, telephone {{supervision_phone}}.");
        break;
    }
    return t;
}

namespace {
// Walks a template; calls onText for literal text and onName for each {{name}}. Returns an error.
QString walk(const QString &text, const std::function<void(const QString &)> &onText,
             const std::function<bool(const QString &, int line)> &onName)
{
    qsizetype i = 0;
    int line = 1;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), i);
        const qsizetype strayClose = text.indexOf(QStringLiteral("}}"), i);
        if (strayClose >= 0 && (open < 0 || strayClose < open)) {
            line += int(text.mid(i, strayClose - i).count(QLatin1Char('\n')));
            return NoticeTemplates::tr("line %1: \"}}\" without \"{{\"").arg(line);
        }
        if (open < 0) {
            onText(text.mid(i));
            return {};
        }
        onText(text.mid(i, open - i));
        line += int(text.mid(i, open - i).count(QLatin1Char('\n')));
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        const qsizetype nextOpen = text.indexOf(QStringLiteral("{{"), open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return NoticeTemplates::tr("line %1: \"{{\" is not closed with \"}}\"").arg(line);
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        if (!onName(name, line))
            return NoticeTemplates::tr("line %1: unknown placeholder {{%2}}").arg(line).arg(name);
        i = close + 2;
    }
    return {};
}
} // namespace

QString NoticeTemplates::check(const NoticeTemplate &t)
{
    const QStringList known = placeholders(t.kind);
    auto none = [](const QString &) {};
    auto ok = [&](const QString &name, int) { return known.contains(name); };
    if (t.title.trimmed().isEmpty())
        return tr("the title is empty");
    if (t.body.trimmed().isEmpty())
        return tr("the text is empty");
    QString e = walk(t.title, none, ok);
    if (!e.isEmpty())
        return tr("title, %1").arg(e);
    e = walk(t.body, none, ok);
    if (!e.isEmpty())
        return tr("text, %1").arg(e);
    return {};
}

QString NoticeTemplates::fill(const QString &text, const QHash<QString, QString> &values, const QStringList &keepWhole,
                              QString *error)
{
    QString out;
    const QString e = walk(
        text, [&](const QString &literal) { out += Masking::freeText(literal, keepWhole); },
        [&](const QString &name, int) {
            if (!values.contains(name))
                return false;
            const QString v = values.value(name);
            out += kRawPlaceholders.contains(name) ? v : Masking::freeText(v, keepWhole);
            return true;
        });
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return {};
    }
    return out;
}

NoticeTemplate NoticeTemplates::load(Ledger &ledger, NoticeKind kind)
{
    QSqlQuery q(ledger.database());
    q.prepare(QStringLiteral("SELECT title, body FROM notice_template WHERE kind = ?"));
    q.addBindValue(kindCode(kind));
    if (q.exec() && q.next())
        return NoticeTemplate{kind, q.value(0).toString(), q.value(1).toString()};
    return defaults(kind);
}

bool NoticeTemplates::save(Ledger &ledger, const NoticeTemplate &t, QString *error)
{
    const QString problem = check(t);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("The template of the %1 cannot be used: %2").arg(kindName(t.kind), problem);
        return false;
    }
    return ledger.write(
        [&](QString *err) {
            QSqlQuery q(ledger.database());
            q.prepare(QStringLiteral("INSERT INTO notice_template (kind, title, body) VALUES (?,?,?) "
                                     "ON CONFLICT(kind) DO UPDATE SET title = excluded.title, body = excluded.body"));
            q.addBindValue(kindCode(t.kind));
            q.addBindValue(sql::text(t.title));
            q.addBindValue(sql::text(t.body));
            return sql::exec(q, err);
        },
        error);
}

std::optional<NoticeTemplate> NoticeTemplates::stored(Ledger &ledger, NoticeKind kind)
{
    QSqlQuery q(ledger.database());
    q.prepare(QStringLiteral("SELECT title, body FROM notice_template WHERE kind = ?"));
    q.addBindValue(kindCode(kind));
    if (q.exec() && q.next())
        return NoticeTemplate{kind, q.value(0).toString(), q.value(1).toString()};
    return std::nullopt;
}

bool NoticeTemplates::restore(Ledger &ledger, NoticeKind kind, const std::optional<NoticeTemplate> &t, QString *error)
{
    return ledger.write(
        [&](QString *err) {
            QSqlQuery q(ledger.database());
            if (!t) {
                q.prepare(QStringLiteral("DELETE FROM notice_template WHERE kind = ?"));
                q.addBindValue(kindCode(kind));
                return sql::exec(q, err);
            }
            q.prepare(QStringLiteral("INSERT INTO notice_template (kind, title, body) VALUES (?,?,?) "
                                     "ON CONFLICT(kind) DO UPDATE SET title = excluded.title, body = excluded.body"));
            q.addBindValue(kindCode(kind));
            q.addBindValue(t->title);
            q.addBindValue(t->body);
            return sql::exec(q, err);
        },
        error);
}

namespace {
QString longDate(const QDate &d)
{
    if (!d.isValid())
        return QString();
    return NoticeBuilder::tr("%1-%2-%3", "a date written out on a notice: year, month, day")
        .arg(d.year())
        .arg(d.month())
        .arg(d.day());
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// "全体村民：" starts at the margin; a paragraph that merely ends in a colon ("…以下程序：") is indented.
bool isSalutation(const QString &p)
{
    const bool colon = p.endsWith(QLatin1Char(':')) || p.endsWith(QChar(0xFF1A));
    return colon && p.size() <= 40 && !p.contains(QLatin1Char('\n')) && !p.contains(QChar(0xFF0C)) && !p.contains(QLatin1Char(',')) &&
           !p.contains(QChar(0x3002));
}

// Turns a filled template body into paragraphs: blank lines separate them; a paragraph made only
// of builder HTML (a table, a list) is inserted as it is.
QString paragraphs(const QString &filled)
{
    QString html;
    for (const QString &part : filled.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.startsWith(QLatin1String("<table")) || p.startsWith(QLatin1String("<div")))
            html += p;
        else
            // The salutation (ending in a colon) starts at the margin; paragraphs are indented.
            html += QStringLiteral("<p class=\"%1\">%2</p>").arg(isSalutation(p) ? QStringLiteral("salute") : QStringLiteral("body"),
                                                                 escaped(p));
    }
    return html;
}

bool finish(const NoticeTemplate &t, const QHash<QString, QString> &values, const QStringList &keep,
            NoticeDocument *out, QString *error)
{
    const QString problem = NoticeTemplates::check(t);
    if (!problem.isEmpty()) {
        if (error)
            *error = NoticeTemplates::tr("The template of the %1 cannot be used: %2")
                         .arg(NoticeTemplates::kindName(t.kind), problem);
        return false;
    }
    QString e;
    out->title = NoticeTemplates::fill(t.title, values, keep, &e);
    // Plain values are escaped paragraph by paragraph afterwards; builder HTML stands alone.
    const QString body = NoticeTemplates::fill(t.body, values, keep, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    out->html = paragraphs(body);
    out->issuer = values.value(QStringLiteral("issuer"));
    out->date = values.value(QStringLiteral("date"));
    return true;
}

// Who of the 村务监督委员会 reviewed the disclosure, a line to sign by hand when nobody is recorded,
// and the committee's opinion (监督意见) when recorded; free text never shows a number whole.
QString supervisionLine(const QString &signedBy, const QString &opinion = QString())
{
    const QString line = signedBy.trimmed().isEmpty()
        ? NoticeBuilder::tr("Reviewed by the village affairs supervision committee (signature): ______________")
        : NoticeBuilder::tr("Reviewed by the village affairs supervision committee: %1").arg(signedBy.trimmed());
    if (opinion.trimmed().isEmpty())
        return line;
    return NoticeBuilder::tr("%1 (opinion: %2)", "supervision line, its opinion").arg(line, Masking::freeText(opinion.trimmed()));
}

const StepRecord *stepOf(const QList<StepRecord> &steps, MatterStep s)
{
    for (const StepRecord &r : steps)
        if (r.step == s)
            return &r;
    return nullptr;
}

QString meetingLine(const StepRecord &r)
{
    QString counts;
    if (r.expected && r.present)
        counts = NoticeBuilder::tr("%1 expected, %2 present").arg(*r.expected).arg(*r.present);
    if (r.votesFor)
        counts += NoticeBuilder::tr("; %1 for, %2 against, %3 abstaining")
                      .arg(*r.votesFor)
                      .arg(r.votesAgainst.value_or(0))
                      .arg(r.votesAbstain.value_or(0));
    QString what;
    switch (r.step) {
    case MatterStep::PartyProposal: what = NoticeBuilder::tr("the village party organisation proposed it at its committee meeting"); break;
    case MatterStep::JointDeliberation: what = NoticeBuilder::tr("the joint meeting of the two committees deliberated it"); break;
    case MatterStep::MembersReview: what = NoticeBuilder::tr("the party members' meeting reviewed it"); break;
    case MatterStep::Resolution:
        what = r.form == ResolutionForm::VillagersMeeting ? NoticeBuilder::tr("the villagers' meeting voted on it")
                                                          : NoticeBuilder::tr("the villagers' representatives meeting voted on it");
        break;
    default: break;
    }
    return counts.isEmpty() ? NoticeBuilder::tr("On %1 %2.").arg(longDate(r.date), what)
                            : NoticeBuilder::tr("On %1 %2 (%3).").arg(longDate(r.date), what, counts);
}
} // namespace

bool NoticeBuilder::forMatter(Ledger &ledger, qint64 matterId, NoticeKind kind, const QDate &date, NoticeDocument *out,
                              QString *error)
{
    MatterRepository matters(ledger);
    const std::optional<Matter> m = matters.get(matterId);
    if (!m) {
        if (error)
            *error = tr("matter %1 does not exist").arg(matterId);
        return false;
    }
    const std::optional<Village> v = VillageRepository(ledger).get(m->villageId);
    const QList<StepRecord> steps = matters.steps(matterId);
    const DeliberationSettings settings = SettingsStore(ledger).deliberation();
    const std::optional<MatterStep> rejected = Deliberation::rejectedAt(steps, settings);
    const StepRecord *decided = rejected ? stepOf(steps, *rejected) : stepOf(steps, MatterStep::Resolution);
    if (kind == NoticeKind::Resolution && !decided) {
        if (error)
            *error = tr("\"%1\" has no resolution yet (step 4 is not recorded)").arg(m->title);
        return false;
    }
    const StepRecord *disclosure = stepOf(steps, kind == NoticeKind::Resolution ? MatterStep::ResolutionDisclosure
                                                                              : MatterStep::ResultDisclosure);
    if (kind == NoticeKind::Result && (rejected || !stepOf(steps, MatterStep::Resolution))) {
        if (error)
            *error = tr("\"%1\" was not resolved, so there is no result to disclose").arg(m->title);
        return false;
    }
    QHash<QString, QString> values;
    values.insert(QStringLiteral("village"), v->name);
    values.insert(QStringLiteral("township"), ledger.township().name);
    values.insert(QStringLiteral("issuer"), tr("%1 Villagers' Committee").arg(v->name));
    values.insert(QStringLiteral("date"), longDate(date));
    values.insert(QStringLiteral("matter"), m->title);
    values.insert(QStringLiteral("category"), MatterText::category(m->category));
    values.insert(QStringLiteral("amount"), yuan(m->amountFen));
    // A matter without money (a village rule, a land use plan) says nothing of an amount.
    values.insert(QStringLiteral("amount_clause"),
                  m->amountFen != 0 ? tr(", amount %1 yuan").arg(yuan(m->amountFen)) : QString());
    values.insert(QStringLiteral("description"), m->description);
    values.insert(QStringLiteral("supervision_phone"), v->supervisionPhone);
    const DeliberationSettings s = settings;
    const QDate start = disclosure ? disclosure->date : date;
    const QDate end = disclosure && disclosure->disclosureEnd.isValid() ? disclosure->disclosureEnd
                                                                        : Deliberation::shortestDisclosureEnd(start, s);
    values.insert(QStringLiteral("period_start"), longDate(start));
    values.insert(QStringLiteral("period_end"), longDate(end));
    values.insert(QStringLiteral("resolution_date"), longDate(decided ? decided->date : QDate()));
    QString meetings = QStringLiteral("<div class=\"meetings\">");
    for (int i = 1; i <= 4; ++i)
        if (const StepRecord *r = stepOf(steps, MatterStep(i)))
            meetings += QStringLiteral("<p class=\"body\">%1. %2</p>").arg(i).arg(escaped(Masking::freeText(meetingLine(*r))));
    meetings += QStringLiteral("</div>");
    values.insert(QStringLiteral("meetings"), meetings);
    values.insert(QStringLiteral("outcome"), rejected ? tr("The proposal did not obtain the required majority and is not adopted.")
                                                      : tr("The resolution was adopted."));
    // Facts or nothing: a result notice says what was done, or it is not printed (never a
    // placeholder on the bulletin board). The clerk records step 6 with its summary first.
    const StepRecord *result = stepOf(steps, MatterStep::ResultDisclosure);
    if (kind == NoticeKind::Result && (!result || result->summary.trimmed().isEmpty())) {
        if (error)
            *error = tr("\"%1\" (%2): the summary of the result is not recorded; record step 6 with what was "
                        "done, then print its notice")
                         .arg(m->title, v->name);
        return false;
    }
    values.insert(QStringLiteral("result"), result ? result->summary : QString());
    out->name = QStringLiteral("%1 %2").arg(v->name, m->title);
    const StepRecord *posted = stepOf(steps, kind == NoticeKind::Result ? MatterStep::ResultDisclosure
                                                                         : MatterStep::ResolutionDisclosure);
    out->supervision = supervisionLine(posted ? posted->signedBy : QString(), posted ? posted->supervisionOpinion : QString());
    return finish(NoticeTemplates::load(ledger, kind), values, {v->supervisionPhone}, out, error);
}

bool NoticeBuilder::forDisclosure(Ledger &ledger, qint64 disclosureId, const QDate &date, NoticeDocument *out,
                                  QString *error)
{
    const std::optional<Disclosure> d = DisclosureRepository(ledger).get(disclosureId);
    if (!d) {
        if (error)
            *error = tr("disclosure %1 does not exist").arg(disclosureId);
        return false;
    }
    const std::optional<Village> v = VillageRepository(ledger).get(d->villageId);
    const NoticeKind kind = d->kind == DisclosureKind::Finance ? NoticeKind::Finance : NoticeKind::General;
    QHash<QString, QString> values;
    values.insert(QStringLiteral("village"), v->name);
    values.insert(QStringLiteral("township"), ledger.township().name);
    values.insert(QStringLiteral("issuer"), d->kind == DisclosureKind::Party ? tr("%1 Party Branch").arg(v->name)
                                                                            : tr("%1 Villagers' Committee").arg(v->name));
    values.insert(QStringLiteral("date"), longDate(d->postedOn.isValid() ? d->postedOn : date));
    values.insert(QStringLiteral("title"), d->title);
    values.insert(QStringLiteral("kind"), DisclosureText::kind(d->kind));
    values.insert(QStringLiteral("period"), DisclosureText::period(d->kind, d->periodStart));
    values.insert(QStringLiteral("content"), d->content);
    values.insert(QStringLiteral("supervision_phone"), v->supervisionPhone);
    const QDate start = d->postedOn.isValid() ? d->postedOn : date;
    values.insert(QStringLiteral("period_start"), longDate(start));
    values.insert(QStringLiteral("period_end"), longDate(d->endsOn.isValid() ? d->endsOn : start.addDays(29)));
    values.insert(QStringLiteral("income_total"), yuan(d->incomeFen()));
    out->supervision = supervisionLine(d->signedBy, d->supervisionOpinion);
    values.insert(QStringLiteral("expense_total"), yuan(d->expenseFen()));
    // The finance table: the header row repeats on every page the table runs over.
    QString table = QStringLiteral("<table class=\"items\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"
                                   "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead>")
                        .arg(tr("No."), tr("Date"), tr("Income or expense"), tr("Item"), tr("Amount (yuan)"), tr("Note"));
    QList<FinanceItem> items = d->items;
    std::stable_sort(items.begin(), items.end(), [](const FinanceItem &a, const FinanceItem &b) { return a.date < b.date; });
    for (int i = 0; i < items.size(); ++i) {
        const FinanceItem &it = items[i];
        table += QStringLiteral("<tr><td align=\"center\">%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                                "<td>%4</td><td align=\"right\">%5</td><td>%6</td></tr>")
                     .arg(i + 1)
                     .arg(it.date.toString(Qt::ISODate), it.income ? tr("Income") : tr("Expense"),
                          escaped(Masking::freeText(it.category.isEmpty() ? it.item : it.category + QStringLiteral("·") + it.item)),
                          yuan(it.amountFen), escaped(Masking::freeText(it.note)));
    }
    table += QStringLiteral("<tr><td colspan=\"4\" align=\"center\"><b>%1</b></td><td align=\"right\"><b>%2</b></td><td></td></tr>"
                            "<tr><td colspan=\"4\" align=\"center\"><b>%3</b></td><td align=\"right\"><b>%4</b></td><td></td></tr>"
                            "</table>")
                 .arg(tr("Income total"), yuan(d->incomeFen()), tr("Expense total"), yuan(d->expenseFen()));
    values.insert(QStringLiteral("items_table"), table);
    out->name = QStringLiteral("%1 %2").arg(v->name, d->title);
    return finish(NoticeTemplates::load(ledger, kind), values, {v->supervisionPhone}, out, error);
}

QList<NoticeDocument> NoticeBuilder::dueWithin(Ledger &ledger, const QDate &from, int days, QStringList *errors)
{
    QList<NoticeDocument> out;
    const QDate to = from.addDays(days);
    auto add = [&](bool ok, const NoticeDocument &doc, const QString &error) {
        if (ok)
            out << doc;
        else if (errors)
            *errors << error;
    };
    for (const BoardRow &row : MatterBoard::rows(ledger, from)) {
        if (!row.next || !row.due.isValid())
            continue;
        // Notices whose deadline is inside the window, or already past (they are late: print them now).
        if (row.due > to)
            continue;
        NoticeKind kind;
        if (*row.next == MatterStep::ResolutionDisclosure)
            kind = NoticeKind::Resolution;
        else if (*row.next == MatterStep::ResultDisclosure)
            kind = NoticeKind::Result;
        else
            continue;
        NoticeDocument doc;
        QString error;
        const bool ok = forMatter(ledger, row.matter.id, kind, from, &doc, &error);
        add(ok, doc, error);
    }
    for (const Disclosure &d : DisclosureRepository(ledger).all()) {
        if (!d.postedOn.isValid() || d.postedOn < from || d.postedOn > to)
            continue;
        NoticeDocument doc;
        QString error;
        const bool ok = forDisclosure(ledger, d.id, from, &doc, &error);
        add(ok, doc, error);
    }
    return out;
}

namespace {
const QString kTitleFontKey = QStringLiteral("notice.title_font");
const QString kBodyFontKey = QStringLiteral("notice.body_font");
} // namespace

NoticeFonts NoticeRenderer::fonts(Ledger &ledger)
{
    NoticeFonts f = defaultFonts();
    SettingsStore settings(ledger);
    // Not chosen yet: the first installed of the official faces.
    f.titleFamily = settings.value(kTitleFontKey, f.titleFamily).toString();
    f.bodyFamily = settings.value(kBodyFontKey, f.bodyFamily).toString();
    return f;
}

NoticeFonts NoticeRenderer::defaultFonts()
{
    NoticeFonts f;
    f.titleFamily = NoticeLayout::firstInstalled(NoticeLayout::titleFamilies(), f.titleFamily);
    f.bodyFamily = NoticeLayout::firstInstalled(NoticeLayout::bodyFamilies(), f.bodyFamily);
    return f;
}

bool NoticeRenderer::setFonts(Ledger &ledger, const NoticeFonts &f, QString *error)
{
    return ledger.write(
        [&](QString *err) {
            SettingsStore settings(ledger);
            return settings.setValue(kTitleFontKey, f.titleFamily, err) && settings.setValue(kBodyFontKey, f.bodyFamily, err);
        },
        error);
}

namespace {
// More Latin letters than Han characters (tags aside): a notice of the English interface.
bool mostlyLatin(const QString &html)
{
    int latin = 0, han = 0;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag && c.unicode() < 0x80 && c.isLetter())
            ++latin;
        else if (!inTag && c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            ++han;
    }
    return latin > han;
}
} // namespace

QString NoticeRenderer::html(const NoticeDocument &n, const NoticeFonts &wanted, int dpi)
{
    const NoticeFonts f = NoticeLayout::effective(wanted);
    // The Chinese face first: its punctuation is full-width (：“”，), and its digits and Latin letters
    // sit on the same baseline at the same size as the characters around them. DejaVu only draws
    // what the Chinese face lacks.
    //
    // A notice written in a Latin script (the English interface) keeps DejaVu Serif first: the CJK
    // faces' digits inside Latin runs lose their text in the PDF (pdftotext gives nothing for them).
    const bool latin = mostlyLatin(n.title + n.html);
    const QString order = latin ? QStringLiteral("'DejaVu Serif', '%1', 'Noto Serif CJK SC'")
                                : QStringLiteral("'%1', 'Noto Serif CJK SC', 'DejaVu Serif'");
    const QString body = order.arg(f.bodyFamily);
    const QString title = order.arg(f.titleFamily);
    // A 小标宋 face is heavy by itself; a song face is set bold.
    const bool heavyFace = f.titleFamily.contains(QStringLiteral("小标宋")) || f.titleFamily.contains(QStringLiteral("XiaoBiaoSong"));
    return QStringLiteral(
               "<html><head><style>"
               "p.title { font-family: %1; font-size: %2pt; font-weight: %7; text-align: center; margin: 0; }"
               "p.body { font-family: %3; font-size: %4pt; text-indent: %5px; margin: 0; }"
               "p.salute { font-family: %3; font-size: %4pt; margin: 0; }"
               "table.items { font-family: %3; font-size: %6pt; border-collapse: collapse; margin-top: 8pt; margin-bottom: 8pt; }"
               "th { font-weight: bold; background-color: #eeeeee; }"
               "p.sign { font-family: %3; font-size: %4pt; text-align: right; margin: 0; margin-right: %8px; }"
               "p.supervision { font-family: %3; font-size: %4pt; margin: 0; }"
               "</style></head><body>"
               "<p class=\"title\">%9</p>%10%13"
               "<p class=\"sign\">%11</p><p class=\"sign\">%12</p>"
               "</body></html>")
        .arg(title)
        .arg(f.titlePt)
        .arg(body)
        .arg(f.bodyPt)
        .arg(qRound(f.bodyPt * 2 * dpi / 72.0)) // first-line indent of two characters (Qt takes px only)
        .arg(f.bodyPt - 4)
        .arg(heavyFace ? QStringLiteral("normal") : QStringLiteral("bold"))
        .arg(qRound(f.bodyPt * 2 * dpi / 72.0)) // the 落款 two characters in from the right margin
        // The texts last, in one call: a "%1" typed in them is never taken for a placeholder.
        .arg(n.title.toHtmlEscaped(), n.html, n.issuer.toHtmlEscaped(), n.date.toHtmlEscaped(),
             n.supervision.isEmpty() ? QString()
                                     : QStringLiteral("<p class=\"supervision\">%1</p>").arg(n.supervision.toHtmlEscaped()));
}

QPageLayout NoticeRenderer::pageLayout()
{
    // GB/T 9704-2012: A4; top 37 mm, bottom 35 mm, left (binding side) 28 mm, right 26 mm.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(28, 37, 26, 35),
                       QPageLayout::Millimeter);
}

bool NoticeRenderer::render(const QList<NoticeDocument> &notices, QPagedPaintDevice *device, int dpi,
                            const NoticeFonts &fonts, const Progress &progress)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect page = device->pageLayout().paintRectPixels(dpi);
    bool first = true;
    for (int i = 0; i < notices.size(); ++i) {
        if (progress && !progress(i, int(notices.size()))) {
            painter.end();
            return false;
        }
        const std::unique_ptr<QTextDocument> doc =
            NoticeLayout::layOut(notices[i], fonts, device, QSizeF(page.width(), page.height()), dpi);
        // Each notice starts on a new page; a long one continues over several.
        for (int p = 0; p < doc->pageCount(); ++p) {
            if (!first)
                device->newPage();
            first = false;
            NoticeLayout::drawPage(*doc, painter, p);
        }
    }
    painter.end();
    if (progress)
        progress(int(notices.size()), int(notices.size()));
    return true;
}

bool NoticeRenderer::toPdf(const QList<NoticeDocument> &notices, const QString &path, const NoticeFonts &fonts,
                           QString *error, const Progress &progress)
{
    if (notices.isEmpty()) {
        if (error)
            *error = tr("there is no notice to print");
        return false;
    }
    AtomicFile out(path);
    bool rendered = false;
    {
        QPdfWriter writer(out.tempPath());
        writer.setPageLayout(pageLayout());
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Township Ledger"));
        writer.setTitle(notices.size() == 1 ? notices.first().title : tr("%1 notices").arg(notices.size()));
        rendered = render(notices, &writer, writer.resolution(), fonts, progress);
    }
    if (!rendered) {
        if (error)
            *error = progress ? tr("cancelled") : tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // The text layer says what the page shows (民, not the radical ⺠): searchable when archived.
    QString why;
    if (!PdfText::fixFile(out.tempPath(), &why)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (!out.commit()) {
        if (error)
            *error = tr("cannot put %1 in place").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace tl
