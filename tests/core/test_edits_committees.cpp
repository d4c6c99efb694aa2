// The committee edits (core/edits/CommitteeEdits): people with their posts and reserve entries,
// posts ending, terms, 换届 and the targets. Each round-trips exactly (dump compare); a failing
// undo leaves the ledger as it was.
#include "TestSupport.h"

#include "committees/CommitteeRepository.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "edits/CommitteeEdits.h"
#include "edits/History.h"
#include "edits/VillageEdits.h"
#include "storage/Settings.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace tl;

namespace {
const QDate kTermStart(2024, 3, 1);


qint64 scalar(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toLongLong() : 0;
}

// A village with a running term of each body (opened through the edits, each round-tripped).
struct Village3
{
    test::TempDir dir;
    std::unique_ptr<Ledger> ledger = test::newLedger(dir.file(QStringLiteral("c.ledger")));
    qint64 village = 0;
    QMap<Body, qint64> terms;
    int seq = 100;

    Village3()
    {
        Village v;
        v.name = QStringLiteral("杨树沟村");
        village = *edits::addVillage(*ledger, v);
        for (Body body : {Body::Party, Body::Committee, Body::Supervision}) {
            Term t;
            t.villageId = village;
            t.body = body;
            t.number = 11;
            t.start = kTermStart;
            t.end = kTermStart.addYears(5);
            test::checkRoundTrip(*ledger, [&] {
                const Result<qint64> opened = edits::openFirstTerm(*ledger, t);
                INFO(opened.message().toStdString());
                REQUIRE(opened.ok());
                terms[body] = *opened;
            });
        }
    }

    Person newPerson(const QString &name, int birthYear)
    {
        Person p;
        p.villageId = village;
        p.name = name;
        seq += 2;
        p.idNumber = test::makeId(QStringLiteral("371321"), QDate(birthYear, 5, 6), seq + 1);
        p.education = Education::College;
        p.phone = QStringLiteral("13812345678");
        return p;
    }

    edits::PostChoice choice(Body body, std::optional<Role> role, qint64 held = 0)
    {
        edits::PostChoice c;
        c.body = body;
        c.termId = terms.value(body);
        c.heldPostId = held;
        c.role = role;
        c.start = QDate(2024, 4, 1);
        return c;
    }

    std::optional<Post> heldIn(qint64 personId, Body body)
    {
        for (const Post &p : CommitteeRepository(*ledger).postsOfPerson(personId))
            if (p.termId == terms.value(body) && !p.end.isValid())
                return p;
        return std::nullopt;
    }
};

// checkRoundTrip for a command whose first run the audit trail records under its own source.
void checkRoundTripAs(Ledger &ledger, const QString &source, const std::function<void()> &edit)
{
    edits::History &history = ledger.history();
    const QString before = test::dumpTables(ledger);
    const int firsts = test::auditRows(ledger, source), undos = test::auditRows(ledger, QStringLiteral("undo")),
              redos = test::auditRows(ledger, QStringLiteral("redo"));
    const int depth = history.stack()->count();
    edit();
    REQUIRE(history.stack()->count() == depth + 1);
    const QString after = test::dumpTables(ledger);
    REQUIRE(after != before);
    CHECK(test::auditRows(ledger, source) > firsts);
    REQUIRE(history.undo().ok());
    CHECK(test::dumpTables(ledger) == before);
    CHECK(test::auditRows(ledger, QStringLiteral("undo")) > undos);
    REQUIRE(history.redo().ok());
    CHECK(test::dumpTables(ledger) == after);
    CHECK(test::auditRows(ledger, QStringLiteral("redo")) > redos);
    REQUIRE(history.undo().ok());
    CHECK(test::dumpTables(ledger) == before);
    REQUIRE(history.redo().ok());
}
} // namespace

