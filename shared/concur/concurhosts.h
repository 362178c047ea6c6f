#pragma once
// Region routing: a company token's geolocation is the base URL of every later call. Because the
// geolocation arrives over the wire (token responses, error code 16), it is validated against an
// allow-list before a token or bearer header is ever sent there: a geolocation pointing anywhere
// but Concur is treated as an attack.
#include "core/result.h"

#include <QString>
#include <QUrl>

namespace mlc::concur {

class ConcurHosts {
public:
    // Normalises a base URL or geolocation to scheme://host[:port] (drops a path such as the
    // documented "/oauth2/v0/token" suffix, query and fragment; lower-cases the host) and checks
    // the allow-list:
    //   - https://<label>.api.concursolutions.com (us2, eu2, apj1, usg, glz, us, emea, eu, www-us,
    //     us-impl, ...) and https://<label>.api.concurcdc.cn (China), default port only;
    //   - loopback (TlsPolicy::isLoopbackHost) with http or https and any port, but only with
    //     allowLoopback: the sandbox setting (sandbox/allowLoopback) an admin sets locally for the
    //     simulators. Otherwise a listener on this machine could collect the client secret.
    // A bare host ("us2.api.concursolutions.com") is read as https. User info is refused.
    // Error code "concur.host_refused" (or "concur.config" for an empty/unparseable value).
    static Result<QUrl> normaliseBaseUrl(const QString &text, bool allowLoopback = false);

    static bool isAllowedConcurHost(const QString &host);
};

} // namespace mlc::concur
