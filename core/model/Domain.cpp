#include "model/Domain.h"

namespace tl {

QString bodyCode(Body b)
{
    switch (b) {
    case Body::Party: return QStringLiteral("party");
    case Body::Committee: return QStringLiteral("committee");
    case Body::Supervision: return QStringLiteral("supervision");
    }
    return {};
}

Body bodyFromCode(const QString &code)
{
    if (code == QLatin1String("party"))
        return Body::Party;
    if (code == QLatin1String("supervision"))
        return Body::Supervision;
    return Body::Committee;
}

QString roleCode(Role r)
{
    switch (r) {
    case Role::Chair: return QStringLiteral("chair");
    case Role::Deputy: return QStringLiteral("deputy");
    case Role::Member: return QStringLiteral("member");
    }
    return {};
}

Role roleFromCode(const QString &code)
{
    if (code == QLatin1String("chair"))
        return Role::Chair;
    if (code == QLatin1String("deputy"))
        return Role::Deputy;
    return Role::Member;
}

namespace {
struct EduCode { Education e; const char *code; };
constexpr EduCode kEducationCodes[] = {
    {Education::Postgraduate, "postgraduate"}, {Education::Bachelor, "bachelor"},
    {Education::College, "college"},           {Education::SecondaryOrHigh, "secondary"},
    {Education::JuniorOrBelow, "junior"},
};
struct PolCode { PoliticalStatus p; const char *code; };
constexpr PolCode kPoliticalCodes[] = {
    {PoliticalStatus::PartyMember, "cpc"},          {PoliticalStatus::ProbationaryMember, "cpc_probation"},
    {PoliticalStatus::LeagueMember, "league"},      {PoliticalStatus::Masses, "masses"},
    {PoliticalStatus::DemocraticParty, "democratic"},
};
} // namespace

QString educationCode(Education e)
{
    for (const auto &c : kEducationCodes)
        if (c.e == e)
            return QString::fromLatin1(c.code);
    return {};
}

Education educationFromCode(const QString &code)
{
    for (const auto &c : kEducationCodes)
        if (code == QLatin1String(c.code))
            return c.e;
    return Education::Unknown;
}

QString politicalCode(PoliticalStatus p)
{
    for (const auto &c : kPoliticalCodes)
        if (c.p == p)
            return QString::fromLatin1(c.code);
    return {};
}

PoliticalStatus politicalFromCode(const QString &code)
{
    for (const auto &c : kPoliticalCodes)
        if (code == QLatin1String(c.code))
            return c.p;
    return PoliticalStatus::Unknown;
}

QString genderCode(Gender g)
{
    return g == Gender::Male ? QStringLiteral("M") : g == Gender::Female ? QStringLiteral("F") : QString();
}

Gender genderFromCode(const QString &code)
{
    return code == QLatin1String("M") ? Gender::Male : code == QLatin1String("F") ? Gender::Female : Gender::Unknown;
}

QString DomainText::body(Body b)
{
    switch (b) {
    case Body::Party: return tr("Party organisation");
    case Body::Committee: return tr("Villagers' committee");
    case Body::Supervision: return tr("Supervision committee");
    }
    return {};
}

QString DomainText::role(Body b, Role r)
{
    if (r == Role::Member)
        return tr("Member");
    switch (b) {
    case Body::Party: return r == Role::Chair ? tr("Party secretary") : tr("Deputy party secretary");
    case Body::Committee: return r == Role::Chair ? tr("Committee director") : tr("Deputy committee director");
    case Body::Supervision: return r == Role::Chair ? tr("Supervision director") : tr("Supervision deputy");
    }
    return {};
}

QString DomainText::education(Education e)
{
    switch (e) {
    case Education::Postgraduate: return tr("Postgraduate");
    case Education::Bachelor: return tr("Bachelor");
    case Education::College: return tr("Junior college");
    case Education::SecondaryOrHigh: return tr("Technical secondary / high school");
    case Education::JuniorOrBelow: return tr("Junior middle school or below");
    case Education::Unknown: break;
    }
    return tr("Unknown");
}

QString DomainText::political(PoliticalStatus p)
{
    switch (p) {
    case PoliticalStatus::PartyMember: return tr("CPC member");
    case PoliticalStatus::ProbationaryMember: return tr("CPC probationary member");
    case PoliticalStatus::LeagueMember: return tr("CYL member");
    case PoliticalStatus::Masses: return tr("Masses");
    case PoliticalStatus::DemocraticParty: return tr("Democratic party member");
    case PoliticalStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString DomainText::gender(Gender g)
{
    switch (g) {
    case Gender::Male: return tr("Male");
    case Gender::Female: return tr("Female");
    case Gender::Unknown: break;
    }
    return tr("Unknown");
}

QString DomainText::review(ReviewResult r)
{
    switch (r) {
    case ReviewResult::Passed: return tr("Passed");
    case ReviewResult::Failed: return tr("Failed");
    case ReviewResult::NotReviewed: break;
    }
    return tr("Not reviewed");
}

QStringList DomainText::ethnicities()
{
    // Kept in Chinese in every language: these are the official names written on ID cards. Split
    // once: every person saved is checked against the list.
    static const QStringList names
        = QStringLiteral("汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 "
                         "哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 "
                         "柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 "
                         "塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 "
                         "鄂伦春族 赫哲族 门巴族 珞巴族 基诺族")
              .split(QLatin1Char(' '));
    return names;
}

QStringList DomainText::reserveSourceCodes()
{
    return {QStringLiteral("entrepreneur"), QStringLiteral("returnee"), QStringLiteral("graduate"),
            QStringLiteral("veteran"), QStringLiteral("other")};
}

QString DomainText::reserveSource(const QString &code)
{
    if (code == QLatin1String("entrepreneur"))
        return tr("Successful entrepreneur");
    if (code == QLatin1String("returnee"))
        return tr("Returnee");
    if (code == QLatin1String("graduate"))
        return tr("College graduate");
    if (code == QLatin1String("veteran"))
        return tr("Veteran");
    return tr("Other");
}

QList<Education> DomainText::educations()
{
    return {Education::Postgraduate, Education::Bachelor, Education::College, Education::SecondaryOrHigh,
            Education::JuniorOrBelow, Education::Unknown};
}

QList<PoliticalStatus> DomainText::politicalStatuses()
{
    return {PoliticalStatus::PartyMember, PoliticalStatus::ProbationaryMember, PoliticalStatus::LeagueMember,
            PoliticalStatus::Masses, PoliticalStatus::DemocraticParty, PoliticalStatus::Unknown};
}

int ageOn(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid())
        return -1;
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

bool isCollegeOrAbove(Education e)
{
    return e == Education::Postgraduate || e == Education::Bachelor || e == Education::College;
}

bool isPartyMember(PoliticalStatus p)
{
    return p == PoliticalStatus::PartyMember || p == PoliticalStatus::ProbationaryMember;
}

} // namespace tl
