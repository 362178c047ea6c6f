#pragma once
// Routes Qt's logging (qCInfo(lcSync) << ...) and the service's numbered events to the sinks.
// install() takes over Qt's message handler for the process; the destructor gives it back.
// Verbosity stays with QLoggingCategory / QT_LOGGING_RULES: Qt calls the handler only for enabled
// messages. Thread-safe: modules may log from any thread.
#include "logging/logsink.h"

#include <QMutex>
#include <memory>
#include <vector>

namespace mlc::logging {

class LogRouter {
public:
    LogRouter();
    ~LogRouter(); // uninstalls and flushes
    LogRouter(const LogRouter &) = delete;
    LogRouter &operator=(const LogRouter &) = delete;

    void addSink(std::unique_ptr<LogSink> sink);
    void install(); // one router per process at a time
    void flush();

    // Reports a numbered event (Event Viewer ID) through the installed router; without one, it
    // is logged as an ordinary mlc.service message so that nothing is lost.
    static void event(EventId id, QtMsgType type, const QString &message);

    void dispatch(const LogRecord &record); // callers hold the global logging lock (or own the router)

private:
    QMutex m_mutex; // guards m_sinks for addSink/flush from the owning thread
    std::vector<std::unique_ptr<LogSink>> m_sinks;
    bool m_installed = false;
};

} // namespace mlc::logging
