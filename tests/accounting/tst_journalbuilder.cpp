// The posting specification (design.md §2), one rule per row with hand-computed lines.
#include "accountingfixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace fixture;

Q_DECLARE_METATYPE(QJsonObject)

namespace {

const QDate kSyncDate(2024, 5, 17);

QHash<QString, QString> withOverrides(QHash<QString, QString> kv, const QStringList &overrides)
{
    for (const QString &o : overrides) {
        const int eq = o.indexOf(QLatin1Char('='));
        const QString value = o.mid(eq + 1);
        if (value.isEmpty())
            kv.remove(o.left(eq));
        else
            kv.insert(o.left(eq), value);
    }
    return kv;
}

HashLookup lookup(const QStringList &extra = {})
{
    HashLookup l;
    l.map.insert(QStringLiteral("account/TRAVEL"), QStringLiteral("6100"));
    l.map.insert(QStringLiteral("costcenter/1:SLS"), QStringLiteral("SALES"));
    for (const QString &m : extra) {
        const int eq = m.indexOf(QLatin1Char('='));
        l.map.insert(m.left(eq), m.mid(eq + 1));
    }
    return l;
}

QJsonArray one(const QJsonObject &o) { return QJsonArray{o}; }

QJsonObject oop(const char *acct, const QJsonValue &gross, const char *cc = "")
{
    return entry(one(alloc(one(jline(acct, "COMP", "EMPL", gross)), cc)));
}

} // namespace

class TestJournalBuilder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_md = masterData(); }
    void build_data();
    void build();
    void expenseReferenceDate_data();
    void expenseReferenceDate();
    void expenseHeader();
    void memoIsCutTo50();
    void invoiceHeader_data();
    void invoiceHeader();
    void autoMatchesRecordTheRule();
    void ambiguousVendorListsCandidates();
    void unknownVendorGetsFuzzyCandidates();
    void allReasonsAreCollected();
    void malformedMessagesAreClear();
    void entryJsonUsesB1Names();
    void entriesAlwaysBalance();
    void throughput();

private:
    BuildResult run(const QString &docType, const QJsonObject &doc, const QStringList &settings = {},
                    const QStringList &mappings = {})
    {
        const HashLookup l = lookup(mappings);
        const PostingSettings s = PostingSettings::fromKeyValues(withOverrides(settingsKv(), settings));
        const JournalBuilder builder(m_md, l, s);
        return builder.build(docType, doc, kSyncDate);
    }
    MasterData m_md;
};

