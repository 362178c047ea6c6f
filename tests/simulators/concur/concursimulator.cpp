#include "concursimulator.h"

#include "fisjsonwriter.h"
#include "simhttpserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace mlc::sim {

namespace {

const QString kFisPrefix = QStringLiteral("/financialintegration/fi/v4/companies/transactiontypes/");
const QString kTokenPath = QStringLiteral("/oauth2/v0/token");
// The placeholder host (and the missing /financialintegration prefix) of FIS pagination links.
const QString kFisLinkBase = QStringLiteral("https://fiserviceurlhere/fi/v4/companies/transactiontypes/");

bool isKnownDocType(const QString &docType)
{
    static const QStringList types = {QStringLiteral("expense"),     QStringLiteral("invoice"),
                                      QStringLiteral("cashadvance"), QStringLiteral("payroll"),
                                      QStringLiteral("requestobligation"), QStringLiteral("reportobligation")};
    return types.contains(docType);
}

QString isoTimestamp(qint64 epochSeconds)
{
    // v4 error bodies: "2025-05-12T13:24:18.149+00:00"
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("+00:00");
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    // application/x-www-form-urlencoded: '+' is a space; QUrlQuery does not know that.
    QByteArray raw = body;
    raw.replace('+', "%20");
    QUrlQuery q(QString::fromUtf8(raw));
    QHash<QString, QString> out;
    const auto items = q.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        out.insert(item.first, item.second);
    return out;
}

} // namespace

ConcurSimulator::ConcurSimulator(const ConcurSimConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_home(config.homeRegion)
    , m_requestToken(config.requestToken)
    , m_rng(config.seed)
{
    m_requestTokenExpiresAt = QDateTime::currentSecsSinceEpoch() + m_config.requestTokenSeconds;
}

ConcurSimulator::~ConcurSimulator()
{
    // Servers go first: their handlers use the members below.
    qDeleteAll(m_servers);
    m_servers.clear();
}

bool ConcurSimulator::listen()
{
    QStringList hosts = m_config.regions;
    hosts.append(QStringLiteral("glz"));
    bool ok = true;
    for (const QString &region : std::as_const(hosts)) {
        auto *server = m_servers.value(region);
        if (!server) {
            server = new SimHttpServer([this, region](const SimRequest &r) { return handle(region, r); }, this);
            m_servers.insert(region, server);
        }
        if (!server->port() && !server->listen()) {
            ok = false;
            continue;
        }
        QMutexLocker lock(&m_mutex);
        m_baseUrls.insert(region, server->baseUrl());
    }
    return ok;
}

QString ConcurSimulator::baseUrl(const QString &region) const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrls.value(region);
}

// ---------------------------------------------------------------------------------------------
// Control API

QString ConcurSimulator::addDocument(const QString &docType, const QJsonObject &document, const QString &fisId)
{
    QMutexLocker lock(&m_mutex);
    QString id = fisId;
    if (id.isEmpty()) {
        // FIS ids are 32 lowercase hex characters.
        id = QStringLiteral("%1").arg(++m_docCounter, 8, 16, QLatin1Char('0')) + randomHex(24);
    }
    auto it = m_docs.find(id);
    DocQueue &queue = m_queues[docType];
    if (it != m_docs.end()) {
        // A resubmitted document (new revision) comes back to READY under the same id.
        if (it->docType != docType)
            markDirty(it->docType);
        it->docType = docType;
        it->document = document;
        it->status = QStringLiteral("READY");
        if (!queue.order.contains(id))
            queue.order.append(id);
        queue.dirty = true;
        return id;
    }
    m_docs.insert(id, FisDoc{id, docType, document, QStringLiteral("READY")});
    queue.order.append(id);
    if (!queue.dirty)
        queue.ready.append(id);
    return id;
}

void ConcurSimulator::clearDocuments()
{
    QMutexLocker lock(&m_mutex);
    m_docs.clear();
    m_queues.clear();
}

int ConcurSimulator::readyCount(const QString &docType) const
{
    QMutexLocker lock(&m_mutex);
    return const_cast<ConcurSimulator *>(this)->readyIds(docType).size();
}

QString ConcurSimulator::documentStatus(const QString &fisId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_docs.constFind(fisId);
    return it == m_docs.cend() ? QString() : it->status;
}

void ConcurSimulator::recallDocument(const QString &fisId)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_docs.find(fisId);
    if (it == m_docs.end())
        return;
    it->status = QStringLiteral("RECALLED");
    markDirty(it->docType);
}

