#include "grids/GridProposalDialog.h"

#include "common/FieldStyle.h"
#include "edits/GridEdits.h"
#include "grids/HouseholdRepository.h"
#include "shell/LedgerContext.h"
#include "committees/PersonRepository.h"
#include "storage/Settings.h"
#include "model/VillageRepository.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace tl::ui {

GridProposalDialog::GridProposalDialog(LedgerContext *context, const GridProposalPlan &plan, QWidget *parent)
    : QDialog(parent), m_context(context), m_plan(plan)
{
    setObjectName(QStringLiteral("GridProposalDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    Ledger &ledger = context->ledger();
    const QString villageName = VillageRepository(ledger).get(plan.villageId).value_or(Village{}).name;
    setWindowTitle(tr("Proposed grids – %1").arg(villageName));
    const GridSettings settings = SettingsStore(ledger).grid();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("proposalSummary"));
    intro->setWordWrap(true);
    intro->setText(tr("%1 households in %2 grids: one grid per villager group, split when a group has more than %3 "
                      "households; each grid worker keeps in touch with about %4. Nothing is written until you "
                      "apply, and Edit > Undo takes the whole proposal back. Names and codes can be changed here.")
                       .arg(plan.households)
                       .arg(plan.grids.size())
                       .arg(settings.size)
                       .arg(settings.perWorker));
    layout->addWidget(intro);

    // People per household and names of the staff, read once for the whole table.
    QHash<qint64, int> peopleOf;
    {
        QVector<qint64> ids;
        for (const ProposedGrid &g : plan.grids)
            ids += g.households;
        for (const Household &h : HouseholdRepository(ledger).fetch(ids))
            peopleOf.insert(h.id, h.people);
    }
    QHash<qint64, QString> names;
    for (const Person &p : PersonRepository(ledger).byVillage(plan.villageId))
        names.insert(p.id, p.name);

    m_table = new QTableWidget(int(plan.grids.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("proposalTable"));
    m_table->setHorizontalHeaderLabels({tr("Grid name"), tr("Code"), tr("Villager group"), tr("Households"),
                                        tr("People"), tr("Grid leader"), tr("Grid workers (households each)")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    const QColor amber(0xb0, 0x60, 0x00);
    for (int r = 0; r < plan.grids.size(); ++r) {
        const ProposedGrid &g = plan.grids[r];
        int people = 0;
        for (qint64 h : g.households)
            people += peopleOf.value(h);
        QHash<qint64, int> load;
        for (qint64 w : g.workerOf)
            if (w > 0)
                ++load[w];
        QStringList staff;
        for (qint64 w : g.workers)
            staff << tr("%1 (%2)").arg(names.value(w)).arg(load.value(w));
        auto item = [](const QString &text, bool editable) {
            auto *i = new QTableWidgetItem(text);
            if (!editable)
                i->setFlags(i->flags() & ~Qt::ItemIsEditable);
            return i;
        };
        m_table->setItem(r, Name, item(g.name, true));
        m_table->setItem(r, Code, item(g.code, true));
        m_table->setItem(r, Group, item(g.group, false));
        auto *count = item(QString::number(g.households.size()), false);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, Households, count);
        auto *peopleItem = item(QString::number(people), false);
        peopleItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, People, peopleItem);
        auto *leader = item(g.leaderId > 0 ? names.value(g.leaderId) : tr("(none)"), false);
        if (g.leaderId == 0)
            leader->setForeground(QBrush(amber));
        m_table->setItem(r, Leader, leader);
        auto *workers = item(staff.isEmpty() ? tr("(none – not enough people)")
                                             : staff.join(tr(", ", "separator of a list of names")),
                             false);
        if (staff.isEmpty())
            workers->setForeground(QBrush(amber));
        workers->setToolTip(workers->text());
        m_table->setItem(r, Workers, workers);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Workers, qMin(m_table->columnWidth(Workers), 380));
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    if (!plan.notes.isEmpty()) {
        auto *notes = new QLabel(this);
        notes->setObjectName(QStringLiteral("proposalNotes"));
        notes->setWordWrap(true);
        notes->setTextFormat(Qt::PlainText);
        notes->setText(QStringLiteral("• ") + plan.notes.join(QStringLiteral("\n• ")));
        notes->setStyleSheet(QStringLiteral("color: #b06000;"));
        layout->addWidget(notes);
    }
    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Apply proposal"));
    ok->setEnabled(!context->isReadOnly() && !plan.grids.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &GridProposalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        FieldStyle::setError(nullptr, m_refusal, checkNames());
    });
    layout->addWidget(buttons);
    resize(980, 560);
}

GridProposalPlan GridProposalDialog::plan() const
{
    GridProposalPlan p = m_plan;
    for (int r = 0; r < p.grids.size(); ++r) {
        p.grids[r].name = m_table->item(r, Name)->text().trimmed();
        p.grids[r].code = m_table->item(r, Code)->text().trimmed();
    }
    return p;
}

// Two proposed grids with one name would be merged into one grid by apply (names identify a
// village's grids), so the table refuses that before anything is written.
QString GridProposalDialog::checkNames() const
{
    QSet<QString> seen;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString name = m_table->item(r, Name)->text().trimmed();
        if (name.isEmpty())
            return tr("Row %1: the grid needs a name.").arg(r + 1);
        if (seen.contains(name))
            return tr("Row %1: the name %2 is used twice.").arg(r + 1).arg(name);
        seen.insert(name);
    }
    return {};
}

void GridProposalDialog::accept()
{
    if (apply())
        QDialog::accept();
}

bool GridProposalDialog::apply()
{
    if (m_context->isReadOnly())
        return false;
    const QString problem = checkNames();
    if (!problem.isEmpty()) {
        FieldStyle::setError(nullptr, m_refusal, problem);
        return false;
    }
    const GridProposalPlan p = plan();
    if (const Result<void> done = edits::applyGridProposal(m_context->ledger(), p, m_context->today()); !done) {
        FieldStyle::setError(nullptr, m_refusal, tr("Not applied: %1").arg(done.message()));
        return false;
    }
    Q_EMIT applied(p.villageId);
    return true;
}

} // namespace tl::ui
