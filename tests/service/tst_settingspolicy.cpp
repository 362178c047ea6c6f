// Who may do what over the pipe, as data rows (issue #7 item 8, design §5): the method × role
// matrix, which settings are an operator's, an admin's or local only, the secrets bound to an
// endpoint, and the endpoint rule (HTTPS, off this machine unless the sandbox is on). The same
// decisions with a real operator peer on the pipe: tst_pipeaccess.
#include "concur/concurhosts.h"
#include "core/tlspolicy.h"
#include "ipc/protocol.h"
#include "secrets/memorysecretstore.h"
#include "servicecore/pipepermissions.h"
#include "servicecore/settingspolicy.h"

#include <QJsonObject>
#include <QTest>

using namespace mlc;
using namespace mlc::service;
using mlc::ipc::PeerRole;

class TestSettingsPolicy : public QObject
{
    Q_OBJECT
private slots:
    void methods_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("key"); // settings.set only
        QTest::addColumn<bool>("operatorMay");
        QTest::addColumn<bool>("adminMay");
        const QString none;
        // What finance staff do every day.
        for (const char *m : {"status", "runNow", "pause", "resume", "review.list", "review.resolve", "review.retry",
                              "review.skip", "mappings.list", "mappings.set", "settings.get", "audit.query",
                              "audit.export", "testConnections", "secrets.status"})
            QTest::newRow(m) << QString::fromLatin1(m) << none << true << true;
        // Secrets and security settings: admins only.
        QTest::newRow("secrets.set") << QStringLiteral("secrets.set") << none << false << true;
        QTest::newRow("a method nobody listed") << QStringLiteral("service.shutdown") << none << false << true;
        const auto set = [](const char *key, bool op, bool admin) {
            QTest::newRow(qPrintable(QStringLiteral("settings.set ") + QLatin1String(key)))
                << QStringLiteral("settings.set") << QString::fromLatin1(key) << op << admin;
        };
        set("b1/serviceRoot", false, true);          // endpoint: the B1 password goes there
        set("concur/baseUrl", false, true);          // endpoint: the client secret goes there
        set("concur/clientId", false, true);         // reset it and receive the client secret
        set("concur/companyUuid", false, true);
        set("b1/userName", false, true);
        set("b1/companyDb", false, true);
        set("b1/pinnedSha256", false, true);         // trust
        set("b1/caFile", false, true);               // trust
        set("secrets/backend", false, true);         // the secret store
        set("service/operatorsGroup", false, true);  // who gets in
        set("concur/writeBack", false, true);        // the write-back level
        set("concur/keepAliveHours", false, true);
        set("sync/nextPage/expense", false, true);   // the engine's own state
        set("some/unknown", false, true);            // default: an admin's
        set("sandbox/allowLoopback", false, false);  // never over the pipe
        set("sandbox/anything", false, false);
        set("schedule/spec", true, true);            // the operators' own settings
        set("schedule/timeZone", true, true);
        set("posting/clearingAccount/CBCP", true, true);
        set("posting/referenceDate", true, true);
        set("mapping/dimension/1/source", true, true);
        set("concur/pageLimit", true, true);
        set("b1/useBatch", true, true);
        set("b1/batchSize", true, true);
        set("posting/", false, true);                // a bare prefix is no setting of theirs
    }

    void methods()
    {
        QFETCH(QString, method);
        QFETCH(QString, key);
        QFETCH(bool, operatorMay);
        QFETCH(bool, adminMay);
        const QJsonObject params{{QStringLiteral("key"), key}, {QStringLiteral("value"), QStringLiteral("x")}};
        const auto asOperator = pipeRefusal(PeerRole::Operator, method, params);
        const auto asAdmin = pipeRefusal(PeerRole::Admin, method, params);
        QCOMPARE(!asOperator.has_value(), operatorMay);
        QCOMPARE(!asAdmin.has_value(), adminMay);
        for (const auto &refused : {asOperator, asAdmin}) {
            if (refused) {
                QCOMPARE(refused->code, ipc::protocol::errNotPermitted());
                QVERIFY(!refused->message.isEmpty());
            }
        }
        if (key.startsWith(QLatin1String("sandbox/")))
            QVERIFY2(asAdmin->message.contains(QLatin1String("--local config set")), qPrintable(asAdmin->message));
    }

    void boundSecrets_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("secrets");
        QTest::newRow("b1/serviceRoot") << QStringLiteral("b1/serviceRoot") << QStringList{secretkey::B1Password};
        const QStringList concur{secretkey::ConcurClientSecret, secretkey::ConcurRequestToken, secretkey::ConcurCompanyToken};
        QTest::newRow("concur/baseUrl") << QStringLiteral("concur/baseUrl") << concur;
        QTest::newRow("concur/clientId") << QStringLiteral("concur/clientId") << concur;
        QTest::newRow("b1/pinnedSha256") << QStringLiteral("b1/pinnedSha256") << QStringList();
        QTest::newRow("schedule/spec") << QStringLiteral("schedule/spec") << QStringList();
    }

    void boundSecrets()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, secrets);
        QCOMPARE(secretsBoundTo(key), secrets);
    }

    // Clearing: a change from one endpoint to another, or unsetting it, removes the secrets; the
    // first endpoint (secrets stored before it) and the same value again keep them.
    void clearing_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("cleared");
        const QString a = QStringLiteral("https://b1.example.com:50000/b1s/v1");
        const QString b = QStringLiteral("https://b1-new.example.com:50000/b1s/v1");
        QTest::newRow("another endpoint") << a << b << true;
        QTest::newRow("unset") << a << QString() << true;
        QTest::newRow("the same endpoint") << a << a << false;
        QTest::newRow("the same, with spaces") << a << (QLatin1Char(' ') + a) << false;
        QTest::newRow("the first endpoint") << QString() << a << false;
    }

    void clearing()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, cleared);
        MemorySecretStore secrets;
        QVERIFY(secrets.write(secretkey::B1Password, "pw").ok());
        QVERIFY(secrets.write(secretkey::ConcurClientSecret, "cs").ok());
        const auto r = clearBoundSecrets(secrets, QStringLiteral("b1/serviceRoot"), before, after);
        QVERIFY(r.ok());
        QCOMPARE(r->contains(secretkey::B1Password), cleared);
        QCOMPARE(secrets.read(secretkey::B1Password).ok(), !cleared);
        QVERIFY(secrets.read(secretkey::ConcurClientSecret).ok()); // not bound to B1's endpoint
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<bool>("accepted");
        const QString b1 = QStringLiteral("b1/serviceRoot");
        const QString concur = QStringLiteral("concur/baseUrl");
        QTest::newRow("b1 https") << b1 << QStringLiteral("https://b1server:50000/b1s/v1") << false << true;
        QTest::newRow("b1 plain http off this machine") << b1 << QStringLiteral("http://b1server:50000/b1s/v1") << false << false;
        QTest::newRow("b1 plain http, even in the sandbox") << b1 << QStringLiteral("http://b1server:50000/b1s/v1") << true << false;
        QTest::newRow("b1 loopback http") << b1 << QStringLiteral("http://127.0.0.1:8080/b1s/v1") << false << false;
        QTest::newRow("b1 loopback https") << b1 << QStringLiteral("https://localhost:50000/b1s/v1") << false << false;
        QTest::newRow("b1 0.0.0.0") << b1 << QStringLiteral("http://0.0.0.0:8080/b1s/v1") << false << false;
        QTest::newRow("b1 loopback http, sandbox") << b1 << QStringLiteral("http://127.0.0.1:8080/b1s/v1") << true << true;
        QTest::newRow("b1 user info") << b1 << QStringLiteral("https://u:p@b1server:50000/b1s/v1") << false << false;
        QTest::newRow("b1 ftp") << b1 << QStringLiteral("ftp://b1server/b1s/v1") << false << false;
        QTest::newRow("b1 unset") << b1 << QString() << false << true;
        QTest::newRow("concur host") << concur << QStringLiteral("https://us2.api.concursolutions.com") << false << true;
        QTest::newRow("concur foreign host") << concur << QStringLiteral("https://evil.example.com") << false << false;
        QTest::newRow("concur loopback") << concur << QStringLiteral("http://127.0.0.1:9000") << false << false;
        QTest::newRow("concur loopback, sandbox") << concur << QStringLiteral("http://127.0.0.1:9000") << true << true;
        QTest::newRow("not an endpoint") << QStringLiteral("posting/referenceDate") << QStringLiteral("http://x") << false << true;
    }

    void endpoints()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, sandbox);
        QFETCH(bool, accepted);
        const auto r = checkEndpoint(key, value, sandbox);
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QCOMPARE(r.error().code, QStringLiteral("config.endpoint_refused"));
    }

    // The same rule where the bytes go out (HttpClient asks the policy before every request).
    void transportPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<bool>("sent");
        QTest::newRow("https") << QStringLiteral("https://b1server:50000/b1s/v1/Login") << false << true;
        QTest::newRow("plain http") << QStringLiteral("http://b1server:50000/b1s/v1/Login") << false << false;
        QTest::newRow("plain http, sandbox") << QStringLiteral("http://b1server:50000/b1s/v1/Login") << true << false;
        QTest::newRow("loopback https") << QStringLiteral("https://127.0.0.1:50000/b1s/v1/Login") << false << false;
        QTest::newRow("loopback http") << QStringLiteral("http://localhost:50000/b1s/v1/Login") << false << false;
        QTest::newRow("LOCALHOST.") << QStringLiteral("http://LOCALHOST.:50000/b1s/v1/Login") << false << false;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:50000/x") << false << false;
        QTest::newRow("unspecified ipv6") << QStringLiteral("http://[::]:50000/x") << false << false;
        QTest::newRow("loopback http, sandbox") << QStringLiteral("http://127.0.0.1:50000/b1s/v1/Login") << true << true;
        QTest::newRow("loopback https, sandbox") << QStringLiteral("https://localhost:50000/b1s/v1/Login") << true << true;
    }

    void transportPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, sandbox);
        QFETCH(bool, sent);
        TlsPolicy p;
        p.allowLoopback = sandbox;
        QCOMPARE(p.refusal(QUrl(url)).isEmpty(), sent);
    }

    void sandboxValue()
    {
        QCOMPARE(sandboxSettingKey(), QStringLiteral("sandbox/allowLoopback"));
        QVERIFY(sandboxEnabled(QStringLiteral("true")));
        QVERIFY(sandboxEnabled(QStringLiteral(" TRUE ")));
        QVERIFY(!sandboxEnabled(QStringLiteral("1")));
        QVERIFY(!sandboxEnabled(QStringLiteral("false")));
        QVERIFY(!sandboxEnabled(QString()));
    }
};

QTEST_GUILESS_MAIN(TestSettingsPolicy)
#include "tst_settingspolicy.moc"