int ConcurSimulator::acknowledgeDocuments(const QStringList &fisIds)
{
    QMutexLocker lock(&m_mutex);
    int acknowledged = 0;
    for (const QString &id : fisIds) {
        auto it = m_docs.find(id);
        if (it == m_docs.end() || it->status != QLatin1String("READY"))
            continue;
        it->status = QStringLiteral("ACKNOWLEDGED");
        markDirty(it->docType);
        ++acknowledged;
    }
    return acknowledged;
}

void ConcurSimulator::setHomeRegion(const QString &region)
{
    QMutexLocker lock(&m_mutex);
    if (region == m_home)
        return;
    // Tokens of the old data center stop working there; the old home answers one more refresh
    // with the new geolocation so that the client learns where the company now lives.
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it) {
        if (it->region == m_home)
            it->revoked = true;
    }
    m_movedFrom = m_home;
    m_home = region;
}

QString ConcurSimulator::homeRegion() const
{
    QMutexLocker lock(&m_mutex);
    return m_home;
}

void ConcurSimulator::setRequestToken(const QString &token)
{
    QMutexLocker lock(&m_mutex);
    m_requestToken = token;
    m_requestTokenExpiresAt = clock() + m_config.requestTokenSeconds;
}

void ConcurSimulator::advanceClock(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_clockOffset += seconds;
}

qint64 ConcurSimulator::now() const
{
    QMutexLocker lock(&m_mutex);
    return clock();
}

qint64 ConcurSimulator::clock() const
{
    return QDateTime::currentSecsSinceEpoch() + m_clockOffset;
}

void ConcurSimulator::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    const qint64 t = clock();
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it->expiresAt = qMin(it->expiresAt, t);
}

void ConcurSimulator::revokeRefreshTokens()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end(); ++it)
        it->revoked = true;
}

void ConcurSimulator::injectFault(const ConcurFault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void ConcurSimulator::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

int ConcurSimulator::tokenGrants(const QString &grantType) const
{
    QMutexLocker lock(&m_mutex);
    if (!grantType.isEmpty())
        return m_grants.value(grantType);
    int sum = 0;
    for (int n : m_grants)
        sum += n;
    return sum;
}

QList<ConcurRequestRecord> ConcurSimulator::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int ConcurSimulator::writeCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_writeBodies.size();
}

QList<QByteArray> ConcurSimulator::writeBodies() const
{
    QMutexLocker lock(&m_mutex);
    return m_writeBodies;
}

int ConcurSimulator::unauthorizedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_unauthorized;
}

void ConcurSimulator::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_grants.clear();
    m_writeBodies.clear();
    m_unauthorized = 0;
}

// ---------------------------------------------------------------------------------------------
// Helpers (called with m_mutex held)

QString ConcurSimulator::randomHex(int chars)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(chars);
    for (int i = 0; i < chars; ++i)
        out += QLatin1Char(hex[m_rng() & 0xF]);
    return out;
}

QString ConcurSimulator::newRefreshToken()
{
    // The samples show UUID-shaped refresh tokens ("a95caa0f-249a-...").
    const QString h = randomHex(32);
    return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') +
           h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}

QString ConcurSimulator::geolocation() const
{
    QString geo = m_baseUrls.value(m_home);
    if (m_config.geolocationWithPathSuffix)
        geo += kTokenPath;
    return geo;
}

QByteArray ConcurSimulator::jsonBody(const QJsonObject &object)
{
    FisJsonWriter writer(m_config.seed ^ static_cast<quint32>(++m_responseCounter * 2654435761u), m_config.shuffleKeys);
    return writer.write(object);
}

void ConcurSimulator::markDirty(const QString &docType)
{
    auto it = m_queues.find(docType);
    if (it != m_queues.end())
        it->dirty = true;
}

const QStringList &ConcurSimulator::readyIds(const QString &docType)
{
    DocQueue &queue = m_queues[docType];
    if (queue.dirty) {
        queue.ready.clear();
        queue.ready.reserve(queue.order.size());
        QStringList keep;
        keep.reserve(queue.order.size());
        for (const QString &id : std::as_const(queue.order)) {
            const auto it = m_docs.constFind(id);
            if (it == m_docs.cend() || it->docType != docType)
                continue;
            keep.append(id);
            if (it->status == QLatin1String("READY"))
                queue.ready.append(id);
        }
        queue.order = keep;
        queue.dirty = false;
    }
    return queue.ready;
}

