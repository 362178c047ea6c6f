// Issue #7 item 12, end to end through the command line: B1 is the source of truth for what was
// posted. The data directory comes back from a copy taken before a sync (a restored backup after
// a disk failure; a power cut that loses the last commits is the same case for what it lost): the
// next sync posts nothing a second time, records every document as posted with B1's numbers and
// audits it as found - with one lookup per page of documents, not one per document.
#include "endtoendfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc;

class TestRestoreBackup : public QObject {
    Q_OBJECT
private slots:
    void restoredDatabasePostsNothingTwice();
};

void TestRestoreBackup::restoredDatabasePostsNothingTwice()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    e.seed(52, 0); // 52 documents, as in the reproduction
    const QString exe = QStringLiteral(MLC_CONNECTOR_EXE);
    const QString db = e.dir.filePath(QStringLiteral("ml-connector.db"));
    const QString backup = e.dir.filePath(QStringLiteral("backup.db"));
    e.db.reset(); // the admin's copy, taken while nothing has the database open
    QVERIFY(QFile::copy(db, backup));

    auto first = e.runCli(exe, {QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const int entries = e.b1->journalEntryCount();
    QVERIFY(entries > 40);

    // The disk fails; the copy comes back.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1String(suffix));
    QVERIFY(QFile::copy(backup, db));
    const int getsBefore = e.b1->requestCount(QStringLiteral("JournalEntries"), "GET");
    auto second = e.runCli(exe, {QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(e.b1->journalEntryCount(), entries); // zero new entries
    const QJsonObject summary = QJsonDocument::fromJson(second.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("posted")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("recovered")).toInt(), entries);
    // Concur pages of 25 documents per type: at most 4 pages for 52 documents, one lookup each.
    const int lookups = e.b1->requestCount(QStringLiteral("JournalEntries"), "GET") - getsBefore;
    QVERIFY2(lookups >= 1 && lookups <= 4, qPrintable(QString::number(lookups)));

    QVERIFY(e.reopen());
    QCOMPARE(e.db->ledgerCounts().value().value(QStringLiteral("posted")), entries);
    for (const QJsonObject &entry : e.b1->journalEntries()) {
        const QString key = entry.value(QStringLiteral("Reference3")).toString();
        auto row = e.db->ledgerByIdemKey(key);
        QVERIFY2(row.ok() && row->has_value(), qPrintable(key));
        QCOMPARE(store::toString(row->value().state), QStringLiteral("posted"));
        QCOMPARE(row->value().jdtNum, entry.value(QStringLiteral("JdtNum")).toInteger());
        bool found = false;
        const auto trail = e.db->audit(row->value().key);
        for (const store::AuditEntry &a : trail.value())
            found = found || (a.action == QLatin1String("post") && a.detail.startsWith(QStringLiteral("found existing")));
        QVERIFY2(found, qPrintable(row->value().key));
    }
    QCOMPARE(e.db->verifyAuditChain().value(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"
