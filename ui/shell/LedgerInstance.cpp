#include "shell/LedgerInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace tl::ui {

namespace {

// What a second start sends and what the window answers: a line each, so that a stray
// program on the same name is not taken for ours.
const QByteArray kRequest = QByteArrayLiteral("township-ledger activate\n");
const QByteArray kAnswer = QByteArrayLiteral("township-ledger ok\n");

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

LedgerInstance::LedgerInstance(QObject *parent)
    : QObject(parent)
{
}

LedgerInstance::~LedgerInstance() = default;

QString LedgerInstance::serverName(const QString &ledgerPath)
{
    const QFileInfo fi(ledgerPath);
    QString real = fi.canonicalFilePath(); // follows symlinks; empty when the file is gone
    if (real.isEmpty())
        real = fi.absoluteFilePath();
    real = QDir::cleanPath(real);
#ifdef Q_OS_WIN
    real = real.toLower(); // one file, however its path is capitalised
#endif
    const QByteArray key = (userName() + QLatin1Char('\n') + real).toUtf8();
    // Short enough for a Unix socket path under /tmp, unique enough for a user's files.
    return QStringLiteral("township-ledger-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

bool LedgerInstance::activateRunning(const QString &ledgerPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(ledgerPath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRequest);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < kAnswer.size())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.read(kAnswer.size()) == kAnswer;
}

bool LedgerInstance::listen(const QString &ledgerPath)
{
    if (m_server && ledgerPath == m_path)
        return true;
    delete m_server;
    m_server = nullptr;
    m_path.clear();
    if (ledgerPath.isEmpty())
        return true;

    const QString name = serverName(ledgerPath);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        // A socket left behind by a program that was killed: nobody answers on it any more.
        if (server->serverError() != QAbstractSocket::AddressInUseError || activateRunning(ledgerPath, 500)) {
            delete server;
            return false;
        }
        QLocalServer::removeServer(name);
        if (!server->listen(name)) {
            delete server;
            return false;
        }
    }
    connect(server, &QLocalServer::newConnection, this, &LedgerInstance::answer);
    m_server = server;
    m_path = ledgerPath;
    return true;
}

void LedgerInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() < kRequest.size())
                return;
            if (socket->read(kRequest.size()) != kRequest) {
                socket->abort();
                return;
            }
            socket->write(kAnswer);
            socket->flush();
            Q_EMIT activationRequested();
        });
    }
}

} // namespace tl::ui
