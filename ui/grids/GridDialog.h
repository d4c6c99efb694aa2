#pragma once

#include "grids/Grids.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace tl::ui {

class LedgerContext;

// Adds or edits one grid (网格) of a village: name, code, parent grid (a sub-grid, where a county
// uses four levels), 网格长 and 网格员 — people of the village's ledger, never free text — and a
// description of the area. Checked while typing (GridRepository::validate); saving is one
// transaction and one undo step. Households whose 网格员 is taken off the grid keep the grid and
// lose the worker; undo gives them their worker back.
//
// Use open(): the dialog is window-modal and deletes itself when closed.
class GridDialog : public QDialog
{
    Q_OBJECT
public:
    // gridId 0 adds a grid to villageId; parentId preselects the parent of a new sub-grid.
    GridDialog(LedgerContext *context, qint64 villageId, qint64 gridId, qint64 parentId = 0, QWidget *parent = nullptr);

    qint64 gridId() const { return m_gridId; } // set after a successful save
    bool validateNow();
    bool save();

    // For tests: tick the 网格员 (persons of the village) by id.
    void setWorkers(const QList<qint64> &personIds);
    void setLeader(qint64 personId);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 gridId);

private:
    Grid current() const;
    void filterWorkers(const QString &text);
    void updateWorkerCount();

    LedgerContext *m_context;
    qint64 m_villageId;
    qint64 m_gridId;
    std::optional<Grid> m_stored;
    bool m_loading = false;
    bool m_triedSave = false;

    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_parent;
    QComboBox *m_leader;
    QLineEdit *m_workerSearch;
    QListWidget *m_workers;
    QLabel *m_workerCount;
    QPlainTextEdit *m_area;
    QLabel *m_nameError;
    QLabel *m_parentError;
    QLabel *m_leaderError;
    QLabel *m_workersError;
    QLabel *m_refusal;
};

} // namespace tl::ui
