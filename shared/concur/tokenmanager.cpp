#include "tokenmanager.h"

#include "concurhosts.h"
#include "core/logging.h"
#include "core/redact.h"
#include "tokenresponse.h"

#include <algorithm>

namespace mlc::concur {

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    // Every byte outside the unreserved set is percent-encoded, which is valid
    // application/x-www-form-urlencoded ('+' and '&' inside a secret stay intact).
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

QString describe(const HttpResponse &r, const OAuthError &e)
{
    QString d = QStringLiteral("HTTP %1").arg(r.status);
    if (e.code >= 0)
        d += QStringLiteral(", code %1").arg(e.code);
    if (!e.error.isEmpty())
        d += QStringLiteral(", ") + e.error;
    if (!e.description.isEmpty())
        d += QStringLiteral(": ") + e.description;
    d += QStringLiteral(", concur-correlationid ") + correlationIdOf(r);
    return redactText(d);
}

} // namespace

TokenManager::TokenManager(const ConcurSettings &settings, SecretStore &secrets, HttpClient &http)
    : m_settings(settings)
    , m_secrets(secrets)
    , m_transport(http, settings)
{
}

Result<QByteArray> TokenManager::readSecret(const QString &key, const QString &what)
{
    Result<QByteArray> r = m_secrets.read(key);
    if (!r.ok()) {
        if (r.error().code == QLatin1String("secret.not_found")) {
            return makeError(QStringLiteral("concur.config"),
                             QStringLiteral("The %1 is not set; enter it in the Concur connection settings.").arg(what));
        }
        return r.error();
    }
    if (r.value().isEmpty()) {
        return makeError(QStringLiteral("concur.config"),
                         QStringLiteral("The %1 is empty; enter it in the Concur connection settings.").arg(what));
    }
    return r;
}

Result<void> TokenManager::loadStored()
{
    if (m_loaded)
        return {};
    const Result<QByteArray> raw = m_secrets.read(secretkey::ConcurCompanyToken);
    if (!raw.ok()) {
        if (raw.error().code != QLatin1String("secret.not_found"))
            return raw.error();
        m_stored.reset();
        m_loaded = true;
        return {};
    }
    Result<CompanyToken> token = CompanyToken::fromJson(raw.value());
    if (!token.ok())
        return token.error();
    m_stored = std::move(token).value();
    m_loaded = true;
    return {};
}

bool TokenManager::isOnboarded()
{
    return loadStored().ok() && m_stored.has_value();
}

QUrl TokenManager::baseUrl()
{
    return isOnboarded() ? m_stored->geolocation : QUrl();
}

std::optional<CompanyToken> TokenManager::companyToken()
{
    return isOnboarded() ? m_stored : std::nullopt;
}

void TokenManager::invalidateAccessToken()
{
    m_accessToken.clear();
    m_accessExpiresAt = QDateTime();
}

Result<void> TokenManager::onboard()
{
    if (m_settings.clientId.isEmpty() || m_settings.companyUuid.isEmpty()) {
        return makeError(QStringLiteral("concur.config"),
                         QStringLiteral("The Concur client id and company UUID must be set before connecting."));
    }
    const auto base = ConcurHosts::normaliseBaseUrl(m_settings.bootstrapBaseUrl, m_settings.allowLoopback);
    if (!base.ok())
        return base.error();
    const auto secret = readSecret(secretkey::ConcurClientSecret, QStringLiteral("Concur client secret"));
    if (!secret.ok())
        return secret.error();
    const auto requestToken = readSecret(secretkey::ConcurRequestToken, QStringLiteral("Concur company request token"));
    if (!requestToken.ok())
        return requestToken.error();

    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("client_id"), m_settings.clientId},
        {QStringLiteral("client_secret"), QString::fromUtf8(secret.value())},
        {QStringLiteral("grant_type"), QStringLiteral("password")},
        {QStringLiteral("username"), m_settings.companyUuid},
        {QStringLiteral("password"), QString::fromUtf8(requestToken.value())},
        {QStringLiteral("credtype"), QStringLiteral("authtoken")},
    };
    invalidateAccessToken();
    if (Result<void> r = grant(Grant::Password, base.value(), fields, QString(), true); !r.ok())
        return r;
    m_loaded = true;
    m_reauthRequired = Error();
    // The request token is single-purpose (valid 24 h); the refresh token replaces it.
    if (const Result<void> removed = m_secrets.remove(secretkey::ConcurRequestToken); !removed.ok())
        qCWarning(lcConcur) << "could not remove the used company request token:" << removed.error().toString();
    qCInfo(lcConcur) << "connected the company to Concur at" << m_stored->geolocation.toString();
    return {};
}