bool ConcurSimulator::takeFault(const QString &region, const QString &target, ConcurFault *out)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        ConcurFault &f = m_faults[i];
        if (!f.region.isEmpty() && f.region != region)
            continue;
        if (!f.pathContains.isEmpty() && !target.contains(f.pathContains))
            continue;
        *out = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

SimResponse ConcurSimulator::oauthError(int status, int code, const QString &error, const QString &description,
                                        bool withGeolocation)
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("error"), error},
                  {QStringLiteral("error_description"), description}};
    if (withGeolocation)
        o.insert(QStringLiteral("geolocation"), geolocation());
    return SimResponse::json(status, jsonBody(o));
}

SimResponse ConcurSimulator::v4Error(int status, const QString &errorId, const QString &message, const QString &path)
{
    const QJsonObject o{{QStringLiteral("timestamp"), isoTimestamp(clock())},
                        {QStringLiteral("httpStatus"), QString(QString::number(status) + QStringLiteral(" - ") +
                                                                    QString::fromLatin1(reasonPhrase(status)))},
                        {QStringLiteral("errorId"), errorId},
                        {QStringLiteral("errorMessage"), message},
                        {QStringLiteral("path"), path}};
    return SimResponse::json(status, jsonBody(o));
}

SimResponse ConcurSimulator::faultResponse(const ConcurFault &fault, const QString &path)
{
    if (fault.drop)
        return SimResponse::dropped();
    SimResponse r;
    if (fault.status == 429) {
        // The documented 429 sample: retry-after (even 0) and the security.rate.limit.reached body.
        const QJsonObject o{{QStringLiteral("timestamp"), isoTimestamp(clock())},
                            {QStringLiteral("httpStatus"), QStringLiteral("429 - Too Many Requests")},
                            {QStringLiteral("error"), QJsonObject{{QStringLiteral("id"), QStringLiteral("security.rate.limit.reached")},
                                                                  {QStringLiteral("message"), QStringLiteral("Too many requests")}}},
                            {QStringLiteral("path"), path}};
        r = SimResponse::json(429, jsonBody(o));
        r.withHeader("retry-after", QByteArray::number(fault.retryAfterSeconds));
    } else if (fault.status == 503) {
        r = v4Error(503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("Service temporarily unavailable"), path);
        if (fault.retryAfterSeconds > 0)
            r.withHeader("retry-after", QByteArray::number(fault.retryAfterSeconds));
    } else {
        r = v4Error(fault.status, QStringLiteral("SIMULATED_FAULT"), QStringLiteral("Simulated fault"), path);
    }
    return r;
}

// ---------------------------------------------------------------------------------------------
// Request handling (sim thread)

