#include "matters/MattersTab.h"

#include "shell/LedgerContext.h"
#include "matters/MatterBoard.h"
#include "matters/MatterDialog.h"
#include "matters/MatterEditor.h"
#include "matters/MatterModel.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"
#include "edits/MatterEdits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

MattersTab::MattersTab(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("MattersTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4); // the tab's frame is margin enough; the height is for rows
    // On a tall screen the list on top shows every column at full width, the matter with its
    // timeline below. On a low one (1280×800 with the findings panel open) the two go side by
    // side, so that the list still shows eight matters and the matter a whole step (fitLayout).
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_new = new QPushButton(tr("&New matter…"), listPane);
    m_new->setObjectName(QStringLiteral("newMatterButton"));
    m_new->setToolTip(tr("Add a matter that must pass the four deliberations and two disclosures (Ins)"));
    m_delete = new QPushButton(tr("&Delete…"), listPane);
    m_delete->setObjectName(QStringLiteral("deleteMatterButton"));
    m_delete->setToolTip(tr("Delete a matter entered by mistake, with its steps and scans (Del). "
                            "A matter that was dropped is withdrawn instead (Edit matter)."));
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("matterSearch"));
    m_search->setPlaceholderText(tr("Search titles"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_new);
    top->addWidget(m_delete);
    top->addWidget(m_search, 1);
    listLayout->addLayout(top);

    m_model = new MatterModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MatterModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(MatterModel::Title);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTableView(listPane);
    m_view->setObjectName(QStringLiteral("mattersView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnHidden(MatterModel::Village, true); // one village only
    const QFontMetrics fm = m_view->fontMetrics();
    auto *header = m_view->horizontalHeader();
    const int date = fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 20;
    header->setMinimumSectionSize(fm.averageCharWidth() * 6);
    header->resizeSection(MatterModel::Title, fm.averageCharWidth() * 30);
    header->resizeSection(MatterModel::Category, fm.averageCharWidth() * 22);
    header->resizeSection(MatterModel::Amount, fm.horizontalAdvance(QStringLiteral("00,000,000.00")) + 16);
    header->resizeSection(MatterModel::Status, fm.averageCharWidth() * 20);
    header->resizeSection(MatterModel::NextStep, fm.averageCharWidth() * 20);
    header->resizeSection(MatterModel::Due, date);
    header->resizeSection(MatterModel::Defects, fm.averageCharWidth() * 9 + 20);
    header->resizeSection(MatterModel::LastDate, date);
    header->resizeSection(MatterModel::MotionSource, fm.averageCharWidth() * 20);
    // The title takes the room that is left; the other columns keep widths that fit their values.
    header->setSectionResizeMode(MatterModel::Title, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // Most urgent first until the clerk sorts by a column.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    listLayout->addWidget(m_view, 1);
    m_export = TableExporter::addExportAction(
        m_view, this, [this] { return tr("Matters – %1").arg(m_context->villageName(m_villageId)); });
    top->addWidget(TableExporter::exportButton(m_export, listPane));

    m_summary = new QLabel(listPane);
    m_summary->setObjectName(QStringLiteral("mattersSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #5f6368;"));
    listLayout->addWidget(m_summary);

    m_editor = new MatterEditor(context, m_splitter);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({1000, 3000}); // a quarter for the list, the rest for the timeline
    m_splitter->setObjectName(QStringLiteral("mattersSplitter"));
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);

    connect(m_new, &QPushButton::clicked, this, &MattersTab::newMatter);
    connect(m_delete, &QPushButton::clicked, this, &MattersTab::deleteCurrent);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MattersTab::onCurrentChanged);
    connect(m_view, &QTableView::doubleClicked, m_editor, &MatterEditor::editMatter);
    // No Ctrl+N here: it is File > New ledger. Ins in the list and Alt+N add a matter.

    connect(context, &LedgerContext::changed, this, [this](LedgerContext::Change, qint64 villageId) {
        if (villageId != 0 && villageId != m_villageId)
            return;
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
    m_new->setEnabled(!context->isReadOnly());
    m_delete->setEnabled(false);
}

void MattersTab::setVillage(qint64 villageId)
{
    if (villageId != m_villageId) {
        m_villageId = villageId;
        m_wanted = 0;
        m_search->clear();
    }
    reload();
}

void MattersTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLayout();
}

void MattersTab::fitLayout()
{
    // Stacked, the list needs eight rows with its buttons and header, and the matter its header
    // and a whole step of the timeline: about 22 rows in all. Lower than that, side by side.
    const int row = m_view->verticalHeader()->defaultSectionSize();
    const bool stacked = height() >= row * 22;
    const Qt::Orientation wanted = stacked ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    // Side by side the list keeps the columns that say what is due; category, amount and the last
    // date (and the 动议事由) are in the matter's header beside it.
    for (int column : {int(MatterModel::Category), int(MatterModel::Amount), int(MatterModel::LastDate),
                       int(MatterModel::MotionSource)})
        m_view->setColumnHidden(column, !stacked);
    if (stacked)
        m_splitter->setSizes({1000, 3000});
    else
        m_splitter->setSizes({width() * 9 / 20, width() * 11 / 20});
}

void MattersTab::reload()
{
    m_dirty = false;
    const qint64 keep = m_wanted > 0 ? m_wanted : currentMatterId();
    m_wanted = 0;
    m_model->setRows(m_villageId > 0 ? MatterBoard::rows(m_context->ledger(), m_context->today(), m_villageId)
                                     : QList<BoardRow>(),
                     m_context->today());
    int row = m_model->rowOfMatter(keep);
    QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, MatterModel::Title)) : QModelIndex();
    if (!index.isValid() && m_proxy->rowCount() > 0)
        index = m_proxy->index(0, MatterModel::Title);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    onCurrentChanged();
    updateSummary();
}

void MattersTab::focusMatter(qint64 matterId)
{
    if (m_dirty) {
        m_wanted = matterId;
        reload();
        return;
    }
    const int row = m_model->rowOfMatter(matterId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, MatterModel::Title));
    if (!index.isValid()) { // hidden by the search
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, MatterModel::Title));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

