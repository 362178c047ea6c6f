#include "ipc/peeraccess.h"

namespace mlc::ipc {

bool peerPermitted(const PeerCredentials &peer, const AccessPolicy &policy)
{
    if (!peer.valid || peer.uid < 0)
        return false;
    if (peer.uid == 0 || (policy.serviceUid >= 0 && peer.uid == policy.serviceUid))
        return true;
    if (policy.operatorsGid < 0)
        return false;
    return peer.gid == policy.operatorsGid || peer.groups.contains(policy.operatorsGid);
}

PeerRole peerRole(const PeerCredentials &peer, const AccessPolicy &policy)
{
    if (!peer.valid)
        return PeerRole::Operator;
    if (peer.uid == 0 || (policy.serviceUid >= 0 && peer.uid == policy.serviceUid))
        return PeerRole::Admin;
    if (peer.administrator || (!peer.sid.isEmpty() && peer.sid == policy.serviceSid))
        return PeerRole::Admin;
    return PeerRole::Operator;
}

QString roleName(PeerRole role)
{
    return role == PeerRole::Admin ? QStringLiteral("admin") : QStringLiteral("operator");
}

} // namespace mlc::ipc
