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
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeReserveButton"));
    m_remove->setToolTip(tr("Take the selected person out of the reserve pool (the person record stays)"));
    buttons->addWidget(m_addExisting);
    buttons->addWidget(m_addNew);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
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
    for (const ReserveCadre &c : ReserveRepository(ledger).ofVillage(m_villageId))
        rows << ReserveRow{c, people.value(c.personId)};
    m_model->setRows(rows, m_context->today());
    m_view->resizeColumnsToContents();
    if (keep > 0)
        selectCadre(keep);
    const int target = SettingsStore(ledger).targets().minReserveCadres;
    m_status->setStyleSheet(rows.size() < target ? QStringLiteral("color: #c5221f;") : QString());
    m_status->setText(tr("%1 reserve cadres (target: at least %2 per village).").arg(rows.size()).arg(target));
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
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
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
    if (row < 0 || m_context->isReadOnly())
        return;
    const ReserveCadre cadre = m_model->row(row).cadre;
    const QString name = m_model->row(row).person.name;
    // Removing only takes the person out of the pool; Edit > Undo puts the entry back as it was,
    // so no confirmation is asked.
    const Result<void> removed = edits::removeReserveCadre(m_context->ledger(), cadre.id, name);
    if (!removed)
        m_status->setText(tr("%1 was not removed: %2").arg(name, removed.message()));
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
