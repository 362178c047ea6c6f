#include "core/decimal.h"

#include <QJsonValue>
#include <QTest>

using mlc::Decimal;

class TestDecimal : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void roundHalfAwayFromZero_data();
    void roundHalfAwayFromZero();
    void arithmeticIsExact();
    void jsonNumberAndString();
    void largeAmounts();
    void rangeKeepsSumsExact();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("integer") << "200" << "200";
    QTest::newRow("eight decimals") << "50.00000000" << "50";
    QTest::newRow("zero exponent") << "0E-8" << "0";
    QTest::newRow("negative") << "-50" << "-50";
    QTest::newRow("plus sign") << "+3.5" << "3.5";
    QTest::newRow("exponent") << "1.25e2" << "125";
    QTest::newRow("small exponent") << "12345678E-8" << "0.12345678";
    QTest::newRow("leading point") << ".5" << "0.5";
    QTest::newRow("whitespace") << " 7.10 " << "7.1";
    QTest::newRow("many integer digits") << "123456789012345.12345678" << "123456789012345.12345678";
    QTest::newRow("largest value") << "100000000000000000000" << "100000000000000000000";
    QTest::newRow("20 integer digits") << "-99999999999999999999.99999999" << "-99999999999999999999.99999999";
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto d = Decimal::fromString(text);
    QVERIFY2(d.has_value(), qPrintable(text));
    QCOMPARE(d->toString(), canonical);
}

void TestDecimal::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "abc";
    QTest::newRow("nine decimals") << "0.123456789";
    QTest::newRow("thousands separator") << "1,000.00";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("bare sign") << "-";
    QTest::newRow("overflow") << "1e40";
    QTest::newRow("beyond the range") << "100000000000000000000.00000001";
    QTest::newRow("21 integer digits") << "123456789012345678901";
    QTest::newRow("28 integer digits") << "9999999999999999999999999999.99999999";
    QTest::newRow("exponent beyond the range") << "-1.5e20";
    QTest::newRow("trailing garbage") << "12 EUR";
}

void TestDecimal::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::fromString(text).has_value());
}

void TestDecimal::roundHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half up") << "2.345" << 2 << "2.35";
    QTest::newRow("half negative away from zero") << "-2.345" << 2 << "-2.35";
    QTest::newRow("below half") << "2.34499999" << 2 << "2.34";
    QTest::newRow("above half negative") << "-2.34500001" << 2 << "-2.35";
    QTest::newRow("exact") << "10.10" << 2 << "10.10";
    QTest::newRow("to zero decimals") << "0.5" << 0 << "1";
    QTest::newRow("to zero decimals negative") << "-0.5" << 0 << "-1";
    QTest::newRow("tiny rounds to zero") << "0.00000001" << 2 << "0.00";
    QTest::newRow("tiny negative rounds to zero, no sign") << "-0.004" << 2 << "0.00";
    QTest::newRow("carry") << "9.995" << 2 << "10.00";
    QTest::newRow("three decimals") << "1.00050000" << 3 << "1.001";
}

void TestDecimal::roundHalfAwayFromZero()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::fromString(value)->toFixed(decimals), expected);
}

void TestDecimal::arithmeticIsExact()
{
    // 0.1 + 0.2 is the classic double failure.
    const Decimal a = *Decimal::fromString(QStringLiteral("0.1"));
    const Decimal b = *Decimal::fromString(QStringLiteral("0.2"));
    QCOMPARE((a + b).toString(), QStringLiteral("0.3"));
    QVERIFY(a + b == *Decimal::fromString(QStringLiteral("0.3")));
    Decimal sum;
    for (int i = 0; i < 1000; ++i)
        sum += *Decimal::fromString(QStringLiteral("0.01"));
    QCOMPARE(sum.toString(), QStringLiteral("10"));
    QCOMPARE((-a).abs(), a);
    QCOMPARE((a - b).sign(), -1);
    QCOMPARE((a * 3).toString(), QStringLiteral("0.3"));
}

void TestDecimal::jsonNumberAndString()
{
    QCOMPARE(Decimal::fromJson(QJsonValue(50.1))->toString(), QStringLiteral("50.1"));
    QCOMPARE(Decimal::fromJson(QJsonValue(QStringLiteral("50.12345678")))->toString(), QStringLiteral("50.12345678"));
    QCOMPARE(Decimal::fromJson(QJsonValue(1234567.12345678))->toString(), QStringLiteral("1234567.12345678"));
    QVERIFY(!Decimal::fromJson(QJsonValue()).has_value());
    QVERIFY(!Decimal::fromJson(QJsonValue(true)).has_value());
    QCOMPARE(Decimal::fromString(QStringLiteral("123.455"))->toJson(2).toDouble(), 123.46);
}

void TestDecimal::largeAmounts()
{
    // Concur allows 23 digits with 8 decimals.
    const auto big = Decimal::fromString(QStringLiteral("999999999999999.99999999"));
    QVERIFY(big.has_value());
    QCOMPARE((*big + *big).toString(), QStringLiteral("1999999999999999.99999998"));
    QCOMPARE(big->toFixed(2), QStringLiteral("1000000000000000.00"));
}

void TestDecimal::rangeKeepsSumsExact()
{
    // Found by fuzz_documents (issue #7): 200 journal lines of 28-digit amounts overflowed the
    // 128-bit sum in the journal builder (undefined behaviour; wrapped to a negative total). Parsed
    // values are capped at 10^20, so no document can hold enough of them to overflow a sum (that
    // would take 1.7e10 amounts), and a rounded value is still one fromString() reads back.
    const auto top = Decimal::fromString(QStringLiteral("99999999999999999999.99999999"));
    QVERIFY(top.has_value());
    Decimal sum;
    for (int i = 0; i < 100000; ++i)
        sum += *top;
    QCOMPARE(sum.toString(), QStringLiteral("9999999999999999999999999.999"));
    QVERIFY(sum > *top);
    const Decimal rounded = top->rounded(2);
    QCOMPARE(rounded.toFixed(2), QStringLiteral("100000000000000000000.00"));
    QCOMPARE(Decimal::fromString(rounded.toFixed(2)), std::optional<Decimal>(rounded));
    QCOMPARE(Decimal::fromString((-*top).toFixed(0)), std::optional<Decimal>(-top->rounded(0)));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
