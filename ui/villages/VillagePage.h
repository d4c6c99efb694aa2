#pragma once

#include "shell/LedgerContext.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace tl::ui {

class MemberRosterTab;
class ReserveTab;
class VillageOverviewTab;

// One village: a header with its name and flags, and tabs for its facts (概况), the members of
// its committees (两委成员) and its reserve cadres (后备人才). Reloads itself when the ledger
// changes for this village.
class VillagePage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Overview, Members, Reserves };

    explicit VillagePage(LedgerContext *context, QWidget *parent = nullptr);

    void setVillage(qint64 villageId);
    qint64 villageId() const;
    void showTab(Tab tab);
    // Unsaved edits of the page's own form (概况) are saved, discarded or kept (false = stay).
    bool confirmLeave();
    void focusPerson(qint64 personId); // switch to the members tab and select that person
    MemberRosterTab *membersTab() const;
    VillageOverviewTab *overviewTab() const { return m_overview; }
    ReserveTab *reservesTab() const { return m_reserves; }
    // Later features add their own tabs (grids, matters, disclosures) here.
    QTabWidget *tabs() const { return m_tabs; }

private:
    class MattersTab *m_matters = nullptr;
    class GridsTab *m_grids = nullptr;
    class DisclosuresTab *m_disclosures = nullptr;
    void onLedgerChanged(LedgerContext::Change what, qint64 villageId);
    void reloadNow();
    void reloadHeader();

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    QLabel *m_title;
    QLabel *m_flags;
    QTabWidget *m_tabs;
    VillageOverviewTab *m_overview;
    MemberRosterTab *m_members;
    ReserveTab *m_reserves;
    // Changes arrive in bursts (an edit, then its notification): one reload after them.
    bool m_reloadPending = false;
    bool m_reloadFacts = false;
};

} // namespace tl::ui
