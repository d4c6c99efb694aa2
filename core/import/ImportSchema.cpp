#include "import/ImportSchema.h"

#include "import/ImportValues.h"
#include "model/TextNormalize.h"

#include <QRegularExpression>

#include <algorithm>

namespace tl {

namespace {

ImportField field(const char *key, const QString &label, const QStringList &names, bool required = false)
{
    QStringList normalised;
    for (const QString &n : names)
        normalised << ImportSchema::normalizeHeader(n);
    return ImportField{QString::fromLatin1(key), label, normalised, required};
}

QString sl(const char *s) { return QString::fromUtf8(s); }

} // namespace

const QList<ImportField> &ImportSchema::fields(ImportKind kind)
{
    // Built once per kind; labels are translated with the language active at first use, which
    // is the language the program was started in.
    static QList<ImportField> villages, members, households, matters;
    static bool built = false;
    if (!built) {
        built = true;
        villages = {
            field("name", tr("Village"), {sl("村名"), sl("村委会名称"), sl("村名称"), sl("村"), sl("行政村"), sl("村居名称"), sl("村别"), sl("所属村")}, true),
            field("creditCode", tr("Unified social credit code"), {sl("统一社会信用代码"), sl("信用代码"), sl("社会信用代码")}),
            field("groups", tr("Villager groups"), {sl("村民小组数"), sl("小组数"), sl("组数"), sl("村民小组")}),
            field("households", tr("Households"), {sl("户数"), sl("总户数"), sl("户籍户数")}),
            field("registeredPopulation", tr("Registered population"), {sl("户籍人口"), sl("户籍人口数"), sl("总人口")}),
            field("residentPopulation", tr("Resident population"), {sl("常住人口"), sl("常住人口数")}),
            field("adults", tr("Adults (18+)"), {sl("18周岁以上人口"), sl("成年人口"), sl("年满18周岁人数")}),
            field("partyMembers", tr("Party members"), {sl("党员数"), sl("党员人数"), sl("正式党员数"), sl("党员")}),
            field("representatives", tr("Villager representatives"), {sl("村民代表数"), sl("村民代表人数"), sl("村民代表")}),
            field("income", tr("Collective income"), {sl("集体经济收入"), sl("村集体经济收入"), sl("集体收入"), sl("村集体经营性收入")}),
            field("starRating", tr("Star rating"), {sl("星级"), sl("评星定级"), sl("星级评定")}),
            field("supervisionPhone", tr("Supervision phone"), {sl("监督电话"), sl("监督举报电话"), sl("举报电话")}),
            field("note", tr("Note"), {sl("备注")}),
        };
        members = {
            field("village", tr("Village"), {sl("村名"), sl("所在村"), sl("村委会名称"), sl("所属村"), sl("村"), sl("单位"), sl("村名称"), sl("村别"), sl("行政村"), sl("村居名称")}, true),
            field("name", tr("Name"), {sl("姓名"), sl("名字")}, true),
            field("gender", tr("Gender"), {sl("性别")}),
            field("ethnicity", tr("Ethnicity"), {sl("民族")}),
            field("idNumber", tr("ID number"), {sl("身份证号"), sl("公民身份号码"), sl("身份证号码"), sl("身份证")}),
            field("birthDate", tr("Date of birth"), {sl("出生日期"), sl("出生年月"), sl("出生年月日")}),
            field("political", tr("Political status"), {sl("政治面貌")}),
            field("education", tr("Education"), {sl("学历"), sl("文化程度"), sl("最高学历")}),
            field("phone", tr("Phone"), {sl("联系电话"), sl("手机号码"), sl("手机号"), sl("手机"), sl("电话"), sl("联系方式"), sl("电话号码")}),
            field("posts", tr("Posts"), {sl("职务"), sl("现任职务"), sl("担任职务"), sl("职位")}),
            field("postStart", tr("In post since"), {sl("任职时间"), sl("任职日期"), sl("任现职时间"), sl("任职起始时间")}),
            field("reserve", tr("Reserve cadre"), {sl("是否后备干部"), sl("后备干部")}),
            field("note", tr("Note"), {sl("备注")}),
        };
        households = {
            field("village", tr("Village"), {sl("村名"), sl("所在村"), sl("村委会名称"), sl("所属村"), sl("村"), sl("村名称"), sl("村别"), sl("行政村"), sl("村居名称")}, true),
            field("group", tr("Villager group"), {sl("村民小组"), sl("组别"), sl("小组"), sl("组"), sl("所属小组"), sl("所在组"), sl("所属村民小组"), sl("村民组")}),
            field("headName", tr("Head of household"), {sl("户主姓名"), sl("户主"), sl("户主名"), sl("户主名字")}, true),
            field("headIdNumber", tr("Head's ID number"), {sl("户主身份证号"), sl("户主身份证号码"), sl("身份证号"), sl("身份证号码"), sl("公民身份号码"), sl("身份证"), sl("户主身份证"), sl("户主公民身份号码")}),
            field("address", tr("Address"), {sl("门牌号"), sl("住址"), sl("地址"), sl("家庭住址"), sl("门牌"), sl("门牌号/地址"), sl("地址/门牌号")}),
            field("people", tr("People"), {sl("家庭人口"), sl("人口数"), sl("家庭人口数"), sl("人口"), sl("户人口")}),
            field("phone", tr("Phone"), {sl("联系电话"), sl("手机号码"), sl("电话"), sl("手机"), sl("联系方式"), sl("手机号"), sl("电话号码")}),
            field("tags", tr("Tags"), {sl("标签"), sl("户类别"), sl("户类型"), sl("类别"), sl("户籍类别")}),
            field("grid", tr("Grid"), {sl("网格"), sl("所属网格"), sl("网格名称")}),
            field("worker", tr("Grid worker"), {sl("网格员"), sl("网格员姓名")}),
        };
        matters = {
            field("village", tr("Village"), {sl("村名"), sl("所在村"), sl("村委会名称"), sl("所属村"), sl("村"), sl("村名称"), sl("村别"), sl("行政村"), sl("村居名称")}, true),
            field("title", tr("Matter"), {sl("事项名称"), sl("事项"), sl("名称"), sl("议题"), sl("标题"), sl("事项标题")}, true),
            field("category", tr("Category"), {sl("类别"), sl("事项类别"), sl("类型")}),
            field("amount", tr("Amount"), {sl("金额"), sl("涉及金额"), sl("资金额"), sl("预算金额")}),
            field("proposalDate", tr("Proposed on"), {sl("提议日期"), sl("提议时间")}),
            field("jointDate", tr("Deliberated on"), {sl("商议日期"), sl("商议时间")}),
            field("reviewDate", tr("Reviewed on"), {sl("审议日期"), sl("审议时间")}),
            field("reviewExpected", tr("Review: expected"), {sl("审议应到"), sl("审议应到人数")}),
            field("reviewPresent", tr("Review: present"), {sl("审议实到"), sl("审议实到人数")}),
            field("reviewFor", tr("Review: in favour"), {sl("审议同意"), sl("审议同意人数")}),
            field("form", tr("Resolution form"), {sl("决议形式"), sl("决议方式")}),
            field("resolutionDate", tr("Resolved on"), {sl("决议日期"), sl("决议时间")}),
            field("resolutionExpected", tr("Resolution: expected"), {sl("决议应到"), sl("决议应到人数")}),
            field("resolutionPresent", tr("Resolution: present"), {sl("决议实到"), sl("决议实到人数")}),
            field("resolutionFor", tr("Resolution: in favour"), {sl("决议同意"), sl("决议同意人数")}),
            field("resolutionAgainst", tr("Resolution: against"), {sl("决议反对"), sl("决议反对人数")}),
            field("resolutionAbstain", tr("Resolution: abstaining"), {sl("决议弃权"), sl("决议弃权人数")}),
            field("resolutionDisclosureDate", tr("Resolution disclosed on"), {sl("决议公开日期"), sl("决议公开时间")}),
            field("disclosureEnd", tr("Disclosure ends"), {sl("公开截止日期"), sl("公开截止时间"), sl("公示截止日期")}),
            field("resultDate", tr("Result disclosed on"), {sl("结果公开日期"), sl("结果公开时间"), sl("实施结果公开日期")}),
            field("channels", tr("Channels"), {sl("公开方式"), sl("公开渠道"), sl("公开形式")}),
            field("description", tr("Description"), {sl("事项内容"), sl("内容"), sl("备注")}),
            field("plannedCompletion", tr("Planned completion"), {sl("计划完成时间"), sl("计划完成日期"), sl("预计完成时间"), sl("计划完工时间")}),
            field("motionSource", tr("Reason for the motion"), {sl("动议事由"), sl("动议来源"), sl("提议来源"), sl("动议事由来源"), sl("事项来源")}),
            // Written once for the sheet (not under a step): the cadre of the meetings of steps 3 and 4.
            field("townshipAttendee", tr("Township cadre attending"), {sl("乡镇参会人员"), sl("乡镇参会干部"), sl("包村干部"), sl("乡镇参会领导"), sl("镇参会人员")}),
        };
        // County templates put a step's name over its sub-columns (党员大会审议 over 时间/应到/实到/同意),
        // or write the two together in one cell (审议实到): every step name × sub-column name is a
        // header of the step's field. The fields above keep their keys; these add to them.
        const QList<QPair<const char *, QStringList>> meetings = {
            {"proposal", {sl("党支部提议"), sl("党组织提议"), sl("村党组织提议"), sl("支部提议"), sl("支委会提议"), sl("党支部会提议"), sl("提议")}},
            {"joint", {sl("两委会商议"), sl("两委商议"), sl("村两委会商议"), sl("两委联席会议商议"), sl("村两委联席会议商议"), sl("商议")}},
            {"review", {sl("党员大会审议"), sl("党员大会"), sl("审议"), sl("党员议事会审议"), sl("党员议事会")}},
            {"resolution", {sl("村民代表会议决议"), sl("村民会议决议"), sl("村民会议或村民代表会议决议"), sl("决议"),
                            sl("联户代表会议决议"), sl("联户代表会议")}},
        };
        const QList<QPair<const char *, QStringList>> meetingParts = {
            {"Date", {sl("时间"), sl("日期"), sl("召开时间"), sl("会议时间"), sl("召开日期")}},
            {"Expected", {sl("应到"), sl("应到人数"), sl("应参会人数")}},
            {"Present", {sl("实到"), sl("实到人数"), sl("参会人数")}},
            {"For", {sl("同意"), sl("同意人数"), sl("赞成"), sl("赞成人数"), sl("赞成票")}},
            {"Against", {sl("反对"), sl("反对人数"), sl("反对票")}},
            {"Abstain", {sl("弃权"), sl("弃权人数"), sl("弃权票")}},
            {"Place", {sl("地点"), sl("会议地点"), sl("召开地点")}},
            {"Chair", {sl("主持人"), sl("主持")}},
            {"Recorder", {sl("记录人"), sl("记录")}},
        };
        const QHash<QString, QString> partLabels = {
            {QStringLiteral("Date"), tr("date")},         {QStringLiteral("Expected"), tr("expected")},
            {QStringLiteral("Present"), tr("present")},   {QStringLiteral("For"), tr("in favour")},
            {QStringLiteral("Against"), tr("against")},   {QStringLiteral("Abstain"), tr("abstaining")},
            {QStringLiteral("Place"), tr("place")},       {QStringLiteral("Chair"), tr("chair")},
            {QStringLiteral("Recorder"), tr("recorder")}, {QStringLiteral("End"), tr("end")},
            {QStringLiteral("Channels"), tr("channels")}, {QStringLiteral("SignedBy"), tr("signed by (supervision committee)")},
            {QStringLiteral("Summary"), tr("result")},
            {QStringLiteral("TownshipAttendee"), tr("township cadre attending")},
            {QStringLiteral("Opinion"), tr("supervision committee's opinion")},
        };
        const QHash<QString, QString> stepLabels = {
            {QStringLiteral("proposal"), tr("Proposal")},
            {QStringLiteral("joint"), tr("Deliberation")},
            {QStringLiteral("review"), tr("Review")},
            {QStringLiteral("resolution"), tr("Resolution")},
            {QStringLiteral("resolutionDisclosure"), tr("Resolution disclosure")},
            {QStringLiteral("result"), tr("Result disclosure")},
        };
        // Keys already used above for a step part.
        const QHash<QString, QString> existingKeys = {
            {QStringLiteral("resolutionDisclosureEnd"), QStringLiteral("disclosureEnd")},
            {QStringLiteral("resolutionDisclosureChannels"), QStringLiteral("channels")},
            {QStringLiteral("resolutionDisclosureOpinion"), QStringLiteral("supervisionOpinion")},
        };
        // 监督意见 written once for the sheet is the opinion on the resolution's disclosure (as 公开截止日期 is its end).
        matters << field("supervisionOpinion", tr("Resolution disclosure: supervision committee's opinion"),
                         {sl("监督意见"), sl("监委会意见"), sl("村务监督委员会意见"), sl("监督委员会意见"), sl("监委会监督意见")});
        auto addParts = [&](const char *step, const QStringList &stepNames,
                            const QList<QPair<const char *, QStringList>> &parts) {
            for (const auto &[part, partNames] : parts) {
                QString key = QString::fromLatin1(step) + QString::fromLatin1(part);
                key = existingKeys.value(key, key);
                QStringList names;
                for (const QString &s : stepNames)
                    for (const QString &n : partNames)
                        names << s + n;
                const int existing = [&] {
                    for (int i = 0; i < matters.size(); ++i)
                        if (matters.at(i).key == key)
                            return i;
                    return -1;
                }();
                if (existing >= 0) {
                    for (const QString &n : names)
                        if (!matters[existing].names.contains(normalizeHeader(n)))
                            matters[existing].names << normalizeHeader(n);
                    continue;
                }
                matters << field(key.toLatin1().constData(),
                                 tr("%1: %2", "step: part of its record")
                                     .arg(stepLabels.value(QString::fromLatin1(step)),
                                          partLabels.value(QString::fromLatin1(part))),
                                 names);
            }
        };
        for (const auto &[step, names] : meetings)
            addParts(step, names, meetingParts);
        // The township cadre attends the party members' meeting and the resolution.
        const QList<QPair<const char *, QStringList>> attendeeParts = {
            {"TownshipAttendee", {sl("乡镇参会人员"), sl("乡镇参会干部"), sl("包村干部"), sl("乡镇参会领导"), sl("镇参会人员")}},
        };
        addParts("review", meetings.at(2).second, attendeeParts);
        addParts("resolution", meetings.at(3).second, attendeeParts);
        const QList<QPair<const char *, QStringList>> disclosureParts = {
            {"Date", {sl("公开时间"), sl("公开日期"), sl("公示时间"), sl("公示日期"), sl("时间"), sl("日期"), sl("开始时间"), sl("公开开始时间")}},
            {"End", {sl("截止时间"), sl("截止日期"), sl("结束时间"), sl("公开截止时间"), sl("公开截止日期"), sl("公示截止时间"), sl("公开结束时间")}},
            {"Channels", {sl("公开方式"), sl("公开形式"), sl("公开渠道"), sl("方式"), sl("渠道")}},
            {"Opinion", {sl("监督意见"), sl("监委会意见"), sl("村务监督委员会意见"), sl("监督委员会意见"), sl("监委会监督意见")}},
            {"SignedBy", {sl("监委会签字"), sl("监督委员会签字"), sl("村务监督委员会签字"), sl("监委会成员"), sl("监委会审核人"), sl("监督人"), sl("监委会签名")}},
        };
        addParts("resolutionDisclosure", {sl("决议公开"), sl("决议公示"), sl("决议事项公开"), sl("决议结果公开")}, disclosureParts);
        QList<QPair<const char *, QStringList>> resultParts = disclosureParts;
        resultParts << QPair<const char *, QStringList>{"Summary", {sl("实施结果"), sl("结果"), sl("情况"), sl("实施情况"), sl("内容")}};
        addParts("result", {sl("实施结果公开"), sl("结果公开"), sl("实施结果公示"), sl("结果公示"), sl("实施情况公开")}, resultParts);
    }
    switch (kind) {
    case ImportKind::Villages:
        return villages;
    case ImportKind::Members:
        return members;
    case ImportKind::Households:
        return households;
    case ImportKind::Matters:
        break;
    }
    return matters;
}

int ImportSchema::fieldIndex(ImportKind kind, QAnyStringView key)
{
    // Called for every cell of an import with a literal key: compared in place, nothing allocated.
    // The keys are ASCII names, so a key given as bytes is compared as Latin-1 (no decoding).
    const QList<ImportField> &list = fields(kind);
    const int ascii = key.visit([&](auto view) {
        if constexpr (std::is_same_v<decltype(view), QUtf8StringView>) {
            const char *bytes = reinterpret_cast<const char *>(view.data());
            if (!std::all_of(bytes, bytes + view.size(), [](char c) { return uchar(c) < 0x80; }))
                return -2; // not ASCII: compared as text below
            const QLatin1StringView latin1(bytes, view.size());
            for (int i = 0; i < list.size(); ++i)
                if (list.at(i).key == latin1)
                    return i;
            return -1;
        } else {
            return -2;
        }
    });
    if (ascii != -2)
        return ascii;
    for (int i = 0; i < list.size(); ++i)
        if (QAnyStringView::compare(list.at(i).key, key) == 0)
            return i;
    return -1;
}

QString ImportSchema::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Villages:
        return tr("villages");
    case ImportKind::Members:
        return tr("two-committee members and reserve cadres");
    case ImportKind::Households:
        return tr("households");
    case ImportKind::Matters:
        break;
    }
    return tr("matters (four deliberations, two disclosures)");
}

