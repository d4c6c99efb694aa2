#pragma once

#include "model/Result.h"
#include "reports/TableExport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QAbstractItemView;
class QAction;
class QObject;
class QPushButton;
class QWidget;

namespace tl::ui {

// "导出 Excel…" for any table or tree the program shows: exactly what the view shows, through
// its model (a proxy's filter and order applied), visible columns in their on-screen order,
// the header texts as shown. Each cell keeps its type:
//  - ExportRole when the model provides it (a typed value: number, QDate, or text);
//  - else Qt::EditRole when it is a number or a date and the cell shows digits (an enum behind
//    a word, or a full phone behind a masked one, is never exported instead of the text shown);
//  - else the text shown, read as a number when it is one ("1,234.50") and as a date when it
//    is an ISO date; ID numbers, phones and codes with leading zeros stay text.
// Long tables (a lazy model of 200,000 households) are read row by row under a progress dialog
// that can be cancelled; a model that fetches more rows on demand (canFetchMore) is read to its
// end, so the workbook holds every row the filter lets through, not only those scrolled past.
// The workbook itself is written by core TableExport.
//
// Pages wire it with addExportAction (the view's context menu) and exportButton (their button
// row); the title, which names the file and the sheet, follows what the page shows.
//
// Personal data: every text cell is masked (ID and mobile numbers, also inside addresses, notes
// and summaries: Masking::freeText). The context menu also offers "Export to Excel with full ID
// and phone numbers…" (含完整身份证号和电话): it asks for confirmation (MessageBox) and is
// recorded in the ledger's audit trail (who, when, which file) through the recorder the open
// ledger sets (setFullExportRecorder); without one (no ledger, or one open read-only) it is
// refused, and a file that could not be recorded is removed again.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)
public:
    // A model may answer this role with the typed value of a cell for export.
    static constexpr int ExportRole = Qt::UserRole + 0x4558; // 'EX'

    // The title of an export, asked for when the export starts (e.g. "Members – 王家庄村").
    using TitleFunction = std::function<QString()>;

    using PersonalData = TableExport::PersonalData;

    // Asks for a file name (Documents/<title>.xlsx), exports, reports the outcome. False when
    // cancelled or failed (the clerk was told). Full asks for confirmation first and records the
    // export.
    static bool exportView(QWidget *parent, QAbstractItemView *view, const QString &title,
                           PersonalData personal = PersonalData::Masked);
    // Exports without asking (tests, scripts); Full is recorded as above (refused without a
    // recorder).
    static Result<void> exportViewTo(const QString &path, QAbstractItemView *view, const QString &title,
                                     PersonalData personal = PersonalData::Masked);

    // Records an export with full personal data (the file, what was exported, the rows): set by
    // the open ledger (LedgerContext), cleared when it closes.
    using FullExportRecorder = std::function<Result<void>(const QString &file, const QString &what, int rows)>;
    static void setFullExportRecorder(FullExportRecorder recorder);

    // An "Export to Excel…" action owned by `owner`. Added to the view's context menu when the
    // view has no custom one (ActionsContextMenu); returned so a page can put it on its toolbar
    // or in its own menu. The title used is the action's data() when a page sets a string there
    // later (e.g. the village shown), else `title`.
    static QAction *addExportAction(QAbstractItemView *view, QWidget *owner, const QString &title);
    // The same with a title computed when the action is triggered (the village or filter shown).
    static QAction *addExportAction(QAbstractItemView *view, QWidget *owner, TitleFunction title);
    // A button for a page's button row that triggers `action` (its icon, tooltip and enabled
    // state); `text` defaults to "E&xport to Excel…".
    static QPushButton *exportButton(QAction *action, QWidget *parent, const QString &text = {});

    // The "with full ID and phone numbers" companion of an action made by addExportAction (in the
    // view's context menu with it; a page with its own context menu adds it there).
    static QAction *fullExportActionOf(const QAction *action);

    // What an action made by addExportAction exports, and under which title now (nullptr / ""
    // for any other action).
    static QAbstractItemView *viewOf(const QAction *action);
    static QString titleOf(const QAction *action);
    // The (masked) export actions owned by `owner` and its children (tests: every list has one).
    static QList<QAction *> exportActions(const QObject *owner);

    // The last outcome of exportView: the file written, or the reason it was not ("" after a
    // cancel).
    static QString lastExportPath();
    static QString lastExportError();

    // What the view shows, as headers and typed rows; in a tree, rows below others are indented
    // in their first column. Shows a progress dialog under `parent` for long tables when
    // `parent` is given. Fails when cancelled there (Error::Kind::Cancelled) or when the model was
    // reset or reordered while it was read (the error says so: nothing half-read is exported).
    static Result<void> collect(QAbstractItemView *view, QStringList *headers, QList<QVariantList> *rows,
                                QWidget *progressParent = nullptr);
    // One cell's value as exported (see above).
    static QVariant cellValue(const QVariant &exportValue, const QVariant &editValue, const QVariant &displayValue);

    // "Saved to …" with a button that opens the folder.
    static void offerToOpenFolder(QWidget *parent, const QString &title, const QString &file);
    // A file name without characters Windows or Linux refuse.
    static QString safeFileName(const QString &name);
};

} // namespace tl::ui
