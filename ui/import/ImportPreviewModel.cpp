#include "import/ImportPreviewModel.h"

#include "import/ImportValues.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QFont>

#include <cmath>

namespace tl::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setImporter(const Importer *importer)
{
    beginResetModel();
    m_importer = importer;
    m_headers.clear();
    m_columnOfHeader.clear();
    m_cellColumns = 0;
    if (m_importer) {
        m_headers = m_importer->mapping().headers;
        for (int c = 0; c < m_headers.size(); ++c)
            if (!m_headers.at(c).isEmpty() && !m_columnOfHeader.contains(m_headers.at(c)))
                m_columnOfHeader.insert(m_headers.at(c), c);
        m_cellColumns = int(m_headers.size());
        for (const ImportRow &r : m_importer->rows())
            m_cellColumns = qMax(m_cellColumns, int(r.cells.size()));
        m_policy = m_importer->options().onDuplicate;
    }
    endResetModel();
}

void ImportPreviewModel::setDuplicatePolicy(DuplicatePolicy policy)
{
    if (m_policy == policy)
        return;
    m_policy = policy;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn), {Qt::DisplayRole});
}

const ImportRow *ImportPreviewModel::importRow(int row) const
{
    if (!m_importer || row < 0 || row >= m_importer->rows().size())
        return nullptr;
    return &m_importer->rows().at(row);
}

ImportRow::Verdict ImportPreviewModel::verdict(int row) const
{
    const ImportRow *r = importRow(row);
    return r ? r->verdict : ImportRow::Verdict::Ok;
}

int ImportPreviewModel::faultCellColumn(int row) const
{
    const ImportRow *r = importRow(row);
    if (!r || r->verdict != ImportRow::Verdict::Rejected || r->column.isEmpty())
        return -1;
    const auto it = m_columnOfHeader.constFind(r->column);
    return it == m_columnOfHeader.cend() ? -1 : FirstCellColumn + *it;
}

QString ImportPreviewModel::verdictText(ImportRow::Verdict verdict)
{
    switch (verdict) {
    case ImportRow::Verdict::Ok:
        return tr("OK");
    case ImportRow::Verdict::Note:
        return tr("Note");
    case ImportRow::Verdict::Duplicate:
        return tr("Duplicate");
    case ImportRow::Verdict::Skipped:
        return tr("Skipped: not a record");
    case ImportRow::Verdict::Rejected:
        break;
    }
    return tr("Rejected");
}

QString ImportPreviewModel::verdictText(ImportRow::Verdict verdict, DuplicatePolicy policy)
{
    if (verdict != ImportRow::Verdict::Duplicate)
        return verdictText(verdict);
    switch (policy) {
    case DuplicatePolicy::Update:
        return tr("Duplicate: update");
    case DuplicatePolicy::Skip:
        return tr("Duplicate: skip");
    case DuplicatePolicy::KeepBoth:
        break;
    }
    return tr("Duplicate: keep both");
}

QColor ImportPreviewModel::verdictColour(ImportRow::Verdict verdict)
{
    switch (verdict) {
    case ImportRow::Verdict::Ok:
        return QColor(0xe3, 0xf4, 0xe1); // light green
    case ImportRow::Verdict::Note:
        return QColor(0xff, 0xf3, 0xbf); // light yellow
    case ImportRow::Verdict::Duplicate:
        return QColor(0xdd, 0xe9, 0xf8); // light blue
    case ImportRow::Verdict::Skipped:
        return QColor(0xe4, 0xe4, 0xe4); // light grey
    case ImportRow::Verdict::Rejected:
        break;
    }
    return QColor(0xfb, 0xdc, 0xd9); // light red
}

