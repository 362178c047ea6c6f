// Issue #7 reproduction 2, end to end through the command line against the simulators: a report
// with totalApprovedAmount 603.61 whose entries are not personal but carry empty journal arrays
// was marked "nothing to post" and never looked at again. It must wait in the review queue with a
// reason a finance user understands, and B1 must hold no entry for it; ordinary generated reports
// of the same sync still post.
#include "endtoendfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mlc;

namespace {

const QString kReportId = QStringLiteral("5A1E47D3B0C94F2E8D61");
const QString kKey = QStringLiteral("expense|5A1E47D3B0C94F2E8D61|1");

QJsonObject emptyEntry(const char *id, const char *typeCode, const char *typeName, double amount)
{
    return QJsonObject{
        {QStringLiteral("entryId"), QString::fromLatin1(id)},
        {QStringLiteral("expenseTypeCode"), QString::fromLatin1(typeCode)},
        {QStringLiteral("expenseTypeName"), QString::fromLatin1(typeName)},
        {QStringLiteral("entryDate"), QStringLiteral("2026-02-20T00:00:00.000Z")},
        {QStringLiteral("entryCurrAlphaCode"), QStringLiteral("EUR")},
        {QStringLiteral("entryApprovedAmount"), amount},
        {QStringLiteral("entryIsPersonal"), QStringLiteral("N")},
        {QStringLiteral("reportEntryPatKey"), QStringLiteral("CASH")},
        {QStringLiteral("allocation"),
         QJsonArray{QJsonObject{{QStringLiteral("allocationId"), QString(QString::fromLatin1(id) + QStringLiteral("A"))},
                                {QStringLiteral("allocationPercentage"), 100},
                                {QStringLiteral("allocationCustom1Code"), QStringLiteral("CC100")},
                                {QStringLiteral("journal"), QJsonArray()},
                                {QStringLiteral("tax"), QJsonArray()}}}}};
}

// The report, in the FIS shape of reference §2.8, for a demo employee that maps.
QJsonObject silentDropReport()
{
    const sim::DemoEmployee &emp = sim::DemoScenario::employees().first();
    return QJsonObject{
        {QStringLiteral("employee"),
         QJsonObject{{QStringLiteral("employeeId"), emp.employeeId},
                     {QStringLiteral("employeeFirstName"), emp.firstName},
                     {QStringLiteral("employeeLastName"), emp.lastName},
                     {QStringLiteral("employeeOrgUnit1Code"), emp.region},
                     {QStringLiteral("employeeOrgUnit2Code"), emp.department}}},
        {QStringLiteral("report"),
         QJsonObject{{QStringLiteral("reportKey"), 987654},
                     {QStringLiteral("reportId"), kReportId},
                     {QStringLiteral("reportNumber"), QStringLiteral("SD7Q2X")},
                     {QStringLiteral("reportName"), QStringLiteral("Customer visit Lisbon")},
                     {QStringLiteral("totalApprovedAmount"), 603.61},
                     {QStringLiteral("employeeCurrencyAlphaCode"), QStringLiteral("EUR")},
                     {QStringLiteral("revisionNumber"), QStringLiteral("1")},
                     {QStringLiteral("reportSubmitDate"), QStringLiteral("2026-02-27T09:12:03.050Z")},
                     {QStringLiteral("reportPaymentProcessingDate"), QStringLiteral("2026-02-28T13:54:52.922Z")}}},
        {QStringLiteral("expenseEntry"),
         QJsonArray{emptyEntry("E1", "LODNG", "Hotel", 412.50), emptyEntry("E2", "AIRFR", "Airfare", 191.11)}},
        {QStringLiteral("cashAdvanceApplication"), QJsonArray()}};
}

} // namespace

class TestReproSilentDrop : public QObject {
    Q_OBJECT
private slots:
    void unaccountedReportWaitsInReview();
};

void TestReproSilentDrop::unaccountedReportWaitsInReview()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const auto generated = e.seed(6, 0, 77);
    int expectedPosts = 0;
    for (const auto &d : generated)
        expectedPosts += d.expectedOutcome == QLatin1String("post") ? 1 : 0;
    e.concur->addDocument(QStringLiteral("expense"), silentDropReport());

    const QString exe = QStringLiteral(MLC_CONNECTOR_EXE);
    const auto sync = e.runCli(exe, {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));

    // The review queue says why, in words a finance user understands.
    const auto list = e.runCli(exe, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QJsonObject item;
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QStringLiteral("key")).toString() == kKey)
            item = v.toObject();
    }
    QVERIFY2(!item.isEmpty(), qPrintable(list.out + list.err));
    const QJsonArray reasons = item.value(QStringLiteral("reasons")).toArray();
    QCOMPARE(reasons.size(), 1);
    const QJsonObject reason = reasons.first().toObject();
    QCOMPARE(reason.value(QStringLiteral("code")).toString(), QStringLiteral("totals.unaccounted"));
    const QString message = reason.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("603.61")) && message.contains(QStringLiteral("totalApprovedAmount"))
                 && message.contains(QStringLiteral("Expense entry 1 (Hotel)"))
                 && message.contains(QStringLiteral("Expense entry 2 (Airfare)")),
             qPrintable(message));

    // B1 holds no entry for it; the generated reports posted as usual.
    for (const QJsonObject &je : e.b1->journalEntries()) {
        QVERIFY2(je.value(QStringLiteral("Reference")).toString() != kReportId, "the report was posted");
        QVERIFY(je.value(QStringLiteral("Reference3")).toString() != QLatin1String("E987654R1"));
    }
    QCOMPARE(e.b1->journalEntryCount(), expectedPosts);

    // The ledger keeps it in review, not skipped as "nothing to post".
    QVERIFY(e.reopen());
    auto row = e.db->ledger(kKey);
    QVERIFY(row.ok() && row.value().has_value());
    QCOMPARE(store::toString(row.value()->state), QStringLiteral("review"));
    auto counts = e.db->ledgerCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(QStringLiteral("skipped")), 0);
    QCOMPARE(counts->value(QStringLiteral("posted")), expectedPosts);
}

QTEST_GUILESS_MAIN(TestReproSilentDrop)
#include "tst_repro_silentdrop.moc"
