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

} // namespace mlc::ipc
