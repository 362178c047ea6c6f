#pragma once
// The service end of the pipe (design §5): accepts operators' clients, runs the hello handshake,
// dispatches requests to an IpcHandler and broadcasts push events. A misbehaving client (garbage,
// zero-length or oversize frames, a request before hello, a reader too slow for the pushes) loses its
// own connection; the others are unaffected.
#include "ipc/ipchandler.h"

#include <QObject>
#include <memory>

class QLocalSocket;

namespace mlc::ipc {

struct IpcServerOptions {
    QString name = QStringLiteral("ml-connector"); // pipe name / socket name or absolute socket path
    QString operatorsGroup = QStringLiteral("ml-connector"); // POSIX group / Windows local group
    QString serverName; // our hello's "client" text; empty: "ml-connector-service <version>"
    qint64 maxPendingWriteBytes = 8 * 1024 * 1024; // per client; above it the client is dropped
    int helloTimeoutMs = 10000;                    // a client must say hello within this time
    int closeGraceMs = 2000;                       // time to flush the last error frame
};

class IpcServer : public QObject
{
    Q_OBJECT
public:
    explicit IpcServer(IpcHandler *handler, QObject *parent = nullptr);
    ~IpcServer() override;

    Result<void> listen(const IpcServerOptions &options = {});
    void close(); // disconnects every client
    bool isListening() const;
    QString fullServerName() const; // socket path (POSIX) or \\.\pipe\name (Windows)

    // Sends {event, data} to every client that completed the hello.
    void broadcast(const QString &event, const QJsonObject &data);
    int clientCount() const; // clients past the hello

signals:
    void clientConnected(const mlc::ipc::IpcPeer &peer); // after a successful hello
    void clientDisconnected(quint64 connectionId);
    // A client was refused or dropped (not permitted, protocol error, too slow); reason is loggable.
    void clientRejected(quint64 connectionId, const QString &reason);

private:
    friend class IpcReply;
    struct Connection;
    void onNewConnection(QLocalSocket *socket);
    void onReadyRead(quint64 id);
    void onDisconnected(quint64 id);
    void handleFrame(quint64 id, const QJsonObject &frame);
    bool send(quint64 id, const QByteArray &frame);
    void sendReplyFrame(quint64 id, const QJsonObject &frame);
    void closeWithError(quint64 id, const QString &code, const QString &message);
    void drop(quint64 id, const QString &reason);
    void finishIfClosed(quint64 id);
    Connection *find(quint64 id) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mlc::ipc
