#include "ipc/ipcclient.h"

#include "core/logging.h"
#include "ipc/framedecoder.h"

#include <QEventLoop>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <unordered_map>

namespace mlc::ipc {

namespace {
enum class Phase { Idle, Connecting, Handshake, Ready };

// The client refuses to talk to a program that may not be the service: say so, once, loudly.
Error refused(Error e)
{
    e.message += QStringLiteral(" Nothing was sent to it.");
    qCWarning(lcIpc).noquote() << e.toString();
    return e;
}
} // namespace

struct IpcClient::Private {
    QString clientName;
    QLocalSocket *socket = nullptr;
    FrameDecoder decoder;
    Phase phase = Phase::Idle;
    protocol::Hello serverHello;
    std::optional<Error> handshakeError;
    std::unordered_map<qint64, Callback> pending;
    qint64 nextId = 0;
    int major = protocol::Major;
    int minor = protocol::Minor;
    QEventLoop *handshakeLoop = nullptr; // set while connectToServer() waits
    ServerTrust trust;
};

IpcClient::IpcClient(const QString &clientName, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->clientName = clientName;
}

IpcClient::~IpcClient()
{
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
    // Callbacks may touch their owners; tell them the call is over without re-entering this object.
    auto pending = std::move(d->pending);
    d->pending.clear();
    for (auto &[id, cb] : pending)
        cb(makeError(protocol::errDisconnected(), QStringLiteral("The connection to the service was closed.")));
}

void IpcClient::setAnnouncedVersion(int major, int minor)
{
    d->major = major;
    d->minor = minor;
}

void IpcClient::setServerTrust(const ServerTrust &trust) { d->trust = trust; }

bool IpcClient::isConnected() const { return d->phase == Phase::Ready; }

protocol::Hello IpcClient::serverHello() const { return d->serverHello; }

Result<void> IpcClient::connectToServer(const QString &serverName, int timeoutMs)
{
    disconnectFromServer();
    d->decoder.reset();
    d->handshakeError.reset();
    d->serverHello = {};
    // Where the service must be, checked before we connect (POSIX: no socket in a directory that
    // others could write to); Windows pipes have no directory.
    const Result<QString> where = checkServerLocation(fullServerName(serverName), d->trust);
    if (!where.ok())
        return where.error().code == protocol::errUntrustedServer() ? refused(where.error()) : where.error();
    d->socket = new QLocalSocket(this);
    QLocalSocket *socket = d->socket;
    d->phase = Phase::Connecting;

    QEventLoop loop;
    d->handshakeLoop = &loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(socket, &QLocalSocket::connected, this, &IpcClient::sendHello);
    connect(socket, &QLocalSocket::readyRead, this, &IpcClient::onReadyRead);
    connect(socket, &QLocalSocket::disconnected, this, &IpcClient::onDisconnected);
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError) {
        if (d->phase == Phase::Connecting && !d->handshakeError) {
            d->handshakeError = makeError(protocol::errConnect(),
                                          QStringLiteral("The ml-connector service is not running or not reachable."),
                                          socket->errorString());
            if (d->handshakeLoop)
                d->handshakeLoop->quit();
        }
    });
    timer.start(timeoutMs);
#ifdef Q_OS_WIN
    // Opened by hand: QLocalSocket would ask for GENERIC_WRITE (which includes the right to create
    // pipe instances) and at the default impersonation level (the service could act as us).
    const Result<qintptr> handle = openPipeAsClient(where.value(), timeoutMs);
    if (!handle.ok()) {
        d->handshakeError = handle.error();
    } else {
        socket->setSocketDescriptor(handle.value(), QLocalSocket::ConnectedState, QIODevice::ReadWrite);
        sendHello();
    }
#else
    socket->connectToServer(where.value());
#endif
    // connected -> server verified -> hello sent -> the server's hello (handleFrame) moves the phase
    // to Ready and quits the loop; an error frame, a disconnect or the timer quit it as well.
    if (d->phase != Phase::Ready && !d->handshakeError && d->socket)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    d->handshakeLoop = nullptr;

    if (d->phase == Phase::Ready)
        return {};
    Error error = d->handshakeError.value_or(
        timer.isActive() ? makeError(protocol::errDisconnected(), QStringLiteral("The service closed the connection."))
                         : makeError(protocol::errTimeout(), QStringLiteral("The service did not answer in time.")));
    disconnectFromServer();
    return error;
}

void IpcClient::sendHello()
{
    QLocalSocket *socket = d->socket;
    if (!socket || d->phase != Phase::Connecting)
        return;
    // Nothing, not even the hello, goes to a program that is not the service.
    if (const Result<void> trusted = verifyServer(socket->socketDescriptor(), d->trust); !trusted.ok()) {
        d->handshakeError = refused(trusted.error());
        if (d->handshakeLoop)
            d->handshakeLoop->quit();
        return;
    }
    d->phase = Phase::Handshake;
    socket->write(encodeFrame(protocol::helloFrame(d->clientName, d->major, d->minor)));
}

void IpcClient::disconnectFromServer()
{
    if (!d->socket)
        return;
    QLocalSocket *socket = d->socket;
    d->socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    const bool wasReady = d->phase == Phase::Ready;
    d->phase = Phase::Idle;
    failAll(makeError(protocol::errDisconnected(), QStringLiteral("The connection to the service was closed.")));
    if (wasReady)
        emit disconnected();
}

