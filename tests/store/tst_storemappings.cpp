// Mappings in the store and their CSV exchange with finance staff (RFC 4180, Excel-proof).
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlc;
using namespace mlc::store;

namespace {
Mapping m(const QString &kind, const QString &source, const QString &target, const QString &origin = QStringLiteral("explicit"))
{
    Mapping x;
    x.kind = kind;
    x.sourceKey = source;
    x.target = target;
    x.origin = origin;
    return x;
}
} // namespace

class TestStoreMappings : public QObject {
    Q_OBJECT

private slots:
    void putGetRemove()
    {
        QTemporaryDir dir;
        auto s = Store::open(dir.filePath(QStringLiteral("m.db")));
        QVERIFY(s.ok());
        Store &store = **s;
        Mapping v = m(QStringLiteral("vendor"), QStringLiteral("employee:12345AB"), QStringLiteral("V-OBRIEN"),
                      QStringLiteral("auto:name"));
        v.updatedBy = QStringLiteral("service");
        QVERIFY(store.putMapping(v).ok());
        QVERIFY(store.putMapping(m(QStringLiteral("account"), QStringLiteral("6100"), QStringLiteral("61000000"))).ok());
        QVERIFY(store.putMapping(m(QStringLiteral("account"), QStringLiteral("6200"), QStringLiteral("62000000"))).ok());

        auto got = store.mapping(QStringLiteral("vendor"), QStringLiteral("employee:12345AB"));
        QVERIFY(got.ok() && got->has_value());
        QCOMPARE((*got)->target, QStringLiteral("V-OBRIEN"));
        QCOMPARE((*got)->origin, QStringLiteral("auto:name"));
        QCOMPARE((*got)->updatedBy, QStringLiteral("service"));
        QVERIFY((*got)->updatedAt.isValid());

        // An explicit decision replaces the automatic one.
        Mapping fix = m(QStringLiteral("vendor"), QStringLiteral("employee:12345AB"), QStringLiteral("V-100"));
        fix.updatedBy = QStringLiteral("pipe:anna");
        QVERIFY(store.putMapping(fix).ok());
        got = store.mapping(QStringLiteral("vendor"), QStringLiteral("employee:12345AB"));
        QCOMPARE((*got)->target, QStringLiteral("V-100"));
        QCOMPARE((*got)->origin, QStringLiteral("explicit"));
        QCOMPARE((*got)->updatedBy, QStringLiteral("pipe:anna"));

        QCOMPARE(store.mappings()->size(), 3);
        QCOMPARE(store.mappings(QStringLiteral("account"))->size(), 2);
        QVERIFY(store.removeMapping(QStringLiteral("account"), QStringLiteral("6100")).ok());
        QVERIFY(!store.mapping(QStringLiteral("account"), QStringLiteral("6100"))->has_value());
        QCOMPARE(store.mappings(QStringLiteral("account"))->size(), 1);

        auto bad = store.putMapping(m(QStringLiteral("account"), QStringLiteral("7000"), QString()));
        QVERIFY(!bad.ok());
    }