Result<void> TokenManager::refresh()
{
    if (Result<void> r = loadStored(); !r.ok())
        return r;
    if (!m_stored) {
        return makeError(QStringLiteral("concur.not_onboarded"),
                         QStringLiteral("The company is not connected to Concur yet; enter a company request token."));
    }
    if (!m_reauthRequired.isNull())
        return m_reauthRequired; // a dead refresh token stays dead until onboard(): do not hammer /token
    const auto secret = readSecret(secretkey::ConcurClientSecret, QStringLiteral("Concur client secret"));
    if (!secret.ok())
        return secret.error();
    const QString old = m_stored->refreshToken;
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("client_id"), m_settings.clientId},
        {QStringLiteral("client_secret"), QString::fromUtf8(secret.value())},
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), old},
    };
    invalidateAccessToken();
    return grant(Grant::Refresh, m_stored->geolocation, fields, old, true);
}

Result<void> TokenManager::grant(Grant kind, const QUrl &base, const QList<QPair<QString, QString>> &fields,
                                 const QString &oldRefreshToken, bool allowRehome)
{
    HttpRequest req;
    req.method = "POST";
    req.url = base;
    req.url.setPath(QLatin1String(TokenPath));
    // Exactly this content type: Concur rejects "; charset=utf-8" on /token.
    req.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    req.body = formEncode(fields);
    req.timeoutMs = m_settings.tokenTimeoutMs;
    // A token answer is a few KiB (a JWT of ~2 KiB, a refresh token, a geolocation); 256 KiB is
    // far beyond any real one and keeps a wrong or hostile host from filling memory.
    req.maxResponseBytes = 256 * 1024;
    const QString what = kind == Grant::Password ? QStringLiteral("company token request")
                                                 : QStringLiteral("token refresh");

    const HttpResponse resp = m_transport.send(req);
    if (resp.transportFailed()) {
        if (resp.error == TransportError::PolicyRefused)
            return makeError(QStringLiteral("concur.host_refused"), resp.errorString);
        if (resp.error == TransportError::Cancelled) // a stop ended a Retry-After wait (see FisReader)
            return makeError(QStringLiteral("sync.stopped"), QStringLiteral("stop requested"), resp.errorString);
        QString message = QStringLiteral("Concur could not be reached for the %1.").arg(what);
        if (kind == Grant::Refresh && resp.outcomeUnknown()) {
            message += QStringLiteral(" The answer was lost; if Concur rotated the refresh token meanwhile, "
                                      "the next refresh may ask for a new company request token.");
        }
        return makeError(QStringLiteral("concur.transport"), message,
                         base.host() + QStringLiteral(": ") + resp.errorString);
    }
    if (resp.status == 200) {
        const auto g = parseTokenResponse(resp.body, m_settings.now());
        if (!g.ok())
            return g.error();
        return accept(g.value(), base, oldRefreshToken);
    }

    const OAuthError e = parseOAuthError(resp.body);
    const QString detail = describe(resp, e);
    qCWarning(lcConcur).noquote() << what << "refused:" << detail;
    if (e.code == 16 && !e.geolocation.isEmpty()) {
        // "user lives elsewhere": the answer names the company's host; retry there once.
        const auto home = ConcurHosts::normaliseBaseUrl(e.geolocation, m_settings.allowLoopback);
        if (!home.ok()) {
            qCCritical(lcConcur).noquote() << "Concur named a non-Concur geolocation:" << home.error().toString();
            return home.error();
        }
        if (!allowRehome || home.value() == base) {
            return makeError(QStringLiteral("concur.auth"),
                             QStringLiteral("Concur keeps redirecting the %1 to another region.").arg(what), detail);
        }
        qCInfo(lcConcur) << "the company lives at" << home.value().toString() << "; retrying the" << what << "there";
        return grant(kind, home.value(), fields, oldRefreshToken, false);
    }
    if (e.code == 108 || (kind == Grant::Refresh && e.error == QLatin1String("invalid_grant"))) {
        invalidateAccessToken();
        m_reauthRequired = makeError(QStringLiteral("concur.reauth_required"),
                                     QStringLiteral("Concur no longer accepts the stored refresh token (expired or "
                                                    "revoked). An administrator must generate a new Company Request "
                                                    "Token in Concur (Administration > Company > Authentication "
                                                    "Admin) and connect again."),
                                     detail);
        qCCritical(lcConcur).noquote() << m_reauthRequired.message;
        return m_reauthRequired;
    }
    if (e.error == QLatin1String("invalid_client") || e.code == 59 || e.code == 61 || e.code == 64) {
        // 53 company not enabled for this client, 59 client disabled, 61 not found, 64 bad secret.
        return makeError(QStringLiteral("concur.client_refused"),
                         QStringLiteral("Concur does not accept this connector's client id or client secret for the "
                                        "company. Check both in the Concur connection settings, and that the app is "
                                        "enabled for the company in Concur."),
                         detail);
    }
    if (kind == Grant::Password && (resp.status == 400 || resp.status == 401 || resp.status == 403)) {
        return makeError(QStringLiteral("concur.onboarding_failed"),
                         QStringLiteral("Concur refused to connect the company. Check the client id, client secret "
                                        "and company UUID; a company request token is valid for 24 hours only, so "
                                        "generate a new one if it is older."),
                         detail);
    }
    if (resp.status == 429 || resp.status >= 500) {
        return makeError(QStringLiteral("concur.unavailable"),
                         QStringLiteral("Concur is busy or unavailable; the %1 will be retried later.").arg(what), detail);
    }
    return makeError(QStringLiteral("concur.auth"), QStringLiteral("Concur refused the %1.").arg(what), detail);
}