void TestJournalBuilder::build_data()
{
    QTest::addColumn<QString>("docType");
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QStringList>("settings"); // "key=value" overrides; "key=" removes
    QTest::addColumn<QStringList>("mappings"); // "kind/source=target" explicit mappings
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("reasons"); // "code|blockerKey"
    const QString E = QStringLiteral("expense");
    const QString I = QStringLiteral("invoice");
    const QStringList none;

    // --- expense: payer/payee rules ---
    QTest::newRow("out of pocket with VAT")
        << E << expenseDoc(one(entry(one(alloc(one(jline("6100", "COMP", "EMPL", num(119), num(100))), "SALES")))), num(119))
        << none << none << sl({"6100 D 100.00 cc=SALES", "1576 D 19.00", "BP:E1001 C 119.00"}) << none;
    QTest::newRow("split 100.00 over three cost centers: BP line is the sum of rounded lines")
        << E
        << expenseDoc(one(entry(QJsonArray{alloc(one(jline("6200", "COMP", "EMPL", str("33.33333300"))), "SALES"),
                                           alloc(one(jline("6200", "COMP", "EMPL", num(33.333333))), "RND"),
                                           alloc(one(jline("6200", "COMP", "EMPL", str("33.33333400"))), "OPS")})),
                      num(100))
        << none << none
        << sl({"6200 D 33.33 cc=SALES", "6200 D 33.33 cc=RND", "6200 D 33.33 cc=OPS", "BP:E1001 C 99.99"}) << none;
    QTest::newRow("split without amountDueEmployee reconciles against Concur's amounts")
        << E
        << expenseDoc(one(entry(QJsonArray{alloc(one(jline("6200", "COMP", "EMPL", num(33.333333)))),
                                           alloc(one(jline("6200", "COMP", "EMPL", num(33.333333)))),
                                           alloc(one(jline("6200", "COMP", "EMPL", num(33.333334))))})),
                      QJsonValue(QJsonValue::Undefined))
        << none << none << sl({"6200 D 33.33", "6200 D 33.33", "6200 D 33.33", "BP:E1001 C 99.99"}) << none;
    QTest::newRow("round half away from zero")
        << E << expenseDoc(QJsonArray{oop("6200", str("10.005")), oop("6200", str("10.00500000"))}, num(20.01))
        << none << none << sl({"6200 D 10.01", "6200 D 10.01", "BP:E1001 C 20.02"}) << none;
    QTest::newRow("company card pair COMP->CBCP + EMPL->COMP negative")
        << E
        << expenseDoc(QJsonArray{entry(one(alloc(one(jline("6100", "COMP", "CBCP", num(200))))), "Airfare"),
                                 entry(one(alloc(QJsonArray{jline("1700", "COMP", "CBCP", num(80)),
                                                            jline("1700", "EMPL", "COMP", num(-80))})),
                                       "Personal")},
                      num(-80))
        << none << none
        << sl({"6100 D 200.00", "1700 D 80.00", "1590 C 280.00", "1700 C 80.00", "BP:E1001 D 80.00"}) << none;
    QTest::newRow("COPD without a configured clearing account")
        << E << expenseDoc(one(entry(one(alloc(one(jline("6100", "COMP", "COPD", num(100))))))), num(0)) << none << none
        << QStringList{} << sl({"clearing.missing|setting/posting/clearingAccount/COPD"});
    QTest::newRow("COPD with a configured clearing account")
        << E << expenseDoc(one(entry(one(alloc(one(jline("6100", "COMP", "COPD", num(100))))))), num(0))
        << sl({"posting/clearingAccount/COPD=1590"}) << none << sl({"6100 D 100.00", "1590 C 100.00"})
        << none;
    QTest::newRow("cash advance reduces the employee credit")
        << E << expenseDoc(one(oop("6100", num(200))), num(150), {}, one(cashAdvance(num(-50)))) << none << none
        << sl({"6100 D 200.00", "1595 C 50.00", "BP:E1001 C 150.00"}) << none;
    QTest::newRow("cash advance larger than expenses: BP line becomes a debit")
        << E << expenseDoc(one(oop("6100", num(100))), num(-50), {}, one(cashAdvance(str("-150.00000000")))) << none
        << none << sl({"6100 D 100.00", "1595 C 150.00", "BP:E1001 D 50.00"}) << none;
    QTest::newRow("cash advance account goes through account mapping")
        << E << expenseDoc(one(oop("6100", num(100))), num(50), {}, one(cashAdvance(num(-50), "CADV"))) << none << none
        << QStringList{} << sl({"account.unmapped|account/CADV"});
    QTest::newRow("personal entries only: nothing to post")
        << E
        << expenseDoc(QJsonArray{entry(QJsonArray(), "Personal meal", "Y"), entry(one(alloc(QJsonArray())), "Gift", "Y")},
                      num(0))
        << none << none << QStringList{} << none;
    QTest::newRow("negative company line (refund) is a credit")
        << E << expenseDoc(QJsonArray{oop("6100", num(100)), oop("6100", num(-30))}, num(70)) << none << none
        << sl({"6100 D 100.00", "6100 C 30.00", "BP:E1001 C 70.00"}) << none;
    QTest::newRow("no amountNetOfReclaim: nothing reclaimed")
        << E << expenseDoc(one(entry(one(alloc(one(jline("6100", "COMP", "EMPL", num(40), QJsonValue(QJsonValue::Null))))))), num(40))
        << none << none << sl({"6100 D 40.00", "BP:E1001 C 40.00"}) << none;
    QTest::newRow("unsupported payer")
        << E << expenseDoc(one(entry(one(alloc(QJsonArray{jline("6100", "COMP", "EMPL", num(50)), jline("6100", "CARD", "EMPL", num(9))})))), num(50))
        << none << none << QStringList{} << sl({"payer.unsupported|"});
    QTest::newRow("EMPL->EMPL is unsupported")
        << E << expenseDoc(one(entry(one(alloc(one(jline("6100", "EMPL", "EMPL", num(9))))))), num(0)) << none << none
        << QStringList{} << sl({"payer.unsupported|"});

    // --- amounts and currency ---
    QTest::newRow("foreign currency posts FC amounts")
        << E
        << expenseDoc(one(entry(one(alloc(one(jline("6100", "COMP", "EMPL", num(119), num(100))))))), num(119),
                      obj({{"employeeCurrencyAlphaCode", "usd"}}))
        << none << none << sl({"6100 FD 100.00 USD", "1576 FD 19.00 USD", "BP:E1001 FC 119.00 USD"}) << none;
    QTest::newRow("unknown currency")
        << E << expenseDoc(one(oop("6100", num(10))), num(10), obj({{"employeeCurrencyAlphaCode", "CHF"}})) << none
        << none << QStringList{} << sl({"currency.unknown|currency/CHF"});
    QTest::newRow("totals do not reconcile")
        << E << expenseDoc(one(oop("6100", num(100))), num(150)) << none << none << QStringList{}
        << sl({"totals.mismatch|"});
    QTest::newRow("eight-decimal strings and 0E-8")
        << E
        << expenseDoc(one(entry(one(alloc(QJsonArray{jline("6100", "COMP", "EMPL", str("119.00000000"), str("100.00000000")),
                                                     jline("6200", "COMP", "EMPL", str("0E-8"), str("0E-8"))})))),
                      str("119.00000000"))
        << none << none << sl({"6100 D 100.00", "1576 D 19.00", "BP:E1001 C 119.00"}) << none;
    QTest::newRow("input tax account not configured")
        << E << expenseDoc(one(entry(one(alloc(one(jline("6100", "COMP", "EMPL", num(119), num(100))))))), num(119))
        << sl({"posting/inputTaxAccount="}) << none << QStringList{}
        << sl({"tax_account.missing|setting/posting/inputTaxAccount"});

    // --- accounts ---
    QTest::newRow("explicit account mapping")
        << E << expenseDoc(one(oop("TRAVEL", num(50))), num(50)) << none << none
        << sl({"6100 D 50.00", "BP:E1001 C 50.00"}) << none;
    QTest::newRow("unmapped account") << E << expenseDoc(one(oop("9999", num(50))), num(50)) << none << none
                                      << QStringList{} << sl({"account.unmapped|account/9999"});
    QTest::newRow("same code is a control account") << E << expenseDoc(one(oop("1600", num(50))), num(50)) << none << none
                                                    << QStringList{} << sl({"account.unmapped|account/1600"});
    QTest::newRow("same code is a title account") << E << expenseDoc(one(oop("6000", num(50))), num(50)) << none << none
                                                  << QStringList{} << sl({"account.unmapped|account/6000"});
    QTest::newRow("explicit mapping to a frozen account")
        << E << expenseDoc(one(oop("FROZEN", num(50))), num(50)) << none << sl({"account/FROZEN=6050"})
        << QStringList{} << sl({"account.unmapped|account/FROZEN"});

    // --- employee vendor ---
    QTest::newRow("employee by full name")
        << E << expenseDoc(one(oop("6100", num(20))), num(20), {}, {},
                           obj({{"employeeId", "77"}, {"employeeFirstName", "jane"}, {"employeeLastName", "DOE"}}))
        << none << none << sl({"6100 D 20.00", "BP:V200 C 20.00"}) << none;
    QTest::newRow("employee BP frozen")
        << E << expenseDoc(one(oop("6100", num(20))), num(20), {}, {}, obj({{"employeeId", "300"}})) << none << none
        << QStringList{} << sl({"vendor.invalid|vendor/employee:300"});
    QTest::newRow("employee code is a customer and no supplier has the name")
        << E << expenseDoc(one(oop("6100", num(20))), num(20), {}, {},
                           obj({{"employeeId", "500"}, {"employeeFirstName", "Nobody"}, {"employeeLastName", "Known"}}))
        << none << none << QStringList{} << sl({"vendor.unmapped|vendor/employee:500"});
    QTest::newRow("explicit employee mapping")
        << E << expenseDoc(one(oop("6100", num(20))), num(20), {}, {}, obj({{"employeeId", "404"}})) << none
        << sl({"vendor/employee:404=V200"}) << sl({"6100 D 20.00", "BP:V200 C 20.00"}) << none;
    QTest::newRow("explicit employee mapping to a customer")
        << E << expenseDoc(one(oop("6100", num(20))), num(20), {}, {}, obj({{"employeeId", "404"}})) << none
        << sl({"vendor/employee:404=C500"}) << QStringList{} << sl({"vendor.invalid|vendor/employee:404"});

    // --- cost centers ---
    QTest::newRow("inactive dimension is ignored")
        << E << expenseDoc(one(entry(one(alloc(one(jline("6100", "COMP", "EMPL", num(50))), "", obj({{"allocationCustom4Code", "X4"}}))))), num(50))
        << none << none << sl({"6100 D 50.00", "BP:E1001 C 50.00"}) << none;
    QTest::newRow("active dimension value without profit center")
        << E << expenseDoc(one(oop("6100", num(50), "NOPE")), num(50)) << none << none << QStringList{}
        << sl({"costcenter.unmapped|costcenter/1:NOPE"});
    QTest::newRow("inactive profit center")
        << E << expenseDoc(one(oop("6100", num(50), "OLD")), num(50)) << none << none << QStringList{}
        << sl({"costcenter.unmapped|costcenter/1:OLD"});
    QTest::newRow("explicit cost center and employee dimension")
        << E << expenseDoc(one(oop("6100", num(50), "SLS")), num(50), {}, {}, obj({{"employeeOrgUnit2Code", "NORTH"}}))
        << none << none << sl({"6100 D 50.00 cc=SALES,NORTH", "BP:E1001 C 50.00"}) << none;
    QTest::newRow("report-level dimension value without profit center")
        << E << expenseDoc(one(oop("6100", num(50))), num(50), obj({{"reportCustom15Code", "US Group"}})) << none
        << none << QStringList{} << sl({"costcenter.unmapped|costcenter/3:US Group"});
    QTest::newRow("blank source field posts no costing code")
        << E << expenseDoc(one(oop("6100", num(50), "   ")), num(50)) << none << none
        << sl({"6100 D 50.00", "BP:E1001 C 50.00"}) << none;
    // Issue #7 item 14 changed this rule: the personal charge's credit reverses a debit that
    // carried the cost center, so it carries it too (the clearing and BP lines carry none).
    QTest::newRow("personal charge credit carries the allocation's cost center")
        << E
        << expenseDoc(one(entry(one(alloc(QJsonArray{jline("1700", "COMP", "CBCP", num(10)), jline("1700", "EMPL", "COMP", num(-10))}, "SALES")))),
                      num(-10))
        << none << none << sl({"1700 D 10.00 cc=SALES", "1590 C 10.00", "1700 C 10.00 cc=SALES", "BP:E1001 D 10.00"}) << none;

    // --- malformed ---
    {
        QJsonObject noReport = expenseDoc(one(oop("6100", num(50))), num(50));
        noReport.remove(QStringLiteral("report"));
        QTest::newRow("missing report block") << E << noReport << none << none << QStringList{}
                                              << sl({"document.malformed|"});
    }
    QTest::newRow("non-numeric amount")
        << E << expenseDoc(one(oop("6100", str("12,50"))), num(12.5)) << none << none << QStringList{}
        << sl({"document.malformed|"});
    QTest::newRow("unknown docType") << QStringLiteral("cashadvance") << QJsonObject() << none << none << QStringList{}
                                     << sl({"document.malformed|"});

    // --- invoices ---
    QTest::newRow("invoice MM/DD/YYYY with tax (gross - net) and header shipping, vendor by normalised name")
        << I
        << invoiceDoc(one(invAlloc("6300", str("100.00000000"), str("119.00000000"), num(0))), str("129.00000000"), "MULLER",
                      obj({{"amountShippingTotal", "10.00000000"}}))
        << none << none << sl({"6300 D 100.00", "1576 D 19.00", "6900 D 10.00", "BP:V100 C 129.00"}) << none;
    QTest::newRow("invoice YYYY-MM-DD, tax field, allocation shipping, allocationAccountCode, vendor by tax id")
        << I
        << invoiceDoc(one(invAlloc("", num(50), QJsonValue(QJsonValue::Null), num(2.5), num(5), "6300", "SALES")), num(57.5),
                      "Acme", obj({{"invoiceDate", "2018-08-08"}, {"vendorTaxId", "us 99"}}))
        << none << none << sl({"6300 D 50.00 cc=SALES", "1576 D 5.00", "6900 D 2.50 cc=SALES", "BP:V101 C 57.50"})
        << none;
    QTest::newRow("invoice gross includes shipping, no tax")
        << I << invoiceDoc(one(invAlloc("6300", num(100), num(112), num(12))), num(112), "MULLER", obj({{"amountShippingTotal", "12.00000000"}}))
        << none << none << sl({"6300 D 100.00", "6900 D 12.00", "BP:V100 C 112.00"}) << none;
    QTest::newRow("invoice with tax and shipping in the allocation (header shipping not counted twice)")
        << I << invoiceDoc(one(invAlloc("6300", num(100), num(129), num(10), num(19))), num(129), "MULLER", obj({{"amountShippingTotal", "10.00000000"}}))
        << none << none << sl({"6300 D 100.00", "1576 D 19.00", "6900 D 10.00", "BP:V100 C 129.00"}) << none;
    QTest::newRow("invoice vendor by legal-form-free name (S.A.)")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "INITECH SA") << none << none
        << sl({"6300 D 10.00", "BP:V104 C 10.00"}) << none;
    QTest::newRow("invoice ambiguous vendor name")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "ACME, Inc.") << none << none
        << QStringList{} << sl({"vendor.unmapped|vendor/vendor:94F538F2"});
    QTest::newRow("invoice frozen vendor")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "Globex Ltd.") << none << none
        << QStringList{} << sl({"vendor.invalid|vendor/vendor:94F538F2"});
    QTest::newRow("invoice vendor without code keys on the normalised name")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "Unknown Supplier GmbH", {},
                           obj({{"vendorCode", QJsonValue(QJsonValue::Null)}}))
        << none << none << QStringList{} << sl({"vendor.unmapped|vendor/vendor:unknown supplier"});
    QTest::newRow("invoice explicit vendor mapping")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "ACME, Inc.") << none
        << sl({"vendor/vendor:94F538F2=V102"}) << sl({"6300 D 10.00", "BP:V102 C 10.00"}) << none;
    QTest::newRow("invoice invalid date")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "MULLER", obj({{"invoiceDate", "2018-13-45"}}))
        << none << none << QStringList{} << sl({"date.invalid|"});
    QTest::newRow("invoice totals do not reconcile")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(200), "MULLER") << none << none
        << QStringList{} << sl({"totals.mismatch|"});
    QTest::newRow("invoice freight account not configured")
        << I << invoiceDoc(one(invAlloc("6300", num(10), num(11), num(1))), num(11), "MULLER")
        << sl({"posting/freightAccount="}) << none << QStringList{}
        << sl({"freight_account.missing|setting/posting/freightAccount"});
    QTest::newRow("invoice non-numeric amount")
        << I << invoiceDoc(one(invAlloc("6300", str("abc"), num(10), num(0))), num(10), "MULLER") << none << none
        << QStringList{} << sl({"document.malformed|"});
    QTest::newRow("invoice in foreign currency")
        << I << invoiceDoc(one(invAlloc("6300", num(80), num(96), num(0))), num(96), "MULLER", obj({{"currencyAlphaCode", "GBP"}}))
        << none << none << sl({"6300 FD 80.00 GBP", "1576 FD 16.00 GBP", "BP:V100 FC 96.00 GBP"}) << none;
    {
        QJsonObject doc = invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0), QJsonValue(QJsonValue::Null), "", "RND")), num(10), "MULLER");
        doc.insert(QStringLiteral("ownerEmployee"), obj({{"employeeId", "1001"}, {"employeeOrgUnit2Code", "NORTH"}}));
        QTest::newRow("invoice dimensions from allocation and owner employee")
            << I << doc << none << none << sl({"6300 D 10.00 cc=RND,NORTH", "BP:V100 C 10.00"}) << none;
    }
}

