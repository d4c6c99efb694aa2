#include "committees/CommitteeRepository.h"

#include "storage/Ledger.h"
#include "storage/SqlUtil.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace tl {

namespace {
const char *kTermColumns = "id, village_id, body, number, start_date, end_date, closed_on";
const char *kPostColumns = "id, term_id, person_id, role, start_date, end_date, end_reason, review";

Term termFrom(const QSqlQuery &q)
{
    Term t;
    t.id = q.value(0).toLongLong();
    t.villageId = q.value(1).toLongLong();
    t.body = bodyFromCode(q.value(2).toString());
    t.number = q.value(3).toInt();
    t.start = sql::toDate(q.value(4));
    t.end = sql::toDate(q.value(5));
    t.closedOn = sql::toDate(q.value(6));
    return t;
}

QString reviewCode(ReviewResult r)
{
    return r == ReviewResult::Passed ? QStringLiteral("passed")
         : r == ReviewResult::Failed ? QStringLiteral("failed")
                                     : QString(QLatin1String(""));
}

ReviewResult reviewFrom(const QString &code)
{
    return code == QLatin1String("passed") ? ReviewResult::Passed
         : code == QLatin1String("failed") ? ReviewResult::Failed
                                           : ReviewResult::NotReviewed;
}

Post postFrom(const QSqlQuery &q, int offset = 0)
{
    Post p;
    p.id = q.value(offset + 0).toLongLong();
    p.termId = q.value(offset + 1).toLongLong();
    p.personId = q.value(offset + 2).toLongLong();
    p.role = roleFromCode(q.value(offset + 3).toString());
    p.start = sql::toDate(q.value(offset + 4));
    p.end = sql::toDate(q.value(offset + 5));
    p.endReason = q.value(offset + 6).toString();
    p.review = reviewFrom(q.value(offset + 7).toString());
    return p;
}

bool insertPost(QSqlDatabase db, const Post &p, qint64 *id, QString *err)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO post (%1) VALUES (?,?,?,?,?,?,?,?)").arg(QLatin1String(kPostColumns)));
    q.addBindValue(p.id > 0 ? QVariant(p.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(p.termId);
    q.addBindValue(p.personId);
    q.addBindValue(roleCode(p.role));
    q.addBindValue(sql::dateText(p.start));
    q.addBindValue(sql::dateText(p.end));
    q.addBindValue(sql::text(p.endReason));
    q.addBindValue(sql::text(reviewCode(p.review)));
    if (!sql::exec(q, err))
        return false;
    if (id)
        *id = q.lastInsertId().toLongLong();
    return true;
}
} // namespace

QString RosterEntry::postTitles() const
{
    QStringList titles;
    for (int i = 0; i < posts.size(); ++i) {
        const Body b = bodies.value(i);
        QString t = DomainText::role(b, posts[i].role);
        if (posts[i].role == Role::Member || b == Body::Supervision)
            t = CommitteeRepository::tr("%1%2", "body and role, e.g. 村民委员会委员; English puts a space between").arg(DomainText::body(b), t);
        titles << t;
    }
    return titles.join(QStringLiteral("、"));
}

QList<Term> CommitteeRepository::terms(qint64 villageId) const
{
    QList<Term> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM term WHERE village_id = ? ORDER BY body, start_date")
                  .arg(QLatin1String(kTermColumns)));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            out << termFrom(q);
    return out;
}

std::optional<Term> CommitteeRepository::term(qint64 termId) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM term WHERE id = ?").arg(QLatin1String(kTermColumns)));
    q.addBindValue(termId);
    if (q.exec() && q.next())
        return termFrom(q);
    return std::nullopt;
}

std::optional<Term> CommitteeRepository::currentTerm(qint64 villageId, Body body, const QDate &on) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM term WHERE village_id = ? AND body = ? AND start_date <= ? "
                             "AND (closed_on = '' OR closed_on > ?) ORDER BY start_date DESC LIMIT 1")
                  .arg(QLatin1String(kTermColumns)));
    q.addBindValue(villageId);
    q.addBindValue(bodyCode(body));
    q.addBindValue(sql::dateText(on));
    q.addBindValue(sql::dateText(on));
    if (q.exec() && q.next())
        return termFrom(q);
    return std::nullopt;
}

