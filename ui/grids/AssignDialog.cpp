#include "grids/AssignDialog.h"

#include "grids/HouseholdRepository.h"
#include "shell/LedgerContext.h"
#include "storage/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

AssignDialog::AssignDialog(LedgerContext *context, qint64 villageId, const QVector<qint64> &householdIds,
                           qint64 preselectedGridId, QWidget *parent)
    : QDialog(parent), m_context(context), m_householdCount(int(householdIds.size()))
{
    const int householdCount = m_householdCount;
    for (const Household &h : HouseholdRepository(context->ledger()).fetch(householdIds))
        if (h.gridId > 0)
            ++m_chosenIn[h.gridId];
    setObjectName(QStringLiteral("AssignDialog"));
    setWindowTitle(tr("Assign %n household(s) to a grid", nullptr, householdCount));
    m_grids = GridRepository(context->ledger()).summaries(villageId);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("gridCombo"));
    m_grid->setMinimumWidth(320);
    m_grid->addItem(tr("(No grid – take them out of their grid)"), qint64(0));
    QHash<qint64, QString> names;
    for (const GridSummary &s : m_grids)
        names.insert(s.grid.id, s.grid.name);
    for (const GridSummary &s : m_grids) {
        QString text = s.grid.parentId > 0 ? tr("%1 › %2").arg(names.value(s.grid.parentId), s.grid.name) : s.grid.name;
        if (!s.grid.code.isEmpty())
            text = s.grid.code + QStringLiteral("  ") + text;
        m_grid->addItem(tr("%1 (%2 households)").arg(text).arg(s.households), s.grid.id);
    }
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Optional, kept in each household's history (e.g. moved house)"));
    form->addRow(tr("&Grid:"), m_grid);
    form->addRow(tr("Grid &worker:"), m_worker);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("assignHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_grid, &QComboBox::currentIndexChanged, this, [this] {
        fillWorkers();
        updateHint();
    });
    connect(m_worker, &QComboBox::currentIndexChanged, this, &AssignDialog::updateHint);
    // Most often the clerk assigns to a grid: start on the first one unless told otherwise.
    if (preselectedGridId > 0)
        setGrid(preselectedGridId);
    else if (m_grid->count() > 1)
        m_grid->setCurrentIndex(1);
    fillWorkers();
    updateHint();
}

qint64 AssignDialog::gridId() const
{
    return m_grid->currentData().toLongLong();
}

qint64 AssignDialog::workerId() const
{
    return m_worker->currentData().toLongLong();
}

QString AssignDialog::note() const
{
    return m_note->text().trimmed();
}

void AssignDialog::setGrid(qint64 gridId)
{
    const int i = m_grid->findData(gridId);
    if (i >= 0)
        m_grid->setCurrentIndex(i);
}

void AssignDialog::setWorker(qint64 workerId)
{
    const int i = m_worker->findData(workerId);
    if (i >= 0)
        m_worker->setCurrentIndex(i);
}

void AssignDialog::fillWorkers()
{
    m_worker->clear();
    const qint64 grid = gridId();
    const GridSummary *s = nullptr;
    for (const GridSummary &g : m_grids)
        if (g.grid.id == grid)
            s = &g;
    m_worker->setEnabled(s && !s->grid.workers.isEmpty());
    if (!s) {
        m_worker->addItem(tr("(none)"), qint64(0));
        return;
    }
    if (s->grid.workers.size() > 1 && m_householdCount > 1)
        m_worker->addItem(tr("Share among the grid's %1 workers").arg(s->grid.workers.size()), kShareAmongWorkers);
    m_worker->addItem(tr("(none)"), qint64(0));
    for (int i = 0; i < s->grid.workers.size(); ++i)
        m_worker->addItem(s->workerNames.value(i), s->grid.workers[i]);
    // One worker and one household: the obvious choice is that worker.
    if (s->grid.workers.size() == 1)
        m_worker->setCurrentIndex(1);
}

void AssignDialog::updateHint()
{
    const qint64 grid = gridId();
    QString text;
    if (grid == 0) {
        text = tr("The households will be in no grid; the findings list will show them until they are assigned again.");
    } else {
        const GridSettings settings = SettingsStore(m_context->ledger()).grid();
        int now = 0;
        int workers = 0;
        for (const GridSummary &g : m_grids)
            if (g.grid.id == grid) {
                now = g.households;
                workers = int(g.grid.workers.size());
            }
        // The grid after the assignment: those of the chosen households already in it are not
        // counted twice.
        const int after = now - m_chosenIn.value(grid) + m_householdCount;
        text = tr("The grid will have %1 households (size %2).").arg(after).arg(settings.size);
        if (qint64(after) * 100 > qint64(settings.size) * (100 + settings.tolerancePct))
            text += QLatin1Char(' ') + tr("That is above the size the township set (+%1%).").arg(settings.tolerancePct);
        if (workers == 0)
            text += QLatin1Char(' ') + tr("The grid has no grid workers yet: add them with Edit grid….");
        else if (workerId() == kShareAmongWorkers || workers == 1)
            // What each 网格员 keeps in touch with: the whole grid after the assignment, in turns.
            text += QLatin1Char(' ') + tr("About %1 households per worker.").arg((after + workers - 1) / workers);
    }
    m_hint->setText(text);
}

} // namespace tl::ui
