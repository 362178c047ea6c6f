// FIS v4 page parsing: members read by name in any order, `document` as object or as JSON
// string, a broken document kept with documentError (it must reach the review queue), page
// metadata as number or string, the doc samples' alternative envelope.
#include "concur/fispage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc::concur;

class TestFisPage : public QObject {
    Q_OBJECT
private slots:
    void documentForms_data();
    void documentForms();
    void shuffledKeysAndStringNumbers();
    void pageMetadata_data();
    void pageMetadata();
    void alternativeEnvelope();
    void emptyPage();
    void malformedPage_data();
    void malformedPage();
};

void TestFisPage::documentForms_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("reportId"); // empty when the document must fail
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("object") << QByteArray(R"({"report":{"reportId":"D0719B"}})") << "D0719B" << "";
    QTest::newRow("json string") << QByteArray(R"("{\"report\":{\"reportId\":\"D0719B\"}}")") << "D0719B" << "";
    QTest::newRow("malformed string") << QByteArray(R"("{\"report\":{\"reportId\":")") << "" << "not valid JSON";
    QTest::newRow("placeholder string") << QByteArray(R"("{THE_FINANCIAL_DOCUMENT}")") << "" << "not valid JSON";
    QTest::newRow("string holding an array") << QByteArray(R"("[1,2]")") << "" << "not an object";
    QTest::newRow("number") << QByteArray("42") << "" << "neither";
    QTest::newRow("null") << QByteArray("null") << "" << "no document";
}

void TestFisPage::documentForms()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, reportId);
    QFETCH(QString, errorContains);
    const QByteArray body = R"({"content":[{"id":"e7f810ca","docType":"expense","companyId":"C1","entityId":"E1",)"
                            R"("companyUuid":"U1","erpSystemId":"","docStatus":"READY","links":[],"document":)"
        + document + R"(}],"page":{"size":1,"totalElements":1,"totalPages":1,"number":0}})";
    const auto page = parseFisPage(body, QStringLiteral("corr-1"));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page->content.size(), 1);
    const FisTransaction &t = page->content.first();
    // The envelope survives even when the document does not.
    QCOMPARE(t.id, QStringLiteral("e7f810ca"));
    QCOMPARE(t.docType, QStringLiteral("expense"));
    QCOMPARE(t.docStatus, QStringLiteral("READY"));
    QCOMPARE(t.companyId, QStringLiteral("C1"));
    QCOMPARE(t.entityId, QStringLiteral("E1"));
    QCOMPARE(t.companyUuid, QStringLiteral("U1"));
    QCOMPARE(t.correlationId, QStringLiteral("corr-1"));
    if (reportId.isEmpty()) {
        QVERIFY(t.document.isEmpty());
        QVERIFY2(t.documentError.contains(errorContains), qPrintable(t.documentError));
    } else {
        QVERIFY2(t.documentError.isEmpty(), qPrintable(t.documentError));
        QCOMPARE(t.document.value(QLatin1String("report")).toObject().value(QLatin1String("reportId")).toString(), reportId);
    }
}

void TestFisPage::shuffledKeysAndStringNumbers()
{
    // "the order of fields within JSON objects returned by FIS APIs is not guaranteed"
    const QByteArray body = R"({"page":{"number":"1","totalPages":"3","totalElements":"8","size":"3"},)"
                            R"("links":[{"rel":"next","href":"https://fiserviceurlhere/fi/v4/x?page=2"}],)"
                            R"("content":[{"document":{"a":1},"docStatus":"READY","id":"B","docType":"invoice"},)"
                            R"({"docType":"invoice","id":"C","document":"{\"b\":2}","docStatus":"READY"}]})";
    const auto page = parseFisPage(body);
    QVERIFY(page.ok());
    QCOMPARE(page->number, qint64(1));
    QCOMPARE(page->totalPages, qint64(3));
    QCOMPARE(page->totalElements, qint64(8));
    QCOMPARE(page->size, qint64(3));
    QVERIFY(page->hasNextPage());
    QCOMPARE(page->content.size(), 2);
    QCOMPARE(page->content.at(0).id, QStringLiteral("B"));
    QCOMPARE(page->content.at(0).document.value(QLatin1String("a")).toInt(), 1);
    QCOMPARE(page->content.at(1).id, QStringLiteral("C"));
    QCOMPARE(page->content.at(1).document.value(QLatin1String("b")).toInt(), 2);
}

void TestFisPage::pageMetadata_data()
{
    QTest::addColumn<QByteArray>("meta");
    QTest::addColumn<bool>("hasNext");
    QTest::newRow("first of three") << QByteArray(R"({"size":1,"totalElements":3,"totalPages":3,"number":0})") << true;
    QTest::newRow("last") << QByteArray(R"({"size":1,"totalElements":3,"totalPages":3,"number":2})") << false;
    QTest::newRow("only") << QByteArray(R"({"size":1,"totalElements":1,"totalPages":1,"number":0})") << false;
    QTest::newRow("strings") << QByteArray(R"({"size":"1","totalElements":"3","totalPages":"3","number":"1"})") << true;
    QTest::newRow("absent") << QByteArray("null") << false;
}

void TestFisPage::pageMetadata()
{
    QFETCH(QByteArray, meta);
    QFETCH(bool, hasNext);
    const auto page = parseFisPage(R"({"content":[{"id":"A","document":{}}],"page":)" + meta + "}");
    QVERIFY(page.ok());
    QCOMPARE(page->hasNextPage(), hasNext);
}

void TestFisPage::alternativeEnvelope()
{
    // The FI-API-*.json doc samples wrap documents differently.
    const auto page = parseFisPage(
        R"({"fIDocuments":[{"id":"X1","docType":"expense","document":{"report":{}}}],"offset":null,"nextPage":null,"numberReturned":1})");
    QVERIFY(page.ok());
    QCOMPARE(page->content.size(), 1);
    QCOMPARE(page->content.first().id, QStringLiteral("X1"));
    QVERIFY(!page->hasNextPage());
}

void TestFisPage::emptyPage()
{
    const auto page = parseFisPage(R"({"links":[],"content":[],"page":{"size":0,"totalElements":0,"totalPages":0,"number":0}})");
    QVERIFY(page.ok());
    QVERIFY(page->content.isEmpty());
    QVERIFY(!page->hasNextPage());
}

void TestFisPage::malformedPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html>503</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("content not a list") << QByteArray(R"({"content":{"id":"A"}})");
    QTest::newRow("unrelated object") << QByteArray(R"({"error":"x"})");
}

void TestFisPage::malformedPage()
{
    QFETCH(QByteArray, body);
    const auto page = parseFisPage(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("concur.malformed"));
}

QTEST_GUILESS_MAIN(TestFisPage)
#include "tst_fispage.moc"
