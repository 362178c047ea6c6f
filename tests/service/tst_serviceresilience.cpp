// No crash and no freeze (issue #7 item 11), with the console service (`ml-connector run
// --console`) as a child process against both simulators:
//  - a database that fails under the running service (a table renamed away behind its back, as a
//    damaged file or an admin with the sqlite3 shell would) makes pipe requests and cycles answer
//    with the store's error; the service keeps running and recovers when the table is back;
//  - while a cycle waits out Concur's 429 Retry-After: 20, `status` answers at once and a stop
//    ends the service within seconds, far inside the SCM wait hint;
//  - the FIS page limit per cycle (concur/maxPagesPerCycle): a cycle that reaches it says so and
//    the next cycle reads on, until everything is posted exactly once;
//  - review.list is paged (keyset cursor) and `ml-connector review list` follows the pages.
#include "consoleservicefixture.h"

#include "../store/rawdb.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace mlc;
using mlc::test::Service;
using mlc::test::expectedPosts;
using mlc::test::noDuplicates;

namespace {

const QString kClient = QStringLiteral("tst_serviceresilience");

QString dbPath(const test::EndToEnd &e)
{
    return e.dir.filePath(QStringLiteral("ml-connector.db"));
}

QString describe(const Result<QJsonObject> &r)
{
    return r.ok() ? QString::fromUtf8(QJsonDocument(r.value()).toJson(QJsonDocument::Compact)) : r.error().toString();
}

int throttledAnswers(const test::EndToEnd &e)
{
    int n = 0;
    for (const sim::ConcurRequestRecord &r : e.concur->requests())
        n += r.status == 429 ? 1 : 0;
    return n;
}

int fisPageRequests(const test::EndToEnd &e, const QString &docType)
{
    int n = 0;
    for (const sim::ConcurRequestRecord &r : e.concur->requests())
        n += r.path.contains(QStringLiteral("/transactiontypes/") + docType + QStringLiteral("/transactions")) ? 1 : 0;
    return n;
}

// The simulators run on this machine: the sandbox an admin enables locally (the demo sets it).
bool prepareSandboxService(test::EndToEnd &e, Service &svc)
{
    return e.db->setSetting(QStringLiteral("sandbox/allowLoopback"), QStringLiteral("true")).ok() && svc.prepare();
}

} // namespace

class TestServiceResilience : public QObject {
    Q_OBJECT
private slots:
    void databaseErrorsAnswerInsteadOfKillingTheService();
    void throttledCycleKeepsThePipeAnsweringAndStopsPromptly();
    void fisPageLimitPerCycleReadsOnNextCycle();
    void reviewListIsPaged();
};

void TestServiceResilience::databaseErrorsAnswerInsteadOfKillingTheService()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const int expected = expectedPosts(e.seed(6, 0));
    Service svc(e);
    QVERIFY(prepareSandboxService(e, svc));
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());
    // One good cycle first: the connections are built and kept (the path that reached
    // Result::value() on the failed settings read at the next cycle's start).
    auto first = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY2(first.ok() && first->value(QStringLiteral("ok")).toBool(), qPrintable(describe(first)));
    QCOMPARE(e.b1->journalEntryCount(), expected);

    RawDb raw(dbPath(e));
    QCOMPARE(raw.exec(QStringLiteral("ALTER TABLE settings RENAME TO settings_gone")), QString());

    // status still answers, and says what is wrong.
    auto st = client.call(QStringLiteral("status"), {}, 10000);
    QVERIFY2(st.ok(), qPrintable(describe(st)));
    QVERIFY2(st->value(QStringLiteral("databaseError")).toString().contains(QLatin1String("settings")), qPrintable(describe(st)));
    QCOMPARE(st->value(QStringLiteral("state")).toString(), QStringLiteral("idle"));

    // A cycle fails at its start with the store's error; the service goes on.
    auto failed = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY2(failed.ok(), qPrintable(describe(failed)));
    QCOMPARE(failed->value(QStringLiteral("ok")).toBool(), false);
    QVERIFY2(failed->value(QStringLiteral("errorCode")).toString().startsWith(QLatin1String("store")), qPrintable(describe(failed)));

    // Requests that read or write settings answer with an error.
    auto set = client.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("schedule/spec")},
                                                           {QStringLiteral("value"), QStringLiteral("every 30m")}});
    QVERIFY(!set.ok());
    QVERIFY2(set.error().code.startsWith(QLatin1String("store")), qPrintable(set.error().toString()));
    auto retry = client.call(QStringLiteral("review.retry"), {{QStringLiteral("key"), QStringLiteral("expense|x|1")}}, 60000);
    QVERIFY(!retry.ok());
    QVERIFY(svc.proc.state() == QProcess::Running);

    // The ledger gone too: review.list answers with the store's error.
    QCOMPARE(raw.exec(QStringLiteral("ALTER TABLE ledger RENAME TO ledger_gone")), QString());
    auto list = client.call(QStringLiteral("review.list"));
    QVERIFY(!list.ok());
    QVERIFY2(list.error().code.startsWith(QLatin1String("store")), qPrintable(list.error().toString()));
    st = client.call(QStringLiteral("status"), {}, 10000);
    QVERIFY2(st.ok() && st->contains(QStringLiteral("databaseError")), qPrintable(describe(st)));

    // Repaired behind its back: the same service works again, nothing posted twice.
    QCOMPARE(raw.exec(QStringLiteral("ALTER TABLE ledger_gone RENAME TO ledger")), QString());
    QCOMPARE(raw.exec(QStringLiteral("ALTER TABLE settings_gone RENAME TO settings")), QString());
    st = client.call(QStringLiteral("status"), {}, 10000);
    QVERIFY2(st.ok() && !st->contains(QStringLiteral("databaseError")), qPrintable(describe(st)));
    auto again = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY2(again.ok() && again->value(QStringLiteral("ok")).toBool(), qPrintable(describe(again)));
    QCOMPARE(again->value(QStringLiteral("duplicates")).toInt(), expected);
    QCOMPARE(e.b1->journalEntryCount(), expected);
    QVERIFY(svc.proc.state() == QProcess::Running);

    client.disconnectFromServer();
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
    QCOMPARE(svc.proc.exitStatus(), QProcess::NormalExit);
    QCOMPARE(svc.proc.exitCode(), 0);
}

