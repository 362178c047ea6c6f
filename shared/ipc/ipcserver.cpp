#include "ipc/ipcserver.h"

#include "core/logging.h"
#include "ipc/framedecoder.h"
#include "ipc/locallistener.h"
#include "ipc/protocol.h"
#include "mlcversion.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <unordered_map>

namespace mlc::ipc {

QString IpcPeer::describe() const
{
    QString s = user.isEmpty() ? QStringLiteral("unknown user") : user;
    s += QStringLiteral(" (");
    if (uid >= 0)
        s += QStringLiteral("uid %1, ").arg(uid);
    s += QStringLiteral("pid %1").arg(pid);
    if (roleDecided)
        s += QStringLiteral(", ") + roleName(role);
    if (!client.isEmpty())
        s += QStringLiteral(", ") + client;
    s += QLatin1Char(')');
    return s;
}

// ---- IpcReply ------------------------------------------------------------------------------------

struct IpcReply::State {
    QPointer<IpcServer> server;
    quint64 connectionId = 0;
    QJsonValue id;
    std::atomic<bool> done{false};

    void complete(const QJsonObject &frame)
    {
        if (done.exchange(true))
            return;
        QPointer<IpcServer> s = server;
        if (!s)
            return;
        const quint64 conn = connectionId;
        // Written in the server's thread: direct when already there, queued otherwise.
        QMetaObject::invokeMethod(
            s.data(), [s, conn, frame] {
                if (s)
                    s->sendReplyFrame(conn, frame);
            },
            Qt::AutoConnection);
    }

