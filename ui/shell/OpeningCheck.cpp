#include "shell/OpeningCheck.h"

#include "storage/FileIntegrity.h"
#include "storage/Ledger.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace tl::ui {

OpeningCheck::OpeningCheck(const QString &path, const QDate &today, QObject *parent)
    : QObject(parent), m_path(path), m_today(today)
{
    qRegisterMetaType<tl::ui::OpeningCheck::Result>();
}

OpeningCheck::~OpeningCheck()
{
    *m_stop = true;
    {
        // A check still reading a large file is interrupted rather than waited for.
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        FileIntegrity::interrupt(m_shared->handle);
    }
    if (m_thread.joinable())
        m_thread.join();
}

void OpeningCheck::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void OpeningCheck::figuresOnly(const QDate &panelDate)
{
    m_figuresOnly = true;
    m_panelDate = panelDate;
}

void OpeningCheck::start()
{
    if (m_running || m_thread.joinable())
        return;
    m_running = true;
    QPointer<OpeningCheck> self(this);
    const auto stop = m_stop;
    const auto shared = m_shared;
    const QString path = m_path;
    const QDate today = m_today;
    const bool figuresOnly = m_figuresOnly;
    const QDate panelDate = m_panelDate;
    m_thread = std::thread([self, stop, shared, path, today, figuresOnly, panelDate] {
        Result result;
        result.today = today;
        // 1. The integrity check, on a read-only connection of its own.
        const QString name = QStringLiteral("opening-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        OpenError problem = OpenError::None;
        QString why;
        if (!figuresOnly) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                {
                    std::lock_guard<std::mutex> lock(shared->mutex);
                    shared->handle = FileIntegrity::handle(db);
                }
                if (!stop->load())
                    why = FileIntegrity::run(db, &problem);
                std::lock_guard<std::mutex> lock(shared->mutex);
                shared->handle = nullptr;
            } else {
                problem = OpenError::CannotOpen;
                why = Ledger::describe(db.lastError());
            }
            db.close();
        }
        if (!figuresOnly)
            QSqlDatabase::removeDatabase(name);
        if (stop->load())
            return;
        if (problem == OpenError::Corrupt) {
            result.checked = true;
            result.damaged = FileIntegrity::refusal(path, why);
        } else if (problem != OpenError::None) {
            result.error = FileIntegrity::refusal(path, why);
        } else {
            // 2. The indicators and the findings, read through a read-only ledger (just checked).
            result.checked = !figuresOnly;
            Ledger::OpenResult opened = Ledger::open(path, Ledger::Access::ReadOnly, Ledger::LockPolicy::Respect,
                                                     Ledger::IntegrityCheck::Deferred);
            if (opened.ledger && !stop->load()) {
                Ledger &ledger = *opened.ledger;
                QElapsedTimer spent;
                spent.start();
                const Targets targets = SettingsStore(ledger).targets();
                result.indicators = Indicators::compute(ledger, today);
                if (!stop->load())
                    result.findings = FindingEngine::run(FindingContext{ledger, today, targets, result.indicators});
                if (panelDate.isValid() && panelDate != today && !stop->load()) {
                    result.panelDate = panelDate;
                    result.panelFindings = FindingEngine::run(ledger, panelDate);
                }
                result.figuresMs = spent.elapsed();
                result.computed = !stop->load();
            }
        } // the worker's connections are closed on the worker
        if (stop->load())
            return;
        // Back on the window's thread (the object lives there); dropped if it is gone meanwhile.
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tl::ui
