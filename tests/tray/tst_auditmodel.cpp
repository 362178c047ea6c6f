// The audit trail model on the tray's read-only connection: newest first, paged without gaps or
// repeats, searchable, new entries appear on top, and the integrity check runs on that connection.
#include "models/auditmodel.h"
#include "models/statedatabase.h"
#include "store/store.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

class TestAuditModel : public QObject {
    Q_OBJECT
private slots:
    void pagesSearchAndRefresh();
    void integrityCheckOnTheReadOnlyConnection();
};

void TestAuditModel::pagesSearchAndRefresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ml-connector.db"));
    auto writer = store::Store::open(path);
    QVERIFY(writer.ok());
    QVERIFY(writer.value()->begin().ok());
    for (int i = 0; i < 250; ++i) {
        const QString doc = QStringLiteral("expense|D%1|1").arg(i);
        QVERIFY(writer.value()->appendAuditEvent(i % 10 == 0 ? QStringLiteral("pipe:anna") : QStringLiteral("service"),
                                                 QStringLiteral("test"), i % 2 ? QStringLiteral("post") : QStringLiteral("fetch"),
                                                 doc, QStringLiteral("detail %1").arg(i)).ok());
    }
    QVERIFY(writer.value()->commit().ok());
    auto reader = tray::StateDatabase::open(path);
    QVERIFY(reader.ok());

    tray::AuditModel model;
    model.setPageSize(60);
    model.setDatabase(reader.value()->database());
    QCOMPARE(model.rowCount(), 60);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 250);
    QSet<qint64> seqs;
    for (int r = 0; r < model.rowCount(); ++r) {
        seqs.insert(model.row(r).seq);
        if (r > 0)
            QVERIFY(model.row(r - 1).seq > model.row(r).seq); // newest first
    }
    QCOMPARE(seqs.size(), 250);

    model.setSearch(QStringLiteral("ANNA")); // any case
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 25);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.row(r).actor, QStringLiteral("pipe:anna"));

    // The service writes on: a matching entry appears on top, others do not.
    QVERIFY(writer.value()->appendAuditEvent(QStringLiteral("pipe:anna"), QStringLiteral("test"), QStringLiteral("resolve"),
                                             QStringLiteral("invoice|X|1"), QStringLiteral("mapped")).ok());
    QVERIFY(writer.value()->appendAuditEvent(QStringLiteral("service"), QStringLiteral("test"), QStringLiteral("cycle"),
                                             QString(), QStringLiteral("fetched 0")).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), 26);
    QCOMPARE(model.row(0).action, QStringLiteral("resolve"));
}

void TestAuditModel::integrityCheckOnTheReadOnlyConnection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ml-connector.db"));
    auto writer = store::Store::open(path);
    QVERIFY(writer.ok());
    for (int i = 0; i < 5; ++i)
        QVERIFY(writer.value()->appendAuditEvent(QStringLiteral("service"), QString(), QStringLiteral("post"),
                                                 QStringLiteral("k%1").arg(i), QStringLiteral("posted %1").arg(i)).ok());
    auto reader = tray::StateDatabase::open(path);
    QVERIFY(reader.ok());
    auto intact = store::Store::verifyAuditChain(reader.value()->database());
    QVERIFY(intact.ok());
    QCOMPARE(intact.value(), qint64(-1));

    // Somebody edits entry 3 behind the service's back (dropping the append-only trigger first).
    {
        QSqlDatabase tamper = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        tamper.setDatabaseName(path);
        QVERIFY(tamper.open());
        QSqlQuery edit(tamper);
        QVERIFY(edit.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(edit.exec(QStringLiteral("UPDATE audit SET detail = 'posted 99' WHERE seq = 3")));
        tamper.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto broken = store::Store::verifyAuditChain(reader.value()->database());
    QVERIFY(broken.ok());
    QCOMPARE(broken.value(), qint64(3));
}

QTEST_GUILESS_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
