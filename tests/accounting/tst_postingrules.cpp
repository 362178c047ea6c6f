// Issue #7 posting rules (design.md §2/§3), each row a document shape from Concur's published FIS
// examples or from the reproduction, with hand-computed lines:
//  - no silent drop: the journal lines must account for Concur's own totals (totalApprovedAmount,
//    amountDueEmployee when present, requestTotal); "nothing to post" only when every entry is
//    personal (item 2);
//  - a missing posting date and a positive personal charge go to review (item 6);
//  - a blank journalAccountCode means the entry's clearingAccountCode (item 13);
//  - a personal charge's credit carries the allocation's dimensions (item 14);
//  - card credits post (item 15).
#include "accountingfixture.h"

#include <QTest>

using namespace fixture;

Q_DECLARE_METATYPE(QJsonObject)

namespace {

const QDate kSyncDate(2024, 5, 17);
const QJsonValue kNone(QJsonValue::Undefined); // no amountDueEmployee in the report
const QJsonValue kNull(QJsonValue::Null);

QJsonArray single(const QJsonObject &o) { return QJsonArray{o}; }

QJsonObject with(QJsonObject o, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// An expense entry with one allocation holding `journals`, plus entry-level fields.
QJsonObject entryOf(const QJsonArray &journals, const char *type, const QJsonObject &fields = {}, const char *cc = "")
{
    return with(entry(single(alloc(journals, cc)), type), fields);
}

} // namespace

class TestPostingRules : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_md = masterData(); }
    void rules_data();
    void rules();
    void silentDropNamesTheEntries();
    void messagesAreClear();
    void missingDate_data();
    void missingDate();

private:
    BuildResult run(const QString &docType, const QJsonObject &doc, const QStringList &settings = {},
                    const QStringList &mappings = {}) const
    {
        HashLookup l;
        for (const QString &m : mappings)
            l.map.insert(m.section(QLatin1Char('='), 0, 0), m.section(QLatin1Char('='), 1));
        QHash<QString, QString> kv = settingsKv();
        for (const QString &s : settings)
            kv.insert(s.section(QLatin1Char('='), 0, 0), s.section(QLatin1Char('='), 1));
        const PostingSettings ps = PostingSettings::fromKeyValues(kv);
        const JournalBuilder builder(m_md, l, ps);
        return builder.build(docType, doc, kSyncDate);
    }
    MasterData m_md;
};

