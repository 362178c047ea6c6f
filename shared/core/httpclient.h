#pragma once
// A small blocking HTTP client over QNetworkAccessManager. The sync engine is written as plain
// sequential code (persist intent, POST, record outcome), so it runs in its own thread and each
// call waits in a local event loop. Cookies and redirects are never handled automatically: the
// Service Layer's cookies are parsed by hand (no Path, trailing ';') and must not leak elsewhere.
#include "tlspolicy.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace mlc {

using HttpHeader = QPair<QByteArray, QByteArray>;

enum class TransportError {
    None,
    ConnectionRefused, // nothing was sent: safe to retry anything
    HostNotFound,      // nothing was sent
    PolicyRefused,     // we refused to send (TlsPolicy::refusal: plain HTTP, loopback outside the sandbox)
    Tls,               // handshake failed: nothing was sent
    Timeout,           // the request may have been processed: outcome unknown
    Dropped,           // connection closed before the reply: outcome unknown
    Other,
    TooLarge,          // the answer exceeded HttpRequest::maxResponseBytes; reading stopped: outcome unknown
    Cancelled,         // a stop ended a wait before the request was (re)sent: nothing was sent
};

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<HttpHeader> headers;
    QByteArray body;
    int timeoutMs = 60000;
    // The largest answer body read into memory; a larger one (by Content-Length or as it arrives,
    // decompressed) is aborted with TransportError::TooLarge. 64 MiB holds a FIS page of hundreds
    // of documents or a Service Layer collection page many times over, while a broken or hostile
    // server cannot make the service (which parses the page too) run out of memory. Token
    // answers use a far smaller cap (TokenManager). <= 0: no cap.
    qint64 maxResponseBytes = kDefaultMaxResponseBytes;
    static constexpr qint64 kDefaultMaxResponseBytes = 64LL * 1024 * 1024;
};

struct HttpResponse {
    int status = 0;
    QList<HttpHeader> headers;
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorString;
    QList<QSslCertificate> peerChain; // filled when a TLS handshake was refused (for first-connect pinning)

    bool transportFailed() const { return error != TransportError::None; }
    // True when the server may have acted on the request although we have no answer.
    bool outcomeUnknown() const
    {
        return error == TransportError::Timeout || error == TransportError::Dropped || error == TransportError::Other
            || error == TransportError::TooLarge;
    }
    QByteArray header(const QByteArray &name) const;
    // All values of a header; Qt joins repeated Set-Cookie headers with '\n', this splits them.
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

class HttpClient {
public:
    explicit HttpClient(const TlsPolicy &policy = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Also drops kept-alive connections: their certificates were checked against the old policy.
    void setTlsPolicy(const TlsPolicy &policy);
    const TlsPolicy &tlsPolicy() const { return m_policy; }

    // Blocks (in a local event loop) until the reply, a transport error or the timeout.
    HttpResponse send(const HttpRequest &request);
    quint64 requestCount() const { return m_requests; }

    static bool isLoopbackHost(const QString &host);

private:
    TlsPolicy m_policy;
    QNetworkAccessManager *m_nam;
    quint64 m_requests = 0;
};

} // namespace mlc
