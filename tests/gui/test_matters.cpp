// 四议两公开 as a clerk records it: a matter created in its dialog, the six steps recorded in the
// step dialog by typing into its fields, the verdict shown while typing, findings after saving,
// the township board and the rules dialog.
#include "TestSupport.h"

#include "committees/CommitteeRepository.h"
#include "matters/DeliberationSettingsDialog.h"
#include "findings/Findings.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "matters/MatterBoardPage.h"
#include "matters/MatterDialog.h"
#include "matters/MatterEditor.h"
#include "matters/MatterFilterModel.h"
#include "matters/MatterModel.h"
#include "matters/MatterRepository.h"
#include "matters/MattersTab.h"
#include "common/MoneyText.h"
#include "committees/PersonRepository.h"
#include "storage/Settings.h"
#include "matters/StepDialog.h"
#include "matters/StepTimeline.h"
#include "model/VillageRepository.h"
#include "common/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

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

// A ledger with one village (10 voting party members, 30 representatives) and its three
// committees, opened the way the program opens it.
struct MatterLedger
{
    test::TempDir tmp;
    QString path = tmp.file(QStringLiteral("matters.ledger"));
    std::unique_ptr<LedgerContext> context;
    qint64 village = 0;

    MatterLedger()
    {
        {
            std::unique_ptr<Ledger> ledger = test::newLedger(path);
            Village v;
            v.name = QStringLiteral("议事村");
            v.partyMembers = 10;
            v.representatives = 30;
            v.households = 320;
            v.adults = 900;
            const Saved s = VillageRepository(*ledger).insert(v);
            REQUIRE(s.ok());
            village = s.id;

            int seq = 100;
            auto person = [&](const QString &name) {
                Person p;
                p.villageId = village;
                p.name = name;
                seq += 2;
                p.idNumber = test::makeId(QStringLiteral("371321"), QDate(1975, 5, 6), seq + 1);
                p.political = PoliticalStatus::PartyMember;
                const Saved saved = PersonRepository(*ledger).insert(p);
                REQUIRE(saved.ok());
                return saved.id;
            };
            CommitteeRepository committees(*ledger);
            auto term = [&](Body body) {
                Term t;
                t.villageId = village;
                t.body = body;
                t.number = 12;
                t.start = QDate(2021, 1, 10);
                t.end = QDate(2026, 12, 31);
                const Saved saved = committees.openTerm(t);
                REQUIRE(saved.ok());
                return saved.id;
            };
            auto post = [&](qint64 termId, qint64 personId, Role role) {
                Post p;
                p.termId = termId;
                p.personId = personId;
                p.role = role;
                p.start = QDate(2021, 1, 10);
                REQUIRE(committees.addPost(p).ok());
            };
            const qint64 party = term(Body::Party), committee = term(Body::Committee), supervision = term(Body::Supervision);
            const qint64 secretary = person(QStringLiteral("李建国"));
            post(party, secretary, Role::Chair);
            post(committee, secretary, Role::Chair); // 一肩挑
            post(party, person(QStringLiteral("王秀英")), Role::Member);
            post(party, person(QStringLiteral("张立新")), Role::Member);
            post(committee, person(QStringLiteral("赵丽")), Role::Member);
            post(committee, person(QStringLiteral("刘洋")), Role::Member);
            post(supervision, person(QStringLiteral("陈守正")), Role::Chair);
        }
        Ledger::OpenResult opened = Ledger::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ledger);
        context = std::make_unique<LedgerContext>(std::move(opened.ledger));
        context->setToday(test::fixedToday());
    }

    Ledger &ledger() { return context->ledger(); }
    MatterStatus status(qint64 matterId)
    {
        MatterRepository repo(ledger());
        return Deliberation::status(*repo.get(matterId), repo.steps(matterId), SettingsStore(ledger()).deliberation(),
                                    context->today());
    }
};

// Types like a clerk with a Chinese input method: ASCII as key clicks, Chinese as committed text.
void typeText(QWidget *widget, const QString &text)
{
    QString run;
    bool ascii = true;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (ascii) {
            QTest::keyClicks(widget, run);
        } else {
            QInputMethodEvent event;
            event.setCommitString(run);
            QApplication::sendEvent(widget, &event);
        }
        run.clear();
    };
    for (QChar ch : text) {
        const bool isAscii = ch.unicode() < 0x80;
        if (isAscii != ascii)
            flush();
        ascii = isAscii;
        run += ch;
    }
    flush();
}

// Lets posted layout requests run first, as the event loop would before the clerk sees anything.
void screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(20);
    test::saveScreenshot(widget, name);
}

// Nothing squeezed: every field is at least as tall as it needs to be.
void checkNothingSqueezed(QWidget *dialog)
{
    QTest::qWait(20);
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        const bool inner = qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget());
        if (w->isVisible() && !inner) // the line edits inside spin and combo boxes are drawn in their frame
            CHECK(w->height() >= w->minimumSizeHint().height());
    }
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(w);
    return w;
}

// Types a number into a count field as a clerk does: select what is there, type over it.
void typeCount(QWidget *dialog, const char *name, int value)
{
    auto *spin = child<QSpinBox>(dialog, name);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    INFO("field " << name);
    CHECK(spin->value() == value);
}

// The dialog just opened (a closed one may linger until its deferred delete).
QPointer<StepDialog> visibleStepDialog(QWidget *parent)
{
    QPointer<StepDialog> found;
    waitFor([&] {
        for (StepDialog *d : parent->findChildren<StepDialog *>(QStringLiteral("StepDialog")))
            if (d->isVisible())
                found = d;
        return !found.isNull();
    });
    return found;
}

QPointer<StepDialog> openStepDialog(MattersTab &tab, const char *button = "recordButton")
{
    QPushButton *record = child<QPushButton>(tab.editor(), button);
    REQUIRE(record->isVisible());
    QTest::mouseClick(record, Qt::LeftButton);
    QPointer<StepDialog> dialog = visibleStepDialog(&tab);
    REQUIRE(dialog);
    CHECK(dialog->isModal());
    return dialog;
}

