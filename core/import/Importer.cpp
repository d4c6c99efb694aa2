#include "import/Importer.h"

#include "storage/Backups.h"
#include "committees/CommitteeRepository.h"
#include "storage/DeferredAudit.h"
#include "storage/Statement.h"
#include "storage/DeferredIndexes.h"
#include "matters/Deliberation.h"
#include "grids/HouseholdRepository.h"
#include "import/ImportValues.h"
#include "import/sheets/ReadAhead.h"
#include "storage/Ledger.h"
#include "matters/MatterRepository.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "storage/Settings.h"
#include "storage/SqlUtil.h"
#include "reports/TableExport.h"
#include "model/TextNormalize.h"
#include "model/VillageRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <limits>
#include <vector>

namespace tl {

namespace {

// The fields a row gives a value for, by their schema keys. A row has a few dozen at most: a
// short list of the fields' indexes in the schema, where a set of strings allocated for every
// field of every row. (A key the schema does not know is kept as text.)
class FieldSet
{
public:
    explicit FieldSet(ImportKind kind) : m_kind(kind) {}
    void insert(QAnyStringView key)
    {
        if (contains(key))
            return;
        if (const int f = ImportSchema::fieldIndex(m_kind, key); f >= 0)
            m_fields.append(f);
        else
            m_others.append(key.toString());
    }
    bool contains(QAnyStringView key) const
    {
        const int f = ImportSchema::fieldIndex(m_kind, key);
        return f >= 0 ? m_fields.contains(f) : m_others.contains(key.toString());
    }
    void remove(QAnyStringView key)
    {
        if (const int f = ImportSchema::fieldIndex(m_kind, key); f >= 0)
            m_fields.removeAll(f);
        else
            m_others.removeAll(key.toString());
    }

private:
    ImportKind m_kind;
    QVarLengthArray<int, 24> m_fields;
    QStringList m_others;
};

} // namespace

// What one row says, parsed from its cells without looking at the ledger.
struct Importer::Parsed
{
    QString villageName;
    QString notRecord;    // the word of a totals or notes row (合计 …): skipped, not rejected
    QString maskedId;     // an ID number as a masked export shows it (371302********123X)
    QString rejectKey;    // field at fault when the cells themselves are wrong
    QString rejectReason;
    QStringList notes;
    explicit Parsed(ImportKind kind) : present(kind) {}
    FieldSet present; // fields with a value in this row (an update changes only those)

    Village village;

    Person person;
    QList<QPair<Body, Role>> posts;
    QStringList unknownPosts;
    QDate postStart;
    bool reserve = false;

    Household household;
    QString gridName;
    QString workerName;

    Matter matter;
    QList<StepRecord> steps;
};

namespace {

const int kHeaderSearchRows = 20;

// Values under non-negative 64-bit keys, in one array probed in order from the key's slot (open
// addressing). A county sheet adds 200,000 ID numbers and looks each up twice; QHash keeps its
// entries apart from its index and pays two or three cache misses a lookup where this pays one.
template <typename V> class NumberTable
{
public:
    V value(qint64 key) const
    {
        if (m_slots.empty())
            return V();
        for (size_t i = slotOf(key);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &s = m_slots[i];
            if (s.key == key)
                return s.value;
            if (s.key == kEmpty)
                return V();
        }
    }
    // Sets the value under key (replacing one there).
    void insert(qint64 key, V value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        for (size_t i = slotOf(key);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &s = m_slots[i];
            if (s.key == kEmpty) {
                s = Slot{key, value};
                ++m_size;
                return;
            }
            if (s.key == key) {
                s.value = value;
                return;
            }
        }
    }

private:
    static constexpr qint64 kEmpty = -1;
    struct Slot
    {
        qint64 key = kEmpty;
        V value{};
    };
    size_t slotOf(qint64 key) const
    {
        // Fibonacci hashing: the top bits of the key times 2^64/φ, spread over the table.
        return size_t((quint64(key) * 0x9E3779B97F4A7C15ull) >> m_shift);
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.empty() ? 1024 : m_slots.size() * 2);
        old.swap(m_slots);
        m_shift = 64 - std::countr_zero(m_slots.size());
        m_size = 0;
        for (const Slot &s : old)
            if (s.key != kEmpty)
                insert(s.key, s.value);
    }

    std::vector<Slot> m_slots; // a power of two, at most half full
    size_t m_size = 0;
    int m_shift = 64;
};

// A map keyed by ID numbers (or other text): an 18-character ID number is kept as one 64-bit
// number, so the million IDs of a large sheet take a fraction of the memory of as many strings.
template <typename V> class IdKeyed
{
public:
    V value(const QString &key) const
    {
        const qint64 n = number(key);
        return n >= 0 ? m_numbers.value(n) : m_texts.value(key);
    }
    void insert(const QString &key, V value)
    {
        const qint64 n = number(key);
        if (n >= 0)
            m_numbers.insert(n, value);
        else
            m_texts.insert(key, value);
    }

private:
    static qint64 number(const QString &key)
    {
        if (key.size() != 18)
            return -1;
        qint64 n = 0;
        for (int i = 0; i < 17; ++i) {
            const char16_t c = key.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        const char16_t last = key.at(17).unicode();
        if (last >= u'0' && last <= u'9')
            return n * 11 + (last - u'0');
        return last == u'X' ? n * 11 + 10 : -1; // lower-case x stays text: keys are compared as given
    }

    NumberTable<V> m_numbers;
    QHash<QString, V> m_texts;
};
// Rows whose cells the preview keeps although they import as they are.
const int kPreviewRows = 5000;

std::optional<Gender> parseGender(const QString &t)
{
    if (t.isEmpty())
        return Gender::Unknown;
    const QString l = t.toLower();
    if (l == QStringLiteral("男") || l == QStringLiteral("m") || l == QStringLiteral("male") || l == QStringLiteral("男性"))
        return Gender::Male;
    if (l == QStringLiteral("女") || l == QStringLiteral("f") || l == QStringLiteral("female") || l == QStringLiteral("女性"))
        return Gender::Female;
    return std::nullopt;
}

std::optional<Education> parseEducation(const QString &t)
{
    if (t.isEmpty())
        return Education::Unknown;
    for (Education e : DomainText::educations())
        if (t == DomainText::education(e) || t == educationCode(e))
            return e;
    auto has = [&](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (t.contains(QString::fromUtf8(w)))
                return true;
        return false;
    };
    if (has({"研究生", "硕士", "博士"}))
        return Education::Postgraduate;
    if (has({"专科", "大专", "高职"}))
        return Education::College;
    if (has({"本科", "大学", "学士"}))
        return Education::Bachelor;
    if (has({"高中", "中专", "中职", "职高", "技校", "中技", "中等"}))
        return Education::SecondaryOrHigh;
    if (has({"初中", "小学", "文盲", "半文盲", "初级"}))
        return Education::JuniorOrBelow;
    return std::nullopt;
}

std::optional<PoliticalStatus> parsePolitical(const QString &t)
{
    if (t.isEmpty())
        return PoliticalStatus::Unknown;
    for (PoliticalStatus p : DomainText::politicalStatuses())
        if (t == DomainText::political(p) || t == politicalCode(p))
            return p;
    if (t.contains(QStringLiteral("预备")))
        return PoliticalStatus::ProbationaryMember;
    if (t.contains(QStringLiteral("党员")) || t == QStringLiteral("中共"))
        return PoliticalStatus::PartyMember;
    if (t.contains(QStringLiteral("团员")))
        return PoliticalStatus::LeagueMember;
    if (t == QStringLiteral("群众"))
        return PoliticalStatus::Masses;
    static const QStringList parties = {QStringLiteral("民革"), QStringLiteral("民盟"), QStringLiteral("民建"),
                                        QStringLiteral("民进"), QStringLiteral("农工"), QStringLiteral("致公"),
                                        QStringLiteral("九三"), QStringLiteral("台盟"), QStringLiteral("民主党派")};
    for (const QString &p : parties)
        if (t.contains(p))
            return PoliticalStatus::DemocraticParty;
    return std::nullopt;
}

// One written post → body and role; several can share a cell ("党支部书记、村委会主任").
QList<QPair<Body, Role>> parsePost(const QString &post)
{
    const QString p = post;
    auto has = [&](const char *w) { return p.contains(QString::fromUtf8(w)); };
    if (has("一肩挑"))
        return {{Body::Party, Role::Chair}, {Body::Committee, Role::Chair}};
    if (has("监督") || has("监委"))
        return {{Body::Supervision, has("主任") && !has("副主任") ? Role::Chair : Role::Member}};
    if (has("副书记"))
        return {{Body::Party, Role::Deputy}};
    if (has("书记"))
        return {{Body::Party, Role::Chair}};
    if (has("支委") || has("支部委员") || has("总支委员") || has("党委委员") || has("组织委员") || has("宣传委员")
        || has("纪检委员"))
        return {{Body::Party, Role::Member}};
    if (has("副主任"))
        return {{Body::Committee, Role::Deputy}};
    if (has("主任") && !has("妇") && !has("调解") && !has("治保"))
        return {{Body::Committee, Role::Chair}};
    if (has("村委委员") || has("村委会委员") || has("村民委员会委员") || p == QStringLiteral("委员"))
        return {{Body::Committee, Role::Member}};
    return {};
}

std::optional<QString> parseCategory(const QString &t)
{
    if (t.isEmpty())
        return std::nullopt;
    for (const QString &code : MatterText::categoryCodes())
        if (t == code || t == MatterText::category(code))
            return code;
    static const QList<QPair<const char *, const char *>> words = {
        {"征地", "compensation"}, {"补偿", "compensation"}, {"土地", "land"},       {"承包", "land"},
        {"流转", "land"},         {"资产", "assets"},       {"资金", "funds"},      {"支出", "funds"},
        {"项目", "project"},      {"工程", "project"},      {"建设", "project"},    {"公益", "welfare"},
        {"民生", "welfare"},      {"福利", "welfare"},      {"决策", "decision"},   {"重大事项", "decision"},
        {"其他", "other"},        {"其它", "other"},
    };
    for (const auto &[word, code] : words)
        if (t.contains(QString::fromUtf8(word)))
            return QString::fromLatin1(code);
    return std::nullopt;
}

std::optional<ResolutionForm> parseForm(const QString &t)
{
    if (t.isEmpty())
        return ResolutionForm::None;
    if (t.contains(QStringLiteral("代表")) || t == MatterText::form(ResolutionForm::RepresentativesMeeting))
        return ResolutionForm::RepresentativesMeeting;
    if (t.contains(QStringLiteral("村民会议")) || t.contains(QStringLiteral("村民大会"))
        || t == MatterText::form(ResolutionForm::VillagersMeeting))
        return ResolutionForm::VillagersMeeting;
    return std::nullopt;
}

QString ethnicityName(const QString &t)
{
    if (t.isEmpty())
        return QStringLiteral("汉族");
    const QStringList all = DomainText::ethnicities();
    if (!all.contains(t) && all.contains(t + QStringLiteral("族")))
        return t + QStringLiteral("族");
    return t;
}

} // namespace

Importer::Importer(Ledger &ledger, ImportOptions options) : m_ledger(ledger), m_options(std::move(options))
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
}

