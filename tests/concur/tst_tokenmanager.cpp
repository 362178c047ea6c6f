// The company token manager against a scripted Concur host: onboarding form, rotation handling,
// atomic persistence (one secret-store write per grant), proactive refresh, daily keep-alive,
// re-homing on code 16, code 108, refused geolocations and a failing secret store.
#include "concur/tokenmanager.h"
#include "scriptedconcur.h"
#include "sandbox.h"
#include "testsecretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mlc;
using namespace mlc::concur;
using namespace mlc::concur::test;

namespace {
const QString ClientSecret = QStringLiteral("s3cr3t+/&=x");
const QString RequestToken = QStringLiteral("req-token-24h");
const QString CompanyUuid = QStringLiteral("2f1c9a6e-7d3b-4c1e-9a55-3b8e2d40c7f1");
const QString TokenPathS = QStringLiteral("/oauth2/v0/token");
} // namespace

class TestTokenManager : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onboardSendsCompanyPasswordGrant();
    void onboardRefusedKeepsRequestToken();
    void notOnboarded();
    void clientRefused();
    void rotation_data();
    void rotation();
    void proactiveRefresh();
    void refreshDue();
    void rehomeOnCode16();
    void code108RequiresReauth();
    void foreignGeolocationRefused();
    void persistFailureStopsUntilSaved();
    void corruptStoredTokenReported();
    void oversizedTokenAnswerRefused();

private:
    QJsonObject storedToken() const
    {
        return QJsonDocument::fromJson(m_secrets.values.value(secretkey::ConcurCompanyToken)).object();
    }
    Result<void> onboardAt(ScriptedHost &host, const QString &refresh = QStringLiteral("rt-1"))
    {
        host.respond([geo = host.baseUrl(), refresh](const sim::SimRequest &, int) {
            return tokenAnswer(QStringLiteral("at-0"), refresh, geo);
        });
        return m_tokens->onboard();
    }

    std::unique_ptr<sim::SimThread> m_thread;
    std::unique_ptr<ScriptedHost> m_host;
    TestSecretStore m_secrets;
    ConcurSettings m_settings;
    QDateTime m_now;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenManager> m_tokens;
};

void TestTokenManager::init()
{
    m_thread = std::make_unique<sim::SimThread>();
    m_host = std::make_unique<ScriptedHost>(*m_thread);
    QVERIFY(m_host->listening());
    m_secrets = TestSecretStore();
    m_secrets.values.insert(secretkey::ConcurClientSecret, ClientSecret.toUtf8());
    m_secrets.values.insert(secretkey::ConcurRequestToken, RequestToken.toUtf8());
    m_now = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    m_settings = ConcurSettings();
    m_settings.bootstrapBaseUrl = m_host->baseUrl();
    m_settings.clientId = QStringLiteral("mlc-client");
    m_settings.companyUuid = CompanyUuid;
    m_settings.tokenTimeoutMs = 5000;
    m_settings.clock = [this] { return m_now; };
    m_settings.sleep = [](int) {};
    m_settings.allowLoopback = true; // the sandbox: the test hosts listen on loopback
    m_http = std::make_unique<HttpClient>(sandboxPolicy());
    m_tokens = std::make_unique<TokenManager>(m_settings, m_secrets, *m_http);
}

void TestTokenManager::cleanup()
{
    m_tokens.reset();
    m_http.reset();
    m_host.reset();
    m_thread.reset();
}

