// The Concur simulator must reproduce the documented protocol and its quirks, because the
// connector's integration tests trust it: token grants and rotation, region routing (code 16),
// v4 401 bodies, FIS paging with placeholder links, document-as-string, shuffled member order,
// 429 with retry-after, correlation ids, and recorded write-backs.
#include "concur/concursimulator.h"
#include "core/httpclient.h"
#include "simthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

using namespace mlc;
using namespace mlc::sim;

namespace {

const QByteArray kForm = "application/x-www-form-urlencoded";
const QString kSecret = QStringLiteral("s3cr3t+/=value");
const QString kRequestToken = QStringLiteral("req-token-0123456789");
const QString kFisPath = QStringLiteral("/financialintegration/fi/v4/companies/transactiontypes/");

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &kv : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(kv.first) + '=' + QUrl::toPercentEncoding(kv.second);
    }
    return out;
}

QJsonObject jsonObject(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TstConcurSimulator : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimThread> m_thread;
    ConcurSimulator *m_sim = nullptr;
    std::unique_ptr<HttpClient> m_http;

    void start(ConcurSimConfig config = {})
    {
        config.clientSecret = kSecret;
        config.requestToken = kRequestToken;
        TlsPolicy sandbox;
        sandbox.allowLoopback = true; // the simulator listens on loopback
        m_http = std::make_unique<HttpClient>(sandbox);
        m_thread = std::make_unique<SimThread>();
        m_sim = m_thread->create<ConcurSimulator>(config);
        bool ok = false;
        m_thread->call([&] { ok = m_sim->listen(); });
        QVERIFY(ok);
    }

    HttpResponse send(const QByteArray &method, const QString &region, const QString &pathAndQuery,
                      const QByteArray &body = {}, const QList<HttpHeader> &headers = {})
    {
        HttpRequest req;
        req.method = method;
        req.url = QUrl(m_sim->baseUrl(region) + pathAndQuery);
        req.body = body;
        req.headers = headers;
        req.timeoutMs = 5000;
        return m_http->send(req);
    }

    HttpResponse token(const QString &region, const QByteArray &body, const QByteArray &contentType = kForm)
    {
        return send("POST", region, QStringLiteral("/oauth2/v0/token"), body, {{"Content-Type", contentType}});
    }

    QByteArray passwordBody(const QString &password = kRequestToken)
    {
        return form({{QStringLiteral("client_id"), QStringLiteral("mlc-client")},
                     {QStringLiteral("client_secret"), kSecret},
                     {QStringLiteral("grant_type"), QStringLiteral("password")},
                     {QStringLiteral("username"), ConcurSimConfig().companyUuid},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("credtype"), QStringLiteral("authtoken")}});
    }

    QByteArray refreshBody(const QString &refresh)
    {
        return form({{QStringLiteral("client_id"), QStringLiteral("mlc-client")},
                     {QStringLiteral("client_secret"), kSecret},
                     {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refresh}});
    }

    QJsonObject onboard()
    {
        const HttpResponse r = token(QStringLiteral("glz"), passwordBody());
        [&] { QCOMPARE(r.status, 200); }();
        return jsonObject(r);
    }

    HttpResponse fis(const QString &region, const QString &accessToken, const QString &docType, const QString &query = {},
                     const QList<HttpHeader> &extra = {})
    {
        QList<HttpHeader> headers = extra;
        headers.append({"Authorization", "Bearer " + accessToken.toLatin1()});
        return send("GET", region, kFisPath + docType + QStringLiteral("/transactions") + query, {}, headers);
    }

    QJsonObject sampleDocument(int n)
    {
        return QJsonObject{{QStringLiteral("report"), QJsonObject{{QStringLiteral("reportKey"), n},
                                                                  {QStringLiteral("reportName"), QStringLiteral("Trip %1").arg(n)},
                                                                  {QStringLiteral("amountDueEmployee"), 12.5},
                                                                  {QStringLiteral("revisionNumber"), QStringLiteral("1")}}},
                           {QStringLiteral("employee"), QJsonObject{{QStringLiteral("employeeId"), QStringLiteral("10231")},
                                                                    {QStringLiteral("employeeLastName"), QStringLiteral("O'Brien")}}},
                           {QStringLiteral("expenseEntry"), QJsonArray()}};
    }

