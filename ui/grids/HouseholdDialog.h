#pragma once

#include "grids/Grids.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// Adds or edits one household (户) of a village: head's name and ID number, 村民小组, door
// number/address, people, phone, tags, grid and 网格员; an existing household also shows which
// grids and workers looked after it over time. Fields are checked while the clerk types
// (HouseholdRepository::validate on a copy) and the reasons shown under them; Save with problems
// is refused and the dialog stays open. Saving is one transaction and one undo step.
//
// Use open(): the dialog is window-modal and deletes itself when closed.
class HouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    // householdId 0 adds a new household to villageId; gridId preselects its grid.
    HouseholdDialog(LedgerContext *context, qint64 villageId, qint64 householdId, qint64 gridId = 0,
                    QWidget *parent = nullptr);

    qint64 householdId() const { return m_householdId; } // set after a successful save
    bool validateNow(); // marks the wrong fields; true when the household can be saved
    bool save();        // false (dialog marked) when refused

public Q_SLOTS:
    void accept() override; // saves first; stays open when refused

Q_SIGNALS:
    void saved(qint64 householdId);

private:
    QWidget *buildHistory();
    void load();
    Household current() const;
    void fillWorkers(qint64 select);
    void checkDuplicateId();

    LedgerContext *m_context;
    qint64 m_villageId;
    qint64 m_householdId;
    std::optional<Household> m_stored;
    QList<Grid> m_grids;
    bool m_loading = false;
    bool m_triedSave = false;
    QSet<QString> m_touched;

    QLineEdit *m_headName;
    QLineEdit *m_idNumber;
    QComboBox *m_group;
    QLineEdit *m_address;
    QSpinBox *m_people;
    QLineEdit *m_phone;
    QList<QCheckBox *> m_tagBoxes; // one per HouseholdText::tagCodes()
    QLineEdit *m_freeTags;
    QComboBox *m_grid;
    QComboBox *m_worker;
    QLabel *m_headNameError;
    QLabel *m_idNumberError;
    QLabel *m_peopleError;
    QLabel *m_phoneError;
    QLabel *m_gridError;
    QLabel *m_refusal;
};

} // namespace tl::ui
