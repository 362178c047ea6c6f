#pragma once
// What the service tells Event Viewer / the journal about a finished cycle (event IDs in
// service/logging/eventid.h). Quiet cycles (nothing fetched, nothing wrong) stay in the log file:
// a 15-minute schedule must not bury an admin's Application log in identical entries.
#include "logging/eventid.h"

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

void reportEvents(const QList<ServiceEvent> &events); // through logging::LogRouter::event

} // namespace mlc::cli
