#pragma once
// Who is on the other end of the pipe, and may they operate the connector?
// Linux: the socket file is 0660 owned by the operators group, and every connection's kernel-reported
// credentials (SO_PEERCRED) are checked against AccessPolicy, so a wrong file mode alone cannot let a
// stranger in. Windows: the pipe's DACL (peeraccess_win.cpp) is the gate; the peer identity is read
// for the audit trail.
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
};

struct AccessPolicy {
    qint64 serviceUid = -1;       // the service's own user is always allowed
    qint64 operatorsGid = -1;     // members of this group are allowed; -1: no operators group
};

// Pure: root, the service's own user and members of the operators group (primary or supplementary)
// are permitted; everybody else, and unknown credentials, are not.
bool peerPermitted(const PeerCredentials &peer, const AccessPolicy &policy);

// Reads the kernel's credentials of the connected peer of a local socket/pipe descriptor
// (QLocalSocket::socketDescriptor(): a Unix socket fd, or the pipe HANDLE on Windows).
PeerCredentials readPeerCredentials(qintptr descriptor);

// The policy of this process for the given operators group name (POSIX: getgrnam; a missing group
// yields operatorsGid = -1, with `warning` telling why). On Windows only serviceUid = -1 is returned.
AccessPolicy currentAccessPolicy(const QString &operatorsGroup, QString *warning = nullptr);

} // namespace mlc::ipc