void TestJournalBuilder::build()
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
    for (const ReviewReason &x : r.reasons) {
        QVERIFY2(!x.message.isEmpty(), qPrintable(x.code));
        // Issue #8 item 4: every reason carries the named arguments its sentence is rendered
        // from in the reader's language; they survive the JSON the ledger stores.
        QVERIFY2(!x.args.isEmpty(), qPrintable(x.code + QLatin1Char(' ') + x.message));
        QCOMPARE(ReviewReason::fromJson(x.toJson()), x);
    }
    if (r.entry)
        QVERIFY(r.entry->isBalanced());
    // The preview's draft: with only mapping or setting problems every line is built (the
    // unresolved ones marked), so it balances and names each open blocker on a line.
    bool onlyMappings = !r.reasons.isEmpty();
    for (const ReviewReason &x : r.reasons)
        onlyMappings = onlyMappings && !x.blockerKey.isEmpty() && !x.code.startsWith(QLatin1String("currency"))
            && !x.code.startsWith(QLatin1String("setting.invalid"));
    if (onlyMappings) {
        QVERIFY(!r.draft.lines.isEmpty());
        QVERIFY2(r.draft.isBalanced(), qPrintable(r.draft.totalDebit().toString(2) + QLatin1String(" != ") + r.draft.totalCredit().toString(2)));
        QStringList marked;
        for (const JournalLine &l : r.draft.lines) {
            marked += l.unresolved;
            if (l.unresolved.isEmpty())
                QVERIFY(!l.accountCode.isEmpty() || !l.shortName.isEmpty());
        }
        for (const ReviewReason &x : r.reasons)
            QVERIFY2(marked.contains(x.blockerKey), qPrintable(x.blockerKey));
    }
    if (r.entry)
        for (const JournalLine &l : r.entry->lines)
            QVERIFY(l.unresolved.isEmpty());
}

