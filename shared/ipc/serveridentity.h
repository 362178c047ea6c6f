#pragma once
// Clients trust only the real service (design §5, issue #7 item 9): before a single byte goes to
// the pipe, the client checks who serves it. Otherwise, while the service is down, any local user
// could create the pipe and receive what an admin types into `secret set`.
//   POSIX (serveridentity_posix.cpp): the socket must sit in a directory that only trusted users
//     can write to (never a world-writable one such as /tmp), and the process listening on it
//     (SO_PEERCRED on our end) must run as root, as our own user or as the service user.
//   Windows (serveridentity_win.cpp): the pipe is opened with SECURITY_SQOS_PRESENT |
//     SECURITY_IDENTIFICATION (the server may learn who we are but cannot act as us) and without
//     FILE_CREATE_PIPE_INSTANCE; the process serving it (GetNamedPipeServerProcessId) must run as
//     SYSTEM, an elevated administrator, our own account, the service's own SID
//     (NT SERVICE\<name>) or the account the SCM runs the service as.
// Errors: code ipc.untrusted_server (ipc.connect when there is nothing to connect to).
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::ipc {

struct ServerTrust {
    // POSIX: uids that may serve the pipe besides root and this process's own user, e.g. the owner
    // of the data directory (the service user of the systemd unit).
    QList<qint64> uids;
    // Windows: accounts ("NT SERVICE\\ml-connector", ".\\svc-mlc") or SID strings that may serve
    // the pipe besides SYSTEM, elevated administrators and this process's own account.
    QStringList accounts;
    // Windows: the service whose own SID and configured account (read from the SCM) are trusted.
    QString serviceName = QStringLiteral("ml-connector");
    // For tests only: do not trust this process's own account implicitly.
    bool trustOwnAccount = true;
};

// ---- the rules, pure (unit-tested with data rows) -------------------------------------------

// POSIX: what stat() says about one path component.
struct PathFacts {
    qint64 uid = -1;
    quint32 mode = 0; // st_mode
};

// The directory that holds the socket: owned by a trusted uid and writable by nobody else (no
// group or other write bit). An ancestor of it: owned by a trusted uid; if others may write to it,
// it must be sticky (/tmp), so that nobody else can rename or replace what is in it.
Result<void> judgeSocketDirectory(const QString &path, const PathFacts &facts, const QList<qint64> &trusted,
                                  bool holdsSocket);
// The socket file itself: a socket (not a symlink to one elsewhere) owned by a trusted uid.
Result<void> judgeSocketFile(const QString &path, const PathFacts &facts, const QList<qint64> &trusted);
// The server process's account (POSIX uid / Windows SID) against the trusted set.
Result<void> judgeServerUid(qint64 uid, const QList<qint64> &trusted, qint64 pid);
Result<void> judgeServerSid(const QString &sid, const QString &account, bool administrator,
                            const QStringList &trustedSids, qint64 pid);

// ---- the platform checks -----------------------------------------------------------------------

// POSIX: root, our own euid, trust.uids and the owner of /run/ml-connector (only root can create
// it there; systemd gives it to the service user). Windows: empty.
QList<qint64> trustedUids(const ServerTrust &trust);
// POSIX: the socket path and every directory above it (the rules above), before connecting;
// returns the path to connect to (symbolic links in the directories resolved, so that what was
// checked is what is used). A missing socket or directory is ipc.connect (nothing to talk to).
// Windows: nothing to check (pipes have no directory); returns the name.
Result<QString> checkServerLocation(const QString &fullServerName, const ServerTrust &trust);
// POSIX: `dir` (links resolved) and every directory above it against the rules above; returns the
// resolved directory. The service checks where it is asked to listen with this, too.
Result<QString> checkSocketDirectory(const QString &dir, const QList<qint64> &trusted);
// Windows: opens the pipe as a client (SQOS identification, read/write data only), waiting up to
// timeoutMs while every instance is busy. POSIX: not available (QLocalSocket connects).
Result<qintptr> openPipeAsClient(const QString &fullServerName, int timeoutMs);
// Checks the server on a connected descriptor (Unix socket fd / pipe HANDLE) before anything is
// written to it.
Result<void> verifyServer(qintptr descriptor, const ServerTrust &trust);

} // namespace mlc::ipc
