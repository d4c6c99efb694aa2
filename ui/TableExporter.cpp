#include "TableExporter.h"

#include "Icons.h"
#include "TableExport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QUrl>

#include <memory>

namespace tl::ui {

namespace {

constexpr int kProgressThreshold = 2000; // rows; fewer are read without a dialog
constexpr int kProgressStep = 250;

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isDate(const QVariant &v)
{
    return (v.typeId() == QMetaType::QDate && v.toDate().isValid())
        || (v.typeId() == QMetaType::QDateTime && v.toDateTime().isValid());
}

// Integers beyond 11 digits are identifiers (ID numbers, phones, credit codes), never amounts
// a clerk adds up: they stay text so Excel keeps every digit.
bool identifierLike(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return false;
    return isNumber(v) && qAbs(v.toLongLong()) >= 10'000'000'000LL;
}

QVariant fromText(const QString &shown)
{
    const QString text = shown.trimmed();
    if (text.isEmpty())
        return QString();
    static const QRegularExpression integer(QStringLiteral("^[+-]?(0|[1-9][0-9]{0,9})$"));
    static const QRegularExpression grouped(QStringLiteral("^[+-]?[1-9][0-9]{0,2}(,[0-9]{3}){1,4}(\\.[0-9]{1,6})?$"));
    static const QRegularExpression decimal(QStringLiteral("^[+-]?(0|[1-9][0-9]{0,11})\\.[0-9]{1,6}$"));
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (integer.match(text).hasMatch())
        return text.toLongLong();
    if (decimal.match(text).hasMatch())
        return text.toDouble();
    if (grouped.match(text).hasMatch()) {
        QString plain = text;
        plain.remove(QLatin1Char(','));
        if (plain.contains(QLatin1Char('.')))
            return plain.toDouble();
        return plain.toLongLong();
    }
    if (isoDate.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return shown;
}

QString headerText(const QAbstractItemModel *model, int section)
{
    QString text = model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

struct Reader
{
    QAbstractItemView *view;
    QAbstractItemModel *model;
    QList<int> columns;
    std::unique_ptr<QProgressDialog> progress;
    int read = 0;
    int expected = 0;
    bool cancelled = false;

    QVariantList row(const QModelIndex &parent, int r) const
    {
        QVariantList out;
        out.reserve(columns.size());
        for (int c : columns) {
            const QModelIndex index = model->index(r, c, parent);
            QVariant value = TableExporter::cellValue(model->data(index, TableExporter::ExportRole),
                                                      model->data(index, Qt::EditRole),
                                                      model->data(index, Qt::DisplayRole));
            if (value.toString().isEmpty() && !isNumber(value) && !isDate(value)) {
                const QVariant check = model->data(index, Qt::CheckStateRole);
                if (check.isValid())
                    value = check.toInt() == Qt::Unchecked ? TableExporter::tr("No") : TableExporter::tr("Yes");
            }
            out << value;
        }
        return out;
    }

    bool tick()
    {
        ++read;
        if (progress && read % kProgressStep == 0) {
            if (read > progress->maximum())
                progress->setMaximum(read);
            progress->setValue(read);
            if (progress->wasCanceled())
                cancelled = true;
        }
        return !cancelled;
    }

    // Rows of a table or a list, and every level of a tree, in view order, hidden rows left out.
    bool walk(const QModelIndex &parent, QList<QVariantList> *rows)
    {
        while (model->canFetchMore(parent)) {
            model->fetchMore(parent);
            if (progress) {
                progress->setValue(progress->value()); // lets Cancel through
                if (progress->wasCanceled())
                    return !(cancelled = true);
            }
        }
        auto *table = qobject_cast<QTableView *>(view);
        auto *tree = qobject_cast<QTreeView *>(view);
        auto *list = qobject_cast<QListView *>(view);
        const int count = model->rowCount(parent);
        for (int r = 0; r < count; ++r) {
            if ((table && table->isRowHidden(r)) || (tree && tree->isRowHidden(r, parent)) || (list && list->isRowHidden(r)))
                continue;
            *rows << row(parent, r);
            if (!tick())
                return false;
            if (tree) {
                const QModelIndex child = model->index(r, 0, parent);
                if (model->hasChildren(child) && !walk(child, rows))
                    return false;
            }
        }
        return true;
    }
};

} // namespace

// The types core TableExport writes as numbers and dates: qint64, double and QDate. A date
// and time becomes text (the workbook has no time-of-day columns); identifiers become text.
static QVariant normalized(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return v.toDouble();
    if (identifierLike(v))
        return v.toString();
    if (isNumber(v))
        return v.typeId() == QMetaType::ULongLong ? QVariant(v.toULongLong()) : QVariant(v.toLongLong());
    return v;
}

QVariant TableExporter::cellValue(const QVariant &exportValue, const QVariant &editValue, const QVariant &displayValue)
{
    if (exportValue.isValid() && !exportValue.isNull())
        return normalized(exportValue);
    if (isNumber(displayValue) || isDate(displayValue))
        return normalized(displayValue);
    const QString shown = displayValue.toString();
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if ((isNumber(editValue) || isDate(editValue)) && !identifierLike(editValue) && shown.contains(digit))
        return normalized(editValue);
    return fromText(shown);
}

bool TableExporter::collect(QAbstractItemView *view, QStringList *headers, QList<QVariantList> *rows,
                            QWidget *progressParent)
{
    headers->clear();
    rows->clear();
    if (!view || !view->model())
        return true;
    Reader reader;
    reader.view = view;
    reader.model = view->model();
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    if (header) {
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (logical < 0 || header->isSectionHidden(logical))
                continue;
            reader.columns << logical;
        }
    } else if (auto *list = qobject_cast<QListView *>(view)) {
        reader.columns << list->modelColumn();
    } else {
        for (int c = 0; c < reader.model->columnCount(view->rootIndex()); ++c)
            reader.columns << c;
    }
    for (int c : std::as_const(reader.columns))
        *headers << headerText(reader.model, c);

    reader.expected = reader.model->rowCount(view->rootIndex());
    if (progressParent && (reader.expected >= kProgressThreshold || reader.model->canFetchMore(view->rootIndex()))) {
        reader.progress = std::make_unique<QProgressDialog>(tr("Reading the rows of the table…"), tr("Cancel"), 0,
                                                            std::max(reader.expected, 1), progressParent);
        reader.progress->setWindowTitle(tr("Export to Excel"));
        reader.progress->setWindowModality(Qt::WindowModal);
        reader.progress->setMinimumDuration(300);
        reader.progress->setValue(0);
    }
    rows->reserve(reader.expected);
    const bool ok = reader.walk(view->rootIndex(), rows);
    if (!ok)
        rows->clear();
    return ok;
}

bool TableExporter::exportViewTo(const QString &path, QAbstractItemView *view, const QString &title, QString *error)
{
    QStringList headers;
    QList<QVariantList> rows;
    if (!collect(view, &headers, &rows)) {
        if (error)
            *error = tr("cancelled");
        return false;
    }
    return TableExport::write(title, headers, rows, path, error);
}

QString TableExporter::safeFileName(const QString &name)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    QString out = name;
    for (QChar &c : out)
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    out = out.simplified();
    return out.isEmpty() ? tr("table") : out;
}

bool TableExporter::exportView(QWidget *parent, QAbstractItemView *view, const QString &title)
{
    if (!view || !view->model())
        return false;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(safeFileName(title) + QStringLiteral(".xlsx"));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export to Excel"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".xlsx");

    QStringList headers;
    QList<QVariantList> rows;
    if (!collect(view, &headers, &rows, parent))
        return false; // cancelled by the clerk

    std::unique_ptr<QProgressDialog> progress;
    if (rows.size() >= kProgressThreshold) {
        progress = std::make_unique<QProgressDialog>(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                                     int(rows.size()), parent);
        progress->setWindowTitle(tr("Export to Excel"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    QString error;
    const bool ok = TableExport::write(title, headers, rows, path, &error, [&](int done, int total) {
        if (!progress)
            return true;
        progress->setMaximum(std::max(total, 1));
        progress->setValue(std::min(done, total));
        return !progress->wasCanceled();
    });
    progress.reset();
    if (!ok) {
        if (error != TableExport::tr("cancelled") && error != QLatin1String("cancelled"))
            QMessageBox::warning(parent, tr("Export to Excel"), tr("The table could not be exported: %1").arg(error));
        return false;
    }
    offerToOpenFolder(parent, tr("Export to Excel"),
                      path);
    return true;
}

QAction *TableExporter::addExportAction(QAbstractItemView *view, QWidget *owner, const QString &title)
{
    auto *action = new QAction(appIcon(QStringLiteral("save-as")), tr("Export to Excel…"), owner);
    action->setToolTip(tr("Save the rows this table shows (filters applied) as an Excel workbook"));
    action->setStatusTip(action->toolTip());
    QPointer<QAbstractItemView> guard(view);
    QPointer<QWidget> parent(owner);
    QObject::connect(action, &QAction::triggered, owner, [guard, parent, action, title] {
        if (!guard)
            return;
        const QString current = action->data().toString();
        exportView(parent ? parent.data() : guard.data(), guard, current.isEmpty() ? title : current);
    });
    if (view) {
        if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
            view->setContextMenuPolicy(Qt::ActionsContextMenu);
        if (view->contextMenuPolicy() == Qt::ActionsContextMenu)
            view->addAction(action);
    }
    return action;
}

void TableExporter::offerToOpenFolder(QWidget *parent, const QString &title, const QString &file)
{
    QMessageBox box(QMessageBox::Information, title, tr("Saved %1").arg(QDir::toNativeSeparators(file)),
                    QMessageBox::Close, parent);
    QPushButton *open = box.addButton(tr("Open folder"), QMessageBox::ActionRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
}

} // namespace tl::ui