void TestTokenManager::onboardSendsCompanyPasswordGrant()
{
    // Geolocation with the documented "/oauth2/v0/token" suffix.
    const QString geo = m_host->baseUrl() + TokenPathS;
    m_host->respond([geo](const sim::SimRequest &, int) { return tokenAnswer(QStringLiteral("at-1"), QStringLiteral("rt-1"), geo); });
    const Result<void> r = m_tokens->onboard();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));

    const QList<Recorded> reqs = m_host->requests();
    QCOMPARE(reqs.size(), 1);
    const Recorded &req = reqs.first();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, TokenPathS);
    QCOMPARE(req.contentType, QByteArray("application/x-www-form-urlencoded")); // no charset
    QVERIFY(req.query.isEmpty()); // nothing in the URL
    QVERIFY(req.authorization.isEmpty());
    QCOMPARE(req.form(QStringLiteral("grant_type")), QStringLiteral("password"));
    QCOMPARE(req.form(QStringLiteral("credtype")), QStringLiteral("authtoken"));
    QCOMPARE(req.form(QStringLiteral("username")), CompanyUuid);
    QCOMPARE(req.form(QStringLiteral("password")), RequestToken);
    QCOMPARE(req.form(QStringLiteral("client_id")), QStringLiteral("mlc-client"));
    QCOMPARE(req.form(QStringLiteral("client_secret")), ClientSecret); // '+', '/', '&', '=' survive encoding

    // One write holding refresh token + normalised geolocation + expiry; request token removed.
    QCOMPARE(m_secrets.writes.size(), 1);
    QCOMPARE(m_secrets.writes.first().first, secretkey::ConcurCompanyToken);
    const QJsonObject stored = storedToken();
    QCOMPARE(stored.value(QLatin1String("refresh_token")).toString(), QStringLiteral("rt-1"));
    QCOMPARE(stored.value(QLatin1String("geolocation")).toString(), m_host->baseUrl());
    QCOMPARE(stored.value(QLatin1String("refresh_expires_at")).toString(),
             QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC).toString(Qt::ISODate));
    QVERIFY(!m_secrets.values.contains(secretkey::ConcurRequestToken));
    QCOMPARE(m_secrets.removed, QStringList{secretkey::ConcurRequestToken});

    // The access token from the grant is used without another request.
    const auto at = m_tokens->accessToken();
    QVERIFY(at.ok());
    QCOMPARE(at.value(), QStringLiteral("at-1"));
    QCOMPARE(m_host->requests().size(), 1);
    QCOMPARE(m_tokens->baseUrl().toString(), m_host->baseUrl());
}

void TestTokenManager::onboardRefusedKeepsRequestToken()
{
    m_host->respond([](const sim::SimRequest &, int) {
        return oauthErrorAnswer(400, 5, "invalid_grant", "Incorrect Credentials. Please Retry");
    });
    const Result<void> r = m_tokens->onboard();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("concur.onboarding_failed"));
    QVERIFY(r.error().message.contains(QLatin1String("24 hours")));
    QVERIFY(m_secrets.values.contains(secretkey::ConcurRequestToken));
    QCOMPARE(m_secrets.writes.size(), 0);
    // Secrets never appear in errors.
    QVERIFY(!r.error().toString().contains(RequestToken));
    QVERIFY(!r.error().toString().contains(ClientSecret));
}

void TestTokenManager::notOnboarded()
{
    const auto at = m_tokens->accessToken();
    QVERIFY(!at.ok());
    QCOMPARE(at.error().code, QStringLiteral("concur.not_onboarded"));
    QVERIFY(!m_tokens->refreshDue(m_now));
    QCOMPARE(m_host->requests().size(), 0);
}

void TestTokenManager::clientRefused()
{
    m_host->respond([](const sim::SimRequest &, int) {
        return oauthErrorAnswer(401, 64, "invalid_client", "Incorrect credentials");
    });
    const Result<void> r = m_tokens->onboard();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("concur.client_refused"));
    QVERIFY(r.error().message.contains(QLatin1String("client secret")));
    QVERIFY(!r.error().toString().contains(ClientSecret));
    QVERIFY(m_secrets.values.contains(secretkey::ConcurRequestToken));
}

void TestTokenManager::rotation_data()
{
    QTest::addColumn<QString>("answered");  // refresh_token in the refresh answer (null = absent)
    QTest::addColumn<QString>("expected");  // what must be stored afterwards
    QTest::newRow("new each time") << QStringLiteral("rt-2") << QStringLiteral("rt-2");
    QTest::newRow("same") << QStringLiteral("rt-1") << QStringLiteral("rt-1");
    QTest::newRow("none: keep the old one") << QString() << QStringLiteral("rt-1");
}

