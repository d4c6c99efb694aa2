#include "villages/VillagePage.h"

#include "disclosures/DisclosuresTab.h"
#include "grids/GridsTab.h"
#include "matters/MattersTab.h"
#include "committees/MemberRosterTab.h"
#include "committees/ReserveTab.h"
#include "villages/VillageOverviewTab.h"
#include "model/VillageRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tl::ui {

VillagePage::VillagePage(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("VillagePage"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("villageTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("villageFlags"));
    m_flags->setTextFormat(Qt::RichText);
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_flags, 1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("villageTabs"));
    m_overview = new VillageOverviewTab(context, m_tabs);
    m_members = new MemberRosterTab(context, m_tabs);
    m_reserves = new ReserveTab(context, m_tabs);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_members, tr("Committee &members"));
    m_tabs->addTab(m_reserves, tr("&Reserve cadres"));
    // The later registers of the village, one tab each.
    m_matters = new MattersTab(context, m_tabs);
    m_grids = new GridsTab(context, m_tabs);
    m_disclosures = new DisclosuresTab(context, m_tabs);
    m_tabs->addTab(m_matters, tr("Major ma&tters"));
    m_tabs->addTab(m_grids, tr("&Grids and households"));
    m_tabs->addTab(m_disclosures, tr("&Disclosures"));
    layout->addWidget(m_tabs, 1);

    connect(context, &LedgerContext::changed, this, &VillagePage::onLedgerChanged);
}

void VillagePage::setVillage(qint64 villageId)
{
    m_villageId = villageId;
    reloadHeader();
    m_overview->setVillage(villageId);
    m_members->setVillage(villageId);
    m_reserves->setVillage(villageId);
    m_matters->setVillage(villageId);
    m_grids->setVillage(villageId);
    m_disclosures->setVillage(villageId);
}

qint64 VillagePage::villageId() const
{
    return m_villageId;
}

bool VillagePage::confirmLeave()
{
    if (!m_overview->confirmLeave()) {
        showTab(Tab::Overview); // show what is waiting to be saved
        return false;
    }
    return true;
}

void VillagePage::showTab(Tab tab)
{
    switch (tab) {
    case Tab::Overview: m_tabs->setCurrentWidget(m_overview); break;
    case Tab::Members: m_tabs->setCurrentWidget(m_members); break;
    case Tab::Reserves: m_tabs->setCurrentWidget(m_reserves); break;
    }
}

void VillagePage::focusPerson(qint64 personId)
{
    showTab(Tab::Members);
    m_members->selectPerson(personId);
    m_members->view()->setFocus();
}

MemberRosterTab *VillagePage::membersTab() const
{
    return m_members;
}

void VillagePage::onLedgerChanged(LedgerContext::Change what, qint64 villageId)
{
    using Change = LedgerContext::Change;
    if (m_villageId <= 0)
        return;
    const bool all = what == Change::Everything || what == Change::Settings;
    if (!all && villageId != 0 && villageId != m_villageId)
        return;
    // The matters, grids and disclosures tabs follow their own changes; the header, the facts and
    // figures, the roster and the reserve pool show none of those records.
    if (what == Change::Matters || what == Change::Grids || what == Change::Households || what == Change::Disclosures)
        return;
    // The facts form shows stored values again only when they may have changed underneath it
    // (an undo of a village edit); other changes must not throw away what the clerk is typing.
    if (what == LedgerContext::Change::Villages || what == LedgerContext::Change::Everything)
        m_reloadFacts = true;
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &VillagePage::reloadNow);
}

void VillagePage::reloadNow()
{
    m_reloadPending = false;
    const bool facts = m_reloadFacts;
    m_reloadFacts = false;
    reloadHeader();
    m_overview->reload(!facts);
    m_members->reload();
    m_reserves->reload();
}

void VillagePage::reloadHeader()
{
    const std::optional<Village> v = VillageRepository(m_context->ledger()).get(m_villageId);
    if (!v) {
        m_title->setText(tr("(village not found)"));
        m_flags->clear();
        return;
    }
    m_title->setText(v->name);
    auto chip = [](const QString &text, const char *colour) {
        return QStringLiteral("<span style='color:%1; font-weight:bold'>%2</span>")
            .arg(QLatin1String(colour), text.toHtmlEscaped());
    };
    QStringList parts;
    if (v->weak)
        parts << chip(tr("Weak and lax, under rectification"), "#c5221f");
    if (v->modelVillage)
        parts << chip(tr("Model village"), "#1e7e34");
    if (v->ruleOfLawModel)
        parts << chip(tr("Democracy and rule-of-law model village"), "#1e7e34");
    parts << (v->starRating > 0 ? chip(QString(v->starRating, QChar(0x2605)) + QString(5 - v->starRating, QChar(0x2606)),
                                       "#b06000")
                                : tr("Star rating: not rated").toHtmlEscaped());
    if (v->creditCode.isEmpty())
        parts << chip(tr("Credit code missing"), "#b06000");
    m_flags->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

} // namespace tl::ui
