#include "serviceclient.h"

#include "exitcodes.h"
#include "text.h"

#include "ipc/ipcclient.h"
#include "mlcversion.h"
#include "store/store.h"
#include "sync/cyclesummary.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace mlc::cli {

namespace {

constexpr int kConnectTimeoutMs = 2000;          // a service that does not say hello by then is not used
constexpr int kCallTimeoutMs = 60 * 1000;
constexpr int kEngineTimeoutMs = 60 * 60 * 1000;  // re-evaluations, connection tests
constexpr int kCycleTimeoutMs = 24 * 60 * 60 * 1000; // a full cycle of a large backlog
constexpr int kBusyWaitMs = 60 * 60 * 1000;      // how long to wait for a running cycle to end

bool validKind(const QString &kind)
{
    return store::Store::mappingKinds().contains(kind);
}

// The exit code of an error the service (or the pipe) reported; the service uses the same error
// codes as the local commands, so the documented exit codes do not change.
int exitCodeForService(const Error &error)
{
    if (error.code.startsWith(QLatin1String("schedule")))
        return ExitConfig; // only settings.set validates schedules
    // The service could not do it now (stopping, busy past our wait, an older service without the
    // method): a connection-class problem for scripts, not an internal error of ours.
    if (error.code.startsWith(QLatin1String("ipc")) || error.code == ipc::protocol::errVersion()
        || error.code == ipc::protocol::errNotPermitted() || error.code == QLatin1String("service.stopping")
        || error.code == QLatin1String("busy") || error.code == QLatin1String("unknown_method"))
        return ExitConnection;
    return exitCodeFor(error);
}

int fail(QTextStream &err, const Error &error)
{
    printError(err, error);
    return exitCodeForService(error);
}

// The summary the service sends (CycleSummary::toJson, plus "documents" when asked for) back
// into the structure the local commands print, so that both modes print the same table.
sync::CycleSummary summaryFromJson(const QJsonObject &o)
{
    sync::CycleSummary s;
    s.stoppedEarly = o.value(QStringLiteral("stoppedEarly")).toBool();
    s.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    s.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    s.fetched = o.value(QStringLiteral("fetched")).toInt();
    s.posted = o.value(QStringLiteral("posted")).toInt();
    s.recovered = o.value(QStringLiteral("recovered")).toInt();
    s.review = o.value(QStringLiteral("review")).toInt();
    s.stillInReview = o.value(QStringLiteral("stillInReview")).toInt();
    s.duplicates = o.value(QStringLiteral("duplicates")).toInt();
    s.nothingToPost = o.value(QStringLiteral("nothingToPost")).toInt();
    s.superseded = o.value(QStringLiteral("superseded")).toInt();
    s.failed = o.value(QStringLiteral("failed")).toInt();
    s.pending = o.value(QStringLiteral("pending")).toInt();
    s.b1Logins = o.value(QStringLiteral("b1Logins")).toInt();
    s.b1Requests = o.value(QStringLiteral("b1Requests")).toInteger();
    const QJsonObject wb = o.value(QStringLiteral("writeBack")).toObject();
    s.acknowledged = wb.value(QStringLiteral("acknowledged")).toInt();
    s.confirmed = wb.value(QStringLiteral("confirmed")).toInt();
    s.paymentsConfirmed = wb.value(QStringLiteral("paymentsConfirmed")).toInt();
    s.writeBacksRefused = wb.value(QStringLiteral("refused")).toInt();
    s.writeBacksWaiting = wb.value(QStringLiteral("waiting")).toInt();
    s.concurWrites = wb.value(QStringLiteral("requests")).toInt();
    for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray())
        s.errors << e.toString();
    for (const QJsonValue &t : o.value(QStringLiteral("pageLimitReached")).toArray())
        s.pageLimitReached << t.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        s.outcomes.append(sync::DocOutcome{d.value(QStringLiteral("key")).toString(),
                                           d.value(QStringLiteral("title")).toString(),
                                           d.value(QStringLiteral("outcome")).toString(),
                                           d.value(QStringLiteral("jdtNum")).toInteger(),
                                           d.value(QStringLiteral("detail")).toString()});
    }
    s.omittedOutcomes = o.value(QStringLiteral("documentsNotListed")).toInt();
    return s;
}

class ServiceSession {
    // tr() in member functions: the command line's Linguist context (see text.h), as lupdate reads it.
    Q_DECLARE_TR_FUNCTIONS(mlc::cli)
public:
    ServiceSession(ipc::IpcClient &client, QTextStream &out, QTextStream &err)
        : m_client(client)
        , out(out)
        , err(err)
    {
    }

