// File safety in the window: a lock whose holder cannot be checked is named and can be taken
// over (the clerk is asked), and a backup of another township is restored only when the clerk
// says so, with both townships named.
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "model/VillageRepository.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "storage/AuditTrail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {
void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("lock: a lock of another computer is named, and taken over when the clerk says so", "[filesafety][gui]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("锁.ledger"));
    test::newLedger(path).reset();
    {
        QFile lock(path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ntownship-ledger\nfar-away-pc\n");
    }
    {
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::No);
        REQUIRE(window.openLedger(path));
        CHECK(MessageBox::pendingAnswers() == 0);
        CHECK_THAT(MessageBox::lastText().toStdString(), Catch::Contains("far-away-pc") && Catch::Contains("Take it over"));
        REQUIRE(window.context());
        CHECK(window.context()->isReadOnly());
        CHECK(window.readOnlyNotice().contains(QStringLiteral("far-away-pc")));
        MessageBox::setNextAnswer(QMessageBox::Ok); // the read-only notice
        settle();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window.openLedger(path));
    CHECK(MessageBox::pendingAnswers() == 0);
    REQUIRE(window.context());
    CHECK_FALSE(window.context()->isReadOnly());
    CHECK(window.readOnlyNotice().isEmpty());
}

TEST_CASE("restore: a backup of another township only when the clerk confirms it", "[filesafety][gui]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("本镇.ledger"));
    {
        auto ledger = test::newLedger(path);
        Village v;
        v.name = QStringLiteral("东村");
        REQUIRE(VillageRepository(*ledger).insert(v).ok());
    }
    const QString other = tmp.file(QStringLiteral("邻镇.ledger"));
    {
        Township t;
        t.name = QStringLiteral("邻镇");
        REQUIRE(Ledger::create(other, t).ledger);
    }
    MainWindow window;
    REQUIRE(window.openLedger(path));
    REQUIRE_FALSE(window.context()->isReadOnly());
    const QByteArray before = fileHash(path);

    QString saved, error;
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(window.restoreBackup(other, &saved, &error));
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK_THAT(MessageBox::lastText().toStdString(), Catch::Contains("邻镇") && Catch::Contains("测试镇"));
    CHECK_THAT(error.toStdString(), Catch::Contains("邻镇"));
    REQUIRE(window.context());
    CHECK(window.context()->ledger().township().name == QStringLiteral("测试镇"));
    CHECK(fileHash(path) == before);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window.restoreBackup(other, &saved, &error));
    REQUIRE(window.context());
    CHECK(window.context()->ledger().township().name == QStringLiteral("邻镇"));
    CHECK(QFile::exists(saved));
    AuditFilter filter;
    filter.source = QStringLiteral("restore");
    CHECK(AuditTrail::count(window.context()->ledger(), filter) == 1);
}