SimResponse ConcurSimulator::handle(const QString &region, const SimRequest &request)
{
    QMutexLocker lock(&m_mutex);
    ConcurRequestRecord record;
    record.method = request.method;
    record.region = region;
    record.path = request.path;
    record.query = request.query.toString(QUrl::FullyDecoded);
    record.bearer = request.header("Authorization").startsWith("Bearer ");

    const QString target = record.query.isEmpty() ? request.path : request.path + QLatin1Char('?') + record.query;
    if (request.path != kTokenPath && request.method != "GET" && request.method != "HEAD")
        m_writeBodies.append(request.body); // every write attempt counts, authorised or not

    ConcurFault fault;
    const bool faulted = takeFault(region, target, &fault);
    const bool onlyDelay = faulted && !fault.drop && (fault.status == 0 || fault.status == 200);
    const bool dropAfterWork = faulted && fault.drop && fault.afterWork;

    SimResponse response;
    if (faulted && !onlyDelay && !dropAfterWork)
        response = faultResponse(fault, request.path);
    else
        response = route(region, request, record);
    if (dropAfterWork)
        response = SimResponse::dropped();
    if (faulted)
        response.delayMs += fault.delayMs;
    response.delayMs += m_config.latencyMs;

    if (response.action != SimResponse::Action::Drop) {
        response.withHeader("concur-correlationid", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        record.status = response.status;
        if (response.status == 401)
            ++m_unauthorized;
    }
    m_requests.append(record);
    return response;
}

SimResponse ConcurSimulator::route(const QString &region, const SimRequest &request, ConcurRequestRecord &record)
{
    const QString &path = request.path;
    if (path == kTokenPath) {
        if (request.method != "POST")
            return oauthError(405, 0, QStringLiteral("invalid_request"), QStringLiteral("method not allowed"));
        return handleToken(region, request, record);
    }

    // Every resource call needs a company token of this data center.
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer "))
        return v4Error(401, QStringLiteral("UNAUTHORIZED"), QString(), path);
    const auto tok = m_accessTokens.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
    if (tok == m_accessTokens.cend() || tok->revoked || tok->expiresAt <= clock() || tok->region != region)
        return v4Error(401, QStringLiteral("UNAUTHORIZED"), QString(), path);
    if (!tok->company)
        return v4Error(403, QStringLiteral("FORBIDDEN"), QStringLiteral("This API only supports company-level access tokens."), path);

    if (path == QLatin1String("/app-mgmt/v0/connections") && request.method == "DELETE") {
        for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end(); ++it)
            it->revoked = true;
        return SimResponse::empty(204);
    }

    if (!path.startsWith(kFisPrefix))
        return v4Error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such resource"), path);
    const QStringList parts = path.mid(kFisPrefix.size()).split(QLatin1Char('/'));
    const QString docType = parts.value(0);
    if (parts.size() < 2 || parts.at(1) != QLatin1String("transactions") || parts.size() > 3)
        return v4Error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such resource"), path);
    if (!isKnownDocType(docType))
        return v4Error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("Invalid transaction type: ") + docType, path);
    if (parts.size() == 2) {
        if (request.method != "GET")
            return v4Error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("Method not allowed"), path);
        return fisGet(docType, request);
    }
    if (request.method != "POST")
        return v4Error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("Method not allowed"), path);
    const QString action = parts.at(2);
    if (action == QLatin1String("acknowledgements"))
        return fisAcknowledge(docType, request);
    if (action == QLatin1String("postingconfirmations"))
        return fisPostingConfirmation(docType, request);
    if (action == QLatin1String("paymentconfirmations"))
        return fisPaymentConfirmation(docType, request);
    return v4Error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such resource"), path);
}

// ---------------------------------------------------------------------------------------------
// OAuth2

SimResponse ConcurSimulator::handleToken(const QString &region, const SimRequest &request, ConcurRequestRecord &record)
{
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, 2, QStringLiteral("invalid_request"),
                          QStringLiteral("Content-Type must be application/x-www-form-urlencoded"));
    // "Remove charset=utf-8 from content-type header in your request" (tmc-overview).
    if (m_config.strictContentType && contentType.contains("charset"))
        return oauthError(400, 2, QStringLiteral("invalid_request"), QStringLiteral("unsupported content-type charset"));
    // "Do not append application keys and values to the request URL... will be rejected."
    if (request.hasQuery(QStringLiteral("client_secret")) || request.hasQuery(QStringLiteral("client_id")))
        return oauthError(400, 2, QStringLiteral("invalid_request"), QStringLiteral("credentials in the request URL"));

    const QHash<QString, QString> form = parseForm(request.body);
    const QString grant = form.value(QStringLiteral("grant_type"));
    record.grantType = grant;
    if (!form.contains(QStringLiteral("client_id")))
        return oauthError(400, 62, QStringLiteral("invalid_request"), QStringLiteral("client_id was not supplied"));
    if (!form.contains(QStringLiteral("client_secret")))
        return oauthError(400, 63, QStringLiteral("invalid_request"), QStringLiteral("client_secret was not supplied"));
    if (grant.isEmpty())
        return oauthError(400, 65, QStringLiteral("invalid_request"), QStringLiteral("grant_type was not supplied"));
    if (form.value(QStringLiteral("client_id")) != m_config.clientId)
        return oauthError(401, 61, QStringLiteral("invalid_client"), QStringLiteral("client not found"));
    if (form.value(QStringLiteral("client_secret")) != m_config.clientSecret)
        return oauthError(401, 64, QStringLiteral("invalid_client"), QStringLiteral("Incorrect credentials"));

    SimResponse r;
    if (grant == QLatin1String("password"))
        r = passwordGrant(region, form);
    else if (grant == QLatin1String("refresh_token"))
        r = refreshGrant(region, form);
    else if (grant == QLatin1String("client_credentials"))
        r = clientCredentialsGrant(region);
    else
        return oauthError(400, 66, QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type is not supported"));
    if (r.status == 200)
        ++m_grants[grant];
    return r;
}

