#pragma once

#include "grids/Grids.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tl::ui {

class LedgerContext;

// Chooses where households go: a grid of the village (or none, to take them out of their grid)
// and one of its 网格员 — or the grid's workers in turn, about the same number each. It only
// chooses; the caller writes the assignment (one transaction, one undo step).
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    // workerId() returns this when the households are to be shared among the grid's workers.
    static constexpr qint64 kShareAmongWorkers = -1;

    // householdIds: the households chosen (their current grids make the figures exact).
    AssignDialog(LedgerContext *context, qint64 villageId, const QVector<qint64> &householdIds,
                 qint64 preselectedGridId = 0, QWidget *parent = nullptr);

    qint64 gridId() const;   // 0 = no grid
    qint64 workerId() const; // 0 = none, kShareAmongWorkers, or a person
    QString note() const;
    void setGrid(qint64 gridId);
    void setWorker(qint64 workerId);

private:
    void fillWorkers();
    void updateHint();

    LedgerContext *m_context;
    int m_householdCount;
    QHash<qint64, int> m_chosenIn; // grid id → how many of the chosen households are in it now
    QList<GridSummary> m_grids;
    QComboBox *m_grid;
    QComboBox *m_worker;
    QLineEdit *m_note;
    QLabel *m_hint;
};

} // namespace tl::ui