Saved CommitteeRepository::openTerm(Term t)
{
    if (!t.start.isValid())
        return Saved::failure(QStringLiteral("start"), tr("Term start: required"));
    if (!t.end.isValid() || t.end <= t.start)
        return Saved::failure(QStringLiteral("end"), tr("Term end: must be after the start"));
    {
        QSqlQuery q(m_ledger.database());
        q.prepare(QStringLiteral("SELECT number FROM term WHERE village_id = ? AND body = ? AND closed_on = ''"));
        q.addBindValue(t.villageId);
        q.addBindValue(bodyCode(t.body));
        if (q.exec() && q.next())
            return Saved::failure(QStringLiteral("start"),
                                  tr("Term: term %1 of the %2 is still running; close it with a change of term first")
                                      .arg(q.value(0).toInt())
                                      .arg(DomainText::body(t.body)));
    }
    Saved saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("INSERT INTO term (id, village_id, body, number, start_date, end_date, closed_on) "
                                     "VALUES (?,?,?,?,?,?,?)"));
            q.addBindValue(t.id > 0 ? QVariant(t.id) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(t.villageId);
            q.addBindValue(bodyCode(t.body));
            q.addBindValue(t.number);
            q.addBindValue(sql::dateText(t.start));
            q.addBindValue(sql::dateText(t.end));
            q.addBindValue(sql::dateText(t.closedOn));
            if (!sql::exec(q, err))
                return false;
            saved.id = q.lastInsertId().toLongLong();
            return true;
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool CommitteeRepository::changeOfTerm(qint64 villageId, const QDate &date, int termYears, bool carryOver,
                                       QString *error)
{
    const Ledger::AuditScope audit(m_ledger, QStringLiteral("change-of-term"));
    return applyChangeOfTerm(villageId, date, termYears, carryOver, error);
}

bool CommitteeRepository::applyChangeOfTerm(qint64 villageId, const QDate &date, int termYears, bool carryOver,
                                            QString *error)
{
    if (!date.isValid()) {
        if (error)
            *error = tr("the date of the change of term is missing");
        return false;
    }
    return m_ledger.write(
        [&](QString *err) {
            for (Body body : {Body::Party, Body::Committee, Body::Supervision}) {
                const std::optional<Term> old = currentTerm(villageId, body, date);
                int nextNumber = 1;
                QList<Post> holders;
                if (old) {
                    if (old->start >= date) {
                        *err = tr("the %1 term %2 started on %3; a change of term must come after that")
                                   .arg(DomainText::body(body))
                                   .arg(old->number)
                                   .arg(old->start.toString(Qt::ISODate));
                        return false;
                    }
                    nextNumber = old->number + 1;
                    for (const Post &p : posts(old->id))
                        if (!p.end.isValid() || p.end > date)
                            holders << p;
                    QSqlQuery q(m_ledger.database());
                    q.prepare(QStringLiteral("UPDATE post SET end_date = ?, end_reason = ? WHERE term_id = ? "
                                             "AND (end_date = '' OR end_date > ?)"));
                    q.addBindValue(sql::dateText(date));
                    q.addBindValue(tr("change of term"));
                    q.addBindValue(old->id);
                    q.addBindValue(sql::dateText(date));
                    if (!sql::exec(q, err))
                        return false;
                    q.prepare(QStringLiteral("UPDATE term SET closed_on = ? WHERE id = ?"));
                    q.addBindValue(sql::dateText(date));
                    q.addBindValue(old->id);
                    if (!sql::exec(q, err))
                        return false;
                }
                QSqlQuery q(m_ledger.database());
                q.prepare(QStringLiteral("INSERT INTO term (village_id, body, number, start_date, end_date) "
                                         "VALUES (?,?,?,?,?)"));
                q.addBindValue(villageId);
                q.addBindValue(bodyCode(body));
                q.addBindValue(nextNumber);
                q.addBindValue(sql::dateText(date));
                q.addBindValue(sql::dateText(date.addYears(termYears)));
                if (!sql::exec(q, err))
                    return false;
                const qint64 newTerm = q.lastInsertId().toLongLong();
                if (carryOver) {
                    for (Post p : holders) {
                        p.id = 0;
                        p.termId = newTerm;
                        p.start = date;
                        p.end = QDate();
                        p.endReason.clear();
                        p.review = ReviewResult::NotReviewed;
                        if (!insertPost(m_ledger.database(), p, nullptr, err))
                            return false;
                    }
                }
            }
            return true;
        },
        error);
}

bool CommitteeRepository::restoreTerms(const QList<Term> &terms, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            for (const Term &t : terms) {
                QSqlQuery q(m_ledger.database());
                q.prepare(QStringLiteral("INSERT INTO term (%1) VALUES (?,?,?,?,?,?,?)").arg(QLatin1String(kTermColumns)));
                q.addBindValue(t.id);
                q.addBindValue(t.villageId);
                q.addBindValue(bodyCode(t.body));
                q.addBindValue(t.number);
                q.addBindValue(sql::dateText(t.start));
                q.addBindValue(sql::dateText(t.end));
                q.addBindValue(sql::dateText(t.closedOn));
                if (!sql::exec(q, err))
                    return false;
            }
            return true;
        },
        error);
}

