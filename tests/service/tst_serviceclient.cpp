// The console service over its pipe as the tray and the command line see it: the hello/version
// handshake, review decisions and the audit export with the caller's identity in the audit trail,
// cycle progress events, and the command line's client mode (`ml-connector sync` runs inside the
// service; --local and a missing service work on the database directly).
#include "consoleservicefixture.h"

#include "ipc/framedecoder.h"
#include "ipc/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_WIN
#include <QCoreApplication>
#else
#include <unistd.h>
#endif

using namespace mlc;
using mlc::test::Service;
using mlc::test::expectedPosts;

namespace {

// The peer's account in an origin: "uid N," on POSIX (SO_PEERCRED), "DOMAIN\\user (" on Windows
// (the pipe client's token).
QString thisUserMarker()
{
#ifdef Q_OS_WIN
    return QLatin1Char('\\') + qEnvironmentVariable("USERNAME") + QStringLiteral(" (");
#else
    return QStringLiteral("uid %1,").arg(::getuid());
#endif
}

// "<user> (uid N, pid M, <client>)": what the service records as the origin of a change over the pipe.
bool originIsThisProcess(const QJsonObject &auditItem, const QString &clientName)
{
    const QString origin = auditItem.value(QStringLiteral("origin")).toString();
    return origin.contains(thisUserMarker(), Qt::CaseInsensitive)
        && origin.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())) && origin.contains(clientName);
}

QList<QJsonObject> auditItems(ipc::IpcClient &client, const QString &key = {})
{
    QList<QJsonObject> items;
    auto r = client.call(QStringLiteral("audit.query"), {{QStringLiteral("key"), key}, {QStringLiteral("limit"), 1000}});
    if (r.ok()) {
        for (const QJsonValue &v : r->value(QStringLiteral("items")).toArray())
            items << v.toObject();
    }
    return items;
}

int statusCycles(ipc::IpcClient &client)
{
    auto st = client.call(QStringLiteral("status"));
    return st.ok() ? st->value(QStringLiteral("cycles")).toInt() : -1;
}

const QString kClient = QStringLiteral("tst_serviceclient");

} // namespace

class TestServiceClient : public QObject {
    Q_OBJECT
private slots:
    void helloAndVersionMismatch();
    void reviewResolveRetryAndAuditExport();
    void cycleProgressEvents();
    void commandLineActsThroughTheService();
    void localEndpointChangeClearsItsSecrets();
};

void TestServiceClient::helloAndVersionMismatch()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());
    QCOMPARE(client.serverHello().major, ipc::protocol::Major);
    QCOMPARE(client.serverHello().client, QStringLiteral("ml-connector-service ") + QLatin1String(MLC_VERSION));
    auto st = client.call(QStringLiteral("status"));
    QVERIFY(st.ok());
    QCOMPARE(st->value(QStringLiteral("version")).toString(), QLatin1String(MLC_VERSION));

    // A client of another major version is refused with a version error.
    ipc::IpcClient future(kClient);
    future.setAnnouncedVersion(ipc::protocol::Major + 1, 0);
    auto refused = future.connectToServer(svc.pipe, 5000);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ipc::protocol::errVersion());
    QVERIFY(!future.isConnected());

    // On the wire: the error frame comes, then the service closes the connection.
    QLocalSocket raw;
    raw.connectToServer(svc.pipe);
    QVERIFY(raw.waitForConnected(5000));
    raw.write(ipc::encodeFrame(ipc::protocol::helloFrame(kClient, ipc::protocol::Major + 1, 0)));
    QByteArray bytes;
    QDeadlineTimer deadline(10000);
    while (raw.state() != QLocalSocket::UnconnectedState && !deadline.hasExpired()) {
        raw.waitForReadyRead(100);
        bytes += raw.readAll();
    }
    bytes += raw.readAll();
    QCOMPARE(raw.state(), QLocalSocket::UnconnectedState);
    ipc::FrameDecoder decoder;
    const auto decoded = decoder.feed(bytes);
    QCOMPARE(decoded.frames.size(), 1);
    QVERIFY(ipc::protocol::isErrorFrame(decoded.frames.first()));
    QCOMPARE(ipc::protocol::parseErrorFrame(decoded.frames.first()).code, ipc::protocol::errVersion());

    // The refused peers did not disturb the others.
    QVERIFY(client.call(QStringLiteral("status")).ok());
}

