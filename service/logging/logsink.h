#pragma once
// One destination of the service's log: the rotating file, stderr / the journal, the Windows Event
// Log. The LogRouter hands every record to every sink, serialised (one write at a time).
#include "logging/eventid.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace mlc::logging {

struct LogRecord {
    QtMsgType type = QtInfoMsg;
    QString category; // "mlc.sync", "default" for uncategorised qDebug()
    QString message;  // already redacted at the source (core/redact.h)
    QDateTime timeUtc;
    EventId event = EventId::None;
};

class LogSink {
public:
    virtual ~LogSink() = default;
    virtual void write(const LogRecord &record) = 0;
    virtual void flush() {}
};

// "info", "warning", ... as written in the file and on stderr.
QString levelName(QtMsgType type);
// The one-line text form shared by the file and stderr sinks:
// "2026-11-27T18:00:00.123Z warning mlc.sapb1: message [event 300]".
QString formatLine(const LogRecord &record);

} // namespace mlc::logging