    void csvRoundTrip_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::newRow("plain") << QStringLiteral("6100") << QStringLiteral("61000000");
        QTest::newRow("apostrophe") << QStringLiteral("employee:O'Brien") << QStringLiteral("V-OBRIEN");
        QTest::newRow("quoted, comma") << QStringLiteral("\"quoted, comma\"") << QStringLiteral("a,b");
        QTest::newRow("accents") << QStringLiteral("Müller Groß — Zoë") << QStringLiteral("V-MÜLLER");
        QTest::newRow("newline") << QStringLiteral("line one\nline two") << QStringLiteral("x\r\ny");
        QTest::newRow("spaces") << QStringLiteral(" padded ") << QStringLiteral("t");
        QTest::newRow("lone quote") << QStringLiteral("5\" pipe") << QStringLiteral("\"");
        // Cells a spreadsheet would run as a formula are exported with a leading ' (below) and
        // come back as they were (issue #7 item 11), also when the data itself starts with '.
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x.example\",\"click\")") << QStringLiteral("=1+1");
        QTest::newRow("formula + -") << QStringLiteral("+41 44 000") << QStringLiteral("-12.50");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("V@1");
        QTest::newRow("tab, CR") << QStringLiteral("\tcmd") << QStringLiteral("\rcmd");
        QTest::newRow("data with ' before =") << QStringLiteral("'=not a formula") << QStringLiteral("''-x");
        QTest::newRow("' alone") << QStringLiteral("'quoted'") << QStringLiteral("'");
        QTest::newRow("fullwidth ＝") << QStringLiteral("＝1+1") << QStringLiteral("＋1");
    }
    void csvRoundTrip()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        const QList<Mapping> in = {m(QStringLiteral("vendor"), source, target),
                                   m(QStringLiteral("costcenter"), QStringLiteral("1:21-KING"), QStringLiteral("KING"),
                                     QStringLiteral("auto:code"))};
        const QString csv = Store::mappingsToCsv(in);
        QVERIFY(csv.startsWith(QLatin1String("kind,source,target,origin\r\n")));
        auto out = Store::mappingsFromCsv(csv.toUtf8());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        QCOMPARE(out->size(), 2);
        QCOMPARE(out->at(0).kind, QStringLiteral("vendor"));
        QCOMPARE(out->at(0).sourceKey, source);
        QCOMPARE(out->at(0).target, target);
        QCOMPARE(out->at(0).origin, QStringLiteral("explicit"));
        QCOMPARE(out->at(1).sourceKey, QStringLiteral("1:21-KING"));
        QCOMPARE(out->at(1).origin, QStringLiteral("auto:code"));
    }

    // OWASP's CSV injection advice: a cell starting with =, +, -, @, tab or CR is prefixed with '
    // so that Excel or LibreOffice shows it as text instead of running it. Negative amounts too
    // ("-12.50" becomes "'-12.50"): the safe choice; mappings hold codes, not amounts.
    void csvCellsNeutralised_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("line"); // the exported record
        QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("T") << QStringLiteral("vendor,'=1+1,T,explicit\r\n");
        QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("T") << QStringLiteral("vendor,'+1,T,explicit\r\n");
        QTest::newRow("-") << QStringLiteral("S") << QStringLiteral("-12.50") << QStringLiteral("vendor,S,'-12.50,explicit\r\n");
        QTest::newRow("@") << QStringLiteral("@x") << QStringLiteral("T") << QStringLiteral("vendor,'@x,T,explicit\r\n");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("T") << QStringLiteral("vendor,'\tx,T,explicit\r\n");
        QTest::newRow("CR") << QStringLiteral("\rx") << QStringLiteral("T") << QStringLiteral("vendor,\"'\rx\",T,explicit\r\n");
        QTest::newRow("quoted formula") << QStringLiteral("=A1,B1") << QStringLiteral("T")
                                        << QStringLiteral("vendor,\"'=A1,B1\",T,explicit\r\n");
        QTest::newRow("' before =") << QStringLiteral("'=x") << QStringLiteral("T") << QStringLiteral("vendor,''=x,T,explicit\r\n");
        QTest::newRow("harmless") << QStringLiteral("a=b") << QStringLiteral("'T") << QStringLiteral("vendor,a=b,'T,explicit\r\n");
    }
    void csvCellsNeutralised()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, line);
        const QString csv = Store::mappingsToCsv({m(QStringLiteral("vendor"), source, target)});
        QCOMPARE(csv, QStringLiteral("kind,source,target,origin\r\n") + line);
        auto back = Store::mappingsFromCsv(csv.toUtf8());
        QVERIFY(back.ok());
        QCOMPARE(back->at(0).sourceKey, source);
        QCOMPARE(back->at(0).target, target);
    }

    void csvFromExcel()
    {
        // What Excel's "CSV UTF-8" writes: a BOM, CRLF, columns in the user's order, a blank last line.
        const QByteArray file = "\xEF\xBB\xBF"
                                "Target,Kind,Source\r\n"
                                "V-M\xC3\x9CLLER,Vendor,employee:M\xC3\xBCller\r\n"
                                "61000000,account,6100\r\n"
                                "\r\n";
        auto out = Store::mappingsFromCsv(file);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
        QCOMPARE(out->size(), 2);
        QCOMPARE(out->at(0).kind, QStringLiteral("vendor"));
        QCOMPARE(out->at(0).sourceKey, QStringLiteral("employee:Müller"));
        QCOMPARE(out->at(0).target, QStringLiteral("V-MÜLLER"));
        QCOMPARE(out->at(0).origin, QStringLiteral("explicit"));
        // LF-only line ends work too.
        auto lf = Store::mappingsFromCsv("kind,source,target\naccount,6100,61000000\n");
        QVERIFY(lf.ok());
        QCOMPARE(lf->size(), 1);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("no header") << QByteArray("vendor,a,b\r\n") << QStringLiteral("Line 1");
        QTest::newRow("unknown kind") << QByteArray("kind,source,target\r\naccount,1,2\r\nvendr,a,b\r\n")
                                      << QStringLiteral("Line 3: unknown kind");
        QTest::newRow("empty source") << QByteArray("kind,source,target\r\naccount,,2\r\n") << QStringLiteral("Line 2");
        QTest::newRow("empty target") << QByteArray("kind,source,target\r\naccount,6100\r\n") << QStringLiteral("Line 2");
        QTest::newRow("duplicate") << QByteArray("kind,source,target\r\naccount,6100,1\r\n\"multi\nline\",x,y\r\n")
                                   << QStringLiteral("Line 3");
        QTest::newRow("duplicate key") << QByteArray("kind,source,target\naccount,6100,1\naccount,6100,2\n")
                                       << QStringLiteral("Line 3: account \"6100\" is already mapped on line 2");
        QTest::newRow("unclosed quote") << QByteArray("kind,source,target\r\nvendor,\"abc,x\r\n") << QStringLiteral("Line 2");
        QTest::newRow("text after quote") << QByteArray("kind,source,target\r\nvendor,\"abc\"x,y\r\n")
                                          << QStringLiteral("Line 2");
        QTest::newRow("windows-1252") << QByteArray("kind,source,target\r\nvendor,M\xFCller,V\r\n")
                                      << QStringLiteral("UTF-8");
    }
    void csvErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        auto out = Store::mappingsFromCsv(csv);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, QStringLiteral("input.malformed"));
        QVERIFY2(out.error().message.contains(expected), qPrintable(out.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStoreMappings)
#include "tst_storemappings.moc"
