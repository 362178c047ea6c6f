// Issue #7 reproduction 3, end to end through the command line against both simulators: an
// invoice whose tax id names a frozen supplier (V10003) and whose vendor name is another
// supplier's (V10001) must not be posted with V10001 as creditor; it waits in review and the
// review queue says why.
#include "endtoendfixture.h"
#include "handmadedocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc;

class TestReproCreditor : public QObject {
    Q_OBJECT
private slots:
    void taxIdOfFrozenSupplierIsNotPostedToANamesake();
};

void TestReproCreditor::taxIdOfFrozenSupplierIsNotPostedToANamesake()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    // The demo company, with supplier V10003 (tax id CHE-105.123.456) frozen as in the issue.
    accounting::MasterData md = sim::DemoScenario::masterData();
    QString namesake; // V10001's name in Concur's spelling
    QString namesakeTaxId;
    for (accounting::BusinessPartner &bp : md.partners) {
        if (bp.cardCode == QLatin1String("V10003"))
            bp.frozen = true;
    }
    for (const sim::DemoVendor &v : sim::DemoScenario::vendors()) {
        if (v.cardCode == QLatin1String("V10001")) {
            namesake = v.concurName;
            namesakeTaxId = v.taxId;
        }
    }
    QVERIFY(!namesake.isEmpty());
    e.sims.call([&] { e.b1->setMasterData(md); });

    struct Case {
        QString requestId;
        QJsonValue taxId;
        QString reasonCode;
        QString mentions; // the supplier the reason names
    };
    const QList<Case> cases = {
        // The reproduction: tax id of the frozen V10003, name of V10001.
        {QStringLiteral("A1000000000000000000000000000001"), QStringLiteral("CHE-105.123.456"), QStringLiteral("vendor.invalid"),
         QStringLiteral("V10003")},
        // The same with an inactive supplier's tax id (V10098, Valid = N).
        {QStringLiteral("A1000000000000000000000000000002"), QStringLiteral("CHE-999.888.777"), QStringLiteral("vendor.invalid"),
         QStringLiteral("V10098")},
        // A tax id no supplier has: V10001's own tax id differs, so its name alone is not enough.
        {QStringLiteral("A1000000000000000000000000000003"), QStringLiteral("DE999999999"), QStringLiteral("vendor.unmapped"),
         QStringLiteral("V10001")},
    };
    test::HandmadeInvoice doc;
    doc.vendorName = namesake;
    for (const Case &c : cases) {
        doc.requestId = c.requestId;
        doc.vendorTaxId = c.taxId;
        e.concur->addDocument(QStringLiteral("invoice"), test::invoiceDocument(doc));
        ++doc.reqKey;
    }
    // Control: V10001's own tax id and name still post, so the sync itself works.
    doc.requestId = QStringLiteral("A1000000000000000000000000000004");
    doc.vendorTaxId = namesakeTaxId;
    e.concur->addDocument(QStringLiteral("invoice"), test::invoiceDocument(doc));

    const QString exe = QStringLiteral(MLC_CONNECTOR_EXE);
    const auto sync = e.runCli(exe, {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));

    // B1 holds exactly the control entry; nothing else is credited to V10001.
    const QList<QJsonObject> entries = e.b1->journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(QStringLiteral("Reference2")).toString(), QStringLiteral("A1000000000000000000000000000004"));
    QCOMPARE(test::businessPartnerOf(entries.first()), QStringLiteral("V10001"));

    // The review queue says why for each of the three.
    const auto review = e.runCli(exe, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));
    const QJsonArray queued = QJsonDocument::fromJson(review.out.toUtf8()).array();
    QCOMPARE(queued.size(), cases.size());
    for (const Case &c : cases) {
        const QString key = QStringLiteral("invoice|") + c.requestId + QStringLiteral("|1");
        QJsonObject item;
        for (const QJsonValue &v : queued) {
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                item = v.toObject();
        }
        QVERIFY2(!item.isEmpty(), qPrintable(key + QLatin1Char(' ') + review.out));
        const QJsonArray reasons = item.value(QStringLiteral("reasons")).toArray();
        QCOMPARE(reasons.size(), 1);
        const QJsonObject why = reasons.first().toObject();
        QCOMPARE(why.value(QStringLiteral("code")).toString(), c.reasonCode);
        const QString message = why.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(c.mentions), qPrintable(message));
    }
    QVERIFY(e.reopen());
    QCOMPARE(e.db->verifyAuditChain().value(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestReproCreditor)
#include "tst_repro_creditor.moc"
