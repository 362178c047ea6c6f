// The compact JSON the engine hashes, stores and posts must say exactly what toJson() says, with
// amounts as exact decimal text.
#include "accounting/journalentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc;
using namespace mlc::accounting;

class TestJournalEntryJson : public QObject {
    Q_OBJECT
private slots:
    void compactMatchesObject_data();
    void compactMatchesObject();
    void amountsAreExactText();
};

static Decimal dec(const char *s) { return *Decimal::fromString(QString::fromLatin1(s)); }

void TestJournalEntryJson::compactMatchesObject_data()
{
    QTest::addColumn<QString>("memo");
    QTest::addColumn<QString>("currency");
    QTest::newRow("plain") << QStringLiteral("W4JPAB Trip to Minneapolis") << QString();
    QTest::newRow("quotes and backslash") << QStringLiteral("O'Brien \"Söhne\" \\ GmbH") << QString();
    QTest::newRow("control characters") << QStringLiteral("line1\nline2\ttab\x01") << QString();
    QTest::newRow("foreign currency") << QStringLiteral("Zürich – Café") << QStringLiteral("USD");
}

void TestJournalEntryJson::compactMatchesObject()
{
    QFETCH(QString, memo);
    QFETCH(QString, currency);
    JournalEntry e;
    e.referenceDate = QDate(2026, 3, 2);
    e.dueDate = QDate(2026, 4, 1);
    e.memo = memo;
    e.reference = QStringLiteral("D0719B539ED64FE612AB");
    e.reference2 = QStringLiteral("12345AB");
    e.reference3 = QStringLiteral("E345R1");
    JournalLine debit;
    debit.accountCode = QStringLiteral("6100");
    debit.lineMemo = memo;
    debit.costingCodes[0] = QStringLiteral("CC100");
    debit.costingCodes[2] = QStringLiteral("IE");
    JournalLine credit;
    credit.shortName = QStringLiteral("E12345AB");
    if (currency.isEmpty()) {
        debit.debit = dec("1234567.89");
        credit.credit = dec("1234567.89");
    } else {
        debit.fcCurrency = credit.fcCurrency = currency;
        debit.fcDebit = dec("0.10");
        credit.fcCredit = dec("0.10");
    }
    e.lines = {debit, credit};
    QJsonParseError err;
    const QJsonDocument parsed = QJsonDocument::fromJson(e.toCompactJson(2), &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), e.toJson(2));
}

void TestJournalEntryJson::amountsAreExactText()
{
    JournalEntry e;
    e.reference3 = QStringLiteral("I35R1");
    JournalLine a;
    a.accountCode = QStringLiteral("6100");
    a.debit = dec("0.125"); // rounds half away from zero to 0.13
    JournalLine b;
    b.shortName = QStringLiteral("V1");
    b.credit = dec("0.125");
    e.lines = {a, b};
    const QByteArray json = e.toCompactJson(2);
    QVERIFY2(json.contains("\"Debit\":0.13"), json.constData());
    QVERIFY2(json.contains("\"Credit\":0.13"), json.constData());
    QVERIFY2(json.contains("\"Credit\":0.00"), json.constData());
    QVERIFY(!json.contains("AccountCode\":\"\"")); // the BP line carries no AccountCode
}

QTEST_GUILESS_MAIN(TestJournalEntryJson)
#include "tst_journalentryjson.moc"