void TestJournalBuilder::expenseReferenceDate_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QJsonObject>("reportOverrides");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QStringList>("reasons");
    QTest::newRow("payment processing date") << QStringLiteral("payment") << QJsonObject() << QDate(2018, 3, 2) << QStringList();
    QTest::newRow("submit date") << QStringLiteral("submit") << QJsonObject() << QDate(2018, 3, 1) << QStringList();
    QTest::newRow("sync date") << QStringLiteral("sync") << QJsonObject() << kSyncDate << QStringList();
    // Issue #7 item 6 changed this rule: no silent fallback to the sync date.
    QTest::newRow("missing payment date goes to review")
        << QStringLiteral("payment") << obj({{"reportPaymentProcessingDate", QJsonValue(QJsonValue::Null)}}) << QDate()
        << sl({"date.missing|"});
    QTest::newRow("unreadable date goes to review")
        << QStringLiteral("payment") << obj({{"reportPaymentProcessingDate", "yesterday"}}) << QDate() << sl({"date.invalid|"});
}

void TestJournalBuilder::expenseReferenceDate()
{
    QFETCH(QString, setting);
    QFETCH(QJsonObject, reportOverrides);
    QFETCH(QDate, expected);
    QFETCH(QStringList, reasons);
    const BuildResult r = run(QStringLiteral("expense"), expenseDoc(one(oop("6100", num(10))), num(10), reportOverrides),
                              {QStringLiteral("posting/referenceDate=") + setting});
    QCOMPARE(reasonKeys(r), reasons);
    if (expected.isValid())
        QCOMPARE(r.entry->referenceDate, expected);
}

