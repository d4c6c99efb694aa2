#pragma once

#include "import/ImportSchema.h"
#include "import/sheets/SheetSource.h"
#include "matters/Deliberation.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>

namespace tl {

class Ledger;

enum class DuplicatePolicy { Update, Skip, KeepBoth };

struct ImportOptions
{
    ImportKind kind = ImportKind::Households;
    bool createVillages = false;       // a row naming an unknown village creates it
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    QDate today;                       // default post start, reserve "added" date; null = current date
    QString clerk;                     // recorded in the import log
    // Members in post since after the running term of their body ended (a roster after a 换届):
    // the change of term is recorded on this date and the next terms opened from it. Null: such
    // rows are refused, and termChangeOffers() names their villages.
    QDate newTermFrom;
};

// One data row of the sheet and what the import makes of it.
struct ImportRow
{
    enum class Verdict { Ok, Note, Duplicate, Rejected, Skipped }; // Skipped: a totals or notes row
    int sourceRow = 0;       // as the clerk sees it in the sheet
    QVariantList cells;      // the original cells, for the error workbook
    Verdict verdict = Verdict::Ok;
    QString column;          // the header of the column at fault (rejected)
    QString reason;          // translated (rejected)
    QStringList notes;       // translated (ok with a note, duplicate)
    QStringList findings;    // translated: what the rules make of the record as imported (matters)
    qint64 existingId = 0;   // the record a duplicate matches
};

struct ImportCounts
{
    int read = 0;
    int imported = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
};

// Import of one sheet, in the window's four steps:
//   read()    streams the sheet, finds the header row and maps columns to fields;
//   the clerk may change the mapping (setMapping);
//   analyse() gives every row its verdict without changing the ledger (a trial run inside a
//             transaction that is rolled back, so the verdicts are the repositories' own);
//   commit()  writes every accepted row in one transaction — all or nothing — after a backup,
//             and keeps an entry in the import log.
// The command line, with no preview to show, reads the header rows and then calls importAll():
// the same verdicts and the same writes in one pass.
// Rejected rows can be written to an error workbook with their original cells and the reason.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    using Progress = std::function<bool(int done, int total)>; // false cancels

    Importer(Ledger &ledger, ImportOptions options);
    ~Importer();

    const ImportOptions &options() const { return m_options; }
    void setOptions(const ImportOptions &options) { m_options = options; }

    // Head: only the first rows, where the header is looked for, are read; the rows are not
    // counted. Enough before importAll(), which reads the whole sheet anyway.
    enum class ReadScope { Whole, Head };
    SheetSource::Result read(const QString &path, const QString &sheet, QString *error, const Progress &progress = {},
                             ReadScope scope = ReadScope::Whole);
    const ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping) { m_mapping = mapping; }
    QString sheet() const { return m_sheet; }
    QString path() const { return m_path; }

    // False when cancelled, or when a required column is not mapped (*error names it).
    bool analyse(QString *error, const Progress &progress = {});
    const QList<ImportRow> &rows() const { return m_rows; }
    QStringList newVillages() const { return m_newVillages; }
    QStringList newGrids() const { return m_newGrids; }   // "village / grid"
    QStringList newPeople() const { return m_newPeople; } // "village / name"
    int count(ImportRow::Verdict verdict) const;
    // Villages whose roster starts after the running term ended, with the earliest such 任职时间:
    // the date to offer for opening the next term (ImportOptions::newTermFrom).
    QMap<QString, QDate> termChangeOffers() const { return m_termOffers; }
    // Source columns holding data that no field takes ("未使用的列"), as their headers (or the
    // column letter when the header is blank). 序号 columns are left out: a row number is no data.
    QStringList unusedColumns() const;
    // Source columns the program works out itself (参会比例 = 实到 / 应到): recognised, compared with
    // the counts (a note on the row when they disagree), never imported as data.
    QStringList derivedColumns() const { return m_derivedHeaders; }
    // The village a list of one village names in its title row ("成员 – 王家庄村") when the sheet has
    // no village column: every row is that village's. Empty when the sheet has the column.
    QString titleVillage() const { return m_titleVillage; }
    // A row of totals or notes (合计, 总计, 小计, 备注, 说明, 填表人, 审核人 …): the word it starts with, or empty.
    static QString notARecord(const QVariantList &cells);

    // Writes the accepted rows (analyse() first). False with *error when cancelled ("cancelled")
    // or failed; the ledger is then unchanged. *backupPath receives the backup taken before.
    bool commit(ImportCounts *counts, QString *error, const Progress &progress = {}, QString *backupPath = nullptr);
    // analyse() and commit() in one pass over the sheet, for the command line, where nobody looks
    // at a preview in between: after the backup, every row is given the verdict analyse() would
    // give it and the accepted ones are written, in one transaction. newVillages(),
    // unusedColumns() … then tell what was done; rows() holds the first rows and, beyond them,
    // only those not imported as they are (rejected, skipped, duplicates) or with findings, so a
    // sheet of a million rows is not kept row by row. False (ledger unchanged) as for commit().
    bool importAll(ImportCounts *counts, QString *error, const Progress &progress = {}, QString *backupPath = nullptr);

    // The rejected rows with their original cells under the sheet's header, and a reason column.
    bool writeErrors(const QString &path, QString *error) const;

    struct LogEntry
    {
        qint64 id = 0;
        QDateTime at;
        QString kind;
        QString file;
        QString sheet;
        ImportCounts counts;
        QString clerk;
    };
    static QList<LogEntry> log(Ledger &ledger);

    // The reason recorded on a step imported out of order ("按原始台账导入").
    static QString importOverrideReason();
    // A finding as the import lists it, naming its step ("第3步（党员大会审议）：…").
    static QString findingText(const Deliberation::Defect &defect);

private:
    struct Parsed;
    enum class Pass { Check, Write, CheckAndWrite };
    bool prepare(QString *error);                      // the mapping is complete: analyse's first half
    void listColumns();                                // unused and derived columns, after a check
    bool backUp(QString *error, QString *backupPath);
    bool run(Pass pass, ImportCounts *counts, QString *error, const Progress &progress);
    std::unique_ptr<Parsed> parseRow(const QVariantList &cells) const;
    QString header(const QString &key) const;

    Ledger &m_ledger;
    ImportOptions m_options;
    QString m_path;
    QString m_sheet;
    ColumnMapping m_mapping;
    QList<QPair<int, QVariantList>> m_head; // the first rows read, where the header is looked for
    int m_rowCount = 0;                     // non-blank rows in the sheet, header and titles included
    QList<ImportRow> m_rows;                // one per data row, from the check
    QVector<bool> m_columnHasData;
    QStringList m_newVillages, m_newGrids, m_newPeople;
    QStringList m_unused;
    QStringList m_derivedHeaders;
    QString m_titleVillage; // the village a one-village list names in its title row (no village column)
    QList<QPair<int, int>> m_derived; // 参会比例 column → the step (1–4) whose counts it restates
    QMap<QString, QDate> m_termOffers;
    bool m_analysed = false;
};

} // namespace tl
