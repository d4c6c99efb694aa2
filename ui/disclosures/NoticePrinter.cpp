#include "disclosures/NoticePrinter.h"

#include "shell/LedgerContext.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "disclosures/NoticeLayout.h"

#include <QFileInfo>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>

#include <memory>

namespace tl::ui {

namespace {

// A progress dialog for laying out many notices; the returned callback answers false once the
// clerk pressed Cancel. Shown only when the work takes long enough to notice.
struct Progress
{
    std::unique_ptr<QProgressDialog> dialog;
    bool cancelled = false;

    Progress(QWidget *parent, int total, const QString &label)
    {
        if (!parent)
            return;
        dialog = std::make_unique<QProgressDialog>(label, NoticePrinter::tr("Cancel"), 0, total, parent);
        dialog->setObjectName(QStringLiteral("NoticeProgressDialog"));
        dialog->setWindowTitle(NoticePrinter::tr("Notices"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(total > 1 ? 300 : 800);
        dialog->setAutoClose(true);
        dialog->setAutoReset(false);
    }

    NoticeRenderer::Progress callback()
    {
        if (!dialog)
            return {};
        return [this](int done, int total) {
            if (dialog->wasCanceled()) {
                cancelled = true;
                return false;
            }
            dialog->setMaximum(total);
            dialog->setValue(done); // processes events while the dialog is window-modal
            dialog->setLabelText(NoticePrinter::tr("Laying out notice %1 of %2…").arg(std::min(done + 1, total)).arg(total));
            if (dialog->wasCanceled()) {
                cancelled = true;
                return false;
            }
            return true;
        };
    }
};

QPrinter *newPrinter(const QList<NoticeDocument> &notices)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(NoticeRenderer::pageLayout());
    printer->setCreator(QStringLiteral("Township Ledger"));
    printer->setDocName(notices.size() == 1 ? notices.first().title : NoticePrinter::tr("%n notice(s)", nullptr, int(notices.size())));
    return printer;
}

QString sanitized(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\n\\r\\t]")), QStringLiteral("_"));
    name = name.simplified();
    if (name.size() > 80)
        name = name.left(80);
    return name;
}

// "title 宋体, text 仿宋": the faces actually used on this computer.
QString fontsInUse(const NoticeFonts &chosen)
{
    const NoticeFonts f = NoticeLayout::effective(chosen);
    return NoticePrinter::tr("title in %1, text in %2").arg(f.titleFamily, f.bodyFamily);
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    MessageBox::notify(QMessageBox::Warning, parent, title, text);
}

} // namespace

QString NoticePrinter::suggestedFileName(const QList<NoticeDocument> &notices, const QDate &today)
{
    if (notices.size() == 1)
        return sanitized(notices.first().name.isEmpty() ? notices.first().title : notices.first().name) + QStringLiteral(".pdf");
    return sanitized(tr("Notices %1 (%n)", nullptr, int(notices.size())).arg(today.toString(Qt::ISODate))) +
           QStringLiteral(".pdf");
}

void NoticePrinter::preview(QWidget *parent, LedgerContext *context, const QList<NoticeDocument> &notices)
{
    if (notices.isEmpty()) {
        showError(parent, tr("Print preview"), tr("There is no notice to show."));
        return;
    }
    QPrinter *printer = newPrinter(notices);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("NoticePreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const NoticeFonts fonts = NoticeRenderer::fonts(context->ledger());
    dialog->setWindowTitle((notices.size() == 1 ? tr("Print preview – %1").arg(notices.first().title)
                                                : tr("Print preview – %n notice(s)", nullptr, int(notices.size()))) +
                           QStringLiteral(" – ") + fontsInUse(fonts));
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QPointer<QPrintPreviewDialog> guard(dialog);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [guard, notices, fonts](QPrinter *p) {
        // The preview paints again on every change of page setup; a printer keeps the notice layout.
        Progress progress(notices.size() > 3 ? guard.data() : nullptr, int(notices.size()),
                          tr("Laying out the notices…"));
        NoticeRenderer::render(notices, p, p->resolution(), fonts, progress.callback());
    });
    if (parent)
        dialog->resize(std::max(800, parent->window()->width() * 3 / 4), std::max(700, parent->window()->height() * 9 / 10));
    else
        dialog->resize(900, 800);
    dialog->open();
}

void NoticePrinter::print(QWidget *parent, LedgerContext *context, const QList<NoticeDocument> &notices)
{
    if (notices.isEmpty()) {
        showError(parent, tr("Print"), tr("There is no notice to print."));
        return;
    }
    // Shared: the dialog closes (and goes away) before the notices are sent to the printer.
    const std::shared_ptr<QPrinter> printer(newPrinter(notices));
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("NoticePrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const NoticeFonts fonts = NoticeRenderer::fonts(context->ledger());
    // The faces the notices are set in, so the clerk sees before printing what the paper will show.
    dialog->setWindowTitle(tr("Print %n notice(s)", nullptr, int(notices.size())) + QStringLiteral(" – ") + fontsInUse(fonts));
    QObject::connect(dialog, &QObject::destroyed, [printer] {});
    QPointer<QWidget> owner(parent);
    QObject::connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), dialog, [printer, owner, notices, fonts](QPrinter *p) {
        // GB/T 9704: A4 with its margins, whatever the printer's defaults.
        p->setPageLayout(NoticeRenderer::pageLayout());
        Progress progress(owner.data(), int(notices.size()), tr("Printing the notices…"));
        if (!NoticeRenderer::render(notices, p, p->resolution(), fonts, progress.callback())) {
            if (progress.cancelled) {
                p->abort();
                return;
            }
            showError(owner.data(), tr("Print"), tr("The notices could not be sent to the printer."));
        }
    });
    dialog->open();
}

