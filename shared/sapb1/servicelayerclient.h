#pragma once
// One persistent Service Layer session per company (design §4). Logs in lazily, reuses the
// B1SESSION/ROUTEID cookies for every call, re-logs in proactively only once the server's idle
// window (`SessionTimeout`, sliding) has passed — minus a safety margin — and, when B1 still answers
// 401 (code 301 or "301"), logs in again and retries that request ONCE. A login is a heavy job in
// B1 (3–8 s), so needless logins are a bug; loginCount() lets tests prove reuse.
//
// Blocking: every call waits in a local event loop (mlc::HttpClient). Create and use the client in
// one thread (its QNetworkAccessManager belongs to the constructing thread); not thread-safe.
// Never sends `Expect: 100-continue` (QNAM does not; Apache in front of SL answers it with an empty
// 500). POSTs are never replayed after an unknown outcome: the caller looks the entry up first.
#include "b1error.h"
#include "odata.h"

#include "core/httpclient.h"
#include "core/result.h"
#include "core/tlspolicy.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace mlc::sapb1 {

class SessionCookieJar;

struct ServiceLayerConfig {
    QUrl serviceRoot; // https://host:50000/b1s/v1 (or /b1s/v2)
    QString companyDb;
    QString userName;
    // Reads the password from the SecretStore at login time; the client keeps no copy.
    std::function<Result<QByteArray>()> passwordProvider;
    TlsPolicy tls;
    int requestTimeoutMs = 60000;
    int loginTimeoutMs = 90000;    // a login takes 3–8 s, a refused one 30–40 s (B1SLayer #31)
    int pageSize = 500;            // Prefer: odata.maxpagesize
    // Longest query string of one Reference3 lookup (findAllByReference3 splits longer key lists).
    // 2,000 keeps the whole URL under 2,048 characters, the smallest common limit between the
    // connector and the Service Layer (IIS/ARR maxQueryString 2,048; Apache 8,190; nginx 4-8 KiB
    // buffers): about 55 keys per request.
    int maxLookupQueryLength = 2000;
    int idleMarginSeconds = 120;   // re-login this much before the idle timeout (capped at 10 %)
    std::function<qint64()> clockMs; // monotonic milliseconds; empty = steady clock (tests inject)
};

struct PostedEntry {
    qint64 jdtNum = 0; // TransId, the key in URLs
    qint64 number = 0; // journal number from the series
};

// Outcome of one $batch change set (all-or-nothing).
struct BatchResult {
    QList<PostedEntry> posted; // every entry in request order, when the change set committed
    int failedIndex = -1;      // 0-based index of the body B1 rejected; -1 when B1 did not say which
    Error failure;             // set (code b1.business) when B1 rolled the change set back
    bool committed() const { return failure.isNull(); }
};

struct ConnectionInfo {
    QString serviceRoot;
    QString companyDb;
    QString version;            // B1 version from the login answer, e.g. "1000190"
    int sessionTimeoutMinutes = 0;
};

class ServiceLayerClient {
public:
    explicit ServiceLayerClient(ServiceLayerConfig config);
    ~ServiceLayerClient();
    ServiceLayerClient(const ServiceLayerClient &) = delete;
    ServiceLayerClient &operator=(const ServiceLayerClient &) = delete;

    // Fresh login plus a cheap read; for the admin's "Test connection" button. A refused
    // certificate fails with b1.tls and "sha256=<hex>" in the detail (also presentedFingerprint()).
    Result<ConnectionInfo> testConnection();
    Result<void> login(); // forces a new session
    Result<void> logout(); // POST Logout; frees the B1 licence the session holds
    bool hasSession() const;

    // Generic calls (resource relative to the service root, e.g. "JournalEntries(5)").
    Result<QJsonObject> getObject(const QString &resource, const ODataQuery &query = {});
    Result<QJsonObject> postObject(const QString &resource, const QJsonObject &body, RequestKind kind);
    // Reads a whole collection: re-sends OUR query with $skip while the server reports a next link
    // (the link itself may have dropped $filter/$select, so only its presence and $skip are used).
    Result<QList<QJsonObject>> getAll(const QString &entitySet, const ODataQuery &query);
    Result<QList<QJsonObject>> getAll(const QString &entitySet, const QString &filter, const QString &select,
                                      const QString &orderby);

    // Posts one journal entry (body built by the caller). Errors: b1.business (rejected, nothing
    // posted), b1.unknown_outcome (may be posted: findByReference3 before retrying), b1.transient,
    // b1.session, b1.auth, b1.tls.
    Result<PostedEntry> postJournalEntry(const QJsonObject &body);
    // The same with the body already serialised (compact JSON): the engine hashes and stores
    // exactly these bytes before posting them.
    Result<PostedEntry> postJournalEntryJson(const QByteArray &compactJson);
    // The entry carrying `key` in Reference3 (lowest JdtNum if, against all care, there are several).
    Result<std::optional<PostedEntry>> findByReference3(const QString &key);
    // Which of `keys` B1 holds in Reference3 (absent keys are not in B1): `Reference3 eq '…' or
    // Reference3 eq '…'` in as few GETs as the URL length allows (each query string within
    // config().maxLookupQueryLength), so a page of documents costs one request. Exact matches only;
    // the lowest JdtNum wins should a key appear twice.
    Result<QHash<QString, PostedEntry>> findAllByReference3(const QStringList &keys);
    // All bodies in ONE change set. A rolled-back change set is a successful Result whose
    // failure/failedIndex say which entry B1 rejected (post the others singly to isolate it);
    // transport trouble and 5xx are errors (b1.unknown_outcome: look each key up).
    Result<BatchResult> postBatch(const QList<QJsonObject> &bodies);
    Result<BatchResult> postBatchJson(const QList<QByteArray> &compactJsonBodies);

    int loginCount() const { return m_loginCount; }
    quint64 requestCount() const;
    QString serverVersion() const { return m_version; }
    int sessionTimeoutMinutes() const { return int(m_sessionTimeoutMs / 60000); }
    // Lower-case hex SHA-256 of the certificate the server presented when it was last refused.
    QByteArray presentedFingerprint() const { return m_presentedFingerprint; }
    const ServiceLayerConfig &config() const { return m_config; }

private:
    struct Call {
        QByteArray method;
        QString resource;
        QByteArray query;
        QByteArray body;
        QByteArray contentType;
        QList<HttpHeader> headers;
        RequestKind kind = RequestKind::Read;
    };
    Result<HttpResponse> execute(const Call &call);
    HttpResponse sendOnce(const Call &call);
    Result<void> doLogin();
    bool idleWindowPassed() const;
    qint64 now() const;
    QUrl urlFor(const QString &resource, const QByteArray &query) const;
    QString describe(const Call &call) const;
    Result<PostedEntry> entryFromResponse(const HttpResponse &response);

    ServiceLayerConfig m_config;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SessionCookieJar> m_jar;
    QByteArray m_rootPath; // "/b1s/v1"
    QByteArray m_preferHeader;
    QString m_version;
    qint64 m_sessionTimeoutMs = 0;
    qint64 m_lastActivityMs = 0;
    int m_loginCount = 0;
    QByteArray m_presentedFingerprint;
};

} // namespace mlc::sapb1
