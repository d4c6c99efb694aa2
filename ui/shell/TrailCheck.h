#pragma once

#include "storage/AuditChain.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace tl::ui {

// Verifies the audit trail of the ledger just opened (AuditChain::verify) in the background: a
// worker thread with its own read-only connection, so the window is usable at once. finished()
// comes back on the thread that started it. Destroying the check stops and waits for the worker.
class TrailCheck : public QObject
{
    Q_OBJECT
public:
    explicit TrailCheck(const QString &path, QObject *parent = nullptr);
    ~TrailCheck() override;

    void start();
    bool isRunning() const { return m_running; }
    const AuditChain::Verdict &verdict() const { return m_verdict; }

Q_SIGNALS:
    void finished(const tl::AuditChain::Verdict &verdict);

private:
    QString m_path;
    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
    AuditChain::Verdict m_verdict;
};

} // namespace tl::ui
