#include "grids/HouseholdDialog.h"

#include "common/FieldStyle.h"
#include "edits/GridEdits.h"
#include "grids/HouseholdRepository.h"
#include "shell/LedgerContext.h"
#include "committees/PersonRepository.h"
#include "model/TextNormalize.h"
#include "model/VillageRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
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

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}
} // namespace

HouseholdDialog::HouseholdDialog(LedgerContext *context, qint64 villageId, qint64 householdId, qint64 gridId,
                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_villageId(villageId), m_householdId(householdId)
{
    setObjectName(QStringLiteral("HouseholdDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    Ledger &ledger = context->ledger();
    if (householdId > 0) {
        m_stored = HouseholdRepository(ledger).get(householdId);
        if (m_stored)
            m_villageId = m_stored->villageId;
    }
    m_grids = GridRepository(ledger).ofVillage(m_villageId);
    const QString villageName = VillageRepository(ledger).get(m_villageId).value_or(Village{}).name;
    setWindowTitle(m_stored ? tr("Household of %1 – %2").arg(m_stored->headName, villageName)
                            : tr("New household – %1").arg(villageName));

    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Household"), this);
    auto *grid = new QGridLayout(box);
    m_headName = new QLineEdit(box);
    m_headName->setObjectName(QStringLiteral("headNameEdit"));
    m_headName->setMaxLength(40);
    m_idNumber = new QLineEdit(box);
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_idNumber->setMaxLength(24);
    m_idNumber->setPlaceholderText(tr("18 characters"));
    m_group = new QComboBox(box);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true); // villages write their groups their own way (第三村民小组, 3组)
    m_group->addItems(HouseholdRepository(ledger).groups(m_villageId));
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_address = new QLineEdit(box);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_people = new QSpinBox(box);
    m_people->setObjectName(QStringLiteral("peopleSpin"));
    m_people->setRange(0, 99); // the ledger says what is plausible; the spin box only keeps digits
    m_phone = new QLineEdit(box);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("Mobile or landline with area code"));

    m_headNameError = FieldStyle::createErrorLabel(box, QStringLiteral("headNameError"));
    m_idNumberError = FieldStyle::createErrorLabel(box, QStringLiteral("idNumberError"));
    m_peopleError = FieldStyle::createErrorLabel(box, QStringLiteral("peopleError"));
    m_phoneError = FieldStyle::createErrorLabel(box, QStringLiteral("phoneError"));

    auto put = [grid, box](int row, int col, const QString &text, QWidget *field, QLabel *error) {
        auto *label = new QLabel(text, box);
        label->setBuddy(field);
        grid->addWidget(label, row, col, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(field, row, col + 1);
        if (error)
            grid->addWidget(error, row + 1, col + 1);
    };
    put(0, 0, tr("&Head of household:"), m_headName, m_headNameError);
    put(0, 2, tr("Head's &ID number:"), m_idNumber, m_idNumberError);
    put(2, 0, tr("Villager &group:"), m_group, nullptr);
    put(2, 2, tr("&Door number / address:"), m_address, nullptr);
    put(4, 0, tr("&People:"), m_people, m_peopleError);
    put(4, 2, tr("P&hone:"), m_phone, m_phoneError);

    // Tags: the fixed ones as check boxes (they are counted in reports), anything else as text.
    auto *tagLabel = new QLabel(tr("Tags:"), box);
    grid->addWidget(tagLabel, 6, 0, Qt::AlignRight | Qt::AlignTop);
    auto *tags = new QGridLayout;
    tags->setHorizontalSpacing(14);
    const QStringList codes = HouseholdText::tagCodes();
    for (int i = 0; i < codes.size(); ++i) {
        auto *check = new QCheckBox(HouseholdText::tag(codes[i]), box);
        check->setObjectName(QStringLiteral("tag_%1").arg(codes[i]));
        check->setProperty("tagCode", codes[i]);
        tags->addWidget(check, i / 3, i % 3);
        m_tagBoxes << check;
    }
    grid->addLayout(tags, 6, 1, 1, 3);
    m_freeTags = new QLineEdit(box);
    m_freeTags->setObjectName(QStringLiteral("freeTagsEdit"));
    m_freeTags->setPlaceholderText(tr("Other tags, separated by commas"));
    auto *freeLabel = new QLabel(tr("Other &tags:"), box);
    freeLabel->setBuddy(m_freeTags);
    grid->addWidget(freeLabel, 7, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_freeTags, 7, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setVerticalSpacing(3);
    layout->addWidget(box);

    auto *gridBox = new QGroupBox(tr("Grid"), this);
    auto *gridLayout = new QGridLayout(gridBox);
    m_grid = new QComboBox(gridBox);
    m_grid->setObjectName(QStringLiteral("gridCombo"));
    m_grid->addItem(tr("(no grid)"), qint64(0));
    QHash<qint64, QString> names;
    for (const Grid &g : m_grids)
        names.insert(g.id, g.name);
    for (const Grid &g : m_grids)
        m_grid->addItem(g.parentId > 0 ? tr("%1 › %2").arg(names.value(g.parentId), g.name) : g.name, g.id);
    m_worker = new QComboBox(gridBox);
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_gridError = FieldStyle::createErrorLabel(gridBox, QStringLiteral("gridError"));
    auto *gl = new QLabel(tr("G&rid:"), gridBox);
    gl->setBuddy(m_grid);
    auto *wl = new QLabel(tr("Grid &worker:"), gridBox);
    wl->setBuddy(m_worker);
    gridLayout->addWidget(gl, 0, 0, Qt::AlignRight | Qt::AlignVCenter);
    gridLayout->addWidget(m_grid, 0, 1);
    gridLayout->addWidget(wl, 0, 2, Qt::AlignRight | Qt::AlignVCenter);
    gridLayout->addWidget(m_worker, 0, 3);
    gridLayout->addWidget(m_gridError, 1, 1, 1, 3);
    gridLayout->setColumnStretch(1, 1);
    gridLayout->setColumnStretch(3, 1);
    layout->addWidget(gridBox);

    if (m_stored)
        layout->addWidget(buildHistory(), 1);

    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!context->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    load();
    if (!m_stored && gridId > 0) {
        m_grid->setCurrentIndex(qMax(0, m_grid->findData(gridId)));
        fillWorkers(0);
    }

    // A field is judged once the clerk has typed in it (or on Save), not while the dialog is fresh.
    auto touched = [this](const QString &field) {
        return [this, field] {
            if (m_loading)
                return;
            m_touched.insert(field);
            validateNow();
        };
    };
    connect(m_headName, &QLineEdit::textChanged, this, touched(QStringLiteral("headName")));
    connect(m_idNumber, &QLineEdit::textChanged, this, touched(QStringLiteral("headIdNumber")));
    connect(m_people, &QSpinBox::valueChanged, this, touched(QStringLiteral("people")));
    connect(m_phone, &QLineEdit::textChanged, this, touched(QStringLiteral("phone")));
    connect(m_grid, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        fillWorkers(0);
        validateNow();
    });
    connect(m_worker, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            validateNow();
    });
    setMinimumWidth(720);
    m_headName->setFocus();
}

QWidget *HouseholdDialog::buildHistory()
{
    auto *box = new QGroupBox(tr("Grid history"), this);
    auto *v = new QVBoxLayout(box);
    auto *table = new QTableWidget(box);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("From"), tr("Grid"), tr("Grid worker"), tr("Note")});
    QHash<qint64, QString> gridNames;
    for (const Grid &g : m_grids)
        gridNames.insert(g.id, g.name);
    PersonRepository people(m_context->ledger());
    const QList<Assignment> history = HouseholdRepository(m_context->ledger()).history(m_householdId);
    table->setRowCount(int(history.size()));
    // Newest first: the clerk asks "who looked after them before?".
    for (int r = 0; r < history.size(); ++r) {
        const Assignment &a = history[history.size() - 1 - r];
        QString grid = tr("(no grid)");
        if (a.gridId > 0)
            grid = gridNames.value(a.gridId, tr("(deleted grid)"));
        QString worker;
        if (a.workerId > 0)
            worker = people.get(a.workerId).value_or(Person{}).name;
        const QStringList cells{isoDate(a.on), grid, worker, a.note};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    const int rows = qBound(2, int(history.size()), 6);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            rows * table->verticalHeader()->defaultSectionSize() + 4);
    if (history.isEmpty()) {
        auto *none = new QLabel(tr("Never assigned to a grid."), box);
        none->setStyleSheet(QStringLiteral("color: palette(mid);"));
        v->addWidget(none);
    }
    v->addWidget(table);
    return box;
}

