// The console service (`ml-connector run --console`) against both simulators, driven over its pipe:
// run-now, status, warm B1 session, pause, graceful SIGTERM (idle and mid-cycle), kill -9 + restart.
#include "consoleservicefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace mlc;
using mlc::test::Service;
using mlc::test::expectedPosts;
using mlc::test::noDuplicates;

class TestConsoleService : public QObject {
    Q_OBJECT
private slots:
    void runNowStatusPauseAndGracefulStop();
    void sigtermMidCycleStopsBetweenPosts();
    void killedMidCycleRestartsWithoutDuplicates();
    void newPasswordAppliesWithoutRestart();
};

void TestConsoleService::runNowStatusPauseAndGracefulStop()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const int expected = expectedPosts(e.seed(12, 0));
    QVERIFY(expected > 0);
    Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(QStringLiteral("tst_consoleservice"));
    QVERIFY2(svc.connect(client), svc.output().constData());
    QSignalSpy events(&client, &ipc::IpcClient::eventReceived);

    auto st = client.call(QStringLiteral("status"));
    QVERIFY(st.ok());
    QCOMPARE(st->value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
    QVERIFY(st->value(QStringLiteral("lastRun")).toString().isEmpty());
    QVERIFY(!st->value(QStringLiteral("nextRun")).toString().isEmpty()); // next January 1st
    QCOMPARE(e.b1->loginCount(), 0); // nothing happens before the first cycle

    auto first = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    QCOMPARE(first->value(QStringLiteral("posted")).toInt(), expected);
    QCOMPARE(first->value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(e.b1->journalEntryCount(), expected);
    QCOMPARE(e.b1->loginCount(), 1);

    st = client.call(QStringLiteral("status"));
    QVERIFY(st.ok());
    QCOMPARE(st->value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
    QCOMPARE(st->value(QStringLiteral("lastCycle")).toObject().value(QStringLiteral("posted")).toInt(), expected);
    QCOMPARE(st->value(QStringLiteral("ledger")).toObject().value(QStringLiteral("posted")).toInt(), expected);
    QCOMPARE(st->value(QStringLiteral("reviewCount")).toInt(), 0);
    QVERIFY(QDateTime::fromString(st->value(QStringLiteral("lastRun")).toString(), Qt::ISODateWithMs).isValid());

    // Second run: nothing new, and the warm B1 session is reused (no second login).
    auto second = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY(second.ok());
    QCOMPARE(second->value(QStringLiteral("posted")).toInt(), 0);
    QCOMPARE(second->value(QStringLiteral("duplicates")).toInt(), expected);
    QCOMPARE(e.b1->journalEntryCount(), expected);
    QCOMPARE(e.b1->loginCount(), 1);

    QStringList names;
    for (const QList<QVariant> &ev : std::as_const(events))
        names << ev.at(0).toString();
    QCOMPARE(names.count(QStringLiteral("cycle.started")), 2);
    QCOMPARE(names.count(QStringLiteral("cycle.finished")), 2);

    // Settings changes are audited with the pipe peer; secrets are write-only.
    // Seconds are accepted with a warning (a typo for minutes would hammer Concur and B1).
    auto seconds = client.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("schedule/spec")},
                                                               {QStringLiteral("value"), QStringLiteral("every 15s")}});
    QVERIFY(seconds.ok());
    QVERIFY2(seconds->value(QStringLiteral("warning")).toString().contains(QLatin1String("every 15 seconds")),
             qPrintable(seconds->value(QStringLiteral("warning")).toString()));
    auto weekdays = client.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("schedule/spec")},
                                                                {QStringLiteral("value"), QStringLiteral("0 18 * * 1-5")}});
    QVERIFY(weekdays.ok());
    QVERIFY(!weekdays->contains(QStringLiteral("warning")));
    auto bad = client.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("schedule/spec")},
                                                           {QStringLiteral("value"), QStringLiteral("every banana")}});
    QVERIFY(!bad.ok());
    auto got = client.call(QStringLiteral("settings.get"), {{QStringLiteral("key"), QStringLiteral("schedule/spec")}});
    QVERIFY(got.ok());
    QCOMPARE(got->value(QStringLiteral("value")).toString(), QStringLiteral("0 18 * * 1-5"));
    auto secret = client.call(QStringLiteral("secrets.set"), {{QStringLiteral("name"), QStringLiteral("b1-password")},
                                                             {QStringLiteral("value"), QLatin1String(test::EndToEnd::kB1Password)}});
    QVERIFY(secret.ok());
    auto audit = client.call(QStringLiteral("audit.query"), {{QStringLiteral("limit"), 5}});
    QVERIFY(audit.ok());
    bool settingAudited = false;
    bool secretAudited = false;
    for (const QJsonValue &v : audit->value(QStringLiteral("items")).toArray()) {
        const QJsonObject a = v.toObject();
        QVERIFY(!QJsonDocument(a).toJson().contains(test::EndToEnd::kB1Password));
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("setting")) {
            settingAudited = a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:"))
                && a.value(QStringLiteral("after")).toString() == QLatin1String("0 18 * * 1-5");
        }
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("secret"))
            secretAudited = a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:"));
    }
    QVERIFY(settingAudited);
    QVERIFY(secretAudited);

    auto paused = client.call(QStringLiteral("pause"));
    QVERIFY(paused.ok());
    st = client.call(QStringLiteral("status"));
    QVERIFY(st.ok());
    QCOMPARE(st->value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QVERIFY(st->value(QStringLiteral("nextRun")).toString().isEmpty());
    QVERIFY(client.call(QStringLiteral("resume")).ok());
    st = client.call(QStringLiteral("status"));
    QCOMPARE(st->value(QStringLiteral("state")).toString(), QStringLiteral("idle"));

    // SIGTERM: graceful stop with a B1 logout, exit code 0.
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(10000));
    const QByteArray log = svc.output();
    QVERIFY2(svc.proc.exitStatus() == QProcess::NormalExit && svc.proc.exitCode() == 0, log.constData());
    QCOMPARE(e.b1->logoutCount(), 1);
    QVERIFY(!log.contains(test::EndToEnd::kB1Password));
    QVERIFY(!log.contains(test::EndToEnd::kClientSecret));
}

