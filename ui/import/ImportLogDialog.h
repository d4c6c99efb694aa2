#pragma once

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace tl::ui {

class LedgerContext;

// 导入记录: every import into this ledger, newest first — when, what, from which file and
// sheet, the counts (read, imported, updated, skipped, rejected) and the clerk. Read-only; it
// follows the ledger when another import is committed while it is open.
class ImportLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportLogDialog(LedgerContext *context, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

private:
    LedgerContext *m_context;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace tl::ui