void TestJournalBuilder::expenseHeader()
{
    const BuildResult r = run(QStringLiteral("expense"), expenseDoc(one(oop("6100", num(10))), num(10)));
    QVERIFY(r.entry);
    QCOMPARE(r.entry->memo, QStringLiteral("W4JPAB Trip to Minneapolis"));
    QCOMPARE(r.entry->reference, QStringLiteral("D0719B539ED64FE612AB"));
    QCOMPARE(r.entry->reference2, QStringLiteral("1001"));
    QCOMPARE(r.entry->reference3, QStringLiteral("E345R1"));
    QCOMPARE(r.identity.idemKey, QStringLiteral("E345R1"));
    QVERIFY(!r.entry->dueDate.isValid());
}

void TestJournalBuilder::memoIsCutTo50()
{
    const QString longName = QStringLiteral("Customer visit to Minneapolis and Saint Paul including the trade fair");
    const BuildResult r = run(QStringLiteral("expense"),
                              expenseDoc(one(oop("6100", num(10))), num(10), obj({{"reportName", longName}})));
    QVERIFY(r.entry);
    QCOMPARE(r.entry->memo.size(), 50);
    QCOMPARE(r.entry->memo, QString(QStringLiteral("W4JPAB ") + longName).left(50));
    // The 32-character reportId still fits Reference (100); Reference3 uses the short key.
    const QString reportId = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
    const BuildResult r2 = run(QStringLiteral("expense"),
                               expenseDoc(one(oop("6100", num(10))), num(10),
                                          obj({{"reportId", reportId}, {"reportKey", 123456789012}, {"revisionNumber", 12}})));
    QVERIFY(r2.entry);
    QCOMPARE(r2.entry->reference, reportId);
    QCOMPARE(r2.entry->reference3, QStringLiteral("E123456789012R12"));
    QVERIFY(r2.entry->reference3.size() <= b1len::Reference3);
}

