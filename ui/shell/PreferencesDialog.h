#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace tl::ui {

// 设置: what this PC remembers for the clerk — their name, recorded with every change in the
// audit trail (修改记录), and how many daily backups are kept beside each ledger.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *clerkEdit() const { return m_clerk; }
    QSpinBox *keepSpin() const { return m_keep; }
    // Writes the values to AppSettings (what OK does).
    void save();

    // The first start (no clerk name yet): asks for the name, which may be left for later (it
    // is asked again at the next start then). Returns the name given, or "".
    static QString askClerkName(QWidget *parent);

private:
    QLineEdit *m_clerk;
    QSpinBox *m_keep;
};

} // namespace tl::ui
