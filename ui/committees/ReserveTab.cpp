#include "committees/ReserveTab.h"

#include "edits/CommitteeEdits.h"
#include "common/FieldStyle.h"
#include "shell/LedgerContext.h"
#include "committees/PersonDialog.h"
#include "committees/PersonRepository.h"
#include "committees/ReserveModel.h"
#include "committees/ReserveRepository.h"
#include "storage/Settings.h"
#include "common/TableExporter.h"

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
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

ReserveTab::ReserveTab(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_addExisting = new QPushButton(tr("Add &person of the village…"), this);
    m_addExisting->setObjectName(QStringLiteral("addReserveExistingButton"));
    m_addExisting->setToolTip(tr("Add someone already recorded in this village to the reserve pool"));
    m_addNew = new QPushButton(tr("Add &new person…"), this);
    m_addNew->setObjectName(QStringLiteral("addReserveNewButton"));
    m_addNew->setToolTip(tr("Record a new person and add them to the reserve pool"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editReserveButton"));
    m_remove = new QPushButton(tr("Take &off the list…"), this);
    m_remove->setObjectName(QStringLiteral("removeReserveButton"));
    m_remove->setToolTip(tr("The selected cadre leaves the reserve pool on a date, for a reason; the record stays"));
    m_delete = new QPushButton(tr("&Delete record"), this);
    m_delete->setObjectName(QStringLiteral("deleteReserveButton"));
    m_delete->setToolTip(tr("Delete the selected record, entered by mistake (Edit > Undo brings it back)"));
    m_showFormer = new QCheckBox(tr("Show &former cadres"), this);
    m_showFormer->setObjectName(QStringLiteral("showFormerReserves"));
    m_showFormer->setToolTip(tr("Also list the cadres taken off the list, with when and why"));
    buttons->addWidget(m_addExisting);
    buttons->addWidget(m_addNew);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_delete);
    buttons->addSpacing(12);
    buttons->addWidget(m_showFormer);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_model = new ReserveModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReserveModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reserveView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_export = TableExporter::addExportAction(
        m_view, this, [this] { return tr("Reserve cadres – %1").arg(m_context->villageName(m_villageId)); });
    buttons->addWidget(TableExporter::exportButton(m_export, this));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reserveStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_addExisting, &QPushButton::clicked, this, &ReserveTab::addExisting);
    connect(m_addNew, &QPushButton::clicked, this, &ReserveTab::addNewPerson);
    connect(m_edit, &QPushButton::clicked, this, &ReserveTab::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ReserveTab::removeCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ReserveTab::deleteCurrent);
    connect(m_showFormer, &QCheckBox::toggled, this, &ReserveTab::reload);
    connect(m_view, &QTableView::doubleClicked, this, &ReserveTab::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReserveTab::updateButtons);
    updateButtons();
}

void ReserveTab::setVillage(qint64 villageId)
{
    m_villageId = villageId;
    reload();
    if (currentCadreId() <= 0 && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0)); // ready for the keyboard
}

void ReserveTab::reload()
{
    const qint64 keep = currentCadreId();
    Ledger &ledger = m_context->ledger();
    QHash<qint64, Person> people;
    for (const Person &p : PersonRepository(ledger).byVillage(m_villageId))
        people.insert(p.id, p);
    QList<ReserveRow> rows;
    int current = 0, former = 0;
    for (const ReserveCadre &c : ReserveRepository(ledger).ofVillage(m_villageId)) {
        (c.isCurrent() ? current : former)++;
        if (c.isCurrent() || m_showFormer->isChecked())
            rows << ReserveRow{c, people.value(c.personId)};
    }
    m_model->setRows(rows, m_context->today());
    m_view->setColumnHidden(ReserveModel::Removed, !m_showFormer->isChecked());
    m_view->resizeColumnsToContents();
    if (keep > 0)
        selectCadre(keep);
    const int target = SettingsStore(ledger).targets().minReserveCadres;
    m_status->setStyleSheet(current < target ? QStringLiteral("color: #c5221f;") : QString());
    QString status = tr("%1 reserve cadres (target: at least %2 per village).").arg(current).arg(target);
    if (former > 0)
        status += QLatin1Char(' ') + tr("%n former cadre(s) taken off the list.", nullptr, former);
    m_status->setText(status);
    updateButtons();
}

