#include "reports/DashboardPage.h"

#include "disclosures/Disclosures.h"
#include "grids/HouseholdRepository.h"
#include "shell/Icons.h"
#include "storage/Ledger.h"
#include "shell/LedgerContext.h"
#include "matters/MatterBoard.h"
#include "model/AsOf.h"
#include "common/QuarterPicker.h"
#include "common/FileDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tl::ui {

namespace {

// A calm palette that stays apart in print and for the common colour-vision deficiencies.
const QColor kBlue(0x3b, 0x73, 0xb9);
const QColor kLightBlue(0x8c, 0xb8, 0xe6);
const QColor kTeal(0x2a, 0x9d, 0x8f);
const QColor kGreen(0x4c, 0x9a, 0x52);
const QColor kAmber(0xe9, 0xa2, 0x3b);
const QColor kRed(0xd1, 0x49, 0x5b);
const QColor kRose(0xe0, 0x7a, 0x9a);
const QColor kGrey(0xb4, 0xba, 0xc2);
const QColor kDarkGrey(0x7a, 0x82, 0x8c);

QColor statusColour(MatterStatus s)
{
    switch (s) {
    case MatterStatus::Draft: return kGrey;
    case MatterStatus::InProgress: return kBlue;
    case MatterStatus::Resolved: return kLightBlue;
    case MatterStatus::Disclosing: return kTeal;
    case MatterStatus::AwaitingResult: return kAmber;
    case MatterStatus::Completed: return kGreen;
    case MatterStatus::Rejected: return kRed;
    case MatterStatus::Withdrawn: return kDarkGrey;
    }
    return kGrey;
}

bool isOpen(MatterStatus s)
{
    return s != MatterStatus::Completed && s != MatterStatus::Rejected && s != MatterStatus::Withdrawn;
}

QString percent(int part, int whole)
{
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) : QStringLiteral("–");
}

// Characters a file name may not hold on Windows (where the report is often opened) or here.
QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name)
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    return name.trimmed();
}

// Chart labels in a face that has Chinese glyphs of its own: Qt Charts measures a label with the
// primary font, and a village name drawn by a fallback face (taller than a Latin one) does not
// fit the room measured and is elided to "…".
QFont chartFont(const QWidget *w, qreal points)
{
    QFont f = w->font();
    static const QStringList cjk = [] {
        QStringList out;
        const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const QString &name : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                    QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                                    QStringLiteral("WenQuanYi Micro Hei")})
            if (installed.contains(name))
                out << name;
        return out;
    }();
    if (!cjk.isEmpty() && !QFontDatabase::families(QFontDatabase::SimplifiedChinese).contains(f.family()))
        f.setFamilies(cjk + QStringList{f.family()});
    f.setPointSizeF(points);
    return f;
}

// Room for every name on a vertical category axis. Qt Charts gives each label the plot height
// divided by the number of categories (+1) and elides a label taller than that to "..."; a
// line of Chinese text is about 22 px high at 9.5 pt, a Latin one 15 px.
int barChartHeight(int categories)
{
    return std::max(300, 130 + 34 * categories);
}

QChart *newChart(const QWidget *w)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(w, 9.5));
    chart->legend()->setLabelColor(QColor(0x33, 0x33, 0x33));
    return chart;
}

QValueAxis *countAxis(const QWidget *w, int max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsFont(chartFont(w, 9));
    axis->setGridLineColor(QColor(0xe3, 0xe6, 0xea));
    axis->setLinePenColor(QColor(0xc0, 0xc5, 0xcc));
    if (max <= 5) {
        axis->setRange(0, 5);
        axis->setTickCount(6);
    } else {
        axis->setRange(0, max);
        axis->applyNiceNumbers();
        axis->setMin(0);
    }
    return axis;
}

QBarCategoryAxis *categoryAxis(const QWidget *w, const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(w, 9.5));
    axis->setGridLineVisible(false);
    axis->setLinePenColor(QColor(0xc0, 0xc5, 0xcc));
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setLabelColor(QColor(0x22, 0x22, 0x22));
    return set;
}

