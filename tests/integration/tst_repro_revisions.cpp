// Issue #7, reproduction 1, end to end through the command line against both simulators: report
// R1 waits in review (its account 6999 is unmapped), Concur resubmits it as revision 2, also
// queued; `mappings set account 6999 6100` must post ONE journal entry for the report - revision
// 2's - and revision 1 must be closed as superseded, out of the review queue.
#include "endtoendfixture.h"

#include "accounting/documentidentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc;

class TestReproRevisions : public QObject {
    Q_OBJECT
private slots:
    void resubmittedReportPostsOnce();
};

namespace {

QJsonObject withRevision(QJsonObject document, const QString &revision)
{
    QJsonObject report = document.value(QStringLiteral("report")).toObject();
    report.insert(QStringLiteral("revisionNumber"), revision);
    document.insert(QStringLiteral("report"), report);
    return document;
}

QStringList reviewKeys(const QString &json)
{
    QStringList keys;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        keys << v.toObject().value(QStringLiteral("key")).toString();
    return keys;
}

} // namespace

void TestReproRevisions::resubmittedReportPostsOnce()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    sim::DocumentGenerator gen(21);
    const QJsonObject rev1 = gen.expense(QStringLiteral("account.unmapped")).document;
    const QJsonObject rev2 = withRevision(rev1, QStringLiteral("2"));
    QCOMPARE(rev1.value(QStringLiteral("report")).toObject().value(QStringLiteral("revisionNumber")).toString(),
             QStringLiteral("1"));
    e.concur->addDocument(QStringLiteral("expense"), rev1);
    e.concur->addDocument(QStringLiteral("expense"), rev2);
    const QString reportId = rev1.value(QStringLiteral("report")).toObject().value(QStringLiteral("reportId")).toString();
    const QString key1 = QStringLiteral("expense|%1|1").arg(reportId);
    const QString key2 = QStringLiteral("expense|%1|2").arg(reportId);
    const QString exe = QStringLiteral(MLC_CONNECTOR_EXE);

    auto sync = e.runCli(exe, {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err + sync.out));
    QCOMPARE(e.b1->journalEntryCount(), 0);
    // The review queue shows the current revision only.
    auto queue = e.runCli(exe, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(queue.exitCode == 0, qPrintable(queue.err));
    QCOMPARE(reviewKeys(queue.out), QStringList{key2});

    auto map = e.runCli(exe, {QStringLiteral("mappings"), QStringLiteral("set"), QStringLiteral("account"),
                              QStringLiteral("6999"), QStringLiteral("6100")});
    QVERIFY2(map.exitCode == 0, qPrintable(map.err + map.out));
    auto again = e.runCli(exe, {QStringLiteral("sync")}); // Concur still lists both revisions
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));

    // Exactly one entry in B1 for the report: revision 2's.
    QList<QJsonObject> forReport;
    for (const QJsonObject &entry : e.b1->journalEntries()) {
        if (entry.value(QStringLiteral("Reference")).toString() == reportId)
            forReport << entry;
    }
    QCOMPARE(forReport.size(), 1);
    QCOMPARE(forReport.first().value(QStringLiteral("Reference3")).toString(),
             accounting::identify(QStringLiteral("expense"), rev2).idemKey);
    queue = e.runCli(exe, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(reviewKeys(queue.out).isEmpty());

    QVERIFY(e.reopen());
    auto row1 = e.db->ledger(key1);
    auto row2 = e.db->ledger(key2);
    QVERIFY(row1.ok() && row1->has_value() && row2.ok() && row2->has_value());
    QCOMPARE(store::toString(row2->value().state), QStringLiteral("posted"));
    QCOMPARE(row2->value().jdtNum, forReport.first().value(QStringLiteral("JdtNum")).toInteger());
    // Revision 1: closed as superseded by revision 2 (by the rules), audited.
    QCOMPARE(store::toString(row1->value().state), QStringLiteral("skipped"));
    QCOMPARE(row1->value().skippedBy, QStringLiteral("rules"));
    QCOMPARE(row1->value().skipReason, QStringLiteral("superseded by revision 2"));
    bool audited = false;
    const auto trail = e.db->audit(key1);
    for (const store::AuditEntry &a : trail.value())
        audited = audited || (a.action == QLatin1String("supersede") && a.detail.contains(QStringLiteral("superseded by revision 2")));
    QVERIFY(audited);
    const auto counts = e.db->ledgerCounts().value();
    QCOMPARE(counts.value(QStringLiteral("posted")), 1);
    QCOMPARE(counts.value(QStringLiteral("skipped")), 1);
    QCOMPARE(counts.value(QStringLiteral("review")), 0);
    QCOMPARE(e.db->verifyAuditChain().value(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestReproRevisions)
#include "tst_repro_revisions.moc"
