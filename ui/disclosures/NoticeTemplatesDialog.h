#pragma once

#include "disclosures/Notices.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tl::ui {

class LedgerContext;

// The wording of the printed notices, one template per kind (resolution, result, finance,
// village/party affairs), kept in the ledger. The placeholders of the chosen kind are listed
// (double-click inserts one). A broken template (unknown placeholder, unclosed braces) is
// explained at once under the text and cannot be saved. "Restore default" brings back the
// program's wording. Save writes every changed template as one undoable edit.
class NoticeTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    NoticeTemplatesDialog(LedgerContext *context, QWidget *parent = nullptr);

    void selectKind(NoticeKind kind);
    NoticeKind currentKind() const;
    QString problem() const; // the current template's problem, empty when fine

public Q_SLOTS:
    void accept() override;
    void restoreDefault();

private:
    void store();   // the fields into m_edited
    void showKind(NoticeKind kind);
    void checkNow();
    static QString describe(const QString &placeholder);

    LedgerContext *m_context;
    QHash<int, NoticeTemplate> m_original;
    QHash<int, NoticeTemplate> m_edited;
    int m_shown = -1;
    bool m_loading = false;
    QListWidget *m_kinds;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QLabel *m_error;
    QPushButton *m_restore;
    QDialogButtonBox *m_buttons;
};

} // namespace tl::ui
