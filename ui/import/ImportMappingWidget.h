#pragma once

#include "import/ImportSchema.h"

#include <QWidget>

#include <functional>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace tl::ui {

// Step 2 of an import: which sheet column holds each field. One row per field of the kind
// (required ones marked), a combo of the sheet's columns ("C: 户主姓名", or "(not imported)")
// preselected from the detected mapping, an example value from the first data rows, and the
// header row, which the clerk may move when the detection chose the wrong row or none.
class ImportMappingWidget : public QWidget
{
    Q_OBJECT
public:
    using Rows = QList<QPair<int, QVariantList>>;

    explicit ImportMappingWidget(QWidget *parent = nullptr);

    // The detected mapping and the first rows of the sheet (title and header rows included,
    // as sheet row numbers with their cells).
    void setSheet(ImportKind kind, const ColumnMapping &detected, const Rows &firstRows);

    ColumnMapping mapping() const { return m_mapping; }
    // The header row as a sheet row number (0 = none chosen yet).
    int headerRow() const { return m_mapping.headerRow; }
    void setHeaderRow(int row);
    int column(int field) const { return m_mapping.column(field); }
    void setColumn(int field, int column); // -1 = not imported
    // Required fields not mapped, as labels; a message saying what is missing (empty when complete).
    QStringList missingRequired() const;
    QString problem() const;
    bool isComplete() const { return problem().isEmpty(); }

    QTableWidget *table() const { return m_table; }
    QSpinBox *headerRowBox() const { return m_headerRow; }

    // "C: 户主姓名" for a sheet column of the current header.
    QString columnName(int column) const;

Q_SIGNALS:
    void changed();

private:
    void fillTable();
    void updateStatus();
    QString example(int column) const;

    ImportKind m_kind = ImportKind::Households;
    ColumnMapping m_mapping;
    ColumnMapping m_detected;
    Rows m_firstRows;
    int m_width = 0; // sheet columns offered
    bool m_filling = false;

    QLabel *m_headerNote;
    QSpinBox *m_headerRow;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace tl::ui