void HouseholdDialog::load()
{
    m_loading = true;
    const Household h = m_stored.value_or(Household{});
    m_headName->setText(h.headName);
    m_idNumber->setText(h.headIdNumber);
    m_group->setCurrentText(h.group);
    if (!m_stored)
        m_group->setCurrentIndex(-1);
    m_address->setText(h.address);
    m_people->setValue(h.people);
    m_phone->setText(h.phone);
    QStringList free;
    for (const QString &t : h.tags) {
        bool fixed = false;
        for (QCheckBox *c : m_tagBoxes)
            if (c->property("tagCode").toString() == t) {
                c->setChecked(true);
                fixed = true;
            }
        if (!fixed)
            free << t;
    }
    m_freeTags->setText(free.join(tr(", ", "separator of a list of tags")));
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(h.gridId)));
    fillWorkers(h.workerId);
    m_loading = false;
    validateNow();
}

void HouseholdDialog::fillWorkers(qint64 select)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_worker->clear();
    m_worker->addItem(tr("(none)"), qint64(0));
    const qint64 gridId = m_grid->currentData().toLongLong();
    PersonRepository people(m_context->ledger());
    for (const Grid &g : m_grids)
        if (g.id == gridId)
            for (qint64 w : g.workers)
                m_worker->addItem(people.get(w).value_or(Person{}).name, w);
    m_worker->setCurrentIndex(qMax(0, m_worker->findData(select)));
    m_worker->setEnabled(m_worker->count() > 1);
    m_loading = wasLoading;
}

