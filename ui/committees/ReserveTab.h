#pragma once

#include "model/Domain.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tl::ui {

class LedgerContext;
class ReserveModel;

// The 后备人才 tab: a village's reserve cadres; add someone already in the ledger or a new
// person, change source and note, take one off the list (date and reason; the record stays and
// is shown with "Show former cadres"), or delete a record entered by mistake. Each edit is one
// undo step.
class ReserveTab : public QWidget
{
    Q_OBJECT
public:
    explicit ReserveTab(LedgerContext *context, QWidget *parent = nullptr);

    void setVillage(qint64 villageId);
    void reload();
    qint64 currentCadreId() const;
    QTableView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }

public Q_SLOTS:
    void addExisting();
    void addNewPerson();
    void editCurrent();
    // Takes the selected cadre off the list: a dialog asks the date and the reason; the record stays.
    void removeCurrent();
    // Deletes the selected record, entered by mistake (Edit > Undo brings it back).
    void deleteCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Entry dialog for adding (existing == nullptr: pick a person) or editing an entry.
    void openEntryDialog(const ReserveCadre *existing);
    void updateButtons();
    void selectCadre(qint64 cadreId);

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    ReserveModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_export;
    QPushButton *m_addExisting;
    QPushButton *m_addNew;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_delete;
    QCheckBox *m_showFormer;
    QLabel *m_status;
};

} // namespace tl::ui
