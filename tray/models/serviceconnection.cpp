#include "serviceconnection.h"

#include <QPointer>

#include "ipc/ipcclient.h"
#include "mlcversion.h"

#include <QCoreApplication>

namespace mlc::tray {

namespace {
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 30000;
constexpr int kConnectTimeoutMs = 3000;
} // namespace

ServiceConnection::ServiceConnection(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServiceConnection::tryConnect);
    m_offlineReason = tr("Connecting to the ml-connector service…");
}

ServiceConnection::~ServiceConnection()
{
    stop();
}

void ServiceConnection::start()
{
    m_running = true;
    m_retryMs = kFirstRetryMs;
    tryConnect();
}

void ServiceConnection::stop()
{
    m_running = false;
    m_retry.stop();
    // Answers still pending are dropped, not failed: stop() runs when the tray quits, and the
    // pages that asked may already be gone.
    *m_callbacksLive = false;
    m_callbacksLive = std::make_shared<bool>(true);
    if (m_client) {
        m_client->disconnect(this);
        m_client->disconnectFromServer();
        m_client.reset();
    }
}

void ServiceConnection::tryConnect()
{
    if (!m_running || m_state == State::Connected)
        return;
    m_client = std::make_unique<ipc::IpcClient>(QStringLiteral("ml-connector-tray " MLC_VERSION));
    const QString name = m_serverName.isEmpty() ? ipc::IpcClient::defaultServerName() : m_serverName;
    auto connected = m_client->connectToServer(name, kConnectTimeoutMs);
    if (!connected.ok()) {
        m_client.reset();
        const Error &e = connected.error();
        QString reason;
        if (e.code == QLatin1String("not_permitted"))
            reason = tr("The service refused this account. Ask your administrator to add you to the "
                        "ml-connector operators group.");
        else if (e.code == QLatin1String("version"))
            reason = tr("The service is a different version of ml-connector. Install the same version of "
                        "the tray and the service.");
        else if (e.code == QLatin1String("ipc.untrusted_server"))
            reason = tr("Something other than the ml-connector service answers on its pipe, so the tray does "
                        "not talk to it. Tell your administrator.");
        else
            reason = tr("The ml-connector service is not running. Browsing works; actions wait until it is "
                        "back.");
        setOffline(reason);
        m_retry.start(m_retryMs);
        m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
        return;
    }
    connect(m_client.get(), &ipc::IpcClient::disconnected, this, [this] {
        // Deleting the client inside its own signal is not allowed: do it from the event loop.
        if (m_client)
            m_client.release()->deleteLater();
        setOffline(tr("The connection to the ml-connector service was lost. Reconnecting…"));
        m_retryMs = kFirstRetryMs;
        m_retry.start(m_retryMs);
    });
    connect(m_client.get(), &ipc::IpcClient::eventReceived, this, [this](const QString &event, const QJsonObject &data) {
        if (event == QLatin1String("status.changed") || event == QLatin1String("cycle.finished")
            || event == QLatin1String("review.count_changed"))
            refreshStatus();
        emit eventReceived(event, data);
    });
    m_role = m_client->role();
    m_offlineReason.clear();
    m_retryMs = kFirstRetryMs;
    m_state = State::Connected;
    // The status first: the pages' own requests (sent from stateChanged) queue behind it.
    refreshStatus();
    emit stateChanged(m_state);
}

void ServiceConnection::setOffline(const QString &reason)
{
    const bool changed = m_state != State::Disconnected || m_offlineReason != reason;
    m_state = State::Disconnected;
    m_role.clear();
    m_offlineReason = reason;
    if (changed)
        emit stateChanged(m_state);
}

void ServiceConnection::refreshStatus()
{
    call(QStringLiteral("status"), {}, [this](const Result<QJsonObject> &r) {
        if (!r.ok())
            return;
        m_status = r.value();
        emit statusChanged(m_status);
    });
}

void ServiceConnection::call(const QString &method, const QJsonObject &params, Callback done, int timeoutMs)
{
    if (m_state != State::Connected || !m_client) {
        done(makeError(QStringLiteral("ipc.disconnected"), m_offlineReason));
        return;
    }
    m_client->callAsync(method, params,
                        [live = m_callbacksLive, done = std::move(done)](const Result<QJsonObject> &r) {
                            if (*live)
                                done(r);
                        },
                        timeoutMs);
}

void ServiceConnection::call(const QString &method, const QJsonObject &params, const QObject *context, Callback done,
                             int timeoutMs)
{
    call(method, params, [guard = QPointer<const QObject>(context), done = std::move(done)](const Result<QJsonObject> &r) {
        if (guard)
            done(r);
    }, timeoutMs);
}

} // namespace mlc::tray
