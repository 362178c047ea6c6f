// Service Layer error bodies (both shapes) and their classification into the codes the sync
// engine acts on: business → review, unknown outcome → look up before retrying, transient → retry.
#include "sapb1/b1error.h"

#include <QTest>

using namespace mlc;
using namespace mlc::sapb1;

Q_DECLARE_METATYPE(mlc::TransportError)
Q_DECLARE_METATYPE(mlc::sapb1::RequestKind)

class TestB1Error : public QObject {
    Q_OBJECT
private slots:
    void parseBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("v1 object message, number code")
            << QByteArray(R"({"error":{"code":-10,"message":{"lang":"en-us","value":"1320000140 - Business partner code 'c1' already assigned"}}})")
            << true << QStringLiteral("-10") << QStringLiteral("1320000140 - Business partner code 'c1' already assigned");
        QTest::newRow("401 string code, string message")
            << QByteArray(R"({"error":{"code":"301","message":"Invalid session or session already timeout."}})") << true
            << QStringLiteral("301") << QStringLiteral("Invalid session or session already timeout.");
        QTest::newRow("401 number code, object message")
            << QByteArray(R"({ "error" : { "code" : 301, "message" : { "lang" : "en-us", "value" : "Invalid session or session already timeout." } } })")
            << true << QStringLiteral("301") << QStringLiteral("Invalid session or session already timeout.");
        QTest::newRow("large code") << QByteArray(R"({"error":{"code":100000027,"message":{"lang":"en-us","value":"Login failed"}}})")
                                    << true << QStringLiteral("100000027") << QStringLiteral("Login failed");
        QTest::newRow("innererror")
            << QByteArray(R"({"error":{"code":-1000,"message":{"lang":"en-us","value":"Incomplete Batch Request Body!"},"innererror":{"context":null,"trace":null}}})")
            << true << QStringLiteral("-1000") << QStringLiteral("Incomplete Batch Request Body!");
        QTest::newRow("empty 500") << QByteArray() << false << QString() << QString();
        QTest::newRow("apache html") << QByteArray("<html><body>Request Entity Too Large</body></html>") << false
                                     << QString() << QString();
        QTest::newRow("json without error") << QByteArray(R"({"value":[]})") << false << QString() << QString();
    }
    void parseBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, parsed);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const B1ErrorBody b = parseB1ErrorBody(body);
        QCOMPARE(b.parsed, parsed);
        QCOMPARE(b.code, code);
        QCOMPARE(b.message, message);
    }

    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<TransportError>("transport");
        QTest::addColumn<RequestKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messageContains");

        const QByteArray business =
            R"({"error":{"code":-10,"message":{"lang":"en-us","value":"Cannot perform transaction in controlling type account [JournalEntryLines.AccountCode][line: 2]"}}})";
        const QByteArray session = R"({"error":{"code":"301","message":"Invalid session or session already timeout."}})";
        const QByteArray loginFailed = R"({"error":{"code":100000027,"message":{"lang":"en-us","value":"Login failed"}}})";
        const auto none = TransportError::None;

        QTest::newRow("400 business on post") << 400 << business << none << RequestKind::Write << errc::Business
                                              << QStringLiteral("controlling type account");
        QTest::newRow("404 on get") << 404 << QByteArray(R"({"error":{"code":-2028,"message":{"lang":"en-us","value":"No matching records found"}}})")
                                    << none << RequestKind::Read << errc::Business << QStringLiteral("No matching records");
        QTest::newRow("401 session") << 401 << session << none << RequestKind::Read << errc::Session
                                     << QStringLiteral("Invalid session");
        QTest::newRow("401 login failed") << 401 << loginFailed << none << RequestKind::Login << errc::Auth
                                          << QStringLiteral("Login failed");
        QTest::newRow("login 503") << 503 << QByteArray() << none << RequestKind::Login << errc::Transient << QString();
        QTest::newRow("empty 500 on post") << 500 << QByteArray() << none << RequestKind::Write << errc::UnknownOutcome
                                           << QStringLiteral("may have been posted");
        QTest::newRow("502 on post") << 502 << QByteArray() << none << RequestKind::Write << errc::UnknownOutcome << QString();
        QTest::newRow("500 on get") << 500 << QByteArray() << none << RequestKind::Read << errc::Transient << QString();
        QTest::newRow("429") << 429 << QByteArray() << none << RequestKind::Write << errc::Transient << QString();
        QTest::newRow("timeout on post") << 0 << QByteArray() << TransportError::Timeout << RequestKind::Write
                                         << errc::UnknownOutcome << QString();
        QTest::newRow("dropped on post") << 0 << QByteArray() << TransportError::Dropped << RequestKind::Write
                                         << errc::UnknownOutcome << QString();
        QTest::newRow("timeout on get") << 0 << QByteArray() << TransportError::Timeout << RequestKind::Read
                                        << errc::Transient << QString();
        QTest::newRow("refused on post") << 0 << QByteArray() << TransportError::ConnectionRefused
                                         << RequestKind::Write << errc::Transient << QString();
        QTest::newRow("tls") << 0 << QByteArray() << TransportError::Tls << RequestKind::Write << errc::Tls
                             << QStringLiteral("fingerprint");
    }
    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(TransportError, transport);
        QFETCH(RequestKind, kind);
        QFETCH(QString, code);
        QFETCH(QString, messageContains);
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.error = transport;
        r.errorString = QStringLiteral("transport says no");
        const Error e = classifyFailure(r, kind, QStringLiteral("POST JournalEntries"));
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
        QVERIFY2(e.detail.contains(QStringLiteral("POST JournalEntries")), qPrintable(e.detail));
    }

    void businessMessageIsB1Text()
    {
        HttpResponse r;
        r.status = 400;
        r.body = R"({"error":{"code":-10,"message":{"lang":"en-us","value":"G/L account is not valid [JournalEntryLines.AccountCode][line: 1]"}}})";
        const Error e = classifyFailure(r, RequestKind::Write, QStringLiteral("POST JournalEntries"));
        QCOMPARE(e.message, QStringLiteral("G/L account is not valid [JournalEntryLines.AccountCode][line: 1]"));
        QVERIFY(e.detail.contains(QStringLiteral("HTTP 400")));
        QVERIFY(e.detail.contains(QStringLiteral("-10")));
    }
};

QTEST_GUILESS_MAIN(TestB1Error)
#include "tst_sapb1error.moc"
