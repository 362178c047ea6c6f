// Exactly once across both systems (issue #10): the command line `sync` with write-back level
// `confirm` is killed with SIGKILL between each pair of steps - while journal entries are being
// posted (ledger committed, nothing acknowledged), after Concur took an acknowledgement the
// connector never heard of, and after Concur took a posting confirmation the connector never
// heard of - and then run again. Every document ends with one journal entry in B1, acknowledged
// and confirmed in Concur, nothing pending and nothing lost; the repeats were answered "already
// done" (101, 113).
#include "endtoendfixture.h"

#include "concur/writebacklevel.h"

#include <QProcess>
#include <QTest>

using namespace mlc;

class TestWriteBackKill : public QObject {
    Q_OBJECT
private slots:
    void killedBetweenStepsEndsExactlyOnce_data();
    void killedBetweenStepsEndsExactlyOnce();
    void paymentMarkedOnTheCommandLineIsConfirmedOnce();
};

void TestWriteBackKill::killedBetweenStepsEndsExactlyOnce_data()
{
    QTest::addColumn<QString>("killWhile");    // the route whose request is hanging when the kill comes
    QTest::addColumn<int>("expectedRepeatCode"); // what Concur answers the repeat with (0: no repeat)
    QTest::newRow("ledger -> post -> (kill) -> acknowledgement") << QStringLiteral("b1") << 0;
    QTest::newRow("acknowledgement -> (kill) -> confirmation") << QStringLiteral("/acknowledgements") << 101;
    QTest::newRow("confirmation -> (kill) -> recorded") << QStringLiteral("/postingconfirmations") << 113;
}