QString ImportSchema::kindCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Villages:
        return QStringLiteral("villages");
    case ImportKind::Members:
        return QStringLiteral("members");
    case ImportKind::Households:
        return QStringLiteral("households");
    case ImportKind::Matters:
        break;
    }
    return QStringLiteral("matters");
}

std::optional<ImportKind> ImportSchema::kindFromCode(const QString &code)
{
    for (ImportKind k : {ImportKind::Villages, ImportKind::Members, ImportKind::Households, ImportKind::Matters})
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

QString ImportSchema::normalizeHeader(const QString &header)
{
    QString h = normalizeCode(toHalfWidth(header));
    static const QRegularExpression brackets(QStringLiteral(R"(\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕)"));
    h.remove(brackets);
    static const QRegularExpression marks(QStringLiteral(R"([*※:：#\.。])"));
    h.remove(marks);
    return h;
}

bool ImportSchema::isDerivedHeader(const QString &header)
{
    // 参会比例 = 实到 / 应到: worked out from the counts, never typed into the ledger; 年龄 likewise
    // from the date of birth.
    static const QStringList derived = {QStringLiteral("参会比例"), QStringLiteral("参会率"), QStringLiteral("到会率"),
                                        QStringLiteral("到会比例"), QStringLiteral("出席率"), QStringLiteral("实到比例"),
                                        QStringLiteral("出席比例"), QStringLiteral("年龄")}; // 年龄: from the birth date
    const int dot = header.indexOf(QStringLiteral("·"));
    const QString h = normalizeHeader(dot < 0 ? header : header.mid(dot + 1));
    for (const QString &d : derived)
        if (h.endsWith(d))
            return true;
    return false;
}

int ImportSchema::matchHeader(ImportKind kind, const QString &header)
{
    const QString h = normalizeHeader(header);
    if (h.isEmpty())
        return -1;
    const QList<ImportField> &list = fields(kind);
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).names.contains(h))
            return i;
    return -1;
}

