#pragma once

#include "model/Domain.h"
#include "model/Saved.h"

#include <optional>

namespace tl {

class Ledger;

// One line of a village roster: a person with the posts they hold (or held) on a date.
struct RosterEntry
{
    Person person;
    QList<Post> posts;       // posts current on the roster date
    QList<Body> bodies;      // bodies of those posts, parallel to posts
    bool isReserve = false;
    QDate firstStart;        // earliest start among current posts
    QString postTitles() const; // "书记、主任"
};

class CommitteeRepository
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeRepository)
public:
    explicit CommitteeRepository(Ledger &ledger) : m_ledger(ledger) {}

    // Terms (届)
    QList<Term> terms(qint64 villageId) const;
    std::optional<Term> term(qint64 termId) const;
    // The running term of a body on a date: started, not closed.
    std::optional<Term> currentTerm(qint64 villageId, Body body, const QDate &on) const;
    Saved openTerm(Term term); // keeps a set id (redo of an opening)
    // 换届: closes the running terms of all three bodies on `date`, ends their posts with the
    // reason 换届 and opens the next terms (termYears long). With carryOver the holders are
    // re-entered into the new terms (连任) so the clerk only corrects who changed.
    bool changeOfTerm(qint64 villageId, const QDate &date, int termYears, bool carryOver, QString *error);
    // The same, under whatever audit source the caller set (an edit command says change-of-term
    // on the first run and undo/redo later).
    bool applyChangeOfTerm(qint64 villageId, const QDate &date, int termYears, bool carryOver, QString *error);
    // Undo support: rows written exactly as given (same ids), without today's checks.
    bool restoreTerms(const QList<Term> &terms, QString *error);
    bool rewriteTerm(const Term &term, QString *error);
    bool removeTerm(qint64 termId, QString *error); // its posts go with it

    // Posts
    QList<Post> posts(qint64 termId) const;
    QList<Post> postsOfPerson(qint64 personId) const;
    std::optional<Post> post(qint64 postId) const;
    FieldErrors validate(const Post &post) const;
    Saved addPost(Post post);
    Saved updatePost(Post post);
    bool endPost(qint64 postId, const QDate &end, const QString &reason, QString *error);
    bool removePost(qint64 postId, QString *error);
    bool restorePosts(const QList<Post> &posts, QString *error); // undo support: same ids
    bool rewritePost(const Post &post, QString *error);           // undo support: no checks

    // Everybody in a village who holds a post on `on` (or, with includeFormer, ever held one),
    // plus reserve cadres when includeReserves. Sorted by body and role.
    QList<RosterEntry> roster(qint64 villageId, const QDate &on, bool includeFormer = false) const;

private:
    Ledger &m_ledger;
};

} // namespace tl
