// Statement, the bulk paths' prepared statement on the Qt connection's own SQLite handle: what it
// stores and reads must be exactly what QSqlQuery stores and reads, so that a trail sealed on one
// path verifies on the other, and an import writes the same file either way.

#include "TestSupport.h"

#include "import/Importer.h"
#include "storage/AuditChain.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

using namespace tl;

namespace {

// Statement::setQtOnly for the length of a scope.
struct QtOnly
{
    explicit QtOnly(bool on) { Statement::setQtOnly(on); }
    ~QtOnly() { Statement::setQtOnly(false); }
};

// A plain connection to a file of its own, closed and removed at the end of the scope.
struct Connection
{
    explicit Connection(const QString &path)
        : name(QUuid::createUuid().toString())
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(db);
        INFO(sql.toStdString() << " " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QString name;
    QSqlDatabase db;
};

// Text QSqlQuery and SQLite treat each their own way: empty and null, characters of one to four
// UTF-8 bytes, a surrogate pair, a lone surrogate, U+FFFE and U+FEFF (which SQLite reads as a byte
// order mark at the start of UTF-16), an embedded NUL.
QList<QString> oddTexts()
{
    return { QString(), QStringLiteral(""), QStringLiteral("plain"), QStringLiteral("é ß"),
        QStringLiteral("户主王小河，第一村民小组"), QString::fromUtf8("\xF0\x9F\x98\x80 笑"),
        QString(QChar(0xD800)) + QStringLiteral("x"), QStringLiteral("a") + QChar(0xDC00),
        QString(QChar(0xFFFE)), QString(QChar(0xFFFE)) + QStringLiteral("ab"),
        QString(QChar(0xFEFF)) + QStringLiteral("户"), QStringLiteral("户") + QChar(0xFEFF),
        QString(QChar(0xFFFD)), QString::fromUtf16(u"a\0b", 3) };
}

} // namespace

TEST_CASE("Statement: on this build it runs on the driver's own SQLite handle", "[storage][statement]")
{
    // The Debian packages' Qt driver is linked with the system's SQLite, the one linked here: the
    // fast path must be on, or the county import loses what it was built for.
    tl::test::TempDir tmp;
    Connection c(tmp.file(QStringLiteral("a.db")));
    CHECK(Statement::isDirect(c.db));
    QtOnly only(true);
    CHECK_FALSE(Statement::isDirect(c.db));
}

TEST_CASE("Statement: values bound are stored exactly as QSqlQuery stores them, on either path",
    "[storage][statement]")
{
    for (const bool qtOnly : { false, true }) {
        INFO("through QSqlQuery only: " << qtOnly);
        tl::test::TempDir tmp;
        Connection c(tmp.file(QStringLiteral("b.db")));
        c.exec(QStringLiteral("CREATE TABLE fast (id INTEGER PRIMARY KEY, t, n)"));
        c.exec(QStringLiteral("CREATE TABLE qt (id INTEGER PRIMARY KEY, t, n)"));
        QtOnly only(qtOnly);
        Statement insert(c.db, QStringLiteral("INSERT INTO fast (t, n) VALUES (?, ?)"));
        REQUIRE(insert.prepareError().isEmpty());
        QSqlQuery reference(c.db);
        REQUIRE(reference.prepare(QStringLiteral("INSERT INTO qt (t, n) VALUES (?, ?)")));
        const QList<qint64> numbers { 0, -1, std::numeric_limits<qint64>::max(),
            std::numeric_limits<qint64>::min(), 42 };
        const QList<QString> texts = oddTexts();
        for (int i = 0; i < texts.size(); ++i) {
            insert.bind(0, texts.at(i));
            i % 3 == 2 ? insert.bindNull(1) : insert.bind(1, numbers.at(i % numbers.size()));
            QString error;
            REQUIRE(insert.exec(&error));
            CHECK(insert.lastInsertId() == i + 1);
            reference.addBindValue(texts.at(i));
            reference.addBindValue(i % 3 == 2 ? QVariant(QMetaType(QMetaType::LongLong))
                                              : QVariant(numbers.at(i % numbers.size())));
            REQUIRE(reference.exec());
        }
        QSqlQuery q(c.db);
        REQUIRE(q.exec(
            QStringLiteral("SELECT f.id, hex(f.t), hex(q.t), typeof(f.t), typeof(q.t) FROM fast f JOIN qt q "
                           "USING (id) WHERE NOT (hex(f.t) IS hex(q.t) AND typeof(f.t) = typeof(q.t))")));
        while (q.next())
            FAIL_CHECK("row " << q.value(0).toInt() << ": " << q.value(1).toString().toStdString() << " ("
                              << q.value(3).toString().toStdString() << ") against "
                              << q.value(2).toString().toStdString() << " ("
                              << q.value(4).toString().toStdString() << ")");
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM fast f JOIN qt q USING (id) WHERE f.t IS q.t AND "
                                      "typeof(f.t) = typeof(q.t) AND hex(f.t) IS hex(q.t) AND f.n IS q.n")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == texts.size());
        // A statement that fails says why, translated, and the next run still works.
        Statement duplicate(c.db, QStringLiteral("INSERT INTO fast (id, t) VALUES (?, 'x')"));
        duplicate.bind(0, qint64(1));
        QString error;
        CHECK_FALSE(duplicate.exec(&error));
        CHECK_FALSE(error.isEmpty());
        duplicate.bind(0, qint64(1000));
        CHECK(duplicate.exec(&error));
        Statement broken(c.db, QStringLiteral("INSERT INTO nowhere VALUES (?)"));
        CHECK_FALSE(broken.prepareError().isEmpty());
        CHECK_FALSE(broken.exec(&error));
    }
}

