#include "ipc/serveridentity.h"

#include "ipc/protocol.h"

namespace mlc::ipc {

namespace {

// st_mode bits, spelled out so that the rules compile (and are tested) on every platform.
constexpr quint32 kTypeMask = 0170000;
constexpr quint32 kDirectory = 0040000;
constexpr quint32 kSocket = 0140000;
constexpr quint32 kSticky = 01000;
constexpr quint32 kGroupWrite = 020;
constexpr quint32 kOtherWrite = 002;

Error untrusted(const QString &message, const QString &detail = {})
{
    return makeError(protocol::errUntrustedServer(), message, detail);
}

QString octal(quint32 mode)
{
    return QStringLiteral("mode %1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

} // namespace

Result<void> judgeSocketDirectory(const QString &path, const PathFacts &facts, const QList<qint64> &trusted,
                                  bool holdsSocket)
{
    if ((facts.mode & kTypeMask) != kDirectory)
        return untrusted(QStringLiteral("%1 is not a directory; refusing to look for the service's pipe there.").arg(path));
    if (!trusted.contains(facts.uid))
        return untrusted(QStringLiteral("%1 belongs to another user (uid %2), who could replace the service's pipe.")
                             .arg(path)
                             .arg(facts.uid));
    const bool othersWrite = (facts.mode & (kGroupWrite | kOtherWrite)) != 0;
    if (holdsSocket && othersWrite) {
        const QString who = (facts.mode & kOtherWrite) ? QStringLiteral("every local user") : QStringLiteral("its group");
        return untrusted(QStringLiteral("%1, the directory of the service's pipe, may be written by %2, so anybody could "
                                        "stand in for the service there. Use the service's runtime directory "
                                        "(/run/ml-connector or $XDG_RUNTIME_DIR).")
                             .arg(path, who),
                         octal(facts.mode));
    }
    if (!holdsSocket && othersWrite && !(facts.mode & kSticky))
        return untrusted(QStringLiteral("%1, above the service's pipe, may be written by other users, who could replace "
                                        "what is in it.")
                             .arg(path),
                         octal(facts.mode));
    return {};
}

Result<void> judgeSocketFile(const QString &path, const PathFacts &facts, const QList<qint64> &trusted)
{
    if ((facts.mode & kTypeMask) != kSocket)
        return untrusted(QStringLiteral("%1 is not the service's socket (a link or another kind of file).")
                             .arg(path));
    if (!trusted.contains(facts.uid))
        return untrusted(QStringLiteral("The pipe %1 belongs to uid %2, not to the service.")
                             .arg(path)
                             .arg(facts.uid));
    return {};
}

Result<void> judgeServerUid(qint64 uid, const QList<qint64> &trusted, qint64 pid)
{
    if (uid >= 0 && trusted.contains(uid))
        return {};
    return untrusted(QStringLiteral("The program answering on the pipe (pid %1) runs as uid %2, not as root or the "
                                    "service's user: it is not the ml-connector service.")
                         .arg(pid)
                         .arg(uid));
}

Result<void> judgeServerSid(const QString &sid, const QString &account, bool administrator,
                            const QStringList &trustedSids, qint64 pid)
{
    if (!sid.isEmpty() && (administrator || trustedSids.contains(sid, Qt::CaseInsensitive)))
        return {};
    return untrusted(QStringLiteral("The program answering on the pipe (pid %1) runs as %2, not as SYSTEM, an "
                                    "administrator or the service's account: it is not the ml-connector service.")
                         .arg(pid)
                         .arg(account.isEmpty() ? (sid.isEmpty() ? QStringLiteral("an unknown account") : sid) : account));
}

} // namespace mlc::ipc
