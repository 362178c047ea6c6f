#pragma once
// What the service tells Event Viewer / the journal about a finished cycle (event IDs in
// service/logging/eventid.h). Quiet cycles (nothing fetched, nothing wrong) stay in the log file:
// a 15-minute schedule must not bury an admin's Application log in identical entries.
#include "logging/eventid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mlc::cli {

struct ServiceEvent {
    logging::EventId id;
    QtMsgType type;
    QString message;
};

// The events for one cycle.finished summary (ServiceCore's JSON, with error/errorCode/errorCodes).
QList<ServiceEvent> eventsForCycle(const QJsonObject &summary);
// Authentication failures are told apart from configuration errors by their Error code.
bool isAuthenticationError(const QString &code);
bool isConfigurationError(const QString &code);

// A failing cycle repeats every few minutes (with backoff): the same warning or error is reported
// once, then again when it changes or after `windowSeconds`, with how often it repeated meanwhile.
// Information events always pass.
class EventThrottle {
    // tr() in member functions: the command line's Linguist context (see text.h), as lupdate reads it.
    Q_DECLARE_TR_FUNCTIONS(mlc::cli)
public:
    explicit EventThrottle(qint64 windowSeconds = 6 * 3600) : m_window(windowSeconds) {}
    // True: report `event` now (its message may gain a repeat note). False: a repeat to keep quiet.
    bool allow(ServiceEvent &event, const QDateTime &now);

private:
    struct Seen {
        QDateTime reportedAt;
        int repeats = 0;
    };
    qint64 m_window;
    QHash<QString, Seen> m_seen;
};

// Through logging::LogRouter::event; repeats the throttle holds back go to the log file only.
void reportEvents(QList<ServiceEvent> events, EventThrottle *throttle = nullptr, const QDateTime &now = {});

} // namespace mlc::cli
