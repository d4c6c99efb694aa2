#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tl::ui {

class LedgerContext;
class RosterModel;

// The 两委成员 tab: the committees' members of one village, searchable, with add / edit /
// end post / delete. The phone column is edited in place.
class MemberRosterTab : public QWidget
{
    Q_OBJECT
public:
    explicit MemberRosterTab(LedgerContext *context, QWidget *parent = nullptr);

    void setVillage(qint64 villageId);
    qint64 villageId() const { return m_villageId; }
    // Reads the roster again (once per change, never per keystroke); keeps the selection.
    void reload();
    // Selects the person (showing former members if needed); false when they are not listed.
    bool selectPerson(qint64 personId);
    qint64 currentPersonId() const;

    QTableView *view() const { return m_view; }
    RosterModel *model() const { return m_model; }
    // "Export to Excel…" of the roster as shown (button row and context menu).
    QAction *exportAction() const { return m_export; }

public Q_SLOTS:
    void addMember();
    void editCurrent();
    void endPostOfCurrent();
    void deleteCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void showMessage(const QString &text, bool error);

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    RosterModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_showFormer;
    QCheckBox *m_showFullIds;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_endPost;
    QPushButton *m_delete;
    QTableView *m_view;
    QAction *m_export;
    QLabel *m_status;
};

} // namespace tl::ui