TEST_CASE("A member is added, edited post by post and has a post end, each as one undoable edit",
          "[edits][committees]")
{
    Village3 f;
    Ledger &ledger = *f.ledger;

    // Added with two posts.
    edits::PersonEdit add;
    add.person = f.newPerson(QStringLiteral("王建国"), 1975);
    add.posts << f.choice(Body::Party, Role::Chair) << f.choice(Body::Committee, Role::Chair)
              << f.choice(Body::Supervision, std::nullopt);
    qint64 id = 0;
    test::checkRoundTrip(ledger, [&] {
        const Result<qint64> saved = edits::savePerson(ledger, add);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
        id = *saved;
    });
    REQUIRE(id > 0);
    REQUIRE(f.heldIn(id, Body::Party));
    REQUIRE(f.heldIn(id, Body::Committee));
    CHECK_FALSE(f.heldIn(id, Body::Supervision));
    CHECK(ledger.history().stack()->text(ledger.history().stack()->count() - 1).contains(QStringLiteral("王建国")));

    // Edited: the record, a change of post (the old one ends, a new one starts), an ended post
    // and a changed review — one edit.
    const Post party = *f.heldIn(id, Body::Party);
    const Post committee = *f.heldIn(id, Body::Committee);
    edits::PersonEdit edit;
    edit.person = *PersonRepository(ledger).get(id);
    edit.person.note = QStringLiteral("兼任合作社理事长");
    edit.person.phone = QStringLiteral("13900001111");
    edit.posts << f.choice(Body::Party, Role::Deputy, party.id);
    edits::PostChoice ends = f.choice(Body::Committee, std::nullopt, committee.id);
    ends.end = QDate(2025, 6, 30);
    ends.endReason = QStringLiteral("辞职");
    edit.posts << ends << f.choice(Body::Supervision, std::nullopt);
    edit.posts[0].start = QDate(2025, 1, 1);
    edit.posts[0].review = ReviewResult::Passed;
    test::checkRoundTrip(ledger, [&] { REQUIRE(edits::savePerson(ledger, edit).ok()); });
    const std::optional<Post> deputy = f.heldIn(id, Body::Party);
    REQUIRE(deputy);
    CHECK(deputy->role == Role::Deputy);
    CHECK(deputy->id != party.id);
    CHECK(CommitteeRepository(ledger).post(party.id)->end == QDate(2025, 1, 1));
    CHECK(CommitteeRepository(ledger).post(committee.id)->endReason == QStringLiteral("辞职"));
    CHECK(PersonRepository(ledger).get(id)->phone == QStringLiteral("13900001111"));

    // Only the review of the held post changes: the post is kept, no new one.
    edits::PersonEdit review;
    review.person = *PersonRepository(ledger).get(id);
    review.posts << f.choice(Body::Party, Role::Deputy, deputy->id);
    review.posts[0].start = deputy->start;
    review.posts[0].review = ReviewResult::Failed;
    test::checkRoundTrip(ledger, [&] { REQUIRE(edits::savePerson(ledger, review).ok()); });
    CHECK(f.heldIn(id, Body::Party)->id == deputy->id);
    CHECK(f.heldIn(id, Body::Party)->review == ReviewResult::Failed);

    // The roster's phone edit and End post.
    test::checkRoundTrip(ledger, [&] { REQUIRE(edits::changePhone(ledger, id, QStringLiteral("13700002222")).ok()); });
    CHECK(PersonRepository(ledger).get(id)->phone == QStringLiteral("13700002222"));
    test::checkRoundTrip(ledger, [&] {
        REQUIRE(edits::endPost(ledger, deputy->id, QDate(2025, 9, 1), QStringLiteral("调离")).ok());
    });
    CHECK(CommitteeRepository(ledger).post(deputy->id)->end == QDate(2025, 9, 1));
}

