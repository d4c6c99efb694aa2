#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace tl::ui {

class DisclosureProgressModel;
class LedgerContext;

// The township page 公开进度: for a chosen year and kind (finance by month, village affairs and
// party affairs by quarter) a grid of villages × periods, coloured by done, done late, due and
// overdue, with a legend and counts. Double-click or Enter on a cell opens its disclosure
// (openDisclosure, or the dialog itself when nobody listens) or records the missing one,
// pre-filled. One schedule query per refresh; reloads when the ledger changes (lazily while hidden).
class DisclosureProgressPage : public QWidget
{
    Q_OBJECT
public:
    explicit DisclosureProgressPage(LedgerContext *context, QWidget *parent = nullptr);

    void reload();
    void setYear(int year);
    void setKindIndex(int index); // 0 finance, 1 village affairs, 2 party affairs
    DisclosureProgressModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }
    // What double-click and Enter do on a cell.
    void activate(const QModelIndex &index);

Q_SIGNALS:
    void openDisclosure(qint64 villageId, qint64 disclosureId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyKind();
    void updateSummary();
    void sizeColumns();

    LedgerContext *m_context;
    bool m_dirty = true;
    DisclosureProgressModel *m_model;
    QSpinBox *m_year;
    QComboBox *m_kind;
    QTableView *m_view;
    QAction *m_export;
    QLabel *m_summary;
};

} // namespace tl::ui