Importer::~Importer() = default;

SheetSource::Result Importer::read(const QString &path, const QString &sheet, QString *error, const Progress &progress,
                                   ReadScope scope)
{
    m_path = path;
    m_head.clear();
    m_rowCount = 0;
    m_rows.clear();
    m_unused.clear();
    m_analysed = false;
    QStringList sheets = SheetSource::sheetNames(path, error);
    if (sheets.isEmpty())
        return SheetSource::Result::Failed;
    m_sheet = sheet.isEmpty() ? sheets.constFirst() : sheet;
    // The preview pass: only the first rows are kept (the header is among them) and the rows are
    // counted; the check and the write stream the sheet again, so a sheet of a million rows is
    // never held in memory.
    bool headRead = false;
    SheetSource::Result result = SheetSource::read(path, sheet, [&](int row, const QVariantList &cells) {
        if (m_head.size() < kHeaderSearchRows)
            m_head.append({row, cells});
        else if (scope == ReadScope::Head) {
            headRead = true; // the rows are not counted: stop here
            return false;
        }
        ++m_rowCount;
        return !progress || m_rowCount % 2000 != 0 || progress(m_rowCount, 0);
    }, error);
    if (headRead && result == SheetSource::Result::Cancelled) {
        result = SheetSource::Result::Ok;
        m_rowCount = 0; // unknown
        if (error)
            error->clear();
    }
    if (result != SheetSource::Result::Ok) {
        m_head.clear();
        if (result == SheetSource::Result::Cancelled && error)
            *error = QStringLiteral("cancelled");
        return result;
    }
    m_mapping = ImportSchema::detect(m_options.kind, m_head);
    if (m_mapping.headerRow == 0 && error)
        *error = tr("No header row found in the first %1 rows of sheet %2: the columns must be named (e.g. %3).")
                     .arg(kHeaderSearchRows)
                     .arg(m_sheet, ImportSchema::fields(m_options.kind).constFirst().names.join(QStringLiteral("、")));
    return result;
}

QString Importer::importOverrideReason()
{
    return tr("imported as in the original ledger");
}

QString Importer::findingText(const Deliberation::Defect &defect)
{
    // Each finding names its step, so two of a kind on one matter are two different lines.
    const QString stepName = tr("step %1 (%2)").arg(int(defect.step)).arg(MatterText::shortStep(defect.step));
    return tr("%1: %2", "step: finding").arg(stepName, defect.detail);
}

QString Importer::header(const QString &key) const
{
    const int f = ImportSchema::fieldIndex(m_options.kind, key);
    const int c = m_mapping.column(f);
    if (c >= 0 && c < m_mapping.headers.size() && !m_mapping.headers.at(c).isEmpty())
        return m_mapping.headers.at(c);
    return f >= 0 ? ImportSchema::fields(m_options.kind).at(f).label : QString();
}

QStringList Importer::unusedColumns() const
{
    return m_unused;
}

QString Importer::notARecord(const QVariantList &cells)
{
    static const QStringList words = {
        QStringLiteral("合计"),   QStringLiteral("总计"),   QStringLiteral("小计"),   QStringLiteral("共计"),
        QStringLiteral("累计"),   QStringLiteral("备注"),   QStringLiteral("说明"),   QStringLiteral("填表说明"),
        QStringLiteral("填表人"), QStringLiteral("审核人"), QStringLiteral("制表人"), QStringLiteral("填报人"),
        QStringLiteral("制表"),   QStringLiteral("填表日期"), QStringLiteral("填报日期"), QStringLiteral("负责人"),
        QStringLiteral("统计人"), QStringLiteral("注:"),    QStringLiteral("注："),   QStringLiteral("审批人"),
    };
    for (const QVariant &cell : cells) {
        if (ImportValues::isBlank(cell))
            continue;
        QString t = ImportValues::text(cell);
        t.remove(QLatin1Char(' '));
        for (const QString &w : words)
            if (t.startsWith(w))
                return w.endsWith(QLatin1Char(':')) || w.endsWith(QChar(0xFF1A)) ? w.left(1) : w;
        return {};
    }
    return {};
}

int Importer::count(ImportRow::Verdict verdict) const
{
    int n = 0;
    for (const ImportRow &r : m_rows)
        n += r.verdict == verdict;
    return n;
}

