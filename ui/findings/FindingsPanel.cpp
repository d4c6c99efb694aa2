#include "findings/FindingsPanel.h"

#include "findings/FindingsModel.h"
#include "common/TableExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QToolButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

// Severity, village and free-text filter in one proxy, so the three combine.
class FindingsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool errorsOnly = false;
    qint64 villageId = -1; // -1 = every village
    QString text;

    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        Q_UNUSED(parent);
        const auto *model = static_cast<const FindingsModel *>(sourceModel());
        const Finding &f = model->finding(row);
        if (errorsOnly && f.severity != Finding::Severity::Error)
            return false;
        if (villageId >= 0 && f.villageId != villageId)
            return false;
        if (text.isEmpty())
            return true;
        return f.village.contains(text, Qt::CaseInsensitive) || f.detail.contains(text, Qt::CaseInsensitive)
            || FindingEngine::ruleTitle(f.rule).contains(text, Qt::CaseInsensitive);
    }
};

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilter(this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
    , m_severity(new QComboBox)
    , m_onlyVillage(new QCheckBox(tr("Only this village")))
    , m_search(new QLineEdit)
    , m_date(new QDateEdit)
    , m_todayButton(new QToolButton)
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(FindingsModel::SortRole);

    m_severity->addItem(tr("All findings"));
    m_severity->addItem(tr("Errors only"));
    m_search->setPlaceholderText(tr("Filter by village, rule or name…"));
    m_search->setClearButtonEnabled(true);
    m_onlyVillage->setEnabled(false);

    // As of which day: a past date shows the township as it stood then (records of later
    // events left out), as the quarterly report and `check --date` judge it.
    m_date->setObjectName(QStringLiteral("findingsDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("Findings as of the end of this day"));
    m_todayButton->setObjectName(QStringLiteral("findingsToday"));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setToolTip(tr("Show today's findings"));
    m_todayButton->setEnabled(false);
    auto *dateLabel = new QLabel(tr("As of:"));
    dateLabel->setBuddy(m_date);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_todayButton);
    bar->addWidget(m_severity);
    bar->addWidget(m_onlyVillage);
    bar->addWidget(m_search);
    m_search->setMinimumWidth(220);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // keep the engine's order (by village) until asked
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setToolTip(tr("Click a finding (or press Enter) to go to its record"));

    m_export = TableExporter::addExportAction(m_view, this, [this] { return exportTitle(); });
    // No mnemonic: the page above the panel has its own "Export to Excel" on Alt+X.
    bar->addWidget(TableExporter::exportButton(m_export, this, tr("Export to Excel…")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::clicked, this, &FindingsPanel::activate);
    connect(m_view, &QTableView::activated, this, &FindingsPanel::activate);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsPanel::updateFilter);
    connect(m_onlyVillage, &QCheckBox::toggled, this, &FindingsPanel::updateFilter);
    connect(m_search, &QLineEdit::textChanged, this, &FindingsPanel::updateFilter);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        const bool pinned = date != m_today;
        if (!pinned && !m_pinned)
            return; // setToday() moving the edit along
        m_pinned = pinned;
        m_todayButton->setEnabled(m_pinned);
        Q_EMIT asOfChanged();
    });
    connect(m_todayButton, &QToolButton::clicked, this, [this] { m_date->setDate(m_today); });
}

QDate FindingsPanel::asOf(const QDate &today) const
{
    return m_pinned && m_date->date().isValid() ? m_date->date() : today;
}

void FindingsPanel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_pinned) {
        const QSignalBlocker block(m_date);
        m_date->setDate(today);
    }
    m_todayButton->setEnabled(m_pinned);
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    m_checking = false;
    m_model->setFindings(findings);
    // Size the short columns once per reload from their contents; the detail takes the rest.
    for (int c : { FindingsModel::Severity, FindingsModel::Village, FindingsModel::Rule })
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(FindingsModel::Rule, qMin(m_view->columnWidth(FindingsModel::Rule), 360));
    updateSummary();
}

void FindingsPanel::setCurrentVillage(qint64 villageId)
{
    m_currentVillage = villageId;
    m_onlyVillage->setEnabled(villageId > 0);
    updateFilter();
}

QString FindingsPanel::exportTitle() const
{
    QString title = m_filter->errorsOnly ? tr("Findings (errors only)") : tr("Findings");
    if (m_filter->villageId > 0) {
        for (const Finding &f : m_model->findings())
            if (f.villageId == m_filter->villageId) {
                title = tr("%1 – %2", "findings – village").arg(title, f.village);
                break;
            }
    }
    return title;
}

int FindingsPanel::visibleCount() const
{
    return m_filter->rowCount();
}

void FindingsPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    if (source.isValid())
        Q_EMIT findingActivated(m_model->finding(source.row()));
}

void FindingsPanel::updateFilter()
{
    m_filter->errorsOnly = m_severity->currentIndex() == 1;
    m_filter->villageId = m_onlyVillage->isChecked() && m_currentVillage > 0 ? m_currentVillage : -1;
    m_filter->text = m_search->text().trimmed();
    m_filter->refresh();
    updateSummary();
}

void FindingsPanel::setChecking()
{
    m_checking = true;
    m_summary->setText(tr("Checking the file; the findings follow in a moment…"));
}

void FindingsPanel::updateSummary()
{
    if (m_checking)
        return setChecking();
    int errors = 0;
    for (const Finding &f : m_model->findings())
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
    const int total = int(m_model->findings().size());
    if (total == 0) {
        m_summary->setText(m_pinned ? tr("As of %1: %2").arg(m_date->date().toString(Qt::ISODate),
                                                           tr("No findings: the records follow every rule and target."))
                                    : tr("No findings: the records follow every rule and target."));
        return;
    }
    QString text = tr("%1 findings: %2 errors, %3 warnings").arg(total).arg(errors).arg(total - errors);
    if (m_pinned)
        text = tr("As of %1: %2").arg(m_date->date().toString(Qt::ISODate), text);
    if (visibleCount() != total)
        text += QLatin1String(" ") + tr("(%1 shown)").arg(visibleCount());
    m_summary->setText(text);
}

} // namespace tl::ui