void TestPostingRules::rules_data()
{
    QTest::addColumn<QString>("docType");
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QStringList>("settings"); // "key=value"
    QTest::addColumn<QStringList>("mappings"); // "kind/source=target"
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("reasons"); // "code|blockerKey"
    const QString E = QStringLiteral("expense");
    const QString I = QStringLiteral("invoice");
    const QStringList none;

    // --- item 2: the lines must account for Concur's own totals ---
    QTest::newRow("issue repro: approved 603.61, entries not personal, empty journal arrays")
        << E
        << expenseDoc(QJsonArray{entry(single(alloc(QJsonArray())), "Hotel"), entry(single(alloc(QJsonArray())), "Airfare")},
                      kNone, obj({{"totalApprovedAmount", 603.61}}))
        << none << none << QStringList{} << sl({"totals.unaccounted|"});
    QTest::newRow("entry not personal without journal lines, approved 0: not 'nothing to post'")
        << E << expenseDoc(single(entry(single(alloc(QJsonArray())), "Hotel")), kNone, obj({{"totalApprovedAmount", 0}}))
        << none << none << QStringList{} << sl({"totals.unaccounted|"});
    QTest::newRow("entry without allocations, approved 0")
        << E << expenseDoc(single(entry(QJsonArray(), "Hotel")), kNone, obj({{"totalApprovedAmount", 0}})) << none << none
        << QStringList{} << sl({"totals.unaccounted|"});
    QTest::newRow("report without entries")
        << E << expenseDoc(QJsonArray(), kNone, obj({{"totalApprovedAmount", 0}})) << none << none << QStringList{}
        << sl({"totals.unaccounted|"});
    QTest::newRow("every entry personal: nothing to post")
        << E
        << expenseDoc(QJsonArray{entry(QJsonArray(), "Personal meal", "Y"), entry(single(alloc(QJsonArray())), "Gift", "Y")},
                      kNone)
        << none << none << QStringList{} << none;
    QTest::newRow("a journal line missing: lines 100.00 of approved 150.00, no amountDueEmployee")
        << E << expenseDoc(single(entryOf(single(jline("6100", "COMP", "EMPL", num(100))), "Hotel")), kNone,
                           obj({{"totalApprovedAmount", 150}}))
        << none << none << QStringList{} << sl({"totals.unaccounted|"});
    QTest::newRow("amountDueEmployee agrees, totalApprovedAmount does not")
        << E << expenseDoc(single(entryOf(single(jline("6100", "COMP", "EMPL", num(100))), "Hotel")), num(100),
                           obj({{"totalApprovedAmount", 150}}))
        << none << none << QStringList{} << sl({"totals.unaccounted|"});
    QTest::newRow("neither totalApprovedAmount nor amountDueEmployee: nothing to check against")
        << E << expenseDoc(single(entryOf(single(jline("6100", "COMP", "EMPL", num(100))), "Hotel")), kNone,
                           obj({{"totalApprovedAmount", kNull}}))
        << none << none << QStringList{} << sl({"totals.missing|"});
    QTest::newRow("only amountDueEmployee: checked against it")
        << E << expenseDoc(single(entryOf(single(jline("6100", "COMP", "EMPL", num(100))), "Hotel")), num(100),
                           obj({{"totalApprovedAmount", kNull}}))
        << none << none << sl({"6100 D 100.00", "BP:E1001 C 100.00"}) << none;
    QTest::newRow("unreadable totalApprovedAmount")
        << E << expenseDoc(single(entryOf(single(jline("6100", "COMP", "EMPL", num(100))), "Hotel")), kNone,
                           obj({{"totalApprovedAmount", "about 100"}}))
        << none << none << QStringList{} << sl({"document.malformed|"});
    QTest::newRow("8-decimal lines against an approved total in cents (rounding tolerance)")
        << E
        << expenseDoc(single(entry(QJsonArray{alloc(single(jline("6200", "COMP", "EMPL", num(33.333333)))),
                                              alloc(single(jline("6200", "COMP", "EMPL", num(33.333333)))),
                                              alloc(single(jline("6200", "COMP", "EMPL", num(33.333334))))})),
                      kNone, obj({{"totalApprovedAmount", "100.00"}}))
        << none << none << sl({"6200 D 33.33", "6200 D 33.33", "6200 D 33.33", "BP:E1001 C 99.99"}) << none;
    {
        // Concur's example 6.2.4 (CBCP card charge with itemization and a personal expense, plus an
        // out-of-pocket taxi): totalApprovedAmount 305 counts the card lines and the out-of-pocket
        // line; the personal pair is not approved (entryApprovedAmount 0) and nets to zero.
        const QJsonObject card = obj({{"clearingAccountCode", "199999"}, {"reportEntryPatKey", "1000"}});
        const QJsonArray entries{
            entryOf(single(jline("474230", "COMP", "CBCP", num(125))), "Room rate", card),
            entryOf(single(jline("474230", "COMP", "CBCP", num(125))), "Room rate", card),
            entryOf(single(jline("474230", "COMP", "CBCP", num(20))), "Dinner", card),
            entryOf(QJsonArray{jline("199999", "COMP", "CBCP", num(14)), jline("199999", "EMPL", "COMP", num(-14))}, "Movie",
                    with(card, obj({{"entryIsPersonal", "Y"}, {"entryApprovedAmount", 0}}))),
            entryOf(single(jline("474230", "COMP", "EMPL", num(35))), "Taxi", obj({{"reportEntryPatKey", "CASH"}})),
        };
        QTest::newRow("Concur 6.2.4: card and out-of-pocket lines both make up totalApprovedAmount")
            << E << expenseDoc(entries, kNone, obj({{"totalApprovedAmount", 305}})) << none
            << sl({"account/474230=6100", "account/199999=1700"})
            << sl({"6100 D 125.00", "6100 D 125.00", "6100 D 20.00", "1700 D 14.00", "6100 D 35.00", "1590 C 284.00",
                   "1700 C 14.00", "BP:E1001 C 21.00"})
            << none;
    }
    QTest::newRow("invoice without requestTotal: nothing to check against")
        << I << invoiceDoc(single(invAlloc("6300", num(100), num(119), num(0))), kNull, "MULLER") << none << none
        << QStringList{} << sl({"totals.missing|"});
    QTest::newRow("invoice without allocations is not 'nothing to post'")
        << I << invoiceDoc(QJsonArray(), num(0), "MULLER") << none << none << QStringList{} << sl({"totals.unaccounted|"});

    // --- item 6: a positive personal charge is not booked like the documented negative one ---
    QTest::newRow("personal charge EMPL->COMP with a positive amount")
        << E
        << expenseDoc(single(entryOf(QJsonArray{jline("1700", "COMP", "CBCP", num(80)), jline("1700", "EMPL", "COMP", num(80))},
                                     "Personal")),
                      kNone)
        << none << none << QStringList{} << sl({"payer.personal_positive|"});
    QTest::newRow("personal charge EMPL->CBCP with a positive amount")
        << E << expenseDoc(single(entryOf(single(jline("1700", "EMPL", "CBCP", num(25))), "Personal")), kNone) << none
        << none << QStringList{} << sl({"payer.personal_positive|"});
    QTest::newRow("out-of-pocket cash credit EMPL->COMP negative (Concur 1.2) still posts")
        << E << expenseDoc(single(entryOf(single(jline("6100", "EMPL", "COMP", num(-50))), "Hotel")), kNone) << none << none
        << sl({"6100 C 50.00", "BP:E1001 D 50.00"}) << none;

    // --- item 13: a blank journalAccountCode means the entry's clearingAccountCode ---
    {
        // The shape of Concur's example 6.2.3 (CBCP charge for an entirely personal dinner next to a
        // business one): both lines of the personal pair carry journalAccountCode "" and the entry
        // names its clearingAccountCode; no amountDueEmployee, totalApprovedAmount 700.
        const QJsonObject personal = obj({{"clearingAccountCode", "123447262"},
                                          {"entryIsPersonal", "Y"},
                                          {"entryApprovedAmount", 0},
                                          {"cardTransactionAmount", 1000}});
        const QJsonObject business = obj({{"clearingAccountCode", "123447262"}, {"entryApprovedAmount", 700}});
        const QJsonArray entries{
            entryOf(QJsonArray{jline("", "COMP", "CBCP", num(300)), jline("", "EMPL", "COMP", num(-300))}, "Dinner", personal),
            entryOf(single(jline("1234", "COMP", "CBCP", num(700))), "Dinner", business),
        };
        QTest::newRow("Concur 6.2.3: personal card charge pair with blank journalAccountCode")
            << E << expenseDoc(entries, kNone, obj({{"totalApprovedAmount", 700}})) << none
            << sl({"account/123447262=1700", "account/1234=6200"})
            << sl({"1700 D 300.00", "6200 D 700.00", "1590 C 1000.00", "1700 C 300.00", "BP:E1001 D 300.00"}) << none;
        QTest::newRow("blank journalAccountCode maps through the clearing account's mapping")
            << E << expenseDoc(entries, kNone, obj({{"totalApprovedAmount", 700}})) << none << sl({"account/1234=6200"})
            << QStringList{} << sl({"account.unmapped|account/123447262"});
    }
    QTest::newRow("blank journalAccountCode and no clearingAccountCode")
        << E << expenseDoc(single(entryOf(single(jline("", "COMP", "EMPL", num(10))), "Hotel")), kNone) << none << none
        << QStringList{} << sl({"document.malformed|"});

    // --- item 14: the personal charge's credit carries the allocation's dimensions ---
    QTest::newRow("personal charge credit carries the allocation's cost centers")
        << E
        << expenseDoc(single(entryOf(QJsonArray{jline("1700", "COMP", "CBCP", num(10)), jline("1700", "EMPL", "COMP", num(-10))},
                                     "Personal", {}, "SALES")),
                      num(-10), {}, {}, obj({{"employeeOrgUnit2Code", "NORTH"}}))
        << none << none
        << sl({"1700 D 10.00 cc=SALES,NORTH", "1590 C 10.00", "1700 C 10.00 cc=SALES,NORTH", "BP:E1001 D 10.00"}) << none;

    // --- item 15: card credits post ---
    QTest::newRow("Concur 6.1.3: card credit COPD->COMP")
        << E
        << expenseDoc(single(entryOf(single(jline("474230", "COPD", "COMP", num(-349))), "Airfare",
                                     obj({{"reportEntryPatKey", "COPD"}}), "SALES")),
                      kNone)
        << sl({"posting/clearingAccount/COPD=1590"}) << sl({"account/474230=6100"})
        << sl({"6100 C 349.00 cc=SALES", "1590 D 349.00"}) << none;
    QTest::newRow("card credit CBCP->COMP with reclaimed VAT reverses the input tax")
        << E << expenseDoc(single(entryOf(single(jline("6100", "CBCP", "COMP", num(-119), num(-100))), "Hotel", {}, "SALES")), kNone)
        << none << none << sl({"6100 C 100.00 cc=SALES", "1576 C 19.00", "1590 D 119.00"}) << none;
    QTest::newRow("card charge and card credit on one card in one report")
        << E
        << expenseDoc(QJsonArray{entryOf(single(jline("6100", "COMP", "CBCP", num(200))), "Hotel"),
                                 entryOf(single(jline("6100", "CBCP", "COMP", num(-50))), "Hotel refund")},
                      kNone)
        << none << none << sl({"6100 D 200.00", "6100 C 50.00", "1590 C 200.00", "1590 D 50.00"}) << none;
    QTest::newRow("card credit IBCP without a clearing account")
        << E << expenseDoc(single(entryOf(single(jline("6100", "IBCP", "COMP", num(-40))), "Hotel")), kNone) << none << none
        << QStringList{} << sl({"clearing.missing|setting/posting/clearingAccount/IBCP"});
    QTest::newRow("card payer with a positive amount is unsupported")
        << E << expenseDoc(single(entryOf(single(jline("6100", "CBCP", "COMP", num(40))), "Hotel")), kNone) << none << none
        << QStringList{} << sl({"payer.unsupported|"});
    QTest::newRow("card credit to a payee other than COMP is unsupported")
        << E << expenseDoc(single(entryOf(single(jline("6100", "COPD", "EMPL", num(-40))), "Hotel")), kNone)
        << sl({"posting/clearingAccount/COPD=1590"}) << none << QStringList{} << sl({"payer.unsupported|"});
}