SimResponse ConcurSimulator::passwordGrant(const QString &region, const QHash<QString, QString> &form)
{
    // The company password grant (credtype=authtoken) goes to the GLZ host; the home region's
    // host also answers it. Any other data center says "user lives elsewhere".
    if (region != QLatin1String("glz") && region != m_home)
        return oauthError(400, 16, QStringLiteral("invalid_request"), QStringLiteral("user lives elsewhere"), true);
    if (form.value(QStringLiteral("credtype")) != QLatin1String("authtoken") ||
        form.value(QStringLiteral("username")) != m_config.companyUuid || m_requestToken.isEmpty() ||
        form.value(QStringLiteral("password")) != m_requestToken || clock() >= m_requestTokenExpiresAt)
        return oauthError(400, 5, QStringLiteral("invalid_grant"), QStringLiteral("Incorrect Credentials. Please Retry"));
    // The request token is reusable within its 24 h window (network failures), so it is not consumed.
    const QString refresh = newRefreshToken();
    m_refreshTokens.insert(refresh, RefreshToken{clock() + m_config.refreshTokenSeconds, false});
    return tokenResponse(m_home, refresh, true);
}

SimResponse ConcurSimulator::refreshGrant(const QString &region, const QHash<QString, QString> &form)
{
    const QString presented = form.value(QStringLiteral("refresh_token"));
    if (presented.isEmpty())
        return oauthError(400, 106, QStringLiteral("invalid_request"), QStringLiteral("refresh_token was not supplied"));
    auto it = m_refreshTokens.find(presented);
    if (it == m_refreshTokens.end() || it->revoked || it->expiresAt <= clock())
        return oauthError(400, 108, QStringLiteral("invalid_grant"), QStringLiteral("bad or expired refresh token"));
    const bool movedHere = !m_movedFrom.isEmpty() && region == m_movedFrom;
    if (region != m_home && !movedHere)
        return oauthError(400, 16, QStringLiteral("invalid_request"), QStringLiteral("user lives elsewhere"), true);
    if (movedHere)
        m_movedFrom.clear();

    // Sliding six-month lifetime; rotation per configuration.
    const qint64 expiry = clock() + m_config.refreshTokenSeconds;
    QString returned;
    switch (m_config.rotation) {
    case ConcurSimConfig::Rotation::NewEachTime:
        returned = newRefreshToken();
        m_refreshTokens.insert(returned, RefreshToken{expiry, false});
        it = m_refreshTokens.find(presented);
        if (m_config.revokeOldRefreshToken)
            it->revoked = true;
        break;
    case ConcurSimConfig::Rotation::Same:
        returned = presented;
        it->expiresAt = expiry;
        break;
    case ConcurSimConfig::Rotation::None:
        it->expiresAt = expiry; // "There are certain conditions where a refreshToken is not returned."
        break;
    }
    return tokenResponse(m_home, returned, true);
}

SimResponse ConcurSimulator::clientCredentialsGrant(const QString &region)
{
    // An app token: any production host; no refresh_token, no id_token; not valid for FIS.
    const QString tokenRegion = region == QLatin1String("glz") ? m_home : region;
    return tokenResponse(tokenRegion, QString(), false);
}

