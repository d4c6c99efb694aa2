#include "common/TableExporter.h"

#include "shell/Icons.h"
#include "reports/TableExport.h"
#include "common/MessageBox.h"
#include "common/FileDialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QListView>
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

// An "Export to Excel…" action: it knows its view and how to name the export.
class ExportAction : public QAction
{
public:
    ExportAction(QAbstractItemView *view, QObject *owner, TableExporter::TitleFunction title,
                 TableExporter::PersonalData personal = TableExporter::PersonalData::Masked)
        : QAction(appIcon(QStringLiteral("save-as")),
                  personal == TableExporter::PersonalData::Full
                      ? TableExporter::tr("Export to Excel with full ID and phone numbers…")
                      : TableExporter::tr("Export to Excel…"),
                  owner),
          view(view), title(std::move(title)), personal(personal)
    {
        setObjectName(personal == TableExporter::PersonalData::Full ? QStringLiteral("fullExportToExcelAction")
                                                                    : QStringLiteral("exportToExcelAction"));
    }

    QString currentTitle() const
    {
        // A page may still set a string in data() (the older way to follow the village shown).
        const QString fromData = data().toString();
        if (!fromData.isEmpty())
            return fromData;
        const QString t = title ? title().simplified() : QString();
        return t.isEmpty() ? TableExporter::tr("Table") : t;
    }

    QPointer<QAbstractItemView> view;
    TableExporter::TitleFunction title;
    TableExporter::PersonalData personal;
    ExportAction *full = nullptr; // the companion with full personal data
};

TableExporter::FullExportRecorder &recorder()
{
    static TableExporter::FullExportRecorder r;
    return r;
}

QString &lastPath()
{
    static QString path;
    return path;
}

QString &lastError()
{
    static QString error;
    return error;
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
    // The progress dialog lets events through: a filter applied meanwhile (a debounce timer, an
    // edit in another window) resets or reorders the model under the reader.
    bool changed = false;
    bool fetching = false; // rows inserted by our own fetchMore() are expected

    QVariantList row(const QModelIndex &parent, int r, int depth) const
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
        // The tree's levels: what is below another row is indented, as on screen.
        if (depth > 0 && !out.isEmpty() && out.first().typeId() == QMetaType::QString && !out.first().toString().isEmpty())
            out.first() = QString(2 * depth, QLatin1Char(' ')) + out.first().toString();
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
        return !cancelled && !changed;
    }

    // Everything the model can still fetch below `parent` (a lazy model lists only what was
    // scrolled past); stops when a fetch brings nothing, so a model that always says "more"
    // cannot loop forever.
    bool fetchAll(const QModelIndex &parent)
    {
        while (model->canFetchMore(parent)) {
            const int before = model->rowCount(parent);
            fetching = true;
            model->fetchMore(parent);
            fetching = false;
            if (progress) {
                const int now = model->rowCount(parent);
                if (now > progress->maximum())
                    progress->setMaximum(now);
                progress->setValue(progress->value()); // lets Cancel through
                if (progress->wasCanceled())
                    return !(cancelled = true);
            }
            if (changed)
                return false;
            if (model->rowCount(parent) <= before)
                break;
        }
        return true;
    }

    // Rows of a table or a list, and every level of a tree, in view order, hidden rows left out.
    bool walk(const QModelIndex &parent, QList<QVariantList> *rows, int depth = 0)
    {
        if (!fetchAll(parent))
            return false;
        auto *table = qobject_cast<QTableView *>(view);
        auto *tree = qobject_cast<QTreeView *>(view);
        auto *list = qobject_cast<QListView *>(view);
        const int count = model->rowCount(parent);
        for (int r = 0; r < count; ++r) {
            if ((table && table->isRowHidden(r)) || (tree && tree->isRowHidden(r, parent)) || (list && list->isRowHidden(r)))
                continue;
            *rows << row(parent, r, depth);
            if (!tick())
                return false;
            if (tree) {
                const QModelIndex child = model->index(r, 0, parent);
                if (model->hasChildren(child) && !walk(child, rows, depth + 1))
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

Result<void> TableExporter::collect(QAbstractItemView *view, QStringList *headers, QList<QVariantList> *rows,
                                    QWidget *progressParent)
{
    headers->clear();
    rows->clear();
    if (!view || !view->model())
        return {};
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
    QAbstractItemModel *model = reader.model;
    const auto changed = [&reader] { reader.changed = true; };
    const QList<QMetaObject::Connection> watches{
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, changed),
        QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, changed),
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, changed),
        QObject::connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, changed),
        QObject::connect(model, &QAbstractItemModel::columnsAboutToBeInserted, changed),
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted,
                         [&reader] {
                             if (!reader.fetching)
                                 reader.changed = true;
                         }),
    };
    QPointer<QAbstractItemModel> alive(model);
    const bool ok = reader.walk(view->rootIndex(), rows);
    if (alive)
        for (const QMetaObject::Connection &c : watches)
            QObject::disconnect(c);
    if (ok)
        return {};
    rows->clear();
    if (reader.changed)
        return Error::database(tr("the table changed while it was being read; export it again"));
    return Error::cancelled();
}

