#pragma once
// The tray's one connection to the service (design.md §5a: pages talk to models and to this
// object, never to sockets). It connects, keeps reconnecting while the service is away (1 s
// doubling to 30 s), remembers the role the service granted and the last status, and turns the
// service's push events into signals. Every change the tray makes goes through call().
#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace mlc::ipc { class IpcClient; }

namespace mlc::tray {

class ServiceConnection : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connected };
    using Callback = std::function<void(const Result<QJsonObject> &)>;

    // serverName: the pipe (empty: the default one).
    explicit ServiceConnection(const QString &serverName = {}, QObject *parent = nullptr);
    ~ServiceConnection() override;

    // Connects now, and again whenever the connection is lost.
    void start();
    void stop();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // "admin" or "operator" as the service decided from this user's credentials; empty offline.
    QString role() const { return m_role; }
    bool isAdmin() const { return m_role == QLatin1String("admin"); }
    // Why the tray is not connected, in words for the banner (empty when connected).
    QString offlineReason() const { return m_offlineReason; }
    // The last `status` answer, updated by status.changed and cycle.finished events.
    QJsonObject status() const { return m_status; }

    // An asynchronous request; `done` runs exactly once (at once, with an error, when offline).
    void call(const QString &method, const QJsonObject &params, Callback done, int timeoutMs = 30000);
    // The same, but `done` is dropped when `context` is gone by then (a page closed meanwhile).
    void call(const QString &method, const QJsonObject &params, const QObject *context, Callback done,
              int timeoutMs = 30000);

    // Asks for the status again (statusChanged follows), e.g. after a setting the status reports
    // (the write-back level) was saved: the service announces status changes of its own only.
    void refreshStatus();

signals:
    void stateChanged(mlc::tray::ServiceConnection::State state);
    void statusChanged(const QJsonObject &status);
    void eventReceived(const QString &event, const QJsonObject &data);

private:
    void tryConnect();
    void setOffline(const QString &reason);

    QString m_serverName;
    std::unique_ptr<ipc::IpcClient> m_client;
    QTimer m_retry;
    int m_retryMs = 1000;
    bool m_running = false;
    State m_state = State::Disconnected;
    QString m_role;
    QString m_offlineReason;
    QJsonObject m_status;
    std::shared_ptr<bool> m_callbacksLive = std::make_shared<bool>(true); // false once stop() dropped them
};

} // namespace mlc::tray
