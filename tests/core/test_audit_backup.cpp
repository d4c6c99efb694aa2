// The audit trail, backups and the one-writer lock: every change traceable, nothing lost.

#include "TestSupport.h"

#include "storage/AuditTrail.h"
#include "storage/Backups.h"
#include "committees/CommitteeRepository.h"
#include "import/Importer.h"
#include "committees/PersonRepository.h"
#include "model/VillageRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace tl;

namespace {
int scalar(Ledger &ledger, const QString &sql)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("audit: every insert, update and delete is recorded with who and what did it", "[audit]")
{
    test::TempDir tmp;
    auto ledger = test::newLedger(tmp.file(QStringLiteral("a.ledger")));
    ledger->setClerk(QStringLiteral("李文书"));
    VillageRepository villages(*ledger);
    Village v;
    v.name = QStringLiteral("东村");
    const Saved saved = villages.insert(v);
    REQUIRE(saved.ok());
    v.id = saved.id;
    v.households = 321;
    v.note = QStringLiteral("新备注");
    REQUIRE(villages.update(v).ok());

    AuditFilter filter;
    filter.table = QStringLiteral("village");
    filter.record = QString::number(v.id);
    QList<AuditEntry> history = AuditTrail::entries(*ledger, filter);
    REQUIRE(history.size() == 3); // insert, then two changed fields
    CHECK(history[0].action == QStringLiteral("insert"));
    CHECK(history[0].newValue.contains(QStringLiteral("东村")));
    CHECK(history[0].clerk == QStringLiteral("李文书"));
    CHECK(history[0].source == QStringLiteral("edit"));
    CHECK_FALSE(history[0].osUser.isNull());
    CHECK(history[1].action == QStringLiteral("update"));
    CHECK(history[1].field == QStringLiteral("households"));
    CHECK(history[1].oldValue == QStringLiteral("0"));
    CHECK(history[1].newValue == QStringLiteral("321"));
    CHECK(history[2].field == QStringLiteral("note"));
    CHECK(history[1].at.isValid());

    // A person with an ID number: the trail keeps it, a handed-on copy masks it.
    Person p;
    p.villageId = v.id;
    p.name = QStringLiteral("王五");
    p.idNumber = test::makeId(QStringLiteral("371302"), QDate(1980, 1, 1), 11);
    const Saved person = PersonRepository(*ledger).insert(p);
    REQUIRE(person.ok());
    REQUIRE(PersonRepository(*ledger).remove(person.id, nullptr));
    filter.table = QStringLiteral("person");
    filter.record = QString::number(person.id);
    history = AuditTrail::entries(*ledger, filter);
    REQUIRE(history.size() == 2);
    CHECK(history[1].action == QStringLiteral("delete"));
    CHECK(history[1].oldValue.contains(p.idNumber));
    CHECK_FALSE(AuditTrail::line(history[1], true).contains(p.idNumber));
    CHECK(AuditTrail::line(history[1], false).contains(p.idNumber));

    // Nobody edits or deletes the trail — not even with SQL.
    QSqlQuery q(ledger->database());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET clerk = 'x'")));
    CHECK(AuditTrail::count(*ledger, {}) >= 5);

    // A change of term is recorded as such.
    REQUIRE(CommitteeRepository(*ledger).changeOfTerm(v.id, QDate(2026, 5, 1), 5, false, nullptr));
    filter = {};
    filter.source = QStringLiteral("change-of-term");
    CHECK(AuditTrail::count(*ledger, filter) > 0);
    // Edits after it are plain edits again.
    v.note = QStringLiteral("再改");
    REQUIRE(villages.update(v).ok());
    filter = {};
    filter.limit = 1;
    CHECK(AuditTrail::entries(*ledger, filter).constFirst().source == QStringLiteral("edit"));

    // The workbook opens in openpyxl and masks the ID number.
    const QString out = tmp.file(QStringLiteral("audit.xlsx"));
    QString error;
    REQUIRE(AuditTrail::writeWorkbook(AuditTrail::entries(*ledger, {}), out, true, &error));
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import openpyxl,sys\nws=openpyxl.load_workbook(sys.argv[1]).active\n"
                             "print(sum(1 for r in ws.iter_rows(values_only=True) for c in r if c and sys.argv[2] in str(c)))\n"
                             "print(ws.max_row)"),
              out, p.idNumber});
    REQUIRE(py.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0] == QStringLiteral("0"));
    CHECK(lines[1].toInt() >= AuditTrail::count(*ledger, {}) + 2);
}