void TestJournalBuilder::invoiceHeader_data()
{
    QTest::addColumn<QString>("invoiceDate");
    QTest::addColumn<QString>("dueDate");
    QTest::newRow("US dates") << QStringLiteral("08/08/2018") << QStringLiteral("09/07/2018");
    QTest::newRow("ISO dates") << QStringLiteral("2018-08-08") << QStringLiteral("2018-09-07");
    QTest::newRow("ISO timestamps") << QStringLiteral("2018-08-08T00:00:00.000Z") << QStringLiteral("2018-09-07T00:00:00Z");
}

void TestJournalBuilder::invoiceHeader()
{
    QFETCH(QString, invoiceDate);
    QFETCH(QString, dueDate);
    const BuildResult r = run(QStringLiteral("invoice"),
                              invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "Müller GmbH",
                                         obj({{"invoiceDate", invoiceDate}, {"paymentDueDate", dueDate}})));
    QVERIFY(r.entry);
    QCOMPARE(r.entry->referenceDate, QDate(2018, 8, 8));
    QCOMPARE(r.entry->dueDate, QDate(2018, 9, 7));
    QCOMPARE(r.entry->memo, QStringLiteral("25688 Müller GmbH"));
    QCOMPARE(r.entry->reference, QStringLiteral("25688"));
    QCOMPARE(r.entry->reference2, QStringLiteral("9B1D30723CBF4F86A574"));
    QCOMPARE(r.entry->reference3, QStringLiteral("I35R1"));
}

