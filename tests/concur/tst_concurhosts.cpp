// Region routing: which base URLs the client will ever talk to. A geolocation arrives over the
// wire (token answers, error code 16), so anything that is not a Concur API host must be refused
// before a token is sent there. Loopback (the simulators) only in the sandbox (issue #7 item 8:
// before, any loopback URL was accepted, so a local listener could collect the client secret).
#include "concur/concurhosts.h"

#include <QTest>

using mlc::concur::ConcurHosts;

class TestConcurHosts : public QObject {
    Q_OBJECT
private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void TestConcurHosts::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("sandbox");
    QTest::newRow("us2") << "https://us2.api.concursolutions.com" << "https://us2.api.concursolutions.com" << false;
    QTest::newRow("eu2 trailing slash") << "https://eu2.api.concursolutions.com/" << "https://eu2.api.concursolutions.com" << false;
    QTest::newRow("apj1") << "https://apj1.api.concursolutions.com" << "https://apj1.api.concursolutions.com" << false;
    QTest::newRow("usg") << "https://usg.api.concursolutions.com" << "https://usg.api.concursolutions.com" << false;
    QTest::newRow("glz") << "https://glz.api.concursolutions.com" << "https://glz.api.concursolutions.com" << false;
    QTest::newRow("legacy us") << "https://us.api.concursolutions.com" << "https://us.api.concursolutions.com" << false;
    QTest::newRow("emea") << "https://emea.api.concursolutions.com" << "https://emea.api.concursolutions.com" << false;
    QTest::newRow("www- client variant") << "https://www-us.api.concursolutions.com" << "https://www-us.api.concursolutions.com" << false;
    QTest::newRow("implementation") << "https://us-impl.api.concursolutions.com" << "https://us-impl.api.concursolutions.com" << false;
    QTest::newRow("china") << "https://cn.api.concurcdc.cn" << "https://cn.api.concurcdc.cn" << false;
    // Doc quirk (company-refresh-tool.md): geolocation with the token path appended.
    QTest::newRow("path suffix") << "https://us.api.concursolutions.com/oauth2/v0/token" << "https://us.api.concursolutions.com" << false;
    // Doc sample: "https://us.api.Concursolutions.com".
    QTest::newRow("mixed case") << "https://us.api.Concursolutions.com" << "https://us.api.concursolutions.com" << false;
    QTest::newRow("query and fragment dropped") << "https://us2.api.concursolutions.com/x?y=1#z" << "https://us2.api.concursolutions.com" << false;
    QTest::newRow("bare host means https") << "us2.api.concursolutions.com" << "https://us2.api.concursolutions.com" << false;
    QTest::newRow("explicit 443") << "https://us2.api.concursolutions.com:443" << "https://us2.api.concursolutions.com" << false;
    QTest::newRow("loopback simulator") << "http://127.0.0.1:34567" << "http://127.0.0.1:34567" << true;
    QTest::newRow("loopback with path") << "http://127.0.0.1:34567/oauth2/v0/token" << "http://127.0.0.1:34567" << true;
    QTest::newRow("localhost https") << "https://localhost:8443" << "https://localhost:8443" << true;
    QTest::newRow("ipv6 loopback") << "http://[::1]:9000" << "http://[::1]:9000" << true;
    QTest::newRow("concur host in the sandbox too") << "https://us2.api.concursolutions.com" << "https://us2.api.concursolutions.com" << true;
}

void TestConcurHosts::accepted()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(bool, sandbox);
    const auto r = ConcurHosts::normaliseBaseUrl(input, sandbox);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().toString(), normalised);
}

void TestConcurHosts::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("sandbox");
    QTest::newRow("empty") << "" << "concur.config" << false;
    QTest::newRow("foreign host") << "https://evil.example.com" << "concur.host_refused" << false;
    QTest::newRow("suffix trick") << "https://us2.api.concursolutions.com.evil.com" << "concur.host_refused" << false;
    QTest::newRow("label glued to domain") << "https://evilapi.concursolutions.com" << "concur.host_refused" << false;
    QTest::newRow("nested labels") << "https://a.b.api.concursolutions.com" << "concur.host_refused" << false;
    QTest::newRow("bare concur domain") << "https://api.concursolutions.com" << "concur.host_refused" << false;
    QTest::newRow("legacy www host") << "https://www.concursolutions.com" << "concur.host_refused" << false;
    QTest::newRow("plain http to concur") << "http://us2.api.concursolutions.com" << "concur.host_refused" << false;
    QTest::newRow("odd port") << "https://us2.api.concursolutions.com:8443" << "concur.host_refused" << false;
    QTest::newRow("user info") << "https://user:pw@us2.api.concursolutions.com" << "concur.host_refused" << false;
    QTest::newRow("plain http to lan") << "http://192.168.1.10:8080" << "concur.host_refused" << false;
    QTest::newRow("ftp loopback") << "ftp://127.0.0.1" << "concur.host_refused" << true;
    QTest::newRow("plain http to concur, sandbox or not") << "http://us2.api.concursolutions.com" << "concur.host_refused" << true;
    QTest::newRow("foreign host in the sandbox") << "https://evil.example.com" << "concur.host_refused" << true;
    // Outside the sandbox nothing on this machine stands in for Concur, however it is spelled.
    QTest::newRow("loopback simulator, no sandbox") << "http://127.0.0.1:34567" << "concur.host_refused" << false;
    QTest::newRow("localhost https, no sandbox") << "https://localhost:8443" << "concur.host_refused" << false;
    QTest::newRow("ipv6 loopback, no sandbox") << "http://[::1]:9000" << "concur.host_refused" << false;
    QTest::newRow("127.2.3.4, no sandbox") << "https://127.2.3.4" << "concur.host_refused" << false;
    QTest::newRow("0.0.0.0, no sandbox") << "http://0.0.0.0:8080" << "concur.host_refused" << false;
    QTest::newRow("mapped ipv4 loopback, no sandbox") << "http://[::ffff:127.0.0.1]:80" << "concur.host_refused" << false;
    QTest::newRow("sub.localhost, no sandbox") << "https://api.localhost" << "concur.host_refused" << false;
}

void TestConcurHosts::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(bool, sandbox);
    const auto r = ConcurHosts::normaliseBaseUrl(input, sandbox);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestConcurHosts)
#include "tst_concurhosts.moc"
