#include "edits/CommitteeEdits.h"

#include "committees/CommitteeRepository.h"
#include "committees/ReserveRepository.h"
#include "edits/ChangeSettings.h"
#include "edits/History.h"
#include "edits/Records.h"
#include "model/VillageRepository.h"
#include "storage/Ledger.h"
#include "storage/SqlUtil.h"

#include <QHash>
#include <QSet>

namespace tl::edits {

// The record traits of the plain commands used here (see RecordEdits.h).
template<>
struct Record<Person>
{
    static constexpr Change::Kind kind = Change::Kind::People;
    static qint64 villageOf(const Person &p) { return p.villageId; }
    static std::optional<Person> get(Ledger &ledger, qint64 id) { return PersonRepository(ledger).get(id); }
    static Result<qint64> insert(Ledger &ledger, const Person &p) { return fromSaved(PersonRepository(ledger).insert(p)); }
    static Result<void> update(Ledger &ledger, const Person &p)
    {
        QString error;
        const bool ok = PersonRepository(ledger).rewrite(p, &error);
        return fromWrite(ok, error);
    }
    static Result<void> remove(Ledger &ledger, qint64 id)
    {
        QString error;
        const bool ok = PersonRepository(ledger).remove(id, &error);
        return fromWrite(ok, error);
    }
    // A person comes back with their posts, reserve entries and grid staff links.
    using Snapshot = PersonSnapshot;
    static std::optional<Snapshot> snapshot(Ledger &ledger, qint64 id)
    {
        PersonSnapshot s = PersonRepository(ledger).snapshot(id);
        if (s.person.id <= 0)
            return std::nullopt;
        return s;
    }
    static Result<void> restore(Ledger &ledger, const Snapshot &s)
    {
        QString error;
        const bool ok = PersonRepository(ledger).restore(s, &error);
        return fromWrite(ok, error);
    }
};

template<>
struct Record<Term>
{
    static constexpr Change::Kind kind = Change::Kind::Committees;
    static qint64 villageOf(const Term &t) { return t.villageId; }
    static std::optional<Term> get(Ledger &ledger, qint64 id) { return CommitteeRepository(ledger).term(id); }
    static Result<qint64> insert(Ledger &ledger, const Term &t) { return fromSaved(CommitteeRepository(ledger).openTerm(t)); }
    static Result<void> update(Ledger &ledger, const Term &t)
    {
        QString error;
        const bool ok = CommitteeRepository(ledger).rewriteTerm(t, &error);
        return fromWrite(ok, error);
    }
    static Result<void> remove(Ledger &ledger, qint64 id)
    {
        QString error;
        const bool ok = CommitteeRepository(ledger).removeTerm(id, &error);
        return fromWrite(ok, error);
    }
    using Snapshot = Term;
    static std::optional<Snapshot> snapshot(Ledger &ledger, qint64 id) { return get(ledger, id); }
    static Result<void> restore(Ledger &ledger, const Term &t)
    {
        QString error;
        const bool ok = CommitteeRepository(ledger).restoreTerms({t}, &error);
        return fromWrite(ok, error);
    }
};

namespace {

// Turns the rows `from` (as they are stored now) into `to`, keeping ids: rows only in `from` are
// removed first (so nothing checks against a row that is going), rows in both are rewritten,
// rows only in `to` are inserted again with their ids.
template<class T, class Remove, class Rewrite, class Insert>
bool moveRows(const QList<T> &from, const QList<T> &to, Remove remove, Rewrite rewrite, Insert insert, QString *error)
{
    QSet<qint64> fromIds, toIds;
    for (const T &r : from)
        fromIds.insert(r.id);
    for (const T &r : to)
        toIds.insert(r.id);
    for (const T &r : from)
        if (!toIds.contains(r.id) && !remove(r.id, error))
            return false;
    QList<T> missing;
    for (const T &r : to) {
        if (!fromIds.contains(r.id))
            missing << r;
        else if (!rewrite(r, error))
            return false;
    }
    return missing.isEmpty() || insert(missing, error);
}

bool movePosts(Ledger &ledger, const QList<Post> &from, const QList<Post> &to, QString *error)
{
    CommitteeRepository committees(ledger);
    return moveRows(
        from, to, [&](qint64 id, QString *e) { return committees.removePost(id, e); },
        [&](const Post &p, QString *e) { return committees.rewritePost(p, e); },
        [&](const QList<Post> &posts, QString *e) { return committees.restorePosts(posts, e); }, error);
}

// A person from one stored state to another: the record, their posts and reserve entries.
Result<void> movePerson(Ledger &ledger, const PersonSnapshot &from, const PersonSnapshot &to)
{
    QString error;
    if (!PersonRepository(ledger).rewrite(to.person, &error) || !movePosts(ledger, from.posts, to.posts, &error))
        return Error::database(error);
    ReserveRepository reserves(ledger);
    const bool ok = moveRows(
        from.reserves, to.reserves, [&](qint64 id, QString *e) { return reserves.remove(id, e); },
        [&](const ReserveCadre &r, QString *e) { return reserves.rewrite(r, e); },
        [&](const QList<ReserveCadre> &list, QString *e) { return reserves.restore(list, e); }, &error);
    return fromWrite(ok, error);
}

// The terms and posts of one village, as stored.
struct CommitteesState
{
    QList<Term> terms;
    QList<Post> posts;
};

CommitteesState committeesOf(Ledger &ledger, qint64 villageId)
{
    CommitteeRepository committees(ledger);
    CommitteesState s;
    s.terms = committees.terms(villageId);
    for (const Term &t : s.terms)
        s.posts << committees.posts(t.id);
    return s;
}

Result<void> moveCommittees(Ledger &ledger, const CommitteesState &from, const CommitteesState &to)
{
    CommitteeRepository committees(ledger);
    QString error;
    // Posts first (a term that goes takes the posts left in it along), then the terms; new
    // terms before the posts that belong to them.
    QSet<qint64> toPosts;
    for (const Post &p : to.posts)
        toPosts.insert(p.id);
    for (const Post &p : from.posts)
        if (!toPosts.contains(p.id) && !committees.removePost(p.id, &error))
            return Error::database(error);
    const bool termsOk = moveRows(
        from.terms, to.terms, [&](qint64 id, QString *e) { return committees.removeTerm(id, e); },
        [&](const Term &t, QString *e) { return committees.rewriteTerm(t, e); },
        [&](const QList<Term> &terms, QString *e) { return committees.restoreTerms(terms, e); }, &error);
    if (!termsOk)
        return Error::database(error);
    QList<Post> remaining; // the posts of `from` still there
    for (const Post &p : from.posts)
        if (toPosts.contains(p.id))
            remaining << p;
    return fromWrite(movePosts(ledger, remaining, to.posts, &error), error);
}

QString personName(Ledger &ledger, qint64 personId)
{
    const std::optional<Person> p = PersonRepository(ledger).get(personId);
    return p ? p->name : QString();
}

// Adds or edits a person with their posts and reserve entry (the person dialog's save).
class SavePerson : public Command
{
public:
    SavePerson(Ledger &ledger, PersonEdit edit)
        : Command(ledger, textFor(edit),
                  Change{edit.mode == PersonEdit::Mode::Reserve ? Change::Kind::Reserves : Change::Kind::People,
                         edit.person.villageId,
                         {}}),
          m_edit(std::move(edit))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (firstRun())
            return firstSave();
        if (adding())
            return fromWrite(PersonRepository(ledger()).restore(m_after, &m_error), m_error);
        return movePerson(ledger(), m_before, m_after);
    }
    Result<void> doUndo() override
    {
        if (adding())
            return fromWrite(PersonRepository(ledger()).remove(m_after.person.id, &m_error), m_error);
        return movePerson(ledger(), m_after, m_before);
    }

private:
    static QString textFor(const PersonEdit &edit)
    {
        const QString name = edit.person.name.trimmed();
        if (edit.person.id > 0)
            return Command::tr("Edit %1").arg(name);
        return edit.mode == PersonEdit::Mode::Reserve ? Command::tr("Add reserve cadre %1").arg(name)
                                                      : Command::tr("Add member %1").arg(name);
    }
    bool adding() const { return m_edit.person.id <= 0; }

