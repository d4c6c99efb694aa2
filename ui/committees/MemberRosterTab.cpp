#include "committees/MemberRosterTab.h"

#include "committees/CommitteeRepository.h"
#include "shell/LedgerContext.h"
#include "committees/PersonDialog.h"
#include "committees/PersonRepository.h"
#include "committees/RosterModel.h"
#include "common/TableExporter.h"
#include "common/MessageBox.h"
#include "edits/CommitteeEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

MemberRosterTab::MemberRosterTab(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search name, ID number, post or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_showFormer = new QCheckBox(tr("Show &former members"), this);
    m_showFormer->setObjectName(QStringLiteral("showFormerCheck"));
    m_showFullIds = new QCheckBox(tr("Show full I&D numbers"), this);
    m_showFullIds->setObjectName(QStringLiteral("showFullIdsCheck"));
    top->addWidget(m_search, 1);
    top->addWidget(m_showFormer);
    top->addWidget(m_showFullIds);
    layout->addLayout(top);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add member…"), this);
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_add->setToolTip(tr("Add a person with a post (Ins)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editMemberButton"));
    m_edit->setToolTip(tr("Edit the selected person and their posts (Enter or double-click)"));
    m_endPost = new QPushButton(tr("E&nd post…"), this);
    m_endPost->setObjectName(QStringLiteral("endPostButton"));
    m_endPost->setToolTip(tr("Record that the selected person leaves a post; the post stays in the history"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteMemberButton"));
    m_delete->setToolTip(tr("Delete a record entered by mistake, with its post history (Del)"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_endPost);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_model = new RosterModel(context, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RosterModel::SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RosterModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rosterView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // No sort column at first: the roster's own order (secretary, director, …) is the useful one.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_export = TableExporter::addExportAction(m_view, this, [this] {
        const QString village = m_context->villageName(m_villageId);
        return m_showFormer->isChecked() ? tr("Members and former members – %1").arg(village)
                                         : tr("Members – %1").arg(village);
    });
    buttons->addWidget(TableExporter::exportButton(m_export, this));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::returnPressed, m_view, qOverload<>(&QWidget::setFocus));
    connect(m_showFormer, &QCheckBox::toggled, this, &MemberRosterTab::reload);
    connect(m_showFullIds, &QCheckBox::toggled, m_model, &RosterModel::setShowFullIds);
    connect(m_add, &QPushButton::clicked, this, &MemberRosterTab::addMember);
    connect(m_edit, &QPushButton::clicked, this, &MemberRosterTab::editCurrent);
    connect(m_endPost, &QPushButton::clicked, this, &MemberRosterTab::endPostOfCurrent);
    connect(m_delete, &QPushButton::clicked, this, &MemberRosterTab::deleteCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &MemberRosterTab::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MemberRosterTab::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MemberRosterTab::updateButtons);
    connect(m_model, &RosterModel::editRefused, this, [this](const QString &why) { showMessage(why, true); });

    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    updateButtons();
}

void MemberRosterTab::setVillage(qint64 villageId)
{
    m_villageId = villageId;
    m_search->clear();
    m_status->clear();
    reload();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void MemberRosterTab::reload()
{
    const qint64 keep = currentPersonId();
    const QList<RosterEntry> roster =
        CommitteeRepository(m_context->ledger()).roster(m_villageId, m_context->today(), m_showFormer->isChecked());
    m_model->setRoster(m_villageId, roster);
    m_view->resizeColumnsToContents();
    // Long texts must not push the ID and phone columns out of sight; the cell's tooltip has
    // the whole text.
    for (const auto &[column, widest] : {std::pair{int(RosterModel::Posts), 300}, {int(RosterModel::Political), 150},
                                         {int(RosterModel::Education), 170}})
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
    // Keep the selection only if that person is still listed (never re-tick "show former").
    const int keepRow = keep > 0 ? m_model->rowOfPerson(keep) : -1;
    const QModelIndex keepIndex = keepRow >= 0 ? m_proxy->mapFromSource(m_model->index(keepRow, 0)) : QModelIndex();
    if (keepIndex.isValid())
        m_view->setCurrentIndex(keepIndex);
    int current = 0;
    for (const RosterEntry &e : roster)
        current += e.posts.isEmpty() ? 0 : 1;
    if (m_status->property("isError").toBool() == false)
        m_status->setText(tr("%1 people hold a post today.").arg(current));
    updateButtons();
}

bool MemberRosterTab::selectPerson(qint64 personId)
{
    int row = m_model->rowOfPerson(personId);
    if (row < 0 && !m_showFormer->isChecked()) {
        m_showFormer->setChecked(true); // reloads
        row = m_model->rowOfPerson(personId);
    }
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the search
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

qint64 MemberRosterTab::currentPersonId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(RosterModel::PersonIdRole).toLongLong() : 0;
}

void MemberRosterTab::updateButtons()
{
    const bool writable = !m_context->isReadOnly() && m_villageId > 0;
    const bool selected = currentPersonId() > 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(selected);
    bool holdsPost = false;
    if (selected) {
        const int row = m_model->rowOfPerson(currentPersonId());
        holdsPost = row >= 0 && !m_model->entry(row).posts.isEmpty();
    }
    m_endPost->setEnabled(writable && holdsPost);
    m_delete->setEnabled(writable && selected);
}

void MemberRosterTab::showMessage(const QString &text, bool error)
{
    m_status->setProperty("isError", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c5221f;") : QString());
    m_status->setText(text);
}

void MemberRosterTab::addMember()
{
    if (m_context->isReadOnly() || m_villageId <= 0)
        return;
    auto *dialog = new PersonDialog(m_context, m_villageId, 0, PersonDialog::Mode::Member, this);
    connect(dialog, &PersonDialog::saved, this, [this](qint64 id) {
        showMessage(QString(), false);
        reload();
        selectPerson(id);
    });
    dialog->open();
}

void MemberRosterTab::editCurrent()
{
    const qint64 id = currentPersonId();
    if (id <= 0)
        return;
    auto *dialog = new PersonDialog(m_context, m_villageId, id, PersonDialog::Mode::Member, this);
    connect(dialog, &PersonDialog::saved, this, [this](qint64 personId) {
        showMessage(QString(), false);
        reload();
        selectPerson(personId);
    });
    dialog->open();
}

void MemberRosterTab::endPostOfCurrent()
{
    const qint64 id = currentPersonId();
    const int row = m_model->rowOfPerson(id);
    if (row < 0 || m_context->isReadOnly())
        return;
    const RosterEntry entry = m_model->entry(row);
    if (entry.posts.isEmpty())
        return;

    // A small form: which post, from when, and why. The post keeps its place in the history.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("EndPostDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("End post – %1").arg(entry.person.name));
    auto *form = new QFormLayout(dialog);
    auto *post = new QComboBox(dialog);
    for (int i = 0; i < entry.posts.size(); ++i) {
        const Body body = entry.bodies.value(i);
        post->addItem(tr("%1 %2 (since %3)")
                          .arg(DomainText::body(body), DomainText::role(body, entry.posts[i].role),
                               entry.posts[i].start.toString(QStringLiteral("yyyy-MM-dd"))),
                      entry.posts[i].id);
    }
    auto *end = new QDateEdit(m_context->today(), dialog);
    end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    end->setCalendarPopup(true);
    auto *reason = new QComboBox(dialog);
    reason->setEditable(true);
    reason->addItems({tr("Resigned"), tr("Removed from office"), tr("Deceased"), tr("Moved away"), tr("Retired")});
    reason->setCurrentIndex(-1);
    reason->setMinimumWidth(220);
    auto *error = new QLabel(dialog);
    error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    error->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(tr("&Post:"), post);
    form->addRow(tr("Ends &on:"), end);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(error);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, dialog, [=, this] {
        const QString why = reason->currentText().trimmed();
        if (why.isEmpty()) {
            error->setText(tr("Say why the post ends."));
            return;
        }
        const Result<void> ended = edits::endPost(m_context->ledger(), post->currentData().toLongLong(), end->date(), why);
        if (!ended) {
            error->setText(ended.message());
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void MemberRosterTab::deleteCurrent()
{
    const qint64 id = currentPersonId();
    const int row = m_model->rowOfPerson(id);
    if (row < 0 || m_context->isReadOnly())
        return;
    const QString name = m_model->entry(row).person.name;
    const auto answer = MessageBox::question(
        this, tr("Delete %1").arg(name),
        tr("Delete %1 with all their posts and post history?\n\nWhen someone leaves office, "
           "use End post instead: the history is then kept. Delete is for records "
           "entered by mistake; Edit > Undo brings them back.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Result<void> deleted = edits::deletePerson(m_context->ledger(), id);
    if (!deleted)
        showMessage(tr("%1 was not deleted: %2").arg(name, deleted.message()), true);
}

bool MemberRosterTab::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the table itself has focus: an open phone editor keeps its own keys.
    if (watched == m_view && event->type() == QEvent::KeyPress && m_view->hasFocus()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                editCurrent();
                return true;
            case Qt::Key_Delete:
                deleteCurrent();
                return true;
            case Qt::Key_Insert:
                addMember();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tl::ui