TEST_CASE("audit: an import is one batch, tied to its log entry", "[audit]")
{
    test::TempDir tmp;
    auto ledger = test::newLedger(tmp.file(QStringLiteral("b.ledger")));
    const QString csv = tmp.file(QStringLiteral("v.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("村名,户数\n东村,10\n西村,20\n");
    f.close();
    ImportOptions options;
    options.kind = ImportKind::Villages;
    options.clerk = QStringLiteral("导入员");
    Importer importer(*ledger, options);
    QString error;
    const int before = AuditTrail::count(*ledger, {}); // the township, recorded when the file was made
    REQUIRE(importer.read(csv, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    CHECK(AuditTrail::count(*ledger, {}) == before); // the trial run left no trace
    ImportCounts counts;
    REQUIRE(importer.commit(&counts, &error));
    const QList<Importer::LogEntry> log = Importer::log(*ledger);
    REQUIRE(log.size() == 1);
    AuditFilter filter;
    filter.source = QStringLiteral("import");
    const QList<AuditEntry> entries = AuditTrail::entries(*ledger, filter);
    REQUIRE(entries.size() == 2);
    for (const AuditEntry &e : entries)
        CHECK(e.batch == log[0].id);
}

TEST_CASE("backups: one a day, the last N kept, restore keeps the current file first", "[backup]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("c.ledger"));
    {
        auto ledger = test::newLedger(path);
        Village v;
        v.name = QStringLiteral("东村");
        REQUIRE(VillageRepository(*ledger).insert(v).ok());
        QString error;
        const QString first = Backups::daily(*ledger, 3, &error);
        REQUIRE_FALSE(first.isEmpty());
        CHECK(first.startsWith(Backups::folder(path)));
        CHECK(Backups::daily(*ledger, 3, &error).isEmpty()); // once a day
        CHECK(error.isEmpty());
        // Older daily backups beyond the last 3 are removed.
        const QString base = Backups::folder(path) + QStringLiteral("/c-");
        for (int day = 1; day <= 4; ++day)
            REQUIRE(QFile::copy(first, base + QStringLiteral("2026010%1-080000-000-daily.ledger").arg(day)));
        QFile::remove(first);
        const QString again = Backups::daily(*ledger, 3, &error);
        REQUIRE_FALSE(again.isEmpty());
        int dailies = 0;
        for (const BackupInfo &b : Backups::list(path))
            dailies += b.reason == QStringLiteral("daily");
        CHECK(dailies == 3);
        CHECK(Backups::list(path).constFirst().path == again);
        CHECK_FALSE(QFile::exists(base + QStringLiteral("20260101-080000-000-daily.ledger")));

        v.name = QStringLiteral("西村");
        REQUIRE(VillageRepository(*ledger).insert(v).ok());
        CHECK(VillageRepository(*ledger).count() == 2);
        // While it is open, nobody may replace it.
        QString saved;
        CHECK_FALSE(Backups::restore(path, again, &saved, &error));
        CHECK(error.contains(QStringLiteral("open")));
    }
    QString error, saved;
    const QString backup = Backups::list(path).constFirst().path;
    REQUIRE(Backups::restore(path, backup, &saved, &error));
    CHECK(QFile::exists(saved));
    auto restored = Ledger::open(path);
    REQUIRE(restored.ledger);
    CHECK(VillageRepository(*restored.ledger).count() == 1);
    auto before = Ledger::open(saved, Ledger::Access::ReadOnly);
    REQUIRE(before.ledger);
    CHECK(VillageRepository(*before.ledger).count() == 2);
    restored.ledger.reset();

    // Something that is not a ledger is never restored over one.
    const QString junk = tmp.file(QStringLiteral("junk.ledger"));
    QFile j(junk);
    REQUIRE(j.open(QIODevice::WriteOnly));
    j.write("%PDF-1.4 not a ledger");
    j.close();
    CHECK_FALSE(Backups::restore(path, junk, &saved, &error));
    CHECK(error.contains(QStringLiteral("not a Township Ledger file")));
    auto still = Ledger::open(path);
    REQUIRE(still.ledger);
    CHECK(VillageRepository(*still.ledger).count() == 1);
}

TEST_CASE("one writer: a second opening of the same ledger is read-only and says why", "[lock]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("d.ledger"));
    auto first = test::newLedger(path);
    REQUIRE_FALSE(first->isReadOnly());
    auto second = Ledger::open(path);
    REQUIRE(second.ledger);
    CHECK(second.ledger->isReadOnly());
    CHECK(second.notice.contains(QStringLiteral("already open")));
    Village v;
    v.name = QStringLiteral("东村");
    CHECK_FALSE(VillageRepository(*second.ledger).insert(v).ok());
    second.ledger.reset();
    first.reset();
    auto third = Ledger::open(path);
    REQUIRE(third.ledger);
    CHECK_FALSE(third.ledger->isReadOnly());
    CHECK(third.notice.isEmpty());
}

TEST_CASE("a full disk during an import: clear message, ledger as it was", "[import][backup]")
{
    test::TempDir tmp;
    auto ledger = test::newLedger(tmp.file(QStringLiteral("e.ledger")));
    Village v;
    v.name = QStringLiteral("东村");
    REQUIRE(VillageRepository(*ledger).insert(v).ok());
    const QString csv = tmp.file(QStringLiteral("h.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("村名,户主姓名,门牌号\n");
    for (int i = 0; i < 3000; ++i)
        f.write(QStringLiteral("东村,户主%1,%2\n").arg(i).arg(QString(200, QLatin1Char('x'))).toUtf8());
    f.close();
    ImportOptions options;
    options.kind = ImportKind::Households;
    Importer importer(*ledger, options);
    QString error;
    REQUIRE(importer.read(csv, QString(), &error) == SheetSource::Result::Ok);
    REQUIRE(importer.analyse(&error));
    QSqlQuery q(ledger->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 20)));
    q.finish();
    ImportCounts counts;
    CHECK_FALSE(importer.commit(&counts, &error));
    CHECK_THAT(error.toStdString(), Catch::Contains("disk is full"));
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM household")) == 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT COUNT(*) FROM import_log")) == 0);
    CHECK(importer.count(ImportRow::Verdict::Ok) == 3000); // the preview is still there to try again
}
