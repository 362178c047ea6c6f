// Currencies (design.md §2 "Amounts" / "Currency", issue #7 item 4): amounts are rounded to the
// posting currency's decimals (ISO 4217 minor units unless B1 sets its own, never more than B1's
// amount decimals), the reconcile tolerance is one minor unit per line, and Concur's ISO code is
// translated to B1's own currency code.
#include "accountingfixture.h"

#include "accounting/currencyunits.h"

#include <QTest>

using namespace fixture;
using mlc::Decimal;

Q_DECLARE_METATYPE(QJsonObject)
Q_DECLARE_METATYPE(QList<mlc::accounting::Currency>)

namespace {

const QDate kSyncDate(2024, 5, 17);

QJsonArray one(const QJsonObject &o) { return QJsonArray{o}; }

// An out-of-pocket report in `currency` with one line per amount (no VAT: the lines are exactly
// the amounts) and Concur's amount due `due` (undefined: none sent).
QJsonObject report(const char *currency, std::initializer_list<const char *> amounts, const QJsonValue &due)
{
    QJsonArray entries;
    for (const char *a : amounts)
        entries.append(entry(one(alloc(one(jline("6100", "COMP", "EMPL", str(a)))))));
    return expenseDoc(entries, due, QJsonObject{{QStringLiteral("employeeCurrencyAlphaCode"), QString::fromUtf8(currency)}});
}

Decimal dec(const char *s) { return *Decimal::fromString(QString::fromUtf8(s)); }

MasterData company(int amountDecimals, const QList<Currency> &currencies, const QString &local = QStringLiteral("EUR"))
{
    MasterData md = masterData();
    md.amountDecimals = amountDecimals;
    md.localCurrency = local;
    md.currencies = currencies;
    md.buildIndex();
    return md;
}

BuildResult build(const MasterData &md, const QJsonObject &doc, const QStringList &mappings = {})
{
    HashLookup l;
    for (const QString &m : mappings) {
        const int eq = m.indexOf(QLatin1Char('='));
        l.map.insert(m.left(eq), m.mid(eq + 1));
    }
    const PostingSettings s = PostingSettings::fromKeyValues(settingsKv());
    const JournalBuilder builder(md, l, s);
    return builder.build(QStringLiteral("expense"), doc, kSyncDate);
}

} // namespace

class TestCurrency : public QObject {
    Q_OBJECT
private slots:
    void minorUnits_data();
    void minorUnits();
    void amountsUseTheCurrencyDecimals_data();
    void amountsUseTheCurrencyDecimals();
    void toleranceIsOneMinorUnitPerLine();
    void b1CodeFromIsoCode_data();
    void b1CodeFromIsoCode();
    void translationIsRecordedOnce();
};

void TestCurrency::minorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("units");
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("krw lower case") << QStringLiteral("krw") << 0;
    QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
    QTest::newRow("BHD") << QStringLiteral("BHD") << 3;
    QTest::newRow("OMR") << QStringLiteral("OMR") << 3;
    QTest::newRow("JOD") << QStringLiteral("JOD") << 3;
    QTest::newRow("TND") << QStringLiteral("TND") << 3;
    QTest::newRow("CLF") << QStringLiteral("CLF") << 4;
    QTest::newRow("a symbol is no ISO code") << QStringLiteral("$") << -1;
    QTest::newRow("B1 code US$") << QStringLiteral("US$") << -1;
}

void TestCurrency::minorUnits()
{
    QFETCH(QString, code);
    QFETCH(int, units);
    QCOMPARE(iso4217MinorUnits(code), units);
}

void TestCurrency::amountsUseTheCurrencyDecimals_data()
{
    QTest::addColumn<int>("companyDecimals");
    QTest::addColumn<QStringList>("currencies"); // "CODE" or "CODE:decimals" (B1's own setting)
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("expected");     // the rounded line amount
    QTest::addColumn<QString>("payloadAmount"); // how it goes out in the POST body
    QTest::addColumn<bool>("foreign");

    QTest::newRow("JPY has no decimals") << 2 << sl({"EUR", "USD", "JPY"}) << QStringLiteral("JPY")
                                         << QStringLiteral("1234.5") << QStringLiteral("1235") << QStringLiteral("1235")
                                         << true;
    QTest::newRow("USD has cents even when the company keeps 3 decimals")
        << 3 << sl({"EUR", "USD"}) << QStringLiteral("USD") << QStringLiteral("10.1251") << QStringLiteral("10.13")
        << QStringLiteral("10.13") << true;
    QTest::newRow("KWD has fils in a company with 3 decimals")
        << 3 << sl({"EUR", "KWD"}) << QStringLiteral("KWD") << QStringLiteral("10.1235") << QStringLiteral("10.124")
        << QStringLiteral("10.124") << true;
    QTest::newRow("KWD: never more decimals than B1 keeps for amounts")
        << 2 << sl({"EUR", "KWD"}) << QStringLiteral("KWD") << QStringLiteral("10.1251") << QStringLiteral("10.13")
        << QStringLiteral("10.13") << true;
    QTest::newRow("B1's own decimals for a currency win over ISO's")
        << 2 << sl({"EUR", "USD:0"}) << QStringLiteral("USD") << QStringLiteral("10.5") << QStringLiteral("11")
        << QStringLiteral("11") << true;
    QTest::newRow("local currency keeps the company's decimals")
        << 3 << sl({"EUR", "USD"}) << QStringLiteral("EUR") << QStringLiteral("10.1235") << QStringLiteral("10.124")
        << QStringLiteral("10.124") << false;
}