bool CommitteeRepository::rewriteTerm(const Term &t, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE term SET village_id = ?, body = ?, number = ?, start_date = ?, end_date = ?, "
                                     "closed_on = ? WHERE id = ?"));
            q.addBindValue(t.villageId);
            q.addBindValue(bodyCode(t.body));
            q.addBindValue(t.number);
            q.addBindValue(sql::dateText(t.start));
            q.addBindValue(sql::dateText(t.end));
            q.addBindValue(sql::dateText(t.closedOn));
            q.addBindValue(t.id);
            if (!sql::exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                *err = tr("the term no longer exists");
                return false;
            }
            return true;
        },
        error);
}

bool CommitteeRepository::removeTerm(qint64 termId, QString *error)
{
    return sql::removeById(m_ledger, "term", termId, error);
}

QList<Post> CommitteeRepository::posts(qint64 termId) const
{
    QList<Post> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM post WHERE term_id = ? ORDER BY role, start_date")
                  .arg(QLatin1String(kPostColumns)));
    q.addBindValue(termId);
    if (q.exec())
        while (q.next())
            out << postFrom(q);
    return out;
}

QList<Post> CommitteeRepository::postsOfPerson(qint64 personId) const
{
    QList<Post> out;
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM post WHERE person_id = ? ORDER BY start_date")
                  .arg(QLatin1String(kPostColumns)));
    q.addBindValue(personId);
    if (q.exec())
        while (q.next())
            out << postFrom(q);
    return out;
}

std::optional<Post> CommitteeRepository::post(qint64 postId) const
{
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT %1 FROM post WHERE id = ?").arg(QLatin1String(kPostColumns)));
    q.addBindValue(postId);
    if (q.exec() && q.next())
        return postFrom(q);
    return std::nullopt;
}

FieldErrors CommitteeRepository::validate(const Post &p) const
{
    FieldErrors errors;
    const std::optional<Term> t = term(p.termId);
    if (!t) {
        errors << FieldError{QStringLiteral("term"), tr("Term: the post must belong to a term")};
        return errors;
    }
    if (!p.start.isValid())
        errors << FieldError{QStringLiteral("start"), tr("Post start: required")};
    else if (p.start < t->start || p.start > t->end)
        errors << FieldError{QStringLiteral("start"),
                             tr("Post start: %1 is outside term %2 (%3 to %4)")
                                 .arg(p.start.toString(Qt::ISODate))
                                 .arg(t->number)
                                 .arg(t->start.toString(Qt::ISODate), t->end.toString(Qt::ISODate))};
    if (p.end.isValid() && p.start.isValid() && p.end < p.start)
        errors << FieldError{QStringLiteral("end"), tr("Post end: before its start")};
    {
        QSqlQuery q(m_ledger.database());
        q.prepare(QStringLiteral("SELECT village_id FROM person WHERE id = ?"));
        q.addBindValue(p.personId);
        if (!q.exec() || !q.next())
            errors << FieldError{QStringLiteral("person"), tr("Person: not found")};
        else if (q.value(0).toLongLong() != t->villageId)
            errors << FieldError{QStringLiteral("person"), tr("Person: belongs to another village")};
    }
    if (!errors.isEmpty())
        return errors;
    // One post per person per term and body…
    QSqlQuery q(m_ledger.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM post WHERE term_id = ? AND person_id = ? AND id <> ? "
                             "AND (end_date = '' OR end_date > ?) AND (? = '' OR start_date < ?)"));
    q.addBindValue(p.termId);
    q.addBindValue(p.personId);
    q.addBindValue(p.id);
    q.addBindValue(sql::dateText(p.start));
    q.addBindValue(sql::dateText(p.end));
    q.addBindValue(sql::dateText(p.end));
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        errors << FieldError{QStringLiteral("role"),
                             tr("Post: this person already holds a post in this %1 at that time")
                                 .arg(DomainText::body(t->body))};
    // …and a single post (书记, 主任, 监委会主任) held by one person at a time.
    if (p.role == Role::Chair) {
        q.prepare(QStringLiteral("SELECT pe.name, po.start_date FROM post po JOIN person pe ON pe.id = po.person_id "
                                 "WHERE po.term_id = ? AND po.role = 'chair' AND po.id <> ? "
                                 "AND (po.end_date = '' OR po.end_date > ?) AND (? = '' OR po.start_date < ?)"));
        q.addBindValue(p.termId);
        q.addBindValue(p.id);
        q.addBindValue(sql::dateText(p.start));
        q.addBindValue(sql::dateText(p.end));
        q.addBindValue(sql::dateText(p.end));
        if (q.exec() && q.next())
            errors << FieldError{QStringLiteral("role"),
                                 tr("Post: %1 is held by %2 since %3; record the end of that post first")
                                     .arg(DomainText::role(t->body, Role::Chair), q.value(0).toString(),
                                          q.value(1).toString())};
    }
    return errors;
}

