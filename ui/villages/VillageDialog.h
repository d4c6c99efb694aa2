#pragma once

#include <QDialog>

class QLabel;

namespace tl::ui {

class LedgerContext;
class VillageForm;

// Adds a new village (the same form as the village page's overview tab); records the undo step
// itself. Save with problems is refused and the dialog stays open.
class VillageDialog : public QDialog
{
    Q_OBJECT
public:
    VillageDialog(LedgerContext *context, QWidget *parent = nullptr);

    qint64 villageId() const { return m_villageId; } // the new village, after a successful save
    VillageForm *form() const { return m_form; }

public Q_SLOTS:
    void accept() override;

private:
    LedgerContext *m_context;
    VillageForm *m_form;
    QLabel *m_refusal;
    qint64 m_villageId = 0;
};

} // namespace tl::ui