QPieSlice *slice(QPieSeries *series, const QString &label, int value, int whole, const QColor &colour)
{
    auto *s = series->append(DashboardPage::tr("%1: %2 (%3%)", "pie slice: label, count, percent")
                                 .arg(label)
                                 .arg(value)
                                 .arg(percent(value, whole)),
                             value);
    s->setColor(colour);
    s->setBorderColor(Qt::white);
    s->setBorderWidth(1.5);
    s->setLabelVisible(false);
    return s;
}

} // namespace

DashboardPage::DashboardPage(LedgerContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_picker(new QuarterPicker(this)), m_heading(new QLabel(this)),
      m_asOf(new QLabel(this)), m_summary(new QLabel(this)), m_status(new QLabel(this)),
      m_save(new QPushButton(appIcon(QStringLiteral("save-as")), tr("Save charts as PNG…"), this)),
      m_scroll(new QScrollArea(this)), m_grid(new QWidget), m_gridLayout(new QGridLayout(m_grid)),
      m_refreshTimer(new QTimer(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_asOf->setStyleSheet(QStringLiteral("color: #5b6470;"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("color: #2a7a3b;"));
    m_save->setToolTip(tr("Save every chart as a PNG picture into a folder"));

    const Quarter running = Quarter::containing(m_context->today());
    m_picker->setLatest(running);
    m_picker->setQuarter(running);

    auto *quarterLabel = new QLabel(tr("&Quarter:"), this);
    quarterLabel->setBuddy(m_picker->yearBox());

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(quarterLabel);
    top->addWidget(m_picker);
    top->addSpacing(12);
    top->addWidget(m_save);
    auto *second = new QHBoxLayout;
    second->addWidget(m_asOf);
    second->addStretch(1);
    second->addWidget(m_status);

    m_grid->setObjectName(QStringLiteral("dashboardGrid"));
    m_grid->setStyleSheet(QStringLiteral("#dashboardGrid { background: #f3f5f8; }"
                                         "QFrame#dashboardCard { background: white; border: 1px solid #dde2e8;"
                                         " border-radius: 6px; }"));
    m_gridLayout->setContentsMargins(12, 12, 12, 12);
    m_gridLayout->setSpacing(12);
    for (int i = 0; i < ChartCount; ++i) {
        Card &c = m_cards[i];
        c.frame = new QFrame(m_grid);
        c.frame->setObjectName(QStringLiteral("dashboardCard"));
        c.title = new QLabel(c.frame);
        QFont f = c.title->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        f.setBold(true);
        c.title->setFont(f);
        c.title->setStyleSheet(QStringLiteral("color: #1f2933; border: none;"));
        c.note = new QLabel(c.frame);
        c.note->setWordWrap(true);
        c.note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        c.note->setMinimumHeight(2 * c.note->fontMetrics().lineSpacing()); // room to wrap once
        c.note->setStyleSheet(QStringLiteral("color: #5b6470; border: none;"));
        c.view = new QChartView(c.frame);
        c.view->setRenderHint(QPainter::Antialiasing);
        c.view->setMinimumHeight(300);
        c.view->setStyleSheet(QStringLiteral("background: transparent; border: none;"));
        c.view->chart()->setBackgroundVisible(false);
        auto *layout = new QVBoxLayout(c.frame);
        layout->setContentsMargins(14, 10, 14, 8);
        layout->setSpacing(2);
        layout->addWidget(c.title);
        layout->addWidget(c.note);
        layout->addWidget(c.view, 1);
    }
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(12, 0, 12, 0);
    header->addLayout(top);
    header->addLayout(second);
    header->addWidget(m_summary);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    layoutCards();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_context, &LedgerContext::changed, this, &DashboardPage::scheduleRefresh);
    connect(m_picker, &QuarterPicker::quarterChanged, this, [this] {
        m_dirty = true;
        scheduleRefresh();
    });
    connect(m_save, &QPushButton::clicked, this, &DashboardPage::chooseFolderAndSave);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setQuarter(const Quarter &q)
{
    m_picker->setLatest(Quarter::containing(m_context->today()));
    m_picker->setQuarter(q);
    m_dirty = true;
    if (isVisible())
        refresh();
}

Quarter DashboardPage::quarter() const
{
    return m_picker->quarter();
}

QChartView *DashboardPage::chartView(Chart which) const
{
    return which >= 0 && which < ChartCount ? m_cards[which].view : nullptr;
}

QWidget *DashboardPage::card(Chart which) const
{
    return which >= 0 && which < ChartCount ? m_cards[which].frame : nullptr;
}

void DashboardPage::scheduleRefresh()
{
    // Many changes in a row (an import, an undo of a batch) reload once; a hidden page waits
    // until it is shown.
    m_dirty = true;
    m_refreshTimer->start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_refreshTimer->start();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCards();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::layoutCards()
{
    const int width = m_scroll->viewport()->width();
    const int columns = width >= 1500 ? 3 : 2;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < ChartCount; ++i)
        m_gridLayout->removeWidget(m_cards[i].frame);
    // The structure first, then the work of the quarter; matters per village (many statuses,
    // a long legend) take a whole row.
    const Chart order[] = {AgeBands, Education, Gender, Goals, Disclosures, Households, Matters};
    int row = 0, column = 0;
    for (Chart chart : order) {
        const bool wide = chart == Matters;
        if (wide && column != 0) {
            ++row;
            column = 0;
        }
        m_gridLayout->addWidget(m_cards[chart].frame, row, column, 1, wide ? columns : 1);
        column += wide ? columns : 1;
        if (column >= columns) {
            ++row;
            column = 0;
        }
    }
    for (int c = 0; c < 3; ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    QElapsedTimer timer;
    timer.start();
    compute();
    m_data.computeMs = timer.restart();
    buildCharts();
    m_data.chartsMs = timer.elapsed();
    m_dirty = false;
    ++m_refreshes;
}

void DashboardPage::compute()
{
    Ledger &ledger = m_context->ledger();
    DashboardData d;
    d.today = m_context->today();
    d.quarter = m_picker->quarter();
    d.asOf = std::min(d.quarter.last(), d.today);
    d.township = ledger.township().name;
    d.targets = SettingsStore(ledger).targets();
    // The township as it stood on asOf (TownshipAsOf), as the quarterly report reads it: steps,
    // withdrawals, reserve cadres and assignments recorded for later dates are left out.
    const TownshipAsOf asOf(ledger, d.asOf);
    d.villages = Indicators::compute(asOf);
    d.total = Indicators::total(d.villages);

    QHash<qint64, int> matterIndex;
    for (const VillageIndicators &v : d.villages) {
        DashboardData::VillageMatters m;
        m.villageId = v.villageId;
        m.village = v.villageName;
        matterIndex.insert(v.villageId, int(d.matters.size()));
        d.matters << m;
    }
    for (const BoardRow &row : asOf.mattersOfPeriod(d.quarter.first(), d.asOf >= d.today)) {
        auto it = matterIndex.find(row.matter.villageId);
        if (it == matterIndex.end())
            continue;
        DashboardData::VillageMatters &m = d.matters[*it];
        m.byStatus[int(row.status)]++;
        m.total++;
        d.mattersByStatus[int(row.status)]++;
        d.matterCount++;
    }
    d.matters.erase(std::remove_if(d.matters.begin(), d.matters.end(),
                                   [](const DashboardData::VillageMatters &m) { return m.total == 0; }),
                    d.matters.end());

    // Disclosures of the quarter's periods as they stood on asOf, as the quarterly report's 三务公开
    // sheet counts them: a past quarter does not move when later postings are recorded (a
    // September disclosure due in October shows as still due at the quarter's end).
    for (int i = 0; i < 3; ++i) {
        DashboardData::MonthDisclosures m;
        m.month = d.quarter.first().addMonths(i);
        d.disclosures << m;
    }
    if (d.quarter.first() <= d.today) {
        for (const DueItem &item : DisclosureSchedule::items(ledger, d.quarter.first(), d.quarter.last(), d.asOf)) {
            const int month = (item.periodEnd.month() - 1) % 3;
            if (!d.quarter.contains(item.periodEnd))
                continue;
            DashboardData::MonthDisclosures &m = d.disclosures[month];
            switch (item.state) {
            case DueItem::State::Done: ++m.onTime; break;
            case DueItem::State::DoneLate: ++m.late; break;
            case DueItem::State::Overdue: ++m.overdue; break;
            case DueItem::State::Due: ++m.pending; break;
            }
        }
    }

    // Grid coverage on asOf, from the assignment history.
    QHash<qint64, TownshipAsOf::HouseholdTotals> totals;
    asOf.householdFigures(&totals, nullptr);
    for (const VillageIndicators &v : d.villages) {
        const auto t = totals.value(v.villageId);
        DashboardData::VillageHouseholds h;
        h.villageId = v.villageId;
        h.village = v.villageName;
        h.households = t.households;
        h.unassigned = t.unassigned;
        d.householdTotal += t.households;
        d.unassignedTotal += t.unassigned;
        d.households << h;
    }
    m_data = std::move(d);
}

void DashboardPage::replaceChart(Chart which, QChart *chart)
{
    QChartView *view = m_cards[which].view;
    QChart *old = view->chart();
    view->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

void DashboardPage::setCardText(Chart which, const QString &title, const QString &note)
{
    m_cards[which].title->setText(title);
    m_cards[which].note->setText(note);
    m_cards[which].note->setVisible(!note.isEmpty());
}

void DashboardPage::buildCharts()
{
    const DashboardData &d = m_data;
    const TownshipIndicators &t = d.total;
    const QLocale locale;
    m_heading->setText(d.township.isEmpty() ? tr("Township dashboard") : tr("%1 dashboard").arg(d.township));
    m_asOf->setText(d.asOf < d.quarter.last() ? tr("figures as of %1 (quarter running)").arg(d.asOf.toString(Qt::ISODate))
                                              : tr("figures as of the quarter's end, %1").arg(d.asOf.toString(Qt::ISODate)));
    m_status->clear();
    m_summary->setText(
        tr("%n village(s) · %1 two-committee members, %2 women (%3%) · average age %4 · %5 reserve cadres · "
           "%6 households, %7% in a grid",
           "", t.villages)
            .arg(t.members)
            .arg(t.women)
            .arg(percent(t.women, t.members))
            .arg(t.withAge ? locale.toString(double(t.ageSum) / t.withAge, 'f', 1) : QStringLiteral("–"))
            .arg(t.reserves)
            .arg(locale.toString(d.householdTotal))
            .arg(percent(d.householdTotal - d.unassignedTotal, d.householdTotal)));

    const int unknownAge = t.members - t.withAge;
    setCardText(AgeBands, tr("Two-committee members by age"),
                unknownAge > 0 ? tr("%1 members; %2 without a known birth date are not shown").arg(t.members).arg(unknownAge)
                               : tr("%1 members, average age %2")
                                     .arg(t.members)
                                     .arg(t.withAge ? locale.toString(double(t.ageSum) / t.withAge, 'f', 1)
                                                    : QStringLiteral("–")));
    replaceChart(AgeBands, ageChart());

    const int collegePlus = t.education[int(tl::Education::Postgraduate)] + t.education[int(tl::Education::Bachelor)]
        + t.education[int(tl::Education::College)];
    setCardText(Education, tr("Education of two-committee members"),
                tr("Junior college or higher: %1 of %2 (%3%)").arg(collegePlus).arg(t.members).arg(percent(collegePlus, t.members)));
    replaceChart(Education, educationChart());
    m_cards[Education].view->setMinimumHeight(barChartHeight(6));

    setCardText(Gender, tr("Women and men on the two committees"),
                tr("Every villagers' committee must include at least one woman"));
    replaceChart(Gender, genderChart());

    setCardText(Goals, tr("Against the goals"),
                tr("Secretary also director: %1 of %2 villages, the goal is every village · junior college or higher: "
                   "target %3%")
                    .arg(t.oneShoulder)
                    .arg(t.villages)
                    .arg(d.targets.collegeSharePct));
    replaceChart(Goals, goalsChart());

    QString note;
    QChart *matters = mattersChart(&note);
    setCardText(Matters, tr("Major matters by status"), note);
    replaceChart(Matters, matters);
    m_cards[Matters].view->setMinimumHeight(barChartHeight(std::min<int>(int(d.matters.size()), kMaxVillageBars)));

    int due = 0, onTime = 0;
    for (const auto &m : d.disclosures) {
        due += m.onTime + m.late + m.overdue;
        onTime += m.onTime;
    }
    setCardText(Disclosures, tr("Disclosures on time, by month"),
                due ? tr("%1 of %2 disclosures due by %4 were posted on time (%3%)")
                          .arg(onTime)
                          .arg(due)
                          .arg(percent(onTime, due))
                          .arg(d.asOf.toString(Qt::ISODate))
                    : tr("No disclosure of this quarter is due yet"));
    replaceChart(Disclosures, disclosuresChart());

    QString householdNote;
    QChart *households = householdsChart(&householdNote);
    setCardText(Households, tr("Households covered by grids"), householdNote);
    replaceChart(Households, households);
    m_cards[Households].view->setMinimumHeight(barChartHeight(std::min<int>(int(d.households.size()), kMaxVillageBars)));
}

QChart *DashboardPage::ageChart() const
{
    const TownshipIndicators &t = m_data.total;
    QChart *chart = newChart(this);
    auto *set = barSet(tr("Members"), kBlue);
    int max = 0;
    for (int i = 0; i < 5; ++i) {
        *set << t.ageBands[i];
        max = std::max(max, t.ageBands[i]);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *x = categoryAxis(this, {tr("≤35"), tr("36–45"), tr("46–55"), tr("56–60"), tr(">60")});
    auto *y = countAxis(this, max + std::max(1, max / 8)); // room for the labels above the bars
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart *DashboardPage::educationChart() const
{
    // Bars, not a pie: the level names stay readable in full, and the 大专+ group the target
    // counts stands apart from the rest.
    const TownshipIndicators &t = m_data.total;
    QChart *chart = newChart(this);
    const tl::Education levels[] = {tl::Education::Postgraduate, tl::Education::Bachelor, tl::Education::College,
                                    tl::Education::SecondaryOrHigh, tl::Education::JuniorOrBelow, tl::Education::Unknown};
    auto *college = barSet(tr("Junior college or higher"), kBlue);
    auto *below = barSet(tr("Below junior college or not recorded"), kAmber);
    QStringList categories;
    int max = 0;
    for (auto it = std::crbegin(levels); it != std::crend(levels); ++it) { // top to bottom
        const int n = t.education[int(*it)];
        if (*it == tl::Education::Unknown && n == 0)
            continue;
        const bool plus = *it == tl::Education::Postgraduate || *it == tl::Education::Bachelor || *it == tl::Education::College;
        categories << (*it == tl::Education::Unknown ? tr("Not recorded") : DomainText::education(*it));
        *college << (plus ? n : 0);
        *below << (plus ? 0 : n);
        max = std::max(max, n);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(college);
    series->append(below);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *y = categoryAxis(this, categories);
    auto *x = countAxis(this, max);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *DashboardPage::genderChart() const
{
    const TownshipIndicators &t = m_data.total;
    QChart *chart = newChart(this);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.85);
    slice(series, tr("Women"), t.women, t.members, kRose);
    slice(series, tr("Men"), t.members - t.women, t.members, kBlue);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardPage::goalsChart() const
{
    const TownshipIndicators &t = m_data.total;
    QChart *chart = newChart(this);
    auto *actual = barSet(tr("This township"), kBlue);
    auto *goal = barSet(tr("Goal"), kGrey);
    const double oneShoulder = t.villages ? 100.0 * t.oneShoulder / t.villages : 0.0;
    const double college = t.members ? 100.0 * t.college / t.members : 0.0;
    // Categories run bottom to top in a horizontal chart: 大专+ first, 一肩挑 on top.
    *actual << std::round(college * 10) / 10 << std::round(oneShoulder * 10) / 10;
    *goal << m_data.targets.collegeSharePct << 100;
    auto *series = new QHorizontalBarSeries;
    series->append(goal);
    series->append(actual);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *y = categoryAxis(this, {tr("Junior college\nor higher"), tr("Secretary also\ndirector")});
    auto *x = new QValueAxis;
    // Room right of 100% for the labels; ticks stay at 0, 20 … 100.
    x->setRange(0, 115);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(20);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setLabelsFont(chartFont(this, 9));
    x->setGridLineColor(QColor(0xe3, 0xe6, 0xea));
    x->setTitleText(tr("share, %"));
    x->setTitleFont(chartFont(this, 9));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *DashboardPage::mattersChart(QString *note) const
{
    const DashboardData &d = m_data;
    QList<DashboardData::VillageMatters> shown = d.matters;
    if (shown.size() > kMaxVillageBars) {
        // The villages with the most open matters, then the most matters.
        auto open = [](const DashboardData::VillageMatters &m) {
            int n = 0;
            for (int s = 0; s < DashboardData::kStatusCount; ++s)
                n += isOpen(MatterStatus(s)) ? m.byStatus[s] : 0;
            return n;
        };
        std::stable_sort(shown.begin(), shown.end(), [&](const auto &a, const auto &b) {
            const int oa = open(a), ob = open(b);
            return oa != ob ? oa > ob : a.total > b.total;
        });
        shown = shown.mid(0, kMaxVillageBars);
        *note = tr("%1 matters in %2 villages; the %3 villages with the most open matters are shown")
                    .arg(d.matterCount)
                    .arg(d.matters.size())
                    .arg(kMaxVillageBars);
    } else if (d.matterCount > 0) {
        *note = tr("%1 matters open at the quarter's end or with a step in the quarter").arg(d.matterCount);
    } else {
        *note = tr("No matter was open or moved in this quarter");
    }
    QChart *chart = newChart(this);
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    int max = 0;
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) { // top to bottom
        categories << it->village;
        max = std::max(max, it->total);
    }
    for (int s = 0; s < DashboardData::kStatusCount; ++s) {
        if (d.mattersByStatus[s] == 0)
            continue;
        auto *set = barSet(MatterText::status(MatterStatus(s)), statusColour(MatterStatus(s)));
        for (auto it = shown.crbegin(); it != shown.crend(); ++it)
            *set << it->byStatus[s];
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = categoryAxis(this, categories);
    auto *x = countAxis(this, max);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!series->barSets().isEmpty());
    return chart;
}

QChart *DashboardPage::disclosuresChart() const
{
    const DashboardData &d = m_data;
    QChart *chart = newChart(this);
    auto *onTime = barSet(tr("On time"), kGreen);
    auto *late = barSet(tr("Late"), kAmber);
    auto *overdue = barSet(tr("Overdue"), kRed);
    auto *pending = barSet(tr("Not yet due"), kGrey);
    QStringList categories;
    int max = 0;
    bool anyPending = false;
    const QLocale locale;
    for (const auto &m : d.disclosures) {
        categories << locale.monthName(m.month.month(), QLocale::ShortFormat);
        *onTime << m.onTime;
        *late << m.late;
        *overdue << m.overdue;
        *pending << m.pending;
        anyPending = anyPending || m.pending > 0;
        max = std::max(max, m.onTime + m.late + m.overdue + m.pending);
    }
    auto *series = new QStackedBarSeries;
    series->append(onTime);
    series->append(late);
    series->append(overdue);
    if (anyPending)
        series->append(pending);
    else
        delete pending;
    series->setBarWidth(0.55);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *x = categoryAxis(this, categories);
    auto *y = countAxis(this, max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *DashboardPage::householdsChart(QString *note) const
{
    const DashboardData &d = m_data;
    QList<DashboardData::VillageHouseholds> shown = d.households;
    const QLocale locale;
    const QString coverage = tr("%1 of %2 households in a grid (%3%), today")
                                 .arg(locale.toString(d.householdTotal - d.unassignedTotal))
                                 .arg(locale.toString(d.householdTotal))
                                 .arg(percent(d.householdTotal - d.unassignedTotal, d.householdTotal));
    if (shown.size() > kMaxVillageBars) {
        std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) {
            return a.unassigned != b.unassigned ? a.unassigned > b.unassigned : a.households > b.households;
        });
        shown = shown.mid(0, kMaxVillageBars);
        *note = coverage + QLatin1Char('\n')
            + tr("The %1 villages with the most households in no grid are shown").arg(kMaxVillageBars);
    } else {
        *note = coverage;
    }
    QChart *chart = newChart(this);
    auto *assigned = barSet(tr("In a grid"), kTeal);
    auto *unassigned = barSet(tr("In no grid"), kRed);
    QStringList categories;
    int max = 0;
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        categories << it->village;
        *assigned << it->households - it->unassigned;
        *unassigned << it->unassigned;
        max = std::max(max, it->households);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(assigned);
    series->append(unassigned);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = categoryAxis(this, categories);
    auto *x = countAxis(this, max);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QString DashboardPage::chartFileStem(Chart which)
{
    switch (which) {
    case AgeBands: return tr("age bands");
    case Education: return tr("education");
    case Gender: return tr("women and men");
    case Goals: return tr("goals");
    case Matters: return tr("matters by status");
    case Disclosures: return tr("disclosures by month");
    case Households: return tr("grid coverage");
    case ChartCount: break;
    }
    return QStringLiteral("chart");
}

bool DashboardPage::savePng(const QString &folderOrFile)
{
    m_saved.clear();
    if (m_dirty)
        refresh();
    const QFileInfo target(folderOrFile);
    // Laid out at a sensible size even when the page was never shown.
    if (!isVisible() && m_grid->width() < 900)
        m_grid->resize(std::max(m_grid->width(), 1200), std::max(m_grid->sizeHint().height(), 1000));
    if (target.suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0 && !target.isDir()) {
        QDir().mkpath(target.absolutePath());
        if (!m_grid->grab().save(target.absoluteFilePath(), "PNG"))
            return false;
        m_saved << target.absoluteFilePath();
        return true;
    }
    QDir dir(folderOrFile);
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return false;
    const QString prefix = safeFileName(QStringLiteral("%1-%2-").arg(m_data.township, m_data.quarter.code()));
    bool ok = true;
    for (int i = 0; i < ChartCount; ++i) {
        const QString file = dir.absoluteFilePath(prefix + safeFileName(chartFileStem(Chart(i))) + QStringLiteral(".png"));
        QWidget *w = m_cards[i].frame;
        if (w->width() < 200)
            w->resize(560, 400);
        const QPixmap pixmap = w->grab();
        if (!pixmap.isNull() && pixmap.save(file, "PNG"))
            m_saved << file;
        else
            ok = false;
    }
    return ok;
}

void DashboardPage::chooseFolderAndSave()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString dir = FileDialog::getExistingDirectory(this, tr("Save charts into folder"), start);
    if (dir.isEmpty())
        return;
    if (savePng(dir))
        m_status->setText(tr("Saved %n chart(s) in %1", "", int(m_saved.size())).arg(QDir::toNativeSeparators(dir)));
    else
        m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                              .arg(tr("Could not save the charts in %1").arg(QDir::toNativeSeparators(dir)).toHtmlEscaped()));
}

} // namespace tl::ui