namespace {

// The header text of each column of a header of one row (lower empty) or two rows: a step name
// over its sub-columns is carried to the right over the blank cells a merge leaves (and that a
// .xls or CSV has where the clerk wrote the name once), as long as the sub-row goes on.
QStringList headerTexts(const QVariantList &upper, const QVariantList &lower, bool twoRows)
{
    QStringList out;
    const int width = int(qMax(upper.size(), twoRows ? lower.size() : 0));
    QString carried;
    bool subRowGoesOn = false;
    for (int c = 0; c < width; ++c) {
        QString top = ImportValues::text(upper.value(c));
        const QString bottom = twoRows ? ImportValues::text(lower.value(c)) : QString();
        if (!twoRows) {
            out << top;
            continue;
        }
        if (top.isEmpty() && !bottom.isEmpty() && subRowGoesOn)
            top = carried;
        if (!top.isEmpty())
            carried = top;
        subRowGoesOn = !bottom.isEmpty();
        if (top.isEmpty() || bottom.isEmpty() || top == bottom)
            out << (top.isEmpty() ? bottom : top);
        else
            out << top + QStringLiteral("·") + bottom;
    }
    return out;
}

} // namespace

int ImportSchema::matchCombinedHeader(ImportKind kind, const QString &header)
{
    const int dot = header.indexOf(QStringLiteral("·"));
    if (dot < 0)
        return matchHeader(kind, header);
    // 党员大会审议·实到: the two together first, then the sub-column alone (基本情况 over 村名),
    // then the upper name alone (a single field merged over two columns).
    const QString top = header.left(dot);
    const QString bottom = header.mid(dot + 1);
    int f = matchHeader(kind, top + bottom);
    if (f < 0)
        f = matchHeader(kind, bottom);
    return f;
}

