// "导出 Excel" and personal data: every text cell masked, free text included; the deliberate
// "with full ID and phone numbers" export asks first and is recorded in the audit trail.
#include "TestSupport.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/TableExporter.h"
#include "shell/LedgerContext.h"
#include "storage/AuditTrail.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>

using namespace tl;
using namespace tl::ui;

namespace {
QString workbookText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Table
{
    QWidget page;
    QTableView *view = new QTableView(&page);
    QStandardItemModel model{0, 3};
    QAction *action = nullptr;

    Table()
    {
        model.setHorizontalHeaderLabels({QStringLiteral("户主"), QStringLiteral("身份证号"), QStringLiteral("备注")});
        model.appendRow({new QStandardItem(QStringLiteral("张三")), new QStandardItem(QStringLiteral("37130219900101123X")),
                         new QStandardItem(QStringLiteral("外出务工，联系电话：138-0013-8000。"))});
        model.appendRow({new QStandardItem(QStringLiteral("李四")), new QStandardItem(QStringLiteral("371302680808555")),
                         new QStandardItem(QStringLiteral("+86 139 0013 9000"))});
        view->setModel(&model);
        action = TableExporter::addExportAction(view, &page, QStringLiteral("户籍"));
    }
};

bool holdsFullNumbers(const QString &text)
{
    return text.contains(QStringLiteral("37130219900101123X")) && text.contains(QStringLiteral("371302680808555"))
        && text.contains(QStringLiteral("138-0013-8000")) && text.contains(QStringLiteral("+86 139 0013 9000"));
}

int exportRows(Ledger &ledger)
{
    AuditFilter f;
    f.source = QStringLiteral("export");
    return AuditTrail::count(ledger, f);
}
} // namespace

TEST_CASE("table export: ID and mobile numbers are masked, also inside free text", "[export][masking]")
{
    test::TempDir tmp;
    Table t;
    const QString path = tmp.file(QStringLiteral("masked.xlsx"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Close); // "Saved …"
    t.action->trigger();
    REQUIRE(TableExporter::lastExportPath() == path);
    const QString text = workbookText(path);
    CHECK(text.contains(QStringLiteral("371302********123X")));
    CHECK(text.contains(QStringLiteral("371302******555")));
    CHECK(text.contains(QStringLiteral("联系电话：138****8000。")));
    CHECK(text.contains(QStringLiteral("139****9000")));
    CHECK_FALSE(text.contains(QStringLiteral("0013")));
    CHECK_FALSE(text.contains(QStringLiteral("19900101")));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

TEST_CASE("table export with full ID and phone numbers: asked, recorded, refused without a ledger", "[export][masking]")
{
    test::TempDir tmp;
    Table t;
    QAction *full = TableExporter::fullExportActionOf(t.action);
    REQUIRE(full);
    CHECK(full->text() == TableExporter::tr("Export to Excel with full ID and phone numbers…"));
    CHECK(t.view->actions().contains(full));
    CHECK_FALSE(TableExporter::exportActions(&t.page).contains(full)); // the masked one is "the" export
    CHECK(TableExporter::viewOf(full) == t.view);
    const QString path = tmp.file(QStringLiteral("full.xlsx"));

    SECTION("no ledger open: refused, nothing written")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        full->trigger();
        CHECK(MessageBox::pendingAnswers() == 0);
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(TableExporter::lastExportError().isEmpty());
        CHECK_FALSE(TableExporter::exportViewTo(path, t.view, QStringLiteral("户籍"), TableExporter::PersonalData::Full));
        CHECK_FALSE(QFile::exists(path));
    }

    SECTION("with a ledger: the clerk confirms, the file holds the numbers, the trail records it")
    {
        LedgerContext context(test::newLedger(tmp.file(QStringLiteral("t.ledger"))));
        Ledger &ledger = context.ledger();
        const int before = exportRows(ledger);

        // Declined: nothing written, nothing recorded.
        FileDialog::clearAnswers();
        MessageBox::setNextAnswer(QMessageBox::No);
        full->trigger();
        CHECK(MessageBox::pendingAnswers() == 0);
        CHECK(MessageBox::lastText().contains(QStringLiteral("含完整身份证号和电话")));
        CHECK_FALSE(QFile::exists(path));
        CHECK(exportRows(ledger) == before);

        // Confirmed.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Close); // "Saved …"
        full->trigger();
        INFO(TableExporter::lastExportError().toStdString());
        REQUIRE(TableExporter::lastExportPath() == path);
        CHECK(MessageBox::pendingAnswers() == 0);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        CHECK(holdsFullNumbers(workbookText(path)));

        REQUIRE(exportRows(ledger) == before + 1);
        AuditFilter f;
        f.source = QStringLiteral("export");
        const QList<AuditEntry> entries = AuditTrail::entries(ledger, f);
        REQUIRE(entries.size() == 1);
        const AuditEntry &e = entries.constFirst();
        CHECK(e.table == QStringLiteral("export_log"));
        CHECK(e.action == QStringLiteral("insert"));
        CHECK(e.newValue.contains(QStringLiteral("full.xlsx")));
        CHECK(e.newValue.contains(QStringLiteral("户籍")));
        CHECK(e.at.isValid());
        CHECK_FALSE((e.osUser.isEmpty() && e.clerk.isEmpty()));
    }

    SECTION("a read-only ledger cannot record it: the file is not left behind")
    {
        const QString file = tmp.file(QStringLiteral("ro.ledger"));
        test::newLedger(file).reset();
        auto opened = Ledger::open(file, Ledger::Access::ReadOnly);
        REQUIRE(opened.ledger);
        LedgerContext context(std::move(opened.ledger));
        const Result<void> r =
            TableExporter::exportViewTo(path, t.view, QStringLiteral("户籍"), TableExporter::PersonalData::Full);
        CHECK_FALSE(r);
        CHECK_FALSE(QFile::exists(path));
    }
}
