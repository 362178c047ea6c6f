#pragma once
// The seam between the pipe and the service: IpcServer decodes requests and calls
// IpcHandler::handle(); the service implements the methods (status, run-now, settings, secrets,
// mappings, review, audit, connection tests) and completes the IpcReply now or later.
#include "core/result.h"
#include "ipc/peeraccess.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <memory>

namespace mlc::ipc {

class IpcServer;

// The identity of a connected client, recorded by the service in the audit trail for every change.
// The identity comes from the kernel (SO_PEERCRED) or the client's token (Windows), never from
// the client's own words; so does the role, which the service checks before every change.
struct IpcPeer {
    quint64 connectionId = 0; // unique per server run
    QString user;             // login name (POSIX) / DOMAIN\name (Windows); empty if unknown
    qint64 uid = -1;          // POSIX only
    qint64 pid = -1;          // informational: the process that opened the connection
    QList<qint64> groups;     // POSIX gids
    QString sid;              // Windows: the token user's SID
    PeerRole role = PeerRole::Operator; // decided at the hello (roleDecided)
    bool roleDecided = false;
    QString client;           // the "client" text of the peer's hello (self-declared, not verified)

    bool isAdmin() const { return role == PeerRole::Admin; }
    // "alice (uid 1000, pid 4242, operator, ml-connector-tray 0.1.0)" for logs and the audit trail.
    QString describe() const;
};

// Completes one request. Copyable; all copies share one state and the first ok()/fail() wins, later
// calls are ignored. If every copy is destroyed without a completion, the client gets an "internal"
// error instead of waiting for its timeout. May be completed later (after a sync cycle) and from
// another thread, provided the IpcServer outlives the reply; the frame is written in the server's
// thread. Replies to a client that has gone are dropped silently.
class IpcReply
{
public:
    IpcReply() = default; // a null reply: ok()/fail() do nothing

    void ok(const QJsonObject &result = {}) const;
    void fail(const QString &code, const QString &message) const;
    void fail(const Error &error) const { fail(error.code, error.message); }

    bool isNull() const { return !d; }
    bool isCompleted() const;
    QJsonValue requestId() const;

private:
    friend class IpcServer;
    struct State;
    IpcReply(IpcServer *server, quint64 connectionId, const QJsonValue &id);
    std::shared_ptr<State> d;
};

class IpcHandler
{
public:
    virtual ~IpcHandler() = default;
    // Called in the server's thread for every request of a client that completed the hello.
    // Unknown methods should fail with protocol::errUnknownMethod().
    virtual void handle(const IpcPeer &peer, const QString &method, const QJsonObject &params, IpcReply reply) = 0;
};

} // namespace mlc::ipc

Q_DECLARE_METATYPE(mlc::ipc::IpcPeer)