void TestConsoleService::sigtermMidCycleStopsBetweenPosts()
{
    sim::B1SimConfig b1;
    b1.latencyMs = 150; // slow enough to stop mid-cycle (under wine the stop message takes longer)
    test::EndToEnd e(b1);
    QVERIFY(e.ready());
    const int expected = expectedPosts(e.seed(30, 0));
    Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    {
        ipc::IpcClient client(QStringLiteral("tst_consoleservice"));
        QVERIFY2(svc.connect(client), svc.output().constData());
        QVERIFY(client.call(QStringLiteral("runNow")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(e.b1->journalEntryCount() >= 3, 60000);
        QVERIFY2(e.b1->journalEntryCount() < expected, "the cycle finished before the stop");
        svc.proc.terminate();
        QVERIFY(svc.proc.waitForFinished(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), 10000); // the service closed its pipe
    }
    QVERIFY2(svc.proc.exitStatus() == QProcess::NormalExit && svc.proc.exitCode() == 0, svc.output().constData());
    // The request in flight finished, nothing was sent after the stop, and nothing has an unknown
    // outcome: every entry in B1 is `posted`; intents not yet sent are `posting` and not in B1.
    QCOMPARE(e.b1->logoutCount(), 1);
    QVERIFY(noDuplicates(e));
    const int stoppedAt = e.b1->journalEntryCount();
    QVERIFY(stoppedAt < expected);
    {
        auto st = store::Store::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
        QVERIFY(st.ok());
        auto counts = st.value()->ledgerCounts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(QStringLiteral("posted")), stoppedAt);
        QSet<QString> inB1;
        for (const QJsonObject &je : e.b1->journalEntries())
            inB1.insert(je.value(QStringLiteral("Reference3")).toString());
        const auto unsent = st.value()->ledgerInState(store::LedgerState::Posting); // kept alive for the loop
        QVERIFY(unsent.ok());
        for (const auto &row : unsent.value())
            QVERIFY2(!inB1.contains(row.idemKey), qPrintable(row.key));
    }
    // Restarted, the service posts exactly the rest. Not under wine: there a client of the
    // restarted console service sometimes lost its pipe in the middle of the call (seen 2 in ~12
    // runs; the service kept running and finished the cycle). The same restart is covered under
    // wine by the SCM test (tst_windowsservice::stopInTheMiddleOfACycle).
    if (qEnvironmentVariableIsSet("MLC_UNDER_WINE")) {
        qInfo("restart part skipped under wine (see the comment)");
        return;
    }
    svc.start();
    ipc::IpcClient again(QStringLiteral("tst_consoleservice"));
    QVERIFY2(svc.connect(again), svc.output().constData());
    auto rest = again.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    if (!rest.ok())
        svc.proc.waitForFinished(5000);
    QVERIFY2(rest.ok(), qPrintable(rest.ok() ? QString() : rest.error().toString() + QStringLiteral(" (service state %1, exit %2 status %3)\n").arg(svc.proc.state()).arg(svc.proc.exitCode()).arg(svc.proc.exitStatus()) + QString::fromUtf8(svc.output())));
    QCOMPARE(e.b1->journalEntryCount(), expected);
    QVERIFY(noDuplicates(e));
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(60000));
}