void TestJournalBuilder::autoMatchesRecordTheRule()
{
    const BuildResult r = run(QStringLiteral("expense"),
                              expenseDoc(QJsonArray{oop("6100", num(10), "SALES"), oop("6100", num(5), "SALES"), oop("TRAVEL", num(1))}, num(16)));
    QVERIFY(r.entry);
    const QList<AutoMatch> expected{
        {QStringLiteral("costcenter"), QStringLiteral("1:SALES"), QStringLiteral("SALES"), QStringLiteral("same-code")},
        {QStringLiteral("account"), QStringLiteral("6100"), QStringLiteral("6100"), QStringLiteral("same-code")},
        {QStringLiteral("vendor"), QStringLiteral("employee:1001"), QStringLiteral("E1001"), QStringLiteral("employee-id")},
    };
    QCOMPARE(r.autoMatches, expected); // each once; the explicit TRAVEL mapping is not an auto match

    const BuildResult byName = run(QStringLiteral("invoice"), invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "muller g.m.b.h."));
    QVERIFY(byName.autoMatches.contains(
        AutoMatch{QStringLiteral("vendor"), QStringLiteral("vendor:94F538F2"), QStringLiteral("V100"), QStringLiteral("normalised-name")}));
    const BuildResult byTax = run(QStringLiteral("invoice"), invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "Someone else",
                                                                        obj({{"vendorTaxId", "DE123456789"}})));
    QVERIFY(byTax.autoMatches.contains(
        AutoMatch{QStringLiteral("vendor"), QStringLiteral("vendor:94F538F2"), QStringLiteral("V100"), QStringLiteral("tax-id")}));
}

void TestJournalBuilder::ambiguousVendorListsCandidates()
{
    const BuildResult r = run(QStringLiteral("invoice"), invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "ACME, Inc."));
    QCOMPARE(r.reasons.size(), 1);
    QCOMPARE(r.reasons.first().candidates, (QStringList{QStringLiteral("V101"), QStringLiteral("V102")}));
    QVERIFY(r.reasons.first().message.contains(QStringLiteral("2 suppliers")));
}

void TestJournalBuilder::unknownVendorGetsFuzzyCandidates()
{
    const BuildResult r = run(QStringLiteral("invoice"), invoiceDoc(one(invAlloc("6300", num(10), num(10), num(0))), num(10), "Mueller Handels GmbH"));
    QCOMPARE(reasonKeys(r), QStringList{QStringLiteral("vendor.unmapped|vendor/vendor:94F538F2")});
    QVERIFY(!r.reasons.first().candidates.isEmpty());
    QCOMPARE(r.reasons.first().candidates.first(), QStringLiteral("V100"));
    QVERIFY(r.reasons.first().candidates.size() <= 3);
    QVERIFY(!r.reasons.first().candidates.contains(QStringLiteral("V103"))); // frozen suppliers are not offered
}

void TestJournalBuilder::allReasonsAreCollected()
{
    // Two lines on the same unmapped account, a title account and an unknown employee: three
    // reasons, the duplicate blocker once.
    const BuildResult r = run(QStringLiteral("expense"),
                              expenseDoc(QJsonArray{oop("9999", num(10)), oop("9999", num(10)), oop("6000", num(10))}, num(30), {}, {},
                                         obj({{"employeeId", "404"}, {"employeeFirstName", "No"}, {"employeeLastName", "Body"}})));
    QCOMPARE(reasonKeys(r), (QStringList{QStringLiteral("account.unmapped|account/9999"), QStringLiteral("account.unmapped|account/6000"),
                                         QStringLiteral("vendor.unmapped|vendor/employee:404")}));
    QVERIFY(!r.entry);
    QCOMPARE(r.identity.docId, QStringLiteral("D0719B539ED64FE612AB"));
}

void TestJournalBuilder::malformedMessagesAreClear()
{
    const BuildResult bad = run(QStringLiteral("expense"), expenseDoc(one(oop("6100", str("12,50"))), num(12.5)));
    QCOMPARE(reasonKeys(bad), QStringList{QStringLiteral("document.malformed|")});
    QCOMPARE(bad.reasons.first().message,
             QStringLiteral("Expense entry 1 (Hotel), journal line 1: amountGross '12,50' is not a number."));
    QCOMPARE(bad.identity.docId, QStringLiteral("D0719B539ED64FE612AB")); // still identified
    QCOMPARE(bad.identity.idemKey, QStringLiteral("E345R1"));

    QJsonObject noReport = expenseDoc(one(oop("6100", num(50))), num(50));
    noReport.remove(QStringLiteral("report"));
    const BuildResult missing = run(QStringLiteral("expense"), noReport);
    QCOMPARE(missing.reasons.first().message, QStringLiteral("The expense document has no report block."));
    QVERIFY(!missing.identity.complete);

    const BuildResult noNet = run(QStringLiteral("invoice"),
                                  invoiceDoc(one(invAlloc("6300", QJsonValue(QJsonValue::Null), num(10), num(0))), num(10), "MULLER"));
    QCOMPARE(noNet.reasons.first().message, QStringLiteral("Line item 1 (Merchandise), allocation 1 has no amountNet."));
}

