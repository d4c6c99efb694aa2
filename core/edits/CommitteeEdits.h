#pragma once

#include "committees/PersonRepository.h"
#include "model/Domain.h"
#include "model/Result.h"
#include "storage/Settings.h"

#include <optional>

namespace tl {
class Ledger;
}

// Edits of the two committees' people, posts, terms and the reserve cadre pool (see VillageEdits.h
// for how the edit functions work).
namespace tl::edits {

// 后备人才库. addReserveCadre returns the new entry's id.
Result<qint64> addReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name);
Result<void> editReserveCadre(Ledger &ledger, const ReserveCadre &cadre, const QString &name);
// Deletes the record of a cadre entered by mistake (never on the list). A cadre who leaves the
// list is taken off it instead: takeReserveCadreOff keeps the record with the date and reason.
Result<void> removeReserveCadre(Ledger &ledger, qint64 cadreId, const QString &name);
Result<void> takeReserveCadreOff(Ledger &ledger, qint64 cadreId, const QDate &on, const QString &reason,
                                 const QString &name);

// What the clerk chose for one body's post in its running term.
struct PostChoice
{
    Body body = Body::Committee;
    qint64 termId = 0;       // the running term; 0: the body has none, nothing changes
    qint64 heldPostId = 0;   // the post the person holds in it now, if any
    std::optional<Role> role; // the post wanted; none: no post (a held one ends)
    QDate start;
    ReviewResult review = ReviewResult::NotReviewed;
    QDate end;               // when a held post ends without a successor: its end and reason
    QString endReason;
};

// A person as the person dialog saves them: the record, their posts in the running terms and,
// for a new reserve cadre, the reserve entry.
struct PersonEdit
{
    enum class Mode { Member, Reserve };
    Person person; // id 0: a new person
    PersonRepository::IdPolicy idPolicy = PersonRepository::IdPolicy::Strict;
    Mode mode = Mode::Member;
    QList<PostChoice> posts;
    std::optional<ReserveCadre> reserve; // added with the person (its personId is filled in)
};

// The field a post choice's refusal is reported under: "post:party" etc.
QString postField(Body body);

// Adds or changes the person, their posts and reserve entry as one edit; returns the person's id.
// A refusal names the fields (person fields, or postField() with "body: reason" as the message).
Result<qint64> savePerson(Ledger &ledger, const PersonEdit &edit);
// Changes the person's phone only (the roster's in-place edit); an old ID number is not checked.
Result<void> changePhone(Ledger &ledger, qint64 personId, const QString &phone);
// Deletes a person with their posts, reserve entries and grid staff links; undo restores all.
Result<void> deletePerson(Ledger &ledger, qint64 personId);
// Records that a post ends; it stays in the history.
Result<void> endPost(Ledger &ledger, qint64 postId, const QDate &end, const QString &reason);

// Terms: the first recorded term of a body (returns its id), and a change of term (换届) of all
// three bodies; undo removes the new terms and posts and reopens the closed ones exactly.
Result<qint64> openFirstTerm(Ledger &ledger, const Term &term);
Result<void> changeOfTerm(Ledger &ledger, qint64 villageId, const QDate &date, int termYears, bool carryOver);

// The targets and rule thresholds (settings).
Result<void> setTargets(Ledger &ledger, const Targets &targets);

} // namespace tl::edits
