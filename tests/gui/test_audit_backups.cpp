// The audit trail and backups in the window: the change history (修改记录) of the township and of
// one record, masked and exported; the clerk's name; undo and redo marked as such; the backups
// dialog with "Back up now" and a restore that brings the earlier state back; and a ledger opened
// by a second window, which opens read-only and says so.

#include "TestSupport.h"

#include "edits/VillageEdits.h"
#include "shell/AppSettings.h"
#include "storage/AuditTrail.h"
#include "storage/Backups.h"
#include "storage/BackupsDialog.h"
#include "storage/ChangeHistoryModel.h"
#include "storage/ChangeHistoryWindow.h"
#include "grids/HouseholdModel.h"
#include "grids/HouseholdsPage.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "model/Masking.h"
#include "committees/MemberRosterTab.h"
#include "committees/PersonRepository.h"
#include "shell/PreferencesDialog.h"
#include "committees/RosterModel.h"
#include "villages/TownshipOverviewPage.h"
#include "villages/VillageOverviewModel.h"
#include "villages/VillagePage.h"
#include "model/VillageRepository.h"
#include "common/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

// The clerk's name and the backups setting as the test found them, put back afterwards.
struct SettingsGuard
{
    QString clerk = AppSettings::clerkName();
    QVariant keep = QSettings().value(QStringLiteral("backups/keep"));
    ~SettingsGuard()
    {
        AppSettings::setClerkName(clerk);
        if (keep.isValid())
            QSettings().setValue(QStringLiteral("backups/keep"), keep);
        else
            QSettings().remove(QStringLiteral("backups/keep"));
    }
};

// A real (not demo) ledger with one village and one person, created and closed.
struct Fixture
{
    test::TempDir tmp;
    QString path = tmp.file(QStringLiteral("测试镇.ledger"));
    qint64 villageId = 0;
    qint64 personId = 0;
    QString idNumber = test::makeId(QStringLiteral("371302"), QDate(1980, 5, 17), 13);

    Fixture()
    {
        auto ledger = test::newLedger(path);
        Village v;
        v.name = QStringLiteral("东风村");
        const Saved village = VillageRepository(*ledger).insert(v);
        REQUIRE(village.ok());
        villageId = village.id;
        Person p;
        p.villageId = villageId;
        p.name = QStringLiteral("王秀英");
        p.idNumber = idNumber;
        p.phone = QStringLiteral("13812345678");
        const Saved person = PersonRepository(*ledger).insert(p);
        INFO(person.message().toStdString());
        REQUIRE(person.ok());
        personId = person.id;
    }
};

int rowWhere(ChangeHistoryModel *model, const std::function<bool(const AuditEntry &)> &match)
{
    model->fetchAll();
    for (int row = 0; row < model->rowCount(); ++row)
        if (match(model->entry(row)))
            return row;
    return -1;
}

QString cell(ChangeHistoryModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Every cell of the first sheet as text, row by row (openpyxl).
QList<QStringList> readCells(const QString &path)
{
    static const QString script = QStringLiteral(
        "import sys, json, openpyxl\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "print(json.dumps([['' if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)],"
        " ensure_ascii=False))\n");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, path });
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QList<QStringList> rows;
    for (const QJsonValue &r : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &c : r.toArray())
            cells << c.toString();
        rows << cells;
    }
    return rows;
}

} // namespace