void saveWithEnter(QPointer<StepDialog> &dialog)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && dialog->isAncestorOf(focus) ? focus : dialog.data(), Qt::Key_Return);
}

void saveWithButton(QWidget *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Closed and deleted (the dialogs delete themselves on close).
bool closed(const QPointer<StepDialog> &dialog)
{
    return waitFor([&] { return dialog.isNull(); });
}

} // namespace

TEST_CASE("Matters: amounts in yuan are converted to fen exactly", "[gui][matters]")
{
    auto fen = [](const QString &text) { return MoneyText::parseYuan(text).value_or(-1); };
    CHECK(fen(QString()) == 0);
    CHECK(fen(QStringLiteral("860000")) == 86'000'000);
    CHECK(fen(QStringLiteral("860,000.10")) == 86'000'010);
    CHECK(fen(QStringLiteral("0.1")) == 10);
    CHECK(fen(QStringLiteral("0.29")) == 29); // 0.29 * 100 is 28.999… as a double
    CHECK(fen(QStringLiteral("¥1234.5元")) == 123'450);
    CHECK(fen(QStringLiteral("８６０，０００．５０")) == 86'000'050); // typed with a Chinese input method
    CHECK(fen(QStringLiteral("86万")) == 86'000'000);
    CHECK(fen(QStringLiteral("86.5万元")) == 86'500'000);
    CHECK(fen(QStringLiteral("1.005")) == -1);
    CHECK(fen(QStringLiteral("-5")) == -1);
    CHECK(fen(QStringLiteral("abc")) == -1);
    CHECK(fen(QStringLiteral("99999999999999")) == -1);
    CHECK(MoneyText::formatYuan(86'000'010) == QStringLiteral("860,000.10"));
    CHECK(MoneyText::formatYuan(5, false) == QStringLiteral("0.05"));
    CHECK(MoneyText::formatYuan(123'456'789'01) == QStringLiteral("123,456,789.01"));
}

TEST_CASE("Matters: a matter through all six steps, Draft to Completed, recorded in the dialogs", "[gui][matters]")
{
    MatterLedger t;
    // The clerk lives through the matter: "today" moves with it.
    t.context->setToday(QDate(2026, 3, 1));
    MattersTab tab(t.context.get());
    tab.resize(1280, 860);
    tab.setVillage(t.village);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    screenshot(&tab, QStringLiteral("matters-empty"));

    // New matter.
    QTest::mouseClick(child<QPushButton>(&tab, "newMatterButton"), Qt::LeftButton);
    QPointer<MatterDialog> matterDialog = tab.findChild<MatterDialog *>(QStringLiteral("MatterDialog"));
    REQUIRE(matterDialog);
    REQUIRE(waitFor([&] { return matterDialog->isVisible(); }));
    typeText(child<QLineEdit>(matterDialog, "titleEdit"), QStringLiteral("村内主干道硬化工程"));
    auto *category = child<QComboBox>(matterDialog, "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("project")));
    auto *amount = child<QLineEdit>(matterDialog, "amountEdit");
    typeText(amount, QStringLiteral("86万"));
    CHECK(child<QLabel>(matterDialog, "amountHint")->text().contains(QStringLiteral("860,000.00")));
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("860,000.10"));
    typeText(child<QLineEdit>(matterDialog, "proposerEdit"), QStringLiteral("村党支部"));
    child<QCheckBox>(matterDialog, "plannedCheck")->setChecked(true);
    child<QDateEdit>(matterDialog, "plannedEdit")->setDate(QDate(2026, 8, 31));
    typeText(child<QPlainTextEdit>(matterDialog, "descriptionEdit"),
                     QStringLiteral("硬化主干道 2.3 公里，宽 4.5 米，资金由一事一议财政奖补和村集体收入解决。"));
    screenshot(matterDialog, QStringLiteral("matters-new-matter-dialog"));
    QTest::keyClick(child<QLineEdit>(matterDialog, "titleEdit"), Qt::Key_Return); // Enter saves
    REQUIRE(waitFor([&] { return matterDialog.isNull() || !matterDialog->isVisible(); }));

    MatterRepository repo(t.ledger());
    REQUIRE(repo.ofVillage(t.village).size() == 1);
    const Matter matter = repo.ofVillage(t.village).first();
    CHECK(matter.title == QStringLiteral("村内主干道硬化工程"));
    CHECK(matter.category == QStringLiteral("project"));
    CHECK(matter.amountFen == 86'000'010);
    CHECK(matter.proposer == QStringLiteral("村党支部"));
    CHECK(matter.plannedCompletion == QDate(2026, 8, 31));
    CHECK(tab.currentMatterId() == matter.id);
    CHECK(tab.editor()->statusText() == MatterText::status(MatterStatus::Draft));
    CHECK(tab.model()->index(0, MatterModel::Amount).data().toString() == QStringLiteral("860,000.10"));
    CHECK(tab.editor()->timeline()->state(MatterStep::PartyProposal) == StepTimeline::State::Current);
    CHECK(tab.editor()->timeline()->state(MatterStep::JointDeliberation) == StepTimeline::State::Pending);

    // Step 1: party committee (3 members, pre-filled from the roster).
    {
        t.context->setToday(QDate(2026, 3, 2));
        QPointer<StepDialog> d = openStepDialog(tab);
        CHECK(d->step() == MatterStep::PartyProposal);
        CHECK_FALSE(child<QFrame>(d, "overrideBox")->isVisible());
        CHECK(child<QDateEdit>(d, "dateEdit")->date() == QDate(2026, 3, 2));
        CHECK(child<QSpinBox>(d, "expectedEdit")->value() == 3);
        typeCount(d, "presentEdit", 3);
        typeText(child<QLineEdit>(d, "chairEdit"), QStringLiteral("李建国"));
        typeText(child<QLineEdit>(d, "recorderEdit"), QStringLiteral("王秀英"));
        typeText(child<QPlainTextEdit>(d, "summaryEdit"), QStringLiteral("支委会一致同意提议硬化村内主干道。"));
        CHECK(child<QLabel>(d, "verdictLabel")->text().contains(QStringLiteral("Quorum met")));
        CHECK(d->problems().isEmpty());
        REQUIRE(d->queueAttachment(QStringLiteral("支委会记录.pdf"),
                                   QByteArray("%PDF-1.4\n") + QByteArray(3000, 'x') + "\n%%EOF\n"));
        QString refused;
        CHECK_FALSE(d->queueAttachment(QStringLiteral("notes.txt"), "plain text", &refused));
        CHECK(refused.contains(QStringLiteral("PDF")));
        CHECK(child<QListWidget>(d, "attachmentsList")->count() == 1);
        screenshot(d, QStringLiteral("matters-step1-dialog"));
        checkNothingSqueezed(d);
        saveWithButton(d);
        REQUIRE(closed(d));
    }
    CHECK(t.status(matter.id) == MatterStatus::InProgress);
    CHECK(tab.editor()->statusText() == MatterText::status(MatterStatus::InProgress));
    CHECK(tab.editor()->timeline()->state(MatterStep::PartyProposal) == StepTimeline::State::Done);
    CHECK(tab.editor()->timeline()->detailText(MatterStep::PartyProposal).contains(QStringLiteral("scans: 1")));
    REQUIRE(repo.steps(matter.id).size() == 1);
    CHECK(repo.attachments(repo.steps(matter.id).first().id).size() == 1);

    // Step 2: joint meeting of both committees (5 people, the secretary counted once).
    {
        QPointer<StepDialog> d = openStepDialog(tab);
        CHECK(d->step() == MatterStep::JointDeliberation);
        child<QDateEdit>(d, "dateEdit")->setDate(QDate(2026, 3, 5));
        CHECK(child<QSpinBox>(d, "expectedEdit")->value() == 5);
        typeCount(d, "presentEdit", 5);
        saveWithEnter(d);
        REQUIRE(closed(d));
    }
    CHECK(t.status(matter.id) == MatterStatus::InProgress);

    // Step 3: party members' meeting; 10 voting members pre-filled from the village record.
    {
        QPointer<StepDialog> d = openStepDialog(tab);
        CHECK(d->step() == MatterStep::MembersReview);
        child<QDateEdit>(d, "dateEdit")->setDate(QDate(2026, 3, 10));
        CHECK(child<QSpinBox>(d, "expectedEdit")->value() == 10);
        typeCount(d, "presentEdit", 8);
        typeCount(d, "votesForEdit", 7);
        typeCount(d, "votesAgainstEdit", 1);
        typeCount(d, "votesAbstainEdit", 0);
        const QString verdict = child<QLabel>(d, "verdictLabel")->text();
        CHECK(verdict.contains(QStringLiteral("Quorum met")));
        CHECK(verdict.contains(QStringLiteral("Passed")));
        saveWithEnter(d);
        REQUIRE(closed(d));
    }
    CHECK(t.status(matter.id) == MatterStatus::InProgress);

    // Step 4: representatives meeting (the default form), 30 expected.
    {
        t.context->setToday(QDate(2026, 3, 17));
        QPointer<StepDialog> d = openStepDialog(tab);
        CHECK(d->step() == MatterStep::Resolution);
        child<QDateEdit>(d, "dateEdit")->setDate(QDate(2026, 3, 16));
        auto *form = child<QComboBox>(d, "formCombo");
        CHECK(form->currentData().toInt() == int(ResolutionForm::RepresentativesMeeting));
        CHECK(child<QSpinBox>(d, "expectedEdit")->value() == 30);
        CHECK_FALSE(child<QSpinBox>(d, "householdsExpectedEdit")->isVisible());
        // A villagers' meeting counts adults and households instead: re-filled, as nothing was typed.
        form->setCurrentIndex(form->findData(int(ResolutionForm::VillagersMeeting)));
        CHECK(child<QSpinBox>(d, "expectedEdit")->value() == 900);
        CHECK(child<QSpinBox>(d, "householdsExpectedEdit")->isVisible());
        CHECK(child<QSpinBox>(d, "householdsExpectedEdit")->value() == 320);
        form->setCurrentIndex(form->findData(int(ResolutionForm::RepresentativesMeeting)));
        CHECK(child<QSpinBox>(d, "expectedEdit")->value() == 30);
        typeCount(d, "presentEdit", 19);
        CHECK(child<QLabel>(d, "verdictLabel")->text().contains(QStringLiteral("Quorum not met")));
        typeCount(d, "presentEdit", 25);
        typeCount(d, "votesForEdit", 20);
        typeCount(d, "votesAgainstEdit", 3);
        typeCount(d, "votesAbstainEdit", 2);
        CHECK(child<QLabel>(d, "verdictLabel")->text().contains(QStringLiteral("Passed")));
        CHECK(d->problems().isEmpty());
        screenshot(d, QStringLiteral("matters-step4-dialog"));
        checkNothingSqueezed(d);
        saveWithButton(d);
        REQUIRE(closed(d));
    }
    tab.reload();
    CHECK(t.status(matter.id) == MatterStatus::Resolved);
    CHECK(tab.editor()->statusText() == MatterText::status(MatterStatus::Resolved));

    // Step 5: the resolution disclosed for 7 days, signed by the supervision committee.
    {
        t.context->setToday(QDate(2026, 3, 18));
        QPointer<StepDialog> d = openStepDialog(tab);
        CHECK(d->step() == MatterStep::ResolutionDisclosure);
        CHECK(child<QDateEdit>(d, "dateEdit")->date() == QDate(2026, 3, 18));
        CHECK(child<QDateEdit>(d, "disclosureEndEdit")->date() == QDate(2026, 3, 24)); // the shortest allowed period
        CHECK(child<QLabel>(d, "verdictLabel")->text().contains(QStringLiteral("Not signed")));
        auto *channels = child<QListWidget>(d, "channelsList");
        CHECK(channels->item(0)->checkState() == Qt::Checked); // the bulletin board
        channels->item(1)->setCheckState(Qt::Checked);
        typeText(child<QLineEdit>(d, "channelEdit"), QStringLiteral("村广播"));
        QTest::keyClick(child<QLineEdit>(d, "channelEdit"), Qt::Key_Return); // adds, does not save
        CHECK(d->isVisible());
        CHECK(d->currentRecord().channels.size() == 3);
        typeText(child<QLineEdit>(d, "signedByEdit"), QStringLiteral("陈守正"));
        CHECK(d->problems().isEmpty());
        screenshot(d, QStringLiteral("matters-step5-dialog"));
        checkNothingSqueezed(d);
        saveWithButton(d);
        REQUIRE(closed(d));
    }
    tab.reload();
    CHECK(t.status(matter.id) == MatterStatus::Disclosing);
    CHECK(tab.editor()->statusText() == MatterText::status(MatterStatus::Disclosing));
    t.context->setToday(QDate(2026, 4, 1));
    tab.reload();
    CHECK(tab.editor()->statusText() == MatterText::status(MatterStatus::AwaitingResult));

    // Step 6: the result disclosed after the work was done.
    {
        t.context->setToday(QDate(2026, 9, 1));
        QPointer<StepDialog> d = openStepDialog(tab);
        CHECK(d->step() == MatterStep::ResultDisclosure);
        CHECK(child<QDateEdit>(d, "disclosureEndEdit")->date() == QDate(2026, 9, 7));
        typeText(child<QLineEdit>(d, "signedByEdit"), QStringLiteral("陈守正"));
        typeText(child<QPlainTextEdit>(d, "summaryEdit"), QStringLiteral("工程已完工验收，决算 851,230.00 元。"));
        saveWithButton(d);
        REQUIRE(closed(d));
    }
    t.context->setToday(test::fixedToday());
    tab.reload();
    CHECK(t.status(matter.id) == MatterStatus::Completed);
    CHECK(tab.editor()->statusText() == MatterText::status(MatterStatus::Completed));
    for (int i = 1; i <= kStepCount; ++i) {
        INFO("step " << i << ": " << tab.editor()->timeline()->problemText(MatterStep(i)).toStdString());
        CHECK(tab.editor()->timeline()->state(MatterStep(i)) == StepTimeline::State::Done);
    }
    CHECK(tab.editor()->defectsText().isEmpty());
    CHECK(tab.model()->index(0, MatterModel::Status).data().toString() == MatterText::status(MatterStatus::Completed));
    screenshot(&tab, QStringLiteral("matters-completed"));

    // Every save is one undo step: undoing the last one takes step 6 away again.
    QUndoStack *undo = t.context->undoStack();
    CHECK(undo->count() == 7);
    undo->undo();
    CHECK(t.status(matter.id) == MatterStatus::AwaitingResult);
    CHECK(tab.editor()->timeline()->state(MatterStep::ResultDisclosure) == StepTimeline::State::Current);
    undo->redo();
    CHECK(t.status(matter.id) == MatterStatus::Completed);
    // Undo all the way back to an empty village, then redo everything, scans included.
    while (undo->canUndo())
        undo->undo();
    CHECK(repo.ofVillage(t.village).isEmpty());
    while (undo->canRedo())
        undo->redo();
    CHECK(t.status(matter.id) == MatterStatus::Completed);
    CHECK(repo.attachments(repo.steps(matter.id).first().id).size() == 1);
}

TEST_CASE("Matters: a meeting without quorum is shown while typing and becomes a finding", "[gui][matters]")
{
    MatterLedger t;
    MatterRepository repo(t.ledger());
    Matter m;
    m.villageId = t.village;
    m.title = QStringLiteral("集体果园对外承包");
    m.category = QStringLiteral("assets");
    m.amountFen = 12'000'000;
    const qint64 matterId = repo.insert(m).id;
    REQUIRE(matterId > 0);
    for (MatterStep s : {MatterStep::PartyProposal, MatterStep::JointDeliberation}) {
        StepRecord r;
        r.matterId = matterId;
        r.step = s;
        r.date = QDate(2026, 11, s == MatterStep::PartyProposal ? 2 : 5);
        r.expected = s == MatterStep::PartyProposal ? 3 : 5;
        r.present = r.expected;
        REQUIRE(repo.saveStep(r).ok());
    }

    MattersTab tab(t.context.get());
    tab.resize(1280, 860);
    tab.setVillage(t.village);
    tab.focusMatter(matterId);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    CHECK(tab.currentMatterId() == matterId);

    QPointer<StepDialog> d = openStepDialog(tab);
    REQUIRE(d->step() == MatterStep::MembersReview);
    child<QDateEdit>(d, "dateEdit")->setDate(QDate(2026, 11, 10));
    auto *verdict = child<QLabel>(d, "verdictLabel");
    // Nothing typed yet: the verdict says what is missing rather than guessing.
    CHECK(verdict->text().contains(QStringLiteral("fill in")));
    typeCount(d, "expectedEdit", 10);
    typeCount(d, "presentEdit", 4);
    // Before saving, the clerk already sees that 4 of 10 is no quorum.
    CHECK(verdict->text().contains(QStringLiteral("Quorum not met")));
    CHECK(verdict->text().contains(QStringLiteral("4 of 10 voting members present, fewer than half")));
    CHECK_FALSE(d->verdict().quorum);
    typeCount(d, "votesForEdit", 4);
    typeCount(d, "votesAgainstEdit", 0);
    typeCount(d, "votesAbstainEdit", 0);
    CHECK(verdict->text().contains(QStringLiteral("Not passed")));
    // Emptying a count means "not recorded", not 0.
    auto *against = child<QSpinBox>(d, "votesAgainstEdit");
    against->selectAll();
    QTest::keyClick(against, Qt::Key_Backspace);
    CHECK_FALSE(d->currentRecord().votesAgainst.has_value());
    typeCount(d, "votesAgainstEdit", 0);
    screenshot(d, QStringLiteral("matters-no-quorum-dialog"));
    checkNothingSqueezed(d);
    saveWithButton(d);
    REQUIRE(closed(d));

    bool found = false;
    for (const Finding &f : FindingEngine::run(t.ledger(), test::fixedToday()))
        found |= f.rule == QLatin1String("matter.quorum") && f.recordKind == Finding::RecordKind::Matter &&
                 f.recordId == matterId;
    CHECK(found);
    StepTimeline *timeline = tab.editor()->timeline();
    // Without quorum the vote is void, not a rejection: the matter stays at this step, which is
    // offered again (to hold the meeting again), with the reason on the step.
    CHECK(timeline->state(MatterStep::MembersReview) == StepTimeline::State::Current);
    CHECK(timeline->problemText(MatterStep::MembersReview).contains(QStringLiteral("fewer than half")));
    CHECK(timeline->problemText(MatterStep::MembersReview).contains(QStringLiteral("hold it again")));
    CHECK(timeline->state(MatterStep::Resolution) == StepTimeline::State::Pending);
    CHECK(timeline->state(MatterStep::ResolutionDisclosure) == StepTimeline::State::Pending);
    CHECK(tab.editor()->statusText() == MatterText::status(MatterStatus::InProgress));
    CHECK(tab.editor()->defectsText().contains(QStringLiteral("fewer than half")));
    const int row = tab.model()->rowOfMatter(matterId);
    CHECK(tab.model()->index(row, MatterModel::Defects).data().toInt() >= 1);
    screenshot(&tab, QStringLiteral("matters-no-quorum-timeline"));

    // Correcting the record (it was 8 present, not 4) clears the problem: clicking the step itself
    // edits its record (its "Hold again…" button would record a second meeting instead).
    QWidget *node = child<QWidget>(timeline, "stepNode3");
    QTest::mouseClick(node, Qt::LeftButton, {}, QPoint(node->width() / 2, 10));
    QPointer<StepDialog> edit = visibleStepDialog(&tab);
    REQUIRE(edit);
    CHECK_FALSE(edit->holdsAgain());
    CHECK_FALSE(edit->isNewRecord());
    CHECK(child<QSpinBox>(edit, "presentEdit")->value() == 4);
    typeCount(edit, "presentEdit", 8);
    typeCount(edit, "votesForEdit", 7);
    CHECK(edit->problems().isEmpty());
    saveWithButton(edit);
    REQUIRE(closed(edit));
    CHECK(timeline->state(MatterStep::MembersReview) == StepTimeline::State::Done);
    CHECK(timeline->state(MatterStep::Resolution) == StepTimeline::State::Current);
}

TEST_CASE("Matters: a meeting without quorum held again keeps the failed one in the timeline", "[gui][matters][quorum]")
{
    MatterLedger t;
    MatterRepository repo(t.ledger());
    Matter m;
    m.villageId = t.village;
    m.title = QStringLiteral("集体果园对外承包");
    m.category = QStringLiteral("assets");
    const qint64 matterId = repo.insert(m).id;
    REQUIRE(matterId > 0);
    for (MatterStep s : {MatterStep::PartyProposal, MatterStep::JointDeliberation, MatterStep::MembersReview}) {
        StepRecord r;
        r.matterId = matterId;
        r.step = s;
        r.date = QDate(2026, 11, int(s) * 3);
        r.expected = s == MatterStep::MembersReview ? 10 : 5;
        r.present = s == MatterStep::MembersReview ? 4 : 5; // the 党员大会: 4 of 10, no quorum
        if (s == MatterStep::MembersReview) {
            r.votesFor = 4;
            r.votesAgainst = 0;
            r.votesAbstain = 0;
        }
        REQUIRE(repo.saveStep(r).ok());
    }

    MattersTab tab(t.context.get());
    tab.resize(1280, 860);
    tab.setVillage(t.village);
    tab.focusMatter(matterId);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    StepTimeline *timeline = tab.editor()->timeline();
    REQUIRE(timeline->state(MatterStep::MembersReview) == StepTimeline::State::Current);

    // "Hold again…" opens a new meeting: who is expected stays, what happened is to be typed.
    QPointer<StepDialog> d = openStepDialog(tab, "editStepButton3");
    CHECK(d->holdsAgain());
    CHECK(d->windowTitle().contains(QStringLiteral("again")));
    CHECK(child<QSpinBox>(d, "expectedEdit")->value() == 10);
    CHECK_FALSE(d->currentRecord().present.has_value());
    CHECK_FALSE(d->currentRecord().votesFor.has_value());
    CHECK(d->findChild<QPushButton *>(QStringLiteral("deleteStepButton")) == nullptr);
    child<QDateEdit>(d, "dateEdit")->setDate(QDate(2026, 11, 20));
    typeCount(d, "presentEdit", 8);
    typeCount(d, "votesForEdit", 7);
    typeCount(d, "votesAgainstEdit", 1);
    typeCount(d, "votesAbstainEdit", 0);
    CHECK(d->problems().isEmpty());
    saveWithButton(d);
    REQUIRE(closed(d));

    // The step shows both meetings: the one held again, and the failed one with its counts.
    CHECK(timeline->state(MatterStep::MembersReview) == StepTimeline::State::Done);
    CHECK(timeline->state(MatterStep::Resolution) == StepTimeline::State::Current);
    const QString detail = timeline->detailText(MatterStep::MembersReview);
    INFO(detail.toStdString());
    CHECK(detail.startsWith(QStringLiteral("2026-11-20 · 8 of 10 present")));
    CHECK(detail.contains(QStringLiteral("Earlier meeting: 2026-11-09 · 4 of 10 present")));
    CHECK(detail.contains(QStringLiteral("no quorum")));
    CHECK_FALSE(detail.contains(QStringLiteral("not passed"))); // a void vote is no rejection
    REQUIRE(repo.earlierMeetings(matterId).size() == 1);
    screenshot(&tab, QStringLiteral("matters-held-again-timeline"));

    // One undo takes the meeting held again away: the failed one is the step's record again.
    QUndoStack *undo = t.context->undoStack();
    undo->undo();
    CHECK(waitFor([&] { return timeline->state(MatterStep::MembersReview) == StepTimeline::State::Current; }));
    CHECK_FALSE(timeline->detailText(MatterStep::MembersReview).contains(QStringLiteral("Earlier meeting")));
    CHECK(repo.earlierMeetings(matterId).isEmpty());
    CHECK(repo.step(matterId, MatterStep::MembersReview)->present == 4);
}

TEST_CASE("Matters: a step out of order needs an explicit override with a reason", "[gui][matters]")
{
    MatterLedger t;
    MatterRepository repo(t.ledger());
    Matter m;
    m.villageId = t.village;
    m.title = QStringLiteral("新建村级文化广场");
    m.category = QStringLiteral("welfare");
    const qint64 matterId = repo.insert(m).id;
    MattersTab tab(t.context.get());
    tab.resize(1280, 860);
    tab.setVillage(t.village);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));

    // The clerk clicks step 3 while step 1 is the next one.
    StepTimeline *timeline = tab.editor()->timeline();
    QSignalSpy activated(timeline, &StepTimeline::stepActivated);
    QWidget *node = child<QWidget>(timeline, "stepNode3");
    QTest::mouseClick(node, Qt::LeftButton, {}, QPoint(node->width() / 2, 10));
    REQUIRE(activated.count() == 1);
    QPointer<StepDialog> d = visibleStepDialog(&tab);
    REQUIRE(d);
    CHECK(d->step() == MatterStep::MembersReview);
    CHECK(d->overrideOffered());
    CHECK(child<QFrame>(d, "overrideBox")->isVisible());
    child<QDateEdit>(d, "dateEdit")->setDate(QDate(2026, 11, 10));
    typeCount(d, "presentEdit", 8);
    typeCount(d, "votesForEdit", 8);
    saveWithButton(d);
    // Refused, shown next to the override, dialog still open.
    CHECK(d->isVisible());
    CHECK(child<QLabel>(d, "stepError")->isVisible());
    CHECK(repo.steps(matterId).isEmpty());
    child<QCheckBox>(d, "overrideCheck")->setChecked(true);
    saveWithButton(d);
    CHECK(d->isVisible());
    CHECK(child<QLabel>(d, "overrideReasonError")->isVisible());
    typeText(child<QLineEdit>(d, "overrideReasonEdit"), QStringLiteral("补录：支委会、两委会记录待查找"));
    CHECK(d->problems().join(QLatin1Char('\n')).contains(QStringLiteral("by override")));
    screenshot(d, QStringLiteral("matters-override-dialog"));
    checkNothingSqueezed(d);
    saveWithButton(d);
    REQUIRE(closed(d));
    REQUIRE(repo.steps(matterId).size() == 1);
    CHECK(repo.steps(matterId).first().overridden);

    CHECK(timeline->state(MatterStep::MembersReview) == StepTimeline::State::Defect);
    CHECK(timeline->problemText(MatterStep::MembersReview).contains(QStringLiteral("by override")));
    CHECK(timeline->state(MatterStep::PartyProposal) == StepTimeline::State::Current);
    bool found = false;
    for (const Finding &f : FindingEngine::run(t.ledger(), test::fixedToday()))
        found |= f.rule == QLatin1String("matter.order") && f.recordId == matterId;
    CHECK(found);
    screenshot(&tab, QStringLiteral("matters-override-timeline"));
}

TEST_CASE("Matters: the township board filters, sorts by urgency and opens a matter", "[gui][matters]")
{
    test::TempDir tmp;
    const QString path = tmp.file(QStringLiteral("board.ledger"));
    test::demoLedger(path, 12).reset();
    Ledger::OpenResult opened = Ledger::open(path);
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    context.setToday(test::fixedToday());

    MatterBoardPage board(&context);
    board.resize(1400, 800);
    QElapsedTimer timer;
    timer.start();
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    const qint64 openMs = timer.elapsed();
    INFO("board opened in " << openMs << " ms");
    const int all = board.model()->rowCount();
    REQUIRE(all > 0);
    CHECK(board.filter()->rowCount() == all);

    // Most urgent first: overdue, then with problems.
    const BoardRow &first = board.model()->row(0);
    CHECK(MatterModel::needsAction(first));
    for (int i = 1; i < all; ++i)
        REQUIRE(board.model()->row(i - 1).urgencyKey(context.today()) <= board.model()->row(i).urgencyKey(context.today()));
    screenshot(&board, QStringLiteral("matters-board"));

    child<QCheckBox>(&board, "needsActionCheck")->setChecked(true);
    const int action = board.filter()->rowCount();
    CHECK(action > 0);
    CHECK(action < all);
    for (int i = 0; i < action; ++i)
        CHECK(board.filter()->index(i, 0).data(MatterModel::NeedsActionRole).toBool());
    child<QCheckBox>(&board, "needsActionCheck")->setChecked(false);

    auto *status = child<QComboBox>(&board, "statusFilter");
    status->setCurrentIndex(status->findData(int(MatterStatus::Completed)));
    CHECK(board.filter()->rowCount() > 0);
    for (int i = 0; i < board.filter()->rowCount(); ++i)
        CHECK(board.filter()->index(i, MatterModel::Status).data().toString() == MatterText::status(MatterStatus::Completed));
    status->setCurrentIndex(0);

    const qint64 villageId = first.matter.villageId;
    board.setVillageFilter(villageId);
    CHECK(board.filter()->rowCount() > 0);
    for (int i = 0; i < board.filter()->rowCount(); ++i)
        CHECK(board.filter()->index(i, 0).data(MatterModel::VillageIdRole).toLongLong() == villageId);
    board.setVillageFilter(0);

    // A quarter: only matters with a step dated inside it.
    auto *quarter = child<QComboBox>(&board, "quarterFilter");
    REQUIRE(quarter->count() > 2);
    quarter->setCurrentIndex(1); // this quarter
    const auto [from, to] = MatterFilterModel::quarterOf(context.today());
    CHECK(quarter->currentText() == QStringLiteral("%1 Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1));
    for (int i = 0; i < board.filter()->rowCount(); ++i) {
        const int source = board.filter()->mapToSource(board.filter()->index(i, 0)).row();
        CHECK(board.model()->row(source).touches(from, to));
    }
    quarter->setCurrentIndex(0);
    CHECK(board.filter()->rowCount() == all);

    // Every column sorts; "most urgent first" goes back to the board's own order.
    board.view()->sortByColumn(MatterModel::Amount, Qt::DescendingOrder);
    const QModelIndex top = board.filter()->index(0, MatterModel::Amount);
    qint64 largest = 0;
    for (const BoardRow &r : board.model()->rows())
        largest = std::max(largest, r.matter.amountFen);
    CHECK(top.data(MatterModel::SortRole).toLongLong() == largest);
    board.sortByUrgency();
    CHECK(board.filter()->index(0, 0).data(MatterModel::MatterIdRole).toLongLong() == first.matter.id);

    QSignalSpy open(&board, &MatterBoardPage::openMatter);
    const QRect cell = board.view()->visualRect(board.filter()->index(0, MatterModel::Title));
    QTest::mouseClick(board.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(board.view()->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toLongLong() == first.matter.villageId);
    CHECK(open.at(0).at(1).toLongLong() == first.matter.id);

    // The matter opens in its village's tab.
    MattersTab tab(&context);
    tab.resize(1280, 860);
    tab.setVillage(villageId);
    tab.focusMatter(first.matter.id);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    CHECK(tab.currentMatterId() == first.matter.id);
    CHECK(tab.editor()->matterId() == first.matter.id);
    screenshot(&tab, QStringLiteral("matters-demo-village"));
}

TEST_CASE("Matters: the deliberation rules dialog validates and saves as one undo step", "[gui][matters]")
{
    MatterLedger t;
    QWidget host;
    auto *dialog = new DeliberationSettingsDialog(t.context.get(), &host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<DeliberationSettingsDialog> d = dialog;
    d->open();
    auto *ok = child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *minDays = child<QSpinBox>(d, "minDisclosureSpin");
    minDays->setValue(0);
    CHECK(child<QLabel>(d, "settingsError")->isVisibleTo(d));
    CHECK_FALSE(ok->isEnabled());
    minDays->setValue(5);
    CHECK(ok->isEnabled());
    child<QCheckBox>(d, "workingDaysCheck")->setChecked(true);
    auto *quorum = child<QComboBox>(d, "jointQuorumCombo");
    quorum->setCurrentIndex(quorum->findData(int(JointQuorum::TwoThirds)));
    screenshot(d, QStringLiteral("matters-rules-dialog"));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(waitFor([&] { return d.isNull() || !d->isVisible(); }));
    DeliberationSettings s = SettingsStore(t.ledger()).deliberation();
    CHECK(s.minDisclosureDays == 5);
    CHECK(s.workingDays);
    CHECK(s.jointQuorum == JointQuorum::TwoThirds);
    t.context->undoStack()->undo();
    s = SettingsStore(t.ledger()).deliberation();
    CHECK(s.minDisclosureDays == 7);
    CHECK_FALSE(s.workingDays);
}

// Manual: TL_BIG_LEDGER=/tmp/big.ledger (township-ledger-cli demo … --villages 200) tl_gui_tests "[perf]"
TEST_CASE("Matters: the board opens at once at county scale", "[.][perf]")
{
    const QString path = qEnvironmentVariable("TL_BIG_LEDGER");
    if (path.isEmpty()) {
        WARN("TL_BIG_LEDGER not set");
        return;
    }
    Ledger::OpenResult opened = Ledger::open(path, Ledger::Access::ReadOnly);
    REQUIRE(opened.ledger);
    LedgerContext context(std::move(opened.ledger));
    context.setToday(test::fixedToday());
    QElapsedTimer timer;
    timer.start();
    MatterBoardPage board(&context);
    board.resize(1400, 800);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    const qint64 shown = timer.elapsed();
    timer.restart();
    child<QCheckBox>(&board, "needsActionCheck")->setChecked(true);
    board.view()->sortByColumn(MatterModel::Title, Qt::AscendingOrder);
    QTest::qWait(1);
    const qint64 filtered = timer.elapsed();
    WARN(board.model()->rowCount() << " matters: shown in " << shown << " ms, filtered and sorted by title in "
                                   << filtered << " ms");
    CHECK(shown < 2000);
}

TEST_CASE("Matters: deleting a step or a matter is undone with its scans", "[gui][matters]")
{
    MatterLedger t;
    MatterRepository repo(t.ledger());
    Matter m;
    m.villageId = t.village;
    m.title = QStringLiteral("村部屋顶维修");
    m.category = QStringLiteral("funds");
    const qint64 matterId = repo.insert(m).id;
    StepRecord r;
    r.matterId = matterId;
    r.step = MatterStep::PartyProposal;
    r.date = QDate(2026, 11, 2);
    r.expected = 3;
    r.present = 3;
    const qint64 stepId = repo.saveStep(r).id;
    REQUIRE(stepId > 0);
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(500, 'x') + "\n%%EOF\n";
    REQUIRE(repo.addAttachment(stepId, QStringLiteral("记录.pdf"), pdf).ok());

    MattersTab tab(t.context.get());
    tab.resize(1280, 860);
    tab.setVillage(t.village);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));

    // Delete the step from its dialog.
    QPointer<StepDialog> d = openStepDialog(tab, "editStepButton1");
    CHECK(child<QListWidget>(d, "attachmentsList")->count() == 1);
    // Said no to: the step stays.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(d, "deleteStepButton"), Qt::LeftButton);
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastTitle() == StepDialog::tr("Delete step %1").arg(1));
    CHECK(repo.steps(matterId).size() == 1);
    REQUIRE(d);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(d, "deleteStepButton"), Qt::LeftButton);
    CHECK(MessageBox::pendingAnswers() == 0);
    REQUIRE(closed(d));
    CHECK(repo.steps(matterId).isEmpty());
    CHECK(tab.editor()->timeline()->state(MatterStep::PartyProposal) == StepTimeline::State::Current);
    t.context->undoStack()->undo();
    REQUIRE(repo.steps(matterId).size() == 1);
    CHECK(repo.steps(matterId).first().id == stepId);
    REQUIRE(repo.attachments(stepId).size() == 1);
    CHECK(repo.attachmentData(repo.attachments(stepId).first().id) == pdf);
    CHECK(tab.editor()->timeline()->state(MatterStep::PartyProposal) == StepTimeline::State::Done);

    // Delete the whole matter from the list.
    tab.focusMatter(matterId);
    tab.view()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(tab.view(), Qt::Key_Delete);
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastTitle() == MattersTab::tr("Delete matter"));
    CHECK_FALSE(repo.get(matterId));
    CHECK(tab.model()->rowCount() == 0);
    t.context->undoStack()->undo();
    REQUIRE(repo.get(matterId));
    REQUIRE(repo.steps(matterId).size() == 1);
    CHECK(repo.attachments(stepId).size() == 1);
    CHECK(tab.model()->rowCount() == 1);
}

