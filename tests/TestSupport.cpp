#include "TestSupport.h"

#include "edits/History.h"
#include "model/DemoGenerator.h"
#include "model/Validation.h"
#include "storage/AuditChain.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtGlobal>

#ifdef QT_WIDGETS_LIB
#include <QWidget>
#endif

#include <catch2/catch.hpp>

namespace tl::test {

QString dumpTables(Ledger &ledger)
{
    QString out;
    QSqlQuery tables(ledger.database());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "AND name NOT IN ('audit_log', 'audit_context', 'import_log') ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        out += QStringLiteral("== %1\n").arg(name);
        QSqlQuery rows(ledger.database());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(name)));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            }
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

int auditRows(Ledger &ledger, const QString &source)
{
    QSqlQuery q(ledger.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE source = ?"));
    q.addBindValue(source);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void checkRoundTrip(Ledger &ledger, const std::function<void()> &edit)
{
    edits::History &history = ledger.history();
    const QString before = dumpTables(ledger);
    const int edits = auditRows(ledger, QStringLiteral("edit")), undos = auditRows(ledger, QStringLiteral("undo")),
              redos = auditRows(ledger, QStringLiteral("redo"));
    const int depth = history.stack()->count();
    edit();
    REQUIRE(history.stack()->count() == depth + 1); // one edit, one command
    const QString after = dumpTables(ledger);
    REQUIRE(after != before);
    CHECK(auditRows(ledger, QStringLiteral("edit")) > edits);

    const Result<void> undone = history.undo();
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());
    CHECK(dumpTables(ledger) == before);
    CHECK(auditRows(ledger, QStringLiteral("undo")) > undos);

    const Result<void> redone = history.redo();
    INFO(redone.message().toStdString());
    REQUIRE(redone.ok());
    CHECK(dumpTables(ledger) == after);
    CHECK(auditRows(ledger, QStringLiteral("redo")) > redos);

    REQUIRE(history.undo().ok());
    CHECK(dumpTables(ledger) == before);
    REQUIRE(history.redo().ok()); // leave the edit done for what the test checks next
}

void failWritesOf(Ledger &ledger, const QString &table, const QString &action)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_%1 BEFORE %2 ON %1 BEGIN SELECT RAISE(ABORT, 'injected'); END")
                       .arg(table, action)));
}

void stopFailing(Ledger &ledger, const QString &table)
{
    QSqlQuery q(ledger.database());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER temp.fail_%1").arg(table)));
}

std::unique_ptr<Ledger> newLedger(const QString &path)
{
    Township t;
    t.name = QStringLiteral("测试镇");
    t.county = QStringLiteral("测试县");
    auto r = Ledger::create(path, t);
    INFO(r.message.toStdString());
    REQUIRE(r.ledger);
    return std::move(r.ledger);
}

std::unique_ptr<Ledger> demoLedger(const QString &path, int villages)
{
    Township t;
    t.name = DemoGenerator::defaultTownshipName();
    t.isDemo = true;
    auto r = Ledger::create(path, t);
    REQUIRE(r.ledger);
    DemoOptions o;
    o.villages = villages;
    o.today = fixedToday();
    QString error;
    INFO(error.toStdString());
    REQUIRE(DemoGenerator::populate(*r.ledger, o, &error));
    return std::move(r.ledger);
}

QString makeId(const QString &region, const QDate &birth, int sequence)
{
    const QString body = region + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return body + Validators::idNumberCheckChar(body);
}

QString fullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out += (c.unicode() > 0x20 && c.unicode() < 0x7f) ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return out;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
#ifdef QT_WIDGETS_LIB
    const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
#else
    Q_UNUSED(widget);
    Q_UNUSED(name);
#endif
}


void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-raw-%1").arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString() << " " << q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void buildAtVersion(const QString &path, int version, const QString &township)
{
    QStringList statements;
    for (const Migration &m : schemaMigrations())
        if (m.version <= version)
            statements += m.statements;
    statements << QStringLiteral("PRAGMA application_id=%1").arg(Ledger::kApplicationId)
               << QStringLiteral("PRAGMA user_version=%1").arg(version)
               << QStringLiteral("INSERT INTO township (id, name) VALUES (1, '%1')").arg(township)
               << QStringLiteral("INSERT INTO village (id, name, households) VALUES (7, '老村', 321)");
    rawExec(path, statements);
}

void sealTrail(const QString &path)
{
    const QString name = QStringLiteral("seal-trail");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(db.transaction());
        INFO(error.toStdString());
        REQUIRE(AuditChain::seal(db, 0, &error));
        REQUIRE(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void damageTail(const QString &path)
{
    rawExec(path, {QStringLiteral("PRAGMA journal_mode=DELETE")});
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 3 * 65536);
    const qint64 from = (size * 2 / 3) / 4096 * 4096;
    f.seek(from);
    f.write(QByteArray(int(size - from), '\x5a'));
}

} // namespace tl::test