void TestServiceClient::reviewResolveRetryAndAuditExport()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const int expected = expectedPosts(e.seed(6, 0));
    sim::DocumentGenerator gen(99);
    const sim::GeneratedDocument unmappedAccount = gen.expense(QStringLiteral("account.unmapped"));
    const sim::GeneratedDocument unmappedCostCenter = gen.expense(QStringLiteral("costcenter.unmapped"));
    e.concur->addDocument(unmappedAccount.docType, unmappedAccount.document);
    e.concur->addDocument(unmappedCostCenter.docType, unmappedCostCenter.document);
    Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());
    QSignalSpy events(&client, &ipc::IpcClient::eventReceived);

    auto run = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY(run.ok());
    QCOMPARE(run->value(QStringLiteral("posted")).toInt(), expected);
    QCOMPARE(run->value(QStringLiteral("review")).toInt(), 2);

    auto list = client.call(QStringLiteral("review.list"));
    QVERIFY(list.ok());
    QString accountKey;
    QString costCenterKey;
    for (const QJsonValue &v : list->value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        for (const QJsonValue &reason : item.value(QStringLiteral("reasons")).toArray()) {
            const QString blocker = reason.toObject().value(QStringLiteral("blockerKey")).toString();
            if (blocker.startsWith(QLatin1String("account/")))
                accountKey = item.value(QStringLiteral("key")).toString();
            if (blocker.startsWith(QLatin1String("costcenter/")))
                costCenterKey = item.value(QStringLiteral("key")).toString();
        }
    }
    QVERIFY(!accountKey.isEmpty());
    QVERIFY(!costCenterKey.isEmpty());

    // Wrong input is refused with the command line's codes (exit code 5 there).
    auto unknown = client.call(QStringLiteral("review.resolve"),
                               {{QStringLiteral("key"), QStringLiteral("expense|nope|1")}, {QStringLiteral("target"), QStringLiteral("6100")}});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, QStringLiteral("input.not_found"));

    // resolve: the blocking account is mapped and the document posts.
    events.clear();
    auto resolved = client.call(QStringLiteral("review.resolve"),
                                {{QStringLiteral("key"), accountKey}, {QStringLiteral("target"), QStringLiteral("6100")}}, 60000);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().toString()));
    QCOMPARE(resolved->value(QStringLiteral("state")).toString(), QStringLiteral("posted"));
    QCOMPARE(resolved->value(QStringLiteral("posted")).toInt(), 1);
    QVERIFY(resolved->value(QStringLiteral("blocker")).toString().startsWith(QLatin1String("account/")));
    QCOMPARE(e.b1->journalEntryCount(), expected + 1);
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &ev) {
        return ev.at(0).toString() == QLatin1String("review.count_changed")
            && ev.at(1).toJsonObject().value(QStringLiteral("count")).toInt() == 1;
    }));

    // retry: the cost center is still unknown, so the document stays queued (re-evaluated, not lost).
    auto retried = client.call(QStringLiteral("review.retry"), {{QStringLiteral("key"), costCenterKey}}, 60000);
    QVERIFY(retried.ok());
    QCOMPARE(retried->value(QStringLiteral("state")).toString(), QStringLiteral("review"));
    QCOMPARE(retried->value(QStringLiteral("stillInReview")).toInt(), 1);
    QCOMPARE(e.b1->journalEntryCount(), expected + 1);

    // The audit trail names the peer for both decisions.
    bool resolveAudited = false;
    for (const QJsonObject &a : auditItems(client, accountKey)) {
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("resolve")) {
            resolveAudited = a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:"))
                && originIsThisProcess(a, kClient) && a.value(QStringLiteral("after")).toString() == QLatin1String("6100");
        }
    }
    QVERIFY(resolveAudited);
    bool mappingAudited = false;
    for (const QJsonObject &a : auditItems(client)) {
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("mapping"))
            mappingAudited = a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:"))
                && a.value(QStringLiteral("after")).toString() == QLatin1String("6100");
    }
    QVERIFY(mappingAudited);
    bool retryAudited = false;
    for (const QJsonObject &a : auditItems(client, costCenterKey)) {
        if (a.value(QStringLiteral("detail")).toString() == QLatin1String("retry requested"))
            retryAudited = a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:"));
    }
    QVERIFY(retryAudited);

    // audit.export in small pages, concatenated, is exactly `ml-connector audit export`.
    QString paged;
    qint64 after = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        auto page = client.call(QStringLiteral("audit.export"), {{QStringLiteral("after"), after}, {QStringLiteral("limit"), 7}});
        QVERIFY(page.ok());
        QVERIFY(page->value(QStringLiteral("count")).toInt() <= 7);
        paged += page->value(QStringLiteral("csv")).toString();
        after = page->value(QStringLiteral("last")).toInteger();
        more = page->value(QStringLiteral("more")).toBool();
        QVERIFY(pages < 1000);
    }
    QVERIFY(pages > 1);
    const auto exported = svc.cli({QStringLiteral("audit"), QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(paged.toUtf8(), exported.out);

    // With a key filter only that document's entries come.
    const QList<QJsonObject> docEntries = auditItems(client, accountKey);
    auto filtered = client.call(QStringLiteral("audit.export"), {{QStringLiteral("key"), accountKey}});
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->value(QStringLiteral("count")).toInt(), docEntries.size());
    QCOMPARE(filtered->value(QStringLiteral("more")).toBool(), false);
    const QString csv = filtered->value(QStringLiteral("csv")).toString();
    for (const QJsonObject &a : docEntries)
        QVERIFY(csv.contains(QLatin1Char('\n') + QString::number(a.value(QStringLiteral("seq")).toInteger()) + QLatin1Char(',')));
    QCOMPARE(csv.count(accountKey), docEntries.size());

    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(10000));
}