void TestTokenManager::rotation()
{
    QFETCH(QString, answered);
    QFETCH(QString, expected);
    QVERIFY(onboardAt(*m_host).ok());
    m_secrets.writes.clear();
    m_host->clear();
    m_host->respond([geo = m_host->baseUrl(), answered](const sim::SimRequest &, int) {
        return tokenAnswer(QStringLiteral("at-2"), answered, geo, false);
    });
    const Result<void> r = m_tokens->refresh();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const Recorded req = m_host->requests().value(0);
    QCOMPARE(req.form(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(req.form(QStringLiteral("refresh_token")), QStringLiteral("rt-1"));
    QCOMPARE(req.form(QStringLiteral("client_secret")), ClientSecret);
    QCOMPARE(req.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(m_secrets.writes.size(), 1); // exactly one atomic write per grant
    QCOMPARE(storedToken().value(QLatin1String("refresh_token")).toString(), expected);
    QCOMPARE(m_tokens->accessToken().value(), QStringLiteral("at-2"));
}

void TestTokenManager::proactiveRefresh()
{
    QVERIFY(onboardAt(*m_host).ok());
    int n = 0;
    m_host->respond([geo = m_host->baseUrl(), &n](const sim::SimRequest &, int) {
        ++n;
        return tokenAnswer(QStringLiteral("at-r%1").arg(n), QStringLiteral("rt-r%1").arg(n), geo);
    });
    m_host->clear();
    m_now = m_now.addSecs(3000); // 10 minutes left: still good
    QCOMPARE(m_tokens->accessToken().value(), QStringLiteral("at-0"));
    QCOMPARE(m_host->requests().size(), 0);
    m_now = m_now.addSecs(301); // under 5 minutes left: refresh first
    QCOMPARE(m_tokens->accessToken().value(), QStringLiteral("at-r1"));
    QCOMPARE(m_host->requests().size(), 1);
    QCOMPARE(storedToken().value(QLatin1String("refresh_token")).toString(), QStringLiteral("rt-r1"));
    QCOMPARE(m_tokens->accessToken().value(), QStringLiteral("at-r1"));
    QCOMPARE(m_host->requests().size(), 1);
}

void TestTokenManager::refreshDue()
{
    QVERIFY(onboardAt(*m_host).ok());
    QVERIFY(!m_tokens->refreshDue(m_now.addSecs(3600)));
    QVERIFY(!m_tokens->refreshDue(m_now.addSecs(22 * 3600)));
    QVERIFY(m_tokens->refreshDue(m_now.addSecs(24 * 3600))); // daily keep-alive even when idle
    // Near the refresh token's end (stored expiry 1900000000) it is due regardless.
    const QDateTime nearEnd = QDateTime::fromSecsSinceEpoch(1900000000 - 86400, Qt::UTC);
    QVERIFY(m_tokens->refreshDue(nearEnd));

    // After a refresh the clock restarts; a fresh manager reads refreshed_at from the store.
    m_now = m_now.addSecs(24 * 3600);
    QVERIFY(m_tokens->refresh().ok());
    TokenManager restarted(m_settings, m_secrets, *m_http);
    QVERIFY(!restarted.refreshDue(m_now.addSecs(3600)));
    QVERIFY(restarted.refreshDue(m_now.addSecs(25 * 3600)));
}

void TestTokenManager::rehomeOnCode16()
{
    ScriptedHost eu2(*m_thread);
    QVERIFY(eu2.listening());
    QVERIFY(onboardAt(*m_host).ok());
    m_secrets.writes.clear();
    m_host->clear();
    // The old host says "user lives elsewhere" and names eu2; eu2 grants.
    m_host->respond([geo = eu2.baseUrl()](const sim::SimRequest &, int) {
        return oauthErrorAnswer(400, 16, "invalid_request", "user lives elsewhere", geo);
    });
    eu2.respond([geo = eu2.baseUrl()](const sim::SimRequest &, int) {
        return tokenAnswer(QStringLiteral("at-eu"), QStringLiteral("rt-eu"), geo);
    });
    const Result<void> r = m_tokens->refresh();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(m_host->requests().size(), 1);
    QCOMPARE(eu2.requests().size(), 1);
    QCOMPARE(eu2.requests().first().form(QStringLiteral("refresh_token")), QStringLiteral("rt-1"));
    QCOMPARE(m_secrets.writes.size(), 1);
    QCOMPARE(storedToken().value(QLatin1String("geolocation")).toString(), eu2.baseUrl());
    QCOMPARE(storedToken().value(QLatin1String("refresh_token")).toString(), QStringLiteral("rt-eu"));
    QCOMPARE(m_tokens->baseUrl().toString(), eu2.baseUrl());

    // A restarted manager goes straight to eu2.
    m_host->clear();
    eu2.clear();
    TokenManager restarted(m_settings, m_secrets, *m_http);
    QVERIFY(restarted.refresh().ok());
    QCOMPARE(m_host->requests().size(), 0);
    QCOMPARE(eu2.requests().size(), 1);
}

void TestTokenManager::code108RequiresReauth()
{
    QVERIFY(onboardAt(*m_host).ok());
    m_secrets.writes.clear();
    m_host->respond([](const sim::SimRequest &, int) {
        return oauthErrorAnswer(400, 108, "invalid_grant", "bad or expired refresh token");
    });
    const Result<void> r = m_tokens->refresh();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("concur.reauth_required"));
    QVERIFY(r.error().message.contains(QLatin1String("Company Request Token")));
    QVERIFY(r.error().detail.contains(QLatin1String("108")));
    QCOMPARE(m_secrets.writes.size(), 0);
    // No access token is handed out after that, and /token is not hammered with the dead token.
    m_host->clear();
    const auto at = m_tokens->accessToken();
    QVERIFY(!at.ok());
    QCOMPARE(at.error().code, QStringLiteral("concur.reauth_required"));
    QCOMPARE(m_host->requests().size(), 0);
    // A new company request token reconnects.
    m_secrets.values.insert(secretkey::ConcurRequestToken, "new-request-token");
    QVERIFY(onboardAt(*m_host, QStringLiteral("rt-new")).ok());
    QVERIFY(m_tokens->accessToken().ok());
    QCOMPARE(m_host->requests().last().form(QStringLiteral("password")), QStringLiteral("new-request-token"));
}

void TestTokenManager::foreignGeolocationRefused()
{
    m_host->respond([](const sim::SimRequest &, int) {
        return tokenAnswer(QStringLiteral("at"), QStringLiteral("rt"), QStringLiteral("https://concur.evil.example.com"));
    });
    const Result<void> r = m_tokens->onboard();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("concur.host_refused"));
    QCOMPARE(m_secrets.writes.size(), 0);
    QVERIFY(!m_tokens->isOnboarded());

    // Same for a code-16 redirect to a foreign host: never followed.
    m_host->clear();
    m_host->respond([](const sim::SimRequest &, int) {
        return oauthErrorAnswer(400, 16, "invalid_request", "user lives elsewhere", QStringLiteral("https://evil.example.com"));
    });
    const Result<void> r2 = m_tokens->onboard();
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().code, QStringLiteral("concur.host_refused"));
    QCOMPARE(m_host->requests().size(), 1);
}

