// The village page as a clerk uses it: adding a committee member through the person dialog
// (inline checks, refusal, one undo step), the village facts form and the roster's in-place edits.
#include "TestSupport.h"

#include "committees/ChangeOfTermDialog.h"
#include "committees/CommitteeRepository.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "shell/MainWindow.h"
#include "committees/MemberRosterTab.h"
#include "committees/PersonDialog.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveRepository.h"
#include "committees/ReserveModel.h"
#include "committees/ReserveTab.h"
#include "villages/VillageDialog.h"
#include "committees/RosterModel.h"
#include "villages/VillageForm.h"
#include "villages/VillageOverviewTab.h"
#include "villages/VillagePage.h"
#include "model/VillageRepository.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

// Polls like QTRY_VERIFY, for Catch: events are processed until cond holds or time runs out.
template <typename F>
bool waitFor(F cond, int timeoutMs = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return true;
}

QString withWrongCheckChar(const QString &valid)
{
    const QChar last = valid.back();
    const QChar wrong = last == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return valid.left(valid.size() - 1) + wrong;
}

// Chinese arrives from the input method as a commit string, not as key presses.
void typeChinese(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Lays out what is pending (a label hidden a moment ago) before taking the picture.
void shot(QWidget *widget, const QString &name)
{
    for (int i = 0; i < 4; ++i) // nested layouts settle one level per pass
        QCoreApplication::processEvents();
    test::saveScreenshot(widget, name);
}

bool rosterLists(VillagePage *page, qint64 personId)
{
    return page->membersTab()->model()->rowOfPerson(personId) >= 0;
}

// Opens the demo ledger at `path` in a real main window showing the first village.
struct Shell
{
    MainWindow window;
    qint64 villageId = 0;

    explicit Shell(const QString &path)
    {
        window.setToday(test::fixedToday());
        QString error;
        INFO(error.toStdString());
        REQUIRE(window.openLedger(path, &error));
        window.resize(1280, 820);
        window.show();
        villageId = VillageRepository(window.context()->ledger()).all().value(0).id;
        REQUIRE(villageId > 0);
        window.showVillage(villageId);
        REQUIRE(window.villagePage());
        REQUIRE(window.villagePage()->villageId() == villageId);
    }
};

} // namespace