void TestServiceClient::cycleProgressEvents()
{
    sim::B1SimConfig b1;
    b1.latencyMs = 10;
    test::EndToEnd e(b1);
    QVERIFY(e.ready());
    const int expected = expectedPosts(e.seed(60, 0)); // several FIS pages of 25
    Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());
    QSignalSpy events(&client, &ipc::IpcClient::eventReceived);
    auto run = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
    QVERIFY(run.ok());
    QCOMPARE(run->value(QStringLiteral("posted")).toInt(), expected);
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(),
                            [](const QList<QVariant> &ev) { return ev.at(0).toString() == QLatin1String("cycle.finished"); }));

    QStringList order;
    QList<QJsonObject> progress;
    for (const QList<QVariant> &ev : std::as_const(events)) {
        const QString name = ev.at(0).toString();
        if (name.startsWith(QLatin1String("cycle.")))
            order << name;
        if (name == QLatin1String("cycle.progress"))
            progress << ev.at(1).toJsonObject();
    }
    QVERIFY(!progress.isEmpty());
    QCOMPARE(order.first(), QStringLiteral("cycle.started"));
    QCOMPARE(order.last(), QStringLiteral("cycle.finished"));
    int lastFetched = 0;
    for (const QJsonObject &p : std::as_const(progress)) {
        const int fetched = p.value(QStringLiteral("fetched")).toInt();
        QVERIFY(fetched > 0);
        QVERIFY(fetched >= lastFetched); // counts only grow
        QVERIFY(fetched <= run->value(QStringLiteral("fetched")).toInt());
        QVERIFY(p.value(QStringLiteral("posted")).toInt() <= expected);
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("run-now"));
        lastFetched = fetched;
    }
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(10000));
}