void TestCurrency::amountsUseTheCurrencyDecimals()
{
    QFETCH(int, companyDecimals);
    QFETCH(QStringList, currencies);
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(QString, expected);
    QFETCH(QString, payloadAmount);
    QFETCH(bool, foreign);
    QList<Currency> list;
    for (const QString &c : currencies) {
        const QStringList parts = c.split(QLatin1Char(':'));
        list.append(Currency(parts.at(0), QString(), parts.size() > 1 ? parts.at(1).toInt() : -1));
    }
    const MasterData md = company(companyDecimals, list);
    const QByteArray amountText = amount.toUtf8();
    const BuildResult r = build(md, report(currency.toUtf8().constData(), {amountText.constData()}, QJsonValue(QJsonValue::Undefined)));
    QVERIFY2(r.entry, qPrintable(reasonKeys(r).join(QLatin1Char(' '))));
    QCOMPARE(r.entry->lines.size(), 2);
    const JournalLine &expense = r.entry->lines.at(0);
    const JournalLine &bp = r.entry->lines.at(1);
    const Decimal want = *Decimal::fromString(expected);
    QCOMPARE(expense.fcCurrency.isEmpty(), !foreign);
    QCOMPARE(expense.debitAmount(), want);
    QCOMPARE(bp.creditAmount(), want);
    QVERIFY(r.entry->isBalanced());

    // The POST body the engine sends (it passes the company's decimals) carries the currency's.
    const QByteArray payload = r.entry->toCompactJson(md.amountDecimals);
    const QByteArray debitField = foreign ? "\"FCDebit\":" : "\"Debit\":";
    QVERIFY2(payload.contains(QByteArray(debitField + payloadAmount.toUtf8() + ',')), payload.constData());
    // toJson() agrees.
    const QJsonObject line = r.entry->toJson(md.amountDecimals).value(QStringLiteral("JournalEntryLines")).toArray().at(0).toObject();
    QCOMPARE(*Decimal::fromJson(line.value(foreign ? QStringLiteral("FCDebit") : QStringLiteral("Debit"))), want);
}

void TestCurrency::toleranceIsOneMinorUnitPerLine()
{
    const MasterData md = company(2, {Currency(QStringLiteral("EUR")), Currency(QStringLiteral("JPY"))});
    // Three yen amounts with fractions (converted from another currency); Concur's amount due is
    // whole yen. Lines round to 100 + 100 + 100; the 1-yen difference is within 3 × 1 yen.
    const BuildResult ok = build(md, report("JPY", {"100.4", "100.4", "100.4"}, str("301")));
    QVERIFY2(ok.entry, qPrintable(reasonKeys(ok).join(QLatin1Char(' '))));
    QCOMPARE(ok.entry->lines.last().fcCredit, dec("300"));
    // 4 yen off over three lines is not rounding.
    const BuildResult off = build(md, report("JPY", {"100.4", "100.4", "100.4"}, str("304")));
    QVERIFY(!off.entry);
    QVERIFY(reasonKeys(off).contains(QStringLiteral("totals.mismatch|")));
    QVERIFY2(off.reasons.first().message.contains(QStringLiteral("tolerance 3")), qPrintable(off.reasons.first().message));
    // Cents stay cents: 0.04 EUR off over three lines is too much.
    const BuildResult eur = build(md, report("EUR", {"100.4", "100.4", "100.4"}, str("301.16")));
    QVERIFY(!eur.entry);
    QVERIFY(reasonKeys(eur).contains(QStringLiteral("totals.mismatch|")));
}

