// End to end: token manager + FIS reader against the Concur simulator (OAuth2 with rotation,
// regions, clock; FIS paging; faults). Also proves the product stays read-only toward Concur.
#include "concur/fisreader.h"
#include "concur/tokenmanager.h"
#include "simulators/concur/concursimulator.h"
#include "simulators/simthread.h"
#include "sandbox.h"
#include "testsecretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace mlc;
using namespace mlc::concur;
using namespace mlc::concur::test;
using mlc::sim::ConcurSimConfig;
using mlc::sim::ConcurSimulator;

Q_DECLARE_METATYPE(ConcurSimConfig::Rotation)

namespace {
const QString Secret = QStringLiteral("sim-client-secret");
const QString RequestToken = QStringLiteral("company-request-token-1");
const QString Uuid = QStringLiteral("2f1c9a6e-7d3b-4c1e-9a55-3b8e2d40c7f1");
const QString TokenPathS = QStringLiteral("/oauth2/v0/token");
} // namespace

class TestConcurClientSim : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onboardThenRefreshThenRead();
    void onboardViaWrongRegionFollowsCode16();
    void rotationPersistedAtomically_data();
    void rotationPersistedAtomically();
    void expiredAccessTokenRefreshesOnceAndRetries();
    void proactiveRefreshAvoids401();
    void rehomeOnRefreshGeolocation();
    void rehomeOnCode16();
    void revokedRefreshTokenRequiresReauth();
    void paging_data();
    void paging();
    void throttledRetriedWithFloor();
    void droppedGetRetried();
    void documentsAsStrings();
    void geolocationWithPathSuffix();

private:
    void start(ConcurSimConfig config = {});
    QJsonObject stored() const
    {
        return QJsonDocument::fromJson(m_secrets.values.value(secretkey::ConcurCompanyToken)).object();
    }
    QString storedRefresh() const { return stored().value(QLatin1String("refresh_token")).toString(); }
    QString storedGeo() const { return stored().value(QLatin1String("geolocation")).toString(); }
    void addDocs(int n, const QString &docType = QStringLiteral("expense"))
    {
        for (int i = 0; i < n; ++i) {
            const QJsonObject doc{{QStringLiteral("report"),
                                   QJsonObject{{QStringLiteral("reportId"), QStringLiteral("R%1").arg(i)},
                                               {QStringLiteral("reportKey"), i}}}};
            m_sim->addDocument(docType, doc, QStringLiteral("fis%1").arg(i, 6, 10, QLatin1Char('0')));
        }
    }
    // Read-only toward Concur: only GETs and POST /oauth2/v0/token ever arrived.
    void verifyReadOnly()
    {
        QCOMPARE(m_sim->writeCalls(), 0);
        for (const auto &r : m_sim->requests()) {
            const bool token = r.method == "POST" && r.path == TokenPathS;
            QVERIFY2(r.method == "GET" || token, qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path));
            if (r.method == "GET")
                QVERIFY(r.bearer);
        }
    }

    std::unique_ptr<sim::SimThread> m_thread;
    ConcurSimulator *m_sim = nullptr;
    TestSecretStore m_secrets;
    ConcurSettings m_settings;
    QList<int> m_sleeps;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<FisReader> m_reader;
};

void TestConcurClientSim::init()
{
    m_secrets = TestSecretStore();
    m_secrets.values.insert(secretkey::ConcurClientSecret, Secret.toUtf8());
    m_secrets.values.insert(secretkey::ConcurRequestToken, RequestToken.toUtf8());
    m_sleeps.clear();
}

void TestConcurClientSim::start(ConcurSimConfig config)
{
    config.clientSecret = Secret;
    config.companyUuid = Uuid;
    config.requestToken = RequestToken;
    m_thread = std::make_unique<sim::SimThread>();
    m_sim = m_thread->create<ConcurSimulator>(config);
    bool ok = false;
    m_thread->call([&] { ok = m_sim->listen(); });
    QVERIFY(ok);
    m_settings = ConcurSettings();
    m_settings.bootstrapBaseUrl = m_sim->baseUrl(QStringLiteral("glz"));
    m_settings.clientId = config.clientId;
    m_settings.companyUuid = Uuid;
    m_settings.pageLimit = 25;
    m_settings.minRetryAfterSeconds = 1;
    m_settings.tokenTimeoutMs = 10000;
    m_settings.requestTimeoutMs = 10000;
    ConcurSimulator *sim = m_sim;
    m_settings.clock = [sim] { return QDateTime::fromSecsSinceEpoch(sim->now(), Qt::UTC); };
    m_settings.sleep = [this](int ms) { m_sleeps.append(ms); };
    m_settings.allowLoopback = true; // the sandbox: the test hosts listen on loopback
    m_http = std::make_unique<HttpClient>(sandboxPolicy());
    m_tokens = std::make_unique<TokenManager>(m_settings, m_secrets, *m_http);
    m_reader = std::make_unique<FisReader>(m_settings, *m_tokens, *m_http);
}

