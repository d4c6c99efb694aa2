#pragma once

#include "model/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace tl {

// The three bodies of a village whose members the ledger keeps.
enum class Body { Party = 0, Committee = 1, Supervision = 2 };
// A post inside a body. The same role reads differently per body:
// Chair = 书记 / 主任 / 监委会主任, Deputy = 副书记 / 副主任, Member = 委员.
enum class Role { Chair = 0, Deputy = 1, Member = 2 };

enum class Education { Unknown = 0, Postgraduate, Bachelor, College, SecondaryOrHigh, JuniorOrBelow };
enum class PoliticalStatus { Unknown = 0, PartyMember, ProbationaryMember, LeagueMember, Masses, DemocraticParty };
enum class ReviewResult { NotReviewed = 0, Passed, Failed }; // 资格联审

// Stable text codes kept in the ledger file: readable in any SQLite browser and
// independent of enum order.
QString bodyCode(Body b);
Body bodyFromCode(const QString &code);
QString roleCode(Role r);
Role roleFromCode(const QString &code);
QString educationCode(Education e);
Education educationFromCode(const QString &code);
QString politicalCode(PoliticalStatus p);
PoliticalStatus politicalFromCode(const QString &code);
QString genderCode(Gender g);
Gender genderFromCode(const QString &code);

struct Township
{
    QString name;
    QString county;
    QString clerk;
    QString phone;
    bool isDemo = false;
};

struct Village
{
    qint64 id = 0;
    QString name;
    QString creditCode; // 统一社会信用代码, may be empty until known
    int groups = 0;     // 村民小组
    int households = 0;
    int registeredPopulation = 0;
    int residentPopulation = 0;
    int partyMembers = 0;    // full members with a vote
    int representatives = 0; // 村民代表
    int adults = 0;          // registered villagers aged 18+ (quorum of a 村民会议)
    qint64 incomeYuan = 0;   // 村集体经济收入 per year, in 元 (shown in 万元)
    int starRating = 0;      // 评星定级 1–5, 0 = not rated
    bool weak = false;       // 软弱涣散
    bool modelVillage = false;
    bool ruleOfLawModel = false; // 民主法治示范村
    QString supervisionPhone;
    QString note;
    QDate since; // when the village came into this ledger's care (e.g. a merger mid-quarter)
};

struct Person
{
    qint64 id = 0;
    qint64 villageId = 0;
    QString name;
    QString idNumber;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString ethnicity = QStringLiteral("汉族");
    PoliticalStatus political = PoliticalStatus::Unknown;
    Education education = Education::Unknown;
    QString phone;
    QString note;
};

struct Term
{
    qint64 id = 0;
    qint64 villageId = 0;
    Body body = Body::Committee;
    int number = 1;  // 第几届
    QDate start;
    QDate end;       // planned end (start + term years)
    QDate closedOn;  // set by 换届; null while the term is running
};

struct Post
{
    qint64 id = 0;
    qint64 termId = 0;
    qint64 personId = 0;
    Role role = Role::Member;
    QDate start;
    QDate end; // null while held
    QString endReason;
    ReviewResult review = ReviewResult::NotReviewed;
};

struct ReserveCadre
{
    qint64 id = 0;
    qint64 villageId = 0;
    qint64 personId = 0;
    QString source; // code: entrepreneur (致富能手), returnee, graduate, veteran, other
    QDate added;
    QString note;
    // Taken off the list on this date, for this reason (the record stays, so the list of any past
    // date can be read); invalid while on the list.
    QDate removedOn;
    QString removedReason;

    bool isCurrent() const { return !removedOn.isValid(); }
};

// Display names and the fixed lists the editors offer, translated.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString body(Body b);
    static QString role(Body b, Role r);
    static QString education(Education e);
    static QString political(PoliticalStatus p);
    static QString gender(Gender g);
    static QString review(ReviewResult r);
    static QStringList ethnicities();       // the 56 民族, in the official order
    static QStringList reserveSourceCodes(); // entrepreneur, returnee, graduate, veteran, other
    static QString reserveSource(const QString &code);
    static QList<Education> educations();   // highest first, Unknown last
    static QList<PoliticalStatus> politicalStatuses();
};

// Whole years between birth and a date; -1 when birth is unknown.
int ageOn(const QDate &birth, const QDate &on);
bool isCollegeOrAbove(Education e);
bool isPartyMember(PoliticalStatus p);

} // namespace tl