void TestJournalBuilder::entryJsonUsesB1Names()
{
    const BuildResult r = run(QStringLiteral("expense"),
                              expenseDoc(one(oop("6100", num(50), "SALES")), num(50), {}, {}, obj({{"employeeOrgUnit2Code", "NORTH"}})));
    QVERIFY(r.entry);
    const QJsonObject json = r.entry->toJson(2);
    QCOMPARE(json.value(QStringLiteral("ReferenceDate")).toString(), QStringLiteral("2018-03-02"));
    QCOMPARE(json.value(QStringLiteral("Reference3")).toString(), QStringLiteral("E345R1"));
    const QJsonArray lines = json.value(QStringLiteral("JournalEntryLines")).toArray();
    QCOMPARE(lines.size(), 2);
    const QJsonObject expense = lines.at(0).toObject();
    QCOMPARE(expense.value(QStringLiteral("AccountCode")).toString(), QStringLiteral("6100"));
    QCOMPARE(expense.value(QStringLiteral("Debit")).toDouble(), 50.0);
    QCOMPARE(expense.value(QStringLiteral("CostingCode")).toString(), QStringLiteral("SALES"));
    QCOMPARE(expense.value(QStringLiteral("CostingCode2")).toString(), QStringLiteral("NORTH"));
    QVERIFY(!expense.contains(QStringLiteral("CostingCode3")));
    const QJsonObject bpLine = lines.at(1).toObject();
    QCOMPARE(bpLine.value(QStringLiteral("ShortName")).toString(), QStringLiteral("E1001"));
    QVERIFY(!bpLine.contains(QStringLiteral("AccountCode"))); // B1 fills the control account
    QCOMPARE(bpLine.value(QStringLiteral("Credit")).toDouble(), 50.0);

    const BuildResult fc = run(QStringLiteral("expense"),
                               expenseDoc(one(oop("6100", num(50))), num(50), obj({{"employeeCurrencyAlphaCode", "USD"}})));
    const QJsonObject fcLine = fc.entry->toJson(2).value(QStringLiteral("JournalEntryLines")).toArray().at(0).toObject();
    QCOMPARE(fcLine.value(QStringLiteral("FCCurrency")).toString(), QStringLiteral("USD"));
    QCOMPARE(fcLine.value(QStringLiteral("FCDebit")).toDouble(), 50.0);
    QVERIFY(!fcLine.contains(QStringLiteral("Debit"))); // B1 converts at its rate
}

void TestJournalBuilder::entriesAlwaysBalance()
{
    // Many awkward amounts: whatever the rounding, a posted entry balances to the cent.
    const char *amounts[] = {"0.005", "0.015", "1.234567", "99.995", "33.333333", "0.00000001", "12.345", "-4.445"};
    QJsonArray entries;
    for (const char *a : amounts)
        entries.append(entry(one(alloc(one(jline("6100", "COMP", "EMPL", str(a), str("0.001")))))));
    const BuildResult r = run(QStringLiteral("expense"), expenseDoc(entries, QJsonValue(QJsonValue::Undefined)));
    QVERIFY2(r.entry, qPrintable(reasonKeys(r).join(QLatin1Char(' '))));
    QVERIFY(r.entry->isBalanced());
    QCOMPARE(r.entry->totalDebit().toFixed(2), r.entry->totalCredit().toFixed(2));
}

void TestJournalBuilder::throughput()
{
    // Not a benchmark (that lives in tests/bench): a guard against accidental quadratic work.
    const HashLookup l = lookup();
    const PostingSettings s = PostingSettings::fromKeyValues(settingsKv());
    const JournalBuilder builder(m_md, l, s);
    const QJsonObject doc = expenseDoc(QJsonArray{entry(one(alloc(one(jline("6100", "COMP", "EMPL", num(119), num(100))), "SALES"))),
                                                  entry(one(alloc(one(jline("6100", "COMP", "CBCP", num(200)))))),
                                                  entry(one(alloc(QJsonArray{jline("1700", "COMP", "CBCP", num(80)),
                                                                             jline("1700", "EMPL", "COMP", num(-80))})))},
                                       num(39));
    const int n = 5000;
    QElapsedTimer t;
    t.start();
    int posted = 0;
    for (int i = 0; i < n; ++i)
        posted += builder.build(QStringLiteral("expense"), doc, kSyncDate).entry.has_value() ? 1 : 0;
    const double perDocMs = double(t.nsecsElapsed()) / 1e6 / n;
    qInfo("build(): %.4f ms per document", perDocMs);
    QCOMPARE(posted, n);
    QVERIFY2(perDocMs < 1.0, qPrintable(QString::number(perDocMs)));
}

QTEST_GUILESS_MAIN(TestJournalBuilder)
#include "tst_journalbuilder.moc"