Saved CommitteeRepository::addPost(Post p)
{
    Saved saved;
    saved.errors = validate(p);
    if (!saved.ok())
        return saved;
    QString error;
    if (!m_ledger.write([&](QString *err) { return insertPost(m_ledger.database(), p, &saved.id, err); }, &error))
        return Saved::failure(QString(), error);
    return saved;
}

Saved CommitteeRepository::updatePost(Post p)
{
    Saved saved;
    saved.id = p.id;
    saved.errors = validate(p);
    if (!saved.ok())
        return saved;
    QString error;
    const bool ok = m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE post SET term_id = ?, person_id = ?, role = ?, start_date = ?, "
                                     "end_date = ?, end_reason = ?, review = ? WHERE id = ?"));
            q.addBindValue(p.termId);
            q.addBindValue(p.personId);
            q.addBindValue(roleCode(p.role));
            q.addBindValue(sql::dateText(p.start));
            q.addBindValue(sql::dateText(p.end));
            q.addBindValue(sql::text(p.endReason));
            q.addBindValue(sql::text(reviewCode(p.review)));
            q.addBindValue(p.id);
            return sql::exec(q, err);
        },
        &error);
    if (!ok)
        return Saved::failure(QString(), error);
    return saved;
}

bool CommitteeRepository::endPost(qint64 postId, const QDate &end, const QString &reason, QString *error)
{
    std::optional<Post> p = post(postId);
    if (!p) {
        if (error)
            *error = tr("the post no longer exists");
        return false;
    }
    p->end = end;
    p->endReason = reason;
    const Saved saved = updatePost(*p);
    if (!saved.ok() && error)
        *error = saved.message();
    return saved.ok();
}

bool CommitteeRepository::removePost(qint64 postId, QString *error)
{
    return sql::removeById(m_ledger, "post", postId, error);
}

bool CommitteeRepository::restorePosts(const QList<Post> &posts, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            for (const Post &p : posts)
                if (!insertPost(m_ledger.database(), p, nullptr, err))
                    return false;
            return true;
        },
        error);
}

bool CommitteeRepository::rewritePost(const Post &p, QString *error)
{
    return m_ledger.write(
        [&](QString *err) {
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("UPDATE post SET term_id = ?, person_id = ?, role = ?, start_date = ?, "
                                     "end_date = ?, end_reason = ?, review = ? WHERE id = ?"));
            q.addBindValue(p.termId);
            q.addBindValue(p.personId);
            q.addBindValue(roleCode(p.role));
            q.addBindValue(sql::dateText(p.start));
            q.addBindValue(sql::dateText(p.end));
            q.addBindValue(sql::text(p.endReason));
            q.addBindValue(sql::text(reviewCode(p.review)));
            q.addBindValue(p.id);
            if (!sql::exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                *err = tr("the post no longer exists");
                return false;
            }
            return true;
        },
        error);
}

