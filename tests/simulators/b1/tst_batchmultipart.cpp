// $batch multipart parser and writer.
#include "b1/batchmultipart.h"

#include <QTest>

using namespace mlc::sim;

class TestBatchMultipart : public QObject {
    Q_OBJECT
private slots:
    void boundary_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("plain") << QByteArray("multipart/mixed;boundary=batch_1") << QByteArray("batch_1");
        QTest::newRow("spaced+quoted") << QByteArray("multipart/mixed; boundary=\"batch_x y\"") << QByteArray("batch_x y");
        QTest::newRow("other params") << QByteArray("multipart/mixed; charset=utf-8; Boundary=b") << QByteArray("b");
        QTest::newRow("none") << QByteArray("multipart/mixed") << QByteArray();
    }
    void boundary()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        QCOMPARE(multipartBoundary(contentType), boundary);
    }

    // The MAN §3.10.5 skeleton, with bare LF line ends as hand-written clients send them.
    void parsesManualExample_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }
    void parsesManualExample()
    {
        QFETCH(QByteArray, lineEnd);
        QByteArray body = "--batch_1\n"
                          "Content-Type: multipart/mixed;boundary=changeset_1\n"
                          "\n"
                          "--changeset_1\n"
                          "Content-Type: application/http\n"
                          "Content-Transfer-Encoding: binary\n"
                          "Content-ID: 1\n"
                          "\n"
                          "POST /b1s/v1/JournalEntries\n"
                          "Content-Type: application/json\n"
                          "\n"
                          "{\"Reference3\":\"conn:1\"}\n"
                          "--changeset_1\n"
                          "Content-Type: application/http\n"
                          "Content-Transfer-Encoding: binary\n"
                          "\n"
                          "POST JournalEntries HTTP/1.1\n"
                          "Content-ID: 2\n"
                          "\n"
                          "{\"Reference3\":\"conn:2\"}\n"
                          "--changeset_1--\n"
                          "--batch_1\n"
                          "Content-Type: application/http\n"
                          "Content-Transfer-Encoding: binary\n"
                          "\n"
                          "GET /b1s/v1/JournalEntries?$filter=Reference3 eq 'conn:1'\n"
                          "\n"
                          "\n"
                          "--batch_1--\n";
        body.replace("\n", lineEnd);
        auto items = parseBatchRequest(body, "multipart/mixed;boundary=batch_1");
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().toString()));
        QCOMPARE(items->size(), 2);
        const BatchItem &cs = items->at(0);
        QVERIFY(cs.changeSet);
        QCOMPARE(cs.operations.size(), 2);
        QCOMPARE(cs.operations[0].method, QByteArray("POST"));
        QCOMPARE(cs.operations[0].target, QByteArray("/b1s/v1/JournalEntries"));
        QCOMPARE(cs.operations[0].contentId, QByteArray("1"));
        QCOMPARE(cs.operations[0].body, QByteArray("{\"Reference3\":\"conn:1\"}"));
        QCOMPARE(cs.operations[1].target, QByteArray("JournalEntries"));
        QCOMPARE(cs.operations[1].contentId, QByteArray("2")); // v1: inside the inner HTTP headers
        QCOMPARE(cs.operations[1].body, QByteArray("{\"Reference3\":\"conn:2\"}"));
        const BatchItem &get = items->at(1);
        QVERIFY(!get.changeSet);
        QCOMPARE(get.operations.first().method, QByteArray("GET"));
        QCOMPARE(get.operations.first().target, QByteArray("/b1s/v1/JournalEntries?$filter=Reference3 eq 'conn:1'"));
        QVERIFY(get.operations.first().body.isEmpty());
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("no close delimiter") << QByteArray("--b\r\nContent-Type: application/http\r\n\r\nGET /x\r\n\r\n") << QByteArray("multipart/mixed;boundary=b");
        QTest::newRow("wrong boundary") << QByteArray("--c\r\n\r\n--c--\r\n") << QByteArray("multipart/mixed;boundary=b");
        QTest::newRow("not multipart") << QByteArray("{}") << QByteArray("application/json");
        QTest::newRow("part not http") << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n") << QByteArray("multipart/mixed;boundary=b");
        QTest::newRow("empty") << QByteArray("--b--\r\n") << QByteArray("multipart/mixed;boundary=b");
        QTest::newRow("unclosed changeset") << QByteArray("--b\r\nContent-Type: multipart/mixed;boundary=c\r\n\r\n--c\r\nContent-Type: application/http\r\n\r\nPOST /x\r\n\r\n{}\r\n--b--\r\n")
                                            << QByteArray("multipart/mixed;boundary=b");
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        auto items = parseBatchRequest(body, contentType);
        QVERIFY(!items.ok());
        QCOMPARE(items.error().message, QStringLiteral("Incomplete Batch Request Body!"));
    }

    void writerRoundTrip()
    {
        BatchWriter req("batch_abc");
        BatchOperation a;
        a.method = "POST";
        a.target = "/b1s/v1/JournalEntries";
        a.headers = {SimHeader("Content-Type", "application/json")};
        a.body = "{\"a\":1}";
        a.contentId = "1";
        BatchOperation b = a;
        b.body = "{\"b\":--batch_abc}"; // a delimiter not at a line start is body text
        b.contentId = "2";
        req.addChangeSet({a, b}, "changeset_1");
        BatchOperation g;
        g.method = "GET";
        g.target = "/b1s/v1/JournalEntries(1)";
        req.addRequest(g);
        QCOMPARE(req.contentType(), QByteArray("multipart/mixed;boundary=batch_abc"));
        auto items = parseBatchRequest(req.finish(), req.contentType());
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).operations.size(), 2);
        QCOMPARE(items->at(0).operations.at(1).body, QByteArray("{\"b\":--batch_abc}"));
        QCOMPARE(items->at(0).operations.at(1).contentId, QByteArray("2"));
        QCOMPARE(items->at(1).operations.first().target, QByteArray("/b1s/v1/JournalEntries(1)"));

        BatchWriter resp("batchresponse_1");
        BatchResponsePart ok1{201, {SimHeader("Content-Type", "application/json")}, "{\"JdtNum\":1}", "1"};
        BatchResponsePart ok2{201, {SimHeader("Content-Type", "application/json")}, "{\"JdtNum\":2}", "2"};
        resp.addChangeSetResponse({ok1, ok2}, "changesetresponse_1");
        resp.addResponse(BatchResponsePart{400, {}, "{\"error\":{}}", {}});
        const QByteArray text = resp.finish();
        QVERIFY(text.contains("HTTP/1.1 201 Created\r\n"));
        auto parsed = parseBatchResponse(text, resp.contentType());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        QVERIFY(parsed->at(0).changeSet);
        QCOMPARE(parsed->at(0).parts.size(), 2);
        QCOMPARE(parsed->at(0).parts.at(1).status, 201);
        QCOMPARE(parsed->at(0).parts.at(1).body, QByteArray("{\"JdtNum\":2}"));
        QCOMPARE(parsed->at(0).parts.at(1).contentId, QByteArray("2"));
        QVERIFY(!parsed->at(1).changeSet);
        QCOMPARE(parsed->at(1).parts.first().status, 400);
    }
};

QTEST_GUILESS_MAIN(TestBatchMultipart)
#include "tst_batchmultipart.moc"
