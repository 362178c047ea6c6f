// B1-style validation of JournalEntries POST bodies (no HTTP).
#include "b1/b1journalbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc::sim;

class TestB1JournalBook : public QObject {
    Q_OBJECT
private:
    B1MasterIndex m_master;
    B1JournalRules m_rules;

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

private slots:
    void initTestCase()
    {
        m_master.reset(B1MasterIndex::demoData());
        m_rules.currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")};
        m_rules.lockedBefore = QDate(2026, 1, 1);
        m_rules.exchangeRates = {{QStringLiteral("USD"), QStringLiteral("0.92")}};
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("one line") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":1}]})") << "-10"
                                  << "A journal entry must have at least two lines [JournalEntry.JournalEntryLines]";
        QTest::newRow("unbalanced") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":100.10},{"ShortName":"V10000","Credit":100.01}]})")
                                    << "-10" << "Unbalanced transaction; debit 100.10, credit 100.01 [JournalEntry.JournalEntryLines]";
        QTest::newRow("control account") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"AccountCode":"1600","Credit":5}]})")
                                         << "-10" << "Cannot perform transaction in controlling type account [JournalEntryLines.AccountCode][line: 2]";
        QTest::newRow("unknown account") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6199","Debit":5},{"ShortName":"V10000","Credit":5}]})")
                                         << "-10" << "Invalid G/L account '6199' [JournalEntryLines.AccountCode][line: 1]";
        QTest::newRow("title account") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"1000","Debit":5},{"ShortName":"V10000","Credit":5}]})")
                                       << "-10" << "G/L account '1000' is a title account; select an active account [JournalEntryLines.AccountCode][line: 1]";
        QTest::newRow("frozen account") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6900","Debit":5},{"ShortName":"V10000","Credit":5}]})")
                                        << "-10" << "G/L account '6900' is frozen [JournalEntryLines.AccountCode][line: 1]";
        QTest::newRow("frozen BP") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V10002","Credit":5}]})")
                                   << "-10" << "Business partner 'V10002' is inactive or frozen [JournalEntryLines.ShortName][line: 2]";
        QTest::newRow("invalid BP") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V10003","Credit":5}]})")
                                    << "-10" << "Business partner 'V10003' is inactive or frozen [JournalEntryLines.ShortName][line: 2]";
        QTest::newRow("unknown BP") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V99999","Credit":5}]})")
                                    << "-10" << "Invalid BP code 'V99999' [JournalEntryLines.ShortName][line: 2]";
        QTest::newRow("inactive dimension") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5,"CostingCode4":"CH-WEB"},{"ShortName":"V10000","Credit":5}]})")
                                            << "-10" << "Dimension 4 is not active [JournalEntryLines.CostingCode4][line: 1]";
        QTest::newRow("wrong dimension") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5,"CostingCode2":"SALES"},{"ShortName":"V10000","Credit":5}]})")
                                         << "-10" << "Invalid distribution rule 'SALES' for dimension 2 [JournalEntryLines.CostingCode2][line: 1]";
        QTest::newRow("inactive profit center") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5,"CostingCode":"OLDCC"},{"ShortName":"V10000","Credit":5}]})")
                                                << "-10" << "Distribution rule 'OLDCC' is inactive [JournalEntryLines.CostingCode][line: 1]";
        QTest::newRow("locked period") << QByteArray(R"({"ReferenceDate":"2025-12-31","JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V10000","Credit":5}]})")
                                       << "-10" << "Posting period is locked; change the posting date [JournalEntry.ReferenceDate] , '2025-12-31'";
        QTest::newRow("memo too long") << QByteArray(R"({"Memo":"123456789012345678901234567890123456789012345678901","JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V10000","Credit":5}]})")
                                       << "-5002" << "Value too long in property 'Memo' of 'JournalEntry'";
        QTest::newRow("ref3 too long") << QByteArray(R"({"Reference3":"1234567890123456789012345678","JournalEntryLines":[{"AccountCode":"6100","Debit":5},{"ShortName":"V10000","Credit":5}]})")
                                       << "-5002" << "Value too long in property 'Reference3' of 'JournalEntry'";
        QTest::newRow("line memo too long") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5,"LineMemo":"123456789012345678901234567890123456789012345678901"},{"ShortName":"V10000","Credit":5}]})")
                                            << "-5002" << "Value too long in property 'LineMemo' of 'JournalEntryLine'";
        QTest::newRow("both sides") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5,"Credit":5},{"ShortName":"V10000","Credit":5}]})")
                                    << "-10" << "Enter either a debit or a credit amount [JournalEntryLines.Debit][line: 1]";
        QTest::newRow("zero line") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":0,"Credit":0},{"ShortName":"V10000","Credit":5}]})")
                                   << "-10" << "Enter either a debit or a credit amount [JournalEntryLines.Debit][line: 1]";
        QTest::newRow("three decimals") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":5.005},{"ShortName":"V10000","Credit":5.005}]})")
                                        << "-10" << "Amount has more than 2 decimals [JournalEntryLines.Debit][line: 1]";
        QTest::newRow("negative") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","Debit":-5},{"ShortName":"V10000","Credit":-5}]})")
                                  << "-10" << "Amount cannot be negative [JournalEntryLines.Debit][line: 1]";
        QTest::newRow("unknown currency") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","FCCurrency":"JPY","FCDebit":5},{"ShortName":"V10000","FCCurrency":"JPY","FCCredit":5}]})")
                                          << "-10" << "Invalid currency 'JPY' [JournalEntryLines.FCCurrency][line: 1]";
        QTest::newRow("no rate") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","FCCurrency":"GBP","FCDebit":5},{"ShortName":"V10000","FCCurrency":"GBP","FCCredit":5}]})")
                                 << "-10" << "Update the exchange rate for 'GBP' [JournalEntryLines.FCCurrency][line: 1]";
        QTest::newRow("fc unbalanced") << QByteArray(R"({"JournalEntryLines":[{"AccountCode":"6100","FCCurrency":"USD","FCDebit":5},{"ShortName":"V10000","FCCurrency":"USD","FCCredit":4.99}]})")
                                       << "-10" << "Unbalanced transaction in USD; debit 5.00, credit 4.99 [JournalEntryLines.FCDebit]";
        QTest::newRow("unknown property") << QByteArray(R"({"Ref3":"x","JournalEntryLines":[]})")
                                          << "-1000" << "Property 'Ref3' of 'JournalEntry' is invalid";
        QTest::newRow("unknown line property") << QByteArray(R"({"JournalEntryLines":[{"Account":"6100","Debit":5},{"ShortName":"V10000","Credit":5}]})")
                                               << "-1000" << "Property 'Account' of 'JournalEntryLine' is invalid";
        QTest::newRow("bad date") << QByteArray(R"({"ReferenceDate":"15.01.2026","JournalEntryLines":[]})")
                                  << "-1000" << "Invalid date value for property 'ReferenceDate' of 'JournalEntry'";
    }
    void rejects()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        QFETCH(QString, message);
        B1JournalBook book;
        book.setRules(m_rules);
        const QJsonDocument doc = QJsonDocument::fromJson(payload);
        QVERIFY(doc.isObject());
        auto r = book.prepare(doc.object(), m_master, QDate(2026, 2, 1));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, message);
        QCOMPARE(r.error().code, code);
    }

    void acceptsAndNumbers()
    {
        B1JournalBook book(100, 1);
        book.setRules(m_rules);
        const QJsonObject payload = json(R"({"ReferenceDate":"2026-01-15T00:00:00Z","Memo":"Expense report 4711","Reference3":"E345R1",
            "JournalEntryLines":[{"AccountCode":"6100","Debit":100.1,"CostingCode":"SALES","CostingCode2":"NORTH","LineMemo":"Taxi"},
                                 {"AccountCode":"1576","Debit":"19.02"},
                                 {"ShortName":"E1001","Credit":119.12}]})");
        auto prepared = book.prepare(payload, m_master, QDate(2026, 2, 1));
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
        const QJsonObject first = book.commit(prepared.value());
        QCOMPARE(first.value(QStringLiteral("JdtNum")).toInt(), 100);
        QCOMPARE(first.value(QStringLiteral("Number")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("ReferenceDate")).toString(), QStringLiteral("2026-01-15"));
        QCOMPARE(first.value(QStringLiteral("DueDate")).toString(), QStringLiteral("2026-01-15"));
        const QJsonArray lines = first.value(QStringLiteral("JournalEntryLines")).toArray();
        QCOMPARE(lines.size(), 3);
        // The BP line gets the BP's control account; G/L lines carry ShortName = AccountCode.
        QCOMPARE(lines.at(2).toObject().value(QStringLiteral("AccountCode")).toString(), QStringLiteral("1600"));
        QCOMPARE(lines.at(2).toObject().value(QStringLiteral("ShortName")).toString(), QStringLiteral("E1001"));
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("ShortName")).toString(), QStringLiteral("6100"));
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("ContraAccount")).toString(), QStringLiteral("E1001"));
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("Debit")).toDouble(), 19.02);

        // No idempotency: the same payload posts again with the next numbers.
        auto again = book.prepare(payload, m_master, QDate(2026, 2, 1));
        QVERIFY(again.ok());
        QCOMPARE(book.commit(again.value()).value(QStringLiteral("JdtNum")).toInt(), 101);
        QList<int> rows;
        QVERIFY(book.lookup(QStringLiteral("Reference3"), QStringLiteral("E345R1"), &rows));
        QCOMPARE(rows, (QList<int>{0, 1}));
        QVERIFY(!book.lookup(QStringLiteral("Memo"), QStringLiteral("x"), &rows));

        const auto cp = book.checkpoint();
        book.commit(again.value());
        QVERIFY(book.patch(100, json(R"({"Memo":"changed"})"), nullptr).ok());
        QCOMPARE(book.count(), 3);
        book.rollback(cp);
        QCOMPARE(book.count(), 2);
        QVERIFY(book.find(102) == nullptr);
        QCOMPARE(book.commit(again.value()).value(QStringLiteral("JdtNum")).toInt(), 102);
    }

    void foreignCurrencyConverts()
    {
        B1JournalBook book;
        book.setRules(m_rules);
        auto r = book.prepare(json(R"({"ReferenceDate":"2026-03-01","JournalEntryLines":[
            {"AccountCode":"6100","FCCurrency":"USD","FCDebit":10.05},{"ShortName":"V10000","FCCurrency":"USD","FCCredit":10.05}]})"),
                              m_master, QDate(2026, 3, 1));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const QJsonArray lines = r->value(QStringLiteral("JournalEntryLines")).toArray();
        // 10.05 x 0.92 = 9.246 -> 9.25 (half away from zero)
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("Debit")).toDouble(), 9.25);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("Credit")).toDouble(), 9.25);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("FCCredit")).toDouble(), 10.05);
    }

    // B1's own currency codes and decimals: a currency of the Currencies collection is known even
    // when the rules do not list it, and its foreign amounts take its decimals (cdWithoutDecimals:
    // none), never more than the company's.
    void currencyCodesAndDecimals()
    {
        mlc::accounting::MasterData md = B1MasterIndex::demoData();
        md.currencies = {mlc::accounting::Currency(QStringLiteral("EUR"), QStringLiteral("EUR")),
                         mlc::accounting::Currency(QStringLiteral("YEN"), QStringLiteral("JPY"), 0),
                         mlc::accounting::Currency(QStringLiteral("US$"))};
        B1MasterIndex master;
        master.reset(md);
        B1JournalRules rules = m_rules;
        rules.exchangeRates.insert(QStringLiteral("YEN"), QStringLiteral("0.0061"));
        B1JournalBook book;
        book.setRules(rules);
        const auto post = [&](const char *amount) {
            const QByteArray body = QByteArray(R"({"ReferenceDate":"2026-03-01","JournalEntryLines":[
                {"AccountCode":"6100","FCCurrency":"YEN","FCDebit":)") + amount + R"(},{"ShortName":"V10000","FCCurrency":"YEN","FCCredit":)"
                + amount + "}]}";
            return book.prepare(QJsonDocument::fromJson(body).object(), master, QDate(2026, 3, 1));
        };
        const auto whole = post("1235");
        QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : whole.error().message));
        // 1235 x 0.0061 = 7.5335 -> 7.53
        QCOMPARE(whole->value(QStringLiteral("JournalEntryLines")).toArray().at(0).toObject().value(QStringLiteral("Debit")).toDouble(), 7.53);
        const auto fraction = post("1234.5");
        QVERIFY(!fraction.ok());
        QCOMPARE(fraction.error().message, QStringLiteral("Amount has more than 0 decimals [JournalEntryLines.FCDebit][line: 1]"));

        // The Currencies rows as the Service Layer sends them.
        const QList<QJsonObject> &rows = master.currencyRows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).value(QStringLiteral("Code")).toString(), QStringLiteral("YEN"));
        QCOMPARE(rows.at(1).value(QStringLiteral("DocumentsCode")).toString(), QStringLiteral("JPY"));
        QCOMPARE(rows.at(1).value(QStringLiteral("Decimals")).toString(), QStringLiteral("cdWithoutDecimals"));
        QCOMPARE(rows.at(2).value(QStringLiteral("DocumentsCode")).toString(), QStringLiteral("US$"));
        QCOMPARE(rows.at(2).value(QStringLiteral("Decimals")).toString(), QStringLiteral("cdDefault"));
        QVERIFY(master.knowsCurrency(QStringLiteral("US$")));
        QVERIFY(!master.knowsCurrency(QStringLiteral("USD")));
    }
};

QTEST_GUILESS_MAIN(TestB1JournalBook)
#include "tst_b1journalbook.moc"