void TestPostingRules::rules()
{
    QFETCH(QString, docType);
    QFETCH(QJsonObject, document);
    QFETCH(QStringList, settings);
    QFETCH(QStringList, mappings);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, reasons);

    const BuildResult r = run(docType, document, settings, mappings);
    if (reasonKeys(r) != reasons) {
        for (const ReviewReason &x : r.reasons)
            qWarning().noquote() << x.code << x.blockerKey << x.message;
    }
    QCOMPARE(reasonKeys(r), reasons);
    QCOMPARE(render(r), lines);
    QCOMPARE(r.entry.has_value(), !lines.isEmpty());
    QCOMPARE(r.postsNothing, lines.isEmpty() && reasons.isEmpty());
    for (const ReviewReason &x : r.reasons)
        QVERIFY2(!x.message.isEmpty(), qPrintable(x.code));
    if (r.entry)
        QVERIFY(r.entry->isBalanced());
}

void TestPostingRules::silentDropNamesTheEntries()
{
    // What the finance user reads in the review queue for the report.
    const BuildResult r = run(
        QStringLiteral("expense"),
        expenseDoc(QJsonArray{entry(single(alloc(QJsonArray())), "Hotel"), entry(single(alloc(QJsonArray())), "Airfare")}, kNone,
                   obj({{"totalApprovedAmount", 603.61}})));
    QCOMPARE(r.reasons.size(), 1);
    const QString m = r.reasons.first().message;
    QVERIFY2(m.contains(QStringLiteral("603.61")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("0.00")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("Expense entry 1 (Hotel)")) && m.contains(QStringLiteral("Expense entry 2 (Airfare)")),
             qPrintable(m));
    QVERIFY(!r.postsNothing);
    QVERIFY(!r.entry);
}

