// Vendor-name normalisation and similarity (design.md §2: case, accents, punctuation and legal
// forms ignored).
#include "accounting/namenormaliser.h"

#include <QTest>

using namespace mlc::accounting;

class TestNameNormaliser : public QObject {
    Q_OBJECT
private slots:
    void normalise_data();
    void normalise();
    void taxId_data();
    void taxId();
    void similarityRanksCloseNamesFirst();
};

void TestNameNormaliser::normalise_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("umlaut and GmbH") << QStringLiteral("Müller GmbH") << QStringLiteral("muller");
    QTest::newRow("upper case") << QStringLiteral("MULLER") << QStringLiteral("muller");
    QTest::newRow("dotted legal form") << QStringLiteral("Muller G.m.b.H.") << QStringLiteral("muller");
    QTest::newRow("Mueller stays different") << QStringLiteral("Mueller GmbH") << QStringLiteral("mueller");
    QTest::newRow("comma and Inc.") << QStringLiteral("ACME, Inc.") << QStringLiteral("acme");
    QTest::newRow("Corp.") << QStringLiteral("Acme Corp.") << QStringLiteral("acme");
    QTest::newRow("S.A.") << QStringLiteral("Initech S.A.") << QStringLiteral("initech");
    QTest::newRow("LLC and Ltd") << QStringLiteral("Foo Bar LLC Ltd") << QStringLiteral("foo bar");
    QTest::newRow("accents and SARL") << QStringLiteral("Société Générale SARL") << QStringLiteral("societe generale");
    QTest::newRow("GmbH & Co. KG") << QStringLiteral("Schmidt GmbH & Co. KG") << QStringLiteral("schmidt");
    QTest::newRow("ampersand vs and") << QStringLiteral("Johnson & Johnson") << QStringLiteral("johnson johnson");
    QTest::newRow("and spelled out") << QStringLiteral("Johnson and Johnson") << QStringLiteral("johnson johnson");
    QTest::newRow("apostrophe") << QStringLiteral("O'Neil’s Ltd") << QStringLiteral("oneils");
    QTest::newRow("sharp s") << QStringLiteral("Straße AG") << QStringLiteral("strasse");
    QTest::newRow("Nordic letters") << QStringLiteral("Ærø Øl ApS") << QStringLiteral("aero ol");
    QTest::newRow("B.V.") << QStringLiteral("Van Dijk B.V.") << QStringLiteral("van dijk");
    QTest::newRow("whitespace and punctuation") << QStringLiteral("  Foo-Bar   (Europe) ") << QStringLiteral("foo bar europe");
    QTest::newRow("only a legal form keeps it") << QStringLiteral("A.G.") << QStringLiteral("ag");
    QTest::newRow("empty") << QString() << QString();
}

void TestNameNormaliser::normalise()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(normaliseName(name), expected);
}

void TestNameNormaliser::taxId_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces") << QStringLiteral("DE 123 456 789") << QStringLiteral("DE123456789");
    QTest::newRow("dots and dashes") << QStringLiteral("de-123.456/789") << QStringLiteral("DE123456789");
    QTest::newRow("empty") << QString() << QString();
}

void TestNameNormaliser::taxId()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(normaliseTaxId(raw), expected);
}

void TestNameNormaliser::similarityRanksCloseNamesFirst()
{
    const double close = nameSimilarity(QStringLiteral("Mueller Handels GmbH"), QStringLiteral("Müller GmbH"));
    const double far = nameSimilarity(QStringLiteral("Mueller Handels GmbH"), QStringLiteral("Acme Corp."));
    QVERIFY2(close > far, qPrintable(QStringLiteral("%1 vs %2").arg(close).arg(far)));
    QCOMPARE(nameSimilarity(QStringLiteral("Acme Inc"), QStringLiteral("ACME corp")), 1.0);
    QCOMPARE(nameSimilarity(QStringLiteral("abc"), QString()), 0.0);
}

QTEST_GUILESS_MAIN(TestNameNormaliser)
#include "tst_namenormaliser.moc"