SimResponse ConcurSimulator::tokenResponse(const QString &tokenRegion, const QString &refreshToken, bool company)
{
    const QString access = QStringLiteral("sim") + randomHex(8) + QLatin1Char('.') +
                           QString::fromLatin1(base64Url(randomHex(48).toLatin1()));
    const qint64 t = clock();
    m_accessTokens.insert(access, AccessToken{tokenRegion, t + m_config.accessTokenSeconds, false, company});

    QJsonObject o;
    if (m_config.expiresInAsString)
        o.insert(QStringLiteral("expires_in"), QString::number(m_config.accessTokenSeconds));
    else
        o.insert(QStringLiteral("expires_in"), m_config.accessTokenSeconds);
    o.insert(QStringLiteral("scope"), company ? QStringLiteral("openid FISVC company.read expense.report.read user.read")
                                              : QStringLiteral("app-scopes"));
    o.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    o.insert(QStringLiteral("access_token"), access);
    QString geo = m_baseUrls.value(tokenRegion);
    if (m_config.geolocationWithPathSuffix)
        geo += kTokenPath;
    o.insert(QStringLiteral("geolocation"), geo);
    if (!refreshToken.isEmpty()) {
        o.insert(QStringLiteral("refresh_token"), refreshToken);
        o.insert(QStringLiteral("refresh_expires_in"), static_cast<qint64>(m_refreshTokens.value(refreshToken).expiresAt));
    }
    if (company) {
        // An id_token that looks like a JWT (header.payload.signature); sub = the company UUID.
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                 {QStringLiteral("kid"), QStringLiteral("sim-1")},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const QJsonObject claims{{QStringLiteral("aud"), m_config.clientId},
                                 {QStringLiteral("concur.profile"), QString(geo + QStringLiteral("/profile/v1/principals/") + m_config.companyUuid)},
                                 {QStringLiteral("concur.version"), 3},
                                 {QStringLiteral("concur.type"), QStringLiteral("company")},
                                 {QStringLiteral("sub"), m_config.companyUuid},
                                 {QStringLiteral("iss"), QString(QStringLiteral("https://") + tokenRegion + QStringLiteral(".api.concursolutions.com"))},
                                 {QStringLiteral("exp"), static_cast<qint64>(t + m_config.accessTokenSeconds)},
                                 {QStringLiteral("nbf"), static_cast<qint64>(t)},
                                 {QStringLiteral("iat"), static_cast<qint64>(t)},
                                 {QStringLiteral("at_hash"), QString::fromLatin1(base64Url(randomHex(16).toLatin1()))}};
        const QByteArray jwt = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                               base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
                               base64Url(randomHex(64).toLatin1());
        o.insert(QStringLiteral("id_token"), QString::fromLatin1(jwt));
    }
    return SimResponse::json(200, jsonBody(o));
}

// ---------------------------------------------------------------------------------------------
// Financial Integration Service v4

SimResponse ConcurSimulator::fisGet(const QString &docType, const SimRequest &request)
{
    const QString path = request.path;
    bool ok = true;
    int page = 0;
    int limit = 25;
    if (request.hasQuery(QStringLiteral("page"))) {
        page = request.queryValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 0)
            return v4Error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("Invalid page"), path);
    }
    if (request.hasQuery(QStringLiteral("limit"))) {
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return v4Error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("Invalid limit"), path);
    }
    QByteArray format = request.header("DocumentFormatAs").toLower();
    const bool asString = format == "text" || (format != "json" && m_config.documentAsString);

    // docId: a single document; ignoreDocumentStatus only counts together with docId.
    QStringList selected;
    int total = 0;
    const QString docId = request.queryValue(QStringLiteral("docId"));
    if (!docId.isEmpty()) {
        const bool ignoreStatus = request.queryValue(QStringLiteral("ignoreDocumentStatus")).toLower() == QLatin1String("yes");
        const auto it = m_docs.constFind(docId);
        if (it != m_docs.cend() && it->docType == docType && (ignoreStatus || it->status == QLatin1String("READY"))) {
            total = 1;
            if (page == 0)
                selected.append(docId);
        }
    } else {
        const QStringList &ready = readyIds(docType);
        total = ready.size();
        const qint64 start = static_cast<qint64>(page) * limit;
        if (start < total)
            selected = ready.mid(static_cast<int>(start), limit);
    }
    const int totalPages = total == 0 ? 0 : (total + limit - 1) / limit;

    FisJsonWriter writer(m_config.seed ^ static_cast<quint32>(++m_responseCounter * 2654435761u), m_config.shuffleKeys);
    QJsonArray content;
    for (const QString &id : std::as_const(selected)) {
        const FisDoc &doc = m_docs[id];
        QJsonObject item{{QStringLiteral("id"), doc.id},
                         {QStringLiteral("docType"), doc.docType},
                         {QStringLiteral("companyId"), m_config.companyId},
                         {QStringLiteral("entityId"), m_config.entityId},
                         {QStringLiteral("companyUuid"), m_config.companyUuid},
                         {QStringLiteral("erpSystemId"), QString()},
                         {QStringLiteral("docStatus"), doc.status},
                         {QStringLiteral("links"), QJsonArray()}};
        if (asString)
            item.insert(QStringLiteral("document"), QString::fromUtf8(writer.write(doc.document)));
        else
            item.insert(QStringLiteral("document"), doc.document);
        content.append(item);
    }

    // Spring HATEOAS style links on the placeholder host, without /financialintegration.
    auto link = [&](const QString &rel, int n) {
        return QJsonObject{{QStringLiteral("rel"), rel},
                           {QStringLiteral("href"), QString(kFisLinkBase + docType + QStringLiteral("/transactions?limit=") +
                                                                QString::number(limit) + QStringLiteral("&page=") +
                                                                QString::number(n) + QStringLiteral("&size=") + QString::number(limit))},
                           {QStringLiteral("hreflang"), QJsonValue::Null},
                           {QStringLiteral("media"), QJsonValue::Null},
                           {QStringLiteral("title"), QJsonValue::Null},
                           {QStringLiteral("type"), QJsonValue::Null},
                           {QStringLiteral("deprecation"), QJsonValue::Null}};
    };
    const int last = qMax(0, totalPages - 1);
    QJsonArray links;
    links.append(link(QStringLiteral("first"), 0));
    if (page > 0 && page <= last)
        links.append(link(QStringLiteral("prev"), page - 1));
    links.append(link(QStringLiteral("self"), page));
    if (page < last)
        links.append(link(QStringLiteral("next"), page + 1));
    links.append(link(QStringLiteral("last"), last));

    const QJsonObject envelope{{QStringLiteral("links"), links},
                               {QStringLiteral("content"), content},
                               {QStringLiteral("page"), QJsonObject{{QStringLiteral("size"), static_cast<int>(selected.size())},
                                                                    {QStringLiteral("totalElements"), total},
                                                                    {QStringLiteral("totalPages"), totalPages},
                                                                    {QStringLiteral("number"), page}}}};
    return SimResponse::json(200, writer.write(envelope));
}

