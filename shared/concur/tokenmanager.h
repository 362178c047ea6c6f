#pragma once
// The company token of one Concur company.
//  - onboard(): password grant with credtype=authtoken (username = company UUID, password = the
//    one-time company request token) on the bootstrap host (GLZ); the request token is removed
//    from the secret store afterwards.
//  - refresh(): refresh grant on the geolocation host. Concur may rotate the refresh token, drop it
//    from the answer (keep the old one) or move the company (new geolocation): after every grant
//    {refresh_token, geolocation, refresh_expires_at} is persisted in ONE SecretStore write. If
//    that write fails the call fails (and keeps failing until a write succeeds): a rotated refresh
//    token that only lives in memory is lost on the next restart.
//  - accessToken(): cached in memory only, refreshed proactively before it expires.
//  - Token error code 16 ("user lives elsewhere") carries a geolocation: retry there once.
//    Code 108 (bad or expired refresh token) → "concur.reauth_required".
// Not thread-safe: used from the sync thread that owns the HttpClient and the SecretStore.
// `settings`, `secrets` and `http` are held by reference and must outlive the manager.
#include "companytoken.h"
#include "concursettings.h"
#include "concurtransport.h"
#include "core/httpclient.h"
#include "core/result.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace mlc::concur {

struct TokenGrant;

class TokenManager {
public:
    TokenManager(const ConcurSettings &settings, SecretStore &secrets, HttpClient &http);

    // First connection of the company (or re-connection after "concur.reauth_required").
    Result<void> onboard();
    // A valid access token; refreshes when none is cached or less than the margin is left.
    // Error "concur.not_onboarded" when no company token is stored.
    Result<QString> accessToken();
    // Refresh grant now (also the daily keep-alive, and the 401 path).
    Result<void> refresh();
    // True when the daily keep-alive should refresh now: the last grant is older than
    // keepAliveHours, or the refresh token nears its expiry. False when not onboarded.
    bool refreshDue(const QDateTime &now);
    // Forget the cached access token (after a 401/403 on a resource call).
    void invalidateAccessToken();

    // The base URL every API call goes to (the token's geolocation); invalid when not onboarded.
    QUrl baseUrl();
    bool isOnboarded();
    std::optional<CompanyToken> companyToken(); // for status display; never log refreshToken
    QDateTime accessTokenExpiresAt() const { return m_accessExpiresAt; }
    int grantCount() const { return m_grants; }

private:
    enum class Grant { Password, Refresh };
    Result<void> loadStored();
    Result<void> grant(Grant kind, const QUrl &base, const QList<QPair<QString, QString>> &fields,
                       const QString &oldRefreshToken, bool allowRehome);
    Result<void> accept(const TokenGrant &g, const QUrl &base, const QString &oldRefreshToken);
    Result<void> persist();
    Result<QByteArray> readSecret(const QString &key, const QString &what);

    const ConcurSettings &m_settings;
    SecretStore &m_secrets;
    ConcurTransport m_transport;

    std::optional<CompanyToken> m_stored; // mirror of the secret store entry
    bool m_loaded = false;
    bool m_unpersisted = false; // m_stored holds a grant the store has not accepted yet
    Error m_reauthRequired;     // set by code 108; cleared by a successful onboard()
    QString m_accessToken;
    QDateTime m_accessExpiresAt;
    qint64 m_accessLifetime = 0;
    int m_grants = 0;
};

// Sends one FIS request with the company token on its geolocation host: `build` makes the request
// from the access token and the base URL (again after a refresh). A 401/403 refreshes the token
// once and sends once more (the request was not processed). Transport failures and other statuses
// come back as the response; only a failing token is an error. `what` names the call in the log.
Result<HttpResponse> sendWithCompanyToken(ConcurTransport &transport, TokenManager &tokens,
                                          const std::function<HttpRequest(const QString &token, const QUrl &baseUrl)> &build,
                                          const QString &what);

} // namespace mlc::concur
