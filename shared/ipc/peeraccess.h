#pragma once
// Who is on the other end of the pipe, may they operate the connector, and as what (design §5)?
// Linux: the socket file is 0660 owned by the operators group, and every connection's kernel-reported
// credentials (SO_PEERCRED) are checked against AccessPolicy, so a wrong file mode alone cannot let a
// stranger in. Windows: the pipe's DACL (locallistener_win.cpp) is the gate; the peer identity and
// its role are read from the client's token by impersonating it (peeraccess_win.cpp), never from a
// process id, which another process could have been given.
#include "core/result.h"

#include <QList>
#include <QString>

namespace mlc::ipc {

struct PeerCredentials {
    bool valid = false; // false: the platform could not tell who the peer is
    qint64 pid = -1;
    qint64 uid = -1;    // POSIX uid; -1 on Windows
    qint64 gid = -1;    // POSIX primary gid; -1 on Windows
    QList<qint64> groups; // POSIX supplementary gids (primary included when known)
    QString user;         // login name (POSIX) or DOMAIN\name (Windows); may be empty
    QString sid;          // Windows: the token user's SID ("S-1-5-21-..."); empty on POSIX
    // Windows: the token is SYSTEM's or has the Administrators group enabled (an elevated admin).
    bool administrator = false;
};

// What a connected client may do (design §5). Operators: status, run now, pause, review actions,
// mappings, audit, test connections. Admins: also endpoints, trust, secrets, the secret store, the
// operators group and the other security settings.
enum class PeerRole { Operator, Admin };
QString roleName(PeerRole role); // "operator" / "admin" (the hello reply's "role")

struct AccessPolicy {
    qint64 serviceUid = -1;       // the service's own user is always allowed
    qint64 operatorsGid = -1;     // members of this group are allowed; -1: no operators group
    QString serviceSid;           // Windows: the service's own account (its SID string)
};

// Pure: root, the service's own user and members of the operators group (primary or supplementary)
// are permitted; everybody else, and unknown credentials, are not.
bool peerPermitted(const PeerCredentials &peer, const AccessPolicy &policy);

// Pure: the role of a permitted peer. Admin: POSIX root or the service's own user; Windows a token
// of SYSTEM or with Administrators enabled, or the service's own account. Everybody else, and a
// peer whose identity is unknown, is an operator (the least the pipe grants).
PeerRole peerRole(const PeerCredentials &peer, const AccessPolicy &policy);

// Reads the kernel's credentials of the connected peer of a local socket/pipe descriptor
// (QLocalSocket::socketDescriptor(): a Unix socket fd, or the pipe HANDLE on Windows). On Windows
// the client's token is only available once the server has read from the pipe (the hello).
PeerCredentials readPeerCredentials(qintptr descriptor);

// The policy of this process for the given operators group name (POSIX: getgrnam; a missing group
// yields operatorsGid = -1, with `warning` telling why). On Windows: serviceSid only.
AccessPolicy currentAccessPolicy(const QString &operatorsGroup, QString *warning = nullptr);

} // namespace mlc::ipc
