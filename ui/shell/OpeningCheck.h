#pragma once

#include "committees/Indicators.h"
#include "findings/Findings.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace tl::ui {

// What is slow about opening a large ledger, done after the window has painted: the integrity
// check of the file (PRAGMA quick_check) and the findings with the indicators they need, on a
// worker thread with its own read-only connection. finished() comes back on the thread that
// started it. Destroying the check interrupts it and drops its result.
// With figuresOnly(), only the indicators and findings are computed: what the window shows
// again after each edit of a county-scale ledger, where they take longer than a frame.
class OpeningCheck : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool checked = false;   // the file could be opened and checked
        bool computed = false;  // indicators and findings below are filled in
        QString damaged;        // translated message when the file is damaged ("" = sound)
        QString error;          // why it could not be checked (then the window computes itself)
        QList<VillageIndicators> indicators;
        QList<Finding> findings;
        QDate today;
        QDate panelDate;             // the findings panel's date, when it shows another day
        QList<Finding> panelFindings; // the findings as of panelDate
        qint64 figuresMs = 0;         // how long the indicators and findings took
    };

    OpeningCheck(const QString &path, const QDate &today, QObject *parent = nullptr);
    ~OpeningCheck() override;

    // Before start(): no integrity check; the findings also as of panelDate when that is
    // another day than today (the panel's "as of" date).
    void figuresOnly(const QDate &panelDate);
    void start();
    bool isRunning() const { return m_running; }
    // Blocks until the worker is done and delivers finished() now (tests, and callers that need
    // the findings before going on).
    void wait();

Q_SIGNALS:
    void finished(const tl::ui::OpeningCheck::Result &result);

private:
    QString m_path;
    QDate m_today;
    bool m_figuresOnly = false;
    QDate m_panelDate;
    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
    struct Shared
    {
        std::mutex mutex;
        void *handle = nullptr; // the SQLite connection of the running check, to interrupt it
    };
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
};

} // namespace tl::ui

Q_DECLARE_METATYPE(tl::ui::OpeningCheck::Result)