std::unique_ptr<Importer::Parsed> Importer::parseRow(const QVariantList &cells) const
{
    auto p = std::make_unique<Parsed>(m_options.kind);
    const ImportKind kind = m_options.kind;
    auto cell = [&](const char *key) -> QVariant {
        const int c = m_mapping.column(ImportSchema::fieldIndex(kind, key));
        return c >= 0 && c < cells.size() ? cells.at(c) : QVariant();
    };
    auto text = [&](const char *key) {
        const QString t = ImportValues::text(cell(key));
        if (!t.isEmpty())
            p->present.insert(key);
        return t;
    };
    bool rejected = false;
    auto reject = [&](const char *key, const QString &reason) {
        if (!rejected) {
            rejected = true;
            p->rejectKey = QString::fromLatin1(key);
            p->rejectReason = reason;
        }
    };
    auto count = [&](const char *key) -> std::optional<int> {
        QString why;
        const std::optional<qint64> v = ImportValues::count(cell(key), &why);
        if (!why.isEmpty())
            reject(key, why);
        if (v)
            p->present.insert(key);
        return v ? std::optional<int>(int(qMin<qint64>(*v, 2'000'000'000))) : std::nullopt;
    };
    auto date = [&](const char *key, bool monthOnly = false) -> QDate {
        if (ImportValues::isBlank(cell(key)))
            return {};
        QString why;
        const std::optional<QDate> d = ImportValues::date(cell(key), &why, monthOnly);
        if (!d)
            reject(key, why);
        p->present.insert(key);
        return d.value_or(QDate());
    };
    auto code = [&](const char *key) {
        QString why;
        const std::optional<QString> v = ImportValues::code(cell(key), &why);
        if (!v)
            reject(key, why);
        if (v && !v->isEmpty())
            p->present.insert(key);
        return v.value_or(QString());
    };

    switch (kind) {
    case ImportKind::Villages: {
        Village &v = p->village;
        v.name = text("name");
        p->villageName = v.name;
        v.creditCode = code("creditCode");
        v.groups = count("groups").value_or(0);
        v.households = count("households").value_or(0);
        v.registeredPopulation = count("registeredPopulation").value_or(0);
        v.residentPopulation = count("residentPopulation").value_or(0);
        v.adults = count("adults").value_or(0);
        v.partyMembers = count("partyMembers").value_or(0);
        v.representatives = count("representatives").value_or(0);
        {
            // 集体经济收入 is kept in 万元 by clerks; a header that says (元) is taken at its word.
            const QString h = header(QStringLiteral("income"));
            const bool yuan = h.contains(QStringLiteral("元")) && !h.contains(QStringLiteral("万"));
            QString why;
            const std::optional<qint64> income = ImportValues::scaled(cell("income"), yuan ? 0 : 4, &why);
            if (!why.isEmpty())
                reject("income", why);
            if (income) {
                v.incomeYuan = *income;
                p->present.insert("income");
            }
        }
        {
            const QString stars = text("starRating");
            if (!stars.isEmpty()) {
                // ★★★ or 三星 are as common as 3.
                int n = stars.count(QChar(0x2605));
                const QString digits = QStringLiteral("零一二三四五");
                for (int i = 1; i <= 5 && n == 0; ++i)
                    if (stars.startsWith(digits.at(i)))
                        n = i;
                if (n == 0) {
                    QString why;
                    n = int(ImportValues::count(stars, &why).value_or(-1));
                }
                if (n < 0 || n > 5)
                    reject("starRating", tr("%1 is not a star rating from 0 to 5").arg(stars));
                v.starRating = qMax(0, n);
            }
        }
        v.supervisionPhone = text("supervisionPhone");
        if (!v.supervisionPhone.isEmpty()) {
            QString why;
            if (!Validators::checkPhone(v.supervisionPhone, nullptr, &why)) {
                p->notes << tr("phone %1 left empty: %2").arg(v.supervisionPhone, why);
                v.supervisionPhone.clear();
                p->present.remove(QStringLiteral("supervisionPhone"));
            }
        }
        v.note = text("note");
        break;
    }
    case ImportKind::Members: {
        Person &person = p->person;
        p->villageName = text("village");
        if (p->villageName.isEmpty())
            p->villageName = m_titleVillage;
        person.name = text("name");
        person.idNumber = code("idNumber");
        if (person.idNumber.contains(QLatin1Char('*'))) {
            // A masked export read back: the ID is not known, so it neither is stored nor overwrites
            // a real one; the person is matched by name and village.
            p->maskedId = person.idNumber;
            person.idNumber.clear();
            p->present.remove(QStringLiteral("idNumber"));
        }
        const QString gender = text("gender");
        if (const auto g = parseGender(gender))
            person.gender = *g;
        else
            reject("gender", tr("%1 is neither 男 nor 女").arg(gender));
        person.ethnicity = ethnicityName(text("ethnicity"));
        person.birthDate = date("birthDate", true);
        {
            // 出生年月 is often only year and month (1990.01, taken as the 1st): the ID number
            // gives the day when the two agree on year and month.
            const IdNumberInfo id = Validators::checkIdNumber(person.idNumber);
            if (id.valid && person.birthDate.isValid() && person.birthDate.day() == 1
                && person.birthDate.year() == id.birthDate.year() && person.birthDate.month() == id.birthDate.month())
                person.birthDate = id.birthDate;
        }
        const QString political = text("political");
        if (const auto pol = parsePolitical(political))
            person.political = *pol;
        else
            p->notes << tr("political status %1 not recognised; kept in the note").arg(political);
        const QString education = text("education");
        if (const auto e = parseEducation(education))
            person.education = *e;
        else
            p->notes << tr("education %1 not recognised; kept in the note").arg(education);
        person.phone = code("phone");
        if (person.phone.contains(QLatin1Char('*'))) {
            p->notes << tr("phone %1 is masked; not imported").arg(person.phone);
            person.phone.clear();
            p->present.remove(QStringLiteral("phone"));
        }
        if (!person.phone.isEmpty() && !Validators::checkMobile(person.phone, nullptr, nullptr)) {
            // An optional field does not sink the row: the number is left out with a note.
            QString why;
            Validators::checkMobile(person.phone, nullptr, &why);
            p->notes << tr("phone %1 left empty: %2").arg(person.phone, why);
            person.phone.clear();
            p->present.remove(QStringLiteral("phone"));
        }
        person.note = text("note");
        for (const QString &post : ImportValues::splitList(text("posts"))) {
            const QList<QPair<Body, Role>> found = parsePost(post);
            if (found.isEmpty())
                p->unknownPosts << post;
            for (const auto &f : found)
                if (!p->posts.contains(f))
                    p->posts << f;
        }
        if (!p->unknownPosts.isEmpty())
            p->notes << tr("post %1 not recognised; kept in the note").arg(p->unknownPosts.join(QStringLiteral("、")));
        QStringList extra;
        if (!p->unknownPosts.isEmpty())
            extra << tr("Posts: %1").arg(p->unknownPosts.join(QStringLiteral("、")));
        if (!political.isEmpty() && person.political == PoliticalStatus::Unknown)
            extra << tr("Political status: %1").arg(political);
        if (!education.isEmpty() && person.education == Education::Unknown)
            extra << tr("Education: %1").arg(education);
        if (!extra.isEmpty()) {
            if (!person.note.isEmpty())
                extra.prepend(person.note);
            person.note = extra.join(QStringLiteral("；"));
        }
        p->postStart = date("postStart");
        QString why;
        const std::optional<bool> reserve = ImportValues::yesNo(cell("reserve"), &why);
        if (!reserve)
            reject("reserve", why);
        p->reserve = reserve.value_or(false);
        break;
    }
    case ImportKind::Households: {
        Household &h = p->household;
        p->villageName = text("village");
        if (p->villageName.isEmpty())
            p->villageName = m_titleVillage;
        h.group = ImportValues::villagerGroup(text("group"));
        h.headName = text("headName");
        h.headIdNumber = code("headIdNumber");
        if (h.headIdNumber.contains(QLatin1Char('*'))) {
            p->maskedId = h.headIdNumber;
            h.headIdNumber.clear();
            p->present.remove(QStringLiteral("headIdNumber"));
        }
        h.address = text("address");
        h.people = count("people").value_or(1);
        h.phone = code("phone");
        if (h.phone.contains(QLatin1Char('*'))) {
            p->notes << tr("phone %1 is masked; not imported").arg(h.phone);
            h.phone.clear();
            p->present.remove(QStringLiteral("phone"));
        }
        if (!h.phone.isEmpty()) {
            QString why;
            if (!Validators::checkPhone(h.phone, nullptr, &why)) {
                p->notes << tr("phone %1 left empty: %2").arg(h.phone, why);
                h.phone.clear();
                p->present.remove(QStringLiteral("phone"));
            }
        }
        h.tags = ImportValues::splitList(text("tags"));
        p->gridName = text("grid");
        p->workerName = text("worker");
        if (!p->workerName.isEmpty() && p->gridName.isEmpty())
            reject("worker", tr("a grid worker is named but no grid: a 网格员 looks after households of a grid"));
        break;
    }
    case ImportKind::Matters: {
        Matter &m = p->matter;
        p->villageName = text("village");
        if (p->villageName.isEmpty())
            p->villageName = m_titleVillage;
        m.title = text("title");
        const QString category = text("category");
        if (const auto c = parseCategory(category)) {
            m.category = *c;
        } else {
            m.category = QStringLiteral("other");
            if (!category.isEmpty())
                p->notes << tr("category %1 not recognised; recorded as other").arg(category);
        }
        {
            const QString h = header(QStringLiteral("amount"));
            const bool tenThousands = h.contains(QStringLiteral("万"));
            QString why;
            const std::optional<qint64> amount = ImportValues::scaled(cell("amount"), tenThousands ? 6 : 2, &why);
            if (!why.isEmpty())
                reject("amount", why);
            m.amountFen = amount.value_or(0);
        }
        m.description = text("description");
        QStringList channels = ImportValues::splitList(text("channels"));

        // A meeting's record: the step's fields are named <prefix>Date, <prefix>Expected … (ImportSchema).
        auto step = [&](MatterStep s, const char *prefix) {
            auto key = [&](const char *part) { return QByteArray(prefix) + part; };
            const QByteArray dateKey = key("Date");
            const QDate d = date(dateKey.constData());
            StepRecord r;
            r.step = s;
            r.date = d;
            r.expected = count(key("Expected").constData());
            r.present = count(key("Present").constData());
            r.votesFor = count(key("For").constData());
            r.votesAgainst = count(key("Against").constData());
            r.votesAbstain = count(key("Abstain").constData());
            r.place = text(key("Place").constData());
            r.chair = text(key("Chair").constData());
            r.recorder = text(key("Recorder").constData());
            if (MatterText::hasTownshipAttendee(s)) {
                r.townshipAttendee = text(key("TownshipAttendee").constData());
                if (r.townshipAttendee.isEmpty())
                    r.townshipAttendee = text("townshipAttendee");
            }
            const bool anyCount = r.expected || r.present || r.votesFor || r.votesAgainst || r.votesAbstain;
            if (!d.isValid()) {
                if (anyCount)
                    reject(dateKey.constData(), tr("figures are given for this meeting but not its date"));
                return;
            }
            p->steps << r;
        };
        step(MatterStep::PartyProposal, "proposal");
        step(MatterStep::JointDeliberation, "joint");
        step(MatterStep::MembersReview, "review");
        step(MatterStep::Resolution, "resolution");
        m.plannedCompletion = date("plannedCompletion");
        {
            // 动议事由: one of the three the county names; other text is left out with a note.
            const QString motion = text("motionSource");
            if (const std::optional<QString> code = MatterText::motionSourceFrom(motion)) {
                m.motionSource = *code;
            } else {
                p->notes << tr("reason for the motion %1 is none of 党员群众建议, 村干部提议, 上级党委政府安排; left empty")
                                .arg(motion);
                p->present.remove(QStringLiteral("motionSource"));
            }
        }
        // 参会比例 is worked out from the counts: a figure that disagrees with them is noted.
        for (const auto &[column, key] : m_derived) {
            const QVariant v = cells.value(column);
            if (ImportValues::isBlank(v))
                continue;
            const int stepKey = key; // a structured binding cannot be captured before C++20 (clang)
            const auto it = std::find_if(p->steps.cbegin(), p->steps.cend(),
                                         [stepKey](const StepRecord &r) { return int(r.step) == stepKey; });
            if (it == p->steps.cend() || !it->present || !it->expected || *it->expected <= 0)
                continue;
            const std::optional<double> given = ImportValues::ratio(v);
            const double actual = double(*it->present) / double(*it->expected);
            if (!given || std::abs(*given - actual) > 0.006)
                p->notes << tr("%1 %2 does not agree with %3 present of %4 expected (%5%); the counts are kept")
                                .arg(m_mapping.headers.value(column), ImportValues::text(v))
                                .arg(*it->present)
                                .arg(*it->expected)
                                .arg(actual * 100, 0, 'f', 1);
        }
        if (header(QStringLiteral("reviewDate")).contains(QStringLiteral("党员议事会")))
            p->notes << tr("党员议事会 counted by the rules of the 党员大会");
        QString formText = text("form");
        if (formText.isEmpty()) {
            // Templates name the meeting in the step's header (村民代表会议决议 over 时间/应到 …).
            const QString h = ImportSchema::normalizeHeader(header(QStringLiteral("resolutionDate")));
            if (h.contains(QStringLiteral("代表")) || h.contains(QStringLiteral("村民会议"))
                || h.contains(QStringLiteral("联户代表")))
                formText = h;
        }
        const std::optional<ResolutionForm> form = parseForm(formText);
        if (formText.contains(QStringLiteral("联户代表")))
            p->notes << tr("联户代表会议 counted by the rules of the 村民代表会议");
        if (!form)
            reject("form", tr("%1 is neither 村民会议 nor 村民代表会议").arg(formText));
        for (StepRecord &r : p->steps) {
            if (r.step == MatterStep::Resolution) {
                r.form = form.value_or(ResolutionForm::None);
                // Recorded as written: the missing form is a finding, not a reason to lose the row.
                if (form && r.form == ResolutionForm::None)
                    p->notes << tr("the resolution has a date but no meeting form (村民会议 or 村民代表会议); "
                                   "recorded without it");
            }
        }
        const QDate disclosed = date("resolutionDisclosureDate");
        const QDate disclosureEnd = date("disclosureEnd");
        const QDate result = date("resultDate");
        QDate disclosedFrom = disclosed;
        if (!disclosed.isValid() && disclosureEnd.isValid()) {
            // The sheet knows only when the disclosure came down: it is recorded as a disclosure
            // of that one day, which the rules then find too short.
            disclosedFrom = disclosureEnd;
            p->notes << tr("the disclosure's first day is not in the sheet; recorded as disclosed on %1 only")
                            .arg(disclosureEnd.toString(Qt::ISODate));
        }
        if (disclosedFrom.isValid() && channels.isEmpty()) {
            channels << MatterText::defaultChannels().constFirst();
            p->notes << tr("disclosure channel not given; recorded as %1").arg(channels.constFirst());
        }
        if (disclosedFrom.isValid()) {
            StepRecord r;
            r.step = MatterStep::ResolutionDisclosure;
            r.date = disclosedFrom;
            r.disclosureEnd = disclosureEnd;
            r.channels = channels;
            r.signedBy = text("resolutionDisclosureSignedBy");
            r.supervisionOpinion = text("supervisionOpinion");
            p->steps << r;
        }
        const QDate resultEnd = date("resultEnd");
        if (result.isValid() || resultEnd.isValid()) {
            StepRecord r;
            r.step = MatterStep::ResultDisclosure;
            r.date = result.isValid() ? result : resultEnd;
            if (!result.isValid())
                p->notes << tr("the result disclosure's first day is not in the sheet; recorded as disclosed on %1 only")
                                .arg(resultEnd.toString(Qt::ISODate));
            r.disclosureEnd = resultEnd;
            const QStringList resultChannels = ImportValues::splitList(text("resultChannels"));
            r.channels = resultChannels.isEmpty() ? channels : resultChannels;
            if (r.channels.isEmpty()) {
                r.channels << MatterText::defaultChannels().constFirst();
                p->notes << tr("disclosure channel not given; recorded as %1").arg(r.channels.constFirst());
            }
            r.signedBy = text("resultSignedBy");
            r.supervisionOpinion = text("resultOpinion");
            r.summary = text("resultSummary");
            p->steps << r;
        }
        break;
    }
    }
    if (kind != ImportKind::Villages && p->villageName.isEmpty())
        reject("village", tr("no village given"));
    p->notRecord = notARecord(cells);
    return p;
}

bool Importer::analyse(QString *error, const Progress &progress)
{
    if (!prepare(error))
        return false;
    ImportCounts ignored;
    QString why;
    if (!run(Pass::Check, &ignored, &why, progress)) {
        if (error)
            *error = why;
        return false;
    }
    listColumns();
    m_analysed = true;
    return true;
}

bool Importer::importAll(ImportCounts *counts, QString *error, const Progress &progress, QString *backupPath)
{
    if (!prepare(error))
        return false;
    // The page cache that keeps every page a large import changes until it commits.
    const Ledger::BulkWrite bulk(m_ledger);
    if (!backUp(error, backupPath) || !run(Pass::CheckAndWrite, counts, error, progress))
        return false;
    listColumns();
    m_analysed = true;
    return true;
}

bool Importer::prepare(QString *error)
{
    // A list of one village (a roster exported from the village's page) names the village in its
    // title row, not in a column: the rows are that village's.
    m_titleVillage.clear();
    const int villageField = ImportSchema::fieldIndex(m_options.kind, QStringLiteral("village"));
    if (m_options.kind != ImportKind::Villages && villageField >= 0 && m_mapping.column(villageField) < 0
        && m_mapping.headerRow > 0) {
        const int firstHeaderRow = m_mapping.headerRow - m_mapping.headerRows + 1;
        const QList<Village> known = VillageRepository(m_ledger).all();
        for (const auto &[row, cells] : std::as_const(m_head)) {
            if (row >= firstHeaderRow)
                break;
            for (const QVariant &cell : cells) {
                const QString t = ImportValues::text(cell);
                for (const Village &v : known)
                    if (!v.name.isEmpty() && t.contains(v.name) && v.name.size() > m_titleVillage.size())
                        m_titleVillage = v.name;
            }
        }
    }
    QStringList missing = ImportSchema::missingRequired(m_options.kind, m_mapping);
    if (!m_titleVillage.isEmpty() && villageField >= 0)
        missing.removeAll(ImportSchema::fields(m_options.kind).at(villageField).label);
    if (m_mapping.headerRow == 0 || !missing.isEmpty()) {
        if (error)
            *error = m_mapping.headerRow == 0 ? tr("No header row: map the columns first.")
                                              : tr("Required column missing: %1").arg(missing.join(QStringLiteral("、")));
        return false;
    }
    m_derived.clear();
    if (m_options.kind == ImportKind::Matters) {
        // Each 参会比例 column belongs to the step whose counts stand nearest to its left (templates
        // put it after 实到), or to the step its upper header names.
        QSet<int> mapped;
        for (int column : m_mapping.columns)
            mapped.insert(column);
        const QList<ImportField> &fields = ImportSchema::fields(ImportKind::Matters);
        const QList<QPair<QString, int>> prefixes = {{QStringLiteral("proposal"), 1}, {QStringLiteral("joint"), 2},
                                                     {QStringLiteral("review"), 3}, {QStringLiteral("resolution"), 4}};
        auto stepOfColumn = [&](int c) {
            const int f = int(m_mapping.columns.indexOf(c));
            if (f < 0)
                return 0;
            const QString key = fields.at(f).key;
            for (const auto &[prefix, step] : prefixes)
                if (key.startsWith(prefix) && (key.endsWith(QLatin1String("Present")) || key.endsWith(QLatin1String("Expected"))))
                    return step;
            return 0;
        };
        for (int c = 0; c < m_mapping.headers.size(); ++c) {
            if (mapped.contains(c) || !ImportSchema::isDerivedHeader(m_mapping.headers.at(c)))
                continue;
            int step = 0;
            for (int left = c - 1; left >= 0 && left >= c - 3 && !step; --left)
                step = stepOfColumn(left);
            if (step)
                m_derived << qMakePair(c, step);
        }
    }
    return true;
}

void Importer::listColumns()
{
    // No column disappears without a word: those with data that no field takes are listed, and
    // those the program works out itself (参会比例) are named as such.
    QSet<int> mapped;
    for (int column : m_mapping.columns)
        mapped.insert(column);
    m_unused.clear();
    m_derivedHeaders.clear();
    for (int c = 0; c < m_columnHasData.size(); ++c) {
        const QString h = m_mapping.headers.value(c);
        const QString n = ImportSchema::normalizeHeader(h);
        if (m_columnHasData.at(c) && !mapped.contains(c) && ImportSchema::isDerivedHeader(h)) {
            m_derivedHeaders << h;
            continue;
        }
        if (!m_columnHasData.at(c) || mapped.contains(c) || n == QStringLiteral("序号") || n == QStringLiteral("编号")
            || n.compare(QStringLiteral("No"), Qt::CaseInsensitive) == 0)
            continue;
        QString letters;
        for (int k = c + 1; k > 0; k = (k - 1) / 26)
            letters.prepend(QChar(u'A' + (k - 1) % 26));
        m_unused << (h.isEmpty() ? tr("column %1").arg(letters) : h);
    }
}

bool Importer::commit(ImportCounts *counts, QString *error, const Progress &progress, QString *backupPath)
{
    if (!m_analysed) {
        if (error)
            *error = tr("Check the rows (preview) before importing.");
        return false;
    }
    const Ledger::BulkWrite bulk(m_ledger); // as in importAll()
    return backUp(error, backupPath) && run(Pass::Write, counts, error, progress);
}

bool Importer::backUp(QString *error, QString *backupPath)
{
    // A copy of the ledger as it was before the import, kept beside it.
    QString why;
    const QString backup = Backups::make(m_ledger, QStringLiteral("import"), &why);
    if (backup.isEmpty()) {
        if (error)
            *error = tr("No backup could be made before the import, so nothing was imported: %1").arg(why);
        return false;
    }
    if (backupPath)
        *backupPath = backup;
    return true;
}

bool Importer::run(Pass pass, ImportCounts *counts, QString *error, const Progress &progress)
{
    // Judging gives each row its verdict (the check, and the single pass); writing keeps what the
    // rows write (the commit, and the single pass). A check alone rolls everything back.
    const bool judging = pass != Pass::Write;
    const bool writing = pass != Pass::Check;
    const ImportKind kind = m_options.kind;
    *counts = ImportCounts{};
    bool cancelled = false;
    bool checkFinished = false;
    QString failure;
    if (judging) {
        m_newVillages.clear();
        m_newGrids.clear();
        m_newPeople.clear();
        m_rows.clear();
        m_columnHasData.clear();
        m_termOffers.clear();
    }
    QSet<QString> newVillages;
    QHash<QString, QString> willBeCreated; // village → the note its rows carry

    auto body = [&](QString *err) -> bool {
        // The import's own log entry comes first: its id ties every audit row of the import together.
        qint64 logId = 0;
        std::optional<Ledger::AuditScope> audit;
        if (writing) {
            QSqlQuery log(m_ledger.database());
            log.prepare(QStringLiteral("INSERT INTO import_log (at, kind, file, sheet, rows_read, imported, updated, "
                                       "skipped, rejected, clerk, os_user) VALUES (?,?,?,?,0,0,0,0,0,?,?)"));
            log.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
            log.addBindValue(ImportSchema::kindCode(kind));
            log.addBindValue(QFileInfo(m_path).absoluteFilePath());
            log.addBindValue(sql::text(m_sheet));
            log.addBindValue(sql::text(m_options.clerk.isEmpty() ? m_ledger.clerk() : m_options.clerk));
            log.addBindValue(sql::text(Ledger::osUser()));
            if (!sql::exec(log, err))
                return false;
            logId = log.lastInsertId().toLongLong();
            audit.emplace(m_ledger, QStringLiteral("import"), logId);
        }
        VillageRepository villages(m_ledger);
        PersonRepository persons(m_ledger);
        CommitteeRepository committees(m_ledger);
        ReserveRepository reserves(m_ledger);
        GridRepository grids(m_ledger);
        HouseholdRepository households(m_ledger);
        MatterRepository matters(m_ledger);
        const int termYears = SettingsStore(m_ledger).targets().termYears;
        const DeliberationSettings deliberation = SettingsStore(m_ledger).deliberation();
        const QString importedAsWritten = importOverrideReason();

        QHash<QString, qint64> villageIds;
        for (const Village &v : villages.all())
            villageIds.insert(v.name, v.id);

        // Terms to open where a body has none running: from the earliest 任职时间 in the file (a
        // first pass over the sheet, keeping only those dates).
        QHash<QPair<QString, int>, QDate> termStarts;
        if (kind == ImportKind::Members) {
            QString readError;
            const SheetSource::Result read = SheetSource::read(m_path, m_sheet, [&](int rowNumber, const QVariantList &cells) {
                if (rowNumber <= m_mapping.headerRow)
                    return true;
                const std::unique_ptr<Parsed> p = parseRow(cells);
                if (!p->notRecord.isEmpty() || !p->rejectReason.isEmpty())
                    return true;
                for (const auto &[b, r] : p->posts) {
                    const auto key = qMakePair(p->villageName, int(b));
                    const QDate start = p->postStart.isValid() ? p->postStart : m_options.today;
                    if (!termStarts.contains(key) || start < termStarts.value(key))
                        termStarts.insert(key, start);
                }
                return true;
            }, &readError);
            if (read != SheetSource::Result::Ok) {
                *err = readError;
                return false;
            }
        }

        QHash<QString, QString> creditCodeOwner; // 统一社会信用代码 → village
        if (kind == ImportKind::Villages)
            for (const Village &v : villages.all())
                if (!v.creditCode.isEmpty())
                    creditCodeOwner.insert(normalizeCode(v.creditCode).toUpper(), v.name);
        // Records of a village with a name (a masked ID is matched this way).
        // Households the ledger had before this import: a masked ID is matched to one of them, never to
        // a household an earlier row of the same sheet added (the check, which adds none, could not
        // see those, and a check and a write in one pass must judge alike).
        qint64 householdsBefore = std::numeric_limits<qint64>::max();
        if (kind == ImportKind::Households) {
            QSqlQuery q(m_ledger.database());
            if (!q.exec(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM household")) || !q.next()) {
                *err = Ledger::describe(q.lastError());
                return false;
            }
            householdsBefore = q.value(0).toLongLong();
        }
        auto sameName = [&](const QString &table, const QString &column, qint64 villageId, const QString &name) {
            QList<qint64> ids;
            QSqlQuery q(m_ledger.database());
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE village_id = ? AND %2 = ? AND id <= ?").arg(table, column));
            q.addBindValue(villageId);
            q.addBindValue(name);
            q.addBindValue(table == QLatin1String("household") ? householdsBefore : std::numeric_limits<qint64>::max());
            if (q.exec())
                while (q.next())
                    ids << q.value(0).toLongLong();
            return ids;
        };
        auto maskedRefusal = [&](const QString &masked, const QString &name, int matches) {
            return matches == 0 ? tr("the ID number is masked (%1) and no record of %2 in this village is in the "
                                     "ledger to match it to: import the list with full ID numbers")
                                      .arg(masked, name)
                                : tr("the ID number is masked (%1) and %2 records of %3 are in this village: "
                                     "import the list with full ID numbers")
                                      .arg(masked)
                                      .arg(matches)
                                      .arg(name);
        };
        IdKeyed<int> firstRowWithId; // duplicates inside the file: key → its first row
        IdKeyed<qint64> householdByHeadId;
        QHash<QPair<qint64, QString>, qint64> gridIds;
        QHash<QPair<qint64, QString>, qint64> personIds;
        QSet<QPair<qint64, qint64>> gridWorkers;
        // Households' own statements bind without a QVariant each (Statement): a county sheet is
        // 200,000 rows of ten values.
        std::optional<Statement> insertHousehold;
        std::optional<Statement> updateHousehold;
        QSqlQuery insertHistory(m_ledger.database());
        QSqlQuery insertWorker(m_ledger.database());
        if (kind == ImportKind::Households) {
            QSqlQuery q(m_ledger.database());
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT head_id_number, id FROM household WHERE head_id_number <> ''"));
            while (q.next())
                householdByHeadId.insert(q.value(0).toString(), q.value(1).toLongLong());
            q.exec(QStringLiteral("SELECT village_id, name, id FROM grid"));
            while (q.next())
                gridIds.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toLongLong());
            q.exec(QStringLiteral("SELECT village_id, name, id FROM person ORDER BY id DESC"));
            while (q.next()) // the oldest record wins when two people share a name
                personIds.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toLongLong());
            q.exec(QStringLiteral("SELECT grid_id, person_id FROM grid_worker"));
            while (q.next())
                gridWorkers.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
            insertHousehold.emplace(m_ledger.database(),
                                    QStringLiteral("INSERT INTO household (village_id, head_name, head_id_number, "
                                                   "villager_group, address, people, phone, tags, grid_id, worker_id) "
                                                   "VALUES (?,?,?,?,?,?,?,?,?,?)"));
            updateHousehold.emplace(m_ledger.database(),
                                    QStringLiteral("UPDATE household SET village_id = ?, head_name = ?, "
                                                   "head_id_number = ?, villager_group = ?, address = ?, people = ?, "
                                                   "phone = ?, tags = ?, grid_id = ?, worker_id = ? WHERE id = ?"));
            insertHistory.prepare(QStringLiteral("INSERT INTO household_assignment (household_id, grid_id, worker_id, "
                                                 "assigned_on, note) VALUES (?,?,?,?,?)"));
            insertWorker.prepare(QStringLiteral("INSERT OR IGNORE INTO grid_worker (grid_id, person_id) VALUES (?,?)"));
        }
        const QString today = sql::dateText(m_options.today);
        const QString importNote = tr("import from %1").arg(QFileInfo(m_path).fileName());
        // New households' audit rows written a stretch at a time (DeferredAudit); every other
        // write of the import comes after those of the households before it (flushNewHouseholds).
        DeferredAudit householdAudit(m_ledger.database(), QStringLiteral("household"));
        if (writing && kind == ImportKind::Households && !householdAudit.begin(err))
            return false;
        // Their first assignment (grid and 网格员 on the day of the import) likewise: one statement
        // for a stretch of new households, with the values they were written with.
        qint64 historyDone = -1; // the last new household whose assignment is written (-1: row by row)
        qint64 lastNew = 0;
        QSqlQuery insertHistories(m_ledger.database());
        if (writing && kind == ImportKind::Households) {
            historyDone = lastNew = householdsBefore;
            insertHistories.prepare(QStringLiteral(
                "INSERT INTO household_assignment (household_id, grid_id, worker_id, assigned_on, note) "
                "SELECT id, grid_id, worker_id, ?, ? FROM household WHERE id > ? AND id <= ? AND grid_id IS NOT NULL "
                "ORDER BY id"));
        }
        auto flushNewHouseholds = [&] {
            if (!householdAudit.flush(err))
                return false;
            if (historyDone < 0 || lastNew == historyDone)
                return true;
            insertHistories.addBindValue(today);
            insertHistories.addBindValue(importNote);
            insertHistories.addBindValue(historyDone);
            insertHistories.addBindValue(lastNew);
            if (!sql::exec(insertHistories, err))
                return false;
            historyDone = lastNew;
            return true;
        };

        // One row as it streams past: parsed, given its verdict (when judging) and written (when writing).
        // False stops the import.
        auto processRow = [&](ImportRow &row, Parsed &p) -> bool {
            if (judging) {
                row.notes = p.notes;
                row.findings.clear();
                row.verdict = p.notes.isEmpty() ? ImportRow::Verdict::Ok : ImportRow::Verdict::Note;
                row.column.clear();
                row.reason.clear();
                row.existingId = 0;
                if (!p.notRecord.isEmpty()) {
                    row.verdict = ImportRow::Verdict::Skipped;
                    row.notes = QStringList{tr("a %1 row: totals or notes, not a record; skipped").arg(p.notRecord)};
                } else if (!p.rejectReason.isEmpty()) {
                    row.verdict = ImportRow::Verdict::Rejected;
                    row.column = header(p.rejectKey);
                    row.reason = p.rejectReason;
                }
            }
            if (row.verdict == ImportRow::Verdict::Rejected) {
                ++counts->rejected;
                return true;
            }
            if (row.verdict == ImportRow::Verdict::Skipped) {
                ++counts->skipped;
                return true;
            }
            // A village the ledger does not have: created on its first row, when the clerk chose so.
            if (kind != ImportKind::Villages && !villageIds.contains(p.villageName)) {
                if (!m_options.createVillages) {
                    row.verdict = ImportRow::Verdict::Rejected;
                    row.column = header(QStringLiteral("village"));
                    row.reason = tr("village %1 is not in this ledger (choose to create missing villages, or check "
                                    "the name)")
                                     .arg(p.villageName);
                    ++counts->rejected;
                    return true;
                }
                Village v;
                v.name = p.villageName;
                if (!flushNewHouseholds())
                    return false;
                const Saved saved = villages.insert(v);
                if (!saved.ok()) {
                    row.verdict = ImportRow::Verdict::Rejected;
                    row.column = header(QStringLiteral("village"));
                    row.reason = saved.message();
                    ++counts->rejected;
                    return true;
                }
                villageIds.insert(v.name, saved.id);
                newVillages.insert(v.name);
                if (judging)
                    m_newVillages << v.name;
            }
            if (judging && kind != ImportKind::Villages && newVillages.contains(p.villageName)) {
                // Said on every row of the village: the sentence is made once.
                QString &note = willBeCreated[p.villageName];
                if (note.isEmpty())
                    note = tr("village %1 will be created").arg(p.villageName);
                row.notes << note;
                if (row.verdict == ImportRow::Verdict::Ok)
                    row.verdict = ImportRow::Verdict::Note;
            }
            const qint64 villageId = villageIds.value(p.villageName);
            auto rejectRow = [&](const QString &key, const QString &reason) {
                if (!judging) {
                    // The check accepted this row; the ledger changed since. Stop: all or nothing.
                    *err = tr("Row %1: %2").arg(row.sourceRow).arg(reason);
                    return false;
                }
                row.verdict = ImportRow::Verdict::Rejected;
                row.column = header(key);
                row.reason = reason;
                ++counts->rejected;
                return true;
            };
            // A row written in its own savepoint (failure = "field\nreason"): its rejection, or its
            // verdict and count. False only when the import must stop.
            auto settle = [&](bool ok, bool updating) {
                if (!ok) {
                    const int nl = failure.indexOf(QLatin1Char('\n'));
                    return rejectRow(nl < 0 ? QString() : failure.left(nl), failure.mid(nl + 1));
                }
                if (judging && row.verdict == ImportRow::Verdict::Ok && (!row.notes.isEmpty() || !row.findings.isEmpty()))
                    row.verdict = ImportRow::Verdict::Note;
                updating ? ++counts->updated : ++counts->imported;
                return true;
            };
            auto rejectSaved = [&](const Saved &saved) {
                const QString key = saved.errors.isEmpty() ? QString() : saved.errors.constFirst().field;
                return rejectRow(key, saved.message());
            };
            // Duplicates inside the file: the first row wins, later ones are rejected.
            QString uniqueKey;
            if (kind == ImportKind::Villages)
                uniqueKey = p.villageName;
            else if (kind == ImportKind::Members && !p.person.idNumber.isEmpty())
                uniqueKey = normalizeCode(p.person.idNumber).toUpper();
            else if (kind == ImportKind::Households && !p.household.headIdNumber.isEmpty())
                uniqueKey = normalizeCode(p.household.headIdNumber).toUpper();
            else if (kind == ImportKind::Matters)
                uniqueKey = QString::number(villageId) + QLatin1Char('\t') + p.matter.title;
            if (!uniqueKey.isEmpty()) {
                if (const int first = firstRowWithId.value(uniqueKey); first > 0) {
                    const QString column = kind == ImportKind::Villages ? QStringLiteral("name")
                                         : kind == ImportKind::Members  ? QStringLiteral("idNumber")
                                         : kind == ImportKind::Households ? QStringLiteral("headIdNumber")
                                                                          : QStringLiteral("title");
                    if (!rejectRow(column, tr("same as row %1 of this sheet").arg(first)))
                        return false;
                    return true;
                }
                firstRowWithId.insert(uniqueKey, row.sourceRow);
            }

            switch (kind) {
            case ImportKind::Villages: {
                Village v = p.village;
                // One 统一社会信用代码 belongs to one village: the same code on two is a finding.
                const QString code = normalizeCode(v.creditCode).toUpper();
                if (!code.isEmpty()) {
                    const QString owner = creditCodeOwner.value(code);
                    if (judging && !owner.isEmpty() && owner != v.name)
                        row.findings << tr("unified social credit code %1 is also that of %2").arg(v.creditCode, owner);
                    if (owner.isEmpty())
                        creditCodeOwner.insert(code, v.name);
                }
                if (villageIds.contains(v.name)) {
                    const qint64 existing = villageIds.value(v.name);
                    if (judging) {
                        row.verdict = ImportRow::Verdict::Duplicate;
                        row.existingId = existing;
                        row.notes << tr("village %1 is already in the ledger").arg(v.name);
                    }
                    if (m_options.onDuplicate != DuplicatePolicy::Update) {
                        ++counts->skipped;
                        break;
                    }
                    Village merged = *villages.get(existing);
                    const FieldSet &has = p.present;
                    if (has.contains(QStringLiteral("creditCode"))) merged.creditCode = v.creditCode;
                    if (has.contains(QStringLiteral("groups"))) merged.groups = v.groups;
                    if (has.contains(QStringLiteral("households"))) merged.households = v.households;
                    if (has.contains(QStringLiteral("registeredPopulation"))) merged.registeredPopulation = v.registeredPopulation;
                    if (has.contains(QStringLiteral("residentPopulation"))) merged.residentPopulation = v.residentPopulation;
                    if (has.contains(QStringLiteral("adults"))) merged.adults = v.adults;
                    if (has.contains(QStringLiteral("partyMembers"))) merged.partyMembers = v.partyMembers;
                    if (has.contains(QStringLiteral("representatives"))) merged.representatives = v.representatives;
                    if (has.contains(QStringLiteral("income"))) merged.incomeYuan = v.incomeYuan;
                    if (has.contains(QStringLiteral("starRating"))) merged.starRating = v.starRating;
                    if (has.contains(QStringLiteral("supervisionPhone"))) merged.supervisionPhone = v.supervisionPhone;
                    if (has.contains(QStringLiteral("note"))) merged.note = v.note;
                    const Saved saved = villages.update(merged);
                    if (!saved.ok()) {
                        if (!rejectSaved(saved))
                            return false;
                        break;
                    }
                    ++counts->updated;
                    break;
                }
                const Saved saved = villages.insert(v);
                if (!saved.ok()) {
                    if (!rejectSaved(saved))
                        return false;
                    break;
                }
                villageIds.insert(v.name, saved.id);
                ++counts->imported;
                break;
            }
            case ImportKind::Members: {
                Person person = p.person;
                person.villageId = villageId;
                std::optional<Person> existing;
                if (!person.idNumber.isEmpty()) {
                    const IdNumberInfo id = Validators::checkIdNumber(person.idNumber);
                    existing = persons.findByIdNumber(id.valid ? id.normalized : person.idNumber);
                } else if (!p.maskedId.isEmpty()) {
                    const QList<qint64> same = sameName(QStringLiteral("person"), QStringLiteral("name"), villageId,
                                                        person.name);
                    if (same.size() != 1) {
                        if (!rejectRow(QStringLiteral("idNumber"), maskedRefusal(p.maskedId, person.name, same.size())))
                            return false;
                        break;
                    }
                    existing = persons.get(same.constFirst());
                }
                bool updating = false;
                if (existing) {
                    if (judging) {
                        row.verdict = ImportRow::Verdict::Duplicate;
                        row.existingId = existing->id;
                        row.notes << tr("%1 (same ID number) is already in the ledger").arg(existing->name);
                    }
                    if (m_options.onDuplicate != DuplicatePolicy::Update) {
                        ++counts->skipped;
                        break;
                    }
                    if (existing->villageId != villageId) {
                        if (!rejectRow(QStringLiteral("village"),
                                       tr("the person with this ID number is kept under another village")))
                            return false;
                        break;
                    }
                    Person merged = *existing;
                    const FieldSet &has = p.present;
                    merged.name = person.name;
                    if (has.contains(QStringLiteral("gender"))) merged.gender = person.gender;
                    if (has.contains(QStringLiteral("ethnicity"))) merged.ethnicity = person.ethnicity;
                    if (has.contains(QStringLiteral("birthDate"))) merged.birthDate = person.birthDate;
                    if (has.contains(QStringLiteral("political"))) merged.political = person.political;
                    if (has.contains(QStringLiteral("education"))) merged.education = person.education;
                    if (has.contains(QStringLiteral("phone"))) merged.phone = person.phone;
                    if (!person.note.isEmpty()) merged.note = person.note;
                    person = merged;
                    updating = true;
                }
                const bool ok = m_ledger.write(
                    [&](QString *rowErr) {
                        QStringList notes;
                        FieldErrors errors = persons.validate(person, PersonRepository::IdPolicy::Strict, &notes);
                        if (!errors.isEmpty()) {
                            *rowErr = QString();
                            rowErr->append(errors.constFirst().field + QLatin1Char('\n') + errors.constFirst().message);
                            return false;
                        }
                        const Saved saved = updating ? persons.update(person) : persons.insert(person);
                        if (!saved.ok()) {
                            *rowErr = (saved.errors.isEmpty() ? QString() : saved.errors.constFirst().field)
                                    + QLatin1Char('\n') + saved.message();
                            return false;
                        }
                        if (judging && !updating)
                            row.notes << notes;
                        const qint64 personId = updating ? person.id : saved.id;
                        for (const auto &[body, role] : p.posts) {
                            QDate start = p.postStart.isValid() ? p.postStart : QDate();
                            std::optional<Term> term;
                            for (const Term &t : committees.terms(villageId))
                                if (t.body == body && !t.closedOn.isValid())
                                    term = t;
                            if (term && start.isValid() && start > term->end) {
                                // In post since after the running term's end: a 换届 came between
                                // that the ledger has not recorded. The next term is opened from the
                                // date the clerk gave; without one the row is refused with the offer.
                                const QDate from = m_options.newTermFrom;
                                if (!from.isValid() || from > start || from <= term->start) {
                                    if (judging && (!m_termOffers.contains(p.villageName) || start < m_termOffers.value(p.villageName)))
                                        m_termOffers.insert(p.villageName, start);
                                    *rowErr = QStringLiteral("postStart\n")
                                            + tr("in post since %1, after term %2 of the %3 ended on %4: open the next "
                                                 "term from the date of the change of term (换届)")
                                                  .arg(start.toString(Qt::ISODate))
                                                  .arg(term->number)
                                                  .arg(DomainText::body(body), term->end.toString(Qt::ISODate));
                                    return false;
                                }
                                QString why;
                                if (!committees.applyChangeOfTerm(villageId, from, termYears, false, &why)) {
                                    *rowErr = QStringLiteral("postStart\n") + why;
                                    return false;
                                }
                                if (judging)
                                    row.notes << tr("change of term (换届) recorded on %1; the next terms are opened from it")
                                                     .arg(from.toString(Qt::ISODate));
                                term.reset();
                                for (const Term &t : committees.terms(villageId))
                                    if (t.body == body && !t.closedOn.isValid())
                                        term = t;
                            }
                            if (!term) {
                                Term t;
                                t.villageId = villageId;
                                t.body = body;
                                int number = 0;
                                for (const Term &o : committees.terms(villageId))
                                    if (o.body == body)
                                        number = qMax(number, o.number);
                                t.number = number + 1;
                                t.start = termStarts.value(qMakePair(p.villageName, int(body)), m_options.today);
                                t.end = t.start.addYears(termYears);
                                const Saved opened = committees.openTerm(t);
                                if (!opened.ok()) {
                                    *rowErr = QStringLiteral("posts\n") + opened.message();
                                    return false;
                                }
                                t.id = opened.id;
                                term = t;
                                if (judging)
                                    row.notes << tr("term %1 of the %2 opened from %3")
                                                     .arg(t.number)
                                                     .arg(DomainText::body(body), t.start.toString(Qt::ISODate));
                            }
                            // Already holding this post: nothing to add.
                            bool holds = false;
                            for (const Post &held : committees.postsOfPerson(personId))
                                if (held.termId == term->id && held.role == role && !held.end.isValid())
                                    holds = true;
                            if (holds)
                                continue;
                            if (!start.isValid())
                                start = term->start;
                            if (start < term->start) {
                                if (judging)
                                    row.notes << tr("in post since %1, before term %2 began; recorded from %3")
                                                     .arg(start.toString(Qt::ISODate))
                                                     .arg(term->number)
                                                     .arg(term->start.toString(Qt::ISODate));
                                start = term->start;
                            }
                            Post post;
                            post.termId = term->id;
                            post.personId = personId;
                            post.role = role;
                            post.start = start;
                            const Saved added = committees.addPost(post);
                            if (!added.ok()) {
                                *rowErr = QStringLiteral("posts\n") + added.message();
                                return false;
                            }
                        }
                        if (p.reserve && reserves.ofPerson(personId).isEmpty()) {
                            ReserveCadre cadre;
                            cadre.villageId = villageId;
                            cadre.personId = personId;
                            cadre.source = QStringLiteral("other");
                            cadre.added = m_options.today;
                            const Saved added = reserves.add(cadre);
                            if (!added.ok()) {
                                *rowErr = QStringLiteral("reserve\n") + added.message();
                                return false;
                            }
                        }
                        return true;
                    },
                    &failure);
                if (!settle(ok, updating))
                    return false;
                break;
            }
            case ImportKind::Households: {
                Household h = p.household;
                h.villageId = villageId;
                const FieldErrors errors = households.validate(h); // fields only: no grid yet
                if (!errors.isEmpty()) {
                    if (!rejectRow(errors.constFirst().field, errors.constFirst().message))
                        return false;
                    break;
                }
                qint64 existingId = 0;
                if (!h.headIdNumber.isEmpty()) {
                    existingId = householdByHeadId.value(h.headIdNumber);
                } else if (!p.maskedId.isEmpty()) {
                    const QList<qint64> same = sameName(QStringLiteral("household"), QStringLiteral("head_name"),
                                                        villageId, h.headName);
                    if (same.size() != 1) {
                        if (!rejectRow(QStringLiteral("headIdNumber"), maskedRefusal(p.maskedId, h.headName, same.size())))
                            return false;
                        break;
                    }
                    existingId = same.constFirst();
                }
                if (existingId) {
                    if (judging) {
                        row.verdict = ImportRow::Verdict::Duplicate;
                        row.existingId = existingId;
                        row.notes << tr("a household with this head's ID number is already in the ledger");
                    }
                    if (m_options.onDuplicate == DuplicatePolicy::Skip) {
                        ++counts->skipped;
                        break;
                    }
                }
                if (!p.gridName.isEmpty()) {
                    const auto key = qMakePair(villageId, p.gridName);
                    h.gridId = gridIds.value(key);
                    if (!h.gridId) {
                        Grid g;
                        g.villageId = villageId;
                        g.name = p.gridName;
                        if (!flushNewHouseholds())
                            return false;
                        const Saved saved = grids.insert(g);
                        if (!saved.ok()) {
                            if (!rejectRow(QStringLiteral("grid"), saved.message()))
                                return false;
                            break;
                        }
                        h.gridId = saved.id;
                        gridIds.insert(key, saved.id);
                        if (judging)
                            m_newGrids << p.villageName + QStringLiteral(" / ") + p.gridName;
                    }
                }
                if (!p.workerName.isEmpty()) {
                    const auto key = qMakePair(villageId, p.workerName);
                    h.workerId = personIds.value(key);
                    if (!h.workerId) {
                        Person worker;
                        worker.villageId = villageId;
                        worker.name = p.workerName;
                        worker.note = tr("grid worker, added by import");
                        if (!flushNewHouseholds())
                            return false;
                        const Saved saved = persons.insert(worker, PersonRepository::IdPolicy::Lenient);
                        if (!saved.ok()) {
                            if (!rejectRow(QStringLiteral("worker"), saved.message()))
                                return false;
                            break;
                        }
                        h.workerId = saved.id;
                        personIds.insert(key, saved.id);
                        if (judging)
                            m_newPeople << p.villageName + QStringLiteral(" / ") + p.workerName;
                    }
                    if (!gridWorkers.contains({h.gridId, h.workerId})) {
                        if (!flushNewHouseholds())
                            return false;
                        insertWorker.addBindValue(h.gridId);
                        insertWorker.addBindValue(h.workerId);
                        if (!sql::exec(insertWorker, err))
                            return false;
                        gridWorkers.insert({h.gridId, h.workerId});
                    }
                }
                if (judging && row.verdict == ImportRow::Verdict::Ok && !row.notes.isEmpty())
                    row.verdict = ImportRow::Verdict::Note;
                if (!writing) {
                    existingId && m_options.onDuplicate == DuplicatePolicy::Update ? ++counts->updated
                                                                                   : ++counts->imported;
                    break; // the check stops here: the inserts below cannot fail on valid fields
                }
                const bool updating = existingId && m_options.onDuplicate == DuplicatePolicy::Update;
                Statement &q = updating ? *updateHousehold : *insertHousehold;
                if (updating && !flushNewHouseholds())
                    return false;
                if (updating && (!p.maskedId.isEmpty() || !p.present.contains(QStringLiteral("phone")))) {
                    // A masked export read back never overwrites the ID number or phone it hides.
                    QSqlQuery kept(m_ledger.database());
                    kept.prepare(QStringLiteral("SELECT head_id_number, phone FROM household WHERE id = ?"));
                    kept.addBindValue(existingId);
                    if (kept.exec() && kept.next()) {
                        if (!p.maskedId.isEmpty())
                            h.headIdNumber = kept.value(0).toString();
                        if (!p.present.contains(QStringLiteral("phone")))
                            h.phone = kept.value(1).toString();
                    }
                }
                // The assignment history records a change of grid or 网格员, not a row read again.
                bool assignmentChanged = true;
                if (updating) {
                    QSqlQuery was(m_ledger.database());
                    was.prepare(QStringLiteral("SELECT IFNULL(grid_id, 0), IFNULL(worker_id, 0) FROM household WHERE id = ?"));
                    was.addBindValue(existingId);
                    if (was.exec() && was.next())
                        assignmentChanged = was.value(0).toLongLong() != h.gridId || was.value(1).toLongLong() != h.workerId;
                }
                HouseholdRepository::bindFields(q, 0, h);
                if (updating)
                    q.bind(10, existingId);
                if (!q.exec(err)) {
                    *err = tr("Row %1: %2").arg(row.sourceRow).arg(*err);
                    return false;
                }
                const qint64 id = updating ? existingId : q.lastInsertId();
                if (!updating && historyDone >= 0)
                    lastNew = id; // its assignment is written with the next stretch (flushNewHouseholds)
                else if (h.gridId && assignmentChanged) {
                    insertHistory.addBindValue(id);
                    insertHistory.addBindValue(h.gridId);
                    insertHistory.addBindValue(h.workerId ? QVariant(h.workerId) : QVariant(QMetaType(QMetaType::LongLong)));
                    insertHistory.addBindValue(today);
                    insertHistory.addBindValue(importNote);
                    if (!sql::exec(insertHistory, err))
                        return false;
                }
                if (!h.headIdNumber.isEmpty())
                    householdByHeadId.insert(h.headIdNumber, id);
                updating ? ++counts->updated : ++counts->imported;
                break;
            }
            case ImportKind::Matters: {
                Matter m = p.matter;
                m.villageId = villageId;
                qint64 existingId = 0;
                for (const Matter &other : matters.ofVillage(villageId))
                    if (other.title == m.title)
                        existingId = other.id;
                if (existingId) {
                    if (judging) {
                        row.verdict = ImportRow::Verdict::Duplicate;
                        row.existingId = existingId;
                        row.notes << tr("a matter with this name is already recorded for the village");
                    }
                    if (m_options.onDuplicate == DuplicatePolicy::Skip) {
                        ++counts->skipped;
                        break;
                    }
                }
                const bool updating = existingId && m_options.onDuplicate == DuplicatePolicy::Update;
                const bool ok = m_ledger.write(
                    [&](QString *rowErr) {
                        if (updating) {
                            Matter merged = *matters.get(existingId);
                            if (p.present.contains(QStringLiteral("category")))
                                merged.category = m.category;
                            if (p.present.contains(QStringLiteral("amount")))
                                merged.amountFen = m.amountFen;
                            if (!m.description.isEmpty())
                                merged.description = m.description;
                            if (p.present.contains(QStringLiteral("motionSource")))
                                merged.motionSource = m.motionSource;
                            m = merged;
                        }
                        const Saved saved = updating ? matters.update(m) : matters.insert(m);
                        if (!saved.ok()) {
                            *rowErr = (saved.errors.isEmpty() ? QString() : saved.errors.constFirst().field)
                                    + QLatin1Char('\n') + saved.message();
                            return false;
                        }
                        const qint64 matterId = updating ? existingId : saved.id;
                        for (StepRecord r : p.steps) {
                            r.matterId = matterId;
                            r.id = 0;
                            // Record, then judge: a step the rules would not accept in this order
                            // (after a rejection, before an earlier step, dated backwards) is what
                            // the ledger on paper says happened. It is recorded by override with
                            // that reason, and the rules make it a finding.
                            StepRecord regular = r;
                            if (!matters.validateStep(regular).isEmpty()) {
                                StepRecord irregular = r;
                                irregular.overridden = true;
                                irregular.overrideReason = importedAsWritten;
                                if (matters.validateStep(irregular).isEmpty())
                                    r = irregular;
                            }
                            const Saved step = matters.saveStep(r);
                            if (!step.ok()) {
                                static const char *dateKeys[] = {"", "proposalDate", "jointDate", "reviewDate",
                                                                 "resolutionDate", "resolutionDisclosureDate", "resultDate"};
                                *rowErr = QString::fromLatin1(dateKeys[int(r.step)]) + QLatin1Char('\n')
                                        + MatterText::step(r.step) + QStringLiteral(": ") + step.message();
                                return false;
                            }
                        }
                        if (judging) {
                            // The findings the record will carry, shown before anything is written.
                            const Matter stored = *matters.get(matterId);
                            const std::optional<Village> village = villages.get(villageId);
                            for (const Deliberation::Defect &d :
                                 Deliberation::defects(stored, matters.steps(matterId), deliberation, m_options.today,
                                                       village ? &*village : nullptr))
                                row.findings << findingText(d);
                        }
                        return true;
                    },
                    &failure);
                if (!ok)
                    row.findings.clear();
                if (!settle(ok, updating))
                    return false;
                break;
            }
            }
            if (judging && row.verdict == ImportRow::Verdict::Ok && !row.findings.isEmpty())
                row.verdict = ImportRow::Verdict::Note;
            return true;
        };

        // The sheet is streamed again: the rows are not kept, only their verdicts (and the cells of
        // the first rows for the preview, and of every row not imported as it is, for the clerk).
        const int total = m_rowCount;
        int index = 0;
        ImportRow scratch; // the row being read, in one pass
        bool stopped = false;
        QString readError;
        auto handle = [&](int rowNumber, const QVariantList &cells, std::unique_ptr<Parsed> &parsed) {
            if (rowNumber <= m_mapping.headerRow)
                return true;
            if (progress && index % 1000 == 0 && !progress(index, total)) {
                cancelled = true;
                stopped = true;
                *err = QStringLiteral("cancelled");
                return false;
            }
            if (judging) {
                if (m_rows.isEmpty() && pass == Pass::Check)
                    m_rows.reserve(qMax(0, m_rowCount - m_mapping.headerRow)); // no doubling of a million rows
                ImportRow fresh;
                fresh.sourceRow = rowNumber;
                fresh.cells = cells;
                if (pass == Pass::Check)
                    m_rows.append(fresh);
                else
                    scratch = std::move(fresh);
                if (cells.size() > m_columnHasData.size())
                    m_columnHasData.resize(cells.size());
                for (int c = 0; c < cells.size(); ++c)
                    if (!m_columnHasData[c] && !ImportValues::isBlank(cells.at(c)))
                        m_columnHasData[c] = true;
            } else if (index >= m_rows.size() || m_rows.at(index).sourceRow != rowNumber) {
                *err = tr("The sheet changed after it was checked; check it again before importing.");
                stopped = true;
                return false;
            }
            ImportRow &row = pass == Pass::CheckAndWrite ? scratch : m_rows[index];
            if (!processRow(row, *parsed)) {
                stopped = true;
                return false;
            }
            if (judging && index >= kPreviewRows && row.verdict == ImportRow::Verdict::Ok)
                row.cells = QVariantList(); // shown blank in the preview; nothing to correct in it
            // In one pass nobody browses a preview: beyond its first rows only those the clerk
            // must see are kept (not imported as they are, or with findings).
            if (pass == Pass::CheckAndWrite
                && (index < kPreviewRows || row.verdict == ImportRow::Verdict::Rejected
                    || row.verdict == ImportRow::Verdict::Skipped || row.verdict == ImportRow::Verdict::Duplicate
                    || !row.findings.isEmpty()))
                m_rows.append(std::move(scratch));
            ++index;
            return true;
        };
        // The sheet is read and its rows parsed on a second thread while this one checks and
        // writes the rows before (parsing looks only at the cells and the mapping).
        struct Ahead
        {
            int rowNumber = 0;
            QVariantList cells;
            std::unique_ptr<Parsed> parsed;
        };
        SheetSource::Result read = SheetSource::Result::Ok;
        {
            ReadAhead<Ahead> ahead(m_path, m_sheet, [this](int rowNumber, const QVariantList &cells) {
                Ahead a{rowNumber, cells, nullptr};
                if (rowNumber > m_mapping.headerRow)
                    a.parsed = parseRow(cells);
                return a;
            });
            bool going = true;
            while (going)
                if (Ahead *a = ahead.next())
                    going = handle(a->rowNumber, a->cells, a->parsed);
                else
                    break;
            if (!going)
                ahead.stop();
            read = ahead.result();
            readError = ahead.error();
        }
        if (stopped)
            return false;
        if (read != SheetSource::Result::Ok) {
            *err = readError;
            return false;
        }
        if (!judging && index != m_rows.size()) {
            *err = tr("The sheet changed after it was checked; check it again before importing.");
            return false;
        }
        counts->read = index;
        if (!flushNewHouseholds() || !householdAudit.finish(err))
            return false;
        if (progress)
            progress(index, index);
        if (!writing) {
            checkFinished = true;
            return false; // a check changes nothing
        }

        QSqlQuery log(m_ledger.database());
        log.prepare(QStringLiteral("UPDATE import_log SET rows_read = ?, imported = ?, updated = ?, skipped = ?, "
                                   "rejected = ? WHERE id = ?"));
        log.addBindValue(counts->read);
        log.addBindValue(counts->imported);
        log.addBindValue(counts->updated);
        log.addBindValue(counts->skipped);
        log.addBindValue(counts->rejected);
        log.addBindValue(logId);
        return sql::exec(log, err);
    };

    QString err;
    // Households into a new or nearly empty ledger: the indexes nothing reads while they are
    // written are built once at the end (faster, and packed).
    const bool rebuild = kind == ImportKind::Households
                      && HouseholdRepository(m_ledger).count(HouseholdFilter()) < HouseholdRepository::kBulkRebuildBelow;
    const bool ok = m_ledger.write(
        [&](QString *e) {
            return DeferredIndexes::around(m_ledger.database(),
                                           rebuild ? HouseholdRepository::indexesForBulk()
                                                             // nothing an import does reads households
                                                             // by grid or worker
                                                             << QStringLiteral("household_grid")
                                                             << QStringLiteral("household_worker")
                                                   : QStringList(),
                                           body, e);
        },
        &err);
    if (!writing) {
        if (cancelled) {
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
        // A check always rolls back; it failed only when the body stopped before its end.
        if (!checkFinished) {
            if (error)
                *error = err;
            return false;
        }
        return true;
    }
    if (!ok && error)
        *error = cancelled ? QStringLiteral("cancelled") : err;
    return ok;
}

bool Importer::writeErrors(const QString &path, QString *error) const
{
    QStringList headers = m_mapping.headers;
    int width = int(headers.size());
    for (const ImportRow &r : m_rows)
        width = qMax(width, int(r.cells.size()));
    while (headers.size() < width)
        headers << QString();
    headers << tr("Row in the sheet") << tr("Column") << tr("Reason");
    QList<QVariantList> rows;
    for (const ImportRow &r : m_rows) {
        if (r.verdict != ImportRow::Verdict::Rejected)
            continue;
        QVariantList cells = r.cells;
        while (cells.size() < width)
            cells << QVariant();
        cells << r.sourceRow << r.column << r.reason;
        rows << cells;
    }
    const Result<void> written =
        TableExport::write(tr("Rejected rows of %1").arg(QFileInfo(m_path).fileName()), headers, rows, path, {},
                           TableExport::PersonalData::Full); // the clerk corrects and imports them again
    if (!written && error)
        *error = written.message();
    return written.ok();
}

QList<Importer::LogEntry> Importer::log(Ledger &ledger)
{
    QList<LogEntry> entries;
    QSqlQuery q(ledger.database());
    q.exec(QStringLiteral("SELECT id, at, kind, file, sheet, rows_read, imported, updated, skipped, rejected, clerk "
                          "FROM import_log ORDER BY id DESC"));
    while (q.next()) {
        LogEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.kind = q.value(2).toString();
        e.file = q.value(3).toString();
        e.sheet = q.value(4).toString();
        e.counts = ImportCounts{q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt(), q.value(8).toInt(),
                                q.value(9).toInt()};
        e.clerk = q.value(10).toString();
        entries << e;
    }
    return entries;
}

} // namespace tl