ColumnMapping ImportSchema::detect(ImportKind kind, const QList<QPair<int, QVariantList>> &firstRows)
{
    ColumnMapping best;
    best.columns.fill(-1, fields(kind).size());
    int bestMatches = 1; // a header names at least two fields
    auto matchesOf = [&](const QStringList &texts, QVector<int> *columns) {
        columns->fill(-1, fields(kind).size());
        int matches = 0;
        for (int c = 0; c < texts.size(); ++c) {
            const int f = matchCombinedHeader(kind, texts.at(c));
            if (f >= 0 && (*columns)[f] < 0) {
                (*columns)[f] = c;
                ++matches;
            }
        }
        return matches;
    };
    for (int i = 0; i < firstRows.size(); ++i) {
        for (const bool twoRows : {false, true}) {
            if (twoRows && (i + 1 >= firstRows.size() || firstRows.at(i + 1).first != firstRows.at(i).first + 1))
                continue;
            const QStringList texts =
                headerTexts(firstRows.at(i).second, twoRows ? firstRows.at(i + 1).second : QVariantList(), twoRows);
            QVector<int> columns;
            const int matches = matchesOf(texts, &columns);
            if (twoRows) {
                // Two rows are one header only when together they name more than the lower row
                // alone: a title row above a header adds nothing.
                QVector<int> lowerColumns;
                if (matches <= matchesOf(headerTexts(firstRows.at(i + 1).second, {}, false), &lowerColumns))
                    continue;
            }
            if (matches > bestMatches) {
                bestMatches = matches;
                best.headerRow = twoRows ? firstRows.at(i + 1).first : firstRows.at(i).first;
                best.headerRows = twoRows ? 2 : 1;
                best.columns = columns;
                best.headers = texts;
            }
        }
    }
    return best;
}

QStringList ImportSchema::missingRequired(ImportKind kind, const ColumnMapping &mapping)
{
    QStringList missing;
    const QList<ImportField> &list = fields(kind);
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).required && mapping.column(i) < 0)
            missing << list.at(i).label;
    return missing;
}

} // namespace tl
