#pragma once
// The messages exchanged over the pipe (design §5). Every frame is one JSON object:
//   hello    {"hello":{"major":1,"minor":0,"client":"ml-connector-tray 0.1.0"}}   first frame, both ways
//            (the service's adds "role":"operator"|"admin", the rights it grants this client)
//   request  {"id":7,"method":"review.resolve","params":{...}}                    tray -> service
//   reply    {"id":7,"ok":true,"result":{...}} | {"id":7,"ok":false,"error":{"code":..,"message":..}}
//   push     {"event":"cycle.progress","data":{...}}                              service -> tray
//   error    {"error":{"code":"version","message":...}}   connection-level error; the sender closes
// A peer whose major version differs is refused; minor versions only add optional fields/methods.
#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mlc::ipc::protocol {

constexpr int Major = 1;
// 1.1 added review.resolve, review.retry, audit.export, runNow {fresh, outcomes}, the cycle.progress
// event and status.database. 1.2 added the service hello's "role" ("operator" | "admin"): what the
// service lets this client do, decided from the client's credentials, never from what it says.
constexpr int Minor = 2;

// Connection-level and reply error codes produced by the IPC layer itself. Handlers use their own
// codes (e.g. "input.invalid", "unknown_method") in replies.
inline QString errVersion() { return QStringLiteral("version"); }
inline QString errNotPermitted() { return QStringLiteral("not_permitted"); }
inline QString errProtocol() { return QStringLiteral("protocol"); }     // malformed frame / sequence
inline QString errBadRequest() { return QStringLiteral("bad_request"); } // object is not a request
inline QString errUnknownMethod() { return QStringLiteral("unknown_method"); }
inline QString errInternal() { return QStringLiteral("internal"); }     // handler dropped the reply
inline QString errTimeout() { return QStringLiteral("ipc.timeout"); }   // client side: no reply in time
inline QString errDisconnected() { return QStringLiteral("ipc.disconnected"); }
inline QString errConnect() { return QStringLiteral("ipc.connect"); }
// Client side: whoever serves the pipe is not the service (serveridentity.h); nothing was sent.
inline QString errUntrustedServer() { return QStringLiteral("ipc.untrusted_server"); }

// Push event names the service broadcasts.
inline QString evStatusChanged() { return QStringLiteral("status.changed"); }
inline QString evCycleStarted() { return QStringLiteral("cycle.started"); }
inline QString evCycleProgress() { return QStringLiteral("cycle.progress"); }
inline QString evCycleFinished() { return QStringLiteral("cycle.finished"); }
inline QString evReviewCountChanged() { return QStringLiteral("review.count_changed"); }

struct Hello {
    int major = -1;
    int minor = -1;
    QString client; // free text identifying the peer program, for logs and the audit trail
    QString role;   // the service's hello only: "operator" or "admin" (empty from a 1.0/1.1 service)
};

QJsonObject helloFrame(const QString &client, int major = Major, int minor = Minor, const QString &role = {});
// Parses a hello frame; an error means the frame is not a hello at all (protocol error).
Result<Hello> parseHello(const QJsonObject &frame);

QJsonObject errorFrame(const QString &code, const QString &message);
bool isErrorFrame(const QJsonObject &frame);
Error parseErrorFrame(const QJsonObject &frame);

QJsonObject requestFrame(qint64 id, const QString &method, const QJsonObject &params);
QJsonObject okReply(const QJsonValue &id, const QJsonObject &result);
QJsonObject errorReply(const QJsonValue &id, const QString &code, const QString &message);
QJsonObject eventFrame(const QString &event, const QJsonObject &data);

} // namespace mlc::ipc::protocol
