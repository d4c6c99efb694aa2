#pragma once

// 公告/公示: notices produced from the records, in the spirit of GB/T 9704-2012 (A4, margins
// 37/35/28/26 mm, a heavy serif title, a serif body at 16 pt), with personal data masked.
// Rendering needs a QGuiApplication (fonts): the GUI has one, the command line makes an
// offscreen one for its notice commands.

#include "model/Saved.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPageLayout>
#include <QStringList>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace tl {

class Ledger;

enum class NoticeKind { Resolution, Result, Finance, General };

struct NoticeTemplate
{
    NoticeKind kind = NoticeKind::General;
    QString title; // with {{placeholders}}
    QString body;  // paragraphs separated by blank lines, with {{placeholders}}
};

// A notice ready to lay out: the title and the body as simple HTML.
struct NoticeDocument
{
    QString title;
    QString html;   // body paragraphs and tables
    QString issuer; // XX村民委员会 / XX村党支部
    QString date;   // date of issue, written out
    // The 村务监督委员会 line (DOMAIN.md §6): the member who reviewed the disclosure, or a blank to
    // sign by hand when none is recorded yet.
    QString supervision;
    QString name;   // for progress and errors: 村名 事项
};

struct NoticeFonts
{
    QString titleFamily = QStringLiteral("Noto Serif CJK SC");
    QString bodyFamily = QStringLiteral("Noto Serif CJK SC");
    double titlePt = 22; // 二号
    double bodyPt = 16;  // 三号
};

class NoticeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(NoticeTemplates)
public:
    static QString kindCode(NoticeKind k);
    static QString kindName(NoticeKind k);
    static NoticeTemplate defaults(NoticeKind kind);
    static QStringList placeholders(NoticeKind kind);
    // Unknown placeholders, unbalanced braces: a translated reason naming the line; empty when fine.
    static QString check(const NoticeTemplate &t);
    // Fills the placeholders; masks ID numbers and private mobile numbers in every value except
    // those listed in `keepWhole` (the supervision phone).
    static QString fill(const QString &text, const QHash<QString, QString> &values, const QStringList &keepWhole,
                        QString *error);
    // Kept in the ledger, editable by the clerk; the defaults when none was saved.
    static NoticeTemplate load(Ledger &ledger, NoticeKind kind);
    static bool save(Ledger &ledger, const NoticeTemplate &t, QString *error);
    // The template as stored (nullopt: none saved, the defaults apply), and putting exactly that
    // back without checking it again: what undo uses.
    static std::optional<NoticeTemplate> stored(Ledger &ledger, NoticeKind kind);
    static bool restore(Ledger &ledger, NoticeKind kind, const std::optional<NoticeTemplate> &stored, QString *error);
};

// Builds notices from records.
class NoticeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NoticeBuilder)
public:
    // kind Resolution or Result.
    static bool forMatter(Ledger &ledger, qint64 matterId, NoticeKind kind, const QDate &date, NoticeDocument *out,
                          QString *error);
    static bool forDisclosure(Ledger &ledger, qint64 disclosureId, const QDate &date, NoticeDocument *out,
                              QString *error);
    // Every notice due within `days` from `from`: matter disclosures whose deadline falls in the
    // window, and the month's/quarter's disclosures recorded with a posting date in it.
    static QList<NoticeDocument> dueWithin(Ledger &ledger, const QDate &from, int days, QStringList *errors);
};

class NoticeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRenderer)
public:
    using Progress = std::function<bool(int done, int total)>;
    // One notice per page (longer ones continue, tables repeat their header). Written to a
    // temporary file and moved into place.
    static bool toPdf(const QList<NoticeDocument> &notices, const QString &path, const NoticeFonts &fonts,
                      QString *error, const Progress &progress = {});
    // Lays the notices out on any paged device (a QPdfWriter, or a QPrinter for print and preview),
    // whose page size and margins the caller set (pageLayoutFor gives the GB/T 9704 layout).
    // Returns false when cancelled.
    static bool render(const QList<NoticeDocument> &notices, QPagedPaintDevice *device, int dpi,
                       const NoticeFonts &fonts, const Progress &progress = {});
    static QPageLayout pageLayout();
    // The full page HTML, for a paint device of `dpi` (the first-line indent is in device pixels).
    static QString html(const NoticeDocument &notice, const NoticeFonts &fonts, int dpi = 300);
    // The fonts chosen in the ledger's settings; until the clerk chooses, the first installed of the
    // official faces (仿宋_GB2312, FangSong … and 小标宋, 宋体 …), else Noto Serif CJK.
    static NoticeFonts fonts(Ledger &ledger);
    static NoticeFonts defaultFonts();
    static bool setFonts(Ledger &ledger, const NoticeFonts &fonts, QString *error);
};

} // namespace tl