    // A call that waits while the service is busy with a cycle (or another engine request)
    // instead of failing: the admin asked for the change, it is applied as soon as it can be.
    Result<QJsonObject> call(const QString &method, const QJsonObject &params, int timeoutMs = kCallTimeoutMs)
    {
        const QDeadlineTimer deadline(kBusyWaitMs);
        bool told = false;
        for (;;) {
            Result<QJsonObject> r = m_client.call(method, params, timeoutMs);
            if (r.ok() || r.error().code != QLatin1String("busy") || deadline.hasExpired())
                return r;
            if (!told) {
                err << tr("The service is running a sync cycle; waiting for it to finish...") << '\n';
                err.flush();
                told = true;
            }
            QEventLoop loop;
            QTimer poll;
            poll.setSingleShot(true);
            QObject::connect(&poll, &QTimer::timeout, &loop, &QEventLoop::quit);
            QObject::connect(&m_client, &ipc::IpcClient::disconnected, &loop, &QEventLoop::quit);
            QObject::connect(&m_client, &ipc::IpcClient::eventReceived, &loop, [&loop](const QString &event) {
                if (event == ipc::protocol::evCycleFinished())
                    loop.quit();
            });
            poll.start(2000); // also busy without a cycle (a short request of another client)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
            QObject::disconnect(&m_client, nullptr, &loop, nullptr);
        }
    }

    int printCycle(const QJsonObject &reply, bool json)
    {
        const QString code = reply.value(QStringLiteral("errorCode")).toString();
        if (!code.isEmpty() || reply.contains(QStringLiteral("error"))) {
            const QString message = reply.value(QStringLiteral("errorMessage")).toString();
            return fail(err, makeError(code.isEmpty() ? QStringLiteral("internal") : code,
                                       message.isEmpty() ? reply.value(QStringLiteral("error")).toString() : message));
        }
        const sync::CycleSummary summary = summaryFromJson(reply);
        if (json)
            out << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
        else
            printCycleSummary(out, summary);
        return summary.hasFailures() || summary.stoppedEarly ? ExitPartial : ExitOk;
    }

    int sync(const CommandArgs &args)
    {
        auto r = call(QStringLiteral("runNow"),
                      {{QStringLiteral("wait"), true}, {QStringLiteral("fresh"), true}, {QStringLiteral("outcomes"), true}},
                      kCycleTimeoutMs);
        if (!r.ok())
            return fail(err, r.error());
        return printCycle(r.value(), args.json);
    }

