#include "servicelayerclient.h"

#include "b1json.h"
#include "batchmultipart.h"
#include "setcookieparser.h"

#include "core/logging.h"
#include "core/redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <chrono>

namespace mlc::sapb1 {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QByteArray toCompactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error protocolError(const QString &message, const QString &detail)
{
    return makeError(errc::Protocol, message, detail);
}

// "…/JournalEntries(123)" → 123 (Location of a 204 answer to Prefer: return-no-content).
qint64 keyFromLocation(const QByteArray &location)
{
    const int open = int(location.lastIndexOf('('));
    const int close = int(location.lastIndexOf(')'));
    if (open < 0 || close <= open)
        return 0;
    bool ok = false;
    const qint64 key = location.mid(open + 1, close - open - 1).toLongLong(&ok);
    return ok ? key : 0;
}

} // namespace

ServiceLayerClient::ServiceLayerClient(ServiceLayerConfig config)
    : m_config(std::move(config))
    , m_http(std::make_unique<HttpClient>(m_config.tls))
    , m_jar(std::make_unique<SessionCookieJar>())
{
    QString path = m_config.serviceRoot.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_rootPath = path.toLatin1();
    m_preferHeader = "odata.maxpagesize=" + QByteArray::number(qMax(1, m_config.pageSize));
}

ServiceLayerClient::~ServiceLayerClient() = default;

quint64 ServiceLayerClient::requestCount() const
{
    return m_http->requestCount();
}

bool ServiceLayerClient::hasSession() const
{
    return m_jar->hasSession();
}

qint64 ServiceLayerClient::now() const
{
    if (m_config.clockMs)
        return m_config.clockMs();
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool ServiceLayerClient::idleWindowPassed() const
{
    if (m_sessionTimeoutMs <= 0)
        return false;
    // Re-login slightly early: the server's clock and ours drift, and a request in flight ages too.
    const qint64 margin = qMin<qint64>(qint64(m_config.idleMarginSeconds) * 1000, m_sessionTimeoutMs / 10);
    return now() - m_lastActivityMs >= m_sessionTimeoutMs - margin;
}

QUrl ServiceLayerClient::urlFor(const QString &resource, const QByteArray &query) const
{
    QUrl url = m_config.serviceRoot;
    url.setPath(QString::fromLatin1(m_rootPath) + QLatin1Char('/') + resource);
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode); // already percent-encoded
    url.setFragment(QString());
    return url;
}

QString ServiceLayerClient::describe(const Call &call) const
{
    return QString::fromLatin1(call.method) + QLatin1Char(' ') + call.resource;
}

HttpResponse ServiceLayerClient::sendOnce(const Call &call)
{
    HttpRequest req;
    req.method = call.method;
    req.url = urlFor(call.resource, call.query);
    req.body = call.body;
    req.timeoutMs = m_config.requestTimeoutMs;
    req.headers.reserve(call.headers.size() + 3);
    req.headers.append({"Accept", kJson});
    // The session cookies go only to the Service Layer root this client was built for.
    if (m_jar->hasSession())
        req.headers.append({"Cookie", m_jar->cookieHeader()});
    if (!call.body.isEmpty() || call.method == "POST")
        req.headers.append({"Content-Type", call.contentType.isEmpty() ? kJson : call.contentType});
    req.headers.append(call.headers);

    const qint64 sentAt = now();
    HttpResponse r = m_http->send(req);
    if (!r.transportFailed()) {
        // The server saw the session: its sliding idle window restarted (at the latest) now.
        m_lastActivityMs = sentAt;
        const QList<QByteArray> setCookies = r.headerValues("Set-Cookie");
        if (!setCookies.isEmpty())
            m_jar->update(setCookies); // ROUTEID may move when the balancer switches nodes
    } else if (r.error == TransportError::Tls) {
        m_presentedFingerprint = sapb1::presentedFingerprint(r);
    }
    qCDebug(lcSapB1) << call.method << call.resource << "->" << r.status;
    return r;
}

