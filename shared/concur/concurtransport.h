#pragma once
// The one way a request leaves for Concur. It enforces, for every call:
//   - read-only by default: only GET, and POST to /oauth2/v0/token. The write-back level
//     (ConcurSettings::writeBack, setting concur/writeBack) admits exactly the FIS write routes it
//     needs (writebacklevel.h); anything else (DELETE connections, another level's route...) is
//     refused before it is sent;
//   - the host allow-list (ConcurHosts);
//   - throttling: 429 and 503 are retried after Retry-After (seconds or HTTP date) with a floor,
//     a bounded number of times. The wait runs a local event loop (never a thread sleep): the
//     service's cycles run in its main thread, whose pipe must keep answering, and a stop ends the
//     wait (ConcurSettings::stopRequested) with TransportError::Cancelled;
//   - GETs are retried on dropped connections/timeouts (idempotent); the token POST is not,
//     because a lost token answer may already have rotated the refresh token;
//   - the concur-correlationid of every answer is logged (never a header value that is a secret).
#include "concursettings.h"
#include "writebacklevel.h"
#include "core/httpclient.h"
#include "core/result.h"

namespace mlc::concur {

inline constexpr char TokenPath[] = "/oauth2/v0/token";

class ConcurTransport {
public:
    ConcurTransport(HttpClient &http, const ConcurSettings &settings);

    // Sends `request` under the rules above. A refused request comes back as
    // error == TransportError::PolicyRefused with status 0 and nothing sent.
    HttpResponse send(const HttpRequest &request);

    // True for GET and for POST to the token path, and for a POST to a FIS write route that
    // `level` admits; everything else is refused.
    static bool isAllowedCall(const QByteArray &method, const QUrl &url, WriteBackLevel level = WriteBackLevel::Off);
    // Retry-After as seconds: integer seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // The wait before retry `attempt` (0-based) after a throttled answer.
    int throttleDelayMs(const HttpResponse &response, int attempt) const;

    quint64 throttledCount() const { return m_throttled; }

private:
    // Waits ms milliseconds (see above); false when a stop request ended the wait.
    bool waitMs(int ms) const;
    bool stopRequested() const { return m_settings.stopRequested && m_settings.stopRequested(); }

    HttpClient &m_http;
    const ConcurSettings &m_settings;
    quint64 m_throttled = 0;
};

// The correlation id Concur puts on every answer, or "-".
QString correlationIdOf(const HttpResponse &response);

} // namespace mlc::concur
