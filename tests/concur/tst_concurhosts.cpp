// Region routing: which base URLs the client will ever talk to. A geolocation arrives over the
// wire (token answers, error code 16), so anything that is not a Concur API host (or loopback,
// for the simulators) must be refused before a token is sent there.
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
    QTest::newRow("us2") << "https://us2.api.concursolutions.com" << "https://us2.api.concursolutions.com";
    QTest::newRow("eu2 trailing slash") << "https://eu2.api.concursolutions.com/" << "https://eu2.api.concursolutions.com";
    QTest::newRow("apj1") << "https://apj1.api.concursolutions.com" << "https://apj1.api.concursolutions.com";
    QTest::newRow("usg") << "https://usg.api.concursolutions.com" << "https://usg.api.concursolutions.com";
    QTest::newRow("glz") << "https://glz.api.concursolutions.com" << "https://glz.api.concursolutions.com";
    QTest::newRow("legacy us") << "https://us.api.concursolutions.com" << "https://us.api.concursolutions.com";
    QTest::newRow("emea") << "https://emea.api.concursolutions.com" << "https://emea.api.concursolutions.com";
    QTest::newRow("www- client variant") << "https://www-us.api.concursolutions.com" << "https://www-us.api.concursolutions.com";
    QTest::newRow("implementation") << "https://us-impl.api.concursolutions.com" << "https://us-impl.api.concursolutions.com";
    QTest::newRow("china") << "https://cn.api.concurcdc.cn" << "https://cn.api.concurcdc.cn";
    // Doc quirk (company-refresh-tool.md): geolocation with the token path appended.
    QTest::newRow("path suffix") << "https://us.api.concursolutions.com/oauth2/v0/token" << "https://us.api.concursolutions.com";
    // Doc sample: "https://us.api.Concursolutions.com".
    QTest::newRow("mixed case") << "https://us.api.Concursolutions.com" << "https://us.api.concursolutions.com";
    QTest::newRow("query and fragment dropped") << "https://us2.api.concursolutions.com/x?y=1#z" << "https://us2.api.concursolutions.com";
    QTest::newRow("bare host means https") << "us2.api.concursolutions.com" << "https://us2.api.concursolutions.com";
    QTest::newRow("explicit 443") << "https://us2.api.concursolutions.com:443" << "https://us2.api.concursolutions.com";
    QTest::newRow("loopback simulator") << "http://127.0.0.1:34567" << "http://127.0.0.1:34567";
    QTest::newRow("loopback with path") << "http://127.0.0.1:34567/oauth2/v0/token" << "http://127.0.0.1:34567";
    QTest::newRow("localhost https") << "https://localhost:8443" << "https://localhost:8443";
    QTest::newRow("ipv6 loopback") << "http://[::1]:9000" << "http://[::1]:9000";
}

void TestConcurHosts::accepted()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    const auto r = ConcurHosts::normaliseBaseUrl(input);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().toString(), normalised);
}

void TestConcurHosts::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << "" << "concur.config";
    QTest::newRow("foreign host") << "https://evil.example.com" << "concur.host_refused";
    QTest::newRow("suffix trick") << "https://us2.api.concursolutions.com.evil.com" << "concur.host_refused";
    QTest::newRow("label glued to domain") << "https://evilapi.concursolutions.com" << "concur.host_refused";
    QTest::newRow("nested labels") << "https://a.b.api.concursolutions.com" << "concur.host_refused";
    QTest::newRow("bare concur domain") << "https://api.concursolutions.com" << "concur.host_refused";
    QTest::newRow("legacy www host") << "https://www.concursolutions.com" << "concur.host_refused";
    QTest::newRow("plain http to concur") << "http://us2.api.concursolutions.com" << "concur.host_refused";
    QTest::newRow("odd port") << "https://us2.api.concursolutions.com:8443" << "concur.host_refused";
    QTest::newRow("user info") << "https://user:pw@us2.api.concursolutions.com" << "concur.host_refused";
    QTest::newRow("plain http to lan") << "http://192.168.1.10:8080" << "concur.host_refused";
    QTest::newRow("ftp loopback") << "ftp://127.0.0.1" << "concur.host_refused";
}

void TestConcurHosts::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto r = ConcurHosts::normaliseBaseUrl(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestConcurHosts)
#include "tst_concurhosts.moc"