Result<void> ServiceLayerClient::doLogin()
{
    m_jar->clear();
    m_sessionTimeoutMs = 0;
    if (!m_config.passwordProvider)
        return makeError(errc::Auth, QStringLiteral("No Service Layer password is configured."));
    Result<QByteArray> password = m_config.passwordProvider();
    if (!password.ok())
        return makeError(errc::Auth, QStringLiteral("The Service Layer password could not be read."),
                         password.error().code + QStringLiteral(": ") + password.error().message);

    Call call;
    call.method = "POST";
    call.resource = QStringLiteral("Login");
    call.kind = RequestKind::Login;
    {
        QJsonObject body;
        body.insert(QLatin1String("CompanyDB"), m_config.companyDb);
        body.insert(QLatin1String("UserName"), m_config.userName);
        body.insert(QLatin1String("Password"), QString::fromUtf8(password.value()));
        call.body = toCompactJson(body);
    }
    password.value().fill('\0'); // best effort: the password lives no longer than the login call

    HttpRequest req;
    req.method = call.method;
    req.url = urlFor(call.resource, {});
    req.headers = {{"Accept", kJson}, {"Content-Type", kJson}};
    req.body = call.body;
    req.timeoutMs = m_config.loginTimeoutMs;
    ++m_loginCount;
    const qint64 sentAt = now();
    HttpResponse r = m_http->send(req);
    req.body.fill('\0');
    call.body.fill('\0');

    if (r.error == TransportError::Tls)
        m_presentedFingerprint = sapb1::presentedFingerprint(r);
    if (r.transportFailed() || r.status < 200 || r.status >= 300) {
        const Error e = classifyFailure(r, RequestKind::Login, QStringLiteral("POST Login"));
        qCWarning(lcSapB1) << "login to" << m_config.companyDb << "failed:" << e.toString();
        return e;
    }
    m_jar->update(r.headerValues("Set-Cookie"));
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    if (!m_jar->hasSession()) {
        // Some proxies strip Set-Cookie; the body carries the same id.
        const QString id = answer.value(QLatin1String("SessionId")).toString();
        if (!id.isEmpty())
            m_jar->set("B1SESSION", id.toLatin1());
    }
    if (!m_jar->hasSession())
        return protocolError(QStringLiteral("The Service Layer login answer carried no session."),
                             QStringLiteral("POST Login: HTTP %1 without B1SESSION").arg(r.status));
    m_version = b1String(answer.value(QLatin1String("Version")));
    m_sessionTimeoutMs = b1Int(answer.value(QLatin1String("SessionTimeout")), 30) * 60000;
    m_lastActivityMs = sentAt;
    qCInfo(lcSapB1).noquote() << "logged in to" << m_config.companyDb << "as" << m_config.userName << "(B1"
                              << m_version << ", idle timeout" << m_sessionTimeoutMs / 60000 << "min, session"
                              << secretFingerprint(m_jar->value("B1SESSION")) << ')';
    return {};
}

Result<void> ServiceLayerClient::login()
{
    return doLogin();
}

Result<void> ServiceLayerClient::logout()
{
    if (!m_jar->hasSession())
        return {};
    Call call;
    call.method = "POST";
    call.resource = QStringLiteral("Logout");
    const HttpResponse r = sendOnce(call);
    m_jar->clear();
    m_sessionTimeoutMs = 0;
    // 401: the session had already expired — the goal (no session) is reached.
    if (!r.transportFailed() && ((r.status >= 200 && r.status < 300) || r.status == 401))
        return {};
    return classifyFailure(r, RequestKind::Read, describe(call));
}

Result<HttpResponse> ServiceLayerClient::execute(const Call &call)
{
    if (!m_jar->hasSession() || idleWindowPassed()) {
        if (m_jar->hasSession())
            qCInfo(lcSapB1) << "idle window of the B1 session has passed; logging in again";
        if (auto l = doLogin(); !l.ok())
            return l.error();
    }
    HttpResponse r = sendOnce(call);
    if (!r.transportFailed() && r.status == 401) {
        // 401 (code 301 or "301"): the session expired or the server restarted. The request was
        // rejected before any business logic ran, so one replay after a fresh login is safe.
        const B1ErrorBody b = parseB1ErrorBody(r.body);
        qCInfo(lcSapB1).noquote() << describe(call) << "was refused with 401 (B1 code" << b.code
                                  << "); logging in again and retrying once";
        if (auto l = doLogin(); !l.ok())
            return l.error();
        r = sendOnce(call);
    }
    if (r.transportFailed() || r.status < 200 || r.status >= 300) {
        Error e = classifyFailure(r, call.kind, describe(call));
        if (e.code == errc::Business)
            qCInfo(lcSapB1).noquote() << e.code << e.toString(); // goes to review, not an outage
        else
            qCWarning(lcSapB1).noquote() << e.code << e.toString();
        return e;
    }
    return r;
}

