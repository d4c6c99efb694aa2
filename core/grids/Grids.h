#pragma once

// 网格化治理: grids, households and who looks after them.

#include "model/Saved.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace tl {

struct Grid
{
    qint64 id = 0;
    qint64 villageId = 0;
    qint64 parentId = 0; // a sub-grid (counties with four levels); 0 = directly under the village
    QString code;
    QString name;
    qint64 leaderId = 0; // 网格长, a person of the ledger
    QString area;        // description of the area covered
    QList<qint64> workers; // 网格员, persons of the ledger
};

struct Household
{
    qint64 id = 0;
    qint64 villageId = 0;
    QString headName;
    QString headIdNumber;
    QString group;   // 村民小组, as the village writes it (e.g. 第三村民小组, 3组)
    QString address; // door number / address
    int people = 1;
    QString phone;
    QStringList tags; // codes of HouseholdText::tagCodes() or free tags
    qint64 gridId = 0;
    qint64 workerId = 0;
};

struct Assignment
{
    qint64 householdId = 0;
    qint64 gridId = 0;
    qint64 workerId = 0;
    QDate on;
    QString note;
};

struct HouseholdFilter
{
    enum class GridMode { Any, Unassigned, InGrid };
    qint64 villageId = 0; // 0 = the whole township
    QString text;         // any part of the name, address or group; ID and phone by first or last digits
    QString group;
    QString tag;
    GridMode gridMode = GridMode::Any;
    qint64 gridId = 0;    // with GridMode::InGrid
    qint64 workerId = 0;
};

struct GridSettings
{
    int size = 50;         // households per grid
    int tolerancePct = 20; // a grid above size × (1 + tolerance) is a finding
    int perWorker = 10;    // households a 网格员 keeps in touch with
    int workerMax = 20;    // more than this is a finding
};

// A grid with the figures a village page shows.
struct GridSummary
{
    Grid grid;
    int households = 0;
    int people = 0;
    QString leaderName;
    QStringList workerNames;
};

class HouseholdText
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdText)
public:
    static QStringList tagCodes(); // the fixed tags; anything else is a free tag kept as typed
    static QString tag(const QString &code);
    static QString tagCode(const QString &labelOrCode); // 低保 → dibao; unknown text stays as it is
    // The stored form of a household's tags: ",dibao,tuopin," (codes, no duplicates).
    static QString tagsColumn(const QStringList &tags);
};

} // namespace tl
