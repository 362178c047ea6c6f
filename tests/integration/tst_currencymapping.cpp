// Issue #7 item 4 end to end through the command line: B1's currency codes are the company's own.
// A yen invoice posts with B1's code for the currency whose ISO code is JPY, in whole yen; a dollar
// invoice waits in review while B1's dollar ("US$", printed as "US$") has no ISO code, until an
// admin maps it with `mappings set currency USD US$`.
#include "endtoendfixture.h"
#include "handmadedocuments.h"

#include "core/decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc;

namespace {

QList<QJsonObject> linesOf(const QJsonObject &entry)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : entry.value(QStringLiteral("JournalEntryLines")).toArray())
        out.append(v.toObject());
    return out;
}

Decimal amount(const QJsonObject &line, const char *field)
{
    return Decimal::fromJson(line.value(QLatin1String(field))).value_or(Decimal());
}

} // namespace

class TestCurrencyMapping : public QObject {
    Q_OBJECT
private slots:
    void b1CurrencyCodesAndDecimals();
};

void TestCurrencyMapping::b1CurrencyCodesAndDecimals()
{
    sim::B1SimConfig b1;
    b1.exchangeRates.insert(QStringLiteral("US$"), QStringLiteral("0.92"));
    b1.exchangeRates.insert(QStringLiteral("YEN"), QStringLiteral("0.0061"));
    test::EndToEnd e(b1);
    QVERIFY(e.ready());
    // The demo company with its own currency codes: the yen is "YEN" (ISO code JPY, no decimals in
    // B1), the dollar "US$" with no ISO code B1 could tell.
    accounting::MasterData md = sim::DemoScenario::masterData();
    md.currencies = {accounting::Currency(QStringLiteral("EUR"), QStringLiteral("EUR")),
                     accounting::Currency(QStringLiteral("US$")),
                     accounting::Currency(QStringLiteral("YEN"), QStringLiteral("JPY"), 0),
                     accounting::Currency(QStringLiteral("GBP"), QStringLiteral("GBP"))};
    e.sims.call([&] { e.b1->setMasterData(md); });

    const QString yenId = QStringLiteral("C1000000000000000000000000000001");
    const QString usdId = QStringLiteral("C1000000000000000000000000000002");
    test::HandmadeInvoice yen;
    yen.reqKey = 9101;
    yen.requestId = yenId;
    yen.vendorName = QStringLiteral("Nordisk Software");
    yen.vendorTaxId = QStringLiteral("DK12345678");
    yen.currency = QStringLiteral("JPY");
    yen.net = QStringLiteral("1000.40000000"); // converted amounts: fractions of a yen
    yen.tax = QStringLiteral("190.10000000");
    yen.total = QStringLiteral("1190.50000000");
    e.concur->addDocument(QStringLiteral("invoice"), test::invoiceDocument(yen));
    test::HandmadeInvoice usd = yen;
    usd.reqKey = 9102;
    usd.requestId = usdId;
    usd.currency = QStringLiteral("USD");
    usd.net = QStringLiteral("100.00000000");
    usd.tax = QStringLiteral("19.00000000");
    usd.total = QStringLiteral("119.00000000");
    e.concur->addDocument(QStringLiteral("invoice"), test::invoiceDocument(usd));

    const QString exe = QStringLiteral(MLC_CONNECTOR_EXE);
    const auto sync = e.runCli(exe, {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));

    // The yen invoice: B1's code, whole yen, balanced.
    QList<QJsonObject> entries = e.b1->journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(QStringLiteral("Reference2")).toString(), yenId);
    Decimal debit, credit;
    for (const QJsonObject &l : linesOf(entries.first())) {
        QCOMPARE(l.value(QStringLiteral("FCCurrency")).toString(), QStringLiteral("YEN"));
        debit += amount(l, "FCDebit");
        credit += amount(l, "FCCredit");
        QVERIFY2(!amount(l, "FCDebit").hasMoreDecimalsThan(0) && !amount(l, "FCCredit").hasMoreDecimalsThan(0),
                 qPrintable(QString::fromUtf8(QJsonDocument(l).toJson(QJsonDocument::Compact))));
    }
    QCOMPARE(debit, Decimal::fromInt(1190));
    QCOMPARE(credit, Decimal::fromInt(1190));

    // The dollar invoice waits, and the review item says what to do.
    auto review = e.runCli(exe, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));
    const QJsonArray queued = QJsonDocument::fromJson(review.out.toUtf8()).array();
    QCOMPARE(queued.size(), 1);
    const QJsonObject why = queued.first().toObject().value(QStringLiteral("reasons")).toArray().first().toObject();
    QCOMPARE(why.value(QStringLiteral("code")).toString(), QStringLiteral("currency.unknown"));
    QVERIFY2(why.value(QStringLiteral("message")).toString().contains(QStringLiteral("mappings set currency USD")),
             qPrintable(why.value(QStringLiteral("message")).toString()));

    // The admin maps it; the queued invoice posts with B1's code.
    const auto mapped = e.runCli(exe, {QStringLiteral("mappings"), QStringLiteral("set"), QStringLiteral("currency"),
                                       QStringLiteral("USD"), QStringLiteral("US$")});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.out + mapped.err));
    entries = e.b1->journalEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().value(QStringLiteral("Reference2")).toString(), usdId);
    for (const QJsonObject &l : linesOf(entries.last()))
        QCOMPARE(l.value(QStringLiteral("FCCurrency")).toString(), QStringLiteral("US$"));
    QCOMPARE(test::businessPartnerOf(entries.last()), QStringLiteral("V10005"));

    // Both decisions are on record: the explicit one and the ISO-code match.
    QVERIFY(e.reopen());
    auto mappings = e.db->mappings(QStringLiteral("currency"));
    QVERIFY(mappings.ok());
    QStringList rows;
    for (const store::Mapping &m : mappings.value())
        rows << m.sourceKey + QStringLiteral("->") + m.target + QLatin1Char(' ') + m.origin;
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("JPY->YEN auto:iso-code"), QStringLiteral("USD->US$ explicit")}));
    QCOMPARE(e.db->verifyAuditChain().value(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestCurrencyMapping)
#include "tst_currencymapping.moc"