void TableExporter::setFullExportRecorder(FullExportRecorder r)
{
    recorder() = std::move(r);
}

namespace {

Result<void> fullExportAllowed()
{
    if (!recorder())
        return Error::readOnly(TableExporter::tr("an export with full ID and phone numbers is recorded in the audit "
                                                 "trail of the open ledger, and no ledger is open"));
    return {};
}

// After the file was written: the record in the trail, or the file goes again.
Result<void> recordFullExport(const QString &path, const QString &title, int rows)
{
    const Result<void> recorded = recorder() ? recorder()(path, title, rows) : fullExportAllowed();
    if (!recorded) {
        QFile::remove(path);
        return Error::database(TableExporter::tr("the export could not be recorded in the audit trail, so the file "
                                                 "was removed: %1")
                                   .arg(recorded.error().message));
    }
    return {};
}

} // namespace

Result<void> TableExporter::exportViewTo(const QString &path, QAbstractItemView *view, const QString &title,
                                         PersonalData personal)
{
    if (personal == PersonalData::Full)
        if (const Result<void> allowed = fullExportAllowed(); !allowed)
            return allowed;
    QStringList headers;
    QList<QVariantList> rows;
    if (const Result<void> read = collect(view, &headers, &rows); !read)
        return read;
    if (const Result<void> written = TableExport::write(title, headers, rows, path, {}, personal); !written)
        return written;
    if (personal == PersonalData::Full)
        return recordFullExport(path, title, int(rows.size()));
    return {};
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

bool TableExporter::exportView(QWidget *parent, QAbstractItemView *view, const QString &title, PersonalData personal)
{
    lastPath().clear();
    lastError().clear();
    if (!view || !view->model())
        return false;
    if (personal == PersonalData::Full) {
        if (const Result<void> allowed = fullExportAllowed(); !allowed) {
            lastError() = allowed.error().message;
            MessageBox::warning(parent, tr("Export to Excel"),
                                tr("The table could not be exported: %1").arg(allowed.error().message));
            return false;
        }
        const auto answer = MessageBox::question(
            parent, tr("Export with full ID and phone numbers"),
            tr("The workbook will hold full ID numbers and phone numbers (含完整身份证号和电话). Personal data "
               "must not leave the township office: keep the file for internal use only.\n\n"
               "The export is recorded in the audit trail (who, when, which file). Export anyway?"),
            MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No), QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(safeFileName(title) + QStringLiteral(".xlsx"));
    QString path = FileDialog::getSaveFileName(parent, tr("Export to Excel"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".xlsx");

    QStringList headers;
    QList<QVariantList> rows;
    // A cancel by the clerk needs no message; anything else is said.
    const auto failed = [parent](const Error &error) {
        if (error.kind == Error::Kind::Cancelled)
            return;
        lastError() = error.message;
        MessageBox::warning(parent, tr("Export to Excel"), tr("The table could not be exported: %1").arg(error.message));
    };
    if (const Result<void> read = collect(view, &headers, &rows, parent); !read) {
        failed(read.error());
        return false;
    }

    std::unique_ptr<QProgressDialog> progress;
    if (rows.size() >= kProgressThreshold) {
        progress = std::make_unique<QProgressDialog>(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                                     int(rows.size()), parent);
        progress->setWindowTitle(tr("Export to Excel"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    const Result<void> written = TableExport::write(
        title, headers, rows, path,
        [&](int done, int total) {
            if (!progress)
                return true;
            progress->setMaximum(std::max(total, 1));
            progress->setValue(std::min(done, total));
            return !progress->wasCanceled();
        },
        personal);
    progress.reset();
    if (!written) {
        failed(written.error());
        return false;
    }
    if (personal == PersonalData::Full) {
        if (const Result<void> recorded = recordFullExport(path, title, int(rows.size())); !recorded) {
            failed(recorded.error());
            return false;
        }
    }
    lastPath() = path;
    offerToOpenFolder(parent, tr("Export to Excel"), path);
    return true;
}

QAction *TableExporter::addExportAction(QAbstractItemView *view, QWidget *owner, const QString &title)
{
    return addExportAction(view, owner, TitleFunction([title] { return title; }));
}

QAction *TableExporter::addExportAction(QAbstractItemView *view, QWidget *owner, TitleFunction title)
{
    auto *action = new ExportAction(view, owner, title);
    action->setToolTip(tr("Save the rows this table shows (filters applied) as an Excel workbook; ID and mobile "
                          "numbers are masked"));
    action->setStatusTip(action->toolTip());
    // The companion belongs to the action: it follows its title (data()) and goes with it.
    auto *full = new ExportAction(view, action, [action] { return action->currentTitle(); },
                                  PersonalData::Full);
    full->setToolTip(tr("Save the rows with full ID and phone numbers (asks first; recorded in the audit trail)"));
    full->setStatusTip(full->toolTip());
    action->full = full;
    QPointer<QWidget> parent(owner);
    for (ExportAction *a : {action, full})
        QObject::connect(a, &QAction::triggered, owner, [parent, a] {
            if (!a->view)
                return;
            exportView(parent ? parent.data() : a->view.data(), a->view, a->currentTitle(), a->personal);
        });
    QObject::connect(action, &QAction::enabledChanged, full, &QAction::setEnabled);
    if (view) {
        // A view with its own context menu (CustomContextMenu) adds the actions to that menu.
        if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
            view->setContextMenuPolicy(Qt::ActionsContextMenu);
        if (view->contextMenuPolicy() == Qt::ActionsContextMenu) {
            view->addAction(action);
            view->addAction(full);
        }
    }
    return action;
}

QPushButton *TableExporter::exportButton(QAction *action, QWidget *parent, const QString &text)
{
    auto *button = new QPushButton(action->icon(), text.isEmpty() ? tr("E&xport to Excel…") : text, parent);
    button->setObjectName(QStringLiteral("exportToExcelButton"));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    return button;
}

QAction *TableExporter::fullExportActionOf(const QAction *action)
{
    const auto *a = dynamic_cast<const ExportAction *>(action);
    return a ? a->full : nullptr;
}

QAbstractItemView *TableExporter::viewOf(const QAction *action)
{
    const auto *a = dynamic_cast<const ExportAction *>(action);
    return a ? a->view.data() : nullptr;
}

QString TableExporter::titleOf(const QAction *action)
{
    const auto *a = dynamic_cast<const ExportAction *>(action);
    return a ? a->currentTitle() : QString();
}

QList<QAction *> TableExporter::exportActions(const QObject *owner)
{
    QList<QAction *> out;
    if (!owner)
        return out;
    for (QAction *a : owner->findChildren<QAction *>())
        if (auto *e = dynamic_cast<ExportAction *>(a); e && e->personal == PersonalData::Masked)
            out << a;
    return out;
}

QString TableExporter::lastExportPath()
{
    return lastPath();
}

QString TableExporter::lastExportError()
{
    return lastError();
}

void TableExporter::offerToOpenFolder(QWidget *parent, const QString &title, const QString &file)
{
    if (MessageBox::withAction(QMessageBox::Information, parent, title,
                               tr("Saved %1").arg(QDir::toNativeSeparators(file)), tr("Open folder")))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
}

} // namespace tl::ui
