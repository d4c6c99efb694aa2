// The household search a clerk types into: any part of a name, an address or a group, and an ID
// number or a phone by its first or last digits; it follows every insert, change, removal and
// rolled-back edit without being told.
#include "grids/HouseholdRepository.h"
#include "grids/HouseholdSearch.h"
#include "model/VillageRepository.h"
#include "storage/Ledger.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

using namespace tl;

namespace {
struct SearchFixture
{
    test::TempDir tmp;
    std::unique_ptr<Ledger> ledger = test::newLedger(tmp.file(QStringLiteral("s.ledger")));
    HouseholdRepository households{*ledger};
    qint64 east = 0;
    qint64 west = 0;

    SearchFixture()
    {
        Village v;
        v.name = QStringLiteral("东庄村");
        east = VillageRepository(*ledger).insert(v).id;
        v.name = QStringLiteral("西庄村");
        west = VillageRepository(*ledger).insert(v).id;
        REQUIRE(east > 0);
        REQUIRE(west > 0);
    }

    qint64 add(qint64 village, const QString &name, const QString &group, const QString &address, const QString &id,
               const QString &phone = QString())
    {
        Household h;
        h.villageId = village;
        h.headName = name;
        h.group = group;
        h.address = address;
        h.headIdNumber = id;
        h.phone = phone;
        const Saved s = households.insert(h);
        REQUIRE(s.ok());
        return s.id;
    }

    QVector<qint64> find(const QString &text, qint64 village = 0) const
    {
        HouseholdFilter f;
        f.text = text;
        f.villageId = village;
        return households.ids(f);
    }
};
} // namespace

TEST_CASE("household search: any part of name, address and group; IDs and phones by either end", "[grids][search]")
{
    SearchFixture f;
    const QString id1 = test::makeId(QStringLiteral("371321"), QDate(1961, 5, 4), 17);
    const QString id2 = test::makeId(QStringLiteral("371302"), QDate(1980, 2, 9), 23);
    const qint64 a = f.add(f.east, QStringLiteral("王建国"), QStringLiteral("第三村民小组"), QStringLiteral("东庄村3组12号"), id1,
                           QStringLiteral("13805315678"));
    const qint64 b = f.add(f.west, QStringLiteral("李建华"), QStringLiteral("第一村民小组"), QStringLiteral("西庄村Room B"), id2);
    const qint64 c = f.add(f.west, QStringLiteral("张三"), QStringLiteral("第三村民小组"), QString(), QString());

    CHECK(f.find(QStringLiteral("建")) == QVector<qint64>{a, b});         // the middle of a name
    CHECK(f.find(QStringLiteral("建华")) == QVector<qint64>{b});
    CHECK(f.find(QStringLiteral("12号")) == QVector<qint64>{a});          // the address
    CHECK(f.find(QStringLiteral("ｒｏｏｍ ｂ")) == QVector<qint64>{b});   // full-width, any case
    CHECK(f.find(QStringLiteral("第三")) == QVector<qint64>{a, c});       // the group
    CHECK(f.find(QStringLiteral("第三"), f.west) == QVector<qint64>{c});  // within a village
    CHECK(f.find(QStringLiteral("5678")) == QVector<qint64>{a});          // the last digits of a phone
    CHECK(f.find(id2.right(4)) == QVector<qint64>{b});                    // ... of an ID number
    CHECK(f.find(test::fullWidth(id1.right(6))) == QVector<qint64>{a});
    CHECK(f.find(QStringLiteral("371302")) == QVector<qint64>{b});        // the first digits of an ID
    CHECK(f.find(QStringLiteral("138053")) == QVector<qint64>{a});        // ... of a phone
    CHECK(f.find(id1.mid(6, 8)).isEmpty()); // a birth date inside the ID number is not a match
    CHECK(f.find(QStringLiteral("赵")).isEmpty());
    HouseholdFilter counted;
    counted.text = QStringLiteral("建");
    CHECK(f.households.count(counted) == 2);
    // Other filters narrow the text's matches; a village keeps its 村民小组 order.
    HouseholdFilter grouped;
    grouped.text = QStringLiteral("庄");
    grouped.group = QStringLiteral("第三村民小组");
    CHECK(f.households.ids(grouped) == QVector<qint64>{a});
}

