// Kill -9 the connector in the middle of a cycle, run it again: nothing posted twice, nothing lost.
#include "endtoendfixture.h"

#include "secrets/filesecretstore.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace mlc;

class TestKillResume : public QObject {
    Q_OBJECT
private slots:
    void killedMidCycleResumesWithoutDuplicates();
};

void TestKillResume::killedMidCycleResumesWithoutDuplicates()
{
    sim::B1SimConfig b1;
    b1.latencyMs = 40; // slow enough to be killed mid-cycle
    test::EndToEnd e(b1);
    QVERIFY(e.ready());
    const auto docs = e.seed(40, 0);
    int expectedPosts = 0;
    for (const auto &d : docs)
        expectedPosts += d.expectedOutcome == QLatin1String("post") ? 1 : 0;

    const QString secretsFile = e.dir.filePath(QStringLiteral("secrets.json"));
    {
        FileSecretStore fs(secretsFile);
        QVERIFY(fs.write(secretkey::ConcurClientSecret, test::EndToEnd::kClientSecret).ok());
        QVERIFY(fs.write(secretkey::ConcurRequestToken, test::EndToEnd::kRequestToken).ok());
        QVERIFY(fs.write(secretkey::B1Password, test::EndToEnd::kB1Password).ok());
    }
    e.db.reset(); // the connector process owns the database now
    const QStringList args{QStringLiteral("--data-dir"), e.dir.path(), QStringLiteral("--secrets"),
                           QStringLiteral("file:") + secretsFile, QStringLiteral("sync"), QStringLiteral("--json")};

    QProcess first;
    first.start(QStringLiteral(MLC_CONNECTOR_EXE), args);
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(e.b1->journalEntryCount() >= 6, 60000);
    first.kill(); // SIGKILL: no cleanup, no logout
    QVERIFY(first.waitForFinished());
    const int afterKill = e.b1->journalEntryCount();
    QVERIFY2(afterKill < expectedPosts, "the cycle finished before it could be killed");

    QProcess second;
    second.start(QStringLiteral(MLC_CONNECTOR_EXE), args);
    QVERIFY(second.waitForFinished(120000));
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    // Everything posted exactly once.
    QSet<QString> keys;
    for (const QJsonObject &entry : e.b1->journalEntries()) {
        const QString k = entry.value(QStringLiteral("Reference3")).toString();
        QVERIFY2(!keys.contains(k), qPrintable(QStringLiteral("posted twice: ") + k));
        keys.insert(k);
    }
    auto st = store::Store::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(st.ok());
    auto counts = st.value()->ledgerCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(QStringLiteral("posting")), 0);
    QCOMPARE(counts->value(QStringLiteral("posted")), e.b1->journalEntryCount());
    QCOMPARE(counts->value(QStringLiteral("posted")) + counts->value(QStringLiteral("skipped")), expectedPosts);
    QCOMPARE(st.value()->verifyAuditChain().value(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_killresume.moc"