void TestConcurClientSim::cleanup()
{
    m_reader.reset();
    m_tokens.reset();
    m_http.reset();
    m_thread.reset(); // destroys the simulator
    m_sim = nullptr;
}

void TestConcurClientSim::onboardThenRefreshThenRead()
{
    start();
    const Result<void> on = m_tokens->onboard();
    QVERIFY2(on.ok(), qPrintable(on.ok() ? QString() : on.error().toString()));
    QCOMPARE(m_sim->tokenGrants(QStringLiteral("password")), 1);
    QCOMPARE(storedGeo(), m_sim->baseUrl(QStringLiteral("us2")));
    QVERIFY(!storedRefresh().isEmpty());
    QVERIFY(!m_secrets.values.contains(secretkey::ConcurRequestToken));
    QCOMPARE(m_secrets.writesTo(secretkey::ConcurCompanyToken), 1);

    const QString first = storedRefresh();
    QVERIFY(m_tokens->refresh().ok());
    QCOMPARE(m_sim->tokenGrants(QStringLiteral("refresh_token")), 1);
    QVERIFY(storedRefresh() != first);

    addDocs(3);
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().id, QStringLiteral("fis000000"));
    QCOMPARE(all->first().document.value(QLatin1String("report")).toObject().value(QLatin1String("reportId")).toString(),
             QStringLiteral("R0"));
    QVERIFY(all->first().correlationId.size() > 10);
    // Reading does not take documents out of the READY queue (no acknowledgement).
    QCOMPARE(m_sim->readyCount(QStringLiteral("expense")), 3);
    // The FIS calls went to the geolocation host, not to GLZ.
    for (const auto &r : m_sim->requests()) {
        if (r.method == "GET")
            QCOMPARE(r.region, QStringLiteral("us2"));
    }
    verifyReadOnly();
}

void TestConcurClientSim::onboardViaWrongRegionFollowsCode16()
{
    start();
    m_settings.bootstrapBaseUrl = m_sim->baseUrl(QStringLiteral("eu2")); // the company lives in us2
    QVERIFY(m_tokens->onboard().ok());
    QCOMPARE(storedGeo(), m_sim->baseUrl(QStringLiteral("us2")));
    const auto reqs = m_sim->requests();
    QCOMPARE(reqs.size(), 2);
    QCOMPARE(reqs.at(0).region, QStringLiteral("eu2"));
    QCOMPARE(reqs.at(0).status, 400);
    QCOMPARE(reqs.at(1).region, QStringLiteral("us2"));
    QCOMPARE(reqs.at(1).status, 200);
    QCOMPARE(m_secrets.writesTo(secretkey::ConcurCompanyToken), 1);
}

void TestConcurClientSim::rotationPersistedAtomically_data()
{
    QTest::addColumn<ConcurSimConfig::Rotation>("rotation");
    QTest::newRow("new each time, old revoked") << ConcurSimConfig::Rotation::NewEachTime;
    QTest::newRow("same") << ConcurSimConfig::Rotation::Same;
    QTest::newRow("none returned") << ConcurSimConfig::Rotation::None;
}

void TestConcurClientSim::rotationPersistedAtomically()
{
    QFETCH(ConcurSimConfig::Rotation, rotation);
    ConcurSimConfig config;
    config.rotation = rotation;
    config.revokeOldRefreshToken = true;
    start(config);
    QVERIFY(m_tokens->onboard().ok());
    const QString original = storedRefresh();
    QSet<QString> seen{original};
    for (int i = 1; i <= 3; ++i) {
        m_sim->advanceClock(3600);
        const QString before = storedRefresh();
        const Result<void> r = m_tokens->refresh();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        // One write per grant, holding token + geolocation + expiry together.
        QCOMPARE(m_secrets.writesTo(secretkey::ConcurCompanyToken), 1 + i);
        QCOMPARE(m_secrets.writes.size(), 1 + i);
        QCOMPARE(storedGeo(), m_sim->baseUrl(QStringLiteral("us2")));
        QVERIFY(stored().contains(QLatin1String("refresh_expires_at")));
        if (rotation == ConcurSimConfig::Rotation::NewEachTime) {
            QVERIFY(storedRefresh() != before); // old token replaced
            QVERIFY(!seen.contains(storedRefresh()));
            seen.insert(storedRefresh());
        } else {
            QCOMPARE(storedRefresh(), original);
        }
    }
    QCOMPARE(m_sim->tokenGrants(QStringLiteral("refresh_token")), 3);
    // After a restart, the persisted token is the live one (with NewEachTime the older ones are revoked).
    TokenManager restarted(m_settings, m_secrets, *m_http);
    QVERIFY(restarted.refresh().ok());
    FisReader reader(m_settings, restarted, *m_http);
    QVERIFY(reader.fetchAllReady(QStringLiteral("expense")).ok());
    verifyReadOnly();
}

