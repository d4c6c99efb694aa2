#include "shell/TrailCheck.h"

#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace tl::ui {

TrailCheck::TrailCheck(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    qRegisterMetaType<tl::AuditChain::Verdict>();
}

TrailCheck::~TrailCheck()
{
    *m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void TrailCheck::start()
{
    if (m_running || m_thread.joinable())
        return;
    m_running = true;
    QPointer<TrailCheck> self(this);
    const auto stop = m_stop;
    const QString path = m_path;
    m_thread = std::thread([self, stop, path] {
        AuditChain::Verdict verdict;
        const QString name = QStringLiteral("trail-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                verdict = AuditChain::verify(db, [stop] { return stop->load(); });
            } else {
                verdict.cancelled = true; // nothing could be checked; the window says nothing
                verdict.problem = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (stop->load())
            return;
        // Back on the window's thread (the object lives there); dropped if it is gone meanwhile.
        QMetaObject::invokeMethod(
            self.data(),
            [self, verdict] {
                if (!self)
                    return;
                self->m_running = false;
                self->m_verdict = verdict;
                Q_EMIT self->finished(verdict);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tl::ui