void TestWriteBackKill::killedBetweenStepsEndsExactlyOnce()
{
    QFETCH(QString, killWhile);
    QFETCH(int, expectedRepeatCode);
    sim::B1SimConfig b1;
    if (killWhile == QLatin1String("b1"))
        b1.latencyMs = 40; // slow enough to be killed while posting
    test::EndToEnd e(b1);
    QVERIFY(e.ready());
    QVERIFY(e.db->setSetting(QLatin1String(concur::WriteBackSettingKey), QStringLiteral("confirm")).ok());
    QList<QPair<QString, QString>> docs; // FIS id, expected outcome
    sim::DocumentGenerator gen(17);
    for (const auto &d : gen.generate(24, 0))
        docs.append({e.concur->addDocument(d.docType, d.document), d.expectedOutcome});
    if (killWhile != QLatin1String("b1")) {
        // Concur does the work, then the answer hangs: the kill lands before the connector hears it.
        sim::ConcurFault hang;
        hang.pathContains = killWhile;
        hang.status = 0;
        hang.delayMs = 60000;
        hang.count = -1;
        e.concur->injectFault(hang);
    }
    const QString secretsFile = e.dir.filePath(QStringLiteral("secrets.json"));
    QVERIFY(test::EndToEnd::writeSecretsFile(secretsFile));
    e.db.reset(); // the connector process owns the database now
    const QStringList args{QStringLiteral("--data-dir"), e.dir.path(), QStringLiteral("--secrets"),
                           QStringLiteral("file:") + secretsFile, QStringLiteral("--local"), QStringLiteral("sync"),
                           QStringLiteral("--json")};

    QProcess first;
    first.start(QStringLiteral(MLC_CONNECTOR_EXE), args);
    QVERIFY(first.waitForStarted());
    const auto reached = [&] {
        if (killWhile == QLatin1String("b1"))
            return e.b1->journalEntryCount() >= 4;
        for (const sim::ConcurRequestRecord &r : e.concur->requests()) {
            if (r.path.endsWith(killWhile))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(reached(), 60000);
    first.kill(); // SIGKILL: no cleanup, no answer recorded
    QVERIFY(first.waitForFinished());
    e.concur->clearFaults();

    QProcess second;
    second.start(QStringLiteral(MLC_CONNECTOR_EXE), args);
    QVERIFY(second.waitForFinished(120000));
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    // B1: one journal entry per document.
    QSet<QString> refs;
    for (const QJsonObject &entry : e.b1->journalEntries()) {
        const QString k = entry.value(QStringLiteral("Reference3")).toString();
        QVERIFY2(!refs.contains(k), qPrintable(QStringLiteral("posted twice: ") + k));
        refs.insert(k);
    }
    auto st = store::Store::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(st.ok());
    store::Store &db = *st.value();
    auto counts = db.ledgerCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(QStringLiteral("posting")), 0);
    QCOMPARE(counts->value(QStringLiteral("posted")), e.b1->journalEntryCount());
    QCOMPARE(counts->value(QStringLiteral("posted")) + counts->value(QStringLiteral("skipped")), docs.size()); // nothing lost
    // Concur: every document acknowledged once and confirmed once, as Concur records it.
    int repeats = 0;
    for (const auto &[fisId, expected] : docs) {
        const QString status = e.concur->documentStatus(fisId);
        QVERIFY2(status == QLatin1String("POSTING_CONFIRMED_SUCCESS"), qPrintable(fisId + QLatin1Char(' ') + status));
        Q_UNUSED(expected);
    }
    const auto wb = db.writeBackCounts();
    QVERIFY(wb.ok());
    QCOMPARE(wb->value(QStringLiteral("ack/done")), docs.size());
    QCOMPARE(wb->value(QStringLiteral("posting/done")), docs.size());
    QCOMPARE(wb->value(QStringLiteral("ack/pending")) + wb->value(QStringLiteral("posting/pending"))
                 + wb->value(QStringLiteral("ack/refused")) + wb->value(QStringLiteral("posting/refused")),
             0);
    for (store::LedgerState s : {store::LedgerState::Posted, store::LedgerState::Skipped}) {
        const auto rows = db.ledgerInState(s);
        QVERIFY(rows.ok());
        for (const store::LedgerRow &row : rows.value()) {
            for (const QString &step : {QStringLiteral("ack"), QStringLiteral("posting")}) {
                const auto w = db.writeBack(row.key, step);
                QVERIFY(w.ok() && w->has_value());
                if ((*w)->code != 0) {
                    QCOMPARE((*w)->code, expectedRepeatCode);
                    ++repeats;
                }
            }
        }
    }
    if (expectedRepeatCode != 0)
        QVERIFY2(repeats > 0, "the kill came after the answers were recorded: nothing was repeated");
    else
        QCOMPARE(repeats, 0);
    QCOMPARE(db.verifyAuditChain().value(), qint64(-1));
}

// `review paid` as a finance user types it: refused below confirm-and-pay with a clear message,
// accepted at it, sent once at the next `sync`, shown in the cycle's table.
void TestWriteBackKill::paymentMarkedOnTheCommandLineIsConfirmedOnce()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    QVERIFY(e.db->setSetting(QLatin1String(concur::WriteBackSettingKey), QStringLiteral("confirm")).ok());
    sim::DocumentGenerator gen(41);
    for (const auto &d : gen.generate(6, 0))
        e.concur->addDocument(d.docType, d.document);
    const auto first = e.runCli(QStringLiteral(MLC_CONNECTOR_EXE), {QStringLiteral("sync")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("Written back to Concur")), qPrintable(first.out));
    QVERIFY(e.reopen());
    QString key;
    const auto posted = e.db->ledgerInState(store::LedgerState::Posted); // kept: value() of a temporary dangles
    QVERIFY(posted.ok());
    for (const store::LedgerRow &r : posted.value()) {
        if (r.docType == QLatin1String("expense"))
            key = r.key;
    }
    QVERIFY(!key.isEmpty());
    const QStringList paid{QStringLiteral("review"), QStringLiteral("paid"), key, QStringLiteral("OP-7"),
                           QStringLiteral("2026-12-04"), QStringLiteral("88.10")};
    auto refused = e.runCli(QStringLiteral(MLC_CONNECTOR_EXE), paid);
    QCOMPARE(refused.exitCode, 5); // data: not at this level
    QVERIFY2(refused.err.contains(QLatin1String("confirm-and-pay")), qPrintable(refused.err));
    QVERIFY(e.reopen());
    QVERIFY(e.db->setSetting(QLatin1String(concur::WriteBackSettingKey), QStringLiteral("confirm-and-pay")).ok());
    auto marked = e.runCli(QStringLiteral(MLC_CONNECTOR_EXE), paid);
    QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
    e.concur->resetCounters();
    auto second = e.runCli(QStringLiteral(MLC_CONNECTOR_EXE), {QStringLiteral("sync")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(e.concur->writeCalls(), 1);
    QVERIFY2(e.concur->writeBodies().first().contains("\"clearingAmount\":88.10"), e.concur->writeBodies().first().constData());
    QVERIFY2(second.out.contains(QLatin1String("payment confirmed")), qPrintable(second.out));
    e.concur->resetCounters();
    auto third = e.runCli(QStringLiteral(MLC_CONNECTOR_EXE), {QStringLiteral("sync")});
    QVERIFY2(third.exitCode == 0, qPrintable(third.err));
    QCOMPARE(e.concur->writeCalls(), 0);
}

QTEST_GUILESS_MAIN(TestWriteBackKill)
#include "tst_writebackkill.moc"
