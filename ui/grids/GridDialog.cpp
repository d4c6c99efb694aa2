#include "grids/GridDialog.h"

#include "common/FieldStyle.h"
#include "edits/GridEdits.h"
#include "grids/HouseholdRepository.h"
#include "shell/LedgerContext.h"
#include "committees/PersonRepository.h"
#include "model/VillageRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
// Reasons shown under the fields make the form taller: a dialog on screen grows instead of
// squeezing its rows together.
void growToFit(QDialog *dialog)
{
    if (!dialog->isVisible() || !dialog->layout())
        return;
    dialog->layout()->activate();
    const int wanted = dialog->sizeHint().height();
    if (dialog->height() < wanted)
        dialog->resize(dialog->width(), wanted);
}

// Names repeat in a village (three 王建国 are no rarity): the birth year tells them apart.
QString personText(const Person &p)
{
    return p.birthDate.isValid() ? QStringLiteral("%1 (%2)").arg(p.name).arg(p.birthDate.year()) : p.name;
}
} // namespace

GridDialog::GridDialog(LedgerContext *context, qint64 villageId, qint64 gridId, qint64 parentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_villageId(villageId), m_gridId(gridId)
{
    setObjectName(QStringLiteral("GridDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    Ledger &ledger = context->ledger();
    GridRepository grids(ledger);
    if (gridId > 0) {
        m_stored = grids.get(gridId);
        if (m_stored)
            m_villageId = m_stored->villageId;
    }
    const QList<Grid> all = grids.ofVillage(m_villageId);
    const QString villageName = VillageRepository(ledger).get(m_villageId).value_or(Village{}).name;
    setWindowTitle(m_stored ? tr("Grid %1 – %2").arg(m_stored->name, villageName) : tr("New grid – %1").arg(villageName));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(40);
    m_name->setPlaceholderText(tr("e.g. First group grid"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(30);
    m_code->setPlaceholderText(tr("The county's grid code, if it gave one"));
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parentCombo"));
    m_parent->addItem(tr("(none – directly under the village)"), qint64(0));
    bool hasChildren = false;
    for (const Grid &g : all) {
        if (g.parentId == 0 && g.id != gridId)
            m_parent->addItem(g.name, g.id);
        hasChildren = hasChildren || (gridId > 0 && g.parentId == gridId);
    }
    if (hasChildren) {
        m_parent->setEnabled(false);
        m_parent->setToolTip(tr("This grid has sub-grids, so it stays directly under the village."));
    }

    // 网格长 and 网格员 are people of the ledger; a note says who already works in another grid.
    const QList<Person> people = PersonRepository(ledger).byVillage(m_villageId);
    QHash<qint64, QStringList> otherGrids;
    for (const Grid &g : all)
        if (g.id != gridId)
            for (qint64 w : g.workers)
                otherGrids[w] << g.name;
    m_leader = new QComboBox(this);
    m_leader->setObjectName(QStringLiteral("leaderCombo"));
    m_leader->addItem(tr("(none yet)"), qint64(0));
    for (const Person &p : people)
        m_leader->addItem(personText(p), p.id);

    m_workerSearch = new QLineEdit(this);
    m_workerSearch->setObjectName(QStringLiteral("workerSearch"));
    m_workerSearch->setPlaceholderText(tr("Find a person"));
    m_workerSearch->setClearButtonEnabled(true);
    m_workers = new QListWidget(this);
    m_workers->setObjectName(QStringLiteral("workerList"));
    m_workers->setMinimumHeight(180);
    for (const Person &p : people) {
        QString text = personText(p);
        if (otherGrids.contains(p.id))
            text += QStringLiteral("  — ") + tr("also in %1").arg(otherGrids.value(p.id).join(tr(", ", "separator of a list of names")));
        auto *item = new QListWidgetItem(text, m_workers);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_workerCount = new QLabel(this);
    m_workerCount->setObjectName(QStringLiteral("workerCount"));
    auto *workersBox = new QWidget(this);
    auto *wv = new QVBoxLayout(workersBox);
    wv->setContentsMargins(0, 0, 0, 0);
    wv->addWidget(m_workerSearch);
    wv->addWidget(m_workers, 1);
    wv->addWidget(m_workerCount);
    if (people.isEmpty()) {
        auto *none = new QLabel(tr("The village has no people in the ledger yet: add them on the members or reserve "
                                   "cadres tab first."),
                                this);
        none->setWordWrap(true);
        wv->addWidget(none);
    }

    m_area = new QPlainTextEdit(this);
    m_area->setObjectName(QStringLiteral("areaEdit"));
    m_area->setPlaceholderText(tr("Which groups, streets or door numbers the grid covers"));
    m_area->setFixedHeight(70);
    m_area->setTabChangesFocus(true);

    m_nameError = FieldStyle::createErrorLabel(this, QStringLiteral("nameError"));
    m_parentError = FieldStyle::createErrorLabel(this, QStringLiteral("parentError"));
    m_leaderError = FieldStyle::createErrorLabel(this, QStringLiteral("leaderError"));
    m_workersError = FieldStyle::createErrorLabel(this, QStringLiteral("workersError"));
    auto withError = [this](QWidget *field, QLabel *error) {
        auto *w = new QWidget(this);
        auto *v = new QVBoxLayout(w);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(error);
        return w;
    };
    form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Parent grid:"), withError(m_parent, m_parentError));
    form->addRow(tr("Grid &leader:"), withError(m_leader, m_leaderError));
    form->addRow(tr("Grid &workers:"), withError(workersBox, m_workersError));
    form->addRow(tr("&Area:"), m_area);
    layout->addLayout(form, 1);

    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!context->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &GridDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Load.
    m_loading = true;
    const Grid g = m_stored.value_or(Grid{});
    m_name->setText(g.name);
    m_code->setText(g.code);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(m_stored ? g.parentId : parentId)));
    m_leader->setCurrentIndex(qMax(0, m_leader->findData(g.leaderId)));
    setWorkers(g.workers);
    m_area->setPlainText(g.area);
    m_loading = false;

    auto changed = [this] {
        if (!m_loading)
            validateNow();
    };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_parent, &QComboBox::currentIndexChanged, this, changed);
    connect(m_leader, &QComboBox::currentIndexChanged, this, changed);
    connect(m_workers, &QListWidget::itemChanged, this, [this, changed] {
        updateWorkerCount();
        changed();
    });
    connect(m_workerSearch, &QLineEdit::textChanged, this, &GridDialog::filterWorkers);
    updateWorkerCount();
    if (m_stored)
        validateNow();
    setMinimumWidth(560);
    m_name->setFocus();
}

void GridDialog::setWorkers(const QList<qint64> &personIds)
{
    for (int i = 0; i < m_workers->count(); ++i) {
        QListWidgetItem *item = m_workers->item(i);
        item->setCheckState(personIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void GridDialog::setLeader(qint64 personId)
{
    m_leader->setCurrentIndex(qMax(0, m_leader->findData(personId)));
}

void GridDialog::filterWorkers(const QString &text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < m_workers->count(); ++i) {
        QListWidgetItem *item = m_workers->item(i);
        // Ticked people stay visible, so a search never hides who is chosen.
        item->setHidden(!t.isEmpty() && !item->text().contains(t, Qt::CaseInsensitive) &&
                        item->checkState() != Qt::Checked);
    }
}

void GridDialog::updateWorkerCount()
{
    int n = 0;
    for (int i = 0; i < m_workers->count(); ++i)
        n += m_workers->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_workerCount->setText(tr("%n grid worker(s) chosen", nullptr, n));
}

Grid GridDialog::current() const
{
    Grid g = m_stored.value_or(Grid{});
    g.villageId = m_villageId;
    g.name = m_name->text();
    g.code = m_code->text();
    g.parentId = m_parent->currentData().toLongLong();
    g.leaderId = m_leader->currentData().toLongLong();
    g.area = m_area->toPlainText().trimmed();
    g.workers.clear();
    for (int i = 0; i < m_workers->count(); ++i)
        if (m_workers->item(i)->checkState() == Qt::Checked)
            g.workers << m_workers->item(i)->data(Qt::UserRole).toLongLong();
    return g;
}

bool GridDialog::validateNow()
{
    Grid g = current();
    const FieldErrors errors = GridRepository(m_context->ledger()).validate(g);
    const bool judgeName = m_triedSave || m_stored || !m_name->text().isEmpty();
    FieldStyle::setError(m_name, m_nameError, judgeName ? FieldStyle::messagesFor(errors, QStringLiteral("name")) : QString());
    FieldStyle::setError(m_parent, m_parentError, FieldStyle::messagesFor(errors, QStringLiteral("parent")));
    FieldStyle::setError(m_leader, m_leaderError, FieldStyle::messagesFor(errors, QStringLiteral("leader")));
    FieldStyle::setError(m_workers, m_workersError, FieldStyle::messagesFor(errors, QStringLiteral("workers")));
    // Not an error (grids are set up step by step), but the findings list will show it.
    if (errors.isEmpty() && g.leaderId == 0)
        FieldStyle::setWarning(m_leader, m_leaderError, tr("A grid without a leader is listed in the findings."));
    const bool ok = errors.isEmpty();
    if (ok && m_refusal->isVisible())
        FieldStyle::setError(nullptr, m_refusal, QString());
    growToFit(this);
    return ok;
}

void GridDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool GridDialog::save()
{
    if (m_context->isReadOnly())
        return false;
    m_triedSave = true;
    if (!validateNow()) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not saved: correct the marked fields first."));
        return false;
    }
    const Grid after = current();
    qint64 id = after.id;
    if (!m_stored) {
        const Result<qint64> added = edits::addGrid(m_context->ledger(), after);
        if (!added) {
            FieldStyle::setError(nullptr, m_refusal, tr("Not saved: %1").arg(added.message()));
            return false;
        }
        id = *added;
    } else if (const Result<void> edited = edits::editGrid(m_context->ledger(), after); !edited) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not saved: %1").arg(edited.message()));
        return false;
    }
    m_gridId = id;
    Q_EMIT saved(id);
    return true;
}

} // namespace tl::ui
