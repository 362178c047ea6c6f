#include "servicecore.h"

#include "cli/connections.h"
#include "core/logging.h"
#include "ipc/ipcclient.h"
#include "ipc/protocol.h"
#include "mlcversion.h"
#include "scheduler/schedulerdriver.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mlc::service {

namespace {

const QString kSpecKey = QStringLiteral("schedule/spec");
const QString kZoneKey = QStringLiteral("schedule/timeZone");
const QString kLastRunKey = QStringLiteral("schedule/lastRun");
const QString kDefaultSpec = QStringLiteral("every 15m");

QString reasonName(scheduler::Scheduler::Reason r)
{
    switch (r) {
    case scheduler::Scheduler::Reason::Scheduled: return QStringLiteral("scheduled");
    case scheduler::Scheduler::Reason::CatchUp: return QStringLiteral("catch-up");
    case scheduler::Scheduler::Reason::RunNow: return QStringLiteral("run-now");
    case scheduler::Scheduler::Reason::Retry: return QStringLiteral("retry");
    }
    return QString();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

ServiceCore::ServiceCore(store::Store &store, SecretStore &secrets, ConnectionsProvider connections, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_connections(std::move(connections))
    , m_scheduler(std::make_unique<scheduler::Scheduler>(scheduler::Schedule()))
{
    // Queued: due() may be emitted from cycleFinished() while onDue() is still on the stack.
    connect(m_scheduler.get(), &scheduler::Scheduler::due, this, &ServiceCore::onDue, Qt::QueuedConnection);
    connect(m_scheduler.get(), &scheduler::Scheduler::lastRunChanged, this, [this](const QDateTime &t) {
        if (auto r = m_store.setSetting(kLastRunKey, iso(t)); !r.ok())
            qCWarning(lcService) << "cannot persist the last run:" << r.error().toString();
    });
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &ServiceCore::checkKeepAlive);
}

ServiceCore::~ServiceCore()
{
    if (m_server)
        m_server->close();
    // The connections outlive the core (the host owns them): take back the stop check that
    // points at this object.
    if (m_connectionsBuilt) {
        if (auto c = m_connections(); c.ok())
            c.value()->setStopCheck({});
    }
}

Result<void> ServiceCore::loadSchedule()
{
    auto spec = m_store.setting(kSpecKey, kDefaultSpec);
    if (!spec.ok())
        return spec.error();
    auto zone = m_store.setting(kZoneKey);
    if (!zone.ok())
        return zone.error();
    auto schedule = scheduler::Schedule::parse(spec.value().isEmpty() ? kDefaultSpec : spec.value(), zone.value());
    if (!schedule.ok())
        return schedule.error();
    m_scheduler->setSchedule(schedule.value());
    return {};
}

Result<void> ServiceCore::start(const ServiceOptions &options)
{
    if (m_started)
        return makeError(QStringLiteral("service.state"), tr("The service core is already started."));
    if (auto r = loadSchedule(); !r.ok())
        return r;
    auto last = m_store.setting(kLastRunKey);
    if (!last.ok())
        return last.error();
    QDateTime lastRun = QDateTime::fromString(last.value(), Qt::ISODateWithMs);
    if (lastRun.isValid())
        lastRun = lastRun.toUTC();

    m_server = std::make_unique<ipc::IpcServer>(static_cast<ipc::IpcHandler *>(this));
    ipc::IpcServerOptions io;
    io.name = options.pipeName.isEmpty() ? ipc::IpcClient::defaultServerName() : options.pipeName;
    if (!options.operatorsGroup.isEmpty())
        io.operatorsGroup = options.operatorsGroup;
    if (auto r = m_server->listen(io); !r.ok())
        return r;
    connect(m_server.get(), &ipc::IpcServer::clientRejected, this, [](quint64 id, const QString &reason) {
        qCWarning(lcService) << "pipe client" << id << "refused:" << reason;
    });

    m_driver = std::make_unique<scheduler::SchedulerDriver>(m_scheduler.get());
    m_driver->setMaxIntervalMs(options.driverMaxIntervalMs);
    m_scheduler->start(lastRun);
    m_clock = options.clock;
    m_resetConnections = options.resetConnections;
    m_progressIntervalMs = options.progressIntervalMs;
    m_keepAliveTimer.start(qMax(1, options.keepAliveCheckMs));
    // One check soon after the start as well: a service restarted more often than the check
    // interval must still keep the refresh token alive.
    QTimer::singleShot(0, this, &ServiceCore::checkKeepAlive);
    m_started = true;
    qCInfo(lcService).noquote() << "service started; pipe" << m_server->fullServerName() << "secrets"
                                << m_secrets.backendName() << "next run" << iso(m_scheduler->nextRun());
    return {};
}

void ServiceCore::stop()
{
    if (m_stopping || m_stopped)
        return;
    m_stopping = true;
    if (m_inCycle)
        qCInfo(lcService) << "stop requested; waiting for the running cycle to finish";
    else
        qCInfo(lcService) << "stop requested";
    m_scheduler->pause(); // no further scheduled runs; a queued run-now is dropped
    broadcastStatus();
    if (!engineBusy())
        finishStop();
    // else: onDue() calls finishStop() when the engine returns, or the last request or keep-alive
    // using the connections does (EngineUse), so that the B1 logout never cuts into their calls.
}

void ServiceCore::engineReleased()
{
    if (m_stopping && !m_stopped && !engineBusy())
        QTimer::singleShot(0, this, [this] {
            if (m_stopping && !m_stopped && !engineBusy())
                finishStop();
        });
}

void ServiceCore::finishStop()
{
    m_keepAliveTimer.stop();
    for (const CycleWaiter &w : std::as_const(m_waitingForCycle))
        w.reply.fail(QStringLiteral("service.stopping"), tr("The service is stopping."));
    for (const CycleWaiter &w : std::as_const(m_waitingForNextCycle))
        w.reply.fail(QStringLiteral("service.stopping"), tr("The service is stopping."));
    m_waitingForCycle.clear();
    m_waitingForNextCycle.clear();
    if (m_driver)
        m_driver.reset(); // no more ticks
    // Log out of B1 only if the connections were ever built (never build them just to log out).
    if (m_connectionsBuilt) {
        auto c = m_connections();
        if (c.ok())
            c.value()->shutdown();
    }
    if (m_server)
        m_server->close();
    m_stopping = false;
    m_stopped = true;
    qCInfo(lcService) << "service stopped";
    emit stopped();
}

ServiceCore::State ServiceCore::state() const
{
    if (m_stopped)
        return State::Stopped;
    if (m_stopping)
        return State::Stopping;
    if (m_inCycle)
        return State::Running;
    if (m_scheduler->isPaused())
        return State::Paused;
    return State::Idle;
}

QString ServiceCore::stateName(State s)
{
    switch (s) {
    case State::Idle: return QStringLiteral("idle");
    case State::Running: return QStringLiteral("running");
    case State::Paused: return QStringLiteral("paused");
    case State::Stopping: return QStringLiteral("stopping");
    case State::Stopped: return QStringLiteral("stopped");
    }
    return QString();
}

QJsonObject ServiceCore::status()
{
    QJsonObject o;
    o.insert(QStringLiteral("state"), stateName(state()));
    o.insert(QStringLiteral("paused"), m_scheduler->isPaused());
    o.insert(QStringLiteral("version"), QStringLiteral(MLC_VERSION));
    o.insert(QStringLiteral("nextRun"), iso(m_scheduler->nextRun()));
    o.insert(QStringLiteral("lastRun"), iso(m_scheduler->lastRunUtc()));
    o.insert(QStringLiteral("consecutiveFailures"), m_scheduler->consecutiveFailures());
    o.insert(QStringLiteral("cycles"), m_cycles);
    // A database that fails here must not take the service down: status still answers (it is how
    // the tray and the CLI learn that something is wrong), with the store's error in databaseError.
    QString databaseError;
    if (auto spec = m_store.setting(kSpecKey, kDefaultSpec); spec.ok())
        o.insert(QStringLiteral("schedule"), spec.value());
    else
        databaseError = spec.error().toString();
    // Lets a command-line client check that it talks to the service of its own data directory.
    o.insert(QStringLiteral("database"), m_store.path());
    if (m_server)
        o.insert(QStringLiteral("pipe"), m_server->fullServerName());
    if (!m_lastSummary.isEmpty())
        o.insert(QStringLiteral("lastCycle"), m_lastSummary);
    if (!m_lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), m_lastError);
    auto counts = m_store.ledgerCounts();
    if (counts.ok()) {
        QJsonObject c;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            c.insert(it.key(), it.value());
        o.insert(QStringLiteral("ledger"), c);
        o.insert(QStringLiteral("reviewCount"), counts->value(QStringLiteral("review")));
    } else if (databaseError.isEmpty()) {
        databaseError = counts.error().toString();
    }
    o.insert(QStringLiteral("writeBack"), writeBackStatus());
    if (!databaseError.isEmpty())
        o.insert(QStringLiteral("databaseError"), databaseError);
    return o;
}

void ServiceCore::broadcastStatus()
{
    if (m_server)
        m_server->broadcast(ipc::protocol::evStatusChanged(), status());
}

void ServiceCore::broadcastReviewCount()
{
    auto counts = m_store.ledgerCounts();
    if (!counts.ok())
        return;
    const int n = counts->value(QStringLiteral("review"));
    if (n == m_lastReviewCount)
        return;
    m_lastReviewCount = n;
    if (m_server)
        m_server->broadcast(ipc::protocol::evReviewCountChanged(), QJsonObject{{QStringLiteral("count"), n}});
}

void ServiceCore::onDue(scheduler::Scheduler::Reason reason)
{
    if (m_stopping || m_stopped || m_inCycle) {
        // A stop won the race; tell the scheduler the "cycle" is over so it does not stay Running.
        if (!m_inCycle)
            m_scheduler->cycleFinished(true);
        return;
    }
    if (m_engineUsers > 0) {
        // A request (mapping, review decision, connection test) or the keep-alive is using the
        // connections in a local event loop; start the cycle when it is done. The scheduler stays
        // in its running state until then, so nothing else starts meanwhile.
        QTimer::singleShot(100, this, [this, reason] { onDue(reason); });
        return;
    }
    m_inCycle = true;
    m_waitingForCycle.append(std::exchange(m_waitingForNextCycle, {}));
    m_sinceProgress.invalidate();
    const QString why = reasonName(reason);
    qCInfo(lcService).noquote() << "cycle started:" << why;
    if (m_server)
        m_server->broadcast(ipc::protocol::evCycleStarted(), QJsonObject{{QStringLiteral("reason"), why}});

    bool ok = false;
    QJsonObject summaryJson;
    QJsonArray outcomes; // for the waiters that asked for the per-document list
    int outcomesNotListed = 0;
    Error failure;
    auto conns = connections();
    if (!conns.ok()) {
        failure = conns.error();
        m_lastError = conns.error().toString();
    } else {
        // Built per cycle: the engine holds no state between cycles; the connections (and with them
        // the B1 session and the Concur tokens) are the long-lived part.
        const Result<sync::CycleSummary> summary = [&]() -> Result<sync::CycleSummary> {
            auto o = engineOptions();
            if (!o.ok())
                return o.error();
            o->progress = [this, why](const sync::CycleSummary &soFar) { broadcastProgress(why, soFar); };
            const auto enginePtr = conns.value()->engine(m_store, o.value());
            sync::SyncEngine &engine = *enginePtr;
            // Blocks in local event loops; the pipe stays responsive meanwhile.
            return engine.runCycle();
        }();
        if (summary.ok()) {
            ok = !summary->hasFailures();
            summaryJson = summary->toJson(false);
            m_lastSummary = summaryJson;
            m_lastError.clear();
            if (!m_waitingForCycle.isEmpty()) {
                const QJsonObject full = summary->toJson(true);
                outcomes = full.value(QStringLiteral("documents")).toArray();
                outcomesNotListed = full.value(QStringLiteral("documentsNotListed")).toInt();
            }
        } else {
            failure = summary.error();
            m_lastError = summary.error().toString();
        }
    }
    ++m_cycles;
    if (!m_lastError.isEmpty()) {
        qCWarning(lcService).noquote() << "cycle failed:" << m_lastError;
        summaryJson.insert(QStringLiteral("error"), m_lastError);
        // The code and message separately, so that a command-line client maps them to its exit code.
        summaryJson.insert(QStringLiteral("errorCode"), failure.code);
        summaryJson.insert(QStringLiteral("errorMessage"), failure.message);
    } else {
        qCInfo(lcService).noquote() << "cycle finished: posted" << summaryJson.value(QStringLiteral("posted")).toInt()
                                    << "review" << summaryJson.value(QStringLiteral("review")).toInt() << "failed"
                                    << summaryJson.value(QStringLiteral("failed")).toInt();
    }
    summaryJson.insert(QStringLiteral("ok"), ok);
    summaryJson.insert(QStringLiteral("reason"), why);
    m_inCycle = false;
    m_scheduler->cycleFinished(ok);
    if (m_server)
        m_server->broadcast(ipc::protocol::evCycleFinished(), summaryJson);
    broadcastReviewCount();
    const QList<CycleWaiter> waiting = std::exchange(m_waitingForCycle, {});
    for (const CycleWaiter &w : waiting) {
        if (!w.withOutcomes) {
            w.reply.ok(summaryJson);
            continue;
        }
        QJsonObject full = summaryJson;
        full.insert(QStringLiteral("documents"), outcomes);
        full.insert(QStringLiteral("documentsNotListed"), outcomesNotListed);
        w.reply.ok(full);
    }
    emit cycleFinished(summaryJson);
    if (m_stopping)
        finishStop();
}

Result<sync::SyncOptions> ServiceCore::engineOptions()
{
    // A database that cannot be read fails the cycle or the request with its error.
    auto o = sync::syncOptionsFromSettings(m_store, QStringLiteral("service"));
    if (!o.ok())
        return o;
    // A stop ends a cycle, a mapping fix's re-evaluation or a retry before the engine's next request.
    o->stopRequested = [this] { return m_stopping; };
    return o;
}

Result<std::unique_ptr<sync::SyncEngine>> ServiceCore::requestEngine()
{
    auto conns = connections();
    if (!conns.ok())
        return conns.error();
    auto options = engineOptions();
    if (!options.ok())
        return options.error();
    return conns.value()->engine(m_store, options.value());
}

Result<cli::Connections *> ServiceCore::connections()
{
    // Called only where no engine runs (before a cycle, a request, a keep-alive check): the safe
    // point to apply a changed secret or connection setting.
    if (m_connectionsStale && m_resetConnections) {
        qCInfo(lcService) << "rebuilding the connections with the changed settings/secrets";
        m_resetConnections();
        m_connectionsBuilt = false;
    }
    m_connectionsStale = false;
    auto c = m_connections();
    if (c.ok()) {
        m_connectionsBuilt = true;
        // A stop also ends a Concur Retry-After wait (the wait serves the event loop meanwhile).
        c.value()->setStopCheck([this] { return m_stopping; });
    }
    return c;
}

QString ServiceCore::actorFor(const ipc::IpcPeer &peer)
{
    if (!peer.user.isEmpty())
        return QStringLiteral("pipe:") + peer.user;
    if (peer.uid >= 0)
        return QStringLiteral("pipe:uid") + QString::number(peer.uid);
    return QStringLiteral("pipe:unknown");
}

Result<void> ServiceCore::auditChange(const ipc::IpcPeer &peer, const QString &action, const QString &detail,
                                      const QString &before, const QString &after, const QString &docKey)
{
    if (m_store.inTransaction()) // never join (or be rolled back with) the engine's transaction
        return makeError(QStringLiteral("busy"), tr("A sync cycle is writing; try again when it has finished."));
    return m_store.appendAuditEvent(actorFor(peer), peer.describe(), action, docKey, detail, before, after);
}

void ServiceCore::broadcastProgress(const QString &reason, const sync::CycleSummary &soFar)
{
    // At most one event per interval (the first of a cycle always goes out): a 100k-document
    // cycle must not flood the tray with frames.
    if (!m_server || (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < m_progressIntervalMs))
        return;
    m_sinceProgress.start();
    m_server->broadcast(ipc::protocol::evCycleProgress(),
                        QJsonObject{{QStringLiteral("reason"), reason},
                                    {QStringLiteral("fetched"), soFar.fetched},
                                    {QStringLiteral("posted"), soFar.posted},
                                    {QStringLiteral("recovered"), soFar.recovered},
                                    {QStringLiteral("review"), soFar.review},
                                    {QStringLiteral("stillInReview"), soFar.stillInReview},
                                    {QStringLiteral("duplicates"), soFar.duplicates},
                                    {QStringLiteral("failed"), soFar.failed},
                                    {QStringLiteral("pending"), soFar.pending}});
}

void ServiceCore::checkKeepAlive()
{
    // A cycle refreshes the token itself when it needs one; the next check comes soon enough.
    if (!m_started || m_stopping || m_stopped || engineBusy())
        return;
    auto conns = connections();
    if (!conns.ok()) {
        qCDebug(lcService).noquote() << "keep-alive skipped:" << conns.error().toString(); // not configured yet
        return;
    }
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    Result<bool> refreshed = false;
    {
        EngineUse use(*this);
        refreshed = conns.value()->keepAlive(now);
    }
    if (!refreshed.ok()) {
        // Not fatal: the service keeps running and tries again at the next check.
        qCWarning(lcService).noquote() << "authentication failure: the Concur keep-alive refresh failed:"
                                       << refreshed.error().toString();
        emit keepAliveFailed(refreshed.error());
        emit keepAliveChecked(false);
        return;
    }
    if (refreshed.value())
        qCInfo(lcService) << "Concur keep-alive: company token refreshed";
    emit keepAliveChecked(refreshed.value());
}

} // namespace mlc::service