TEST_CASE("change history: an edit shows with its old and new values, ID numbers masked", "[audit][gui]")
{
    SettingsGuard settings;
    Fixture f;
    MainWindow window;
    REQUIRE(window.openLedger(f.path));
    window.waitForOpeningCheck();
    window.setClerkName(QStringLiteral("李文书"));
    CHECK(AppSettings::clerkName() == QStringLiteral("李文书"));
    Ledger &ledger = window.context()->ledger();
    CHECK(ledger.clerk() == QStringLiteral("李文书"));

    // An edit through core: the village's households, and the person's ID number corrected.
    Village v = *VillageRepository(ledger).get(f.villageId);
    v.households = 321;
    REQUIRE(VillageRepository(ledger).update(v).ok());
    Person p = *PersonRepository(ledger).get(f.personId);
    const QString newId = test::makeId(QStringLiteral("371302"), QDate(1980, 5, 17), 15);
    p.idNumber = newId;
    REQUIRE(PersonRepository(ledger).update(p).ok());

    // Township › Change history…
    QAction *menuAction = nullptr;
    for (QAction *a : window.menuBar()->findChildren<QAction *>(QStringLiteral("changeHistoryAction")))
        menuAction = a;
    REQUIRE(menuAction);
    CHECK(menuAction->isEnabled());
    ChangeHistoryWindow *history = window.openChangeHistory();
    REQUIRE(history);
    settle();
    ChangeHistoryModel *model = history->model();
    CHECK(model->totalCount() == AuditTrail::count(ledger, {}));
    CHECK(history->view()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    // Newest first.
    CHECK(model->entry(0).id > model->entry(model->rowCount() - 1).id);

    const int households
        = rowWhere(model, [](const AuditEntry &e) { return e.field == QLatin1String("households"); });
    REQUIRE(households >= 0);
    CHECK(cell(model, households, ChangeHistoryModel::OldValue) == QStringLiteral("0"));
    CHECK(cell(model, households, ChangeHistoryModel::NewValue) == QStringLiteral("321"));
    CHECK(cell(model, households, ChangeHistoryModel::Clerk) == QStringLiteral("李文书"));
    CHECK(cell(model, households, ChangeHistoryModel::SystemUser) == Ledger::osUser());
    CHECK(cell(model, households, ChangeHistoryModel::DoneBy)
        == AuditTrail::sourceName(QStringLiteral("edit")));
    CHECK(cell(model, households, ChangeHistoryModel::RecordType)
        == AuditTrail::tableName(QStringLiteral("village")));
    CHECK(cell(model, households, ChangeHistoryModel::Record)
        == QStringLiteral("%1 · 东风村").arg(f.villageId));
    CHECK(cell(model, households, ChangeHistoryModel::Change)
        == AuditTrail::actionName(QStringLiteral("update")));

    // The ID number: masked in both values, and in the whole record of the person's addition.
    const int idRow
        = rowWhere(model, [](const AuditEntry &e) { return e.field == QLatin1String("id_number"); });
    REQUIRE(idRow >= 0);
    CHECK(cell(model, idRow, ChangeHistoryModel::OldValue) == Masking::idNumber(f.idNumber));
    CHECK(cell(model, idRow, ChangeHistoryModel::NewValue) == Masking::idNumber(newId));
    CHECK(
        cell(model, idRow, ChangeHistoryModel::Field) == AuditTrail::fieldName(QStringLiteral("id_number")));
    const int added = rowWhere(model, [](const AuditEntry &e) {
        return e.table == QLatin1String("person") && e.action == QLatin1String("insert");
    });
    REQUIRE(added >= 0);
    const QString record = cell(model, added, ChangeHistoryModel::NewValue);
    CHECK(record.contains(QStringLiteral("王秀英")));
    CHECK(record.contains(Masking::idNumber(f.idNumber)));
    CHECK(record.contains(Masking::phone(QStringLiteral("13812345678"))));
    CHECK_FALSE(record.contains(f.idNumber));
    CHECK_FALSE(record.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(record.contains(QLatin1Char('{'))); // spelled out, not JSON
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column : { int(ChangeHistoryModel::OldValue), int(ChangeHistoryModel::NewValue) }) {
            CHECK_FALSE(cell(model, row, column).contains(f.idNumber));
            CHECK_FALSE(model->index(row, column).data(Qt::ToolTipRole).toString().contains(newId));
        }

    // A new edit shows up in the open window.
    v.note = QStringLiteral("新备注");
    REQUIRE(VillageRepository(ledger).update(v).ok());
    window.context()->notifyChanged(LedgerContext::Change::Villages, f.villageId);
    settle();
    CHECK(model->entry(0).field == QStringLiteral("note"));

    // Filters: record type, what made the change, text.
    history->tableCombo()->setCurrentIndex(history->tableCombo()->findData(QStringLiteral("person")));
    CHECK(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entry(row).table == QStringLiteral("person"));
    history->tableCombo()->setCurrentIndex(0);
    history->searchEdit()->setText(QStringLiteral("新备注"));
    history->applyFilterNow();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->entry(0).newValue == QStringLiteral("新备注"));
    history->searchEdit()->clear();
    history->applyFilterNow();
    history->sourceCombo()->setCurrentIndex(history->sourceCombo()->findData(QStringLiteral("import")));
    CHECK(model->rowCount() == 0);
    history->sourceCombo()->setCurrentIndex(0);
    // Dates (the trail is stamped with the real time, not the pinned "today").
    AuditFilter dates;
    dates.since = QDate::currentDate().addDays(1);
    history->setFilter(dates);
    CHECK(model->rowCount() == 0);
    auto *status = history->findChild<QLabel *>(QStringLiteral("changeHistoryStatus"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("No changes match the filters."));
    CHECK_FALSE(history->exportButton()->isEnabled());
    dates.since = QDate::currentDate().addDays(-1);
    dates.until = QDate::currentDate();
    history->setFilter(dates);
    CHECK(model->totalCount() == AuditTrail::count(ledger, {}));
    CHECK(history->exportButton()->isEnabled());
    history->setFilter({});

    history->resize(1300, 520);
    settle();
    test::saveScreenshot(history, QStringLiteral("change-history"));
    history->close();
}

TEST_CASE("change history: one record's history, from the village page and the roster", "[audit][gui]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("demo.ledger"));
    test::demoLedger(path, 4).reset();
    MainWindow window;
    REQUIRE(window.openLedger(path));
    window.waitForOpeningCheck();
    window.resize(1280, 800);
    LedgerContext *context = window.context();
    Ledger &ledger = context->ledger();
    const qint64 villageId = VillageRepository(ledger).all().constFirst().id;

    // Two edits of the village, one of another.
    Village v = *VillageRepository(ledger).get(villageId);
    v.households += 7;
    v.note = QStringLiteral("核对户数");
    REQUIRE(VillageRepository(ledger).update(v).ok());
    Village other = VillageRepository(ledger).all().constLast();
    other.note = QStringLiteral("别的村");
    REQUIRE(VillageRepository(ledger).update(other).ok());

    // The village page: a "Change history…" button beside the tabs.
    window.showVillage(villageId);
    settle();
    auto *button
        = qobject_cast<QToolButton *>(window.villagePage()->tabs()->cornerWidget(Qt::TopRightCorner));
    REQUIRE(button);
    CHECK(button->objectName() == QStringLiteral("villageHistoryButton"));
    button->click();
    settle();
    ChangeHistoryWindow *history = nullptr;
    for (ChangeHistoryWindow *w : window.findChildren<ChangeHistoryWindow *>())
        if (w->filter().table == QLatin1String("village"))
            history = w;
    REQUIRE(history);
    AuditFilter only;
    only.table = QStringLiteral("village");
    only.record = QString::number(villageId);
    CHECK(history->filter().record == only.record);
    ChangeHistoryModel *model = history->model();
    model->fetchAll();
    CHECK(model->rowCount() == AuditTrail::count(ledger, only));
    CHECK(model->rowCount() >= 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->entry(row).table == QStringLiteral("village"));
        CHECK(model->entry(row).record == only.record);
    }
    CHECK(model->entry(0).newValue == QStringLiteral("核对户数"));
    CHECK(history->windowTitle().contains(AuditTrail::tableName(QStringLiteral("village"))));
    CHECK_FALSE(history->tableCombo()->isEnabled());
    auto *recordBar = history->findChild<QLabel *>(QStringLiteral("recordLabel"));
    REQUIRE(recordBar);
    CHECK(recordBar->isVisibleTo(history));
    history->resize(1200, 420);
    settle();
    test::saveScreenshot(history, QStringLiteral("change-history-village"));

    // Asked again for the same record: the same window comes forward.
    button->click();
    settle();
    int windows = 0;
    for (ChangeHistoryWindow *w : window.findChildren<ChangeHistoryWindow *>())
        windows += w->filter().record == only.record ? 1 : 0;
    CHECK(windows == 1);

    // "Show all records" leaves the record.
    history->findChild<QPushButton *>(QStringLiteral("showAllRecords"))->click();
    CHECK(history->filter().record.isEmpty());
    CHECK(history->tableCombo()->isEnabled());
    CHECK(model->totalCount() == AuditTrail::count(ledger, {}));
    history->close();
    settle();

    // The township overview: the village row's context menu.
    window.showTownship();
    settle();
    QTableView *overview = window.overviewPage()->view();
    QAction *overviewAction = nullptr;
    for (QAction *a : overview->actions())
        if (a->objectName() == QLatin1String("changeHistoryAction"))
            overviewAction = a;
    REQUIRE(overviewAction);
    for (int row = 0; row < overview->model()->rowCount(); ++row)
        if (overview->model()->index(row, 0).data(VillageOverviewModel::VillageIdRole).toLongLong()
            == other.id)
            overview->setCurrentIndex(overview->model()->index(row, 0));
    REQUIRE(overviewAction->isEnabled());
    overviewAction->trigger();
    settle();
    ChangeHistoryWindow *otherHistory = nullptr;
    for (ChangeHistoryWindow *w : window.findChildren<ChangeHistoryWindow *>())
        if (w->filter().record == QString::number(other.id))
            otherHistory = w;
    REQUIRE(otherHistory);
    CHECK(otherHistory->model()->entry(0).newValue == QStringLiteral("别的村"));
    otherHistory->close();

    // The roster: a member's history.
    window.showVillage(villageId);
    window.villagePage()->showTab(VillagePage::Tab::Members);
    settle();
    MemberRosterTab *members = window.villagePage()->membersTab();
    REQUIRE(members->view()->model()->rowCount() > 0);
    members->view()->setCurrentIndex(members->view()->model()->index(0, 0));
    const qint64 personId = members->currentPersonId();
    REQUIRE(personId > 0);
    QAction *personAction = nullptr;
    for (QAction *a : members->view()->actions())
        if (a->objectName() == QLatin1String("changeHistoryAction"))
            personAction = a;
    REQUIRE(personAction);
    CHECK(members->view()->contextMenuPolicy() == Qt::ActionsContextMenu);
    personAction->trigger();
    settle();
    ChangeHistoryWindow *personHistory = nullptr;
    for (ChangeHistoryWindow *w : window.findChildren<ChangeHistoryWindow *>())
        if (w->filter().table == QLatin1String("person"))
            personHistory = w;
    REQUIRE(personHistory);
    CHECK(personHistory->filter().record == QString::number(personId));
    AuditFilter person;
    person.table = QStringLiteral("person");
    person.record = QString::number(personId);
    CHECK(personHistory->model()->totalCount() == AuditTrail::count(ledger, person));
    CHECK(personHistory->model()->totalCount() >= 1); // the demo added them

    // The households list of the township: a household's history.
    HouseholdsPage households(context);
    ChangeHistoryWindow::installOn(context, &households);
    households.reload();
    households.applyFilterNow();
    settle();
    REQUIRE(households.view()->model()->rowCount() > 0);
    households.view()->setCurrentIndex(households.view()->model()->index(0, 0));
    const qint64 householdId = households.model()->householdId(0);
    QAction *householdAction = nullptr;
    for (QAction *a : households.view()->actions())
        if (a->objectName() == QLatin1String("changeHistoryAction"))
            householdAction = a;
    REQUIRE(householdAction);
    householdAction->trigger();
    settle();
    ChangeHistoryWindow *householdHistory = nullptr;
    for (ChangeHistoryWindow *w : households.findChildren<ChangeHistoryWindow *>())
        householdHistory = w;
    REQUIRE(householdHistory);
    CHECK(householdHistory->filter().table == QStringLiteral("household"));
    CHECK(householdHistory->filter().record == QString::number(householdId));
}