    Result<void> firstSave()
    {
        PersonRepository people(ledger());
        if (!adding()) {
            m_before = people.snapshot(m_edit.person.id);
            if (m_before.person.id <= 0)
                return Error::notFound(PersonRepository::tr("the person no longer exists"));
        }
        const Saved saved = adding() ? people.insert(m_edit.person, m_edit.idPolicy)
                                     : people.update(m_edit.person, m_edit.idPolicy);
        if (!saved.ok())
            return Error::fromSaved(saved);
        const qint64 id = saved.id;
        bool postsChanged = false;
        for (const PostChoice &choice : m_edit.posts) {
            const Result<bool> applied = applyPost(choice, id);
            if (!applied)
                return applied.error();
            postsChanged = postsChanged || *applied;
        }
        if (m_edit.reserve) {
            ReserveCadre r = *m_edit.reserve;
            r.personId = id;
            const Saved rs = ReserveRepository(ledger()).add(r);
            if (!rs.ok())
                return Error::fromSaved(rs);
        }
        m_after = people.snapshot(id);
        setCreatedId(id);
        mutableChange().ids = {id};
        if (m_edit.mode != PersonEdit::Mode::Reserve && postsChanged)
            mutableChange().kind = Change::Kind::Committees;
        return {};
    }

    // One body's post choice; true when the person's post there changed (not only its details).
    Result<bool> applyPost(const PostChoice &c, qint64 personId)
    {
        if (c.termId <= 0)
            return false;
        auto refused = [&c](const QString &why) {
            return Error{Error::Kind::InvalidInput, DomainText::body(c.body) + QStringLiteral(": ") + why,
                         {{postField(c.body), why}}};
        };
        CommitteeRepository committees(ledger());
        std::optional<Post> held;
        if (c.heldPostId > 0) {
            held = committees.post(c.heldPostId);
            if (!held)
                return refused(CommitteeRepository::tr("the post no longer exists"));
        }
        if (held) {
            if (c.role && *c.role == held->role) {
                if (c.start == held->start && c.review == held->review)
                    return false;
                Post changed = *held;
                changed.start = c.start;
                changed.review = c.review;
                const Saved s = committees.updatePost(changed);
                if (!s.ok())
                    return refused(s.message());
                return false;
            }
            // Ending keeps the post in the history; a change of post ends the old one the day
            // the new one starts.
            const QDate end = c.role ? c.start : c.end;
            const QString reason = c.role ? Command::tr("Changed post") : c.endReason.trimmed();
            QString why;
            if (!committees.endPost(held->id, end, reason, &why))
                return refused(why);
        }
        if (!c.role)
            return held.has_value();
        Post p;
        p.termId = c.termId;
        p.personId = personId;
        p.role = *c.role;
        p.start = c.start;
        p.review = c.review;
        const Saved s = committees.addPost(p);
        if (!s.ok())
            return refused(s.message());
        return true;
    }