void TestPostingRules::messagesAreClear()
{
    const BuildResult positive = run(
        QStringLiteral("expense"), expenseDoc(single(entryOf(single(jline("1700", "EMPL", "COMP", num(80))), "Personal")), kNone));
    QCOMPARE(positive.reasons.size(), 1);
    QCOMPARE(positive.reasons.first().message,
             QStringLiteral("Expense entry 1 (Personal), journal line 1: a personal charge the employee owes (payer EMPL, "
                            "payee COMP) with a positive amount 80.00. Concur sends these charges as negative amounts, so "
                            "booking it would be a guess; please check the report in Concur."));

    const BuildResult missing = run(QStringLiteral("expense"),
                                    expenseDoc(single(entryOf(single(jline("6100", "COMP", "EMPL", num(100))), "Hotel")), kNone,
                                               obj({{"totalApprovedAmount", kNull}})));
    QCOMPARE(missing.reasons.first().message,
             QStringLiteral("Concur sent neither the report's approved total (totalApprovedAmount) nor the amount due to "
                            "the employee (amountDueEmployee), so the journal lines cannot be checked against Concur's "
                            "own figures."));

    const BuildResult blank = run(QStringLiteral("expense"),
                                  expenseDoc(single(entryOf(single(jline("", "COMP", "EMPL", num(10))), "Hotel")), kNone));
    QCOMPARE(blank.reasons.first().message,
             QStringLiteral("Expense entry 1 (Hotel), journal line 1 has no journalAccountCode and its entry no "
                            "clearingAccountCode."));
}

