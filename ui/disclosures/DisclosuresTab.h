#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tl::ui {

class DisclosureModel;
class LedgerContext;

// The 三务公开 tab of a village: its party affairs, village affairs and finance disclosures
// (kind, period, title, posted, ends, channels, state against the schedule), with add, edit,
// delete (undoable) and "Print notice…" (print preview of the notice made from the disclosure).
// Reloads when the ledger changes (lazily while hidden).
class DisclosuresTab : public QWidget
{
    Q_OBJECT
public:
    explicit DisclosuresTab(LedgerContext *context, QWidget *parent = nullptr);

    void setVillage(qint64 villageId);
    qint64 villageId() const { return m_villageId; }
    // Selects the disclosure (e.g. coming from the township's progress page).
    void focusDisclosure(qint64 id);
    qint64 currentDisclosureId() const;
    void reload();

    DisclosureModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }

public Q_SLOTS:
    void newDisclosure();
    void editCurrent();
    void deleteCurrent();
    void printCurrent();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void updateSummary();

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    qint64 m_wanted = 0;
    bool m_dirty = true;
    DisclosureModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_kindFilter;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_print;
    QTableView *m_view;
    QAction *m_export;
    QLabel *m_summary;
};

} // namespace tl::ui