void TestTokenManager::persistFailureStopsUntilSaved()
{
    QVERIFY(onboardAt(*m_host).ok());
    m_host->respond([geo = m_host->baseUrl()](const sim::SimRequest &, int) {
        return tokenAnswer(QStringLiteral("at-2"), QStringLiteral("rt-2"), geo);
    });
    m_secrets.failWrites = true;
    const Result<void> r = m_tokens->refresh();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("concur.token_persist_failed"));
    // Not silently used while only in memory.
    QCOMPARE(m_tokens->accessToken().error().code, QStringLiteral("concur.token_persist_failed"));
    QCOMPARE(storedToken().value(QLatin1String("refresh_token")).toString(), QStringLiteral("rt-1"));

    // Once the store works again, the rotated token is saved without another grant.
    m_secrets.failWrites = false;
    m_host->clear();
    const auto at = m_tokens->accessToken();
    QVERIFY(at.ok());
    QCOMPARE(at.value(), QStringLiteral("at-2"));
    QCOMPARE(m_host->requests().size(), 0);
    QCOMPARE(storedToken().value(QLatin1String("refresh_token")).toString(), QStringLiteral("rt-2"));
}

void TestTokenManager::corruptStoredTokenReported()
{
    m_secrets.values.insert(secretkey::ConcurCompanyToken, "{garbage");
    const auto at = m_tokens->accessToken();
    QVERIFY(!at.ok());
    QCOMPARE(at.error().code, QStringLiteral("concur.token_corrupt"));
    QCOMPARE(m_host->requests().size(), 0);
    // Onboarding again repairs it.
    QVERIFY(onboardAt(*m_host).ok());
    QVERIFY(m_tokens->accessToken().ok());
}

// A token answer is a few KiB; one of megabytes (a wrong or hostile host) is refused before it is
// read into memory, and nothing of it is stored.
void TestTokenManager::oversizedTokenAnswerRefused()
{
    const QString geo = m_host->baseUrl();
    m_host->respond([geo](const sim::SimRequest &, int) {
        sim::SimResponse r = tokenAnswer(QStringLiteral("at-1"), QStringLiteral("rt-1"), geo);
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("padding"), QString(300 * 1024, QLatin1Char('x')));
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    });
    const Result<void> r = m_tokens->onboard();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("concur.transport"));
    QVERIFY2(r.error().detail.contains(QLatin1String("larger than")), qPrintable(r.error().detail));
    QVERIFY(!m_secrets.values.contains(secretkey::ConcurCompanyToken));
    QCOMPARE(m_host->requests().size(), 1); // the token POST is never repeated
}

QTEST_GUILESS_MAIN(TestTokenManager)
#include "tst_tokenmanager.moc"