void TestConcurClientSim::expiredAccessTokenRefreshesOnceAndRetries()
{
    start();
    QVERIFY(m_tokens->onboard().ok());
    addDocs(5);
    m_sim->resetCounters();
    m_sim->expireAccessTokens(); // expired early, the client still believes it is valid
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), 5);
    QCOMPARE(m_sim->unauthorizedCount(), 1);
    QCOMPARE(m_sim->tokenGrants(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_sim->tokenGrants(), 1);
    QCOMPARE(m_sim->requests().size(), 3); // GET 401, POST token, GET 200
    verifyReadOnly();
}

void TestConcurClientSim::proactiveRefreshAvoids401()
{
    start();
    QVERIFY(m_tokens->onboard().ok());
    addDocs(2);
    m_sim->resetCounters();
    m_sim->advanceClock(3600 - 200); // 200 s left: refresh before using it
    QVERIFY(m_reader->fetchAllReady(QStringLiteral("expense")).ok());
    QCOMPARE(m_sim->unauthorizedCount(), 0);
    QCOMPARE(m_sim->tokenGrants(QStringLiteral("refresh_token")), 1);
    // Idle for a day: the keep-alive is due; after it, not any more.
    m_sim->advanceClock(24 * 3600);
    QVERIFY(m_tokens->refreshDue(m_settings.now()));
    QVERIFY(m_tokens->refresh().ok());
    QVERIFY(!m_tokens->refreshDue(m_settings.now()));
}

void TestConcurClientSim::rehomeOnRefreshGeolocation()
{
    start();
    QVERIFY(m_tokens->onboard().ok());
    addDocs(4);
    const int writesBefore = m_secrets.writes.size();
    m_sim->setHomeRegion(QStringLiteral("eu2")); // us2 tokens stop working; us2 answers one refresh with eu2
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), 4);
    QCOMPARE(storedGeo(), m_sim->baseUrl(QStringLiteral("eu2")));
    QCOMPARE(m_secrets.writes.size(), writesBefore + 1);
    QCOMPARE(m_sim->requests().last().region, QStringLiteral("eu2"));
    // A restarted connector goes to eu2 directly.
    m_sim->resetCounters();
    TokenManager restarted(m_settings, m_secrets, *m_http);
    FisReader reader(m_settings, restarted, *m_http);
    QVERIFY(reader.fetchAllReady(QStringLiteral("expense")).ok());
    for (const auto &r : m_sim->requests())
        QCOMPARE(r.region, QStringLiteral("eu2"));
    verifyReadOnly();
}

void TestConcurClientSim::rehomeOnCode16()
{
    ConcurSimConfig config;
    config.regions = {QStringLiteral("us2"), QStringLiteral("eu2"), QStringLiteral("apj1")};
    start(config);
    QVERIFY(m_tokens->onboard().ok());
    // Moved twice: us2 is neither home nor the previous home and answers code 16 naming apj1.
    m_sim->setHomeRegion(QStringLiteral("eu2"));
    m_sim->setHomeRegion(QStringLiteral("apj1"));
    m_sim->resetCounters();
    const int writesBefore = m_secrets.writes.size();
    const Result<void> r = m_tokens->refresh();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const auto reqs = m_sim->requests();
    QCOMPARE(reqs.size(), 2);
    QCOMPARE(reqs.at(0).region, QStringLiteral("us2"));
    QCOMPARE(reqs.at(0).status, 400);
    QCOMPARE(reqs.at(1).region, QStringLiteral("apj1"));
    QCOMPARE(storedGeo(), m_sim->baseUrl(QStringLiteral("apj1")));
    QCOMPARE(m_secrets.writes.size(), writesBefore + 1);
    addDocs(1);
    QVERIFY(m_reader->fetchAllReady(QStringLiteral("expense")).ok());
    QCOMPARE(m_sim->requests().last().region, QStringLiteral("apj1"));
}