Result<void> TokenManager::accept(const TokenGrant &g, const QUrl &base, const QString &oldRefreshToken)
{
    QUrl geo = base;
    if (!g.geolocation.isEmpty()) {
        const auto normalised = ConcurHosts::normaliseBaseUrl(g.geolocation, m_settings.allowLoopback);
        if (!normalised.ok()) {
            // Never send the bearer token (or store a refresh token bound) to a foreign host.
            qCCritical(lcConcur).noquote() << "Concur's token answer names a refused geolocation:"
                                           << normalised.error().toString();
            return normalised.error();
        }
        geo = normalised.value();
    }
    CompanyToken t;
    // "There are certain conditions where a refreshToken is not returned": keep the old one.
    t.refreshToken = g.refreshToken.isEmpty() ? oldRefreshToken : g.refreshToken;
    if (t.refreshToken.isEmpty()) {
        return makeError(QStringLiteral("concur.malformed"),
                         QStringLiteral("Concur's company token answer carries no refresh token."));
    }
    t.geolocation = geo;
    t.refreshExpiresAt = g.refreshExpiresAt.isValid() ? g.refreshExpiresAt
                                                      : (m_stored ? m_stored->refreshExpiresAt : QDateTime());
    const QDateTime now = m_settings.now().toUTC();
    t.refreshedAt = now;
    if (m_stored && m_stored->geolocation != geo)
        qCInfo(lcConcur) << "Concur moved the company from" << m_stored->geolocation.toString() << "to" << geo.toString();
    if (!oldRefreshToken.isEmpty() && t.refreshToken != oldRefreshToken)
        qCDebug(lcConcur) << "refresh token rotated to" << secretFingerprint(t.refreshToken.toUtf8());

    m_stored = std::move(t);
    m_loaded = true;
    m_unpersisted = true;
    m_accessToken = g.accessToken;
    m_accessLifetime = g.expiresInSeconds;
    m_accessExpiresAt = now.addSecs(g.expiresInSeconds);
    ++m_grants;
    return persist();
}