    PersonEdit m_edit;
    PersonSnapshot m_before, m_after;
    QString m_error;
};

// The roster's in-place phone edit.
class ChangePhone : public Command
{
public:
    ChangePhone(Ledger &ledger, Person after)
        : Command(ledger, Command::tr("Change phone of %1").arg(after.name),
                  Change{Change::Kind::People, after.villageId, {after.id}}),
          m_after(std::move(after))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (!firstRun())
            return write(m_after);
        PersonRepository people(ledger());
        const std::optional<Person> before = people.get(m_after.id);
        if (!before)
            return Error::notFound(PersonRepository::tr("the person no longer exists"));
        m_before = *before;
        // Lenient: a phone edit must not be blocked by an old ID number still being chased up.
        const Saved saved = people.update(m_after, PersonRepository::IdPolicy::Lenient);
        if (!saved.ok())
            return Error::fromSaved(saved);
        m_after = people.get(m_after.id).value_or(m_after); // normalized as the ledger keeps it
        return {};
    }
    Result<void> doUndo() override { return write(m_before); }

private:
    Result<void> write(const Person &p)
    {
        QString error;
        const bool ok = PersonRepository(ledger()).rewrite(p, &error);
        return fromWrite(ok, error);
    }
    Person m_after, m_before;
};