TEST_CASE("household search follows inserts, changes, removals and rolled-back edits", "[grids][search]")
{
    SearchFixture f;
    const qint64 a = f.add(f.east, QStringLiteral("王建国"), QStringLiteral("一组"), QString(), QString());
    CHECK(f.find(QStringLiteral("建国")) == QVector<qint64>{a}); // builds the index

    const qint64 b = f.add(f.east, QStringLiteral("刘建国"), QStringLiteral("二组"), QString(), QString());
    CHECK(f.find(QStringLiteral("建国")) == QVector<qint64>{a, b});

    Household changed = *f.households.get(a);
    changed.headName = QStringLiteral("王卫东");
    REQUIRE(f.households.update(changed).ok());
    CHECK(f.find(QStringLiteral("建国")) == QVector<qint64>{b});
    CHECK(f.find(QStringLiteral("卫东")) == QVector<qint64>{a});

    QString error;
    REQUIRE(f.households.remove(b, &error));
    CHECK(f.find(QStringLiteral("建国")).isEmpty());

    // An edit that fails halfway leaves nothing behind in the index.
    const bool written = f.ledger->write(
        [&](QString *e) {
            Household h;
            h.villageId = f.east;
            h.headName = QStringLiteral("赵建国");
            const Saved s = f.households.insert(h);
            if (!s.ok())
                return false;
            CHECK(f.find(QStringLiteral("赵建国")).size() == 1); // seen inside the transaction
            *e = QStringLiteral("stop");
            return false;
        },
        &error);
    CHECK_FALSE(written);
    CHECK(f.find(QStringLiteral("赵建国")).isEmpty());
    CHECK(f.find(QStringLiteral("卫东")) == QVector<qint64>{a});

    // Many changes at once (an import) are read again whole.
    QList<Household> many;
    for (int i = 0; i < 300; ++i) {
        Household h;
        h.villageId = f.west;
        h.headName = QStringLiteral("批量%1").arg(i);
        many << h;
    }
    REQUIRE(f.households.insertMany(many, &error));
    CHECK(f.find(QStringLiteral("批量")).size() == 300);
    CHECK(f.find(QStringLiteral("批量"), f.east).isEmpty());
}

TEST_CASE("household search: the index read on a worker, and the changes made meanwhile", "[grids][search]")
{
    SearchFixture f;
    const QString prefix = QStringLiteral("371321");
    QList<qint64> east;
    for (int i = 0; i < 40; ++i)
        east << f.add(i % 2 ? f.east : f.west, QStringLiteral("王%1").arg(i), QStringLiteral("一组"), QString(),
                      test::makeId(prefix, QDate(1960, 1, 1).addDays(i), 10 + i));
    HouseholdSearch &search = f.ledger->householdSearch();
    REQUIRE_FALSE(search.isReady());
    search.prepareInBackground(0); // as a county ledger: read by a worker with its own connection
    // A household written on the window's connection while (or after) the worker reads.
    const qint64 late = f.add(f.east, QStringLiteral("王后来"), QStringLiteral("二组"), QString(),
                              test::makeId(prefix, QDate(1970, 1, 1), 99));
    QElapsedTimer waited;
    waited.start();
    while (!search.isReady() && waited.elapsed() < 10000)
        QThread::msleep(5);
    CHECK(search.isReady());
    CHECK(f.find(QStringLiteral("王")).size() == 41);
    CHECK(f.find(QStringLiteral("王后来")) == QVector<qint64>{late});
    // A prefix every household shares, within one village and the township.
    CHECK(f.find(prefix).size() == 41);
    CHECK(f.find(prefix, f.east).size() == 21);
    CHECK(f.find(prefix, f.west).size() == 20);

    // Forgotten while a worker reads (the file was replaced): the next search reads it again.
    search.invalidate();
    search.prepareInBackground(0);
    search.invalidate();
    CHECK(f.find(QStringLiteral("王后来")) == QVector<qint64>{late});
    // Destroyed while a worker reads: it is stopped, not left running.
    search.invalidate();
    search.prepareInBackground(0);
}