Household HouseholdDialog::current() const
{
    Household h = m_stored.value_or(Household{});
    h.villageId = m_villageId;
    h.headName = m_headName->text();
    h.headIdNumber = m_idNumber->text();
    h.group = m_group->currentText();
    h.address = m_address->text();
    h.people = m_people->value();
    h.phone = m_phone->text();
    h.tags.clear();
    for (QCheckBox *c : m_tagBoxes)
        if (c->isChecked())
            h.tags << c->property("tagCode").toString();
    // Clerks separate with whatever their input method gives: , ， 、 ; or spaces.
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    for (const QString &t : m_freeTags->text().split(separators, Qt::SkipEmptyParts))
        h.tags << HouseholdText::tagCode(t); // 低保 typed by hand becomes the fixed tag
    h.gridId = m_grid->currentData().toLongLong();
    h.workerId = m_worker->currentData().toLongLong();
    return h;
}

bool HouseholdDialog::validateNow()
{
    Household h = current();
    const FieldErrors errors = HouseholdRepository(m_context->ledger()).validate(h);
    const bool judgeAll = m_triedSave || m_stored.has_value();
    auto show = [&](const QString &field, QWidget *editor, QLabel *label) {
        const bool judge = judgeAll || m_touched.contains(field);
        FieldStyle::setError(editor, label, judge ? FieldStyle::messagesFor(errors, field) : QString());
    };
    show(QStringLiteral("headName"), m_headName, m_headNameError);
    show(QStringLiteral("headIdNumber"), m_idNumber, m_idNumberError);
    show(QStringLiteral("people"), m_people, m_peopleError);
    show(QStringLiteral("phone"), m_phone, m_phoneError);
    QStringList gridMessages;
    for (const QString &f : {QStringLiteral("grid"), QStringLiteral("worker")}) {
        const QString m = FieldStyle::messagesFor(errors, f);
        if (!m.isEmpty())
            gridMessages << m;
    }
    FieldStyle::setError(m_grid, m_gridError, gridMessages.join(QLatin1Char('\n')));
    if (FieldStyle::messagesFor(errors, QStringLiteral("headIdNumber")).isEmpty())
        checkDuplicateId();
    const bool ok = errors.isEmpty();
    if (ok && m_refusal->isVisible())
        FieldStyle::setError(nullptr, m_refusal, QString());
    growToFit(this);
    return ok;
}

// The same head ID in two households is a finding (two villages' sheets listing one family, or a
// typo); say so while typing, without refusing: the clerk may be entering the second on purpose.
void HouseholdDialog::checkDuplicateId()
{
    const IdNumberInfo id = Validators::checkIdNumber(m_idNumber->text());
    if (!id.valid)
        return;
    HouseholdRepository repo(m_context->ledger());
    QVector<qint64> others = repo.idsWithHeadId(id.normalized);
    others.removeAll(m_householdId);
    for (const Household &h : repo.fetch(others.mid(0, 20)))
        if (h.headIdNumber == id.normalized) {
            const QString village = VillageRepository(m_context->ledger()).get(h.villageId).value_or(Village{}).name;
            FieldStyle::setWarning(m_idNumber, m_idNumberError,
                                   tr("Already the head of another household: %1 (%2, %3)")
                                       .arg(h.headName, village, h.group));
            return;
        }
}

void HouseholdDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool HouseholdDialog::save()
{
    if (m_context->isReadOnly())
        return false;
    m_triedSave = true;
    if (!validateNow()) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not saved: correct the marked fields first."));
        return false;
    }
    const Household after = current();
    qint64 id = after.id;
    if (!m_stored) {
        const Result<qint64> added = edits::addHousehold(m_context->ledger(), after);
        if (!added) {
            FieldStyle::setError(nullptr, m_refusal, tr("Not saved: %1").arg(added.message()));
            return false;
        }
        id = *added;
    } else if (const Result<void> edited = edits::editHousehold(m_context->ledger(), after); !edited) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not saved: %1").arg(edited.message()));
        return false;
    }
    m_householdId = id;
    Q_EMIT saved(id);
    return true;
}

} // namespace tl::ui