void TestServiceResilience::throttledCycleKeepsThePipeAnsweringAndStopsPromptly()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    e.seed(4, 0);
    // The verified reproduction: two 429s with Retry-After: 20 on the FIS reads.
    sim::ConcurFault throttle;
    throttle.pathContains = QStringLiteral("/financialintegration/");
    throttle.status = 429;
    throttle.retryAfterSeconds = 20;
    throttle.count = 2;
    e.concur->injectFault(throttle);
    Service svc(e);
    QVERIFY(prepareSandboxService(e, svc));
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());
    QVERIFY(client.call(QStringLiteral("runNow")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(throttledAnswers(e) >= 1, 30000);

    // The cycle waits out the Retry-After; the pipe answers meanwhile, each time at once.
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto st = client.call(QStringLiteral("status"), {}, 5000);
        const qint64 took = t.elapsed();
        QVERIFY2(st.ok(), qPrintable(describe(st)));
        QCOMPARE(st->value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY2(took < 1000, qPrintable(QStringLiteral("status took %1 ms").arg(took)));
        QTest::qWait(300);
    }
    QCOMPARE(throttledAnswers(e), 1); // still in the first wait

    // A stop during the wait ends the service within seconds (the SCM waits 30 s at most).
    client.disconnectFromServer();
    QElapsedTimer stopping;
    stopping.start();
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
    const qint64 stopTook = stopping.elapsed();
    QVERIFY2(stopTook < 5000, qPrintable(QStringLiteral("the stop took %1 ms").arg(stopTook)));
    QCOMPARE(svc.proc.exitStatus(), QProcess::NormalExit);
    QCOMPARE(svc.proc.exitCode(), 0);
    QCOMPARE(throttledAnswers(e), 1); // the request was not sent again after the stop
    QCOMPARE(e.b1->journalEntryCount(), 0);

    // The cycle ended as stopped early, not as a Concur failure.
    QVERIFY(e.reopen());
    auto audit = e.db->audit();
    QVERIFY(audit.ok());
    bool stoppedEarly = false;
    for (const store::AuditEntry &a : std::as_const(audit.value())) {
        QVERIFY2(a.action != QLatin1String("fetch-error"), qPrintable(a.detail));
        stoppedEarly = stoppedEarly || (a.action == QLatin1String("cycle") && a.detail.contains(QLatin1String("stopped early")));
    }
    QVERIFY(stoppedEarly);
}

void TestServiceResilience::fisPageLimitPerCycleReadsOnNextCycle()
{
    test::EndToEnd e; // concur/pageLimit 25
    QVERIFY(e.ready());
    // 110 expense reports: 5 pages of 25, so 3 cycles at 2 pages each (no invoices: one empty page).
    sim::DocumentGenerator gen(23);
    QList<sim::GeneratedDocument> docs;
    for (int i = 0; i < 110; ++i) {
        docs << gen.expense();
        e.concur->addDocument(docs.last().docType, docs.last().document);
    }
    const int expected = expectedPosts(docs);
    const int expensePages = 5;
    QVERIFY(e.db->setSetting(QStringLiteral("concur/maxPagesPerCycle"), QStringLiteral("2")).ok());
    Service svc(e);
    QVERIFY(prepareSandboxService(e, svc));
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());

    auto first = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY2(first.ok(), qPrintable(describe(first)));
    QCOMPARE(fisPageRequests(e, QStringLiteral("expense")), 2); // the limit, not every page
    QVERIFY2(first->value(QStringLiteral("pageLimitReached")).toArray().contains(QStringLiteral("expense")),
             qPrintable(describe(first)));
    QVERIFY(first->value(QStringLiteral("ok")).toBool()); // a limited cycle is not a failure
    QVERIFY(e.b1->journalEntryCount() < expected);

    // Each further cycle reads on from where the last one stopped, until the end of the queue.
    int cycles = 1;
    bool reachedEnd = false;
    while (!reachedEnd && cycles < 10) {
        auto next = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
        QVERIFY2(next.ok(), qPrintable(describe(next)));
        ++cycles;
        reachedEnd = !next->contains(QStringLiteral("pageLimitReached"));
    }
    QVERIFY(reachedEnd);
    QCOMPARE(cycles, (expensePages + 1) / 2);
    QCOMPARE(fisPageRequests(e, QStringLiteral("expense")), expensePages); // every page read once
    QCOMPARE(fisPageRequests(e, QStringLiteral("invoice")), cycles); // its one (empty) page, each cycle
    QCOMPARE(e.b1->journalEntryCount(), expected);
    QVERIFY(noDuplicates(e));

    // The limit is in the audit trail of the limited cycles.
    auto audit = client.call(QStringLiteral("audit.query"), {{QStringLiteral("limit"), 10000}});
    QVERIFY(audit.ok());
    int limitedCycles = 0;
    for (const QJsonValue &v : audit->value(QStringLiteral("items")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("cycle")
            && a.value(QStringLiteral("detail")).toString().contains(QLatin1String("page limit of 2 per cycle reached for expense")))
            ++limitedCycles;
    }
    QCOMPARE(limitedCycles, cycles - 1);

    client.disconnectFromServer();
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
}