void IpcClient::onDisconnected()
{
    if (!d->socket)
        return;
    // Read what is left first: the service's last frame may explain why it closed.
    onReadyRead();
    QLocalSocket *socket = d->socket;
    if (!socket)
        return;
    d->socket = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    const bool wasReady = d->phase == Phase::Ready;
    d->phase = Phase::Idle;
    failAll(makeError(protocol::errDisconnected(), QStringLiteral("The connection to the service was lost.")));
    if (d->handshakeLoop)
        d->handshakeLoop->quit();
    if (wasReady)
        emit disconnected();
}

void IpcClient::onReadyRead()
{
    if (!d->socket)
        return;
    const QByteArray bytes = d->socket->readAll();
    if (bytes.isEmpty())
        return;
    const FrameDecoder::Output out = d->decoder.feed(bytes);
    for (const QJsonObject &frame : out.frames) {
        handleFrame(frame);
        if (!d->socket)
            return;
    }
    if (out.state == FrameDecoder::State::Invalid) {
        qCWarning(lcIpc).noquote() << "malformed data from the service:" << out.error;
        const Error error = makeError(protocol::errProtocol(), QStringLiteral("The service sent malformed data."), out.error);
        if (d->phase != Phase::Ready)
            d->handshakeError = error;
        emit connectionError(error);
        disconnectFromServer();
        if (d->handshakeLoop)
            d->handshakeLoop->quit();
    }
}

void IpcClient::handleFrame(const QJsonObject &frame)
{
    if (d->phase == Phase::Connecting)
        return; // nothing is taken from a server before it has been verified
    if (protocol::isErrorFrame(frame)) {
        const Error error = protocol::parseErrorFrame(frame);
        qCWarning(lcIpc).noquote() << "the service closes the connection:" << error.code << error.message;
        if (d->phase != Phase::Ready)
            d->handshakeError = error;
        emit connectionError(error);
        if (d->handshakeLoop)
            d->handshakeLoop->quit();
        return; // the service closes the connection; onDisconnected() fails the pending calls
    }
    if (d->phase == Phase::Handshake) {
        const Result<protocol::Hello> hello = protocol::parseHello(frame);
        if (!hello || hello->major != d->major) {
            d->handshakeError = hello ? makeError(protocol::errVersion(),
                                                  QStringLiteral("The service speaks protocol version %1.%2; this program needs %3.x.")
                                                      .arg(hello->major)
                                                      .arg(hello->minor)
                                                      .arg(d->major))
                                      : hello.error();
            if (d->handshakeLoop)
                d->handshakeLoop->quit();
            return;
        }
        d->serverHello = *hello;
        d->phase = Phase::Ready;
        if (d->handshakeLoop)
            d->handshakeLoop->quit();
        return;
    }
    const QJsonValue event = frame.value(QLatin1String("event"));
    if (event.isString()) {
        emit eventReceived(event.toString(), frame.value(QLatin1String("data")).toObject());
        return;
    }
    const QJsonValue id = frame.value(QLatin1String("id"));
    if (!id.isDouble()) {
        qCDebug(lcIpc) << "ignoring a frame that is neither a reply nor an event";
        return;
    }
    if (frame.value(QLatin1String("ok")).toBool()) {
        complete(qint64(id.toDouble()), frame.value(QLatin1String("result")).toObject());
    } else {
        const QJsonObject e = frame.value(QLatin1String("error")).toObject();
        complete(qint64(id.toDouble()),
                 makeError(e.value(QLatin1String("code")).toString(), e.value(QLatin1String("message")).toString()));
    }
}

void IpcClient::complete(qint64 id, const Result<QJsonObject> &result)
{
    const auto it = d->pending.find(id);
    if (it == d->pending.end())
        return; // timed out earlier, or not ours
    Callback cb = std::move(it->second);
    d->pending.erase(it);
    cb(result);
}

void IpcClient::failAll(const Error &error)
{
    auto pending = std::move(d->pending);
    d->pending.clear();
    for (auto &[id, cb] : pending)
        cb(error);
}

qint64 IpcClient::callAsync(const QString &method, const QJsonObject &params, Callback done, int timeoutMs)
{
    const qint64 id = ++d->nextId;
    if (d->phase != Phase::Ready || !d->socket) {
        done(makeError(protocol::errDisconnected(), QStringLiteral("Not connected to the ml-connector service.")));
        return id;
    }
    const QByteArray frame = encodeFrame(protocol::requestFrame(id, method, params));
    if (frame.isEmpty()) {
        done(makeError(QStringLiteral("input.too_large"), QStringLiteral("The request is too large to send.")));
        return id;
    }
    d->pending.emplace(id, std::move(done));
    QTimer::singleShot(timeoutMs, this, [this, id, method] {
        complete(id, makeError(protocol::errTimeout(),
                               QStringLiteral("The service did not answer \"%1\" in time.").arg(method)));
    });
    d->socket->write(frame);
    return id;
}

Result<QJsonObject> IpcClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    std::optional<Result<QJsonObject>> result;
    QEventLoop loop;
    callAsync(
        method, params,
        [&result, &loop](const Result<QJsonObject> &r) {
            result = r;
            loop.quit();
        },
        timeoutMs);
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

} // namespace mlc::ipc