bool NoticePrinter::writePdf(const QString &path, LedgerContext *context, const QList<NoticeDocument> &notices,
                             QString *error, QWidget *parent)
{
    Progress progress(parent, int(notices.size()), tr("Writing the notices to PDF…"));
    return NoticeRenderer::toPdf(notices, path, NoticeRenderer::fonts(context->ledger()), error, progress.callback());
}

bool NoticePrinter::savePdf(QWidget *parent, LedgerContext *context, const QList<NoticeDocument> &notices)
{
    if (notices.isEmpty()) {
        showError(parent, tr("Save as PDF"), tr("There is no notice to save."));
        return false;
    }
    const QString folder = QFileInfo(context->ledger().path()).absolutePath();
    QString path = FileDialog::getSaveFileName(parent, tr("Save notices as PDF"),
                                               folder + QLatin1Char('/') + suggestedFileName(notices, context->today()),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!writePdf(path, context, notices, &error, parent)) {
        showError(parent, tr("Save as PDF"), tr("The PDF was not saved: %1").arg(error));
        return false;
    }
    return true;
}

void NoticePrinter::previewMatter(QWidget *parent, LedgerContext *context, qint64 matterId, NoticeKind kind)
{
    NoticeDocument doc;
    QString error;
    if (!NoticeBuilder::forMatter(context->ledger(), matterId, kind, context->today(), &doc, &error)) {
        showError(parent, tr("Print notice"), tr("The %1 cannot be made: %2").arg(NoticeTemplates::kindName(kind), error));
        return;
    }
    preview(parent, context, {doc});
}

void NoticePrinter::previewDisclosure(QWidget *parent, LedgerContext *context, qint64 disclosureId)
{
    NoticeDocument doc;
    QString error;
    if (!NoticeBuilder::forDisclosure(context->ledger(), disclosureId, context->today(), &doc, &error)) {
        showError(parent, tr("Print notice"), tr("The notice cannot be made: %1").arg(error));
        return;
    }
    preview(parent, context, {doc});
}

} // namespace tl::ui