void TestConcurClientSim::revokedRefreshTokenRequiresReauth()
{
    start();
    QVERIFY(m_tokens->onboard().ok());
    m_sim->revokeRefreshTokens();
    m_sim->expireAccessTokens();
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY(!all.ok());
    QCOMPARE(all.error().code, QStringLiteral("concur.reauth_required"));
    QVERIFY(all.error().message.contains(QLatin1String("Company Request Token")));
    QVERIFY(!all.error().toString().contains(storedRefresh()));
    // The admin generates a new request token and reconnects.
    m_sim->setRequestToken(QStringLiteral("company-request-token-2"));
    m_secrets.values.insert(secretkey::ConcurRequestToken, "company-request-token-2");
    QVERIFY(m_tokens->onboard().ok());
    QVERIFY(m_reader->fetchAllReady(QStringLiteral("expense")).ok());
    verifyReadOnly();
}

void TestConcurClientSim::paging_data()
{
    QTest::addColumn<int>("docs");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("gets");
    QTest::newRow("more than the default 25") << 60 << 25 << 3;
    QTest::newRow("exact multiple") << 50 << 25 << 2;
    QTest::newRow("over 1000 with limit 100") << 1050 << 100 << 11;
    QTest::newRow("empty") << 0 << 100 << 1;
}

void TestConcurClientSim::paging()
{
    QFETCH(int, docs);
    QFETCH(int, limit);
    QFETCH(int, gets);
    start();
    m_settings.pageLimit = limit;
    QVERIFY(m_tokens->onboard().ok());
    addDocs(docs);
    m_sim->resetCounters();
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), docs);
    for (int i = 0; i < docs; ++i) {
        QCOMPARE(all->at(i).id, QStringLiteral("fis%1").arg(i, 6, 10, QLatin1Char('0')));
        QVERIFY(all->at(i).documentError.isEmpty());
    }
    const auto reqs = m_sim->requests();
    QCOMPARE(reqs.size(), gets);
    for (int p = 0; p < reqs.size(); ++p) {
        QVERIFY(reqs[p].query.contains(QStringLiteral("page=%1").arg(p)));
        QVERIFY(reqs[p].query.contains(QStringLiteral("limit=%1").arg(limit)));
    }
    verifyReadOnly();
}

void TestConcurClientSim::throttledRetriedWithFloor()
{
    start();
    QVERIFY(m_tokens->onboard().ok());
    addDocs(30);
    sim::ConcurFault fault;
    fault.pathContains = QStringLiteral("/transactions");
    fault.status = 429;
    fault.retryAfterSeconds = 0; // as Concur sends it
    fault.count = 2;
    m_sim->injectFault(fault);
    m_sim->resetCounters();
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), 30);
    QCOMPARE(m_sleeps, (QList<int>{1000, 1000})); // retry-after 0 raised to the 1 s floor
    QCOMPARE(m_sim->requests().size(), 4);        // 2 throttled + 2 pages
    verifyReadOnly();
}

void TestConcurClientSim::droppedGetRetried()
{
    start();
    QVERIFY(m_tokens->onboard().ok());
    addDocs(3);
    sim::ConcurFault fault;
    fault.pathContains = QStringLiteral("/transactions");
    fault.drop = true;
    fault.count = 3; // Qt itself re-sends a GET once on a reused connection; more drops reach us
    m_sim->injectFault(fault);
    m_sim->resetCounters();
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QCOMPARE(all->size(), 3);
    QCOMPARE(m_sim->requests().size(), 4);
    QVERIFY(!m_sleeps.isEmpty());
}

void TestConcurClientSim::documentsAsStrings()
{
    ConcurSimConfig config;
    config.documentAsString = true;
    start(config);
    m_settings.documentFormatAs.clear(); // take Concur's default: documents as JSON strings
    QVERIFY(m_tokens->onboard().ok());
    addDocs(30);
    const auto all = m_reader->fetchAllReady(QStringLiteral("expense"));
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 30);
    QCOMPARE(all->at(29).document.value(QLatin1String("report")).toObject().value(QLatin1String("reportKey")).toInt(), 29);
}

void TestConcurClientSim::geolocationWithPathSuffix()
{
    ConcurSimConfig config;
    config.geolocationWithPathSuffix = true;
    start(config);
    QVERIFY(m_tokens->onboard().ok());
    QCOMPARE(storedGeo(), m_sim->baseUrl(QStringLiteral("us2")));
    addDocs(1);
    QVERIFY(m_reader->fetchAllReady(QStringLiteral("expense")).ok());
}

QTEST_GUILESS_MAIN(TestConcurClientSim)
#include "tst_concurclient_sim.moc"