TEST_CASE("change history: pages of a long trail, and the export to Excel", "[audit][gui]")
{
    Fixture f;
    MainWindow window;
    REQUIRE(window.openLedger(f.path));
    window.waitForOpeningCheck();
    Ledger &ledger = window.context()->ledger();
    // More changes than one page: 1,200 edits of the village in one transaction.
    QString error;
    REQUIRE(ledger.write(
        [&](QString *) {
            Village v = *VillageRepository(ledger).get(f.villageId);
            for (int i = 1; i <= 1200; ++i) {
                v.households = i;
                if (!VillageRepository(ledger).update(v).ok())
                    return false;
            }
            return true;
        },
        &error));
    const int total = AuditTrail::count(ledger, {});
    REQUIRE(total > ChangeHistoryModel::kPageSize * 2);

    ChangeHistoryWindow *history = window.openChangeHistory();
    REQUIRE(history);
    ChangeHistoryModel *model = history->model();
    CHECK(model->totalCount() == total);
    CHECK(model->rowCount() == ChangeHistoryModel::kPageSize);
    CHECK(model->canFetchMore({}));
    auto *status = history->findChild<QLabel *>(QStringLiteral("changeHistoryStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("scroll down")));
    model->fetchMore({});
    CHECK(model->rowCount() == 2 * ChangeHistoryModel::kPageSize);
    model->fetchAll();
    CHECK(model->rowCount() == total);
    CHECK_FALSE(model->canFetchMore({}));
    // No entry twice, none left out.
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->entry(row).id);
    CHECK(ids.size() == total);

    // The export holds every change the filters let through, masked.
    test::TempDir out;
    const QString file = out.file(QStringLiteral("history.xlsx"));
    REQUIRE(history->exportTo(file, &error));
    CHECK(QFileInfo(file).size() > 0);
    const QList<QStringList> rows = readCells(file);
    REQUIRE(rows.size() >= total + 2); // the title, the headers, one row per change
    CHECK(rows.at(1).contains(QStringLiteral("Old value")));
    bool masked = false;
    for (const QStringList &row : rows)
        for (const QString &value : row) {
            CHECK_FALSE(value.contains(f.idNumber));
            masked = masked || value.contains(Masking::idNumber(f.idNumber));
        }
    CHECK(masked);

    // Filtered to one record: only its rows.
    history->setRecord(QStringLiteral("person"), QString::number(f.personId));
    const QString personFile = out.file(QStringLiteral("person.xlsx"));
    REQUIRE(history->exportTo(personFile, &error));
    CHECK(readCells(personFile).size() == 2 + 1); // the person's addition
    history->close();
}

TEST_CASE("audit: undo and redo in the window are recorded as such", "[audit][gui]")
{
    Fixture f;
    MainWindow window;
    REQUIRE(window.openLedger(f.path));
    window.waitForOpeningCheck();
    LedgerContext *context = window.context();
    Ledger &ledger = context->ledger();
    const Township before = ledger.township();
    Township after = before;
    after.phone = QStringLiteral("0538-1234567");
    REQUIRE(edits::editTownship(ledger, after).ok());
    context->undoStack()->undo();
    context->undoStack()->redo();
    AuditFilter phone;
    phone.table = QStringLiteral("township");
    const QList<AuditEntry> entries = AuditTrail::entries(ledger, phone);
    QStringList sources;
    for (const AuditEntry &e : entries)
        if (e.field == QLatin1String("phone"))
            sources << e.source;
    CHECK(sources == QStringList({ QStringLiteral("edit"), QStringLiteral("undo"), QStringLiteral("redo") }));
    // A later edit is an edit again.
    after.county = QStringLiteral("别县");
    QString error;
    REQUIRE(ledger.setTownship(after, &error));
    CHECK(AuditTrail::entries(ledger, phone).constLast().source == QStringLiteral("edit"));
}

TEST_CASE("preferences: the clerk's name and the backups kept", "[audit][gui]")
{
    SettingsGuard settings;
    AppSettings::setClerkName(QString());
    QSettings().remove(QStringLiteral("backups/keep"));
    CHECK(AppSettings::backupKeep() == Backups::kDefaultKeep);
    PreferencesDialog dialog;
    CHECK(dialog.clerkEdit()->text().isEmpty());
    dialog.clerkEdit()->setText(QStringLiteral("  张 三 "));
    dialog.keepSpin()->setValue(30);
    dialog.show();
    settle();
    test::saveScreenshot(&dialog, QStringLiteral("preferences"));
    dialog.save();
    CHECK(AppSettings::clerkName() == QStringLiteral("张 三"));
    CHECK(AppSettings::backupKeep() == 30);
    AppSettings::setBackupKeep(100000);
    CHECK(AppSettings::backupKeep() == AppSettings::kMaxBackupKeep);

    // The first start asks for the name (app/gui/main.cpp); "Later" leaves it empty.
    AppSettings::setClerkName(QString());
    auto answer = [](const QString &name) {
        QTimer::singleShot(0, [name] {
            // (No REQUIRE here: it would throw through the dialog's event loop.)
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            CHECK(dialog);
            if (!dialog)
                return;
            CHECK(dialog->objectName() == QStringLiteral("ClerkNameDialog"));
            if (name.isEmpty()) {
                test::saveScreenshot(dialog, QStringLiteral("clerk-name-first-start"));
                dialog->reject();
                return;
            }
            dialog->findChild<QLineEdit *>(QStringLiteral("clerkNameEdit"))->setText(name);
            dialog->accept();
        });
    };
    answer(QString());
    CHECK(PreferencesDialog::askClerkName(nullptr).isEmpty());
    CHECK(AppSettings::clerkName().isEmpty());
    answer(QStringLiteral("赵六"));
    CHECK(PreferencesDialog::askClerkName(nullptr) == QStringLiteral("赵六"));
    CHECK(AppSettings::clerkName() == QStringLiteral("赵六"));
}

TEST_CASE(
    "backups: the daily backup, the list, back up now, and a restore that brings the earlier state back",
    "[backups][gui]")
{
    SettingsGuard settings;
    Fixture f;
    QList<BackupInfo> backups;
    {
        // The first opening of the day makes a backup.
        MainWindow earlier;
        REQUIRE(earlier.openLedger(f.path));
        earlier.waitForOpeningCheck();
        backups = Backups::list(f.path);
        REQUIRE(backups.size() == 1);
        CHECK(backups.constFirst().reason == QStringLiteral("daily"));
        // Opening the file this window has open changes nothing (it is not locked against itself).
        REQUIRE(earlier.openLedger(f.path));
        earlier.waitForOpeningCheck();
        CHECK_FALSE(earlier.context()->isReadOnly());
        CHECK(earlier.readOnlyNotice().isEmpty());
    }
    MainWindow window;
    window.resize(1280, 800);
    REQUIRE(window.openLedger(f.path));
    window.waitForOpeningCheck();
    // The second opening of the day makes none.
    CHECK(Backups::list(f.path).size() == 1);

    Ledger *ledger = &window.context()->ledger();
    Village v = *VillageRepository(*ledger).get(f.villageId);
    v.households = 321;
    REQUIRE(VillageRepository(*ledger).update(v).ok());

    // File › Backups and restore…
    QAction *menuAction = nullptr;
    for (QAction *a : window.menuBar()->findChildren<QAction *>(QStringLiteral("backupsAction")))
        menuAction = a;
    REQUIRE(menuAction);
    BackupsDialog *dialog = window.openBackupsDialog();
    REQUIRE(dialog);
    CHECK(dialog->backupCount() == 1);
    CHECK(dialog->view()->model()->index(0, 1).data().toString()
        == BackupsDialog::reasonText(QStringLiteral("daily")));
    QString error;
    const QString manual = dialog->backUpNow(&error);
    INFO(error.toStdString());
    REQUIRE_FALSE(manual.isEmpty());
    REQUIRE(dialog->backupCount() == 2);
    CHECK(dialog->backupAt(0).path == manual);
    CHECK(dialog->backupAt(0).reason == QStringLiteral("manual"));
    CHECK(dialog->view()->currentIndex().row() == 0);
    settle();
    test::saveScreenshot(dialog, QStringLiteral("backups-dialog"));

    // Later changes, then the clerk restores the copy made by hand.
    v.households = 999;
    REQUIRE(VillageRepository(*ledger).update(v).ok());

    // Said no to: nothing happens.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(dialog->restoreRow(0));
    CHECK(MessageBox::pendingAnswers() == 0);
    const QString question = MessageBox::lastText();
    CHECK(question.contains(QStringLiteral("saved first")));
    CHECK(VillageRepository(window.context()->ledger()).get(f.villageId)->households == 999);

    // Yes to the question, then OK to the message saying how it went.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QPointer<BackupsDialog> guard(dialog);
    const bool restored = dialog->restoreRow(0);
    const QString message = MessageBox::lastText();
    CHECK(MessageBox::pendingAnswers() == 0);
    INFO(message.toStdString());
    REQUIRE(restored);
    CHECK(message != question);
    settle();
    CHECK_FALSE(guard); // it belonged to the ledger that was closed
    REQUIRE(window.context());
    CHECK_FALSE(window.context()->isReadOnly());
    CHECK(window.context()->undoStack()->count() == 0);
    CHECK(VillageRepository(window.context()->ledger()).get(f.villageId)->households == 321);
    // The ledger as it was (999) is kept, and the message says where.
    backups = Backups::list(f.path);
    const auto saved = std::find_if(backups.cbegin(), backups.cend(),
        [](const BackupInfo &b) { return b.reason == QLatin1String("before-restore"); });
    REQUIRE(saved != backups.cend());
    CHECK(message.contains(QDir::toNativeSeparators(saved->path)));
    {
        auto kept = Ledger::open(saved->path, Ledger::Access::ReadOnly);
        REQUIRE(kept.ledger);
        CHECK(VillageRepository(*kept.ledger).get(f.villageId)->households == 999);
    }

    // A backup that is not a ledger: refused, and the current file is as it was.
    test::TempDir other;
    const QString bogus = other.file(QStringLiteral("bogus.ledger"));
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a ledger at all");
    }
    QString savedCurrent;
    error.clear();
    CHECK_FALSE(window.restoreBackup(bogus, &savedCurrent, &error));
    CHECK_FALSE(error.isEmpty());
    REQUIRE(window.context());
    CHECK(VillageRepository(window.context()->ledger()).get(f.villageId)->households == 321);
    // The window still works on the same file, writable.
    CHECK_FALSE(window.context()->isReadOnly());
    CHECK(window.context()->ledger().path() == QFileInfo(f.path).absoluteFilePath());
}

