#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

class QColor;

namespace tl::ui {

// Every data row of a sheet being imported, with the verdict the trial run gave it: the sheet
// row number, the verdict (coloured), the column at fault, the reason or notes, then the row's
// original cells under the sheet's own headers. It reads Importer::rows() on demand and keeps
// nothing per row, so 200,000 rows cost no more than thirty.
//
// The importer's rows change when it reads or analyses again: call clear() before and
// setImporter() after, as the model holds no copy to fall back on.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceRowColumn, VerdictColumn, FaultColumn, ReasonColumn, FirstCellColumn };
    enum Roles {
        VerdictRole = Qt::UserRole + 1, // int(ImportRow::Verdict)
        SourceRowRole,
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setImporter(const Importer *importer); // resets the model; nullptr = empty
    void clear() { setImporter(nullptr); }
    const Importer *importer() const { return m_importer; }
    // Duplicates say what will become of them ("Duplicate: skipped").
    void setDuplicatePolicy(DuplicatePolicy policy);

    const ImportRow *importRow(int row) const;
    ImportRow::Verdict verdict(int row) const;
    // The model column of the sheet column at fault in a rejected row, or -1.
    int faultCellColumn(int row) const;

    static QString verdictText(ImportRow::Verdict verdict);
    static QString verdictText(ImportRow::Verdict verdict, DuplicatePolicy policy);
    static QColor verdictColour(ImportRow::Verdict verdict);
    // A cell as the clerk typed it: text unchanged, whole numbers without ".0", dates as dates.
    static QString cellText(const QVariant &cell);
    // Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
    static QString columnLetter(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Importer *m_importer = nullptr;
    DuplicatePolicy m_policy = DuplicatePolicy::Skip;
    QStringList m_headers;                // the sheet's headers, by column
    QHash<QString, int> m_columnOfHeader; // header text → sheet column (first one)
    int m_cellColumns = 0;
};

// Shows the rows of one verdict (or all) of an ImportPreviewModel.
class ImportPreviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, Rejected, Notes, Duplicates, Accepted };

    explicit ImportPreviewFilter(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace tl::ui
