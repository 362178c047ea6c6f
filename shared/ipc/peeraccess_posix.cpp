#include "ipc/peeraccess.h"

#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#include <vector>

namespace mlc::ipc {

namespace {

QString userName(uid_t uid)
{
    std::vector<char> buf(16384);
    passwd pw{};
    passwd *result = nullptr;
    if (getpwuid_r(uid, &pw, buf.data(), buf.size(), &result) != 0 || !result)
        return {};
    return QString::fromLocal8Bit(result->pw_name);
}

// Fallback when the kernel cannot report the peer's groups: the groups the user database lists
// for that user (may differ from the peer process's real groups after a newgrp/setgroups).
QList<qint64> databaseGroups(uid_t uid, gid_t gid)
{
    QList<qint64> out;
    std::vector<char> buf(16384);
    passwd pw{};
    passwd *result = nullptr;
    if (getpwuid_r(uid, &pw, buf.data(), buf.size(), &result) != 0 || !result)
        return out;
    int count = 64;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    if (getgrouplist(result->pw_name, gid, groups.data(), &count) < 0) {
        groups.resize(size_t(count));
        if (getgrouplist(result->pw_name, gid, groups.data(), &count) < 0)
            return out;
    }
    for (int i = 0; i < count; ++i)
        out.append(qint64(groups[size_t(i)]));
    return out;
}

} // namespace

PeerCredentials readPeerCredentials(qintptr descriptor)
{
    PeerCredentials c;
    const int fd = int(descriptor);
    if (fd < 0)
        return c;
#if defined(SO_PEERCRED) && defined(__linux__)
    ucred cred{};
    socklen_t len = sizeof(cred);
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || len != sizeof(cred))
        return c;
    c.pid = cred.pid;
    c.uid = cred.uid;
    c.gid = cred.gid;
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (getpeereid(fd, &uid, &gid) != 0)
        return c;
    c.uid = uid;
    c.gid = gid;
#endif
    c.valid = true;
    c.user = userName(uid_t(c.uid));
    bool haveGroups = false;
#if defined(SO_PEERGROUPS)
    // The peer's supplementary groups as they were when it connected (Linux >= 4.13).
    std::vector<gid_t> groups(64);
    socklen_t glen = socklen_t(groups.size() * sizeof(gid_t));
    int rc = getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &glen);
    if (rc != 0 && errno == ERANGE) {
        groups.resize(glen / sizeof(gid_t) + 1);
        glen = socklen_t(groups.size() * sizeof(gid_t));
        rc = getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &glen);
    }
    if (rc == 0) {
        haveGroups = true;
        for (size_t i = 0; i < glen / sizeof(gid_t); ++i)
            c.groups.append(qint64(groups[i]));
    }
#endif
    if (!haveGroups)
        c.groups = databaseGroups(uid_t(c.uid), gid_t(c.gid));
    return c;
}

AccessPolicy currentAccessPolicy(const QString &operatorsGroup, QString *warning)
{
    AccessPolicy p;
    p.serviceUid = qint64(geteuid());
    if (operatorsGroup.isEmpty())
        return p;
    std::vector<char> buf(16384);
    group gr{};
    group *result = nullptr;
    const QByteArray name = operatorsGroup.toLocal8Bit();
    if (getgrnam_r(name.constData(), &gr, buf.data(), buf.size(), &result) != 0 || !result) {
        if (warning)
            *warning = QStringLiteral("operators group \"%1\" does not exist; only the service user and root may connect")
                           .arg(operatorsGroup);
        return p;
    }
    p.operatorsGid = qint64(result->gr_gid);
    return p;
}

} // namespace mlc::ipc