TEST_CASE("A reserve cadre is added with their reserve entry; a refused post names the body", "[edits][committees]")
{
    Village3 f;
    Ledger &ledger = *f.ledger;
    edits::PersonEdit reserve;
    reserve.mode = edits::PersonEdit::Mode::Reserve;
    reserve.person = f.newPerson(QStringLiteral("赵小雨"), 1998);
    ReserveCadre r;
    r.villageId = f.village;
    r.source = QStringLiteral("graduate");
    r.added = QDate(2026, 2, 1);
    r.note = QStringLiteral("返乡大学生");
    reserve.reserve = r;
    qint64 id = 0;
    test::checkRoundTrip(ledger, [&] {
        const Result<qint64> saved = edits::savePerson(ledger, reserve);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
        id = *saved;
    });
    REQUIRE(ReserveRepository(ledger).ofPerson(id).size() == 1);

    // Two chairs of the villagers' committee at once: refused, nothing written, no command.
    edits::PersonEdit first;
    first.person = f.newPerson(QStringLiteral("孙立"), 1970);
    first.posts << f.choice(Body::Committee, Role::Chair);
    REQUIRE(edits::savePerson(ledger, first).ok());
    const QString before = test::dumpTables(ledger);
    const int depth = ledger.history().stack()->count();
    edits::PersonEdit second;
    second.person = f.newPerson(QStringLiteral("钱多"), 1971);
    second.posts << f.choice(Body::Committee, Role::Chair);
    const Result<qint64> refused = edits::savePerson(ledger, second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields[0].field == edits::postField(Body::Committee));
    CHECK(refused.message().startsWith(DomainText::body(Body::Committee) + QStringLiteral(": ")));
    CHECK(test::dumpTables(ledger) == before);
    CHECK(ledger.history().stack()->count() == depth);

    // A wrong phone is refused for its field.
    edits::PersonEdit phone;
    phone.person = f.newPerson(QStringLiteral("周全"), 1980);
    phone.person.phone = QStringLiteral("12345");
    phone.posts << f.choice(Body::Party, Role::Member);
    const Result<qint64> wrongPhone = edits::savePerson(ledger, phone);
    REQUIRE_FALSE(wrongPhone.ok());
    CHECK(wrongPhone.error().fields.constFirst().field == QStringLiteral("phone"));
    CHECK(test::dumpTables(ledger) == before);
}

TEST_CASE("Deleting a person restores them with posts, reserve entry and grid staff links", "[edits][committees]")
{
    test::TempDir dir;
    auto ledger = test::demoLedger(dir.file(QStringLiteral("d.ledger")), 2);
    // Someone who works in a grid and looks after households; give them a reserve entry and
    // make them a grid leader too, so every kind of link is there.
    const qint64 id = scalar(*ledger, QStringLiteral("SELECT w.person_id FROM grid_worker w WHERE EXISTS (SELECT 1 FROM "
                                                     "household h WHERE h.worker_id = w.person_id) ORDER BY w.person_id "
                                                     "LIMIT 1"));
    REQUIRE(id > 0);
    const Person person = *PersonRepository(*ledger).get(id);
    {
        QSqlQuery q(ledger->database());
        REQUIRE(q.exec(QStringLiteral("UPDATE grid SET leader_id = %1 WHERE id = (SELECT MIN(id) FROM grid WHERE "
                                      "village_id = %2)")
                           .arg(id)
                           .arg(person.villageId)));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM reserve_cadre WHERE person_id = %1").arg(id)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO reserve_cadre (village_id, person_id, source, added_on) VALUES "
                                      "(%1, %2, 'other', '2025-01-01')")
                           .arg(person.villageId)
                           .arg(id)));
    }
    const PersonSnapshot before = PersonRepository(*ledger).snapshot(id);
    REQUIRE_FALSE(before.ledGrids.isEmpty());
    REQUIRE_FALSE(before.gridWorkerRows.isEmpty());
    REQUIRE_FALSE(before.workedHouseholds.isEmpty());
    REQUIRE_FALSE(before.reserves.isEmpty());

    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::deletePerson(*ledger, id).ok()); });
    CHECK_FALSE(PersonRepository(*ledger).get(id));

    // Undo failing at the last links: nothing of the person comes back, and the history says why.
    QSignalSpy failed(&ledger->history(), &edits::History::failed);
    const QString deleted = test::dumpTables(*ledger);
    test::failWritesOf(*ledger, QStringLiteral("household"), QStringLiteral("UPDATE"));
    const Result<void> undone = ledger->history().undo();
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.message().contains(QStringLiteral("injected")));
    CHECK(test::dumpTables(*ledger) == deleted);
    CHECK(failed.count() == 1);
    test::stopFailing(*ledger, QStringLiteral("household"));
}