// A reserve cadre leaves the list (elected, moved away, no longer suitable …): the record stays
// with the date and reason, so the list as of an earlier date still shows the cadre.
class TakeReserveCadreOff : public Command
{
public:
    TakeReserveCadreOff(Ledger &ledger, const QString &text, ReserveCadre before, QDate on, QString reason)
        : Command(ledger, text, Change{Change::Kind::Reserves, before.villageId, {before.id}}),
          m_before(std::move(before)), m_on(on), m_reason(std::move(reason))
    {
    }

protected:
    Result<void> doRedo() override
    {
        ReserveRepository reserves(ledger());
        if (firstRun()) {
            const Saved saved = reserves.takeOff(m_before.id, m_on, m_reason);
            if (!saved.ok())
                return Error::fromSaved(saved);
            m_after = reserves.get(m_before.id).value_or(m_before);
            return {};
        }
        return write(m_after);
    }
    Result<void> doUndo() override { return write(m_before); }

private:
    Result<void> write(const ReserveCadre &c)
    {
        QString error;
        const bool ok = ReserveRepository(ledger()).rewrite(c, &error);
        return fromWrite(ok, error);
    }
    ReserveCadre m_before, m_after;
    QDate m_on;
    QString m_reason;
};

// A post ends (resigned, moved away …); the post stays in the history.
class EndPost : public Command
{
public:
    EndPost(Ledger &ledger, const QString &text, qint64 villageId, qint64 postId, QDate end, QString reason)
        : Command(ledger, text, Change{Change::Kind::Committees, villageId, {postId}}), m_postId(postId),
          m_end(end), m_reason(std::move(reason))
    {
    }

protected:
    Result<void> doRedo() override
    {
        if (!firstRun())
            return write(m_after);
        CommitteeRepository committees(ledger());
        const std::optional<Post> before = committees.post(m_postId);
        if (!before)
            return Error::notFound(CommitteeRepository::tr("the post no longer exists"));
        m_before = *before;
        QString error;
        if (!committees.endPost(m_postId, m_end, m_reason, &error))
            return Error::invalid(QStringLiteral("end"), error);
        m_after = committees.post(m_postId).value_or(m_before);
        return {};
    }
    Result<void> doUndo() override { return write(m_before); }

private:
    Result<void> write(const Post &p)
    {
        QString error;
        const bool ok = CommitteeRepository(ledger()).rewritePost(p, &error);
        return fromWrite(ok, error);
    }
    qint64 m_postId;
    QDate m_end;
    QString m_reason;
    Post m_before, m_after;
};

// 换届 of all three bodies; undo takes out the new terms and posts and reopens the old ones.
class ChangeOfTerm : public Command
{
public:
    ChangeOfTerm(Ledger &ledger, const QString &text, qint64 villageId, QDate date, int termYears, bool carryOver)
        : Command(ledger, text, Change{Change::Kind::Committees, villageId, {}}), m_villageId(villageId),
          m_date(date), m_termYears(termYears), m_carryOver(carryOver)
    {
    }

protected:
    QString editSource() const override { return QStringLiteral("change-of-term"); }
    Result<void> doRedo() override
    {
        if (!firstRun())
            return moveCommittees(ledger(), m_before, m_after);
        m_before = committeesOf(ledger(), m_villageId);
        QString error;
        if (!CommitteeRepository(ledger()).applyChangeOfTerm(m_villageId, m_date, m_termYears, m_carryOver, &error))
            return Error::database(error);
        m_after = committeesOf(ledger(), m_villageId);
        QList<qint64> ids;
        for (const Term &t : m_after.terms)
            if (!t.closedOn.isValid())
                ids << t.id;
        mutableChange().ids = ids;
        return {};
    }
    Result<void> doUndo() override { return moveCommittees(ledger(), m_after, m_before); }

private:
    qint64 m_villageId;
    QDate m_date;
    int m_termYears;
    bool m_carryOver;
    CommitteesState m_before, m_after;
};

} // namespace

Result<qint64> addReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name)
{
    return ledger.history().push(
        std::make_unique<AddRecord<ReserveCadre>>(ledger, Command::tr("Add reserve cadre %1").arg(name), cadre));
}

Result<void> editReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name)
{
    return withoutValue(ledger.history().push(
        std::make_unique<EditRecord<ReserveCadre>>(ledger, Command::tr("Edit reserve cadre %1").arg(name), cadre)));
}

