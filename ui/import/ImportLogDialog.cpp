#include "import/ImportLogDialog.h"

#include "import/ImportSchema.h"
#include "import/Importer.h"
#include "shell/LedgerContext.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
// (prefixed: inside a QDialog, a bare Rejected is QDialog::Rejected)
enum Column { AtColumn, KindColumn, FileColumn, SheetColumn, ReadColumn, ImportedColumn, UpdatedColumn, SkippedColumn,
              RejectedColumn, ClerkColumn };
}

ImportLogDialog::ImportLogDialog(LedgerContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_model(new QStandardItemModel(this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this))
{
    setWindowTitle(tr("Import log"));
    setObjectName(QStringLiteral("importLogDialog"));

    auto *intro = new QLabel(tr("Every import into this ledger, newest first. Before each import a backup of the "
                                "ledger was saved beside it."),
                             this);
    intro->setWordWrap(true);

    m_model->setHorizontalHeaderLabels({tr("Time"), tr("What"), tr("File"), tr("Sheet"), tr("Rows read"),
                                        tr("Imported"), tr("Updated"), tr("Skipped"), tr("Rejected"), tr("Clerk")});
    m_view->setObjectName(QStringLiteral("importLog"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_empty->setText(tr("Nothing has been imported into this ledger yet."));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(m_context, &LedgerContext::changed, this, &ImportLogDialog::reload);
    reload();
    resize(1000, 420);
}

void ImportLogDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    const QList<Importer::LogEntry> entries = Importer::log(m_context->ledger());
    for (const Importer::LogEntry &e : entries) {
        QList<QStandardItem *> row;
        auto text = [&](const QString &t, const QString &tip = {}) {
            auto *item = new QStandardItem(t);
            if (!tip.isEmpty())
                item->setToolTip(tip);
            row << item;
        };
        auto number = [&](int n) {
            auto *item = new QStandardItem;
            item->setData(n, Qt::DisplayRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        };
        text(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const std::optional<ImportKind> kind = ImportSchema::kindFromCode(e.kind);
        QString what = kind ? ImportSchema::kindName(*kind) : e.kind;
        if (!what.isEmpty())
            what[0] = what.at(0).toUpper();
        text(what);
        text(QFileInfo(e.file).fileName(), QDir::toNativeSeparators(e.file));
        text(e.sheet);
        number(e.counts.read);
        number(e.counts.imported);
        number(e.counts.updated);
        number(e.counts.skipped);
        number(e.counts.rejected);
        text(e.clerk);
        if (e.counts.rejected > 0)
            row.at(RejectedColumn)->setForeground(QColor(0xa5, 0x0e, 0x0e));
        m_model->appendRow(row);
    }
    m_view->setVisible(!entries.isEmpty());
    m_empty->setVisible(entries.isEmpty());
    m_view->resizeColumnsToContents();
    if (m_view->columnWidth(FileColumn) > 320)
        m_view->setColumnWidth(FileColumn, 320);
}

} // namespace tl::ui