void TestCurrency::b1CodeFromIsoCode_data()
{
    QTest::addColumn<QList<Currency>>("currencies");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QStringList>("mappings");
    QTest::addColumn<QString>("concur");
    QTest::addColumn<QString>("fcCurrency"); // FCCurrency of the lines; "" = local (Debit/Credit)
    QTest::addColumn<QString>("amount");     // the line amount as posted
    QTest::addColumn<QStringList>("reasons");
    const QString eur = QStringLiteral("EUR");
    const QList<Currency> own{Currency(eur, eur), Currency(QStringLiteral("US$"), QStringLiteral("USD")),
                              Currency(QStringLiteral("YEN"), QStringLiteral("JPY")), Currency(QStringLiteral("GBP"))};

    QTest::newRow("B1 code with the ISO code USD") << own << eur << QStringList() << QStringLiteral("USD")
                                                   << QStringLiteral("US$") << QStringLiteral("12.35") << QStringList();
    QTest::newRow("B1 code with the ISO code JPY: yen decimals") << own << eur << QStringList() << QStringLiteral("JPY")
                                                                 << QStringLiteral("YEN") << QStringLiteral("12")
                                                                 << QStringList();
    QTest::newRow("B1 code equal to the ISO code, no ISO code kept") << own << eur << QStringList() << QStringLiteral("GBP")
                                                                     << QStringLiteral("GBP") << QStringLiteral("12.35")
                                                                     << QStringList();
    QTest::newRow("local currency by its ISO code")
        << QList<Currency>{Currency(QStringLiteral("EU"), eur), Currency(QStringLiteral("US$"), QStringLiteral("USD"))}
        << QStringLiteral("EU") << QStringList() << eur << QString() << QStringLiteral("12.35") << QStringList();
    QTest::newRow("explicit currency mapping") << QList<Currency>{Currency(eur), Currency(QStringLiteral("US$"))}
                                               << eur << sl({"currency/USD=US$"}) << QStringLiteral("USD")
                                               << QStringLiteral("US$") << QStringLiteral("12.35") << QStringList();
    QTest::newRow("explicit mapping wins over the ISO code") << own << eur << sl({"currency/USD=GBP"}) << QStringLiteral("USD")
                                                             << QStringLiteral("GBP") << QStringLiteral("12.35") << QStringList();
    QTest::newRow("unknown currency: review until mapped") << own << eur << QStringList() << QStringLiteral("CHF") << QString()
                                                           << QString() << sl({"currency.unknown|currency/CHF"});
    QTest::newRow("B1 symbol code without ISO code: review")
        << QList<Currency>{Currency(eur), Currency(QStringLiteral("$"))} << eur << QStringList() << QStringLiteral("USD")
        << QString() << QString() << sl({"currency.unknown|currency/USD"});
    QTest::newRow("two B1 currencies claim USD: review")
        << QList<Currency>{Currency(eur), Currency(QStringLiteral("US$"), QStringLiteral("USD")), Currency(QStringLiteral("USD"), QStringLiteral("USD"))}
        << eur << QStringList() << QStringLiteral("USD") << QString() << QString() << sl({"currency.unknown|currency/USD"});
    QTest::newRow("B1's USD code is another ISO currency: review")
        << QList<Currency>{Currency(eur), Currency(QStringLiteral("USD"), QStringLiteral("CAD"))} << eur << QStringList()
        << QStringLiteral("USD") << QString() << QString() << sl({"currency.unknown|currency/USD"});
    QTest::newRow("explicit mapping to a code B1 does not have: review")
        << own << eur << sl({"currency/CHF=SFR"}) << QStringLiteral("CHF") << QString() << QString()
        << sl({"currency.unknown|currency/CHF"});
}

void TestCurrency::b1CodeFromIsoCode()
{
    QFETCH(QList<Currency>, currencies);
    QFETCH(QString, local);
    QFETCH(QStringList, mappings);
    QFETCH(QString, concur);
    QFETCH(QString, fcCurrency);
    QFETCH(QString, amount);
    QFETCH(QStringList, reasons);
    const MasterData md = company(2, currencies, local);
    const BuildResult r = build(md, report(concur.toUtf8().constData(), {"12.345"}, QJsonValue(QJsonValue::Undefined)), mappings);
    QCOMPARE(reasonKeys(r), reasons);
    if (!reasons.isEmpty()) {
        QVERIFY(!r.entry);
        const QString message = r.reasons.first().message;
        QVERIFY2(message.contains(concur), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("mappings set currency ") + concur) || !mappings.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY(r.entry);
    for (const JournalLine &l : r.entry->lines) {
        QCOMPARE(l.fcCurrency, fcCurrency);
        QCOMPARE(l.isBpLine() ? l.creditAmount() : l.debitAmount(), *Decimal::fromString(amount));
    }
    const QByteArray payload = r.entry->toCompactJson(md.amountDecimals);
    if (!fcCurrency.isEmpty())
        QVERIFY2(payload.contains(QByteArray("\"FCCurrency\":\"" + fcCurrency.toUtf8() + '"')), payload.constData());
    else
        QVERIFY2(!payload.contains("FCCurrency"), payload.constData());
}

void TestCurrency::translationIsRecordedOnce()
{
    const QString eur = QStringLiteral("EUR");
    const MasterData md = company(2, {Currency(eur, eur), Currency(QStringLiteral("US$"), QStringLiteral("USD")), Currency(QStringLiteral("GBP"))});
    const BuildResult usd = build(md, report("USD", {"10"}, str("10")));
    QVERIFY(usd.autoMatches.contains(
        AutoMatch{QStringLiteral("currency"), QStringLiteral("USD"), QStringLiteral("US$"), QStringLiteral("iso-code")}));
    // A B1 code equal to Concur's is no decision: nothing recorded for GBP or the local EUR.
    for (const char *c : {"GBP", "EUR"}) {
        const BuildResult same = build(md, report(c, {"10"}, str("10")));
        QVERIFY(same.entry);
        for (const AutoMatch &m : same.autoMatches)
            QVERIFY2(m.kind != QLatin1String("currency"), c);
    }
}

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
