#pragma once
// Settings of the Concur client. The admin chooses the bootstrap host (GLZ or the region the
// company lives in) and the company UUID; secrets never live here (see secrets/secretstore.h).
#include "core/httpclient.h"
#include "writebacklevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>

namespace mlc::concur {

// Time source; injectable so that tests can move time (token expiry, daily keep-alive).
using Clock = std::function<QDateTime()>;
// Waits between retries (429/503). Injectable so that tests can record the delays.
using Sleeper = std::function<void(int ms)>;
// Asked while a retry waits: true ends the wait at once (a service stop).
using StopCheck = std::function<bool()>;

struct ConcurSettings {
    // Where the company-token password grant goes ("Password (credtype = authtoken) → Use the GLZ
    // base URI"). Every later call goes to the token's geolocation instead.
    QString bootstrapBaseUrl = QStringLiteral("https://glz.api.concursolutions.com");
    QString clientId;
    QString companyUuid;      // username of the company password grant
    // The sandbox (sandbox/allowLoopback): the simulators on this machine may stand in for Concur.
    // Off: only Concur's own hosts (ConcurHosts), for the bootstrap URL, every geolocation and
    // every request.
    bool allowLoopback = false;
    // What may be written back to Concur (setting concur/writeBack): Off = read-only.
    WriteBackLevel writeBack = WriteBackLevel::Off;

    int tokenTimeoutMs = 30000;
    int requestTimeoutMs = 60000; // Concur: "should return a response within 60 seconds"
    int pageLimit = 100;          // FIS `limit` (default 25, no documented maximum)
    // The largest FIS page read into memory (HttpRequest::maxResponseBytes): 100 documents of even
    // 100 KiB each are 10 MiB; a larger answer is refused ("concur.too_large").
    qint64 maxPageBytes = HttpRequest::kDefaultMaxResponseBytes;
    // FIS `DocumentFormatAs` header ("json" | "text"); empty = not sent (Concur's default).
    // "json" spares parsing every document twice; a string document is accepted either way.
    QByteArray documentFormatAs = "json";

    // 429/503: honour Retry-After, but never wait less than the floor (Concur sends "retry-after: 0").
    int minRetryAfterSeconds = 2;
    int maxRetryAfterSeconds = 300;  // cap: a blocking cycle must not hang for longer
    int maxThrottleRetries = 5;      // per request, for 429 and 503
    int maxTransportRetries = 2;     // per GET, for dropped connections/timeouts (GETs are idempotent)

    int refreshMarginSeconds = 300;         // refresh the access token when less than this is left
    int keepAliveHours = 23;                // refresh grant at least this often, even when idle
    int refreshExpiryWarningDays = 14;      // refresh early when the refresh token nears its end

    Clock clock;     // default: QDateTime::currentDateTimeUtc
    // Default: a wait in a local event loop, so that the thread keeps serving its events (the
    // service's pipe and stop request run in the same thread as its cycles) during a Retry-After.
    Sleeper sleep;
    // A wait that ends because this returns true is not followed by the retry: the request fails
    // with TransportError::Cancelled (nothing more is sent). Checked at least every 100 ms.
    StopCheck stopRequested;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
};

} // namespace mlc::concur