void TestServiceResilience::reviewListIsPaged()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    e.seed(540, 1.0); // documents that all go to review (a few may become postable as rules grow)
    QVERIFY(e.db->setSetting(QStringLiteral("concur/pageLimit"), QStringLiteral("100")).ok());
    Service svc(e);
    QVERIFY(prepareSandboxService(e, svc));
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());
    auto run = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 300000);
    QVERIFY2(run.ok(), qPrintable(describe(run)));
    const int queued = run->value(QStringLiteral("review")).toInt();
    QVERIFY2(queued > 500 && queued <= 600, qPrintable(QString::number(queued))); // more than one CLI page (500)

    // Pages of 200 by the cursor: 200, 200, the rest, each key once, `next` absent on the last page.
    QSet<QString> keys;
    QList<int> sizes;
    QJsonValue after;
    for (int guard = 0; guard < 10; ++guard) {
        QJsonObject params{{QStringLiteral("limit"), 200}};
        if (after.isObject())
            params.insert(QStringLiteral("after"), after);
        auto page = client.call(QStringLiteral("review.list"), params);
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        QCOMPARE(page->value(QStringLiteral("total")).toInt(), queued);
        const QJsonArray items = page->value(QStringLiteral("items")).toArray();
        sizes << int(items.size());
        for (const QJsonValue &v : items)
            keys.insert(v.toObject().value(QStringLiteral("key")).toString());
        after = page->value(QStringLiteral("next"));
        if (!after.isObject())
            break;
    }
    QCOMPARE(sizes, (QList<int>{200, 200, queued - 400}));
    QCOMPARE(int(keys.size()), queued);

    // The default page is 100; a larger limit is cut to the maximum of 500.
    auto byDefault = client.call(QStringLiteral("review.list"));
    QVERIFY(byDefault.ok());
    QCOMPARE(byDefault->value(QStringLiteral("count")).toInt(), 100);
    auto huge = client.call(QStringLiteral("review.list"), {{QStringLiteral("limit"), 100000}});
    QVERIFY(huge.ok());
    QCOMPARE(huge->value(QStringLiteral("count")).toInt(), 500);
    QVERIFY(huge->value(QStringLiteral("next")).isObject());
    auto bad = client.call(QStringLiteral("review.list"), {{QStringLiteral("after"), QStringLiteral("page 2")}});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("input.invalid"));

    // The command line lists the whole queue through the service, page after page.
    const auto cli = svc.cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY2(cli.err.contains("acting through the running service"), cli.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(cli.out).array();
    QSet<QString> cliKeys;
    for (const QJsonValue &v : listed)
        cliKeys.insert(v.toObject().value(QStringLiteral("key")).toString());
    QCOMPARE(int(listed.size()), queued);
    QCOMPARE(cliKeys, keys);

    client.disconnectFromServer();
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
}

QTEST_GUILESS_MAIN(TestServiceResilience)
#include "tst_serviceresilience.moc"