TEST_CASE("Members: add a member through the person dialog, undo and redo", "[gui][members]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("members.ledger"));
    test::demoLedger(path, 4).reset(); // closed again: the window opens the file itself

    const QString validId = test::makeId(QStringLiteral("370102"), QDate(1991, 5, 17), 24); // a woman
    const QString wrongId = withWrongCheckChar(validId);
    qint64 villageId = 0;
    {
        Shell shell(path);
        villageId = shell.villageId;
        MainWindow &w = shell.window;
        VillagePage *page = w.villagePage();
        page->showTab(VillagePage::Tab::Members);
        MemberRosterTab *tab = page->membersTab();
        auto *view = tab->findChild<QTableView *>(QStringLiteral("rosterView"));
        REQUIRE(view);
        REQUIRE(view->model()->rowCount() > 0);
        const int before = tab->model()->rowCount();
        shot(&w, QStringLiteral("members-roster"));

        auto *add = tab->findChild<QPushButton *>(QStringLiteral("addMemberButton"));
        REQUIRE(add);
        REQUIRE(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QPointer<PersonDialog> dialog = w.findChild<PersonDialog *>(QStringLiteral("PersonDialog"));
        REQUIRE(dialog);
        REQUIRE(waitFor([&] { return dialog->isVisible(); }));
        CHECK(dialog->isModal());

        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *idNumber = dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        auto *idError = dialog->findChild<QLabel *>(QStringLiteral("idNumberError"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        auto *gender = dialog->findChild<QComboBox *>(QStringLiteral("genderCombo"));
        REQUIRE(name);
        REQUIRE(idNumber);
        REQUIRE(phone);
        REQUIRE(idError);
        REQUIRE(buttons);
        REQUIRE(gender);
        // A fresh dialog is not covered in red.
        CHECK_FALSE(idError->isVisible());

        typeChinese(name, QStringLiteral("柳青禾"));
        CHECK(name->text() == QStringLiteral("柳青禾"));
        QTest::keyClicks(idNumber, wrongId);
        // Marked at once, while typing, with the reason.
        CHECK(idError->isVisible());
        INFO(idError->text().toStdString());
        CHECK(idError->text().contains(QStringLiteral("check character")));
        CHECK(idError->text().contains(QStringLiteral("%1 expected").arg(validId.back())));
        shot(dialog, QStringLiteral("members-dialog-invalid-id"));

        // Save is refused: the dialog stays and nothing reaches the ledger.
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCoreApplication::processEvents();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(idError->isVisible());
        PersonRepository people(w.context()->ledger());
        CHECK_FALSE(people.findByIdNumber(wrongId));
        CHECK_FALSE(people.findByIdNumber(validId));
        CHECK(w.context()->undoStack()->count() == 0);

        // Correcting the ID clears the mark and fills gender from it.
        idNumber->selectAll();
        QTest::keyClicks(idNumber, validId);
        CHECK_FALSE(idError->isVisible());
        CHECK(gender->currentData().toInt() == int(Gender::Female));
        QTest::keyClicks(phone, QStringLiteral("13912345678"));

        auto *member = dialog->findChild<QRadioButton *>(QStringLiteral("postRadio_committee_member"));
        REQUIRE(member);
        REQUIRE(member->isEnabled());
        QTest::mouseClick(member, Qt::LeftButton, {}, QPoint(8, member->height() / 2));
        CHECK(member->isChecked());
        shot(dialog, QStringLiteral("members-dialog-filled"));

        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        REQUIRE(waitFor([&] { return dialog.isNull() || !dialog->isVisible(); }));

        const std::optional<Person> saved = people.findByIdNumber(validId);
        REQUIRE(saved);
        CHECK(saved->name == QStringLiteral("柳青禾"));
        CHECK(saved->phone == QStringLiteral("13912345678"));
        CHECK(saved->birthDate == QDate(1991, 5, 17));
        const qint64 personId = saved->id;
        REQUIRE(waitFor([&] { return rosterLists(page, personId); }));
        CHECK(tab->model()->rowCount() == before + 1);
        CHECK(tab->currentPersonId() == personId);
        const RosterEntry &entry = tab->model()->entry(tab->model()->rowOfPerson(personId));
        REQUIRE(entry.posts.size() == 1);
        CHECK(entry.bodies.value(0) == Body::Committee);
        CHECK(entry.posts[0].role == Role::Member);
        // The table masks the ID number.
        const QModelIndex idCell = tab->model()->index(tab->model()->rowOfPerson(personId), RosterModel::IdNumber);
        CHECK(idCell.data().toString() == validId.left(6) + QStringLiteral("********") + validId.right(4));
        shot(&w, QStringLiteral("members-roster-after-add"));

        // One undo step removes the person with their post; redo brings both back.
        QUndoStack *undo = w.context()->undoStack();
        REQUIRE(undo->count() == 1);
        QAction *undoAction = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo) && a->isEnabled())
                undoAction = a;
        REQUIRE(undoAction);
        undoAction->trigger();
        CHECK_FALSE(people.findByIdNumber(validId));
        REQUIRE(waitFor([&] { return !rosterLists(page, personId); }));
        CHECK(tab->model()->rowCount() == before);

        undo->redo();
        REQUIRE(people.findByIdNumber(validId));
        REQUIRE(waitFor([&] { return rosterLists(page, personId); }));
    }

    // The file on disk has the person with the post.
    Ledger::OpenResult reopened = Ledger::open(path);
    REQUIRE(reopened.ledger);
    const std::optional<Person> person = PersonRepository(*reopened.ledger).findByIdNumber(validId);
    REQUIRE(person);
    CHECK(person->villageId == villageId);
    const QList<RosterEntry> roster = CommitteeRepository(*reopened.ledger).roster(villageId, test::fixedToday());
    bool found = false;
    for (const RosterEntry &e : roster)
        if (e.person.id == person->id)
            found = e.posts.size() == 1 && e.bodies.value(0) == Body::Committee && e.posts[0].role == Role::Member;
    CHECK(found);
}

TEST_CASE("Members: editing a member keeps the post history and undoes exactly", "[gui][members]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("edit.ledger"));
    test::demoLedger(path, 3).reset();
    Shell shell(path);
    MainWindow &w = shell.window;
    VillagePage *page = w.villagePage();
    MemberRosterTab *tab = page->membersTab();
    page->showTab(VillagePage::Tab::Members);
    REQUIRE(tab->model()->rowCount() > 0);

    // The first row holds a post; end it through the edit dialog ("None" + reason).
    const RosterEntry first = tab->model()->entry(0);
    REQUIRE_FALSE(first.posts.isEmpty());
    const Body body = first.bodies.value(0);
    PersonRepository people(w.context()->ledger());
    const PersonSnapshot before = people.snapshot(first.person.id);
    page->focusPerson(first.person.id);
    tab->editCurrent();
    QPointer<PersonDialog> dialog = w.findChild<PersonDialog *>(QStringLiteral("PersonDialog"));
    REQUIRE(dialog);
    auto *none = dialog->findChild<QRadioButton *>(QStringLiteral("postRadio_%1_none").arg(bodyCode(body)));
    REQUIRE(none);
    none->setChecked(true);
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("postEndReason_%1").arg(bodyCode(body)));
    REQUIRE(reason);
    REQUIRE(reason->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("postError_%1").arg(bodyCode(body)));
    REQUIRE(error);
    CHECK(error->isVisible()); // a reason is required
    reason->setCurrentIndex(0);
    CHECK_FALSE(error->isVisible());
    shot(dialog, QStringLiteral("members-dialog-edit"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    REQUIRE(waitFor([&] { return dialog.isNull() || !dialog->isVisible(); }));

    // The post ended (not deleted): history grows by nothing, the end date is set.
    const PersonSnapshot after = people.snapshot(first.person.id);
    REQUIRE(after.posts.size() == before.posts.size());
    bool ended = false;
    for (const Post &p : after.posts)
        if (p.id == first.posts[0].id)
            ended = p.end == test::fixedToday() && !p.endReason.isEmpty();
    CHECK(ended);

    w.context()->undoStack()->undo();
    const PersonSnapshot undone = people.snapshot(first.person.id);
    REQUIRE(undone.posts.size() == before.posts.size());
    for (int i = 0; i < undone.posts.size(); ++i) {
        CHECK(undone.posts[i].id == before.posts[i].id);
        CHECK(undone.posts[i].end == before.posts[i].end);
    }
    CHECK(undone.reserves.size() == before.reserves.size());
    REQUIRE(waitFor([&] { return tab->model()->rowOfPerson(first.person.id) >= 0; }));

    // Redo ends the post again, on the same record (the person is never deleted and re-added).
    w.context()->undoStack()->redo();
    const PersonSnapshot redone = people.snapshot(first.person.id);
    CHECK(redone.person.id == first.person.id);
    bool endedAgain = false;
    for (const Post &p : redone.posts)
        if (p.id == first.posts[0].id)
            endedAgain = p.end == test::fixedToday();
    CHECK(endedAgain);
}

TEST_CASE("Members: the phone is edited in place with undo, wrong numbers are refused", "[gui][members]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("phone.ledger"));
    test::demoLedger(path, 2).reset();
    Shell shell(path);
    MainWindow &w = shell.window;
    MemberRosterTab *tab = w.villagePage()->membersTab();
    RosterModel *model = tab->model();
    REQUIRE(model->rowCount() > 0);
    const qint64 personId = model->entry(0).person.id;
    const QString oldPhone = model->entry(0).person.phone;
    const QModelIndex cell = model->index(0, RosterModel::Phone);
    REQUIRE(model->flags(cell).testFlag(Qt::ItemIsEditable));

    QSignalSpy refused(model, &RosterModel::editRefused);
    CHECK_FALSE(model->setData(cell, QStringLiteral("12345")));
    CHECK(refused.count() == 1);

    REQUIRE(model->setData(cell, QStringLiteral("13800001111")));
    PersonRepository people(w.context()->ledger());
    CHECK(people.get(personId)->phone == QStringLiteral("13800001111"));
    w.context()->undoStack()->undo();
    CHECK(people.get(personId)->phone == oldPhone);

    // Search filters the table without asking the ledger again.
    auto *search = tab->findChild<QLineEdit *>(QStringLiteral("rosterSearch"));
    REQUIRE(search);
    const QString name = model->entry(0).person.name;
    typeChinese(search, name);
    CHECK(tab->view()->model()->rowCount() >= 1);
    CHECK(tab->view()->model()->rowCount() <= model->rowCount());
    search->clear();
    CHECK(tab->view()->model()->rowCount() == model->rowCount());
}

TEST_CASE("Members: the village facts mark a wrong credit code at once", "[gui][members]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("village.ledger"));
    test::demoLedger(path, 3).reset();
    Shell shell(path);
    MainWindow &w = shell.window;
    VillagePage *page = w.villagePage();
    page->showTab(VillagePage::Tab::Overview);
    VillageForm *form = page->overviewTab()->form();
    auto *code = form->findChild<QLineEdit *>(QStringLiteral("creditCodeEdit"));
    auto *codeError = form->findChild<QLabel *>(QStringLiteral("creditCodeError"));
    REQUIRE(code);
    REQUIRE(codeError);

    const QString body = QStringLiteral("51370102MJ1234567");
    const QChar check = Validators::creditCodeCheckChar(body);
    REQUIRE(check != QChar());
    const QString good = body + check;
    const QString bad = body + (check == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));

    code->selectAll();
    QTest::keyClicks(code, bad);
    CHECK(codeError->isVisible());
    INFO(codeError->text().toStdString());
    CHECK(codeError->text().contains(QStringLiteral("check character")));
    CHECK(code->toolTip() == codeError->text());
    shot(&w, QStringLiteral("members-village-overview-invalid"));

    // Enter does not save a refused form.
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(VillageRepository(w.context()->ledger()).get(shell.villageId)->creditCode != bad);

    code->selectAll();
    QTest::keyClicks(code, good.toLower()); // lower case is normalised
    CHECK_FALSE(codeError->isVisible());

    // Income typed in 万元 is stored as exact 元.
    auto *income = form->findChild<QLineEdit *>(QStringLiteral("incomeEdit"));
    REQUIRE(income);
    income->selectAll();
    QTest::keyClicks(income, QStringLiteral("12.34"));
    QTest::keyClick(code, Qt::Key_Return); // Enter saves
    const std::optional<Village> v = VillageRepository(w.context()->ledger()).get(shell.villageId);
    REQUIRE(v);
    CHECK(v->creditCode == good);
    CHECK(v->incomeYuan == 123'400);
    w.context()->undoStack()->undo();
    CHECK(VillageRepository(w.context()->ledger()).get(shell.villageId)->creditCode != good);
    REQUIRE(waitFor([&] { return code->text() != good; }));
}

TEST_CASE("Members: income in 10,000 yuan converts exactly", "[gui][members]")
{
    qint64 yuan = -1;
    REQUIRE(VillageForm::parseWan(QStringLiteral("12.34"), &yuan));
    CHECK(yuan == 123'400);
    REQUIRE(VillageForm::parseWan(QStringLiteral("0.1"), &yuan));
    CHECK(yuan == 1'000);
    REQUIRE(VillageForm::parseWan(QStringLiteral("1,234.5678"), &yuan));
    CHECK(yuan == 12'345'678);
    REQUIRE(VillageForm::parseWan(QStringLiteral("-3"), &yuan));
    CHECK(yuan == -30'000);
    CHECK_FALSE(VillageForm::parseWan(QStringLiteral("12.345678"), &yuan));
    CHECK_FALSE(VillageForm::parseWan(QStringLiteral("abc"), &yuan));
    CHECK(VillageForm::formatWan(123'400) == QStringLiteral("12.34"));
    CHECK(VillageForm::formatWan(123'456) == QStringLiteral("12.3456"));
    CHECK(VillageForm::formatWan(5) == QStringLiteral("0.0005"));
    CHECK(VillageForm::formatWan(-30'000) == QStringLiteral("-3.00"));
    // 0.1 + 0.2 style drift cannot happen: every 0.01 step from 0 to 1000 万元 round-trips.
    for (qint64 cents = 0; cents <= 100'000; cents += 7) {
        const qint64 y = cents * 100;
        qint64 back = -1;
        REQUIRE(VillageForm::parseWan(VillageForm::formatWan(y), &back));
        REQUIRE(back == y);
    }
}

TEST_CASE("Members: reserve cadres are added from the village and removed with undo", "[gui][members]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("reserve.ledger"));
    test::demoLedger(path, 2).reset();
    Shell shell(path);
    MainWindow &w = shell.window;
    VillagePage *page = w.villagePage();
    page->showTab(VillagePage::Tab::Reserves);
    ReserveTab *tab = page->reservesTab();
    Ledger &ledger = w.context()->ledger();
    const int before = int(ReserveRepository(ledger).ofVillage(shell.villageId).size());
    REQUIRE(tab->view()->model()->rowCount() == before);
    shot(&w, QStringLiteral("members-reserves"));

    tab->addExisting();
    QPointer<QDialog> dialog = w.findChild<QDialog *>(QStringLiteral("ReserveEntryDialog"));
    REQUIRE(dialog);
    auto *person = dialog->findChild<QComboBox *>(QStringLiteral("reservePersonCombo"));
    auto *source = dialog->findChild<QComboBox *>(QStringLiteral("reserveSourceCombo"));
    REQUIRE(person);
    REQUIRE(source);
    REQUIRE(person->count() > 0);
    const qint64 personId = person->currentData().toLongLong();
    source->setCurrentIndex(source->findData(QStringLiteral("veteran")));
    shot(dialog, QStringLiteral("members-reserve-entry"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(waitFor([&] { return dialog.isNull() || !dialog->isVisible(); }));
    QList<ReserveCadre> pool = ReserveRepository(ledger).ofPerson(personId);
    REQUIRE(pool.size() == 1);
    CHECK(pool[0].source == QStringLiteral("veteran"));
    REQUIRE(waitFor([&] { return tab->view()->model()->rowCount() == before + 1; }));

    // Delete the new entry (entered by mistake), undo brings it back with its source, undo again
    // takes it away.
    REQUIRE(tab->currentCadreId() == pool[0].id);
    tab->deleteCurrent();
    CHECK(ReserveRepository(ledger).ofPerson(personId).isEmpty());
    w.context()->undoStack()->undo();
    pool = ReserveRepository(ledger).ofPerson(personId);
    REQUIRE(pool.size() == 1);
    CHECK(pool[0].source == QStringLiteral("veteran"));
    w.context()->undoStack()->undo();
    CHECK(ReserveRepository(ledger).ofPerson(personId).isEmpty());
    REQUIRE(waitFor([&] { return tab->view()->model()->rowCount() == before; }));
}

TEST_CASE("Members: a reserve cadre taken off the list stays on record, shown with the former cadres",
          "[gui][members][reserves]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("reserve-off.ledger"));
    test::demoLedger(path, 2).reset();
    Shell shell(path);
    MainWindow &w = shell.window;
    VillagePage *page = w.villagePage();
    page->showTab(VillagePage::Tab::Reserves);
    ReserveTab *tab = page->reservesTab();
    Ledger &ledger = w.context()->ledger();
    const int before = tab->view()->model()->rowCount();
    REQUIRE(before > 0);
    tab->view()->setCurrentIndex(tab->view()->model()->index(0, 0));
    const qint64 cadreId = tab->currentCadreId();
    REQUIRE(cadreId > 0);

    tab->removeCurrent();
    QPointer<QDialog> dialog = w.findChild<QDialog *>(QStringLiteral("ReserveTakeOffDialog"));
    REQUIRE(dialog);
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("removedReasonEdit"));
    auto *on = dialog->findChild<QDateEdit *>(QStringLiteral("removedOnEdit"));
    REQUIRE(reason);
    REQUIRE(on);
    // Without a reason the dialog stays open and says what is missing.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("takeOffError"));
    REQUIRE(error);
    CHECK(error->text().contains(QStringLiteral("Reason")));
    CHECK(ReserveRepository(ledger).get(cadreId)->isCurrent());
    reason->setCurrentText(QStringLiteral("外出务工"));
    on->setDate(QDate::currentDate());
    shot(dialog, QStringLiteral("members-reserve-take-off"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(waitFor([&] { return dialog.isNull() || !dialog->isVisible(); }));

    // The record stays, off the list: the table shows those on the list unless asked.
    const std::optional<ReserveCadre> off = ReserveRepository(ledger).get(cadreId);
    REQUIRE(off);
    CHECK(off->removedOn == QDate::currentDate());
    CHECK(off->removedReason == QStringLiteral("外出务工"));
    REQUIRE(waitFor([&] { return tab->view()->model()->rowCount() == before - 1; }));
    auto *former = tab->findChild<QCheckBox *>(QStringLiteral("showFormerReserves"));
    REQUIRE(former);
    former->setChecked(true);
    REQUIRE(tab->view()->model()->rowCount() == before);
    bool shown = false;
    for (int r = 0; r < tab->view()->model()->rowCount(); ++r)
        shown |= tab->view()->model()->index(r, ReserveModel::Removed).data().toString().contains(QStringLiteral("外出务工"));
    CHECK(shown);
    CHECK_FALSE(tab->view()->isColumnHidden(ReserveModel::Removed));
    shot(&w, QStringLiteral("members-reserves-former"));

    // One undo puts the cadre back on the list.
    w.context()->undoStack()->undo();
    CHECK(ReserveRepository(ledger).get(cadreId)->isCurrent());
    former->setChecked(false);
    REQUIRE(waitFor([&] { return tab->view()->model()->rowCount() == before; }));
}

TEST_CASE("Members: the change of term closes the terms and carries the holders over", "[gui][members]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("term.ledger"));
    test::demoLedger(path, 2).reset();
    Shell shell(path);
    MainWindow &w = shell.window;
    VillagePage *page = w.villagePage();
    page->showTab(VillagePage::Tab::Overview);
    shot(&w, QStringLiteral("members-village-overview"));
    Ledger &ledger = w.context()->ledger();
    CommitteeRepository committees(ledger);
    const std::optional<Term> old = committees.currentTerm(shell.villageId, Body::Committee, test::fixedToday());
    REQUIRE(old);
    const int holders = int(page->membersTab()->model()->rowCount());

    auto *button = page->findChild<QPushButton *>(QStringLiteral("changeOfTermButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    button->click();
    QPointer<ChangeOfTermDialog> dialog = w.findChild<ChangeOfTermDialog *>(QStringLiteral("ChangeOfTermDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->carryOver());
    shot(dialog, QStringLiteral("members-change-of-term"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    REQUIRE(waitFor([&] { return dialog.isNull(); }));

    const std::optional<Term> now = committees.currentTerm(shell.villageId, Body::Committee, test::fixedToday());
    REQUIRE(now);
    CHECK(now->number == old->number + 1);
    CHECK(now->start == test::fixedToday());
    CHECK(committees.term(old->id)->closedOn == test::fixedToday());
    // Everybody was carried over: the roster today lists the same people.
    REQUIRE(waitFor([&] {
        return page->membersTab()->model()->rowCount() == holders &&
               page->membersTab()->model()->entry(0).firstStart == test::fixedToday();
    }));
}

TEST_CASE("Members: a new village is added through the village dialog and undone", "[gui][members]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("add-village.ledger"));
    test::demoLedger(path, 2).reset();
    Shell shell(path);
    MainWindow &w = shell.window;
    auto *dialog = new VillageDialog(w.context(), &w);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("villageNameEdit"));
    auto *income = dialog->findChild<QLineEdit *>(QStringLiteral("incomeEdit"));
    REQUIRE(name);
    REQUIRE(income);
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    // An empty name is refused and marked.
    ok->click();
    auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("nameError"));
    REQUIRE(nameError);
    CHECK(nameError->isVisible());
    CHECK(VillageRepository(w.context()->ledger()).count() == 2);

    typeChinese(name, QStringLiteral("南湖村"));
    income->selectAll();
    QTest::keyClicks(income, QStringLiteral("8.5"));
    CHECK_FALSE(nameError->isVisible());
    shot(dialog, QStringLiteral("members-village-dialog"));
    QPointer<VillageDialog> guard = dialog;
    QTest::keyClick(name, Qt::Key_Return); // Enter saves
    REQUIRE(waitFor([&] { return guard.isNull() || !guard->isVisible(); }));
    VillageRepository villages(w.context()->ledger());
    REQUIRE(villages.count() == 3);
    CHECK(villages.all().back().name == QStringLiteral("南湖村"));
    CHECK(villages.all().back().incomeYuan == 85'000);
    w.context()->undoStack()->undo();
    CHECK(villages.count() == 2);
    w.context()->undoStack()->redo();
    CHECK(villages.count() == 3);
}
