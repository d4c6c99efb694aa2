#pragma once

#include "disclosures/Disclosures.h"
#include "disclosures/Notices.h"

#include <QDialog>

class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QSpinBox;

namespace tl::ui {

class LedgerContext;

// The 三务公开 rules and the printed notices' fonts: how many days after its month a finance
// disclosure is due, after its quarter a village or party affairs disclosure, and the faces of the
// notice title and body (Noto Serif CJK SC unless chosen otherwise). OK saves everything in one
// transaction as one undoable edit; the progress page and the findings follow at once.
class DisclosureSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    DisclosureSettingsDialog(LedgerContext *context, QWidget *parent = nullptr);

    void setValues(const DisclosureSettings &settings, const NoticeFonts &fonts);
    DisclosureSettings settings() const;
    NoticeFonts fonts() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateSample();

    LedgerContext *m_context;
    QSpinBox *m_financeDays;
    QSpinBox *m_quarterDays;
    QFontComboBox *m_titleFont;
    QFontComboBox *m_bodyFont;
    QLabel *m_sample;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
