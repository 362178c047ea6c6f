#pragma once
// The long-running service without its host: owns the scheduler (+ QTimer driver), runs sync cycles
// with one warm set of connections (so the B1 session is reused until its idle timeout), and answers
// on the named pipe. Hosts (console, Windows SCM) call start() and stop() and wait for stopped().
//
// Threading: everything runs in the thread that created the core. A cycle runs synchronously from
// the scheduler's due(); the HTTP clients block in local event loops, so pipe requests are still
// served during a cycle. Requests that would use the engine or the connections re-entrantly
// (mapping, review decisions, test connections) are refused with "busy" while a cycle or another
// such request runs; a cycle that falls due meanwhile waits for it.
//
// Daily Concur keep-alive (design §4): a timer checks every keepAliveCheckMs whether the refresh
// grant is due (Connections::keepAlive) and refreshes while idle, never during a cycle; a failure
// is logged as an authentication failure and retried at the next check.
#include "core/result.h"
#include "ipc/ipchandler.h"
#include "ipc/ipcserver.h"
#include "scheduler/scheduler.h"
#include "sync/cyclesummary.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace mlc { class SecretStore; }
namespace mlc::store { class Store; }
namespace mlc::cli { class Connections; }
namespace mlc::scheduler { class SchedulerDriver; }

namespace mlc::service {

struct ServiceOptions {
    // Drops the built connections (logging out of B1) so that the next use rebuilds them from the
    // current settings and secrets. Set by the host; without it a changed secret or connection
    // setting takes effect after a restart (the reply says restartRequired).
    std::function<void()> resetConnections;
    QString pipeName;       // empty: ipc::IpcClient::defaultServerName()
    QString operatorsGroup; // empty: the IpcServerOptions default
    int driverMaxIntervalMs = 60 * 1000;
    int keepAliveCheckMs = 60 * 60 * 1000; // how often the Concur keep-alive is checked
    int progressIntervalMs = 250;          // cycle.progress: at most one event per interval
    std::function<QDateTime()> clock;      // for the keep-alive; default: the current UTC time
};

class ServiceCore : public QObject, private ipc::IpcHandler {
    Q_OBJECT
public:
    // Returns the connections, building them on first use; the core keeps using the same object
    // across cycles (warm B1 session). Called again after a failure (e.g. not configured yet).
    using ConnectionsProvider = std::function<Result<cli::Connections *>()>;

    ServiceCore(store::Store &store, SecretStore &secrets, ConnectionsProvider connections, QObject *parent = nullptr);
    ~ServiceCore() override;

    // Loads the schedule from settings, starts the scheduler and listens on the pipe.
    Result<void> start(const ServiceOptions &options = {});
    // Refuses new cycles, lets a running cycle finish, logs out of B1, closes the pipe, then emits
    // stopped(). Safe to call several times and from inside a cycle's local event loop.
    void stop();

    enum class State { Idle, Running, Paused, Stopping, Stopped };
    State state() const;
    static QString stateName(State state);
    QJsonObject status();
    bool isCycleRunning() const { return m_inCycle; }
    scheduler::Scheduler &scheduler() { return *m_scheduler; }

signals:
    void cycleFinished(const QJsonObject &summary);
    void stopped();
    // After every keep-alive check that got as far as the connections: refreshed = a grant was made.
    void keepAliveChecked(bool refreshed);
    // The refresh grant failed: the host reports it as an authentication failure (Event 500),
    // because the 6-month refresh token lapses if nobody acts.
    void keepAliveFailed(const mlc::Error &error);

private:
    void handle(const ipc::IpcPeer &peer, const QString &method, const QJsonObject &params, ipc::IpcReply reply) override;
    void onDue(scheduler::Scheduler::Reason reason);
    void finishStop();
    Result<void> loadSchedule();
    void broadcastReviewCount();
    void broadcastStatus();
    void broadcastProgress(const QString &reason, const sync::CycleSummary &soFar);
    void checkKeepAlive();
    void engineReleased(); // finishes a stop that waited for a request or the keep-alive
    bool engineBusy() const { return m_inCycle || m_engineUsers > 0; }
    Result<void> auditChange(const ipc::IpcPeer &peer, const QString &action, const QString &detail,
                             const QString &before, const QString &after, const QString &docKey = {});
    static QString actorFor(const ipc::IpcPeer &peer);
    Result<cli::Connections *> connections(); // remembers that they were built (for the logout)
    Result<sync::SyncOptions> engineOptions(); // settings + the stop hook, for cycles and requests
    // An engine on the connections with engineOptions(), for one pipe request (hold an EngineUse
    // while it works).
    Result<std::unique_ptr<sync::SyncEngine>> requestEngine();

