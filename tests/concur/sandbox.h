#pragma once
// The test hosts and simulators listen on loopback, which only the sandbox may use (issue #7
// item 8: TlsPolicy::allowLoopback, ConcurSettings::allowLoopback; sandbox/allowLoopback in the
// connector's settings).
#include "core/tlspolicy.h"

namespace mlc::concur::test {

inline TlsPolicy sandboxPolicy()
{
    TlsPolicy p;
    p.allowLoopback = true;
    return p;
}

} // namespace mlc::concur::test
