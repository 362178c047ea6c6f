// The tray's read-only view of the service's database: live while the service writes, and still
// readable after the service stopped cleanly, for an operator who may read but not write the data
// directory (design.md §5a).
#include "models/statedatabase.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace mlc;

namespace {

store::LedgerRow reviewRow(const QString &id)
{
    store::LedgerRow row;
    row.key = QStringLiteral("expense|") + id + QStringLiteral("|1");
    row.docType = QStringLiteral("expense");
    row.docId = id;
    row.revision = QStringLiteral("1");
    row.title = QStringLiteral("Report ") + id;
    row.currency = QStringLiteral("EUR");
    row.amount = QStringLiteral("12.50");
    row.state = store::LedgerState::Review;
    return row;
}

int ledgerRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ledger")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// What an operator's tray sees: "mode rows" on stdout, or "error <text>".
int probe(const QString &path)
{
    auto db = tray::StateDatabase::open(path);
    QTextStream out(stdout);
    if (!db.ok()) {
        out << "error " << db.error().toString() << Qt::endl;
        return 1;
    }
    out << (db.value()->mode() == tray::StateDatabase::Mode::Live ? "live " : "snapshot ")
        << ledgerRows(db.value()->database()) << Qt::endl;
    return 0;
}

} // namespace

class TestStateDatabase : public QObject {
    Q_OBJECT
private slots:
    void followsTheServiceLive();
    void missingDatabaseSaysSo();
    void stoppedServiceStillBrowsableByAnOperator();
};

void TestStateDatabase::followsTheServiceLive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ml-connector.db"));
    auto writer = store::Store::open(path);
    QVERIFY(writer.ok());
    QVERIFY(writer.value()->upsertLedger(reviewRow(QStringLiteral("A1"))).ok());

    auto reader = tray::StateDatabase::open(path);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    QCOMPARE(reader.value()->mode(), tray::StateDatabase::Mode::Live);
    QCOMPARE(ledgerRows(reader.value()->database()), 1);

    // The service goes on writing: the tray sees it without reopening.
    QVERIFY(writer.value()->upsertLedger(reviewRow(QStringLiteral("A2"))).ok());
    QCOMPARE(ledgerRows(reader.value()->database()), 2);

    // And the tray never writes.
    QSqlQuery q(reader.value()->database());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM settings")));
}

void TestStateDatabase::missingDatabaseSaysSo()
{
    QTemporaryDir dir;
    auto reader = tray::StateDatabase::open(dir.filePath(QStringLiteral("none.db")));
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().code, QStringLiteral("store.not_found"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.db")))); // nothing created
}

void TestStateDatabase::stoppedServiceStillBrowsableByAnOperator()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions; the Windows data directory's ACL is the installer's (issue #9)");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ml-connector.db"));
    {
        auto writer = store::Store::open(path);
        QVERIFY(writer.ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(writer.value()->upsertLedger(reviewRow(QStringLiteral("S%1").arg(i))).ok());
    } // the service stops cleanly: SQLite checkpoints and deletes -wal and -shm
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));

    // The operator may read the files but not write them or the directory.
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

    // The probe runs from a copy in a world-readable place: the build tree may sit in a folder the
    // unprivileged user cannot enter (a CI clone under /root, say).
    QTemporaryDir probeDir;
    const QString probeExe = probeDir.filePath(QStringLiteral("probe"));
    QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), probeExe));
    QVERIFY(::chmod(QFile::encodeName(probeExe).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(probeDir.path()).constData(), 0755) == 0);

    QProcess operatorTray;
    operatorTray.setWorkingDirectory(probeDir.path());
    if (::geteuid() == 0) {
        // Root ignores permissions: run the probe as an ordinary user (nobody).
        operatorTray.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    } else {
        // Not root: take the write bits away from ourselves instead.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    }
    operatorTray.start(probeExe, {QStringLiteral("--probe"), path});
    QVERIFY(operatorTray.waitForFinished(30000));
    const QString out = QString::fromUtf8(operatorTray.readAllStandardOutput()).trimmed();
    QVERIFY2(operatorTray.exitCode() == 0, qPrintable(out + QString::fromUtf8(operatorTray.readAllStandardError())));
    QCOMPARE(out, QStringLiteral("snapshot 3"));
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0700) == 0); // let QTemporaryDir clean up
#endif
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--probe")
        return probe(QString::fromLocal8Bit(argv[2]));
    TestStateDatabase t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_statedatabase.moc"
