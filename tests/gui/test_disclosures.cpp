// 三务公开 as a clerk works with it: a finance disclosure typed into its dialog with its items and
// totals, the township's progress grid (overdue cells, a missing disclosure recorded from its
// cell), the notice templates refusing a broken one, and notices printed to PDF, one per page.
#include "TestSupport.h"

#include "disclosures/BatchNoticesDialog.h"
#include "disclosures/DisclosureDialog.h"
#include "disclosures/DisclosureModel.h"
#include "disclosures/DisclosureProgressModel.h"
#include "disclosures/DisclosureProgressPage.h"
#include "disclosures/DisclosureSettingsDialog.h"
#include "disclosures/DisclosuresTab.h"
#include "disclosures/Disclosures.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "matters/MatterRepository.h"
#include "disclosures/NoticePrinter.h"
#include "disclosures/NoticeTemplatesDialog.h"
#include "disclosures/Notices.h"
#include "storage/Settings.h"
#include "model/VillageRepository.h"
#include "common/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tl;
using namespace tl::ui;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// Types text the way a clerk does: ASCII as key presses, Chinese committed by the input method.
void type(QWidget *widget, const QString &text)
{
    widget->setFocus();
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

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

// One village with a supervision phone, opened the way the program opens a ledger.
struct DisclosureLedger
{
    test::TempDir tmp;
    QString path = tmp.file(QStringLiteral("disclosures.ledger"));
    std::unique_ptr<LedgerContext> context;
    qint64 village = 0;

    explicit DisclosureLedger(bool demo = false)
    {
        if (demo) {
            context = std::make_unique<LedgerContext>(test::demoLedger(path, 12));
        } else {
            {
                std::unique_ptr<Ledger> ledger = test::newLedger(path);
                Village v;
                v.name = QStringLiteral("公开村");
                v.supervisionPhone = QStringLiteral("0539-3216688");
                const Saved s = VillageRepository(*ledger).insert(v);
                REQUIRE(s.ok());
                village = s.id;
            }
            Ledger::OpenResult opened = Ledger::open(path);
            INFO(opened.message.toStdString());
            REQUIRE(opened.ledger);
            context = std::make_unique<LedgerContext>(std::move(opened.ledger));
        }
        context->setToday(test::fixedToday());
    }
    Ledger &ledger() { return context->ledger(); }
};

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

// Keeps a copy of a produced PDF beside the screenshots, for a person to look at.
void keepPdf(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(name);
    QFile::remove(target);
    QFile::copy(pdf, target);
}

} // namespace