Result<void> TokenManager::persist()
{
    const Result<void> w = m_secrets.write(secretkey::ConcurCompanyToken, m_stored->toJson());
    if (!w.ok()) {
        qCCritical(lcConcur).noquote()
            << "COULD NOT SAVE the Concur company token to" << m_secrets.backendName()
            << "- the connector stops using Concur until it can; a restart now would lose the token:"
            << w.error().toString();
        return makeError(QStringLiteral("concur.token_persist_failed"),
                         QStringLiteral("The renewed Concur company token could not be saved to the secret store (%1). "
                                        "Concur is not used until it can be saved.")
                             .arg(m_secrets.backendName()),
                         w.error().toString());
    }
    m_unpersisted = false;
    return {};
}

Result<QString> TokenManager::accessToken()
{
    if (Result<void> r = loadStored(); !r.ok())
        return r.error();
    if (!m_stored) {
        return makeError(QStringLiteral("concur.not_onboarded"),
                         QStringLiteral("The company is not connected to Concur yet; enter a company request token."));
    }
    if (m_unpersisted) {
        if (Result<void> r = persist(); !r.ok())
            return r.error();
    }
    // Refresh ahead of expiry; with very short lifetimes, at half-life.
    const qint64 margin = std::min<qint64>(m_settings.refreshMarginSeconds, m_accessLifetime / 2);
    if (m_accessToken.isEmpty() || m_settings.now().secsTo(m_accessExpiresAt) < margin) {
        if (Result<void> r = refresh(); !r.ok())
            return r.error();
    }
    return m_accessToken;
}

bool TokenManager::refreshDue(const QDateTime &now)
{
    if (Result<void> r = loadStored(); !r.ok())
        return true; // let refresh() surface the store's error
    if (!m_stored)
        return false;
    if (!m_stored->refreshedAt.isValid() || m_stored->refreshedAt.secsTo(now) >= qint64(m_settings.keepAliveHours) * 3600)
        return true;
    return m_stored->refreshExpiresAt.isValid()
        && now.secsTo(m_stored->refreshExpiresAt) < qint64(m_settings.refreshExpiryWarningDays) * 86400;
}

Result<HttpResponse> sendWithCompanyToken(ConcurTransport &transport, TokenManager &tokens,
                                          const std::function<HttpRequest(const QString &token, const QUrl &baseUrl)> &build,
                                          const QString &what)
{
    for (bool retriedAuth = false;; retriedAuth = true) {
        const Result<QString> token = tokens.accessToken();
        if (!token.ok())
            return token.error();
        HttpResponse resp = transport.send(build(token.value(), tokens.baseUrl()));
        if (resp.transportFailed() || (resp.status != 401 && resp.status != 403) || retriedAuth)
            return resp;
        // The access token expired or was revoked early: one refresh, one retry.
        qCInfo(lcConcur) << "Concur answered" << resp.status << "to" << what << "(concur-correlationid"
                         << correlationIdOf(resp) << "); refreshing the token once";
        tokens.invalidateAccessToken();
        if (Result<void> r = tokens.refresh(); !r.ok())
            return r.error();
    }
}

} // namespace mlc::concur
