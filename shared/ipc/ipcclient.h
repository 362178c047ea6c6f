#pragma once
// The tray's / CLI's end of the pipe: connect + hello, request/reply calls (blocking in a local event
// loop, or async with a callback), and push events as a signal. It checks who serves the pipe
// before it sends anything (serveridentity.h): a program standing in for the service gets nothing.
#include "core/result.h"
#include "ipc/pipename.h"
#include "ipc/protocol.h"
#include "ipc/serveridentity.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace mlc::ipc {

class IpcClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QJsonObject> &)>;

    // clientName goes into the hello (e.g. "ml-connector-tray 0.1.0") and the service's audit trail.
    explicit IpcClient(const QString &clientName, QObject *parent = nullptr);
    ~IpcClient() override;

    // POSIX <runtime dir>/ml-connector.sock, Windows "ml-connector" (pipename.h).
    static QString defaultServerName() { return ipc::defaultServerName(); }

    // Who may serve the pipe besides root/SYSTEM/administrators and our own account (the service
    // user: the owner of the data directory, say). Used by the next connectToServer().
    void setServerTrust(const ServerTrust &trust);

    // Connects and completes the hello; blocks in a local event loop for at most timeoutMs. A bare
    // name is a socket in the runtime directory (POSIX) or \\.\pipe\<name> (Windows).
    // Errors: ipc.connect (no service), ipc.untrusted_server (somebody else serves the pipe: nothing
    // was sent), version (major mismatch), not_permitted, ipc.timeout.
    Result<void> connectToServer(const QString &serverName = defaultServerName(), int timeoutMs = 5000);
    void disconnectFromServer();
    bool isConnected() const; // connected and past the hello
    protocol::Hello serverHello() const;
    // The service's decision about this client, from its hello: "operator" or "admin".
    QString role() const { return serverHello().role; }

    // Blocking call (local event loop; push events are still delivered meanwhile).
    // Errors: the handler's {code, message}, ipc.timeout, ipc.disconnected.
    Result<QJsonObject> call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 30000);
    // Async call; `done` runs exactly once in this object's thread (possibly before this returns if
    // not connected). Returns the request id.
    qint64 callAsync(const QString &method, const QJsonObject &params, Callback done, int timeoutMs = 30000);

    // For tests of version handling only: the version this client announces.
    void setAnnouncedVersion(int major, int minor);

signals:
    void eventReceived(const QString &event, const QJsonObject &data);
    // The service closed the connection with a reason (version, not_permitted, protocol, ...).
    void connectionError(const mlc::Error &error);
    void disconnected();

private:
    void onReadyRead();
    void onDisconnected();
    void handleFrame(const QJsonObject &frame);
    void complete(qint64 id, const Result<QJsonObject> &result);
    void sendHello();
    void failAll(const Error &error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mlc::ipc