TEST_CASE("lock: the same ledger opened by a second window opens read-only and says so", "[backups][gui]")
{
    Fixture f;
    MainWindow first;
    REQUIRE(first.openLedger(f.path));
    first.waitForOpeningCheck();
    REQUIRE_FALSE(first.context()->isReadOnly());
    CHECK(first.readOnlyNotice().isEmpty());
    CHECK_FALSE(first.isReadOnlyBannerVisible());

    MainWindow second;
    second.resize(1280, 800);
    REQUIRE(second.openLedger(f.path));
    second.waitForOpeningCheck();
    REQUIRE(second.context()->isReadOnly());
    const QString notice = second.readOnlyNotice();
    CHECK_FALSE(notice.isEmpty());
    CHECK(notice.contains(QDir::toNativeSeparators(QFileInfo(f.path).absoluteFilePath())));
    // The banner says it, the title and the status bar keep saying it.
    CHECK(second.isReadOnlyBannerVisible());
    bool bannerSays = false;
    for (QLabel *label :
        second.findChild<QWidget *>(QStringLiteral("readOnlyBanner"))->findChildren<QLabel *>())
        bannerSays = bannerSays || label->text() == notice;
    CHECK(bannerSays);
    CHECK(second.windowTitle().contains(QStringLiteral("[read-only]")));
    auto *indicator = second.findChild<QLabel *>(QStringLiteral("readOnlyIndicator"));
    REQUIRE(indicator);
    CHECK(indicator->isVisibleTo(&second));
    CHECK(indicator->toolTip() == notice);
    CHECK_FALSE(first.findChild<QLabel *>(QStringLiteral("readOnlyIndicator"))->isVisibleTo(&first));
    // And a message box, which does not stop the clerk.
    settle();
    CHECK(MessageBox::lastTitle() == MainWindow::tr("Opened read-only"));
    auto *box = second.findChild<QMessageBox *>();
    REQUIRE(box);
    CHECK(box->text() == notice);
    CHECK(box->isVisible());
    second.show();
    settle();
    test::saveScreenshot(&second, QStringLiteral("read-only-second-window"));
    test::saveScreenshot(box, QStringLiteral("read-only-notice"));
    box->accept();

    // A second window cannot restore over the file the first one has open.
    QString error;
    CHECK_FALSE(second.restoreBackup(Backups::list(f.path).constFirst().path, nullptr, &error));
    CHECK_FALSE(error.isEmpty());

    // Once the first window has let go, the file opens writable again.
    first.close();
    REQUIRE(first.openLedger(f.path, Ledger::Access::ReadOnly));
    first.waitForOpeningCheck();
    REQUIRE(second.openLedger(f.path));
    second.waitForOpeningCheck();
    CHECK_FALSE(second.context()->isReadOnly());
    CHECK(second.readOnlyNotice().isEmpty());
    CHECK_FALSE(second.isReadOnlyBannerVisible());
}

