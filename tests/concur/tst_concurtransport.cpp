// The single exit toward Concur: read-only (only GET and POST /oauth2/v0/token leave), host
// allow-list, Retry-After parsing with a floor and a cap.
#include "concur/concurtransport.h"

#include <QTest>

using namespace mlc;
using namespace mlc::concur;

Q_DECLARE_METATYPE(mlc::concur::WriteBackLevel)

class TestConcurTransport : public QObject {
    Q_OBJECT
private slots:
    void allowedCalls_data();
    void allowedCalls();
    void writesAreNeverSent_data();
    void writesAreNeverSent();
    void foreignHostNeverSent();
    void loopbackOnlyInTheSandbox();
    void retryAfter_data();
    void retryAfter();
    void throttleDelay_data();
    void throttleDelay();
};

void TestConcurTransport::allowedCalls_data()
{
    // Each write-back level admits exactly the FIS write routes it needs; off admits none.
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<WriteBackLevel>("level");
    QTest::addColumn<bool>("allowed");
    const QString fi = QStringLiteral("/financialintegration/fi/v4/companies/transactiontypes/expense/transactions");
    struct Call {
        const char *name;
        QByteArray method;
        QString path;
        WriteBackLevel from; // the lowest level that admits it; ConfirmAndPay + 1 = never
    };
    const auto never = WriteBackLevel(int(WriteBackLevel::ConfirmAndPay) + 1);
    const QList<Call> calls = {
        {"GET transactions", "GET", fi, WriteBackLevel::Off},
        {"POST token", "POST", QStringLiteral("/oauth2/v0/token"), WriteBackLevel::Off},
        {"POST acknowledgements", "POST", fi + QLatin1String("/acknowledgements"), WriteBackLevel::Acknowledge},
        {"POST postingconfirmations", "POST", fi + QLatin1String("/postingconfirmations"), WriteBackLevel::Confirm},
        {"POST paymentconfirmations", "POST", fi + QLatin1String("/paymentconfirmations"), WriteBackLevel::ConfirmAndPay},
        {"POST acknowledgements of another service", "POST", QStringLiteral("/other/transactions/acknowledgements"), never},
        {"POST acknowledgements with a query", "POST", fi + QLatin1String("/acknowledgements?x=1"), never},
        {"POST transactions", "POST", fi, never},
        {"DELETE connections", "DELETE", QStringLiteral("/app-mgmt/v0/connections"), never},
        {"PATCH approve", "PATCH", QStringLiteral("/expensereports/v4/reports/1/approve"), never},
        {"PUT", "PUT", QStringLiteral("/oauth2/v0/token"), never},
        {"PUT acknowledgements", "PUT", fi + QLatin1String("/acknowledgements"), never},
        {"POST token lookalike", "POST", QStringLiteral("/oauth2/v0/token/../x"), never},
    };
    for (const Call &c : calls) {
        for (WriteBackLevel level : {WriteBackLevel::Off, WriteBackLevel::Acknowledge, WriteBackLevel::Confirm,
                                     WriteBackLevel::ConfirmAndPay}) {
            QTest::addRow("%s, %s", c.name, qPrintable(toString(level))) << c.method << c.path << level << (level >= c.from);
        }
    }
}

void TestConcurTransport::allowedCalls()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(WriteBackLevel, level);
    QFETCH(bool, allowed);
    QUrl url(QStringLiteral("https://us2.api.concursolutions.com"));
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QCOMPARE(ConcurTransport::isAllowedCall(method, url, level), allowed);
    if (level == WriteBackLevel::Off)
        QCOMPARE(ConcurTransport::isAllowedCall(method, url), allowed); // off is the default
}

void TestConcurTransport::writesAreNeverSent_data()
{
    allowedCalls_data();
}