void TestConsoleService::killedMidCycleRestartsWithoutDuplicates()
{
    sim::B1SimConfig b1;
    b1.latencyMs = 40;
    test::EndToEnd e(b1);
    QVERIFY(e.ready());
    const int expected = expectedPosts(e.seed(30, 0));
    Service svc(e);
    QVERIFY(svc.prepare());
    {
        svc.start();
        ipc::IpcClient client(QStringLiteral("tst_consoleservice"));
        QVERIFY2(svc.connect(client), svc.output().constData());
        QVERIFY(client.call(QStringLiteral("runNow")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(e.b1->journalEntryCount() >= 3, 60000);
        svc.proc.kill(); // SIGKILL: no cleanup, no logout
        QVERIFY(svc.proc.waitForFinished());
    }
    QVERIFY2(e.b1->journalEntryCount() < expected, "the cycle finished before it could be killed");
    QCOMPARE(e.b1->logoutCount(), 0);

    svc.start(); // the stale socket file of the killed service must not block the restart
    ipc::IpcClient client(QStringLiteral("tst_consoleservice"));
    QVERIFY2(svc.connect(client), svc.output().constData());
    auto run = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().toString()));
    QCOMPARE(e.b1->journalEntryCount(), expected);
    QVERIFY(noDuplicates(e));
    auto status = client.call(QStringLiteral("status"));
    QVERIFY(status.ok());
    const QJsonObject ledger = status->value(QStringLiteral("ledger")).toObject();
    QCOMPARE(ledger.value(QStringLiteral("posting")).toInt(), 0);
    QCOMPARE(ledger.value(QStringLiteral("posted")).toInt(), expected);
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(10000));
    QCOMPARE(svc.proc.exitCode(), 0);
}

// B1's password is rotated: the admin sets the new one through the pipe (the tray, or client
// mode), and the next cycle logs out of the old session and logs in with the new password: no
// service restart, no failed cycle.
void TestConsoleService::newPasswordAppliesWithoutRestart()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const auto docs = e.seed(6, 0);
    Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(QStringLiteral("tst_consoleservice"));
    QVERIFY2(svc.connect(client), svc.output().constData());
    auto first = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 60000);
    QVERIFY(first.ok());
    QVERIFY(first->value(QStringLiteral("ok")).toBool());
    QCOMPARE(e.b1->loginCount(), 1);

    const QString rotated = QStringLiteral("rotated-b1-password-2026");
    e.sims.call([&] {
        sim::B1SimConfig c = e.b1->config();
        c.password = rotated;
        e.b1->setConfig(c);
    });
    auto set = client.call(QStringLiteral("secrets.set"), {{QStringLiteral("name"), QStringLiteral("b1-password")},
                                                           {QStringLiteral("value"), rotated}});
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    QVERIFY(!set->value(QStringLiteral("restartRequired")).toBool());
    e.seed(3, 0, 99);
    auto second = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 60000);
    QVERIFY(second.ok());
    QVERIFY2(second->value(QStringLiteral("ok")).toBool(), QJsonDocument(second.value()).toJson().constData());
    QCOMPARE(e.b1->logoutCount(), 1); // the old session was closed, not left to time out
    QCOMPARE(e.b1->loginCount(), 2);  // one login with the new password
    QCOMPARE(e.b1->journalEntryCount(), expectedPosts(docs) + second->value(QStringLiteral("posted")).toInt());
    QVERIFY(second->value(QStringLiteral("posted")).toInt() > 0);
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(60000));
    QVERIFY(!svc.output().contains(rotated.toUtf8()));
}

QTEST_GUILESS_MAIN(TestConsoleService)
#include "tst_consoleservice.moc"
