#include "ipc/serveridentity.h"

#include "ipc/pipename.h"
#include "ipc/protocol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace mlc::ipc {

namespace {

Error notThere(const QString &path, int err)
{
    return makeError(protocol::errConnect(), QStringLiteral("The ml-connector service is not running or not reachable."),
                     QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
}

Result<PathFacts> facts(const QString &path)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return notThere(path, errno);
    return PathFacts{qint64(st.st_uid), quint32(st.st_mode)};
}

} // namespace

QList<qint64> trustedUids(const ServerTrust &trust)
{
    QList<qint64> out{0};
    if (trust.trustOwnAccount && !out.contains(qint64(::geteuid())))
        out << qint64(::geteuid());
    QList<qint64> extra = trust.uids;
    // The owner of /run/ml-connector is the service user: only root can create a directory in a
    // root-owned /run, and systemd's RuntimeDirectory= gives it to the unit's User=.
    struct stat run{};
    struct stat dir{};
    const QString system = systemRuntimeDirectory();
    if (::lstat(QFile::encodeName(QFileInfo(system).path()).constData(), &run) == 0 && run.st_uid == 0
        && S_ISDIR(run.st_mode) && !(run.st_mode & (S_IWGRP | S_IWOTH))
        && ::lstat(QFile::encodeName(system).constData(), &dir) == 0 && S_ISDIR(dir.st_mode)
        && !(dir.st_mode & (S_IWGRP | S_IWOTH)))
        extra << qint64(dir.st_uid);
    for (qint64 uid : std::as_const(extra)) {
        if (uid >= 0 && !out.contains(uid))
            out << uid;
    }
    return out;
}

Result<QString> checkSocketDirectory(const QString &dir, const QList<qint64> &trusted)
{
    // Resolve links once and check (and then use) the real path: a link could otherwise lead from
    // a safe-looking place into /tmp.
    char resolved[PATH_MAX];
    if (!::realpath(QFile::encodeName(dir).constData(), resolved))
        return notThere(dir, errno);
    const QString realDir = QFile::decodeName(resolved);
    QString path = realDir;
    bool holdsSocket = true;
    for (;;) {
        auto f = facts(path);
        if (!f.ok())
            return f.error();
        if (auto r = judgeSocketDirectory(path, f.value(), trusted, holdsSocket); !r.ok())
            return r.error();
        if (path == QLatin1String("/"))
            break;
        path = QFileInfo(path).path();
        holdsSocket = false;
    }
    return realDir;
}

Result<QString> checkServerLocation(const QString &fullServerName, const ServerTrust &trust)
{
    const QList<qint64> trusted = trustedUids(trust);
    const QFileInfo info(fullServerName);
    const Result<QString> dir = checkSocketDirectory(info.absolutePath(), trusted);
    if (!dir.ok())
        return dir.error();
    // The socket itself must not be a link (connect() would follow it anywhere).
    const QString socketPath = QDir(dir.value()).filePath(info.fileName());
    auto f = facts(socketPath);
    if (!f.ok())
        return f.error();
    if (auto r = judgeSocketFile(socketPath, f.value(), trusted); !r.ok())
        return r.error();
    return socketPath;
}

Result<qintptr> openPipeAsClient(const QString &, int)
{
    return makeError(protocol::errConnect(), QStringLiteral("Named pipes are opened by QLocalSocket on this platform."));
}

Result<void> verifyServer(qintptr descriptor, const ServerTrust &trust)
{
    const int fd = int(descriptor);
    qint64 uid = -1;
    qint64 pid = -1;
#if defined(SO_PEERCRED) && defined(__linux__)
    ucred cred{};
    socklen_t len = sizeof(cred);
    if (fd >= 0 && ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && len == sizeof(cred)) {
        uid = cred.uid;
        pid = cred.pid;
    }
#else
    uid_t u = 0;
    gid_t g = 0;
    if (fd >= 0 && ::getpeereid(fd, &u, &g) == 0)
        uid = u;
#endif
    return judgeServerUid(uid, trustedUids(trust), pid);
}

} // namespace mlc::ipc
