// Ledger identity and the Reference3 idempotency key (design.md §3), also for broken documents.
#include "accounting/documentidentity.h"
#include "accounting/journalentry.h"
#include "accountingfixture.h"

#include <QTest>

using namespace fixture;

Q_DECLARE_METATYPE(QJsonObject)

class TestDocumentIdentity : public QObject {
    Q_OBJECT
private slots:
    void identify_data();
    void identify();
    void overlongKeyStillFits();
};

void TestDocumentIdentity::identify_data()
{
    QTest::addColumn<QString>("docType");
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QString>("docId");
    QTest::addColumn<QString>("companyKey");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QString>("idemKey");
    QTest::addColumn<bool>("complete");

    const QString E = QStringLiteral("expense");
    const QJsonArray noEntries;
    QTest::newRow("expense, numeric reportKey, string revision")
        << E << expenseDoc(noEntries, num(0)) << QStringLiteral("D0719B539ED64FE612AB") << QStringLiteral("345")
        << QStringLiteral("1") << QStringLiteral("E345R1") << true;
    QTest::newRow("32-character reportId, long key, numeric revision")
        << E
        << expenseDoc(noEntries, num(0),
                      obj({{"reportId", "0123456789ABCDEF0123456789ABCDEF"}, {"reportKey", 9876543210123LL}, {"revisionNumber", 12}}))
        << QStringLiteral("0123456789ABCDEF0123456789ABCDEF") << QStringLiteral("9876543210123") << QStringLiteral("12")
        << QStringLiteral("E9876543210123R12") << true;
    QTest::newRow("reportKey as string") << E << expenseDoc(noEntries, num(0), obj({{"reportKey", " 345 "}}))
                                         << QStringLiteral("D0719B539ED64FE612AB") << QStringLiteral("345")
                                         << QStringLiteral("1") << QStringLiteral("E345R1") << true;
    QTest::newRow("invoice") << QStringLiteral("invoice")
                             << invoiceDoc(QJsonArray(), num(10), "Test Vendor", obj({{"revisionNumber", "2"}}))
                             << QStringLiteral("9B1D30723CBF4F86A574") << QStringLiteral("35") << QStringLiteral("2")
                             << QStringLiteral("I35R2") << true;
    {
        QJsonObject doc = expenseDoc(noEntries, num(0));
        doc.remove(QStringLiteral("report"));
        QTest::newRow("missing report block") << E << doc << QString() << QString() << QString() << QString() << false;
    }
    QTest::newRow("missing reportKey keeps the reportId")
        << E << expenseDoc(noEntries, num(0), obj({{"reportKey", QJsonValue(QJsonValue::Null)}}))
        << QStringLiteral("D0719B539ED64FE612AB") << QString() << QStringLiteral("1") << QString() << false;
    QTest::newRow("report is not an object") << E << obj({{"report", "oops"}}) << QString() << QString() << QString()
                                             << QString() << false;
}

void TestDocumentIdentity::identify()
{
    QFETCH(QString, docType);
    QFETCH(QJsonObject, document);
    QFETCH(QString, docId);
    QFETCH(QString, companyKey);
    QFETCH(QString, revision);
    QFETCH(QString, idemKey);
    QFETCH(bool, complete);

    const DocumentIdentity id = mlc::accounting::identify(docType, document);
    QCOMPARE(id.docType, docType);
    QCOMPARE(id.docId, docId);
    QCOMPARE(id.companyKey, companyKey);
    QCOMPARE(id.revision, revision);
    QCOMPARE(id.idemKey, idemKey);
    QCOMPARE(id.complete, complete);
    QVERIFY(id.idemKey.size() <= b1len::Reference3);
    if (complete)
        QCOMPARE(id.ledgerKey(), docType + QLatin1Char('|') + docId + QLatin1Char('|') + revision);
}

void TestDocumentIdentity::overlongKeyStillFits()
{
    const QString hugeKey = QStringLiteral("123456789012345678901234567890");
    const QString a = idempotencyKey(QStringLiteral("expense"), hugeKey, QStringLiteral("1"));
    const QString b = idempotencyKey(QStringLiteral("expense"), hugeKey, QStringLiteral("2"));
    QCOMPARE(a.size(), b1len::Reference3);
    QVERIFY(a.startsWith(QStringLiteral("EH")));
    QVERIFY(a != b);                                                                 // per revision
    QCOMPARE(a, idempotencyKey(QStringLiteral("expense"), hugeKey, QStringLiteral("1"))); // deterministic
    const DocumentIdentity id = mlc::accounting::identify(QStringLiteral("expense"),
                                                          expenseDoc(QJsonArray(), num(0), obj({{"reportKey", "123456789012345678901234567890"}, {"totalApprovedAmount", 200}})));
    QCOMPARE(id.idemKey, a);
    QCOMPARE(id.title, QStringLiteral("W4JPAB Trip to Minneapolis"));
    QCOMPARE(id.currency, QStringLiteral("EUR"));
    QCOMPARE(id.total.toString(2), QStringLiteral("200.00"));
}

QTEST_GUILESS_MAIN(TestDocumentIdentity)
#include "tst_documentidentity.moc"
