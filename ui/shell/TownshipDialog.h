#pragma once

#include "model/Domain.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tl::ui {

// The township a ledger belongs to: name, county, clerk and office phone. Used to create a new
// ledger (Mode::NewLedger) and to correct the details of the open one (Mode::Edit).
class TownshipDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        NewLedger,
        Edit
    };

    explicit TownshipDialog(Mode mode, QWidget *parent = nullptr);

    void setTownship(const Township &township);
    // The entered details, trimmed; isDemo is carried over from setTownship().
    Township township() const;
    void setReadOnly(bool readOnly);

    void accept() override;

private:
    void updateOk();

    Township m_original;
    QLineEdit *m_name;
    QLineEdit *m_county;
    QLineEdit *m_clerk;
    QLineEdit *m_phone;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