qint64 ReserveTab::currentCadreId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ReserveModel::CadreIdRole).toLongLong() : 0;
}

void ReserveTab::selectCadre(qint64 cadreId)
{
    const int row = m_model->rowOfCadre(cadreId);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void ReserveTab::updateButtons()
{
    const bool writable = !m_context->isReadOnly() && m_villageId > 0;
    const bool selected = currentCadreId() > 0;
    m_addExisting->setEnabled(writable);
    m_addNew->setEnabled(writable);
    const int row = m_model->rowOfCadre(currentCadreId());
    const bool current = row >= 0 && m_model->row(row).cadre.isCurrent();
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && current);
    m_delete->setEnabled(writable && selected);
}

void ReserveTab::addExisting()
{
    openEntryDialog(nullptr);
}

void ReserveTab::addNewPerson()
{
    if (m_context->isReadOnly() || m_villageId <= 0)
        return;
    auto *dialog = new PersonDialog(m_context, m_villageId, 0, PersonDialog::Mode::Reserve, this);
    connect(dialog, &PersonDialog::saved, this, [this](qint64 personId) {
        reload();
        for (const ReserveCadre &c : ReserveRepository(m_context->ledger()).ofPerson(personId))
            selectCadre(c.id);
    });
    dialog->open();
}

void ReserveTab::editCurrent()
{
    const int row = m_model->rowOfCadre(currentCadreId());
    if (row < 0 || m_context->isReadOnly())
        return;
    const ReserveCadre cadre = m_model->row(row).cadre;
    openEntryDialog(&cadre);
}