QString ImportPreviewModel::cellText(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    switch (cell.metaType().id()) {
    case QMetaType::QString:
        return cell.toString();
    case QMetaType::Double: {
        const double d = cell.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    default:
        break;
    }
    return ImportValues::text(cell);
}

QString ImportPreviewModel::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_importer ? 0 : int(m_importer->rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCellColumn + m_cellColumns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    const ImportRow *r = index.isValid() ? importRow(index.row()) : nullptr;
    if (!r)
        return {};
    const int column = index.column();
    switch (role) {
    case VerdictRole:
        return int(r->verdict);
    case SourceRowRole:
        return r->sourceRow;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case SourceRowColumn:
            return role == Qt::DisplayRole ? QVariant(r->sourceRow) : QVariant(tr("Row %1 of the sheet").arg(r->sourceRow));
        case VerdictColumn:
            if (r->verdict != ImportRow::Verdict::Rejected && !r->findings.isEmpty()
                && !(r->verdict == ImportRow::Verdict::Duplicate && m_policy == DuplicatePolicy::Skip))
                return tr("Imported with %n finding(s)", nullptr, int(r->findings.size()));
            return verdictText(r->verdict, m_policy);
        case FaultColumn:
            return r->column;
        case ReasonColumn: {
            if (r->verdict == ImportRow::Verdict::Rejected)
                return r->reason;
            // The findings the record will carry are listed with the notes, so the clerk sees
            // before importing what the rules will say about the history as written.
            return (r->notes + r->findings).join(tr("; ", "separator between the notes on an imported row"));
        }
        default: {
            const int c = column - FirstCellColumn;
            const QString text = c >= 0 && c < r->cells.size() ? cellText(r->cells.at(c)) : QString();
            if (role == Qt::ToolTipRole && column == faultCellColumn(index.row()))
                return r->reason;
            return text;
        }
        }
    case Qt::TextAlignmentRole:
        if (column == SourceRowColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column >= FirstCellColumn) {
            const int c = column - FirstCellColumn;
            if (c < r->cells.size() && r->cells.at(c).metaType().id() == QMetaType::Double)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == VerdictColumn || column == ReasonColumn
            || (column == FaultColumn && r->verdict == ImportRow::Verdict::Rejected))
            return QBrush(verdictColour(r->verdict));
        if (column >= FirstCellColumn && column == faultCellColumn(index.row()))
            return QBrush(verdictColour(ImportRow::Verdict::Rejected));
        return {};
    case Qt::ForegroundRole:
        // The pastel backgrounds need dark text whatever the desktop's colours.
        if (column == VerdictColumn || column == ReasonColumn || column == FaultColumn
            || (column >= FirstCellColumn && column == faultCellColumn(index.row())))
            return QBrush(QColor(0x22, 0x22, 0x22));
        return {};
    case Qt::FontRole:
        if ((column == VerdictColumn && r->verdict == ImportRow::Verdict::Rejected)
            || (column >= FirstCellColumn && column == faultCellColumn(index.row()))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case SourceRowColumn:
        return role == Qt::DisplayRole ? tr("Row") : tr("The row number in the sheet");
    case VerdictColumn:
        return tr("Verdict");
    case FaultColumn:
        return role == Qt::DisplayRole ? tr("Column") : tr("The column at fault in a rejected row");
    case ReasonColumn:
        return tr("Reason or notes");
    default:
        break;
    }
    const int c = section - FirstCellColumn;
    if (c < 0 || c >= m_cellColumns)
        return {};
    const QString header = c < m_headers.size() ? m_headers.at(c) : QString();
    if (role == Qt::ToolTipRole)
        return tr("Column %1 of the sheet").arg(columnLetter(c));
    return header.isEmpty() ? tr("Column %1").arg(columnLetter(c)) : header;
}

// ---------------------------------------------------------------------------------------------

ImportPreviewFilter::ImportPreviewFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void ImportPreviewFilter::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    // One remapping: invalidateRowsFilter() would remove the hidden rows range by range, which
    // for thousands of scattered rows in 200,000 takes seconds.
    invalidate();
}

bool ImportPreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_show == Show::All)
        return true;
    const auto *model = qobject_cast<const ImportPreviewModel *>(sourceModel());
    if (!model)
        return true;
    const ImportRow::Verdict v = model->verdict(sourceRow);
    switch (m_show) {
    case Show::Rejected:
        return v == ImportRow::Verdict::Rejected;
    case Show::Notes:
        return v == ImportRow::Verdict::Note;
    case Show::Duplicates:
        return v == ImportRow::Verdict::Duplicate;
    case Show::Accepted:
        return v == ImportRow::Verdict::Ok || v == ImportRow::Verdict::Note;
    case Show::All:
        break;
    }
    return true;
}

} // namespace tl::ui