TEST_CASE("Editing a member: an undo failing midway leaves the ledger as it was", "[edits][committees]")
{
    Village3 f;
    Ledger &ledger = *f.ledger;
    edits::PersonEdit add;
    add.person = f.newPerson(QStringLiteral("吴海"), 1982);
    add.posts << f.choice(Body::Party, Role::Member) << f.choice(Body::Committee, Role::Member);
    const qint64 id = *edits::savePerson(ledger, add);
    edits::PersonEdit edit;
    edit.person = *PersonRepository(ledger).get(id);
    edit.person.name = QStringLiteral("吴大海");
    edit.posts << f.choice(Body::Party, Role::Deputy, f.heldIn(id, Body::Party)->id);
    edit.posts[0].start = QDate(2025, 2, 1);
    REQUIRE(edits::savePerson(ledger, edit).ok());

    // The undo removes the new post, then rewrites the ended one: that write fails.
    const QString after = test::dumpTables(ledger);
    test::failWritesOf(ledger, QStringLiteral("post"), QStringLiteral("UPDATE"));
    REQUIRE_FALSE(ledger.history().undo().ok());
    CHECK(test::dumpTables(ledger) == after);
    CHECK(PersonRepository(ledger).get(id)->name == QStringLiteral("吴大海"));
    test::stopFailing(ledger, QStringLiteral("post"));
}

TEST_CASE("A change of term is undone exactly: new terms and posts go, the closed ones reopen",
          "[edits][committees]")
{
    test::TempDir dir;
    auto ledger = test::demoLedger(dir.file(QStringLiteral("t.ledger")), 2);
    const qint64 village = scalar(*ledger, QStringLiteral("SELECT MIN(id) FROM village"));
    CommitteeRepository committees(*ledger);
    const std::optional<Term> old = committees.currentTerm(village, Body::Committee, test::fixedToday());
    REQUIRE(old);
    const int oldPosts = int(committees.posts(old->id).size());

    checkRoundTripAs(*ledger, QStringLiteral("change-of-term"), [&] {
        const Result<void> changed = edits::changeOfTerm(*ledger, village, test::fixedToday(), 5, true);
        INFO(changed.message().toStdString());
        REQUIRE(changed.ok());
    });
    const std::optional<Term> now = committees.currentTerm(village, Body::Committee, test::fixedToday());
    REQUIRE(now);
    CHECK(now->number == old->number + 1);
    CHECK(committees.term(old->id)->closedOn == test::fixedToday());
    CHECK(int(committees.posts(old->id).size()) == oldPosts);

    // Without carrying over, and undone by a transaction that fails after the new terms are gone.
    const QDate later = test::fixedToday().addDays(10);
    REQUIRE(edits::changeOfTerm(*ledger, village, later, 5, false).ok());
    const QString after = test::dumpTables(*ledger);
    test::failWritesOf(*ledger, QStringLiteral("term"), QStringLiteral("UPDATE"));
    const Result<void> undone = ledger->history().undo();
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.message().contains(QStringLiteral("injected")));
    CHECK(test::dumpTables(*ledger) == after);
    test::stopFailing(*ledger, QStringLiteral("term"));

    // A change of term on the day the running terms began is refused and changes nothing.
    const QString unchanged = test::dumpTables(*ledger);
    const Result<void> early = edits::changeOfTerm(*ledger, village, later, 5, true);
    REQUIRE_FALSE(early.ok());
    CHECK(test::dumpTables(*ledger) == unchanged);
}

TEST_CASE("The targets are set and undone to exactly the stored settings", "[edits][committees]")
{
    test::TempDir dir;
    auto ledger = test::newLedger(dir.file(QStringLiteral("s.ledger")));
    Targets t;
    t.minReserveCadres = 3;
    t.termYears = 6;
    // The first time the rows are new: undo removes them again.
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::setTargets(*ledger, t).ok()); });
    CHECK(SettingsStore(*ledger).targets().termYears == 6);
    t.collegeSharePct = 60;
    test::checkRoundTrip(*ledger, [&] { REQUIRE(edits::setTargets(*ledger, t).ok()); });
    CHECK(SettingsStore(*ledger).targets().collegeSharePct == 60);

    t.committeeMin = 9;
    t.committeeMax = 4;
    const Result<void> refused = edits::setTargets(*ledger, t);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
}