void ReserveTab::openEntryDialog(const ReserveCadre *existing)
{
    if (m_context->isReadOnly() || m_villageId <= 0)
        return;
    Ledger *ledger = &m_context->ledger();
    const std::optional<ReserveCadre> old = existing ? std::optional<ReserveCadre>(*existing) : std::nullopt;

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("ReserveEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(420);
    auto *form = new QFormLayout(dialog);
    auto *person = new QComboBox(dialog);
    person->setObjectName(QStringLiteral("reservePersonCombo"));
    if (old) {
        dialog->setWindowTitle(tr("Edit reserve cadre"));
        person->addItem(PersonRepository(*ledger).get(old->personId).value_or(Person{}).name, old->personId);
        person->setEnabled(false);
    } else {
        dialog->setWindowTitle(tr("Add to the reserve pool"));
        QSet<qint64> inPool;
        for (const ReserveCadre &c : ReserveRepository(*ledger).ofVillage(m_villageId))
            inPool.insert(c.personId);
        const QDate today = m_context->today();
        for (const Person &p : PersonRepository(*ledger).byVillage(m_villageId)) {
            if (inPool.contains(p.id))
                continue;
            const int age = ageOn(p.birthDate, today);
            person->addItem(age >= 0 ? tr("%1 (%2, %3 years)").arg(p.name, DomainText::gender(p.gender)).arg(age)
                                     : p.name,
                            p.id);
        }
    }
    auto *source = new QComboBox(dialog);
    source->setObjectName(QStringLiteral("reserveSourceCombo"));
    for (const QString &code : DomainText::reserveSourceCodes())
        source->addItem(DomainText::reserveSource(code), code);
    auto *added = new QDateEdit(dialog);
    added->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    added->setCalendarPopup(true);
    added->setDate(old && old->added.isValid() ? old->added : m_context->today());
    auto *note = new QLineEdit(dialog);
    note->setObjectName(QStringLiteral("reserveNoteEdit"));
    if (old) {
        source->setCurrentIndex(qMax(0, source->findData(old->source)));
        note->setText(old->note);
    }
    auto *error = FieldStyle::createErrorLabel(dialog, QStringLiteral("reserveError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(tr("&Person:"), person);
    form->addRow(tr("&Source:"), source);
    form->addRow(tr("&Added on:"), added);
    form->addRow(tr("&Note:"), note);
    form->addRow(error);
    form->addRow(buttons);
    if (!old && person->count() == 0) {
        FieldStyle::setError(person, error, tr("Everybody recorded in this village is already in the pool; use "
                                               "\"Add new person\"."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        ReserveCadre c = old.value_or(ReserveCadre{});
        c.villageId = m_villageId;
        c.personId = person->currentData().toLongLong();
        c.source = source->currentData().toString();
        c.added = added->date();
        c.note = note->text().trimmed();
        const QString name = person->currentText().section(QLatin1String(" ("), 0, 0);
        Result<void> saved;
        if (old) {
            saved = edits::editReserveCadre(*ledger, c, name);
        } else {
            const Result<qint64> added = edits::addReserveCadre(*ledger, c, name);
            saved = withoutValue(added);
            if (added)
                c.id = *added;
        }
        if (!saved) {
            FieldStyle::setError(nullptr, error, saved.message());
            return;
        }
        reload();
        selectCadre(c.id);
        dialog->accept();
    });
    dialog->open();
}

void ReserveTab::removeCurrent()
{
    const int row = m_model->rowOfCadre(currentCadreId());
    if (row < 0 || m_context->isReadOnly() || !m_model->row(row).cadre.isCurrent())
        return;
    const ReserveCadre cadre = m_model->row(row).cadre;
    const QString name = m_model->row(row).person.name;
    Ledger *ledger = &m_context->ledger();

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("ReserveTakeOffDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Take %1 off the reserve list").arg(name));
    dialog->setMinimumWidth(420);
    auto *form = new QFormLayout(dialog);
    auto *on = new QDateEdit(dialog);
    on->setObjectName(QStringLiteral("removedOnEdit"));
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    on->setCalendarPopup(true);
    on->setDate(m_context->today());
    // The usual reasons are offered; the clerk may type another.
    auto *reason = new QComboBox(dialog);
    reason->setObjectName(QStringLiteral("removedReasonEdit"));
    reason->setEditable(true);
    reason->addItems({QString(), tr("Elected or appointed to a village post"), tr("Moved away"),
                      tr("No longer suitable"), tr("Asked to leave the pool")});
    reason->setCurrentIndex(0);
    auto *error = FieldStyle::createErrorLabel(dialog, QStringLiteral("takeOffError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take off the list"));
    auto *explain = new QLabel(tr("%1 leaves the reserve pool. The record stays, with the date and the reason; "
                                  "the list of any earlier date still shows the cadre.")
                                   .arg(name),
                               dialog);
    explain->setWordWrap(true);
    form->addRow(explain);
    form->addRow(tr("&Date:"), on);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        const Result<void> done = edits::takeReserveCadreOff(*ledger, cadre.id, on->date(), reason->currentText(), name);
        if (!done) {
            FieldStyle::setError(nullptr, error, done.message());
            return;
        }
        reload();
        dialog->accept();
    });
    dialog->open();
}

void ReserveTab::deleteCurrent()
{
    const int row = m_model->rowOfCadre(currentCadreId());
    if (row < 0 || m_context->isReadOnly())
        return;
    const ReserveCadre cadre = m_model->row(row).cadre;
    const QString name = m_model->row(row).person.name;
    // Deleting is for a record entered by mistake; Edit > Undo puts it back as it was, so no
    // confirmation is asked.
    const Result<void> removed = edits::removeReserveCadre(m_context->ledger(), cadre.id, name);
    if (!removed)
        m_status->setText(tr("%1 was not deleted: %2").arg(name, removed.message()));
}

bool ReserveTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tl::ui