Result<void> removeReserveCadre(Ledger &ledger, qint64 cadreId, const QString &name)
{
    const std::optional<ReserveCadre> cadre = Record<ReserveCadre>::get(ledger, cadreId);
    return withoutValue(ledger.history().push(std::make_unique<DeleteRecord<ReserveCadre>>(
        ledger, Command::tr("Remove reserve cadre %1").arg(name), cadreId, cadre ? cadre->villageId : 0)));
}

Result<void> takeReserveCadreOff(Ledger &ledger, qint64 cadreId, const QDate &on, const QString &reason,
                                 const QString &name)
{
    const std::optional<ReserveCadre> cadre = ReserveRepository(ledger).get(cadreId);
    if (!cadre)
        return Error::notFound(Command::tr("the record no longer exists"));
    return withoutValue(ledger.history().push(std::make_unique<TakeReserveCadreOff>(
        ledger, Command::tr("Take reserve cadre %1 off the list").arg(name), *cadre, on, reason)));
}

QString postField(Body body)
{
    return QStringLiteral("post:") + bodyCode(body);
}

Result<qint64> savePerson(Ledger &ledger, const PersonEdit &edit)
{
    PersonEdit e = edit;
    if (e.person.id > 0) // the village a person belongs to does not change here
        if (const std::optional<Person> stored = PersonRepository(ledger).get(e.person.id))
            e.person.villageId = stored->villageId;
    return ledger.history().push(std::make_unique<SavePerson>(ledger, std::move(e)));
}

Result<void> changePhone(Ledger &ledger, qint64 personId, const QString &phone)
{
    std::optional<Person> p = PersonRepository(ledger).get(personId);
    if (!p)
        return Error::notFound(PersonRepository::tr("the person no longer exists"));
    p->phone = phone;
    return withoutValue(ledger.history().push(std::make_unique<ChangePhone>(ledger, *p)));
}

Result<void> deletePerson(Ledger &ledger, qint64 personId)
{
    const std::optional<Person> p = PersonRepository(ledger).get(personId);
    if (!p)
        return Error::notFound(PersonRepository::tr("the person no longer exists"));
    return withoutValue(ledger.history().push(std::make_unique<DeleteRecord<Person>>(
        ledger, Command::tr("Delete %1").arg(p->name), personId, p->villageId)));
}

Result<void> endPost(Ledger &ledger, qint64 postId, const QDate &end, const QString &reason)
{
    CommitteeRepository committees(ledger);
    const std::optional<Post> post = committees.post(postId);
    if (!post)
        return Error::notFound(CommitteeRepository::tr("the post no longer exists"));
    const std::optional<Term> term = committees.term(post->termId);
    return withoutValue(ledger.history().push(std::make_unique<EndPost>(
        ledger, Command::tr("End post of %1").arg(personName(ledger, post->personId)), term ? term->villageId : 0,
        postId, end, reason)));
}

Result<qint64> openFirstTerm(Ledger &ledger, const Term &term)
{
    return ledger.history().push(std::make_unique<AddRecord<Term>>(
        ledger, Command::tr("Open first term of the %1").arg(DomainText::body(term.body)), term));
}

Result<void> changeOfTerm(Ledger &ledger, qint64 villageId, const QDate &date, int termYears, bool carryOver)
{
    const QString village = VillageRepository(ledger).get(villageId).value_or(Village{}).name;
    return withoutValue(ledger.history().push(std::make_unique<ChangeOfTerm>(
        ledger, Command::tr("Change of term – %1").arg(village), villageId, date, termYears, carryOver)));
}

Result<void> setTargets(Ledger &ledger, const Targets &targets)
{
    return withoutValue(ledger.history().push(std::make_unique<ChangeSettings>(
        ledger, Command::tr("Change targets and rules"), [targets](Ledger &l) -> Result<void> {
            const QString invalid = SettingsStore::validate(targets);
            if (!invalid.isEmpty())
                return Error::invalid(QStringLiteral("targets"), invalid);
            QString error;
            return fromWrite(SettingsStore(l).setTargets(targets, &error), error);
        })));
}

} // namespace tl::edits