    ~State()
    {
        // Nobody will answer: tell the client now rather than let it wait for its timeout.
        if (!done.load())
            complete(protocol::errorReply(id, protocol::errInternal(),
                                          QStringLiteral("The service did not answer this request.")));
    }
};

IpcReply::IpcReply(IpcServer *server, quint64 connectionId, const QJsonValue &id) : d(std::make_shared<State>())
{
    d->server = server;
    d->connectionId = connectionId;
    d->id = id;
}

void IpcReply::ok(const QJsonObject &result) const
{
    if (d)
        d->complete(protocol::okReply(d->id, result));
}

void IpcReply::fail(const QString &code, const QString &message) const
{
    if (d)
        d->complete(protocol::errorReply(d->id, code, message));
}

bool IpcReply::isCompleted() const { return d && d->done.load(); }

QJsonValue IpcReply::requestId() const { return d ? d->id : QJsonValue(); }

// ---- IpcServer -----------------------------------------------------------------------------------

struct IpcServer::Connection {
    quint64 id = 0;
    QLocalSocket *socket = nullptr;
    FrameDecoder decoder;
    PeerCredentials creds;
    IpcPeer peer;
    bool helloDone = false;
    bool closing = false;
};

struct IpcServer::Private {
    IpcHandler *handler = nullptr;
    LocalListener *listener = nullptr;
    IpcServerOptions options;
    std::unordered_map<quint64, std::unique_ptr<Connection>> connections;
    quint64 nextId = 0;
};

IpcServer::IpcServer(IpcHandler *handler, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->handler = handler;
}

IpcServer::~IpcServer()
{
    close();
}

Result<void> IpcServer::listen(const IpcServerOptions &options)
{
    close();
    d->options = options;
    if (d->options.serverName.isEmpty())
        d->options.serverName = QStringLiteral("ml-connector-service ") + QLatin1String(MLC_VERSION);
    auto *listener = new LocalListener(this);
    const Result<void> r = listener->listen(options.name, options.operatorsGroup);
    if (!r) {
        delete listener;
        return r;
    }
    d->listener = listener;
    connect(listener, &LocalListener::newConnection, this, &IpcServer::onNewConnection);
    qCInfo(lcIpc).noquote() << "listening on" << listener->fullServerName();
    return {};
}

void IpcServer::close()
{
    if (d->listener) {
        d->listener->close();
        delete d->listener;
        d->listener = nullptr;
    }
    // Detach first: abort() emits disconnected() synchronously.
    auto connections = std::move(d->connections);
    d->connections.clear();
    for (auto &[id, c] : connections) {
        c->socket->disconnect(this);
        c->socket->abort();
        delete c->socket;
    }
}

bool IpcServer::isListening() const { return d->listener && d->listener->isListening(); }

QString IpcServer::fullServerName() const { return d->listener ? d->listener->fullServerName() : QString(); }

int IpcServer::clientCount() const
{
    int n = 0;
    for (const auto &[id, c] : d->connections)
        n += (c->helloDone && !c->closing) ? 1 : 0;
    return n;
}

IpcServer::Connection *IpcServer::find(quint64 id) const
{
    const auto it = d->connections.find(id);
    return it == d->connections.end() ? nullptr : it->second.get();
}

void IpcServer::onNewConnection(QLocalSocket *socket)
{
    const quint64 id = ++d->nextId;
    socket->setParent(this);
    auto conn = std::make_unique<Connection>();
    conn->id = id;
    conn->socket = socket;
    const PeerCredentials creds = readPeerCredentials(socket->socketDescriptor());
    conn->creds = creds;
    conn->peer.connectionId = id;
    conn->peer.user = creds.user;
    conn->peer.uid = creds.uid;
    conn->peer.pid = creds.pid;
    conn->peer.groups = creds.groups;
    conn->peer.sid = creds.sid;
    d->connections.emplace(id, std::move(conn));

    connect(socket, &QLocalSocket::disconnected, this, [this, id] { onDisconnected(id); });

    if (d->listener->checksPeerCredentials() && !peerPermitted(creds, d->listener->policy())) {
        qCWarning(lcIpc).noquote() << "refusing client" << find(id)->peer.describe()
                                   << ": neither the service user, root nor a member of the operators group";
        closeWithError(id, protocol::errNotPermitted(),
                       QStringLiteral("Not permitted: this user may not operate ml-connector."));
        return;
    }
    qCDebug(lcIpc).noquote() << "client connected:" << find(id)->peer.describe();
    connect(socket, &QLocalSocket::readyRead, this, [this, id] { onReadyRead(id); });
    QTimer::singleShot(d->options.helloTimeoutMs, this, [this, id] {
        Connection *c = find(id);
        if (c && !c->helloDone && !c->closing)
            closeWithError(id, protocol::errProtocol(), QStringLiteral("No hello received in time."));
    });
    if (socket->bytesAvailable() > 0)
        onReadyRead(id);
}

void IpcServer::onReadyRead(quint64 id)
{
    Connection *c = find(id);
    if (!c || c->closing)
        return;
    const QByteArray bytes = c->socket->readAll();
    FrameDecoder::Output out = c->decoder.feed(bytes);
    for (const QJsonObject &frame : std::as_const(out.frames)) {
        handleFrame(id, frame);
        // The handler may have dropped this client (slow reader) or closed it (protocol error).
        c = find(id);
        if (!c || c->closing)
            return;
    }
    if (out.state == FrameDecoder::State::Invalid) {
        qCWarning(lcIpc).noquote() << "closing client" << c->peer.describe() << ":" << out.error;
        closeWithError(id, protocol::errProtocol(), QStringLiteral("Malformed frame: ") + out.error);
    }
}

void IpcServer::handleFrame(quint64 id, const QJsonObject &frame)
{
    Connection *c = find(id);
    if (!c->helloDone) {
        const Result<protocol::Hello> hello = protocol::parseHello(frame);
        if (!hello) {
            qCWarning(lcIpc).noquote() << "closing client" << c->peer.describe() << ": message before hello";
            closeWithError(id, protocol::errProtocol(), QStringLiteral("The first message must be a hello."));
            return;
        }
        if (hello->major != protocol::Major) {
            qCWarning(lcIpc).noquote() << "closing client" << c->peer.describe() << ": protocol version"
                                       << hello->major << "is not" << protocol::Major;
            closeWithError(id, protocol::errVersion(),
                           QStringLiteral("Protocol version %1.%2 is not supported; the service speaks %3.%4. "
                                          "Install matching versions of the tray and the service.")
                               .arg(hello->major)
                               .arg(hello->minor)
                               .arg(protocol::Major)
                               .arg(protocol::Minor));
            return;
        }
        if (!d->listener->checksPeerCredentials()) {
            // Windows: the client's token can be read once we have read from the pipe (this hello).
            c->creds = readPeerCredentials(c->socket->socketDescriptor());
            if (!c->creds.valid) {
                qCWarning(lcIpc).noquote() << "refusing client" << c->peer.describe() << ": cannot read its token";
                closeWithError(id, protocol::errNotPermitted(),
                               QStringLiteral("Not permitted: the service cannot tell who you are."));
                return;
            }
            c->peer.user = c->creds.user;
            c->peer.sid = c->creds.sid;
            if (c->creds.pid >= 0)
                c->peer.pid = c->creds.pid;
        }
        // The role is the service's decision from the credentials; the hello tells the client, so
        // that a tray can show the admin pages read-only.
        c->peer.role = peerRole(c->creds, d->listener->policy());
        c->peer.roleDecided = true;
        c->helloDone = true;
        c->peer.client = hello->client;
        if (!send(id, encodeFrame(protocol::helloFrame(d->options.serverName, protocol::Major, protocol::Minor,
                                                       roleName(c->peer.role)))))
            return;
        emit clientConnected(c->peer);
        return;
    }

    const QJsonValue idValue = frame.value(QLatin1String("id"));
    const QJsonValue method = frame.value(QLatin1String("method"));
    const QJsonValue params = frame.value(QLatin1String("params"));
    const bool idOk = idValue.isDouble() || idValue.isString();
    if (!idOk || !method.isString() || method.toString().isEmpty() || !(params.isUndefined() || params.isObject())) {
        sendReplyFrame(id, protocol::errorReply(idOk ? idValue : QJsonValue(), protocol::errBadRequest(),
                                                QStringLiteral("A request needs an id, a method name and object params.")));
        return;
    }
    IpcReply reply(this, id, idValue);
    if (!d->handler) {
        reply.fail(protocol::errUnknownMethod(), QStringLiteral("No methods are available."));
        return;
    }
    const IpcPeer peer = c->peer; // copy: the connection may go away during handle()
    d->handler->handle(peer, method.toString(), params.toObject(), reply);
}

bool IpcServer::send(quint64 id, const QByteArray &frame)
{
    Connection *c = find(id);
    if (!c || c->closing)
        return false;
    c->socket->write(frame);
    // A client that does not read must not make the service buffer without bound.
    if (c->socket->bytesToWrite() > d->options.maxPendingWriteBytes) {
        drop(id, QStringLiteral("client does not read its messages (%1 bytes pending)").arg(c->socket->bytesToWrite()));
        return false;
    }
    return true;
}

void IpcServer::sendReplyFrame(quint64 id, const QJsonObject &frame)
{
    QByteArray bytes = encodeFrame(frame);
    if (bytes.isEmpty()) {
        qCWarning(lcIpc) << "reply too large for one frame; sending an error instead";
        bytes = encodeFrame(protocol::errorReply(frame.value(QLatin1String("id")), protocol::errInternal(),
                                                 QStringLiteral("The answer is too large to send.")));
    }
    send(id, bytes);
}

void IpcServer::broadcast(const QString &event, const QJsonObject &data)
{
    const QByteArray bytes = encodeFrame(protocol::eventFrame(event, data));
    if (bytes.isEmpty()) {
        qCWarning(lcIpc).noquote() << "event" << event << "too large for one frame; not sent";
        return;
    }
    QList<quint64> ids;
    ids.reserve(qsizetype(d->connections.size()));
    for (const auto &[id, c] : d->connections) {
        if (c->helloDone && !c->closing)
            ids.append(id);
    }
    for (quint64 id : std::as_const(ids))
        send(id, bytes); // may drop (and erase) that client only
}

void IpcServer::closeWithError(quint64 id, const QString &code, const QString &message)
{
    Connection *c = find(id);
    if (!c || c->closing)
        return;
    emit clientRejected(id, message);
    c = find(id);
    if (!c || c->closing)
        return;
    c->socket->write(encodeFrame(protocol::errorFrame(code, message)));
    c->closing = true;
    QLocalSocket *socket = c->socket;
    QObject::disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    socket->setReadBufferSize(1); // stop taking in whatever the refused peer still sends
    // Flush the error frame, then close; a peer that never reads is cut off after the grace time.
    QTimer::singleShot(d->options.closeGraceMs, socket, [this, socket, id] {
        socket->abort();
        finishIfClosed(id);
    });
    socket->disconnectFromServer();
    finishIfClosed(id);
}

void IpcServer::finishIfClosed(quint64 id)
{
    // Not every path to the unconnected state emits disconnected() (e.g. a peer that was already
    // gone); never keep a dead connection in the table.
    Connection *c = find(id);
    if (c && c->socket->state() == QLocalSocket::UnconnectedState)
        onDisconnected(id);
}

void IpcServer::drop(quint64 id, const QString &reason)
{
    Connection *c = find(id);
    if (!c)
        return;
    qCWarning(lcIpc).noquote() << "dropping client" << c->peer.describe() << ":" << reason;
    c->closing = true;
    emit clientRejected(id, reason);
    c = find(id);
    if (c)
        c->socket->abort(); // discards the pending bytes; emits disconnected()
    finishIfClosed(id);
}

void IpcServer::onDisconnected(quint64 id)
{
    const auto it = d->connections.find(id);
    if (it == d->connections.end())
        return;
    std::unique_ptr<Connection> c = std::move(it->second);
    d->connections.erase(it);
    c->socket->disconnect(this);
    c->socket->deleteLater();
    if (c->helloDone)
        emit clientDisconnected(id);
    qCDebug(lcIpc).noquote() << "client disconnected:" << c->peer.describe();
}

} // namespace mlc::ipc
