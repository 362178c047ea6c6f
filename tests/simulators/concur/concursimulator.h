#pragma once
// SAP Concur simulator: the OAuth2 token service (GLZ + one host per region) and the Financial
// Integration Service v4, with the documented quirks rather than an idealised API (see
// /work/shared/reference/concur-api.md §6). A product feature (sandbox/demo) and the fixture of
// the connector's integration tests. Runs its servers in the thread it lives in (use SimThread);
// the control methods below are thread-safe.
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <random>

namespace mlc::sim {

class SimHttpServer;
struct SimRequest;
struct SimResponse;

struct ConcurSimConfig {
    QString clientId = QStringLiteral("mlc-client");
    QString clientSecret;  // tests set it
    QString companyUuid = QStringLiteral("2f1c9a6e-7d3b-4c1e-9a55-3b8e2d40c7f1");
    QString companyId = QStringLiteral("p0079311tnvx");   // FIS envelope companyId
    QString entityId = QStringLiteral("p0079311tnvx");    // FIS envelope entityId
    QString requestToken;  // company request token, valid 24 h (simulated clock), reusable in that window
    QStringList regions = {QStringLiteral("us2"), QStringLiteral("eu2")}; // each its own port; plus "glz"
    QString homeRegion = QStringLiteral("us2");
    int accessTokenSeconds = 3600;
    qint64 refreshTokenSeconds = 180LL * 24 * 3600; // six months, sliding on use
    qint64 requestTokenSeconds = 24LL * 3600;
    enum class Rotation { NewEachTime, Same, None } rotation = Rotation::NewEachTime; // refresh grant returns new / same / no refresh_token
    bool revokeOldRefreshToken = true;  // after rotation the old refresh token -> 400 code 108
    bool expiresInAsString = true;      // "3600" vs 3600
    bool documentAsString = false;      // FIS `document` as JSON string (also with request header DocumentFormatAs: text)
    bool shuffleKeys = true;            // JSON member order shuffled (seeded)
    bool strictContentType = false;     // reject `charset=utf-8` on /token
    bool geolocationWithPathSuffix = false; // doc quirk: geolocation ".../oauth2/v0/token"
    int latencyMs = 0;
    quint32 seed = 1;
};

struct ConcurFault {
    QString pathContains;       // matched against "path?query"; empty = every request
    int status = 429;           // 429 (retry-after + rate-limit body), 503, any other; 0/200 = normal answer, only delayed
    int retryAfterSeconds = 0;  // 429 always carries retry-after (also 0, as Concur does)
    int delayMs = 0;
    bool drop = false;          // close the connection without answering
    int count = 1;              // how many requests it hits; < 0 = until clearFaults()
    bool afterWork = false;     // with drop: the request takes effect first (e.g. a rotation the client never sees)
    QString region;             // restrict to one host ("us2", "glz", ...); empty = all
};

struct ConcurRequestRecord {
    QByteArray method;
    QString region;
    QString path;
    QString query;
    bool bearer = false;
    int status = 0;             // status answered (0 = dropped)
    QString grantType;          // for /oauth2/v0/token
};

class ConcurSimulator : public QObject {
    Q_OBJECT
public:
    explicit ConcurSimulator(const ConcurSimConfig &config = {}, QObject *parent = nullptr);
    ~ConcurSimulator() override;

    bool listen();                                   // all region servers + glz
    QString baseUrl(const QString &region) const;    // "http://127.0.0.1:PORT"; region "glz" for the token bootstrap

