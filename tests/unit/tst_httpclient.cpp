// HttpClient's size cap (issue #7 item 11): an answer larger than HttpRequest::maxResponseBytes is
// refused as TransportError::TooLarge, whether its Content-Length says so up front or it simply
// keeps streaming (no Content-Length, Connection: close), and never ends up in memory whole.
#include "core/httpclient.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mlc;

namespace {

// One canned raw HTTP answer per connection, written as soon as the request headers are in.
class RawServer : public QObject {
public:
    explicit RawServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_request += s->readAll();
                    if (!m_request.contains("\r\n\r\n") || m_answered)
                        return;
                    m_answered = true;
                    s->write(m_answer);
                    s->disconnectFromHost(); // after the data is written
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/page").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_request;
    bool m_answered = false;
};

QByteArray answer(qint64 bodySize, bool withLength)
{
    QByteArray a = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
    if (withLength)
        a += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    return a + "\r\n" + QByteArray(bodySize, 'x');
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT
private slots:
    void sizeCap_data()
    {
        QTest::addColumn<qint64>("bodySize");
        QTest::addColumn<bool>("withLength");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("under the cap") << qint64(100000) << true << qint64(1 << 20) << true;
        QTest::newRow("exactly the cap") << qint64(1 << 20) << true << qint64(1 << 20) << true;
        QTest::newRow("declared over the cap") << qint64(3 << 20) << true << qint64(1 << 20) << false;
        QTest::newRow("streamed over the cap") << qint64(3 << 20) << false << qint64(1 << 20) << false;
        QTest::newRow("streamed under the cap") << qint64(500000) << false << qint64(1 << 20) << true;
        QTest::newRow("no cap") << qint64(3 << 20) << true << qint64(0) << true;
    }
    void sizeCap()
    {
        QFETCH(qint64, bodySize);
        QFETCH(bool, withLength);
        QFETCH(qint64, cap);
        QFETCH(bool, accepted);
        RawServer server(answer(bodySize, withLength));
        TlsPolicy sandbox;
        sandbox.allowLoopback = true; // the test server is on this machine (issue #7 item 8)
        HttpClient client(sandbox);
        HttpRequest req;
        req.url = server.url();
        req.timeoutMs = 20000;
        req.maxResponseBytes = cap;
        const HttpResponse r = client.send(req);
        if (accepted) {
            QCOMPARE(r.error, TransportError::None);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.size(), bodySize);
            return;
        }
        QCOMPARE(r.error, TransportError::TooLarge);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.outcomeUnknown()); // the server answered: a write may have been done
        QVERIFY2(r.errorString.contains(QString::number(cap)), qPrintable(r.errorString));
    }

    void defaultCapIs64MiB()
    {
        QCOMPARE(HttpRequest().maxResponseBytes, qint64(64) * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