SimResponse ConcurSimulator::fisAcknowledge(const QString &docType, const SimRequest &request)
{
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (!body.isObject() || !body.object().value(QStringLiteral("ids")).isArray())
        return v4Error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("ids is required"), request.path);
    const QJsonValue systemId = body.object().value(QStringLiteral("systemId"));
    QJsonArray out;
    const QJsonArray ids = body.object().value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        int code = 0;
        QString message;
        auto it = m_docs.find(id);
        if (it == m_docs.end()) {
            code = 104;
            message = QStringLiteral("This document does not exist.");
        } else if (it->docType != docType) {
            code = 105;
            message = QStringLiteral("This document is not of type ") + docType + QLatin1Char('.');
        } else if (it->status == QLatin1String("RECALLED")) {
            code = 102;
            message = QStringLiteral("This document was recalled.");
        } else if (it->status != QLatin1String("READY")) {
            code = 101;
            message = QStringLiteral("This document was previously acknowledged by SystemId: null.");
        } else {
            it->status = QStringLiteral("ACKNOWLEDGED");
            markDirty(docType);
        }
        out.append(QJsonObject{{QStringLiteral("code"), code},
                               {QStringLiteral("docId"), id},
                               {QStringLiteral("systemId"), systemId.isString() ? systemId : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("acknowledgeResult"), code == 0 ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE")},
                               {QStringLiteral("errorMessage"), message}});
    }
    FisJsonWriter writer(m_config.seed ^ static_cast<quint32>(++m_responseCounter), m_config.shuffleKeys);
    return SimResponse::json(200, writer.write(out));
}

