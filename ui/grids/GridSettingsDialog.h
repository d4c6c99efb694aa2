#pragma once

#include "grids/Grids.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// The grid rules the township sets (core GridSettings): households per grid and how far above
// that a grid may go, households per 网格员 usually and at most. They drive "Propose grids" and
// the grid findings. OK saves them as one undoable edit; the findings follow at once.
class GridSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GridSettingsDialog(LedgerContext *context, QWidget *parent = nullptr);

    void setSettings(const GridSettings &settings);
    GridSettings settings() const;

public Q_SLOTS:
    void accept() override;

private:
    void validateNow();

    LedgerContext *m_context;
    QSpinBox *m_size;
    QSpinBox *m_tolerance;
    QSpinBox *m_perWorker;
    QSpinBox *m_workerMax;
    QLabel *m_limit;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