Result<ConnectionInfo> ServiceLayerClient::testConnection()
{
    if (auto l = doLogin(); !l.ok())
        return l.error();
    ODataQuery q;
    q.select = QStringLiteral("Code");
    q.top = 1;
    auto r = getObject(QStringLiteral("ChartOfAccounts"), q);
    if (!r.ok())
        return r.error();
    ConnectionInfo info;
    info.serviceRoot = m_config.serviceRoot.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    info.companyDb = m_config.companyDb;
    info.version = m_version;
    info.sessionTimeoutMinutes = sessionTimeoutMinutes();
    return info;
}

Result<QJsonObject> ServiceLayerClient::getObject(const QString &resource, const ODataQuery &query)
{
    Call call;
    call.method = "GET";
    call.resource = resource;
    call.query = query.toQueryString();
    auto r = execute(call);
    if (!r.ok())
        return r.error();
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
    if (!doc.isObject())
        return protocolError(QStringLiteral("The Service Layer answered with unreadable JSON."),
                             describe(call) + QStringLiteral(": ") + pe.errorString());
    return doc.object();
}

Result<QJsonObject> ServiceLayerClient::postObject(const QString &resource, const QJsonObject &body, RequestKind kind)
{
    Call call;
    call.method = "POST";
    call.resource = resource;
    call.body = body.isEmpty() ? QByteArray() : toCompactJson(body);
    call.kind = kind;
    auto r = execute(call);
    if (!r.ok())
        return r.error();
    if (r->body.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument doc = QJsonDocument::fromJson(r->body);
    if (!doc.isObject())
        return protocolError(QStringLiteral("The Service Layer answered with unreadable JSON."), describe(call));
    return doc.object();
}

Result<QList<QJsonObject>> ServiceLayerClient::getAll(const QString &entitySet, const QString &filter,
                                                      const QString &select, const QString &orderby)
{
    ODataQuery q;
    q.filter = filter;
    q.select = select;
    q.orderby = orderby;
    return getAll(entitySet, q);
}

Result<QList<QJsonObject>> ServiceLayerClient::getAll(const QString &entitySet, const ODataQuery &query)
{
    QList<QJsonObject> rows;
    ODataQuery q = query;
    const int limit = query.top; // -1: everything
    Call call;
    call.method = "GET";
    call.resource = entitySet;
    call.headers.append({"Prefer", m_preferHeader});
    for (;;) {
        if (limit >= 0)
            q.top = limit - int(rows.size());
        call.query = q.toQueryString();
        auto r = execute(call);
        if (!r.ok())
            return r.error();
        const QJsonObject page = QJsonDocument::fromJson(r->body).object();
        const QJsonValue value = page.value(QLatin1String("value"));
        if (!value.isArray())
            return protocolError(QStringLiteral("The Service Layer answered a collection without rows."),
                                 describe(call) + QStringLiteral(": no \"value\" array"));
        const QJsonArray array = value.toArray();
        rows.reserve(rows.size() + array.size());
        for (const QJsonValue &v : array)
            rows.append(v.toObject());
        if (limit >= 0 && rows.size() >= limit)
            break;
        const QString link = nextLinkOf(page);
        if (link.isEmpty())
            break;
        if (array.isEmpty())
            return protocolError(QStringLiteral("The Service Layer's paging did not advance."),
                                 describe(call) + QStringLiteral(": next link on an empty page"));
        // Only the link's position is used; our own $filter/$select/$orderby are sent again.
        const int expected = q.skip + int(array.size());
        const int linked = skipFromNextLink(link);
        q.skip = linked > q.skip ? linked : expected;
    }
    return rows;
}

Result<PostedEntry> ServiceLayerClient::entryFromResponse(const HttpResponse &r)
{
    PostedEntry e;
    if (r.status == 204) {
        // Prefer: return-no-content → Location: /b1s/v1/JournalEntries(123); read the number.
        e.jdtNum = keyFromLocation(r.header("Location"));
        if (e.jdtNum > 0) {
            ODataQuery q;
            q.select = QStringLiteral("JdtNum,Number");
            auto o = getObject(QStringLiteral("JournalEntries(%1)").arg(e.jdtNum), q);
            if (o.ok())
                e.number = b1Int(o->value(QLatin1String("Number")));
        }
    } else {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        e.jdtNum = b1Int(o.value(QLatin1String("JdtNum")));
        e.number = b1Int(o.value(QLatin1String("Number")));
    }
    if (e.jdtNum <= 0) {
        // B1 said "created" but we cannot tell which entry: the lookup by key will.
        return makeError(errc::UnknownOutcome,
                         QStringLiteral("The Service Layer accepted the entry but its answer could not be read."),
                         QStringLiteral("POST JournalEntries: HTTP %1 without JdtNum").arg(r.status));
    }
    return e;
}

Result<PostedEntry> ServiceLayerClient::postJournalEntry(const QJsonObject &body)
{
    return postJournalEntryJson(toCompactJson(body));
}

Result<PostedEntry> ServiceLayerClient::postJournalEntryJson(const QByteArray &compactJson)
{
    Call call;
    call.method = "POST";
    call.resource = QStringLiteral("JournalEntries");
    call.body = compactJson;
    call.kind = RequestKind::Write;
    auto r = execute(call);
    if (!r.ok())
        return r.error();
    return entryFromResponse(r.value());
}

Result<std::optional<PostedEntry>> ServiceLayerClient::findByReference3(const QString &key)
{
    ODataQuery q;
    q.filter = QStringLiteral("Reference3 eq ") + odataQuote(key);
    q.select = QStringLiteral("JdtNum,Number,Reference3");
    q.orderby = QStringLiteral("JdtNum");
    auto rows = getAll(QStringLiteral("JournalEntries"), q);
    if (!rows.ok())
        return rows.error();
    std::optional<PostedEntry> found;
    int matches = 0;
    for (const QJsonObject &row : rows.value()) {
        // A case-insensitive collation (SQL Server) may match a differently cased key: compare exactly.
        const QJsonValue ref = row.value(QLatin1String("Reference3"));
        if (!ref.isUndefined() && ref.toString() != key)
            continue;
        ++matches;
        if (!found)
            found = PostedEntry{b1Int(row.value(QLatin1String("JdtNum"))), b1Int(row.value(QLatin1String("Number")))};
    }
    if (matches > 1)
        qCWarning(lcSapB1).noquote() << matches << "journal entries carry Reference3" << key << "- using JdtNum"
                                     << found->jdtNum;
    return found;
}

Result<QHash<QString, PostedEntry>> ServiceLayerClient::findAllByReference3(const QStringList &keys)
{
    QHash<QString, PostedEntry> found;
    QSet<QString> wanted;
    QStringList unique;
    for (const QString &k : keys) {
        if (!k.isEmpty() && !wanted.contains(k)) {
            wanted.insert(k);
            unique.append(k);
        }
    }
    ODataQuery q;
    q.select = QStringLiteral("JdtNum,Number,Reference3");
    q.orderby = QStringLiteral("JdtNum");
    auto lookUp = [&](const QStringList &terms) -> Result<void> {
        q.filter = terms.join(QStringLiteral(" or "));
        auto rows = getAll(QStringLiteral("JournalEntries"), q);
        if (!rows.ok())
            return rows.error();
        for (const QJsonObject &row : rows.value()) {
            // A case-insensitive collation may match a differently cased key: compare exactly.
            const QString ref = row.value(QLatin1String("Reference3")).toString();
            if (!wanted.contains(ref))
                continue;
            const PostedEntry e{b1Int(row.value(QLatin1String("JdtNum"))), b1Int(row.value(QLatin1String("Number")))};
            if (found.contains(ref))
                qCWarning(lcSapB1).noquote() << "journal entries" << found.value(ref).jdtNum << "and" << e.jdtNum
                                             << "both carry Reference3" << ref << "- using" << found.value(ref).jdtNum;
            else
                found.insert(ref, e);
        }
        return {};
    };
    // Percent-encoding works character by character, so the query string grows by the encoded
    // length of each " or Reference3 eq '…'" added.
    QStringList terms;
    qsizetype length = 0;
    for (const QString &key : std::as_const(unique)) {
        const QString term = QStringLiteral("Reference3 eq ") + odataQuote(key);
        if (!terms.isEmpty()) {
            const qsizetype extra = odataEncode(QStringLiteral(" or ") + term).size();
            if (length + extra <= m_config.maxLookupQueryLength) {
                terms.append(term);
                length += extra;
                continue;
            }
            if (auto r = lookUp(terms); !r.ok())
                return r.error();
            terms.clear();
        }
        terms.append(term); // one key always fits (Reference3 is at most 27 characters)
        q.filter = term;
        length = q.toQueryString().size();
    }
    if (!terms.isEmpty()) {
        if (auto r = lookUp(terms); !r.ok())
            return r.error();
    }
    return found;
}

Result<BatchResult> ServiceLayerClient::postBatch(const QList<QJsonObject> &bodies)
{
    QList<QByteArray> json;
    json.reserve(bodies.size());
    for (const QJsonObject &b : bodies)
        json.append(toCompactJson(b));
    return postBatchJson(json);
}

Result<BatchResult> ServiceLayerClient::postBatchJson(const QList<QByteArray> &bodies)
{
    BatchResult result;
    if (bodies.isEmpty())
        return result;
    const QList<QByteArray> &json = bodies;
    const BatchRequest batch = buildChangeSetBatch(m_rootPath + "/JournalEntries", json);

    Call call;
    call.method = "POST";
    call.resource = QStringLiteral("$batch");
    call.body = batch.body;
    call.contentType = batch.contentType;
    call.kind = RequestKind::Write;
    auto r = execute(call);
    if (!r.ok())
        return r.error();

    const QString what = QStringLiteral("POST $batch (%1 entries)").arg(bodies.size());
    auto parsed = parseBatchResponse(r->body, r->header("Content-Type"));
    if (!parsed.ok()) {
        // 2xx but unreadable: the change set may have committed.
        return makeError(errc::UnknownOutcome, parsed.error().message, what + QStringLiteral(": ") + parsed.error().detail);
    }
    const QList<BatchOperationResponse> &ops = parsed.value();
    for (const BatchOperationResponse &op : ops) {
        if (op.status >= 200 && op.status < 300)
            continue;
        const B1ErrorBody b = parseB1ErrorBody(op.body);
        int index = op.contentId >= 1 && op.contentId <= bodies.size() ? op.contentId - 1 : -1;
        if (index < 0 && bodies.size() == 1)
            index = 0;
        HttpResponse inner;
        inner.status = op.status;
        inner.body = op.body;
        const QString where = index >= 0 ? QStringLiteral("entry %1 of %2").arg(index + 1).arg(bodies.size())
                                         : QStringLiteral("unknown entry of %1").arg(bodies.size());
        Error e = classifyFailure(inner, RequestKind::Write, what + QStringLiteral(", ") + where);
        if (e.code != errc::Business)
            return e; // 5xx inside the batch: do not assume the rollback happened
        result.failedIndex = index;
        result.failure = e;
        return result;
    }
    if (ops.size() != bodies.size())
        return makeError(errc::UnknownOutcome,
                         QStringLiteral("The Service Layer's $batch answer does not match the request."),
                         what + QStringLiteral(": %1 responses").arg(ops.size()));
    result.posted.resize(bodies.size());
    QList<bool> seen(bodies.size(), false);
    for (int i = 0; i < ops.size(); ++i) {
        const BatchOperationResponse &op = ops.at(i);
        const int index = op.contentId >= 1 && op.contentId <= bodies.size() ? op.contentId - 1 : i;
        HttpResponse inner;
        inner.status = op.status;
        inner.headers = op.headers;
        inner.body = op.body;
        auto e = entryFromResponse(inner);
        if (!e.ok() || seen.at(index))
            return makeError(errc::UnknownOutcome,
                             QStringLiteral("The Service Layer's $batch answer could not be read."),
                             what + QStringLiteral(": response %1").arg(i + 1));
        seen[index] = true;
        result.posted[index] = e.value();
    }
    return result;
}

} // namespace mlc::sapb1
