#pragma once

#include "committees/PersonRepository.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tl::ui {

class LedgerContext;

// Adds or edits one person of a village. In Member mode it also edits the posts the person holds
// in the current terms of the three bodies; in Reserve mode (new people only) it adds them to the
// reserve pool instead. Fields are checked while the clerk types (PersonRepository::validate on a
// copy); Save with problems is refused and the dialog stays open. Everything is saved in one
// transaction and recorded as one undo step.
//
// Use open(): the dialog is window-modal and deletes itself when closed.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Member, Reserve };

    // personId 0 adds a new person to villageId.
    PersonDialog(LedgerContext *context, qint64 villageId, qint64 personId, Mode mode = Mode::Member,
                 QWidget *parent = nullptr);

    qint64 personId() const { return m_personId; } // set after a successful save
    // Checks every field and marks the wrong ones; true when the person can be saved.
    bool validateNow();
    // Writes the person and their post changes; false (dialog marked) when refused.
    bool save();

public Q_SLOTS:
    void accept() override; // saves first; stays open when refused

Q_SIGNALS:
    void saved(qint64 personId);

private:
    // The post choice for one body in its current term.
    struct BodyEditor
    {
        Body body = Body::Party;
        std::optional<Term> term;
        std::optional<Post> held;  // the post held now in that term, if any
        QString chairHolder;       // "name since date" when someone else holds the chair now
        QButtonGroup *roles = nullptr; // int(Role), or the "none" id
        QDateEdit *start = nullptr;
        QComboBox *review = nullptr;
        QWidget *endRow = nullptr;
        QDateEdit *end = nullptr;
        QComboBox *endReason = nullptr;
        QLabel *error = nullptr;
    };

    void buildPersonFields(QGridLayout *grid);
    QWidget *buildPosts();
    QWidget *buildReserve();
    QWidget *buildHistory();
    void load();
    Person currentPerson() const;
    PersonRepository::IdPolicy idPolicy() const;
    int chosenRole(const BodyEditor &b) const;
    QString checkBody(const BodyEditor &b) const;
    void onIdEdited(const QString &text);
    void updateBodyControls();
    void showRefusal(const QString &text);

    LedgerContext *m_context;
    qint64 m_villageId;
    qint64 m_personId;
    Mode m_mode;
    std::optional<Person> m_stored;
    bool m_loading = false;
    bool m_triedSave = false;
    QSet<QString> m_touched; // fields the clerk has edited

    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QComboBox *m_gender;
    QDateEdit *m_birthDate;
    QComboBox *m_ethnicity;
    QComboBox *m_political;
    QComboBox *m_education;
    QLineEdit *m_phone;
    QLineEdit *m_note;
    QLabel *m_nameError;
    QLabel *m_idNumberError;
    QLabel *m_genderError;
    QLabel *m_birthDateError;
    QLabel *m_ethnicityError;
    QLabel *m_phoneError;
    QLabel *m_notes;     // "gender filled from the ID number"
    QLabel *m_refusal;   // why Save was refused

    QList<BodyEditor> m_bodies;
    // Reserve mode
    QComboBox *m_reserveSource = nullptr;
    QDateEdit *m_reserveAdded = nullptr;
    QLineEdit *m_reserveNote = nullptr;
};

} // namespace tl::ui
