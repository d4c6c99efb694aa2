#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace tl::ui {

class LedgerContext;
class MatterEditor;
class MatterModel;

// The 四议两公开 tab of a village: its matters in a list (status, next step, due date and
// problems derived by core) and, beside it, the selected matter with its six-step timeline.
// Reloads when the ledger changes (lazily while hidden).
class MattersTab : public QWidget
{
    Q_OBJECT
public:
    explicit MattersTab(LedgerContext *context, QWidget *parent = nullptr);

    void setVillage(qint64 villageId);
    qint64 villageId() const { return m_villageId; }
    // Selects the matter and shows it in the editor (e.g. coming from the board or a finding).
    void focusMatter(qint64 matterId);
    qint64 currentMatterId() const;
    void reload();

    MatterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    MatterEditor *editor() const { return m_editor; }
    QAction *exportAction() const { return m_export; }

public Q_SLOTS:
    void newMatter();
    void deleteCurrent();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void updateSummary();
    void fitLayout(); // stacked or side by side, by the height the tab has

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    qint64 m_wanted = 0; // the matter to show after the next reload
    bool m_dirty = true;
    MatterModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_delete;
    QTableView *m_view;
    QAction *m_export;
    QLabel *m_summary;
    QSplitter *m_splitter;
    MatterEditor *m_editor;
};

} // namespace tl::ui