TEST_CASE("Matters: 动议事由, the township cadre at steps 3–4 and the supervision opinion are edited in the dialogs",
          "[gui][matters][template]")
{
    MatterLedger t;
    MatterRepository repo(t.ledger());
    Matter m;
    m.villageId = t.village;
    m.title = QStringLiteral("村部维修");
    m.category = QStringLiteral("project");
    const qint64 matterId = repo.insert(m).id;
    REQUIRE(matterId > 0);
    for (MatterStep s : {MatterStep::PartyProposal, MatterStep::JointDeliberation, MatterStep::MembersReview,
                         MatterStep::Resolution}) {
        StepRecord r;
        r.matterId = matterId;
        r.step = s;
        r.date = QDate(2026, 11, int(s) * 3);
        r.expected = s == MatterStep::MembersReview ? 10 : s == MatterStep::Resolution ? 30 : 5;
        r.present = s == MatterStep::MembersReview ? 9 : s == MatterStep::Resolution ? 28 : 5;
        if (Deliberation::stepVotes(s)) {
            r.votesFor = r.present;
            r.votesAgainst = 0;
            r.votesAbstain = 0;
        }
        if (s == MatterStep::Resolution)
            r.form = ResolutionForm::RepresentativesMeeting;
        REQUIRE(repo.saveStep(r).ok());
    }

    MattersTab tab(t.context.get());
    tab.resize(1280, 860);
    tab.setVillage(t.village);
    tab.focusMatter(matterId);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));

    // The matter: 动议事由 chosen from the three the county names.
    {
        QPointer<MatterDialog> d = new MatterDialog(t.context.get(), t.village, matterId, &tab);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
        auto *motion = child<QComboBox>(d, "motionSourceCombo");
        CHECK(motion->currentData().toString().isEmpty()); // not recorded
        CHECK(motion->count() == 4);
        motion->setCurrentIndex(motion->findData(QStringLiteral("masses")));
        CHECK(motion->currentText() == MatterText::motionSource(QStringLiteral("masses")));
        screenshot(d, QStringLiteral("matters-motion-source"));
        saveWithButton(d);
        REQUIRE(waitFor([&] { return d.isNull() || !d->isVisible(); }));
        CHECK(repo.get(matterId)->motionSource == QStringLiteral("masses"));
    }

    // Step 3: the township cadre; step 1 has no such field.
    {
        QPointer<StepDialog> d = openStepDialog(tab, "editStepButton1");
        CHECK(d->findChild<QLineEdit *>(QStringLiteral("townshipAttendeeEdit")) == nullptr);
        d->reject();
        REQUIRE(closed(d));
    }
    {
        QPointer<StepDialog> d = openStepDialog(tab, "editStepButton3");
        auto *attendee = child<QLineEdit>(d, "townshipAttendeeEdit");
        typeText(attendee, QStringLiteral("周包村"));
        screenshot(d, QStringLiteral("matters-township-attendee"));
        saveWithButton(d);
        REQUIRE(closed(d));
        CHECK(repo.step(matterId, MatterStep::MembersReview)->townshipAttendee == QStringLiteral("周包村"));
        const QString detail = tab.editor()->timeline()->detailText(MatterStep::MembersReview);
        INFO(detail.toStdString());
        CHECK(detail.contains(QStringLiteral("周包村")));
    }

    // Step 5: the supervision committee's opinion, beside its signature.
    {
        QPointer<StepDialog> d = openStepDialog(tab);
        REQUIRE(d->step() == MatterStep::ResolutionDisclosure);
        child<QLineEdit>(d, "signedByEdit")->setText(QStringLiteral("陈守正"));
        typeText(child<QLineEdit>(d, "supervisionOpinionEdit"), QStringLiteral("程序合规，同意公开"));
        screenshot(d, QStringLiteral("matters-supervision-opinion"));
        saveWithButton(d);
        REQUIRE(closed(d));
        CHECK(repo.step(matterId, MatterStep::ResolutionDisclosure)->supervisionOpinion == QStringLiteral("程序合规，同意公开"));
        CHECK(tab.editor()->timeline()->detailText(MatterStep::ResolutionDisclosure).contains(QStringLiteral("程序合规")));
    }
    // One undo takes the opinion's step back; the matter's 动议事由 stays.
    t.context->undoStack()->undo();
    CHECK(waitFor([&] { return !repo.step(matterId, MatterStep::ResolutionDisclosure).has_value(); }));
    CHECK(repo.get(matterId)->motionSource == QStringLiteral("masses"));
}
