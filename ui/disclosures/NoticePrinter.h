#pragma once

#include "disclosures/Notices.h"

#include <QList>
#include <QString>

class QWidget;

namespace tl::ui {

class LedgerContext;

// Printed notices (公告/公示) on paper or as PDF, laid out by core's NoticeRenderer in the
// GB/T 9704 page layout with the fonts chosen in the ledger's settings. One notice per page (a
// long one continues). Long work shows a progress dialog that can be cancelled.
class NoticePrinter
{
    Q_DECLARE_TR_FUNCTIONS(NoticePrinter)
public:
    // A print preview (window-modal, returns at once); it can print from there.
    static void preview(QWidget *parent, LedgerContext *context, const QList<NoticeDocument> &notices);
    // The print dialog, then one print job with every notice (window-modal, returns at once).
    static void print(QWidget *parent, LedgerContext *context, const QList<NoticeDocument> &notices);
    // Asks for a file name, then writes one PDF. False when cancelled or failed (the failure is shown).
    static bool savePdf(QWidget *parent, LedgerContext *context, const QList<NoticeDocument> &notices);
    // Writes one PDF without asking (progress shown under `parent` when it is not null). False with
    // *error when cancelled or failed; an existing file is then left as it was.
    static bool writePdf(const QString &path, LedgerContext *context, const QList<NoticeDocument> &notices,
                         QString *error, QWidget *parent = nullptr);

    // The notice of a matter's resolution or result; a clear message when it cannot be made yet.
    static void previewMatter(QWidget *parent, LedgerContext *context, qint64 matterId, NoticeKind kind);
    // The notice of a disclosure (the finance table, or a village/party affairs notice).
    static void previewDisclosure(QWidget *parent, LedgerContext *context, qint64 disclosureId);

    // A file name for the notices, e.g. "石桥村 3月财务公开.pdf" or "公告 2026-11-23 (12).pdf".
    static QString suggestedFileName(const QList<NoticeDocument> &notices, const QDate &today);
};

} // namespace tl::ui