    int testConnections(const CommandArgs &args)
    {
        auto r = call(QStringLiteral("testConnections"), {}, kEngineTimeoutMs);
        if (!r.ok())
            return fail(err, r.error());
        int rc = ExitOk;
        QJsonObject all;
        for (const QString &side : {QStringLiteral("concur"), QStringLiteral("b1")}) {
            const QJsonObject o = r->value(side).toObject();
            if (o.value(QStringLiteral("ok")).toBool()) {
                const QJsonObject info = o.value(QStringLiteral("info")).toObject();
                all.insert(side, info);
                if (!args.json)
                    out << side << ": " << tr("OK") << ' ' << QJsonDocument(info).toJson(QJsonDocument::Compact) << '\n';
                continue;
            }
            const Error e = makeError(o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("message")).toString(),
                                      o.value(QStringLiteral("detail")).toString());
            rc = exitCodeForService(e);
            all.insert(side, QJsonObject{{QStringLiteral("error"), e.message}, {QStringLiteral("detail"), e.detail}});
            if (!args.json)
                out << side << ": " << tr("FAILED") << ' ' << e.toString() << '\n';
        }
        if (args.json)
            out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return rc;
    }

    // review.list is paged: follow `next` until the last page. A document re-evaluated while we
    // page moves behind the cursor and may come twice; it is listed once.
    int reviewList(const CommandArgs &args)
    {
        QList<QJsonObject> items;
        QSet<QString> seen;
        QJsonValue after;
        for (;;) {
            QJsonObject params{{QStringLiteral("limit"), 500}};
            if (after.isObject())
                params.insert(QStringLiteral("after"), after);
            auto r = call(QStringLiteral("review.list"), params);
            if (!r.ok())
                return fail(err, r.error());
            for (const QJsonValue &v : r->value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = v.toObject();
                const QString key = item.value(QStringLiteral("key")).toString();
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                items.append(item);
            }
            after = r->value(QStringLiteral("next"));
            if (!after.isObject() || r->value(QStringLiteral("count")).toInt() == 0)
                break;
        }
        printReviewList(out, items, args.json);
        return ExitOk;
    }

    int review(const CommandArgs &args)
    {
        const QString sub = args.words.value(0);
        const QString key = args.words.value(1);
        if (sub == QLatin1String("list") || sub.isEmpty())
            return reviewList(args);
        if (sub == QLatin1String("show")) { // --preview (review show without it reads the database)
            auto r = call(QStringLiteral("review.preview"), {{QStringLiteral("key"), key}, {QStringLiteral("refresh"), true}},
                          kEngineTimeoutMs);
            if (!r.ok())
                return fail(err, r.error());
            printPreview(out, r.value(), args.json);
            return ExitOk;
        }
        if (sub == QLatin1String("paid")) {
            auto r = call(QStringLiteral("payments.mark"), {{QStringLiteral("key"), key},
                                                             {QStringLiteral("reference"), args.words.value(2)},
                                                             {QStringLiteral("date"), args.words.value(3)},
                                                             {QStringLiteral("amount"), args.words.value(4)},
                                                             {QStringLiteral("method"), args.method}});
            if (!r.ok())
                return fail(err, r.error());
            out << tr("%1 marked paid; Concur is told at the next cycle.").arg(key) << '\n';
            return ExitOk;
        }
        if (sub == QLatin1String("skip")) {
            auto r = call(QStringLiteral("review.skip"), {{QStringLiteral("key"), key}, {QStringLiteral("reason"), args.reason}});
            if (!r.ok())
                return fail(err, r.error());
            out << tr("%1 skipped.").arg(key) << '\n';
            return ExitOk;
        }
        auto r = sub == QLatin1String("retry")
            ? call(QStringLiteral("review.retry"), {{QStringLiteral("key"), key}}, kEngineTimeoutMs)
            : call(QStringLiteral("review.resolve"), {{QStringLiteral("key"), key}, {QStringLiteral("target"), args.words.value(2)}},
                   kEngineTimeoutMs);
        if (!r.ok())
            return fail(err, r.error());
        return printCycle(r.value(), false);
    }

    int setMapping(const store::Mapping &m)
    {
        auto r = call(QStringLiteral("mappings.set"), {{QStringLiteral("kind"), m.kind},
                                                       {QStringLiteral("source"), m.sourceKey},
                                                       {QStringLiteral("target"), m.target}},
                      kEngineTimeoutMs);
        if (!r.ok())
            return fail(err, r.error());
        if (r->value(QStringLiteral("saved")).toBool() && !r->value(QStringLiteral("reevaluated")).toBool(true)) {
            out << tr("Mapping saved; queued documents will be re-evaluated next cycle (%1).")
                       .arg(r->value(QStringLiteral("reason")).toString())
                << '\n';
            return ExitOk;
        }
        const sync::CycleSummary summary = summaryFromJson(r.value());
        out << tr("Mapping %1 %2 -> %3 saved. Re-evaluated queued documents: %4 posted, %5 still in review.")
                   .arg(m.kind, m.sourceKey, m.target)
                   .arg(summary.posted)
                   .arg(summary.review + summary.stillInReview)
            << '\n';
        return summary.hasFailures() || summary.stoppedEarly ? ExitPartial : ExitOk;
    }

    int mappings(const CommandArgs &args)
    {
        if (args.words.value(0) == QLatin1String("delete")) {
            if (!validKind(args.words.at(1))) {
                err << tr("Mapping kind must be vendor, account, costcenter or currency.") << '\n';
                return ExitUsage;
            }
            auto r = call(QStringLiteral("mappings.delete"),
                          {{QStringLiteral("kind"), args.words.at(1)}, {QStringLiteral("source"), args.words.at(2)}},
                          kEngineTimeoutMs);
            if (!r.ok())
                return fail(err, r.error());
            if (!r->value(QStringLiteral("reevaluated")).toBool(true)) {
                out << tr("Mapping %1 %2 deleted; queued documents will be re-evaluated next cycle (%3).")
                           .arg(args.words.at(1), args.words.at(2), r->value(QStringLiteral("reason")).toString())
                    << '\n';
                return ExitOk;
            }
            const sync::CycleSummary summary = summaryFromJson(r.value());
            out << tr("Mapping %1 %2 -> %3 deleted. Re-evaluated queued documents: %4 posted, %5 still in review.")
                       .arg(args.words.at(1), args.words.at(2), r->value(QStringLiteral("target")).toString())
                       .arg(summary.posted)
                       .arg(summary.review + summary.stillInReview)
                << '\n';
            return summary.hasFailures() || summary.stoppedEarly ? ExitPartial : ExitOk;
        }
        if (args.words.value(0) == QLatin1String("check")) {
            QJsonObject params{{QStringLiteral("refresh"), true}};
            if (args.words.size() > 1)
                params.insert(QStringLiteral("kind"), args.words.at(1));
            auto r = call(QStringLiteral("mappings.check"), params, kEngineTimeoutMs);
            if (!r.ok())
                return fail(err, r.error());
            return printMappingProblems(out, r.value(), args.json);
        }
        if (args.words.value(0) == QLatin1String("set")) {
            store::Mapping m;
            m.kind = args.words.at(1);
            m.sourceKey = args.words.at(2);
            m.target = args.words.at(3);
            if (!validKind(m.kind)) {
                err << tr("Mapping kind must be vendor, account, costcenter or currency.") << '\n';
                return ExitUsage;
            }
            return setMapping(m);
        }
        // import: the file is read here (the service may not see the caller's files).
        QFile f(args.words.at(1));
        if (!f.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1.").arg(args.words.at(1)) << '\n';
            return ExitData;
        }
        auto parsed = store::Store::mappingsFromCsv(f.readAll());
        if (!parsed.ok())
            return fail(err, parsed.error());
        int rc = ExitOk;
        for (const store::Mapping &m : parsed.value()) {
            if (!validKind(m.kind)) {
                err << tr("Skipped row with unknown kind '%1'.").arg(m.kind) << '\n';
                rc = ExitData;
                continue;
            }
            const int one = setMapping(m);
            if (one != ExitOk)
                rc = one;
        }
        return rc;
    }

    int config(const CommandArgs &args)
    {
        const bool set = args.words.value(0) == QLatin1String("set");
        auto r = call(QStringLiteral("settings.set"),
                      {{QStringLiteral("key"), args.words.at(1)}, {QStringLiteral("value"), set ? args.words.at(2) : QString()}});
        if (!r.ok())
            return fail(err, r.error());
        if (r->value(QStringLiteral("restartRequired")).toBool())
            err << tr("ml-connector: the service uses the new connection setting after its next restart.") << '\n';
        QStringList cleared;
        for (const QJsonValue &v : r->value(QStringLiteral("clearedSecrets")).toArray())
            cleared << v.toString();
        printClearedSecrets(err, args.words.at(1), cleared);
        if (const QString warning = r->value(QStringLiteral("warning")).toString(); !warning.isEmpty())
            err << tr("warning: %1").arg(warning) << '\n';
        return ExitOk;
    }

    int secret(const CommandArgs &args)
    {
        const QString name = args.words.at(1);
        bool known = false;
        for (const auto &n : secretNames())
            known = known || n.first == name;
        if (!known) {
            err << tr("Unknown secret %1. Known: concur-client-secret, concur-request-token, b1-password.").arg(name) << '\n';
            return ExitUsage;
        }
        // Read from standard input so that the secret never appears on a command line; the service
        // stores it in its own secret store (write-only: it is never sent back).
        const QString value = args.in->readLine();
        if (value.isEmpty()) {
            err << tr("No secret on standard input.") << '\n';
            return ExitUsage;
        }
        auto r = call(QStringLiteral("secrets.set"), {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        if (!r.ok())
            return fail(err, r.error());
        out << tr("%1 saved in %2.").arg(name, r->value(QStringLiteral("store")).toString()) << '\n';
        return ExitOk;
    }

private:
    ipc::IpcClient &m_client;
    QTextStream &out;
    QTextStream &err;
};

QString canonicalDatabase(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

bool isClientModeCommand(const QString &command, const CommandArgs &args)
{
    const QString sub = args.words.value(0);
    const qsizetype n = args.words.size();
    if (command == QLatin1String("sync") || command == QLatin1String("test-connections"))
        return true;
    if (command == QLatin1String("review"))
        return n == 0 || (sub == QLatin1String("list") && n == 1) || (sub == QLatin1String("retry") && n == 2)
            || (sub == QLatin1String("show") && n == 2 && args.preview)
            || (sub == QLatin1String("skip") && n == 2)
            || (sub == QLatin1String("paid") && (n == 4 || n == 5))
            || (sub == QLatin1String("map") && n == 3);
    if (command == QLatin1String("mappings"))
        return (sub == QLatin1String("set") && n == 4) || (sub == QLatin1String("import") && n == 2)
            || (sub == QLatin1String("delete") && n == 3) || (sub == QLatin1String("check") && n <= 2);
    if (command == QLatin1String("config"))
        return (sub == QLatin1String("set") && n == 3) || (sub == QLatin1String("unset") && n == 2);
    if (command == QLatin1String("secret"))
        return sub == QLatin1String("set") && n == 2;
    return false;
}

std::optional<int> runThroughService(const QString &command, const CommandArgs &args, const QString &dataDir,
                                     bool forceLocal, QTextStream &out, QTextStream &err)
{
    if (!isClientModeCommand(command, args))
        return std::nullopt;
    // Without --pipe: the pipe the data directory's running service announced, else the default
    // places (POSIX: this user's runtime directory, then /run/ml-connector).
    QStringList candidates{args.pipe};
    if (args.pipe.isEmpty()) {
        QFile announced(CliContext::servicePipeFile(dataDir));
        if (announced.open(QIODevice::ReadOnly))
            candidates = QStringList{QString::fromUtf8(announced.readAll()).trimmed()};
        if (candidates.value(0).isEmpty())
            candidates = ipc::defaultServerCandidates();
    }
    QString pipe = candidates.value(0);
    auto local = [&](const QString &why) -> std::optional<int> {
        err << tr("ml-connector: %1; working on the database directly.").arg(why) << '\n';
        err.flush();
        return std::nullopt;
    };
    if (forceLocal)
        return local(tr("--local given"));

    ipc::IpcClient client(QStringLiteral("ml-connector-cli ") + QLatin1String(MLC_VERSION));
    // Before anything is sent (a secret, say), the client checks who serves the pipe: root/SYSTEM,
    // an administrator, this user, or the service user, i.e. the owner of the data directory.
    ipc::ServerTrust trust;
#ifndef Q_OS_WIN
    if (const QFileInfo dir(dataDir); dir.exists())
        trust.uids << qint64(dir.ownerId());
#endif
    client.setServerTrust(trust);
    const auto noService = [](const QString &code) {
        return code == ipc::protocol::errConnect() || code == ipc::protocol::errTimeout()
            || code == ipc::protocol::errDisconnected();
    };
    Result<void> connected = makeError(ipc::protocol::errConnect(), QString());
    for (const QString &candidate : std::as_const(candidates)) {
        pipe = candidate;
        connected = client.connectToServer(pipe, kConnectTimeoutMs);
        if (connected.ok() || !noService(connected.error().code))
            break;
    }
    if (!connected.ok()) {
        const QString &code = connected.error().code;
        if (noService(code))
            return local(tr("no service answers on %1").arg(candidates.join(tr(" or "))));
        if (code == ipc::protocol::errUntrustedServer()) {
            // Somebody else may be standing in for the service: nothing was sent, and nothing is
            // done behind the back of a service that may be running after all.
            err << tr("ml-connector: refusing the pipe %1: %2 Use --local to work on the database directly.")
                       .arg(pipe, connected.error().message)
                << '\n';
            return ExitConnection;
        }
        // A service runs but refuses us (not permitted, another protocol version): writing the
        // database behind its back would break the one-writer rule; say so instead.
        err << tr("ml-connector: the service on %1 refused the connection: %2 (use --local to work on the database "
                  "directly).")
                   .arg(pipe, connected.error().message)
            << '\n';
        return ExitConnection;
    }
    // The service must serve the same database: another instance (--data-dir) may be running.
    const auto status = client.call(QStringLiteral("status"), {}, kCallTimeoutMs);
    if (!status.ok())
        return local(tr("the service on %1 did not report its status (%2)").arg(pipe, status.error().message));
    const QString theirs = canonicalDatabase(status->value(QStringLiteral("database")).toString());
    const QString ours = canonicalDatabase(QDir(dataDir).filePath(QStringLiteral("ml-connector.db")));
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity paths = Qt::CaseInsensitive; // C:\ProgramData and c:\programdata
#else
    const Qt::CaseSensitivity paths = Qt::CaseSensitive;
#endif
    if (theirs.isEmpty() || theirs.compare(ours, paths) != 0)
        return local(tr("the service on %1 serves another data directory").arg(pipe));

    err << tr("ml-connector: acting through the running service (%1) as %2.")
               .arg(pipe, client.role().isEmpty() ? tr("operator") : client.role())
        << '\n';
    err.flush();
    ServiceSession session(client, out, err);
    if (command == QLatin1String("sync"))
        return session.sync(args);
    if (command == QLatin1String("test-connections"))
        return session.testConnections(args);
    if (command == QLatin1String("review"))
        return session.review(args);
    if (command == QLatin1String("mappings"))
        return session.mappings(args);
    if (command == QLatin1String("config"))
        return session.config(args);
    return session.secret(args);
}

} // namespace mlc::cli