void TestPostingRules::missingDate_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QJsonObject>("reportOverrides");
    QTest::addColumn<QString>("field");
    QTest::newRow("payment date null") << QStringLiteral("payment") << obj({{"reportPaymentProcessingDate", kNull}})
                                       << QStringLiteral("reportPaymentProcessingDate");
    QTest::newRow("payment date empty") << QStringLiteral("payment") << obj({{"reportPaymentProcessingDate", " "}})
                                        << QStringLiteral("reportPaymentProcessingDate");
    QTest::newRow("submit date null") << QStringLiteral("submit") << obj({{"reportSubmitDate", kNull}})
                                      << QStringLiteral("reportSubmitDate");
}

void TestPostingRules::missingDate()
{
    // No silent fallback to the sync date: the posting period would be a guess.
    QFETCH(QString, setting);
    QFETCH(QJsonObject, reportOverrides);
    QFETCH(QString, field);
    const BuildResult r = run(QStringLiteral("expense"),
                              expenseDoc(single(entryOf(single(jline("6100", "COMP", "EMPL", num(10))), "Hotel")), num(10),
                                         reportOverrides),
                              {QStringLiteral("posting/referenceDate=") + setting});
    QCOMPARE(reasonKeys(r), QStringList{QStringLiteral("date.missing|")});
    QVERIFY(!r.entry);
    QVERIFY2(r.reasons.first().message.contains(field), qPrintable(r.reasons.first().message));
    QVERIFY2(r.reasons.first().message.contains(QStringLiteral("posting/referenceDate")), qPrintable(r.reasons.first().message));
}

QTEST_GUILESS_MAIN(TestPostingRules)
#include "tst_postingrules.moc"
