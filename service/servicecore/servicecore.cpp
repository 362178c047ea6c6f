#include "servicecore.h"

#include "cli/connections.h"
#include "core/logging.h"
#include "ipc/ipcclient.h"
#include "ipc/protocol.h"
#include "scheduler/schedulerdriver.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "sync/syncengine.h"

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
}

ServiceCore::~ServiceCore()
{
    if (m_server)
        m_server->close();
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
    if (!m_inCycle)
        finishStop();
    // else: onDue() calls finishStop() when the engine returns.
}

void ServiceCore::finishStop()
{
    for (const ipc::IpcReply &r : std::as_const(m_waitingForCycle))
        r.fail(QStringLiteral("service.stopping"), tr("The service is stopping."));
    m_waitingForCycle.clear();
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
    o.insert(QStringLiteral("schedule"), m_store.setting(kSpecKey, kDefaultSpec).value());
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
    }
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
    m_inCycle = true;
    const QString why = reasonName(reason);
    qCInfo(lcService).noquote() << "cycle started:" << why;
    if (m_server)
        m_server->broadcast(ipc::protocol::evCycleStarted(), QJsonObject{{QStringLiteral("reason"), why}});

    bool ok = false;
    QJsonObject summaryJson;
    auto conns = connections();
    if (!conns.ok()) {
        m_lastError = conns.error().toString();
    } else {
        // Built per cycle: the engine holds no state between cycles; the connections (and with them
        // the B1 session and the Concur tokens) are the long-lived part.
        sync::SyncOptions o;
        o.actor = QStringLiteral("service");
        o.useBatch = m_store.setting(QStringLiteral("b1/useBatch")).value() == QLatin1String("true");
        if (const int size = m_store.setting(QStringLiteral("b1/batchSize")).value().toInt(); size > 0)
            o.batchSize = size;
        sync::SyncEngine engine(m_store, conns.value()->source(), conns.value()->target(), o);
        // Blocks in local event loops; the pipe stays responsive meanwhile.
        auto summary = engine.runCycle();
        if (summary.ok()) {
            ok = !summary->hasFailures();
            summaryJson = summary->toJson(false);
            m_lastSummary = summaryJson;
            m_lastError.clear();
        } else {
            m_lastError = summary.error().toString();
        }
    }
    ++m_cycles;
    if (!m_lastError.isEmpty()) {
        qCWarning(lcService).noquote() << "cycle failed:" << m_lastError;
        summaryJson.insert(QStringLiteral("error"), m_lastError);
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
    const QList<ipc::IpcReply> waiting = std::exchange(m_waitingForCycle, {});
    for (const ipc::IpcReply &r : waiting)
        r.ok(summaryJson);
    emit cycleFinished(summaryJson);
    if (m_stopping)
        finishStop();
}

Result<cli::Connections *> ServiceCore::connections()
{
    auto c = m_connections();
    if (c.ok())
        m_connectionsBuilt = true;
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
                                      const QString &before, const QString &after)
{
    if (m_store.inTransaction()) // never join (or be rolled back with) the engine's transaction
        return makeError(QStringLiteral("busy"), tr("A sync cycle is writing; try again when it has finished."));
    return m_store.appendAuditEvent(actorFor(peer), peer.describe(), action, {}, detail, before, after);
}

} // namespace mlc::service
