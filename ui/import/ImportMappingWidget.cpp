#include "import/ImportMappingWidget.h"

#include "import/ImportPreviewModel.h"
#include "import/ImportValues.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
enum Column { FieldColumn, SheetColumn, ExampleColumn };
}

ImportMappingWidget::ImportMappingWidget(QWidget *parent)
    : QWidget(parent), m_headerNote(new QLabel(this)), m_headerRow(new QSpinBox(this)), m_table(new QTableWidget(this)),
      m_status(new QLabel(this))
{
    auto *intro = new QLabel(tr("Choose the column of the sheet that holds each field. The columns were matched by "
                                "their headers; fields marked * are required."),
                             this);
    intro->setWordWrap(true);

    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setSpecialValueText(tr("none"));
    m_headerRow->setMinimumWidth(m_headerRow->fontMetrics().horizontalAdvance(QStringLiteral("none 0000")) + 30);
    m_headerRow->setToolTip(tr("The row of the sheet that names the columns; the data rows follow it"));
    auto *headerLabel = new QLabel(tr("&Header row:"), this);
    headerLabel->setBuddy(m_headerRow);
    m_headerNote->setWordWrap(true);
    auto *headerLine = new QHBoxLayout;
    headerLine->addWidget(headerLabel);
    headerLine->addWidget(m_headerRow);
    headerLine->addWidget(m_headerNote, 1);

    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Column in the sheet"), tr("Example from the sheet")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SheetColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SheetColumn, 260);

    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #8a1f11; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(headerLine);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_filling)
            setHeaderRow(row);
    });
}

void ImportMappingWidget::setSheet(ImportKind kind, const ColumnMapping &detected, const Rows &firstRows)
{
    m_kind = kind;
    m_mapping = detected;
    m_mapping.columns.resize(ImportSchema::fields(kind).size());
    m_detected = m_mapping;
    m_firstRows = firstRows;
    int last = 0;
    for (const auto &[row, cells] : m_firstRows)
        last = qMax(last, row);
    m_filling = true;
    m_headerRow->setRange(0, qMax(last, m_mapping.headerRow));
    m_headerRow->setValue(m_mapping.headerRow);
    m_filling = false;
    if (m_detected.headerRow > 0)
        m_headerNote->setText(tr("Row %1 names the columns; the rows above it are taken as the title.").arg(m_detected.headerRow));
    else
        m_headerNote->setText(tr("No row naming the columns was found among the first rows: choose the header row, "
                                 "then the columns."));
    fillTable();
}

void ImportMappingWidget::setHeaderRow(int row)
{
    if (row == m_detected.headerRow && row > 0) {
        m_mapping = m_detected; // back to what was found
    } else {
        ColumnMapping chosen;
        chosen.headerRow = row;
        chosen.columns.fill(-1, ImportSchema::fields(m_kind).size());
        for (const auto &[number, cells] : m_firstRows) {
            if (number != row)
                continue;
            for (const QVariant &cell : cells)
                chosen.headers << ImportValues::text(cell);
            for (int c = 0; c < chosen.headers.size(); ++c) {
                const int f = ImportSchema::matchCombinedHeader(m_kind, chosen.headers.at(c));
                if (f >= 0 && chosen.columns[f] < 0)
                    chosen.columns[f] = c;
            }
        }
        m_mapping = chosen;
    }
    if (m_headerRow->value() != row) {
        m_filling = true;
        m_headerRow->setValue(row);
        m_filling = false;
    }
    fillTable();
    Q_EMIT changed();
}

void ImportMappingWidget::setColumn(int field, int column)
{
    if (field < 0 || field >= m_mapping.columns.size())
        return;
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(field, SheetColumn));
    const int index = combo ? combo->findData(column) : -1;
    if (combo && index >= 0)
        combo->setCurrentIndex(index); // updates the mapping through the combo's signal
}

QString ImportMappingWidget::columnName(int column) const
{
    const QString letter = ImportPreviewModel::columnLetter(column);
    const QString header = column >= 0 && column < m_mapping.headers.size() ? m_mapping.headers.at(column) : QString();
    if (header.isEmpty())
        return tr("Column %1", "a sheet column without a header").arg(letter);
    return tr("%1: %2", "sheet column letter: its header").arg(letter, header);
}

QString ImportMappingWidget::example(int column) const
{
    if (column < 0)
        return {};
    for (const auto &[row, cells] : m_firstRows) {
        if (row <= m_mapping.headerRow || column >= cells.size())
            continue;
        const QString text = ImportPreviewModel::cellText(cells.at(column)).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void ImportMappingWidget::fillTable()
{
    const QList<ImportField> &fields = ImportSchema::fields(m_kind);
    m_width = int(m_mapping.headers.size());
    for (const auto &[row, cells] : m_firstRows)
        m_width = qMax(m_width, int(cells.size()));
    for (int f = 0; f < fields.size(); ++f)
        m_width = qMax(m_width, m_mapping.column(f) + 1);

    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(int(fields.size()));
    for (int f = 0; f < fields.size(); ++f) {
        const ImportField &field = fields.at(f);
        auto *label = new QTableWidgetItem(field.required ? tr("%1 *", "a required field").arg(field.label) : field.label);
        if (field.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        label->setToolTip(tr("Headers recognised: %1").arg(field.names.join(tr(", ", "list separator"))));
        m_table->setItem(f, FieldColumn, label);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("column_") + field.key);
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < m_width; ++c)
            combo->addItem(columnName(c), c);
        combo->setCurrentIndex(qMax(0, combo->findData(m_mapping.column(f))));
        m_table->setCellWidget(f, SheetColumn, combo);
        m_table->setItem(f, ExampleColumn, new QTableWidgetItem(example(m_mapping.column(f))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, f, combo] {
            if (m_filling)
                return;
            const int column = combo->currentData().toInt();
            if (f < m_mapping.columns.size())
                m_mapping.columns[f] = column;
            if (QTableWidgetItem *item = m_table->item(f, ExampleColumn))
                item->setText(example(column));
            updateStatus();
            Q_EMIT changed();
        });
    }
    m_filling = false;
    m_table->resizeRowsToContents();
    updateStatus();
}

QStringList ImportMappingWidget::missingRequired() const
{
    return ImportSchema::missingRequired(m_kind, m_mapping);
}

QString ImportMappingWidget::problem() const
{
    if (m_mapping.headerRow <= 0)
        return tr("Choose the header row: the row of the sheet that names the columns.");
    const QStringList missing = missingRequired();
    if (!missing.isEmpty())
        return tr("Choose a column for %1: required to import.").arg(missing.join(tr(", ", "list separator")));
    return {};
}

void ImportMappingWidget::updateStatus()
{
    const QString p = problem();
    m_status->setText(p);
    m_status->setVisible(!p.isEmpty());
    // The required fields still without a column stand out.
    const QList<ImportField> &fields = ImportSchema::fields(m_kind);
    for (int f = 0; f < fields.size() && f < m_table->rowCount(); ++f) {
        QTableWidgetItem *item = m_table->item(f, FieldColumn);
        if (!item)
            continue;
        const bool missing = fields.at(f).required && m_mapping.column(f) < 0;
        item->setBackground(missing ? QBrush(ImportPreviewModel::verdictColour(ImportRow::Verdict::Rejected)) : QBrush());
    }
}

} // namespace tl::ui