// Not run by default (tag [.]): ./tl_gui_tests "[perf]" prints how long a trail of 100,000
// changes takes to show and to filter.
TEST_CASE("change history: 100,000 changes", "[.][perf]")
{
    Fixture f;
    MainWindow window;
    REQUIRE(window.openLedger(f.path));
    window.waitForOpeningCheck();
    Ledger &ledger = window.context()->ledger();
    QString error;
    REQUIRE(ledger.write(
        [&](QString *) {
            Village v = *VillageRepository(ledger).get(f.villageId);
            for (int i = 1; i <= 50000; ++i) {
                v.households = i;
                v.note = QStringLiteral("备注 %1").arg(i);
                if (!VillageRepository(ledger).update(v).ok())
                    return false;
            }
            return true;
        },
        &error));
    REQUIRE(AuditTrail::count(ledger, {}) > 100000);
    QElapsedTimer timer;
    timer.start();
    ChangeHistoryWindow *history = window.openChangeHistory();
    settle();
    const qint64 open = timer.restart();
    history->searchEdit()->setText(QStringLiteral("备注 4999"));
    history->applyFilterNow();
    const qint64 search = timer.restart();
    const int found = history->model()->totalCount();
    history->setRecord(QStringLiteral("person"), QString::number(f.personId));
    const qint64 record = timer.restart();
    WARN(QStringLiteral("100,000 changes: window %1 ms, text search %2 ms (%3 found), one record %4 ms")
             .arg(open)
             .arg(search)
             .arg(found)
             .arg(record)
             .toStdString());
    CHECK(open < 3000);
}