    // thread-safe from here on
    QString addDocument(const QString &docType, const QJsonObject &document, const QString &fisId = {}); // READY; returns the FIS id
    void clearDocuments();
    int readyCount(const QString &docType) const;
    QString documentStatus(const QString &fisId) const; // READY, ACKNOWLEDGED, POSTING_CONFIRMED_SUCCESS/FAILURE, RECALLED; empty = unknown
    void recallDocument(const QString &fisId);           // processor recall: leaves the READY queue; acks then answer 102
    // READY -> ACKNOWLEDGED for each id, as the FIS acknowledgement route does, without a request: for
    // fixtures of a large backlog already processed (bench_writeback). Returns how many were READY.
    int acknowledgeDocuments(const QStringList &fisIds);
    void setHomeRegion(const QString &region);       // re-home: next refresh returns the new geolocation; old-region tokens get 401
    QString homeRegion() const;
    void setRequestToken(const QString &token);      // a new company request token, valid 24 h from now (simulated)
    void advanceClock(qint64 seconds);
    qint64 now() const;                              // simulated epoch seconds
    void expireAccessTokens();
    void revokeRefreshTokens();
    void injectFault(const ConcurFault &fault);
    void clearFaults();
    int tokenGrants(const QString &grantType = {}) const; // successful grants: "password", "refresh_token", ...
    QList<ConcurRequestRecord> requests() const;
    int writeCalls() const;                           // non-GET calls other than /oauth2/v0/token (acks, confirmations), answered or not
    QList<QByteArray> writeBodies() const;            // bodies of those write calls, in order
    int unauthorizedCount() const;                    // 401s answered (resource calls and bad clients on /token)
    void resetCounters();

private:
    struct AccessToken {
        QString region;
        qint64 expiresAt = 0;
        bool revoked = false;
        bool company = true;
    };
    struct RefreshToken {
        qint64 expiresAt = 0;
        bool revoked = false;
    };
    struct FisDoc {
        QString id;
        QString docType;
        QJsonObject document;
        QString status;
    };
    struct DocQueue {
        QStringList order; // every id of this docType, in arrival order
        QStringList ready; // READY ids in order; rebuilt when dirty
        bool dirty = false;
    };

    SimResponse handle(const QString &region, const SimRequest &request);
    SimResponse route(const QString &region, const SimRequest &request, ConcurRequestRecord &record);
    SimResponse handleToken(const QString &region, const SimRequest &request, ConcurRequestRecord &record);
    SimResponse passwordGrant(const QString &region, const QHash<QString, QString> &form);
    SimResponse refreshGrant(const QString &region, const QHash<QString, QString> &form);
    SimResponse clientCredentialsGrant(const QString &region);
    SimResponse tokenResponse(const QString &tokenRegion, const QString &refreshToken, bool company);
    SimResponse oauthError(int status, int code, const QString &error, const QString &description, bool withGeolocation = false);
    SimResponse v4Error(int status, const QString &errorId, const QString &message, const QString &path);
    SimResponse faultResponse(const ConcurFault &fault, const QString &path);
    SimResponse fisGet(const QString &docType, const SimRequest &request);
    SimResponse fisAcknowledge(const QString &docType, const SimRequest &request);
    SimResponse fisPostingConfirmation(const QString &docType, const SimRequest &request);
    SimResponse fisPaymentConfirmation(const QString &docType, const SimRequest &request);
    const QStringList &readyIds(const QString &docType);
    void markDirty(const QString &docType);
    QString geolocation() const;
    qint64 clock() const; // simulated now, caller holds m_mutex
    QString randomHex(int chars);
    QString newRefreshToken();
    QByteArray jsonBody(const QJsonObject &object);
    bool takeFault(const QString &region, const QString &target, ConcurFault *out);

    ConcurSimConfig m_config;
    QMap<QString, SimHttpServer *> m_servers; // region -> server (sim thread only)

    mutable QMutex m_mutex; // guards everything below
    QHash<QString, QString> m_baseUrls;
    QString m_home;
    QString m_movedFrom;   // after setHomeRegion: the old home accepts one refresh and answers the new geolocation
    qint64 m_clockOffset = 0;
    QString m_requestToken;
    qint64 m_requestTokenExpiresAt = 0;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, FisDoc> m_docs;
    QHash<QString, DocQueue> m_queues;
    QSet<QString> m_paymentRefs;
    QList<ConcurFault> m_faults;
    QList<ConcurRequestRecord> m_requests;
    QHash<QString, int> m_grants;
    QList<QByteArray> m_writeBodies;
    int m_unauthorized = 0;
    quint64 m_responseCounter = 0;
    quint64 m_docCounter = 0;
    std::mt19937 m_rng;
};

} // namespace mlc::sim
