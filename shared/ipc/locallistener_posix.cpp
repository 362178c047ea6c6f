#include "ipc/locallistener.h"

#include "core/logging.h"
#include "ipc/pipename.h"
#include "ipc/serveridentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace mlc::ipc {

struct LocalListener::Private {
    QLocalServer *server = nullptr;
    AccessPolicy policy;
};

LocalListener::LocalListener(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

LocalListener::~LocalListener() { close(); }

Result<void> LocalListener::listen(const QString &serverName, const QString &operatorsGroup)
{
    close();
    // Never in /tmp (Qt's place for a bare name): clients refuse a socket in a directory that
    // others may write to, because anybody could stand in for the service there. A bare name goes
    // into the runtime directory, which root creates in /run if needed.
    const QString name = ipc::fullServerName(serverName);
    const QString dir = QFileInfo(name).absolutePath();
    if (!QFileInfo::exists(dir) && (dir == runtimeDirectory() || dir == systemRuntimeDirectory())) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0755) != 0 && errno != EEXIST)
            return makeError(QStringLiteral("ipc.listen"),
                             QStringLiteral("Cannot create the runtime directory %1 for the pipe; give --pipe an absolute "
                                            "path in a directory of the service user, or set XDG_RUNTIME_DIR.")
                                 .arg(dir),
                             QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (const Result<QString> safe = checkSocketDirectory(dir, {0, qint64(::geteuid())}); !safe.ok())
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot listen on \"%1\": %2").arg(name, safe.error().message),
                         safe.error().detail);
    {
        // A live server under this name is another instance: refuse instead of stealing its name.
        // A dead one leaves a stale socket file that QLocalServer cannot bind over; remove it.
        // (In a sticky /tmp another user's file cannot be removed, so listen() then fails closed.)
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(250)) {
            probe.abort();
            return makeError(QStringLiteral("ipc.in_use"),
                             QStringLiteral("Another ml-connector service is already listening on \"%1\".").arg(name));
        }
        QLocalServer::removeServer(name);
    }
    auto *server = new QLocalServer(this);
    // Qt creates the socket in a private temporary directory, chmods it (0770 for user|group) and
    // renames it into place, so it is never world-accessible; we tighten it to 0660 below.
    server->setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    if (!server->listen(name)) {
        const QString why = server->errorString();
        delete server;
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot listen on \"%1\".").arg(name), why);
    }
    const QByteArray path = QFile::encodeName(server->fullServerName());

    QString warning;
    AccessPolicy policy = currentAccessPolicy(operatorsGroup, &warning);
    mode_t mode = S_IRUSR | S_IWUSR;
    if (policy.operatorsGid >= 0) {
        if (::chown(path.constData(), uid_t(-1), gid_t(policy.operatorsGid)) == 0) {
            mode |= S_IRGRP | S_IWGRP;
        } else {
            warning = QStringLiteral("cannot give the socket to operators group \"%1\" (%2); only the service user and root may connect")
                          .arg(operatorsGroup, QString::fromLocal8Bit(std::strerror(errno)));
            policy.operatorsGid = -1;
        }
    }
    if (::chmod(path.constData(), mode) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        server->close();
        delete server;
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot restrict access to \"%1\".").arg(name), why);
    }
    if (!warning.isEmpty())
        qCWarning(lcIpc).noquote() << warning;

    d->server = server;
    d->policy = policy;
    connect(server, &QLocalServer::newConnection, this, [this] {
        while (d->server && d->server->hasPendingConnections()) {
            QLocalSocket *socket = d->server->nextPendingConnection();
            socket->setParent(nullptr);
            emit newConnection(socket);
        }
    });
    return {};
}

void LocalListener::close()
{
    if (!d->server)
        return;
    d->server->close(); // also removes the socket file
    delete d->server;
    d->server = nullptr;
}

bool LocalListener::isListening() const { return d->server && d->server->isListening(); }

QString LocalListener::fullServerName() const { return d->server ? d->server->fullServerName() : QString(); }

AccessPolicy LocalListener::policy() const { return d->policy; }

bool LocalListener::checksPeerCredentials() const { return true; }

} // namespace mlc::ipc
