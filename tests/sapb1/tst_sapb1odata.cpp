// OData literal quoting and query percent-encoding: a supplier called "O'Brien & Söhne GmbH" must
// reach the Service Layer as one intact literal, not a broken query split at '&'.
#include "sapb1/b1json.h"
#include "sapb1/odata.h"

#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace mlc::sapb1;

class TestOData : public QObject {
    Q_OBJECT
private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("E345R1") << QStringLiteral("'E345R1'");
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien & Söhne GmbH") << QStringLiteral("'O''Brien & Söhne GmbH'");
        QTest::newRow("two apostrophes") << QStringLiteral("''") << QStringLiteral("''''''");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("trailing") << QStringLiteral("d'") << QStringLiteral("'d'''");
    }
    void quote()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(odataQuote(in), out);
    }

    void queryString_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("select");
        QTest::addColumn<int>("skip");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("supplier filter") << QStringLiteral("CardType eq 'cSupplier'") << QStringLiteral("CardCode,CardName") << 0
                                         << QByteArray("$filter=CardType%20eq%20'cSupplier'&$select=CardCode,CardName");
        QTest::newRow("ampersand and umlaut")
            << (QStringLiteral("CardName eq ") + odataQuote(QStringLiteral("O'Brien & Söhne GmbH"))) << QString() << 0
            << QByteArray("$filter=CardName%20eq%20'O''Brien%20%26%20S%C3%B6hne%20GmbH'");
        QTest::newRow("plus hash equals percent") << QStringLiteral("Reference3 eq 'a+b#c=d%e'") << QString() << 40
                                                  << QByteArray("$filter=Reference3%20eq%20'a%2Bb%23c%3Dd%25e'&$skip=40");
        QTest::newRow("skip only") << QString() << QString() << 20 << QByteArray("$skip=20");
        QTest::newRow("nothing") << QString() << QString() << 0 << QByteArray();
    }
    void queryString()
    {
        QFETCH(QString, filter);
        QFETCH(QString, select);
        QFETCH(int, skip);
        QFETCH(QByteArray, encoded);
        ODataQuery q;
        q.filter = filter;
        q.select = select;
        q.skip = skip;
        QCOMPARE(q.toQueryString(), encoded);

        // What a server decodes from the URL we send must be exactly our filter.
        QUrl url(QStringLiteral("http://127.0.0.1:1/b1s/v1/BusinessPartners"));
        url.setQuery(QString::fromLatin1(q.toQueryString()), QUrl::StrictMode);
        const QUrl received = QUrl::fromEncoded(url.toEncoded());
        const QUrlQuery parsed(received.query(QUrl::FullyEncoded));
        QCOMPARE(parsed.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded), filter);
        QCOMPARE(parsed.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded), select);
    }

    void orderAndTop()
    {
        ODataQuery q;
        q.filter = QStringLiteral("Reference3 eq 'K'");
        q.select = QStringLiteral("JdtNum,Number");
        q.orderby = QStringLiteral("JdtNum desc");
        q.top = 5;
        q.skip = 10;
        QCOMPARE(q.toQueryString(), QByteArray("$filter=Reference3%20eq%20'K'&$select=JdtNum,Number&$orderby=JdtNum%20desc&$top=5&$skip=10"));
    }

    void nextLink_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("skip");
        QTest::newRow("v1 absolute path") << QStringLiteral("/b1s/v1/Orders?$skip=20") << 20;
        QTest::newRow("relative") << QStringLiteral("Orders?$skip=20") << 20;
        QTest::newRow("keeps select") << QStringLiteral("Orders?$select=DocEntry,CardCode&$skip=2") << 2;
        QTest::newRow("encoded dollar") << QStringLiteral("BusinessPartners?%24skip=1000") << 1000;
        QTest::newRow("function") << QStringLiteral("SQLQueries('sql01')/List?docTotal=10.1&$skip=5") << 5;
        QTest::newRow("no skip") << QStringLiteral("Orders?$top=3") << -1;
        QTest::newRow("no query") << QStringLiteral("Orders") << -1;
        QTest::newRow("garbage") << QStringLiteral("Orders?$skip=abc") << -1;
    }
    void nextLink()
    {
        QFETCH(QString, link);
        QFETCH(int, skip);
        QCOMPARE(skipFromNextLink(link), skip);
    }

    void nextLinkAnnotations()
    {
        QJsonObject v1{{QStringLiteral("odata.nextLink"), QStringLiteral("A?$skip=20")}};
        QJsonObject v2{{QStringLiteral("@odata.nextLink"), QStringLiteral("A?$skip=40")}};
        QCOMPARE(nextLinkOf(v1), QStringLiteral("A?$skip=20"));
        QCOMPARE(nextLinkOf(v2), QStringLiteral("A?$skip=40"));
        QVERIFY(nextLinkOf(QJsonObject()).isEmpty());
    }

    void b1Values_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("asBool");    // fallback false
        QTest::addColumn<qint64>("asInt");   // fallback -7
        QTest::addColumn<QString>("asString");
        QTest::newRow("tYES") << QJsonValue(QStringLiteral("tYES")) << true << qint64(-7) << QStringLiteral("tYES");
        QTest::newRow("tNO") << QJsonValue(QStringLiteral("tNO")) << false << qint64(-7) << QStringLiteral("tNO");
        QTest::newRow("Y") << QJsonValue(QStringLiteral("Y")) << true << qint64(-7) << QStringLiteral("Y");
        QTest::newRow("string number") << QJsonValue(QStringLiteral("30")) << false << qint64(30) << QStringLiteral("30");
        QTest::newRow("number") << QJsonValue(30) << true << qint64(30) << QStringLiteral("30");
        QTest::newRow("string one") << QJsonValue(QStringLiteral("1")) << true << qint64(1) << QStringLiteral("1");
        QTest::newRow("bool") << QJsonValue(true) << true << qint64(-7) << QStringLiteral("true");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << qint64(-7) << QString();
        QTest::newRow("big id") << QJsonValue(qint64(1000000027)) << true << qint64(1000000027)
                                << QStringLiteral("1000000027");
    }
    void b1Values()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, asBool);
        QFETCH(qint64, asInt);
        QFETCH(QString, asString);
        QCOMPARE(b1Bool(value, false), asBool);
        QCOMPARE(b1Int(value, -7), asInt);
        QCOMPARE(b1String(value), asString);
    }
    void b1BoolFallback()
    {
        QCOMPARE(b1Bool(QJsonValue(QStringLiteral("maybe")), true), true);
        QCOMPARE(b1Bool(QJsonValue(QJsonValue::Null), true), true);
    }
};

QTEST_GUILESS_MAIN(TestOData)
#include "tst_sapb1odata.moc"
