// $batch framing: one change set of journal entries out, operation responses back — including the
// single error response B1 returns for a rolled-back change set.
#include "sapb1/batchmultipart.h"

#include <QTest>

using namespace mlc;
using namespace mlc::sapb1;

class TestBatchMultipart : public QObject {
    Q_OBJECT
private slots:
    void buildsOneChangeSet()
    {
        const BatchRequest r = buildChangeSetBatch("/b1s/v1/JournalEntries",
                                                   {R"({"Reference3":"E1R1"})", R"({"Reference3":"E2R1"})"},
                                                   "batch_1", "changeset_1");
        QCOMPARE(r.contentType, QByteArray("multipart/mixed;boundary=batch_1"));
        const QByteArray expected =
            "--batch_1\r\n"
            "Content-Type: multipart/mixed;boundary=changeset_1\r\n"
            "\r\n"
            "--changeset_1\r\n"
            "Content-Type: application/http\r\n"
            "Content-Transfer-Encoding: binary\r\n"
            "Content-ID: 1\r\n"
            "\r\n"
            "POST /b1s/v1/JournalEntries\r\n"
            "Content-Type: application/json\r\n"
            "\r\n"
            "{\"Reference3\":\"E1R1\"}\r\n"
            "--changeset_1\r\n"
            "Content-Type: application/http\r\n"
            "Content-Transfer-Encoding: binary\r\n"
            "Content-ID: 2\r\n"
            "\r\n"
            "POST /b1s/v1/JournalEntries\r\n"
            "Content-Type: application/json\r\n"
            "\r\n"
            "{\"Reference3\":\"E2R1\"}\r\n"
            "--changeset_1--\r\n"
            "--batch_1--\r\n";
        QCOMPARE(r.body, expected);
    }

    void randomBoundariesDiffer()
    {
        const BatchRequest a = buildChangeSetBatch("/b1s/v1/JournalEntries", {"{}"});
        const BatchRequest b = buildChangeSetBatch("/b1s/v1/JournalEntries", {"{}"});
        QVERIFY(a.contentType.startsWith("multipart/mixed;boundary=batch_"));
        QVERIFY(a.contentType != b.contentType);
        QCOMPARE(multipartBoundary(a.contentType).size(), qsizetype(6 + 32));
    }

    void roundTripThroughOwnParser()
    {
        // The request and response framings are the same multipart grammar; a response built by
        // swapping request lines for status lines must parse back with the Content-IDs.
        BatchRequest r = buildChangeSetBatch("/b1s/v1/JournalEntries", {R"({"a":1})", R"({"b":"--changeset_x"})"},
                                             "batch_x", "changeset_x");
        r.body.replace("POST /b1s/v1/JournalEntries", "HTTP/1.1 201 Created");
        auto parsed = parseBatchResponse(r.body, r.contentType);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).status, 201);
        QCOMPARE(parsed->at(0).contentId, 1);
        QCOMPARE(parsed->at(0).body, QByteArray(R"({"a":1})"));
        QCOMPARE(parsed->at(1).contentId, 2);
        QCOMPARE(parsed->at(1).body, QByteArray(R"({"b":"--changeset_x"})"));
        QVERIFY(parsed->at(1).inChangeSet);
    }

    void boundary_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("plain") << QByteArray("multipart/mixed;boundary=batch_1") << QByteArray("batch_1");
        QTest::newRow("spaced quoted") << QByteArray("multipart/mixed; boundary=\"batchresponse_9\"")
                                       << QByteArray("batchresponse_9");
        QTest::newRow("case") << QByteArray("Multipart/Mixed; charset=utf-8; Boundary=b") << QByteArray("b");
        QTest::newRow("none") << QByteArray("application/json") << QByteArray();
    }
    void boundary()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        QCOMPARE(multipartBoundary(contentType), boundary);
    }

    void parsesAllCreated()
    {
        const QByteArray body =
            "--batchresponse_1\r\n"
            "Content-Type: multipart/mixed; boundary=changesetresponse_1\r\n"
            "\r\n"
            "--changesetresponse_1\r\n"
            "Content-Type: application/http\r\n"
            "Content-Transfer-Encoding: binary\r\n"
            "Content-ID: 1\r\n"
            "\r\n"
            "HTTP/1.1 201 Created\r\n"
            "Content-Type: application/json;odata=minimalmetadata;charset=utf-8\r\n"
            "Location: /b1s/v1/JournalEntries(101)\r\n"
            "\r\n"
            "{\"JdtNum\":101,\"Number\":5001}\r\n"
            "--changesetresponse_1\r\n"
            "Content-Type: application/http\r\n"
            "Content-Transfer-Encoding: binary\r\n"
            "Content-ID: 2\r\n"
            "\r\n"
            "HTTP/1.1 201 Created\r\n"
            "\r\n"
            "{\"JdtNum\":102,\"Number\":5002}\r\n"
            "--changesetresponse_1--\r\n"
            "--batchresponse_1--\r\n";
        auto parsed = parseBatchResponse(body, "multipart/mixed;boundary=batchresponse_1");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).status, 201);
        QCOMPARE(parsed->at(0).body, QByteArray("{\"JdtNum\":101,\"Number\":5001}"));
        QCOMPARE(parsed->at(1).contentId, 2);
        QCOMPARE(parsed->at(1).body, QByteArray("{\"JdtNum\":102,\"Number\":5002}"));
        bool hasLocation = false;
        for (const HttpHeader &h : parsed->at(0).headers)
            hasLocation |= h.first == "Location" && h.second == "/b1s/v1/JournalEntries(101)";
        QVERIFY(hasLocation);
    }

    void parsesFailedChangeSetWithLfAndInnerContentId()
    {
        // v1 puts Content-ID in the inner headers; hand-written servers use bare LF.
        const QByteArray body =
            "--batchresponse_2\n"
            "Content-Type: application/http\n"
            "Content-Transfer-Encoding: binary\n"
            "\n"
            "HTTP/1.1 400 Bad Request\n"
            "Content-ID: 2\n"
            "Content-Type: application/json\n"
            "\n"
            "{\"error\":{\"code\":-10,\"message\":{\"lang\":\"en-us\",\"value\":\"Invalid BP code\"}}}\n"
            "--batchresponse_2--\n";
        auto parsed = parseBatchResponse(body, "multipart/mixed; boundary=\"batchresponse_2\"");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->at(0).status, 400);
        QCOMPARE(parsed->at(0).contentId, 2);
        QVERIFY(!parsed->at(0).inChangeSet);
        QVERIFY(parsed->at(0).body.contains("Invalid BP code"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("not multipart") << QByteArray("{}") << QByteArray("application/json");
        QTest::newRow("no close delimiter")
            << QByteArray("--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 201 Created\r\n\r\n{}\r\n")
            << QByteArray("multipart/mixed;boundary=b");
        QTest::newRow("boundary missing") << QByteArray("--other\r\n--other--\r\n") << QByteArray("multipart/mixed;boundary=b");
        QTest::newRow("no status line") << QByteArray("--b\r\nContent-Type: application/http\r\n\r\nhello\r\n--b--\r\n")
                                        << QByteArray("multipart/mixed;boundary=b");
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        auto parsed = parseBatchResponse(body, contentType);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("b1.protocol"));
    }
};

QTEST_GUILESS_MAIN(TestBatchMultipart)
#include "tst_sapb1batch.moc"