SimResponse ConcurSimulator::fisPostingConfirmation(const QString &docType, const SimRequest &request)
{
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (!body.isObject() || !body.object().value(QStringLiteral("postingConfirmations")).isArray())
        return v4Error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("postingConfirmations is required"), request.path);
    const QJsonValue systemId = body.object().value(QStringLiteral("systemId"));
    QJsonArray out;
    const QJsonArray items = body.object().value(QStringLiteral("postingConfirmations")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QStringLiteral("docId")).toString();
        const QString overall = item.value(QStringLiteral("overallPostingStatusCode")).toString();
        bool textsOk = true;
        const QJsonArray messages = item.value(QStringLiteral("systemMessages")).toArray();
        for (const QJsonValue &m : messages) {
            const QJsonObject mo = m.toObject();
            if (mo.value(QStringLiteral("messageShortText")).toString().size() > 1300 ||
                mo.value(QStringLiteral("messageLongText")).toString().size() > 1300)
                textsOk = false;
        }
        int code = 0;
        QString result = QStringLiteral("SUCCESS");
        QString message;
        auto it = m_docs.find(id);
        if (overall != QLatin1String("success") && overall != QLatin1String("error")) {
            code = 198;
            result = QStringLiteral("FAILURE");
            message = QStringLiteral("overallPostingStatusCode must be success or error.");
        } else if (!textsOk) {
            code = 198;
            result = QStringLiteral("FAILURE");
            message = QStringLiteral("Message text exceeds 1300 characters.");
        } else if (it == m_docs.end()) {
            code = 116;
            result = QStringLiteral("DOCUMENT_NOT_FOUND");
            message = QStringLiteral("This document does not exist.");
        } else if (it->docType != docType) {
            code = 115;
            result = QStringLiteral("FAILURE");
            message = QStringLiteral("This document is not of type ") + docType + QLatin1Char('.');
        } else if (it->status == QLatin1String("READY")) {
            code = 111;
            result = QStringLiteral("NOT_YET_ACKNOWLEDGED");
            message = QStringLiteral("This document has not been acknowledged.");
        } else if (it->status == QLatin1String("RECALLED")) {
            code = 112;
            result = QStringLiteral("WAS_RECALLED");
            message = QStringLiteral("This document was recalled.");
        } else if (it->status != QLatin1String("ACKNOWLEDGED")) {
            code = 113;
            result = QStringLiteral("FAILURE");
            message = QStringLiteral("A posting confirmation was already posted for this document.");
        } else {
            it->status = overall == QLatin1String("success") ? QStringLiteral("POSTING_CONFIRMED_SUCCESS")
                                                             : QStringLiteral("POSTING_CONFIRMED_FAILURE");
        }
        out.append(QJsonObject{{QStringLiteral("code"), code},
                               {QStringLiteral("docId"), id},
                               {QStringLiteral("systemId"), systemId.isString() ? systemId : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("postingConfirmationResult"), result},
                               {QStringLiteral("errorMessage"), message},
                               {QStringLiteral("detailMessage"), QString()}});
    }
    FisJsonWriter writer(m_config.seed ^ static_cast<quint32>(++m_responseCounter), m_config.shuffleKeys);
    return SimResponse::json(200, writer.write(out));
}

SimResponse ConcurSimulator::fisPaymentConfirmation(const QString &docType, const SimRequest &request)
{
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (!body.isObject() || !body.object().value(QStringLiteral("processingConfirmation")).isArray())
        return v4Error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("processingConfirmation is required"), request.path);
    const QJsonValue systemId = body.object().value(QStringLiteral("systemId"));
    QJsonArray out;
    const QJsonArray items = body.object().value(QStringLiteral("processingConfirmation")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QStringLiteral("docId")).toString();
        QString paymentRef;
        const QJsonArray details = item.value(QStringLiteral("clearingDetails")).toArray();
        if (!details.isEmpty())
            paymentRef = details.first().toObject().value(QStringLiteral("clearingReference")).toObject()
                             .value(QStringLiteral("paymentRef")).toString();
        int code = 0;
        QString result = QStringLiteral("SUCCESS");
        QString message;
        const auto it = m_docs.constFind(id);
        if (docType != QLatin1String("expense")) {
            code = 198; // "supported in a future release: invoice"
            result = QStringLiteral("FAILURE");
            message = QStringLiteral("Payment confirmation is not supported for ") + docType + QLatin1Char('.');
        } else if (it == m_docs.cend()) {
            code = 116;
            result = QStringLiteral("DOCUMENT_NOT_FOUND");
            message = QStringLiteral("This document does not exist.");
        } else if (it->status != QLatin1String("POSTING_CONFIRMED_SUCCESS")) {
            code = 111;
            result = QStringLiteral("NOT_POSTING_CONFIRMED");
            message = QStringLiteral("Posting has not been confirmed for this document.");
        } else if (!paymentRef.isEmpty() && m_paymentRefs.contains(paymentRef)) {
            code = 298;
            result = QStringLiteral("NOOP");
            message = QStringLiteral("Payment confirmation already exist ") + paymentRef + QLatin1Char('.');
        } else if (!paymentRef.isEmpty()) {
            m_paymentRefs.insert(paymentRef);
        }
        out.append(QJsonObject{{QStringLiteral("code"), code},
                               {QStringLiteral("docId"), id},
                               {QStringLiteral("systemId"), systemId.isString() ? systemId : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("paymentConfirmationResult"), result},
                               {QStringLiteral("errorMessage"), message},
                               {QStringLiteral("paymentRef"), paymentRef},
                               {QStringLiteral("detailMessage"), QString()}});
    }
    FisJsonWriter writer(m_config.seed ^ static_cast<quint32>(++m_responseCounter), m_config.shuffleKeys);
    return SimResponse::json(200, writer.write(out));
}

} // namespace mlc::sim
