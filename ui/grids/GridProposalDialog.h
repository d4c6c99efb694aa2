#pragma once

#include "grids/GridProposal.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tl::ui {

class LedgerContext;

// Shows a proposal for a village's grids (GridProposal::propose) before anything is written: each
// grid with its 村民小组, households, people, 网格长 and 网格员 (with how many households each
// would keep in touch with), and the notes of the proposal. Names and codes can be changed in
// the table. Apply writes it in one transaction and records one undo step (Edit > Undo takes the
// whole proposal back).
//
// Use open(): the dialog is window-modal and deletes itself when closed.
class GridProposalDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Name, Code, Group, Households, People, Leader, Workers, ColumnCount };

    GridProposalDialog(LedgerContext *context, const GridProposalPlan &plan, QWidget *parent = nullptr);

    GridProposalPlan plan() const; // with the clerk's names and codes
    QTableWidget *table() const { return m_table; }
    bool apply(); // false (reason shown) when refused

public Q_SLOTS:
    void accept() override; // applies first; stays open when refused

Q_SIGNALS:
    void applied(qint64 villageId);

private:
    QString checkNames() const;

    LedgerContext *m_context;
    GridProposalPlan m_plan;
    QTableWidget *m_table;
    QLabel *m_refusal;
};

} // namespace tl::ui