private slots:
    void cleanup()
    {
        m_http.reset();
        m_thread.reset();
        m_sim = nullptr;
    }

    void passwordGrantErrors_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        const QByteArray good = form({{QStringLiteral("client_id"), QStringLiteral("mlc-client")},
                                      {QStringLiteral("client_secret"), kSecret},
                                      {QStringLiteral("grant_type"), QStringLiteral("password")},
                                      {QStringLiteral("username"), ConcurSimConfig().companyUuid},
                                      {QStringLiteral("password"), kRequestToken},
                                      {QStringLiteral("credtype"), QStringLiteral("authtoken")}});
        QTest::newRow("glz ok") << "glz" << good << 200 << 0;
        QTest::newRow("home region ok") << "us2" << good << 200 << 0;
        QTest::newRow("other region: lives elsewhere") << "eu2" << good << 400 << 16;
        QByteArray wrong = good;
        wrong.replace(QUrl::toPercentEncoding(kRequestToken), "nope");
        QTest::newRow("wrong request token") << "glz" << wrong << 400 << 5;
        QByteArray badSecret = good;
        badSecret.replace(QUrl::toPercentEncoding(kSecret), "bad");
        QTest::newRow("bad secret") << "glz" << badSecret << 401 << 64;
        QByteArray badClient = good;
        badClient.replace("mlc-client", "other-client");
        QTest::newRow("unknown client") << "glz" << badClient << 401 << 61;
        QTest::newRow("no client_id") << "glz" << QByteArray("client_secret=x&grant_type=password") << 400 << 62;
        QTest::newRow("no client_secret") << "glz" << QByteArray("client_id=mlc-client&grant_type=password") << 400 << 63;
        QTest::newRow("no grant_type") << "glz" << QByteArray("client_id=mlc-client&client_secret=x") << 400 << 65;
    }
    void passwordGrantErrors()
    {
        QFETCH(QString, region);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, code);
        start();
        const HttpResponse r = token(region, body);
        QCOMPARE(r.status, status);
        QVERIFY(!r.header("concur-correlationid").isEmpty());
        const QJsonObject o = jsonObject(r);
        if (status == 200) {
            QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
            QCOMPARE(m_sim->tokenGrants(QStringLiteral("password")), 1);
        } else {
            QCOMPARE(o.value(QStringLiteral("code")).toInt(), code);
            QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
            QCOMPARE(m_sim->tokenGrants(), 0);
        }
        if (code == 16)
            QCOMPARE(o.value(QStringLiteral("geolocation")).toString(), m_sim->baseUrl(QStringLiteral("us2")));
    }

    void tokenResponseShape_data()
    {
        QTest::addColumn<bool>("asString");
        QTest::addColumn<bool>("suffix");
        QTest::newRow("string expires_in") << true << false;
        QTest::newRow("numeric expires_in, geolocation with path") << false << true;
    }
    void tokenResponseShape()
    {
        QFETCH(bool, asString);
        QFETCH(bool, suffix);
        ConcurSimConfig c;
        c.expiresInAsString = asString;
        c.geolocationWithPathSuffix = suffix;
        start(c);
        const QJsonObject o = onboard();
        const QJsonValue expires = o.value(QStringLiteral("expires_in"));
        QCOMPARE(expires.isString(), asString);
        QCOMPARE(asString ? expires.toString().toInt() : expires.toInt(), 3600);
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(!o.value(QStringLiteral("refresh_token")).toString().isEmpty());
        const qint64 refreshExpiry = o.value(QStringLiteral("refresh_expires_in")).toInteger();
        QVERIFY(qAbs(refreshExpiry - (m_sim->now() + 180LL * 86400)) < 60);
        const QString geo = o.value(QStringLiteral("geolocation")).toString();
        QCOMPARE(geo, m_sim->baseUrl(QStringLiteral("us2")) + (suffix ? QStringLiteral("/oauth2/v0/token") : QString()));
        const QStringList jwt = o.value(QStringLiteral("id_token")).toString().split(QLatin1Char('.'));
        QCOMPARE(jwt.size(), 3);
        const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(jwt.at(1).toLatin1(), QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), ConcurSimConfig().companyUuid);
    }

    void refreshRotation_data()
    {
        QTest::addColumn<int>("rotation");
        QTest::addColumn<bool>("revokeOld");
        QTest::addColumn<bool>("expectNew");
        QTest::addColumn<bool>("expectToken");
        QTest::addColumn<int>("oldTokenStatus");
        QTest::newRow("new each time, old revoked") << int(ConcurSimConfig::Rotation::NewEachTime) << true << true << true << 400;
        QTest::newRow("new each time, old kept") << int(ConcurSimConfig::Rotation::NewEachTime) << false << true << true << 200;
        QTest::newRow("same token") << int(ConcurSimConfig::Rotation::Same) << true << false << true << 200;
        QTest::newRow("no refresh_token returned") << int(ConcurSimConfig::Rotation::None) << true << false << false << 200;
    }
    void refreshRotation()
    {
        QFETCH(int, rotation);
        QFETCH(bool, revokeOld);
        QFETCH(bool, expectNew);
        QFETCH(bool, expectToken);
        QFETCH(int, oldTokenStatus);
        ConcurSimConfig c;
        c.rotation = static_cast<ConcurSimConfig::Rotation>(rotation);
        c.revokeOldRefreshToken = revokeOld;
        start(c);
        const QString first = onboard().value(QStringLiteral("refresh_token")).toString();
        const HttpResponse r = token(QStringLiteral("us2"), refreshBody(first));
        QCOMPARE(r.status, 200);
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o.contains(QStringLiteral("refresh_token")), expectToken);
        if (expectToken)
            QCOMPARE(o.value(QStringLiteral("refresh_token")).toString() != first, expectNew);
        QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(m_sim->tokenGrants(QStringLiteral("refresh_token")), 1);

        const HttpResponse again = token(QStringLiteral("us2"), refreshBody(first));
        QCOMPARE(again.status, oldTokenStatus);
        if (oldTokenStatus == 400) {
            const QJsonObject e = jsonObject(again);
            QCOMPARE(e.value(QStringLiteral("code")).toInt(), 108);
            QCOMPARE(e.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
            QCOMPARE(e.value(QStringLiteral("error_description")).toString(), QStringLiteral("bad or expired refresh token"));
        }
    }

    void refreshErrors()
    {
        start();
        const QString refresh = onboard().value(QStringLiteral("refresh_token")).toString();
        // Wrong data center: code 16 with the home geolocation.
        HttpResponse r = token(QStringLiteral("eu2"), refreshBody(refresh));
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonObject(r).value(QStringLiteral("code")).toInt(), 16);
        QCOMPARE(jsonObject(r).value(QStringLiteral("geolocation")).toString(), m_sim->baseUrl(QStringLiteral("us2")));
        // Missing refresh token: 106.
        r = token(QStringLiteral("us2"), form({{QStringLiteral("client_id"), QStringLiteral("mlc-client")},
                                              {QStringLiteral("client_secret"), kSecret},
                                              {QStringLiteral("grant_type"), QStringLiteral("refresh_token")}}));
        QCOMPARE(jsonObject(r).value(QStringLiteral("code")).toInt(), 106);
        // Revoked: 108.
        m_sim->revokeRefreshTokens();
        r = token(QStringLiteral("us2"), refreshBody(refresh));
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonObject(r).value(QStringLiteral("code")).toInt(), 108);
    }

    void refreshTokenExpiresAfterSixMonthsUnused()
    {
        start();
        const QString refresh = onboard().value(QStringLiteral("refresh_token")).toString();
        m_sim->advanceClock(181LL * 86400);
        const HttpResponse r = token(QStringLiteral("us2"), refreshBody(refresh));
        QCOMPARE(jsonObject(r).value(QStringLiteral("code")).toInt(), 108);
    }

    void requestTokenValidFor24Hours()
    {
        start();
        QCOMPARE(token(QStringLiteral("glz"), passwordBody()).status, 200);
        QCOMPARE(token(QStringLiteral("glz"), passwordBody()).status, 200); // reusable in the window
        m_sim->advanceClock(24 * 3600 + 1);
        const HttpResponse r = token(QStringLiteral("glz"), passwordBody());
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonObject(r).value(QStringLiteral("code")).toInt(), 5);
    }

    void strictContentTypeRejectsCharset()
    {
        ConcurSimConfig c;
        c.strictContentType = true;
        start(c);
        QCOMPARE(token(QStringLiteral("glz"), passwordBody(), kForm + "; charset=utf-8").status, 400);
        QCOMPARE(token(QStringLiteral("glz"), passwordBody(), "application/json").status, 400);
        QCOMPARE(token(QStringLiteral("glz"), passwordBody()).status, 200);
    }

    void resourceCallsNeedAValidTokenOfTheRegion()
    {
        start();
        const QString access = onboard().value(QStringLiteral("access_token")).toString();
        QCOMPARE(fis(QStringLiteral("us2"), access, QStringLiteral("expense")).status, 200);
        // Another data center does not know the token.
        QCOMPARE(fis(QStringLiteral("eu2"), access, QStringLiteral("expense")).status, 401);
        // No bearer at all.
        QCOMPARE(send("GET", QStringLiteral("us2"), kFisPath + QStringLiteral("expense/transactions")).status, 401);
        // Expired access token: the v4 error body.
        m_sim->advanceClock(3601);
        const HttpResponse r = fis(QStringLiteral("us2"), access, QStringLiteral("expense"));
        QCOMPARE(r.status, 401);
        QVERIFY(!r.header("concur-correlationid").isEmpty());
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o.value(QStringLiteral("httpStatus")).toString(), QStringLiteral("401 - Unauthorized"));
        QCOMPARE(o.value(QStringLiteral("errorId")).toString(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(o.value(QStringLiteral("errorMessage")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("path")).toString(), kFisPath + QStringLiteral("expense/transactions"));
        QVERIFY(o.value(QStringLiteral("timestamp")).toString().endsWith(QStringLiteral("+00:00")));
        QCOMPARE(m_sim->unauthorizedCount(), 3);
    }

    void expireAccessTokensThenRefreshWorks()
    {
        start();
        const QJsonObject t = onboard();
        m_sim->expireAccessTokens();
        QCOMPARE(fis(QStringLiteral("us2"), t.value(QStringLiteral("access_token")).toString(), QStringLiteral("expense")).status, 401);
        const HttpResponse r = token(QStringLiteral("us2"), refreshBody(t.value(QStringLiteral("refresh_token")).toString()));
        QCOMPARE(r.status, 200);
        QCOMPARE(fis(QStringLiteral("us2"), jsonObject(r).value(QStringLiteral("access_token")).toString(), QStringLiteral("expense")).status, 200);
    }

    void rehomeMovesTheCompany()
    {
        start();
        const QJsonObject t = onboard();
        m_sim->setHomeRegion(QStringLiteral("eu2"));
        // Old-region tokens stop working.
        QCOMPARE(fis(QStringLiteral("us2"), t.value(QStringLiteral("access_token")).toString(), QStringLiteral("expense")).status, 401);
        // The refresh at the stored (old) geolocation answers the new one ...
        HttpResponse r = token(QStringLiteral("us2"), refreshBody(t.value(QStringLiteral("refresh_token")).toString()));
        QCOMPARE(r.status, 200);
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o.value(QStringLiteral("geolocation")).toString(), m_sim->baseUrl(QStringLiteral("eu2")));
        const QString access = o.value(QStringLiteral("access_token")).toString();
        QCOMPARE(fis(QStringLiteral("eu2"), access, QStringLiteral("expense")).status, 200);
        QCOMPARE(fis(QStringLiteral("us2"), access, QStringLiteral("expense")).status, 401);
        // ... and afterwards the old host says "lives elsewhere".
        r = token(QStringLiteral("us2"), refreshBody(o.value(QStringLiteral("refresh_token")).toString()));
        QCOMPARE(jsonObject(r).value(QStringLiteral("code")).toInt(), 16);
        QCOMPARE(jsonObject(r).value(QStringLiteral("geolocation")).toString(), m_sim->baseUrl(QStringLiteral("eu2")));
    }

    void clientCredentialsTokenIsNotACompanyToken()
    {
        start();
        const HttpResponse r = token(QStringLiteral("us2"), form({{QStringLiteral("client_id"), QStringLiteral("mlc-client")},
                                                                 {QStringLiteral("client_secret"), kSecret},
                                                                 {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}));
        QCOMPARE(r.status, 200);
        const QJsonObject o = jsonObject(r);
        QVERIFY(!o.contains(QStringLiteral("refresh_token")));
        QVERIFY(!o.contains(QStringLiteral("id_token")));
        QCOMPARE(fis(QStringLiteral("us2"), o.value(QStringLiteral("access_token")).toString(), QStringLiteral("expense")).status, 403);
    }

    void fisPaging()
    {
        start();
        for (int i = 0; i < 7; ++i)
            m_sim->addDocument(QStringLiteral("expense"), sampleDocument(i));
        m_sim->addDocument(QStringLiteral("invoice"), sampleDocument(99));
        QCOMPARE(m_sim->readyCount(QStringLiteral("expense")), 7);
        const QString access = onboard().value(QStringLiteral("access_token")).toString();

        QSet<QString> seen;
        const int sizes[] = {3, 3, 1, 0};
        for (int page = 0; page < 4; ++page) {
            const HttpResponse r = fis(QStringLiteral("us2"), access, QStringLiteral("expense"),
                                       QStringLiteral("?page=%1&limit=3").arg(page));
            QCOMPARE(r.status, 200);
            const QJsonObject o = jsonObject(r);
            const QJsonObject meta = o.value(QStringLiteral("page")).toObject();
            QCOMPARE(meta.value(QStringLiteral("size")).toInt(), sizes[page]);
            QCOMPARE(meta.value(QStringLiteral("totalElements")).toInt(), 7);
            QCOMPARE(meta.value(QStringLiteral("totalPages")).toInt(), 3);
            QCOMPARE(meta.value(QStringLiteral("number")).toInt(), page);
            const QJsonArray content = o.value(QStringLiteral("content")).toArray();
            QCOMPARE(content.size(), sizes[page]);
            for (const QJsonValue &v : content) {
                const QJsonObject item = v.toObject();
                QCOMPARE(item.value(QStringLiteral("docType")).toString(), QStringLiteral("expense"));
                QCOMPARE(item.value(QStringLiteral("docStatus")).toString(), QStringLiteral("READY"));
                QCOMPARE(item.value(QStringLiteral("erpSystemId")).toString(), QString());
                QVERIFY(item.value(QStringLiteral("document")).isObject());
                QCOMPARE(item.value(QStringLiteral("id")).toString().size(), 32);
                seen.insert(item.value(QStringLiteral("id")).toString());
            }
            QHash<QString, QString> links;
            for (const QJsonValue &l : o.value(QStringLiteral("links")).toArray())
                links.insert(l.toObject().value(QStringLiteral("rel")).toString(), l.toObject().value(QStringLiteral("href")).toString());
            QVERIFY(links.value(QStringLiteral("self")).startsWith(QStringLiteral("https://fiserviceurlhere/fi/v4/companies/transactiontypes/expense/transactions?")));
            QVERIFY(links.value(QStringLiteral("self")).contains(QStringLiteral("page=%1").arg(page)));
            QVERIFY(links.value(QStringLiteral("last")).contains(QStringLiteral("page=2")));
            QCOMPARE(links.contains(QStringLiteral("next")), page < 2);
        }
        QCOMPARE(seen.size(), 7);

        // Default limit 25, and docId returns one document.
        HttpResponse r = fis(QStringLiteral("us2"), access, QStringLiteral("expense"));
        QCOMPARE(jsonObject(r).value(QStringLiteral("content")).toArray().size(), 7);
        const QString one = *seen.begin();
        r = fis(QStringLiteral("us2"), access, QStringLiteral("expense"), QStringLiteral("?docId=") + one);
        QCOMPARE(jsonObject(r).value(QStringLiteral("content")).toArray().size(), 1);
        QCOMPARE(fis(QStringLiteral("us2"), access, QStringLiteral("expense"), QStringLiteral("?limit=0")).status, 400);
        QCOMPARE(m_sim->writeCalls(), 0);
    }

    void documentAsString_data()
    {
        QTest::addColumn<bool>("configString");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("expectString");
        QTest::newRow("default object") << false << QByteArray() << false;
        QTest::newRow("config string") << true << QByteArray() << true;
        QTest::newRow("header text") << false << QByteArray("text") << true;
        QTest::newRow("header json overrides config") << true << QByteArray("json") << false;
    }
    void documentAsString()
    {
        QFETCH(bool, configString);
        QFETCH(QByteArray, header);
        QFETCH(bool, expectString);
        ConcurSimConfig c;
        c.documentAsString = configString;
        start(c);
        const QJsonObject doc = sampleDocument(1);
        m_sim->addDocument(QStringLiteral("expense"), doc);
        QList<HttpHeader> extra;
        if (!header.isEmpty())
            extra.append({"DocumentFormatAs", header});
        const HttpResponse r = fis(QStringLiteral("us2"), onboard().value(QStringLiteral("access_token")).toString(),
                                   QStringLiteral("expense"), {}, extra);
        const QJsonValue d = jsonObject(r).value(QStringLiteral("content")).toArray().at(0).toObject().value(QStringLiteral("document"));
        QCOMPARE(d.isString(), expectString);
        const QJsonObject parsed = expectString ? QJsonDocument::fromJson(d.toString().toUtf8()).object() : d.toObject();
        QCOMPARE(parsed, doc);
    }

    void keyOrderIsShuffledAndBigDecimalsRendered()
    {
        start();
        QJsonObject doc = sampleDocument(1);
        for (int i = 0; i < 12; ++i)
            doc.insert(QStringLiteral("field%1").arg(i), i);
        doc.insert(QStringLiteral("requestHeader"), QJsonObject{{QStringLiteral("requestTotal"), 50},
                                                                {QStringLiteral("amountShippingTotal"), 0}});
        m_sim->addDocument(QStringLiteral("invoice"), doc);
        const QString access = onboard().value(QStringLiteral("access_token")).toString();
        const HttpResponse a = fis(QStringLiteral("us2"), access, QStringLiteral("invoice"));
        const HttpResponse b = fis(QStringLiteral("us2"), access, QStringLiteral("invoice"));
        QCOMPARE(a.status, 200);
        QVERIFY(a.body != b.body);                       // member order differs between calls
        QCOMPARE(QJsonDocument::fromJson(a.body), QJsonDocument::fromJson(b.body)); // same content
        QVERIFY(a.body.contains("\"requestTotal\":50.00000000"));
        QVERIFY(a.body.contains("\"amountShippingTotal\":0E-8")); // Java BigDecimal zero
        QVERIFY(a.header("concur-correlationid") != b.header("concur-correlationid"));
    }

    void rateLimitFault()
    {
        start();
        const QString access = onboard().value(QStringLiteral("access_token")).toString();
        ConcurFault f;
        f.pathContains = QStringLiteral("/transactions");
        f.status = 429;
        f.retryAfterSeconds = 0;
        f.count = 2;
        m_sim->injectFault(f);
        for (int i = 0; i < 2; ++i) {
            const HttpResponse r = fis(QStringLiteral("us2"), access, QStringLiteral("expense"));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("retry-after"), QByteArray("0"));
            QVERIFY(!r.header("concur-correlationid").isEmpty());
            QCOMPARE(jsonObject(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("id")).toString(),
                     QStringLiteral("security.rate.limit.reached"));
        }
        QCOMPARE(fis(QStringLiteral("us2"), access, QStringLiteral("expense")).status, 200);
    }

    void dropAndServiceUnavailableFaults()
    {
        start();
        const QString access = onboard().value(QStringLiteral("access_token")).toString();
        // Note: QNetworkAccessManager silently re-sends a request whose connection closed before
        // any response byte (even a POST), so a single dropped answer is invisible to the client.
        ConcurFault drop;
        drop.drop = true;
        drop.count = 1;
        m_sim->injectFault(drop);
        int before = m_sim->requests().size();
        QCOMPARE(fis(QStringLiteral("us2"), access, QStringLiteral("expense")).status, 200);
        QCOMPARE(m_sim->requests().size() - before, 2); // the drop and QNAM's silent resend
        drop.count = -1;
        m_sim->injectFault(drop);
        before = m_sim->requests().size();
        const HttpResponse dropped = fis(QStringLiteral("us2"), access, QStringLiteral("expense"));
        QVERIFY(dropped.transportFailed());
        QVERIFY(dropped.outcomeUnknown());
        QCOMPARE(m_sim->requests().last().status, 0);
        m_sim->clearFaults();
        ConcurFault unavailable;
        unavailable.status = 503;
        unavailable.retryAfterSeconds = 300;
        m_sim->injectFault(unavailable);
        const HttpResponse r = fis(QStringLiteral("us2"), access, QStringLiteral("expense"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("retry-after"), QByteArray("300"));
        QCOMPARE(fis(QStringLiteral("us2"), access, QStringLiteral("expense")).status, 200);
        QCOMPARE(m_sim->requests().last().status, 200);
    }

    void rotationLostOnADroppedRefresh()
    {
        // The refresh takes effect but the answer never arrives: the old refresh token is gone.
        start();
        const QString refresh = onboard().value(QStringLiteral("refresh_token")).toString();
        ConcurFault f;
        f.pathContains = QStringLiteral("/oauth2/v0/token");
        f.drop = true;
        f.afterWork = true;
        f.count = -1; // QNAM re-sends after a silent drop; keep dropping until cleared
        m_sim->injectFault(f);
        QVERIFY(token(QStringLiteral("us2"), refreshBody(refresh)).transportFailed());
        m_sim->clearFaults();
        QCOMPARE(m_sim->tokenGrants(QStringLiteral("refresh_token")), 1); // the resends met a revoked token
        QCOMPARE(jsonObject(token(QStringLiteral("us2"), refreshBody(refresh))).value(QStringLiteral("code")).toInt(), 108);
    }

    void writeBacksAreRecordedAndDriveTheQueue()
    {
        start();
        const QString id1 = m_sim->addDocument(QStringLiteral("expense"), sampleDocument(1));
        const QString id2 = m_sim->addDocument(QStringLiteral("expense"), sampleDocument(2));
        const QString access = onboard().value(QStringLiteral("access_token")).toString();
        const QList<HttpHeader> headers = {{"Authorization", "Bearer " + access.toLatin1()}, {"Content-Type", "application/json"}};
        const QString base = kFisPath + QStringLiteral("expense/transactions/");

        // Posting confirmation before the acknowledgement: 111.
        HttpResponse r = send("POST", QStringLiteral("us2"), base + QStringLiteral("postingconfirmations"),
                              QStringLiteral(R"({"systemId":"","postingConfirmations":[{"docId":"%1","overallPostingStatusCode":"success","postingDocs":[],"systemMessages":[]}]})")
                                  .arg(id1).toUtf8(), headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).array().at(0).toObject().value(QStringLiteral("code")).toInt(), 111);

        r = send("POST", QStringLiteral("us2"), base + QStringLiteral("acknowledgements"),
                 QStringLiteral(R"({"ids":["%1","nope"]})").arg(id1).toUtf8(), headers);
        QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("code")).toInt(), 0);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("acknowledgeResult")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("code")).toInt(), 104);
        QCOMPARE(m_sim->readyCount(QStringLiteral("expense")), 1);
        QCOMPARE(m_sim->documentStatus(id1), QStringLiteral("ACKNOWLEDGED"));

        r = send("POST", QStringLiteral("us2"), base + QStringLiteral("acknowledgements"),
                 QStringLiteral(R"({"ids":["%1"]})").arg(id1).toUtf8(), headers);
        QCOMPARE(QJsonDocument::fromJson(r.body).array().at(0).toObject().value(QStringLiteral("code")).toInt(), 101);

        m_sim->recallDocument(id2);
        r = send("POST", QStringLiteral("us2"), base + QStringLiteral("acknowledgements"),
                 QStringLiteral(R"({"ids":["%1"]})").arg(id2).toUtf8(), headers);
        QCOMPARE(QJsonDocument::fromJson(r.body).array().at(0).toObject().value(QStringLiteral("code")).toInt(), 102);

        r = send("POST", QStringLiteral("us2"), base + QStringLiteral("postingconfirmations"),
                 QStringLiteral(R"({"systemId":"","postingConfirmations":[{"docId":"%1","overallPostingStatusCode":"success","postingDocs":[],"systemMessages":[]}]})")
                     .arg(id1).toUtf8(), headers);
        QCOMPARE(QJsonDocument::fromJson(r.body).array().at(0).toObject().value(QStringLiteral("code")).toInt(), 0);
        QCOMPARE(m_sim->documentStatus(id1), QStringLiteral("POSTING_CONFIRMED_SUCCESS"));

        QCOMPARE(m_sim->writeCalls(), 5);
        QCOMPARE(m_sim->readyCount(QStringLiteral("expense")), 0);
        // The queue shrank: GET now returns nothing.
        QCOMPARE(jsonObject(fis(QStringLiteral("us2"), access, QStringLiteral("expense"))).value(QStringLiteral("content")).toArray().size(), 0);
        int posts = 0;
        for (const ConcurRequestRecord &rec : m_sim->requests())
            posts += rec.method == "POST" && rec.path.startsWith(kFisPath) ? 1 : 0;
        QCOMPARE(posts, 5);
        m_sim->resetCounters();
        QCOMPARE(m_sim->writeCalls(), 0);
        QVERIFY(m_sim->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstConcurSimulator)
#include "tst_concursimulator.moc"