void TestServiceClient::commandLineActsThroughTheService()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const int expected = expectedPosts(e.seed(12, 0));
    Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(kClient);
    QVERIFY2(svc.connect(client), svc.output().constData());
    QCOMPARE(statusCycles(client), 0);

    // `sync` runs the cycle inside the service and prints the usual summary.
    auto viaService = svc.cli({QStringLiteral("sync")});
    QVERIFY2(viaService.exitCode == 0, viaService.err.constData());
    QVERIFY2(viaService.err.contains("acting through the running service"), viaService.err.constData());
    QVERIFY(viaService.out.contains("posted to B1"));
    QCOMPARE(statusCycles(client), 1);
    QCOMPARE(e.b1->journalEntryCount(), expected);
    QCOMPARE(e.b1->loginCount(), 1); // the service's warm session, not a login of the CLI process
    auto st = client.call(QStringLiteral("status"));
    QVERIFY(st.ok());
    QCOMPARE(st->value(QStringLiteral("lastCycle")).toObject().value(QStringLiteral("posted")).toInt(), expected);

    // --json prints the same document as the local command.
    auto json = svc.cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), expected);
    QVERIFY(summary.contains(QStringLiteral("documents")));
    QCOMPARE(statusCycles(client), 2);

    // --local while the service runs: refused, because two engines on one ledger could post an
    // entry twice (the engine lock, ml-connector.lock); nothing reaches B1.
    auto local = svc.cli({QStringLiteral("--local"), QStringLiteral("sync")});
    QCOMPARE(local.exitCode, 2);
    QVERIFY2(local.err.contains("working on the database directly"), local.err.constData());
    QVERIFY2(local.err.contains("Another ml-connector (pid"), local.err.constData());
    QVERIFY(!local.err.contains("acting through"));
    QCOMPARE(statusCycles(client), 2);
    QCOMPARE(e.b1->loginCount(), 1);
    QCOMPARE(e.b1->journalEntryCount(), expected);

    // A pipe where no service answers (a wrong --pipe): no silent second engine either.
    auto none = svc.cli({QStringLiteral("sync")}, {}, e.dir.filePath(QStringLiteral("nobody.sock")));
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("no service answers"), none.err.constData());
    QVERIFY2(none.err.contains("Another ml-connector (pid"), none.err.constData());
    QCOMPARE(statusCycles(client), 2);
    QCOMPARE(e.b1->loginCount(), 1);

    // Changes go through the service and are audited with the caller's identity.
    auto set = svc.cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("posting/referenceDate"), QStringLiteral("sync")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(set.err.contains("acting through the running service"));
    auto secret = svc.cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("b1-password")},
                          QByteArray(test::EndToEnd::kB1Password) + '\n');
    QVERIFY2(secret.exitCode == 0, secret.err.constData());
    QVERIFY(!secret.out.contains(test::EndToEnd::kB1Password));
    bool settingAudited = false;
    bool secretAudited = false;
    for (const QJsonObject &a : auditItems(client)) {
        const QString origin = a.value(QStringLiteral("origin")).toString();
        const bool fromCli = a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:"))
            && origin.contains(thisUserMarker(), Qt::CaseInsensitive) && origin.contains(QLatin1String("ml-connector-cli"));
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("setting")
            && a.value(QStringLiteral("detail")).toString() == QLatin1String("posting/referenceDate"))
            settingAudited = fromCli && a.value(QStringLiteral("after")).toString() == QLatin1String("sync");
        if (a.value(QStringLiteral("action")).toString() == QLatin1String("secret"))
            secretAudited = fromCli;
        QVERIFY(!QJsonDocument(a).toJson().contains(test::EndToEnd::kB1Password));
    }
    QVERIFY(settingAudited);
    QVERIFY(secretAudited);
    // The sandbox setting never goes through the pipe, not even for an admin (issue #7 item 8):
    // the service refuses it and says how to set it locally; the database is unchanged.
    auto sandbox = svc.cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sandbox/allowLoopback"),
                            QStringLiteral("false")});
    QCOMPARE(sandbox.exitCode, 3);
    QVERIFY2(sandbox.err.contains("--local config set sandbox/allowLoopback"), sandbox.err.constData());
    auto stillOn = client.call(QStringLiteral("settings.get"), {{QStringLiteral("key"), QStringLiteral("sandbox/allowLoopback")}});
    QVERIFY(stillOn.ok());
    QCOMPARE(stillOn->value(QStringLiteral("value")).toString(), QStringLiteral("true"));
    auto got = client.call(QStringLiteral("settings.get"), {{QStringLiteral("key"), QStringLiteral("posting/referenceDate")}});
    QVERIFY(got.ok());
    QCOMPARE(got->value(QStringLiteral("value")).toString(), QStringLiteral("sync"));

    // Exit codes stay those of the local commands: an unknown document is a data error (5).
    auto missing = svc.cli({QStringLiteral("review"), QStringLiteral("map"), QStringLiteral("expense|nope|1"), QStringLiteral("6100")});
    QCOMPARE(missing.exitCode, 5);
    QVERIFY(missing.err.contains("acting through the running service"));

    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(10000));
    QCOMPARE(svc.proc.exitCode(), 0);

    // Service stopped: the announced pipe is gone and the command works on the database directly.
    QVERIFY(!QFile::exists(e.dir.filePath(QStringLiteral("service.pipe"))));
    auto direct = svc.cli({QStringLiteral("sync")});
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
    QVERIFY2(direct.err.contains("no service answers"), direct.err.constData());
    QVERIFY(direct.out.contains("already done earlier"));
    QCOMPARE(e.b1->journalEntryCount(), expected);
}

