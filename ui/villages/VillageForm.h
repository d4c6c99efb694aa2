#pragma once

#include "model/Domain.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// The editable facts of one village (概况): every field of core Village. Each edit is checked at
// once with VillageRepository::validate on a copy, and the reason shows under the field.
// Saving is left to the owner (the village page saves an update, VillageDialog an insert).
class VillageForm : public QWidget
{
    Q_OBJECT
public:
    explicit VillageForm(LedgerContext *context, QWidget *parent = nullptr);

    // Shows a stored village; the form is then unmodified.
    void setVillage(const Village &village);
    // The village as the fields show it. An income that cannot be read keeps the stored value
    // (validate() reports it).
    Village village() const;
    // Checks the fields, marks the wrong ones and returns every problem (empty = can be saved).
    FieldErrors validate();
    bool isModified() const { return m_modified; }
    void setReadOnly(bool readOnly);

    // 万元 text ↔ integer 元, exact (1 元 = 0.0001 万元): "12.50" ↔ 125000. No floating point.
    static bool parseWan(const QString &text, qint64 *yuan, QString *error = nullptr);
    // Two decimals, or four when the stored amount is not a whole multiple of 100 元.
    static QString formatWan(qint64 yuan);

Q_SIGNALS:
    void edited(); // any field changed by the clerk

private:
    QWidget *row(QWidget *editor, const QString &field, QWidget *trailing = nullptr);
    QSpinBox *spin(int max);
    void onEdited();

    LedgerContext *m_context;
    Village m_stored;
    bool m_loading = false;
    bool m_modified = false;

    QLineEdit *m_name;
    QLineEdit *m_creditCode;
    QSpinBox *m_groups;
    QSpinBox *m_households;
    QSpinBox *m_registered;
    QSpinBox *m_resident;
    QSpinBox *m_partyMembers;
    QSpinBox *m_representatives;
    QLineEdit *m_income;
    QComboBox *m_stars;
    QCheckBox *m_weak;
    QCheckBox *m_model;
    QCheckBox *m_ruleOfLaw;
    QLineEdit *m_supervisionPhone;
    QLineEdit *m_note;
    QLabel *m_otherErrors;

    struct Field
    {
        QWidget *editor;
        QLabel *error;
    };
    QHash<QString, Field> m_fields; // by core field name ("creditCode", …)
};

} // namespace tl::ui