TEST_CASE("Statement: a column reads as QVariant::toString() gives it from QSqlQuery, whatever SQLite holds",
    "[storage][statement]")
{
    tl::test::TempDir tmp;
    Connection c(tmp.file(QStringLiteral("c.db")));
    c.exec(QStringLiteral("CREATE TABLE v (id INTEGER PRIMARY KEY, x)"));
    // Values only another program writes too: reals, blobs, text that is not well-formed UTF-8
    // (a cut sequence, an overlong one, an encoded surrogate, U+FFFE, beyond U+10FFFF, a lone
    // continuation byte), an embedded NUL.
    for (const char *value : { "NULL", "0", "-5", "9223372036854775807", "0.1", "2.5", "1e300", "-0.0",
             "X'00FF41'", "X''", "'plain'", "'中文，全角'", "CAST(X'C3' AS TEXT)", "CAST(X'C080' AS TEXT)",
             "CAST(X'EDA080' AS TEXT)", "CAST(X'EFBFBE' AS TEXT)", "CAST(X'F4908080' AS TEXT)",
             "CAST(X'80' AS TEXT)", "CAST(X'F09F9880' AS TEXT)", "CAST(X'610062' AS TEXT)",
             "CAST(X'E4B8' AS TEXT)", "''" })
        c.exec(QStringLiteral("INSERT INTO v (x) VALUES (%1)").arg(QLatin1String(value)));
    QStringList expected;
    {
        QSqlQuery q(c.db);
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM v ORDER BY id")));
        while (q.next()) {
            const QVariant v = q.value(0);
            expected << (v.isNull() ? QStringLiteral("NULL")
                                    : QString::fromLatin1(v.toString().toUtf8().toHex()));
        }
    }
    for (const bool qtOnly : { false, true }) {
        INFO("through QSqlQuery only: " << qtOnly);
        QtOnly only(qtOnly);
        Statement s(c.db, QStringLiteral("SELECT x, id FROM v WHERE id > ? ORDER BY id"));
        s.bind(0, qint64(0));
        QString error;
        REQUIRE(s.exec(&error));
        QStringList read;
        QByteArray scratch;
        qint64 last = 0;
        while (s.next()) {
            read << (s.type(0) == Statement::Type::Null
                    ? QStringLiteral("NULL")
                    : QString::fromLatin1(s.text(0, &scratch).toByteArray().toHex()));
            CHECK(s.integer(1) == last + 1);
            last = s.integer(1);
        }
        CHECK(read == expected);
        // Run again from the start: the statement is reset, not left at its end.
        s.bind(0, qint64(20));
        REQUIRE(s.exec(&error));
        int rows = 0;
        while (s.next())
            ++rows;
        CHECK(rows == expected.size() - 20);
    }
}