TEST_CASE("Disclosures: a finance disclosure with two items typed into the dialog", "[gui][disclosures]")
{
    DisclosureLedger f;
    QWidget host;
    host.resize(1000, 800);
    host.show();
    QPointer<DisclosureDialog> dialog = new DisclosureDialog(f.context.get(), f.village, 0, &host);
    dialog->open();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    auto *kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(DisclosureKind::Finance)));
    child<QSpinBox>(dialog, "periodYearSpin")->setValue(2026);
    auto *period = child<QComboBox>(dialog, "periodCombo");
    REQUIRE(period->count() == 12); // a month picker for finance
    period->setCurrentIndex(9);      // October
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    CHECK(title->text().contains(QStringLiteral("公开村")));
    CHECK(title->text().contains(QStringLiteral("2026-10")));
    CHECK(child<QLabel>(dialog, "periodRangeLabel")->text().contains(QStringLiteral("2026-10-31")));
    title->clear();
    type(title, QStringLiteral("公开村2026年10月财务收支公开"));
    type(child<QPlainTextEdit>(dialog, "contentEdit"), QStringLiteral("现将本村10月财务收支情况公开如下。"));

    // Income: the 2024 accounting system splits 发包及上交收入 into 发包收入 and 上交收入.
    auto *direction = child<QComboBox>(dialog, "itemDirectionCombo");
    auto *category = child<QComboBox>(dialog, "itemCategoryCombo");
    auto *name = child<QLineEdit>(dialog, "itemNameEdit");
    auto *amount = child<QLineEdit>(dialog, "itemAmountEdit");
    direction->setCurrentIndex(direction->findData(1));
    REQUIRE(category->findText(QStringLiteral("发包收入")) >= 0);
    CHECK(category->findText(QStringLiteral("发包及上交收入")) < 0);
    category->setCurrentIndex(category->findText(QStringLiteral("发包收入")));
    type(name, QStringLiteral("鱼塘承包费"));
    type(amount, QStringLiteral("12,500.5"));
    QTest::keyClick(amount, Qt::Key_Return); // Enter adds the item, it does not save
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    REQUIRE(dialog->itemsModel()->rowCount() == 1);

    // An amount with three decimals is refused where it is typed.
    direction->setCurrentIndex(direction->findData(0));
    REQUIRE(category->findText(QStringLiteral("公益支出")) >= 0);
    category->setCurrentIndex(category->findText(QStringLiteral("公益支出")));
    type(name, QStringLiteral("路灯维修"));
    type(amount, QStringLiteral("380.005"));
    QTest::mouseClick(child<QPushButton>(dialog, "addItemButton"), Qt::LeftButton);
    CHECK(dialog->itemsModel()->rowCount() == 1);
    CHECK(child<QLabel>(dialog, "itemError")->text().contains(QStringLiteral("two decimals")));
    amount->clear();
    type(amount, QStringLiteral("380"));
    QTest::mouseClick(child<QPushButton>(dialog, "addItemButton"), Qt::LeftButton);
    REQUIRE(dialog->itemsModel()->rowCount() == 2);
    CHECK(dialog->itemsModel()->incomeFen() == 1'250'050);
    CHECK(dialog->itemsModel()->expenseFen() == 38'000);
    const QString totals = child<QLabel>(dialog, "totalsLabel")->text();
    INFO(totals.toStdString());
    CHECK(totals.contains(QStringLiteral("12,500.50")));
    CHECK(totals.contains(QStringLiteral("380.00")));
    CHECK(totals.contains(QStringLiteral("12,120.50")));

    // Channels: the bulletin board is ticked; another one is typed.
    auto *channels = child<QListWidget>(dialog, "channelsList");
    CHECK(channels->item(0)->checkState() == Qt::Checked);
    auto *channelEdit = child<QLineEdit>(dialog, "channelEdit");
    type(channelEdit, QStringLiteral("村广播"));
    QTest::keyClick(channelEdit, Qt::Key_Return);
    REQUIRE(dialog);
    type(child<QLineEdit>(dialog, "signedByEdit"), QStringLiteral("陈守正"));
    type(child<QLineEdit>(dialog, "supervisionOpinionEdit"), QStringLiteral("账目清楚，同意公开"));
    settle();
    test::saveScreenshot(dialog, QStringLiteral("disclosures-finance-dialog"));

    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
    CHECK_FALSE(dialog); // saved and closed

    DisclosureRepository repo(f.ledger());
    const QList<Disclosure> stored = repo.ofVillage(f.village);
    REQUIRE(stored.size() == 1);
    const std::optional<Disclosure> d = repo.get(stored.first().id);
    REQUIRE(d);
    CHECK(d->kind == DisclosureKind::Finance);
    CHECK(d->periodStart == QDate(2026, 10, 1));
    CHECK(d->periodEnd == QDate(2026, 10, 31));
    CHECK(d->title == QStringLiteral("公开村2026年10月财务收支公开"));
    CHECK(d->postedOn == test::fixedToday());
    CHECK(d->channels == QStringList{QStringLiteral("公开栏"), QStringLiteral("村广播")});
    CHECK(d->signedBy == QStringLiteral("陈守正"));
    CHECK(d->supervisionOpinion == QStringLiteral("账目清楚，同意公开"));
    REQUIRE(d->items.size() == 2);
    CHECK(d->items[0].category == QStringLiteral("发包收入"));
    CHECK(d->items[0].amountFen == 1'250'050);
    CHECK_FALSE(d->items[1].income);
    CHECK(d->incomeFen() == 1'250'050);
    CHECK(d->expenseFen() == 38'000);

    // One undo step takes it away, redo brings it back with its items.
    f.context->undoStack()->undo();
    CHECK(repo.ofVillage(f.village).isEmpty());
    f.context->undoStack()->redo();
    REQUIRE(repo.get(d->id));
    CHECK(repo.get(d->id)->items.size() == 2);

    SECTION("the village's tab lists it and edits it")
    {
        DisclosuresTab tab(f.context.get());
        tab.resize(1100, 400);
        tab.setVillage(f.village);
        tab.show();
        REQUIRE(tab.model()->rowCount() == 1);
        CHECK(tab.currentDisclosureId() == d->id);
        CHECK(tab.model()->data(tab.model()->index(0, DisclosureModel::State)).toString() == QStringLiteral("Done late")); // October was due on 11-10
        QTest::keyClick(tab.view(), Qt::Key_Return);
        auto *edit = tab.findChild<DisclosureDialog *>();
        REQUIRE(edit);
        CHECK(edit->itemsModel()->rowCount() == 2);
        CHECK(child<QLabel>(edit, "totalsLabel")->text().contains(QStringLiteral("12,120.50")));
        edit->reject();
        settle();
    }
}

TEST_CASE("Disclosures: the progress page shows overdue cells and records a missing one", "[gui][disclosures]")
{
    DisclosureLedger f(true);
    DisclosureProgressPage page(f.context.get());
    page.resize(1280, 620);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy opened(&page, &DisclosureProgressPage::openDisclosure);

    DisclosureProgressModel *model = page.model();
    CHECK(model->rowCount() == 12);
    CHECK(model->columnCount() == 14); // village, 12 months, overdue
    CHECK(model->count(DueItem::State::Done) > 0);
    test::saveScreenshot(&page, QStringLiteral("disclosures-progress-finance"));

    page.setKindIndex(1); // village affairs, by quarter
    REQUIRE(model->kind() == DisclosureKind::Affairs);
    CHECK(model->columnCount() == 6);
    // The demo has one village that did not post last quarter's village affairs.
    REQUIRE(model->count(DueItem::State::Overdue) == 1);
    QModelIndex overdue;
    for (int r = 0; r < model->rowCount() && !overdue.isValid(); ++r)
        for (int c = 1; c <= model->periodCount(); ++c)
            if (model->index(r, c).data(DisclosureProgressModel::StateRole).toInt() == int(DueItem::State::Overdue))
                overdue = model->index(r, c);
    REQUIRE(overdue.isValid());
    CHECK(overdue.column() == 3); // Q3 2026
    CHECK(model->index(overdue.row(), model->overdueColumn()).data().toInt() == 1);
    CHECK(overdue.data(Qt::BackgroundRole).value<QColor>() == DisclosureModel::stateBackground(DueItem::State::Overdue));
    test::saveScreenshot(&page, QStringLiteral("disclosures-progress-affairs"));

    // A cell with a disclosure opens it (the main window listens).
    QModelIndex done = model->index(overdue.row() == 0 ? 1 : 0, 1);
    REQUIRE(done.data(DisclosureProgressModel::DisclosureIdRole).toLongLong() > 0);
    page.view()->setCurrentIndex(done);
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(1).toLongLong() == done.data(DisclosureProgressModel::DisclosureIdRole).toLongLong());

    // Double-clicking the empty (overdue) cell opens a new disclosure, filled in.
    QTableView *view = page.view();
    view->scrollTo(overdue);
    const QPoint at = view->visualRect(overdue).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QPointer<DisclosureDialog> dialog = page.findChild<DisclosureDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QString village = model->village(overdue.row()).name;
    CHECK(child<QComboBox>(dialog, "kindCombo")->currentData().toInt() == int(DisclosureKind::Affairs));
    CHECK(child<QSpinBox>(dialog, "periodYearSpin")->value() == 2026);
    CHECK(child<QComboBox>(dialog, "periodCombo")->count() == 4);
    CHECK(child<QComboBox>(dialog, "periodCombo")->currentIndex() == 2);
    CHECK(child<QLineEdit>(dialog, "titleEdit")->text() ==
          DisclosureDialog::suggestedTitle(village, DisclosureKind::Affairs, QDate(2026, 7, 1)));
    CHECK(child<QLineEdit>(dialog, "titleEdit")->text().contains(village));
    CHECK_FALSE(child<QWidget>(dialog, "itemsBox")->isVisible()); // no finance table for village affairs
    type(child<QPlainTextEdit>(dialog, "contentEdit"), QStringLiteral("一、本季度村级重大事项办理情况。"));
    settle();
    test::saveScreenshot(dialog, QStringLiteral("disclosures-prefilled-dialog"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
    CHECK_FALSE(dialog);
    // Posted today, after its due date: the cell turns to "done late".
    CHECK(model->count(DueItem::State::Overdue) == 0);
    CHECK(model->index(overdue.row(), overdue.column()).data(DisclosureProgressModel::StateRole).toInt() ==
          int(DueItem::State::DoneLate));

    // The village's own register lists it with the others.
    DisclosuresTab tab(f.context.get());
    tab.resize(1100, 480);
    tab.setVillage(model->village(overdue.row()).id);
    tab.show();
    settle();
    CHECK(tab.model()->rowCount() > 10);
    CHECK(child<QPushButton>(&tab, "printNoticeButton")->isEnabled());
    test::saveScreenshot(&tab, QStringLiteral("disclosures-tab"));
}

TEST_CASE("Disclosures: the templates dialog refuses a broken template with the reason", "[gui][disclosures]")
{
    DisclosureLedger f;
    QWidget host;
    host.show();
    QPointer<NoticeTemplatesDialog> dialog = new NoticeTemplatesDialog(f.context.get(), &host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->selectKind(NoticeKind::Resolution);
    auto *body = child<QPlainTextEdit>(dialog, "bodyEdit");
    auto *error = child<QLabel>(dialog, "templateError");
    CHECK(body->toPlainText() == NoticeTemplates::defaults(NoticeKind::Resolution).body);
    CHECK_FALSE(error->isVisible());
    CHECK(child<QListWidget>(dialog, "placeholdersList")->count() ==
          NoticeTemplates::placeholders(NoticeKind::Resolution).size());

    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    type(body, QStringLiteral("{{villagee}}"));
    // At once, while typing, not on a blank page later.
    REQUIRE(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("unknown placeholder {{villagee}}")));
    CHECK(error->text().contains(QStringLiteral("line")));
    settle();
    test::saveScreenshot(dialog, QStringLiteral("disclosures-templates-broken"));

    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(error->text().contains(QStringLiteral("Not saved")));
    CHECK(NoticeTemplates::load(f.ledger(), NoticeKind::Resolution).body == NoticeTemplates::defaults(NoticeKind::Resolution).body);

    // An unclosed brace names the line.
    body->setPlainText(QStringLiteral("第一行\n{{village"));
    CHECK(error->text().contains(QStringLiteral("line 2")));

    // Restore default, then a valid change of the finance title is saved as one undoable edit.
    QTest::mouseClick(child<QPushButton>(dialog, "restoreButton"), Qt::LeftButton);
    CHECK_FALSE(error->isVisible());
    dialog->selectKind(NoticeKind::Finance);
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    title->setText(QStringLiteral("{{village}}{{period}}财务收支公开"));
    CHECK_FALSE(error->isVisible());
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
    CHECK_FALSE(dialog);
    CHECK(NoticeTemplates::load(f.ledger(), NoticeKind::Finance).title == QStringLiteral("{{village}}{{period}}财务收支公开"));
    f.context->undoStack()->undo();
    CHECK(NoticeTemplates::load(f.ledger(), NoticeKind::Finance).title == NoticeTemplates::defaults(NoticeKind::Finance).title);
}

TEST_CASE("Disclosures: notices of the township printed to one PDF, a page per notice", "[gui][disclosures]")
{
    DisclosureLedger f(true);
    QStringList problems;
    const QList<NoticeDocument> notices = NoticeBuilder::dueWithin(f.ledger(), f.context->today(), 7, &problems);
    REQUIRE(notices.size() >= 2);

    const QString pdf = f.tmp.file(QStringLiteral("batch.pdf"));
    QString error;
    REQUIRE(NoticePrinter::writePdf(pdf, f.context.get(), notices, &error));
    INFO(error.toStdString());
    CHECK(pdfPages(pdf) >= notices.size());
    keepPdf(pdf, QStringLiteral("disclosures-batch.pdf"));
    CHECK(NoticePrinter::suggestedFileName(notices, f.context->today()).endsWith(QStringLiteral(".pdf")));

    // A finance disclosure's own notice, with its table.
    qint64 financeId = 0;
    for (const Disclosure &d : DisclosureRepository(f.ledger()).all())
        if (d.kind == DisclosureKind::Finance && d.periodStart == QDate(2026, 10, 1))
            financeId = d.id;
    REQUIRE(financeId > 0);
    NoticeDocument finance;
    REQUIRE(NoticeBuilder::forDisclosure(f.ledger(), financeId, f.context->today(), &finance, &error));
    const QString single = f.tmp.file(QStringLiteral("finance.pdf"));
    REQUIRE(NoticePrinter::writePdf(single, f.context.get(), {finance}, &error));
    CHECK(pdfPages(single) >= 1);
    keepPdf(single, QStringLiteral("disclosures-finance-notice.pdf"));

    // The batch dialog lists the same notices, all ticked.
    QWidget host;
    host.resize(1000, 800);
    host.show();
    auto *batch = new BatchNoticesDialog(f.context.get(), &host);
    batch->setAttribute(Qt::WA_DeleteOnClose);
    batch->open();
    REQUIRE(QTest::qWaitForWindowExposed(batch));
    CHECK(batch->notices().size() == notices.size());
    CHECK(batch->checkedNotices().size() == notices.size());
    CHECK(child<QListWidget>(batch, "noticesList")->count() == notices.size());
    test::saveScreenshot(batch, QStringLiteral("disclosures-batch-dialog"));
    QTest::mouseClick(child<QPushButton>(batch, "selectNoneButton"), Qt::LeftButton);
    CHECK_FALSE(child<QPushButton>(batch, "savePdfButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(batch, "selectAllButton"), Qt::LeftButton);
    CHECK(child<QPushButton>(batch, "savePdfButton")->isEnabled());

    // The print preview of the finance notice.
    NoticePrinter::preview(&host, f.context.get(), {finance});
    auto *preview = host.findChild<QPrintPreviewDialog *>(QStringLiteral("NoticePreviewDialog"));
    REQUIRE(preview);
    REQUIRE(QTest::qWaitForWindowExposed(preview));
    settle();
    test::saveScreenshot(preview, QStringLiteral("disclosures-print-preview"));
    preview->reject();
    batch->reject();
    settle();
}

TEST_CASE("Disclosures: a notice that cannot be made says why", "[gui][disclosures]")
{
    DisclosureLedger f;
    Matter m;
    m.villageId = f.village;
    m.title = QStringLiteral("村内道路硬化");
    m.category = QStringLiteral("project");
    const Saved s = MatterRepository(f.ledger()).insert(m);
    REQUIRE(s.ok());
    QWidget host;
    host.show();
    // Told in a box that does not wait for the clerk.
    NoticePrinter::previewMatter(&host, f.context.get(), s.id, NoticeKind::Resolution);
    CHECK(MessageBox::lastText().contains(QStringLiteral("has no resolution yet")));
    auto *box = host.findChild<QMessageBox *>();
    REQUIRE(box);
    CHECK(box->text() == MessageBox::lastText());
    CHECK(host.findChild<QPrintPreviewDialog *>() == nullptr);
    box->close();
    settle();
    // Answered beforehand, it is not shown.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    NoticePrinter::previewMatter(&host, f.context.get(), s.id, NoticeKind::Resolution);
    CHECK(MessageBox::pendingAnswers() == 0);
    CHECK(MessageBox::lastText().contains(QStringLiteral("has no resolution yet")));
    CHECK(host.findChildren<QMessageBox *>().size() <= 1); // the first one, if not yet deleted
    settle();
}

TEST_CASE("Disclosures: the settings dialog keeps due days and notice fonts as one edit", "[gui][disclosures]")
{
    DisclosureLedger f;
    QWidget host;
    host.show();
    auto *dialog = new DisclosureSettingsDialog(f.context.get(), &host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *bodyFont = child<QFontComboBox>(dialog, "bodyFontCombo");
    CHECK(bodyFont->currentText() == QStringLiteral("Noto Serif CJK SC"));
    child<QSpinBox>(dialog, "financeDueSpin")->setValue(15);
    test::saveScreenshot(dialog, QStringLiteral("disclosures-settings"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
    CHECK(SettingsStore(f.ledger()).disclosure().financeDueDays == 15);
    CHECK(NoticeRenderer::fonts(f.ledger()).bodyFamily == QStringLiteral("Noto Serif CJK SC"));
    f.context->undoStack()->undo();
    CHECK(SettingsStore(f.ledger()).disclosure().financeDueDays == 10);
}