void TestConcurTransport::writesAreNeverSent()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(WriteBackLevel, level);
    QFETCH(bool, allowed);
    if (allowed)
        return;
    HttpClient http;
    ConcurSettings settings;
    settings.writeBack = level;
    ConcurTransport transport(http, settings);
    HttpRequest req;
    req.method = method;
    req.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    req.url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        req.url.setQuery(path.mid(q + 1));
    req.body = R"({"ids":["x"]})";
    const HttpResponse r = transport.send(req);
    QCOMPARE(r.error, TransportError::PolicyRefused);
    QVERIFY2(r.errorString.contains(QLatin1String("does not allow")), qPrintable(r.errorString));
    QCOMPARE(http.requestCount(), quint64(0)); // nothing reached the wire
}

void TestConcurTransport::foreignHostNeverSent()
{
    HttpClient http;
    ConcurSettings settings;
    ConcurTransport transport(http, settings);
    HttpRequest req;
    req.url = QUrl(QStringLiteral("https://attacker.example.com/financialintegration/fi/v4/x"));
    req.headers = {{"Authorization", "Bearer secret"}};
    const HttpResponse r = transport.send(req);
    QCOMPARE(r.error, TransportError::PolicyRefused);
    QCOMPARE(http.requestCount(), quint64(0));
}

// A listener on this machine never receives the bearer token unless the sandbox is on (issue #7
// item 8): the transport refuses before anything reaches the wire. In the sandbox the same
// request goes out (and fails to connect: nothing listens on port 9).
void TestConcurTransport::loopbackOnlyInTheSandbox()
{
    for (const bool sandbox : {false, true}) {
        TlsPolicy policy;
        policy.allowLoopback = sandbox;
        HttpClient http(policy);
        ConcurSettings settings;
        settings.allowLoopback = sandbox;
        settings.maxTransportRetries = 0;
        ConcurTransport transport(http, settings);
        HttpRequest req;
        req.url = QUrl(QStringLiteral("http://127.0.0.1:9/financialintegration/fi/v4/x"));
        req.headers = {{"Authorization", "Bearer secret"}};
        req.timeoutMs = 5000;
        const HttpResponse r = transport.send(req);
        if (!sandbox) {
            QCOMPARE(r.error, TransportError::PolicyRefused);
            QVERIFY2(r.errorString.contains(QLatin1String("sandbox")), qPrintable(r.errorString));
            QCOMPARE(http.requestCount(), quint64(0));
        } else {
            QVERIFY(r.error != TransportError::PolicyRefused);
            QCOMPARE(http.requestCount(), quint64(1));
        }
    }
}

void TestConcurTransport::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("zero (Concur sample)") << QByteArray("0") << 0;
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("spaces") << QByteArray(" 12 ") << 12;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("http date +30s") << QByteArray("Sun, 01 Mar 2026 12:00:30 GMT") << 30;
    QTest::newRow("http date past") << QByteArray("Sun, 01 Mar 2026 11:00:00 GMT") << 0;
}

void TestConcurTransport::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(ConcurTransport::parseRetryAfter(value, now), seconds);
}

void TestConcurTransport::throttleDelay_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("floor");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("0 raised to floor") << QByteArray("0") << 2 << 0 << 2000;
    QTest::newRow("above floor honoured") << QByteArray("5") << 2 << 0 << 5000;
    QTest::newRow("capped") << QByteArray("99999") << 2 << 0 << 300000;
    QTest::newRow("no header: backoff 1") << QByteArray() << 2 << 0 << 2000;
    QTest::newRow("no header: backoff 3") << QByteArray() << 2 << 2 << 8000;
    QTest::newRow("floor 0 allows immediate") << QByteArray("0") << 0 << 0 << 0;
}

void TestConcurTransport::throttleDelay()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, floor);
    QFETCH(int, attempt);
    QFETCH(int, expectedMs);
    HttpClient http;
    ConcurSettings settings;
    settings.minRetryAfterSeconds = floor;
    ConcurTransport transport(http, settings);
    HttpResponse r;
    r.status = 429;
    if (!retryAfter.isNull())
        r.headers.append({"retry-after", retryAfter});
    QCOMPARE(transport.throttleDelayMs(r, attempt), expectedMs);
}

QTEST_GUILESS_MAIN(TestConcurTransport)
#include "tst_concurtransport.moc"
