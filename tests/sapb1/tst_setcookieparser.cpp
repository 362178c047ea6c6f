// Set-Cookie parsing for the Service Layer session: the real B1SESSION header has no Path and a
// trailing ';', and Qt hands repeated Set-Cookie headers over joined with '\n'.
#include "sapb1/setcookieparser.h"

#include <QTest>

using namespace mlc::sapb1;

class TestSetCookieParser : public QObject {
    Q_OBJECT
private slots:
    void parseOne_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("httpOnly");
        QTest::newRow("b1session no path trailing ;")
            << QByteArray("B1SESSION=PTRzIjYK-weN6-1Lx1-ZG0J-3ARxfjcU0Shy;HttpOnly;") << true << QByteArray("B1SESSION")
            << QByteArray("PTRzIjYK-weN6-1Lx1-ZG0J-3ARxfjcU0Shy") << QByteArray() << true;
        QTest::newRow("routeid with path") << QByteArray("ROUTEID=.node1; path=/b1s") << true << QByteArray("ROUTEID")
                                           << QByteArray(".node1") << QByteArray("/b1s") << false;
        QTest::newRow("companydb") << QByteArray("CompanyDB=SBODEMO;HttpOnly;") << true << QByteArray("CompanyDB")
                                   << QByteArray("SBODEMO") << QByteArray() << true;
        QTest::newRow("spaces and case") << QByteArray("  B1SESSION = abc ; HTTPONLY ; Secure; Path=/ ") << true
                                         << QByteArray("B1SESSION") << QByteArray("abc") << QByteArray("/") << true;
        QTest::newRow("quoted value") << QByteArray("ROUTEID=\".node2\"") << true << QByteArray("ROUTEID")
                                      << QByteArray(".node2") << QByteArray() << false;
        QTest::newRow("suffix session id")
            << QByteArray("B1SESSION=cea10664-0546-11f1-c000-00155d01f301-82836-82528;HttpOnly;") << true
            << QByteArray("B1SESSION") << QByteArray("cea10664-0546-11f1-c000-00155d01f301-82836-82528") << QByteArray()
            << true;
        QTest::newRow("no pair") << QByteArray("HttpOnly;") << false << QByteArray() << QByteArray() << QByteArray()
                                 << false;
        QTest::newRow("empty") << QByteArray() << false << QByteArray() << QByteArray() << QByteArray() << false;
    }
    void parseOne()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, valid);
        const auto c = SetCookieParser::parse(header);
        QCOMPARE(c.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, path);
        QFETCH(bool, httpOnly);
        QCOMPARE(c->name, name);
        QCOMPARE(c->value, value);
        QCOMPARE(c->path, path);
        QCOMPARE(c->httpOnly, httpOnly);
    }

    void joinedValuesAreSplit()
    {
        // What QNetworkReply::rawHeader("Set-Cookie") gives for two Set-Cookie headers.
        const QByteArray joined = "B1SESSION=abc-123;HttpOnly;\nROUTEID=.node1; path=/b1s";
        const QList<SetCookie> all = SetCookieParser::parseAll({joined});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QByteArray("B1SESSION"));
        QCOMPARE(all.at(0).value, QByteArray("abc-123"));
        QCOMPARE(all.at(1).name, QByteArray("ROUTEID"));
        QCOMPARE(all.at(1).value, QByteArray(".node1"));
    }

    void jarBuildsCookieHeaderSessionFirst()
    {
        SessionCookieJar jar;
        QVERIFY(!jar.hasSession());
        QVERIFY(jar.cookieHeader().isEmpty());
        jar.update({"ROUTEID=.node1; path=/b1s\nB1SESSION=s1;HttpOnly;"});
        QVERIFY(jar.hasSession());
        QCOMPARE(jar.cookieHeader(), QByteArray("B1SESSION=s1; ROUTEID=.node1"));
    }

    void jarReplacesAndRemoves()
    {
        SessionCookieJar jar;
        jar.update({"B1SESSION=s1;HttpOnly;", "ROUTEID=.node1; path=/b1s"});
        jar.update({"ROUTEID=.node3; path=/b1s"}); // the balancer moved us
        QCOMPARE(jar.cookieHeader(), QByteArray("B1SESSION=s1; ROUTEID=.node3"));
        jar.update({"B1SESSION=s2;HttpOnly;"});
        QCOMPARE(jar.cookieHeader(), QByteArray("B1SESSION=s2; ROUTEID=.node3"));
        jar.update({"B1SESSION=;HttpOnly;"});
        QVERIFY(!jar.hasSession());
        QCOMPARE(jar.cookieHeader(), QByteArray("ROUTEID=.node3"));
        jar.clear();
        QVERIFY(jar.cookieHeader().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSetCookieParser)
#include "tst_setcookieparser.moc"