TEST_CASE("Statement: a trail sealed through the driver's handle is the trail QSqlQuery seals, and verifies",
    "[storage][statement][audit]")
{
    tl::test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("unsealed.ledger"));
    {
        tl::test::newLedger(path);
    }
    qint64 before = 0;
    {
        Connection c(path);
        before = AuditChain::lastId(c.db);
        // Audit rows with odd text in them, written by the triggers and not yet sealed.
        c.exec(QStringLiteral("BEGIN"));
        c.exec(QStringLiteral("INSERT INTO village (name) VALUES ('东村')"));
        QSqlQuery q(c.db);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO household (village_id, head_name, address, people) "
                                         "VALUES (1, ?, ?, 2)")));
        for (const QString &text : oddTexts()) {
            q.addBindValue(text.isNull() ? QStringLiteral("") : text);
            q.addBindValue(QStringLiteral("一组") + text);
            REQUIRE(q.exec());
        }
        c.exec(QStringLiteral("INSERT INTO household (village_id, head_name, people) "
                              "VALUES (1, CAST(X'E4B8C080' AS TEXT), 1)"));
        c.exec(QStringLiteral("COMMIT"));
    }
    QStringList hashes;
    for (const bool qtOnly : { false, true }) {
        INFO("through QSqlQuery only: " << qtOnly);
        const QString copy = tmp.file(qtOnly ? QStringLiteral("qt.ledger") : QStringLiteral("fast.ledger"));
        REQUIRE(QFile::copy(path, copy));
        QtOnly only(qtOnly);
        Connection c(copy);
        REQUIRE(c.db.transaction());
        QString error;
        REQUIRE(AuditChain::seal(c.db, before, &error));
        REQUIRE(c.db.commit());
        QSqlQuery q(c.db);
        REQUIRE(q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")));
        REQUIRE(q.next());
        hashes << q.value(0).toString();
        const AuditChain::Verdict v = AuditChain::verify(c.db);
        INFO(v.problem.toStdString());
        CHECK(v.whole);
    }
    CHECK(hashes.at(0).size() == 64);
    CHECK(hashes.at(0) == hashes.at(1));
}

TEST_CASE("Statement: a county-style household import writes the same file through either path",
    "[import][statement]")
{
    tl::test::TempDir tmp;
    const QString sheet = tmp.file(QStringLiteral("households.csv"));
    QByteArray csv
        = QStringLiteral("村名,户主姓名,户主身份证号,门牌号,家庭人口,联系电话,户类别,所属网格,网格员\n")
              .toUtf8();
    for (int i = 0; i < 300; ++i)
        csv += QStringLiteral("%1村,户主%2,%3,%4号 😀,%5,1380000%6,%7,第%8网格,网格员%9\n")
                   .arg(QChar(u'东' + i % 3))
                   .arg(i)
                   .arg(i % 7 == 0 ? QString()
                                   : tl::test::makeId(
                                       QStringLiteral("371302"), QDate(1960, 1, 1).addDays(i), i % 999 + 1))
                   .arg(i)
                   .arg(1 + i % 6)
                   .arg(i % 10000, 4, 10, QLatin1Char('0'))
                   .arg(i % 5 == 0 ? QStringLiteral("低保") : QString())
                   .arg(1 + i % 4)
                   .arg(1 + i % 4)
                   .toUtf8();
    QFile f(sheet);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    QStringList dumps;
    for (const bool qtOnly : { false, true }) {
        INFO("through QSqlQuery only: " << qtOnly);
        QtOnly only(qtOnly);
        auto ledger = tl::test::newLedger(
            tmp.file(qtOnly ? QStringLiteral("qt.ledger") : QStringLiteral("fast.ledger")));
        ImportOptions options;
        options.kind = ImportKind::Households;
        options.today = tl::test::fixedToday();
        options.createVillages = true;
        Importer importer(*ledger, options);
        QString error;
        REQUIRE(importer.read(sheet, QString(), &error, {}, Importer::ReadScope::Head)
            == SheetSource::Result::Ok);
        ImportCounts counts;
        INFO(error.toStdString());
        REQUIRE(importer.importAll(&counts, &error));
        CHECK(counts.imported == 300);
        const AuditChain::Verdict v = AuditChain::verify(ledger->database());
        INFO(v.problem.toStdString());
        CHECK(v.whole);
        QString dump = tl::test::dumpTables(*ledger);
        QSqlQuery q(ledger->database());
        REQUIRE(q.exec(QStringLiteral("SELECT json_array(tbl, record, action, field, old_value, new_value) "
                                      "FROM audit_log ORDER BY id")));
        while (q.next())
            dump += q.value(0).toString() + QLatin1Char('\n');
        dumps << dump;
    }
    CHECK(dumps.at(0).count(QStringLiteral("😀")) >= 600); // the households and their trail
    CHECK(dumps.at(0) == dumps.at(1));
}