QList<RosterEntry> CommitteeRepository::roster(qint64 villageId, const QDate &on, bool includeFormer) const
{
    // One query for the posts, one for the people: a village has tens of records, a county
    // thousands; both are answered from the indexes on term(village_id) and person(village_id).
    QSqlQuery q(m_ledger.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.body, po.id, po.term_id, po.person_id, po.role, po.start_date, po.end_date, "
                             "po.end_reason, po.review, "
                             "(po.start_date <= ? AND (po.end_date = '' OR po.end_date > ?) "
                             " AND (t.closed_on = '' OR t.closed_on > ?)) AS current "
                             "FROM post po JOIN term t ON t.id = po.term_id WHERE t.village_id = ?"));
    const QString d = sql::dateText(on);
    q.addBindValue(d);
    q.addBindValue(d);
    q.addBindValue(d);
    q.addBindValue(villageId);
    QMap<qint64, RosterEntry> byPerson;
    QHash<qint64, int> rank; // sort key: best (body, role) per person
    if (q.exec()) {
        while (q.next()) {
            const Body body = bodyFromCode(q.value(0).toString());
            const Post post = postFrom(q, 1);
            const bool current = q.value(9).toInt() != 0;
            if (!current && !includeFormer)
                continue;
            RosterEntry &e = byPerson[post.personId];
            if (current) {
                e.posts << post;
                e.bodies << body;
                if (!e.firstStart.isValid() || post.start < e.firstStart)
                    e.firstStart = post.start;
            }
            const int r = int(body) * 3 + int(post.role) + (current ? 0 : 100);
            rank[post.personId] = rank.contains(post.personId) ? std::min(rank[post.personId], r) : r;
        }
    }
    QSqlQuery rq(m_ledger.database());
    // Reserve cadres on the list on that day (one taken off it keeps the record, not the mark).
    rq.prepare(QStringLiteral("SELECT person_id FROM reserve_cadre WHERE village_id = ? "
                              "AND (removed_on = '' OR removed_on > ?)"));
    rq.addBindValue(villageId);
    rq.addBindValue(d);
    QSet<qint64> reserves;
    if (rq.exec())
        while (rq.next())
            reserves.insert(rq.value(0).toLongLong());

    const QList<Person> people = [&] {
        QList<Person> out;
        QSqlQuery pq(m_ledger.database());
        pq.setForwardOnly(true);
        pq.prepare(QStringLiteral("SELECT id, village_id, name, id_number, gender, birth_date, ethnicity, political, "
                                  "education, phone, note FROM person WHERE village_id = ?"));
        pq.addBindValue(villageId);
        if (pq.exec()) {
            while (pq.next()) {
                Person p;
                p.id = pq.value(0).toLongLong();
                p.villageId = pq.value(1).toLongLong();
                p.name = pq.value(2).toString();
                p.idNumber = pq.value(3).toString();
                p.gender = genderFromCode(pq.value(4).toString());
                p.birthDate = sql::toDate(pq.value(5));
                p.ethnicity = pq.value(6).toString();
                p.political = politicalFromCode(pq.value(7).toString());
                p.education = educationFromCode(pq.value(8).toString());
                p.phone = pq.value(9).toString();
                p.note = pq.value(10).toString();
                out << p;
            }
        }
        return out;
    }();

    QList<RosterEntry> out;
    for (const Person &p : people) {
        auto it = byPerson.find(p.id);
        if (it == byPerson.end())
            continue;
        it->person = p;
        it->isReserve = reserves.contains(p.id);
        // Posts read party first, then the villagers' committee, chair before deputy before member.
        QList<int> order(it->posts.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return std::pair(int(it->bodies[a]), int(it->posts[a].role)) < std::pair(int(it->bodies[b]), int(it->posts[b].role));
        });
        QList<Post> posts;
        QList<Body> bodies;
        for (int i : order) {
            posts << it->posts[i];
            bodies << it->bodies[i];
        }
        it->posts = posts;
        it->bodies = bodies;
        out << *it;
    }
    std::stable_sort(out.begin(), out.end(), [&](const RosterEntry &a, const RosterEntry &b) {
        return rank.value(a.person.id) < rank.value(b.person.id);
    });
    return out;
}

} // namespace tl
