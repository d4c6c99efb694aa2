// The notice template renderer (core/Notices.h): a clerk-edited template checked, its
// {{placeholders}} filled (NoticeTemplates::check, fill, Masking::freeText), and, when the check
// passes, the notice built from a real matter or disclosure of a small demo ledger exactly as
// the program does (NoticeBuilder::forMatter / forDisclosure, which load the template from the
// ledger) and laid out as HTML (NoticeRenderer::html). No PDF: that would only measure fonts.
//
// Input: one byte choosing the notice kind (low 2 bits), then UTF-8 text split at NUL bytes into
// the title, the body and a value put into the records' free text (matter description,
// disclosure content) and into every placeholder of the plain fill.
// The ledger edits of one input are rolled back, so every input starts from the same ledger.

#include "FuzzSupport.h"

#include "model/DemoGenerator.h"
#include "storage/Ledger.h"
#include "disclosures/Notices.h"
#include "model/Masking.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace tl;

namespace {

struct Fixture
{
    std::unique_ptr<Ledger> ledger;
    qint64 resolutionMatter = 0; // a matter with a resolution notice
    qint64 resultMatter = 0;     // a matter with a result notice
    qint64 financeDisclosure = 0;
    qint64 generalDisclosure = 0;
    NoticeFonts fonts;
};

Fixture *fixture = nullptr;
const QDate kDate(2026, 11, 23);

QList<qint64> ids(Ledger &ledger, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(ledger.database());
    if (!q.exec(sql))
        fuzz::fail("the fixture query failed", sql);
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

void buildFixture()
{
    fixture = new Fixture;
    const QString &path = fuzz::scratchPath("notices.ledger");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    Township township;
    township.name = DemoGenerator::defaultTownshipName();
    township.county = DemoGenerator::defaultCountyName();
    township.isDemo = true;
    Ledger::OpenResult r = Ledger::create(path, township);
    if (!r.ledger)
        fuzz::fail("cannot create the fixture ledger", r.message);
    fixture->ledger = std::move(r.ledger);
    DemoOptions options;
    options.villages = 2;
    options.today = kDate;
    options.householdsPerVillage = 0;
    QString error;
    if (!DemoGenerator::populate(*fixture->ledger, options, &error))
        fuzz::fail("cannot fill the fixture ledger", error);
    std::atexit([] {
        const QString &p = fuzz::scratchPath("notices.ledger");
        for (const char *suffix : {"-wal", "-shm", ".lock"})
            QFile::remove(p + QLatin1String(suffix));
    });

    Ledger &ledger = *fixture->ledger;
    NoticeDocument doc;
    for (const qint64 id : ids(ledger, QStringLiteral("SELECT id FROM matter ORDER BY id"))) {
        if (!fixture->resolutionMatter && NoticeBuilder::forMatter(ledger, id, NoticeKind::Resolution, kDate, &doc, &error))
            fixture->resolutionMatter = id;
        if (!fixture->resultMatter && NoticeBuilder::forMatter(ledger, id, NoticeKind::Result, kDate, &doc, &error))
            fixture->resultMatter = id;
    }
    const QList<qint64> finance =
        ids(ledger, QStringLiteral("SELECT d.id FROM disclosure d WHERE kind = 'finance' "
                                   "ORDER BY (SELECT count(*) FROM finance_item f WHERE f.disclosure_id = d.id) DESC"));
    const QList<qint64> general = ids(ledger, QStringLiteral("SELECT id FROM disclosure WHERE kind <> 'finance'"));
    fixture->financeDisclosure = finance.value(0);
    fixture->generalDisclosure = general.value(0);
    if (!fixture->resolutionMatter || !fixture->resultMatter || !fixture->financeDisclosure
        || !fixture->generalDisclosure)
        fuzz::fail("the demo ledger lacks a matter or disclosure of some kind");
    fixture->fonts = NoticeRenderer::fonts(ledger);
}

// Bound as the repositories bind text: '' for none, and what SQLite cannot give back (U+FFFF,
// half a surrogate pair) as U+FFFD.
QString nonNull(const QString &s)
{
    return sql::text(s);
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        fuzz::fail("a fixture update failed", q.lastError().text());
}

// The whole way the program goes: the template kept in the ledger, the notice built from records.
void buildFromLedger(const NoticeTemplate &t, const QString &value, bool hasValue)
{
    Ledger &ledger = *fixture->ledger;
    QSqlDatabase db = ledger.database();
    if (!db.transaction())
        fuzz::fail("cannot begin", db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO notice_template (kind, title, body) VALUES (?,?,?) "
                             "ON CONFLICT(kind) DO UPDATE SET title = excluded.title, body = excluded.body"));
    q.addBindValue(NoticeTemplates::kindCode(t.kind));
    q.addBindValue(nonNull(t.title));
    q.addBindValue(nonNull(t.body));
    exec(q);
    if (hasValue) {
        q.prepare(QStringLiteral("UPDATE matter SET description = ?, title = ? WHERE id IN (?, ?)"));
        q.addBindValue(nonNull(value));
        q.addBindValue(nonNull(value.left(50)));
        q.addBindValue(fixture->resolutionMatter);
        q.addBindValue(fixture->resultMatter);
        exec(q);
        q.prepare(QStringLiteral("UPDATE disclosure SET content = ?, title = ? WHERE id IN (?, ?)"));
        q.addBindValue(nonNull(value));
        q.addBindValue(nonNull(value.left(50)));
        q.addBindValue(fixture->financeDisclosure);
        q.addBindValue(fixture->generalDisclosure);
        exec(q);
    }
    const NoticeTemplate loaded = NoticeTemplates::load(ledger, t.kind);
    if (loaded.title != sql::text(t.title) || loaded.body != sql::text(t.body))
        fuzz::fail("the template does not come back as it was saved", t.title);

    NoticeDocument doc;
    QString error;
    bool ok = false;
    switch (t.kind) {
    case NoticeKind::Resolution:
        ok = NoticeBuilder::forMatter(ledger, fixture->resolutionMatter, t.kind, kDate, &doc, &error);
        break;
    case NoticeKind::Result:
        ok = NoticeBuilder::forMatter(ledger, fixture->resultMatter, t.kind, kDate, &doc, &error);
        break;
    case NoticeKind::Finance:
        ok = NoticeBuilder::forDisclosure(ledger, fixture->financeDisclosure, kDate, &doc, &error);
        break;
    case NoticeKind::General:
        ok = NoticeBuilder::forDisclosure(ledger, fixture->generalDisclosure, kDate, &doc, &error);
        break;
    }
    if (!ok)
        fuzz::fail("a template that passed the check makes no notice", error);
    const QString html = NoticeRenderer::html(doc, fixture->fonts, 300);
    if (!html.startsWith(QLatin1String("<html>")))
        fuzz::fail("the notice HTML is not a page");
    if (!db.rollback())
        fuzz::fail("cannot roll back", db.lastError().text());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApp();
    buildFixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    NoticeTemplate t;
    t.kind = NoticeKind(data[0] & 3);
    const QStringList parts =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)).split(QChar(0));
    t.title = parts.value(0);
    t.body = parts.value(1);
    const bool hasValue = parts.size() > 2;
    const QString value =
        hasValue ? parts.mid(2).join(QChar(0)) : QStringLiteral("张三 110101199003078515 电话13812345678");

    const QString problem = NoticeTemplates::check(t);

    // The plain fill, with every placeholder of the kind set to the value.
    QHash<QString, QString> values;
    for (const QString &name : NoticeTemplates::placeholders(t.kind))
        values.insert(name, value);
    const QStringList keepWhole{QStringLiteral("13812345678")};
    QString titleError, bodyError;
    const QString title = NoticeTemplates::fill(t.title, values, keepWhole, &titleError);
    const QString body = NoticeTemplates::fill(t.body, values, keepWhole, &bodyError);
    if (problem.isEmpty() && (!titleError.isEmpty() || !bodyError.isEmpty()))
        fuzz::fail("a template that passed the check cannot be filled", titleError + bodyError);
    if ((!titleError.isEmpty() && !title.isEmpty()) || (!bodyError.isEmpty() && !body.isEmpty()))
        fuzz::fail("a failed fill that returns text");
    (void)Masking::freeText(value, keepWhole);

    if (problem.isEmpty())
        buildFromLedger(t, value, hasValue);
    return 0;
}
