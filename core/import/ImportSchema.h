#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace tl {

// The four lists a clerk brings in from spreadsheets.
enum class ImportKind { Villages, Members, Households, Matters };

// One field of a kind: its key (the repositories' field names where they exist, so a refusal
// from a repository names the right column), its label, and the header names clerks use.
struct ImportField
{
    QString key;
    QString label;      // translated
    QStringList names;  // normalised header texts that mean this field (synonyms)
    bool required = false;
};

// Which sheet column holds each field (-1 = not in the sheet).
struct ColumnMapping
{
    int headerRow = 0;      // sheet row number of the header (its last row); 0 = none found
    int headerRows = 1;     // 2: a step name row over a sub-column row (merged cells)
    QStringList headers;    // the header texts as in the sheet, by column
    QVector<int> columns;   // per field of ImportSchema::fields(kind)

    int column(int field) const { return field >= 0 && field < columns.size() ? columns.at(field) : -1; }
};

class ImportSchema
{
    Q_DECLARE_TR_FUNCTIONS(ImportSchema)
public:
    static const QList<ImportField> &fields(ImportKind kind);
    static int fieldIndex(ImportKind kind, QAnyStringView key); // -1 when unknown
    static QString kindName(ImportKind kind);                   // translated, e.g. "households"
    static QString kindCode(ImportKind kind);                   // villages, members, households, matters
    static std::optional<ImportKind> kindFromCode(const QString &code);

    // Header text without blanks, marks (*, ※), units in brackets and full-width forms:
    // " 户主身份证号码* " → "户主身份证号码", "集体经济收入（万元）" → "集体经济收入".
    static QString normalizeHeader(const QString &header);
    // A column the program works out itself (参会比例 = 实到 / 应到, under a step or alone; 年龄
    // from the date of birth): it is recognised, checked against the counts where it restates
    // them, and never imported as data.
    static bool isDerivedHeader(const QString &header);
    // The field a header names, or -1.
    static int matchHeader(ImportKind kind, const QString &header);

    // A header of two rows as detect() writes it ("党员大会审议·实到"): the field it names, or -1.
    static int matchCombinedHeader(ImportKind kind, const QString &header);

    // Finds the header among the first rows (the row naming the most fields; title rows above
    // it are skipped) and maps each field to its column. headerRow = 0 when no row names at
    // least two fields.
    static ColumnMapping detect(ImportKind kind, const QList<QPair<int, QVariantList>> &firstRows);
    // Missing required fields, as translated labels.
    static QStringList missingRequired(ImportKind kind, const ColumnMapping &mapping);
};

} // namespace tl
