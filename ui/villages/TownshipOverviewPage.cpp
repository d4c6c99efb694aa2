#include "villages/TownshipOverviewPage.h"

#include "shell/Icons.h"
#include "common/TableExporter.h"
#include "villages/VillageOverviewModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

TownshipOverviewPage::TownshipOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_empty(new QLabel)
    , m_addVillage(new QPushButton(appIcon(QStringLiteral("add-village")), tr("Add village…")))
    , m_model(new VillageOverviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setText(tr("This ledger has no villages yet. Add the township's villages to start."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VillageOverviewModel::SortRole);
    m_proxy->setSortLocaleAware(true); // village names sort by pinyin in the Chinese locale

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // ledger order until the clerk clicks a header
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->setToolTip(tr("Double-click a village (or press Enter) to open it"));

    m_export = TableExporter::addExportAction(m_view, this, [this] { return tr("Villages – %1").arg(m_townshipName); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(TableExporter::exportButton(m_export, this));
    header->addWidget(m_addVillage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(VillageOverviewModel::VillageIdRole).toLongLong();
        if (id > 0)
            Q_EMIT villageActivated(id);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        &TownshipOverviewPage::makeRoomForSortArrow);
    connect(m_addVillage, &QPushButton::clicked, this, &TownshipOverviewPage::addVillageRequested);
}

void TownshipOverviewPage::setData(const Township &township, const QList<VillageIndicators> &villages,
    const QHash<qint64, int> &findingCounts, const Targets &targets)
{
    m_title->setText(
        township.county.isEmpty() ? township.name : tr("%1, %2").arg(township.name, township.county));
    m_townshipName = township.name;
    const TownshipIndicators total = Indicators::total(villages);
    const QLocale locale;
    auto pct = [&](int part, int whole) {
        return whole ? locale.toString(100.0 * part / whole, 'f', 1) : QStringLiteral("–");
    };
    qint64 income = 0;
    for (const VillageIndicators &v : villages)
        income += v.incomeYuan;
    m_summary->setText(
        tr("%1 villages · %2 members of the two committees (%3 women, average age %4) · "
           "secretary also director in %5 villages · college or above %6% · %7 reserve cadres · "
           "%8 five-star party organisations · collective income %9 (10k yuan)")
            .arg(total.villages)
            .arg(total.members)
            .arg(total.women)
            .arg(total.withAge ? locale.toString(double(total.ageSum) / total.withAge, 'f', 1)
                               : QStringLiteral("–"))
            .arg(total.oneShoulder)
            .arg(pct(total.college, total.members))
            .arg(total.reserves)
            .arg(total.fiveStar)
            .arg(locale.toString(income / 10000.0, 'f', 2)));

    m_model->setData(villages, findingCounts, targets);
    const bool empty = villages.isEmpty();
    m_view->setVisible(!empty);
    m_summary->setVisible(!empty);
    m_empty->setVisible(empty);
    m_export->setEnabled(!empty);
    // Fit the columns to their contents once; later reloads keep the widths the clerk chose.
    if (!empty && !m_sizedColumns) {
        fitColumns();
        m_sizedColumns = true;
    }
}

// Like resizeColumnsToContents(), but without reserving room for a sort arrow in every header:
// that reserve alone would push the last columns off a 1280-pixel screen.
void TownshipOverviewPage::fitColumns()
{
    for (int c = 0; c < m_model->columnCount(); ++c) {
        // (public in QAbstractItemView, protected in QTableView)
        int width = qMax(headerTextWidth(c), static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c));
        if (c == VillageOverviewModel::Name)
            width = qMax(width, 110);
        m_view->setColumnWidth(c, width);
    }
}

int TownshipOverviewPage::headerTextWidth(int column) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const QString text = m_model->headerData(column, Qt::Horizontal).toString();
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 6;
    return QFontMetrics(header->font()).boundingRect(QRect(), Qt::AlignCenter, text).width() + margin;
}

// The sorted column gets room for its arrow, so the arrow never covers the header text.
void TownshipOverviewPage::makeRoomForSortArrow(int column)
{
    if (column < 0)
        return;
    const int arrow
        = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_view->horizontalHeader()) + 8;
    const int needed = headerTextWidth(column) + arrow;
    if (m_view->columnWidth(column) < needed)
        m_view->setColumnWidth(column, needed);
}

void TownshipOverviewPage::setEditable(bool editable)
{
    m_addVillage->setVisible(editable);
}

} // namespace tl::ui