qint64 MattersTab::currentMatterId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MatterModel::MatterIdRole).toLongLong() : 0;
}

void MattersTab::onCurrentChanged()
{
    const qint64 id = currentMatterId();
    // The editor reads the matter again even when it is the same one: the ledger changed.
    m_editor->setMatter(id);
    m_delete->setEnabled(id > 0 && !m_context->isReadOnly());
}

void MattersTab::updateSummary()
{
    int action = 0;
    for (const BoardRow &r : m_model->rows())
        action += MatterModel::needsAction(r) ? 1 : 0;
    const QString count = tr("Matters: %1").arg(m_model->rows().size());
    m_summary->setText(action > 0 ? tr("%1 · need action: %2").arg(count).arg(action) : count);
}

void MattersTab::newMatter()
{
    if (m_villageId <= 0 || m_context->isReadOnly())
        return;
    auto *dialog = new MatterDialog(m_context, m_villageId, 0, this);
    connect(dialog, &MatterDialog::saved, this, &MattersTab::focusMatter);
    dialog->open();
}

void MattersTab::deleteCurrent()
{
    const qint64 id = currentMatterId();
    const int row = m_model->rowOfMatter(id);
    if (row < 0 || m_context->isReadOnly())
        return;
    const BoardRow &r = m_model->row(row);
    const QString title = r.matter.title;
    const auto answer = MessageBox::question(
        this, tr("Delete matter"),
        tr("Delete “%1” with its %n recorded step(s) and their scans?\n\nThis is for a matter "
           "entered by mistake; Edit > Undo brings it back. A matter that was dropped is "
           "withdrawn instead (Edit matter).",
           nullptr, int(r.steps.size()))
            .arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Result<void> removed = edits::removeMatter(m_context->ledger(), id);
    if (!removed && removed.error().kind != Error::Kind::NotFound) // gone already: nothing to say
        MessageBox::warning(this, tr("Delete matter"), tr("“%1” was not deleted: %2").arg(title, removed.message()));
}

void MattersTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

bool MattersTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                m_editor->recordNext(); // the usual thing to do with a running matter
                return true;
            case Qt::Key_Insert:
                newMatter();
                return true;
            case Qt::Key_Delete:
                deleteCurrent();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tl::ui
