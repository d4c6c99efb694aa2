#pragma once

// 三务公开: party affairs, village affairs and finance disclosures, and the schedule of what is due.

#include "model/Saved.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace tl {

class Ledger;

enum class DisclosureKind { Party = 0, Affairs = 1, Finance = 2 };

struct FinanceItem
{
    qint64 id = 0;
    QDate date;
    bool income = true;
    QString category; // e.g. 经营收入, 发包及上交收入 (pre-2024) / 发包收入 (2024+)
    QString item;
    qint64 amountFen = 0;
    QString note;
};

struct Disclosure
{
    qint64 id = 0;
    qint64 villageId = 0;
    DisclosureKind kind = DisclosureKind::Affairs;
    QDate periodStart; // the month or quarter covered
    QDate periodEnd;
    QString title;
    QString content;
    QDate postedOn;
    QDate endsOn;
    QStringList channels;
    QString signedBy; // 村务监督委员会 member who reviewed it
    QString supervisionOpinion; // the 村务监督委员会's opinion (监督意见)
    QList<FinanceItem> items; // finance only

    qint64 incomeFen() const;
    qint64 expenseFen() const;
};

struct DisclosureSettings
{
    int financeDueDays = 10;   // a month's finance disclosure is due N days after the month ends
    int quarterlyDueDays = 15; // village and party affairs, N days after the quarter ends
};

// One cell of the 公开进度 grid: a village's disclosure of a kind for a period.
struct DueItem
{
    enum class State { Done, DoneLate, Due, Overdue };
    qint64 villageId = 0;
    QString village;
    DisclosureKind kind = DisclosureKind::Affairs;
    QDate periodStart;
    QDate periodEnd;
    QDate dueDate;
    qint64 disclosureId = 0; // 0 when not yet disclosed
    QDate postedOn;
    State state = State::Due;
};

class DisclosureText
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureText)
public:
    static QString kind(DisclosureKind k);
    static QString kindCode(DisclosureKind k); // party, affairs, finance
    static std::optional<DisclosureKind> kindFromCode(const QString &code);
    static QString state(DueItem::State s);
    static QString period(DisclosureKind k, const QDate &start); // 2026年3月 / 2026年第1季度
    // The 2024 reform of village-collective accounting: finance templates differ by period.
    static bool newAccountingSystem(const QDate &periodStart) { return periodStart >= QDate(2024, 1, 1); }
    static QStringList incomeCategories(const QDate &periodStart);
    static QStringList expenseCategories(const QDate &periodStart);
};

class DisclosureRepository
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureRepository)
public:
    explicit DisclosureRepository(Ledger &ledger) : m_ledger(ledger) {}

    QList<Disclosure> ofVillage(qint64 villageId) const; // without items
    QList<Disclosure> all() const;                        // without items
    std::optional<Disclosure> get(qint64 id) const;       // with items
    FieldErrors validate(Disclosure &d) const;
    Saved insert(Disclosure d);
    Saved update(Disclosure d);
    bool remove(qint64 id, QString *error);
    // Writes the disclosure and its finance items exactly as given (get() read them), the same ids
    // included and without validating again: how undo puts a deleted or edited disclosure back.
    bool restore(const Disclosure &d, QString *error);

private:
    bool writeItems(const Disclosure &d, QString *error, bool keepIds = false);
    Ledger &m_ledger;
};

// What is due: finance every month, village and party affairs every quarter (each due some days
// after its period ends), from the village's start in the ledger on.
class DisclosureSchedule
{
public:
    static QList<DueItem> items(Ledger &ledger, const QDate &from, const QDate &to, const QDate &asOf);
    // The periods of a kind that end inside [from, to] (month or quarter), in order.
    static QList<QPair<QDate, QDate>> periods(DisclosureKind kind, const QDate &from, const QDate &to);
    static QDate dueDate(DisclosureKind kind, const QDate &periodEnd, const DisclosureSettings &settings);
};

} // namespace tl