    // request handlers (servicehandler.cpp)
    void handleReviewList(const QJsonObject &params, const ipc::IpcReply &reply);
    void handleReviewSkip(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handlePaymentsMark(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    QJsonObject writeBackStatus(); // {level, counts: {"ack/done": n, ...}}
    void handleMappingsList(const QJsonObject &params, const ipc::IpcReply &reply);
    void handleMappingsSet(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handleSettingsGet(const QJsonObject &params, const ipc::IpcReply &reply);
    void handleSettingsSet(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handleSecretsSet(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handleAuditQuery(const QJsonObject &params, const ipc::IpcReply &reply);
    void handleTestConnections(const ipc::IpcReply &reply);
    void handleSecretsStatus(const ipc::IpcReply &reply); // servicehandler_settings.cpp
    void handleRunNow(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handleReviewResolve(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handleReviewRetry(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handleAuditExport(const QJsonObject &params, const ipc::IpcReply &reply);
    // review.preview, masterdata.search, mappings.delete, mappings.check (servicehandler_review.cpp)
    void handleReviewPreview(const QJsonObject &params, const ipc::IpcReply &reply);
    void handleMasterDataSearch(const QJsonObject &params, const ipc::IpcReply &reply);
    void handleMappingsDelete(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply);
    void handleMappingsCheck(const QJsonObject &params, const ipc::IpcReply &reply);
    // B1 master data for the preview and the map picker: the snapshot kept from an earlier read if
    // it is at most maxAgeSeconds old, else read now (or the older one while a cycle uses B1).
    Result<std::shared_ptr<const accounting::MasterData>> masterDataSnapshot(int maxAgeSeconds); // < 0: read now

    // Marks the engine/connections as in use by a request or the keep-alive for its lifetime; their
    // HTTP calls block in local event loops, in which other requests and timers are served.
    struct EngineUse {
        explicit EngineUse(ServiceCore &c) : core(c) { ++core.m_engineUsers; }
        ~EngineUse()
        {
            --core.m_engineUsers;
            core.engineReleased();
        }
        EngineUse(const EngineUse &) = delete;
        EngineUse &operator=(const EngineUse &) = delete;
        ServiceCore &core;
    };
    struct CycleWaiter {
        ipc::IpcReply reply;
        bool withOutcomes = false; // the per-document list (the CLI prints it)
    };

    store::Store &m_store;
    SecretStore &m_secrets;
    ConnectionsProvider m_connections;
    std::unique_ptr<scheduler::Scheduler> m_scheduler;
    std::unique_ptr<scheduler::SchedulerDriver> m_driver;
    std::unique_ptr<ipc::IpcServer> m_server;
    bool m_started = false;
    bool m_connectionsBuilt = false;
    bool m_connectionsStale = false; // a secret or connection setting changed since they were built
    std::function<void()> m_resetConnections;
    bool m_inCycle = false;
    int m_engineUsers = 0;
    bool m_stopping = false;
    bool m_stopped = false;
    int m_cycles = 0;
    int m_lastReviewCount = -1;
    QJsonObject m_lastSummary;
    QString m_lastError;
    QList<CycleWaiter> m_waitingForCycle;     // runNow {wait:true}: completed when the cycle ends
    QList<CycleWaiter> m_waitingForNextCycle; // runNow {wait:true, fresh:true} during a cycle: the next one
    QTimer m_keepAliveTimer;
    std::function<QDateTime()> m_clock;
    int m_progressIntervalMs = 250;
    QElapsedTimer m_sinceProgress; // invalid until the cycle's first progress event
    std::shared_ptr<const accounting::MasterData> m_masterData; // masterDataSnapshot()
    QElapsedTimer m_masterDataAge;
};

} // namespace mlc::service