// Issue #7 item 8 on the command line (direct mode, as an admin does before the service runs):
// a changed endpoint takes its secrets with it, and a loopback endpoint needs the sandbox.
void TestServiceClient::localEndpointChangeClearsItsSecrets()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    test::Service svc(e);
    QVERIFY(svc.prepare());
    const auto status = [&svc] { return svc.cli({QStringLiteral("--local"), QStringLiteral("secret"), QStringLiteral("status")}).out; };
    QVERIFY(status().contains("b1-password"));

    auto moved = svc.cli({QStringLiteral("--local"), QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("b1/serviceRoot"),
                          QStringLiteral("https://b1-new.example.com:50000/b1s/v1")});
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QVERIFY2(moved.err.contains("secrets bound to the old endpoint were removed: b1-password"), moved.err.constData());
    const QByteArray after = status();
    QVERIFY2(QRegularExpression(QStringLiteral("b1-password\\s+not set")).match(QString::fromUtf8(after)).hasMatch(), after.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("concur-client-secret\\s+set")).match(QString::fromUtf8(after)).hasMatch(), after.constData());

    // The fixture's sandbox allows a loopback endpoint; without it the same value is refused.
    auto sandboxed = svc.cli({QStringLiteral("--local"), QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("b1/serviceRoot"),
                              QStringLiteral("http://127.0.0.1:1/b1s/v1")});
    QVERIFY2(sandboxed.exitCode == 0, sandboxed.err.constData());
    QVERIFY(svc.cli({QStringLiteral("--local"), QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sandbox/allowLoopback"),
                     QStringLiteral("false")})
                .exitCode
            == 0);
    auto refused = svc.cli({QStringLiteral("--local"), QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("b1/serviceRoot"),
                            QStringLiteral("http://127.0.0.1:2/b1s/v1")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("only the sandbox may use"), refused.err.constData());
    auto kept = svc.cli({QStringLiteral("--local"), QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("b1/serviceRoot")});
    QCOMPARE(kept.out.trimmed(), QByteArray("http://127.0.0.1:1/b1s/v1"));
}

QTEST_GUILESS_MAIN(TestServiceClient)
#include "tst_serviceclient.moc"
