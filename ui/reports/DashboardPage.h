#pragma once

#include "committees/Indicators.h"
#include "model/Quarter.h"
#include "storage/Settings.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace tl::ui {

class LedgerContext;
class QuarterPicker;

// Everything the dashboard shows, computed once per refresh (a handful of queries, whatever the
// number of villages) and then turned into charts.
struct DashboardData
{
    static constexpr int kStatusCount = 8; // MatterStatus values

    Quarter quarter;
    QDate today;
    QDate asOf; // min(quarter end, today): committees and matters as they stood then
    QString township;

    QList<VillageIndicators> villages;
    TownshipIndicators total;
    Targets targets;

    struct VillageMatters
    {
        qint64 villageId = 0;
        QString village;
        int byStatus[kStatusCount] = {};
        int total = 0;
    };
    // Matters open on asOf or with a step in the quarter, per village (ledger order, only villages
    // with at least one).
    QList<VillageMatters> matters;
    int mattersByStatus[kStatusCount] = {};
    int matterCount = 0;

    struct MonthDisclosures
    {
        QDate month; // first day
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int pending = 0; // period over, not yet due
    };
    // The disclosures whose period ends in each month of the quarter, as they stood on asOf.
    QList<MonthDisclosures> disclosures;

    struct VillageHouseholds
    {
        qint64 villageId = 0;
        QString village;
        int households = 0;
        int unassigned = 0;
    };
    QList<VillageHouseholds> households; // every village, ledger order (current assignment)
    int householdTotal = 0;
    int unassignedTotal = 0;

    qint64 computeMs = 0; // reading the ledger
    qint64 chartsMs = 0;  // building the charts
};

// The township dashboard: the structure of the two committees, 一肩挑 and 大专+ against their
// goals, matters by status per village, disclosures on time by month and households covered by
// grids, for a chosen quarter. Cards of Qt Charts in a scrolling grid; every chart can be saved
// as PNG. The page reloads (once, coalesced) after every change to the ledger, and only while
// it is visible.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum Chart { AgeBands, Education, Gender, Goals, Matters, Disclosures, Households, ChartCount };
    Q_ENUM(Chart)

    // At most this many villages are drawn in a per-village chart (those that matter most);
    // the card says so when there are more.
    static constexpr int kMaxVillageBars = 12;

    explicit DashboardPage(LedgerContext *context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setQuarter(const Quarter &q); // clamped to the running quarter
    Quarter quarter() const;

    // A folder: every chart as <乡镇>-<2026Q3>-<chart>.png in it. A file name ending in .png:
    // the whole dashboard as one image. Refreshes first when needed.
    bool savePng(const QString &folderOrFile);
    // The files the last savePng wrote.
    QStringList lastSavedFiles() const { return m_saved; }

    // Reads the ledger and rebuilds the charts now.
    void refresh();
    const DashboardData &data() const { return m_data; }
    int refreshCount() const { return m_refreshes; }
    QChartView *chartView(Chart which) const;
    QWidget *card(Chart which) const;
    static QString chartFileStem(Chart which); // translated, used in PNG names

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void compute();
    void buildCharts();
    void layoutCards();
    void setCardText(Chart which, const QString &title, const QString &note);
    void replaceChart(Chart which, QChart *chart);
    void chooseFolderAndSave();

    QChart *ageChart() const;
    QChart *educationChart() const;
    QChart *genderChart() const;
    QChart *goalsChart() const;
    QChart *mattersChart(QString *note) const;
    QChart *disclosuresChart() const;
    QChart *householdsChart(QString *note) const;

    LedgerContext *m_context;
    QuarterPicker *m_picker;
    QLabel *m_heading;
    QLabel *m_asOf;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_save;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QTimer *m_refreshTimer;
    struct Card
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *note = nullptr;
        QChartView *view = nullptr;
    };
    Card m_cards[ChartCount];
    int m_columns = 0;
    int m_refreshes = 0;
    bool m_dirty = true;
    DashboardData m_data;
    QStringList m_saved;
};

} // namespace tl::ui
