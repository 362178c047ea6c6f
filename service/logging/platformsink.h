#pragma once
// The operating system's own log for a service: the Windows Event Log (platformsink_win.cpp).
// On Linux the journal is reached through stderr (StderrSink::Style::Journal), so there is no
// separate sink (platformsink_posix.cpp returns null).
#include "core/result.h"
#include "logging/logsink.h"

#include <memory>

namespace mlc::logging {

// Reports numbered events and every warning/error to the Event Log source `source`.
std::unique_ptr<LogSink> createPlatformServiceSink(const QString &source);

// `install` / `uninstall`: the Event Log source's registry key
// (HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Application\<source>) with the message file
// that holds the message table (messages.mc, compiled into ml-connector.exe). POSIX: no-op.
Result<void> registerEventSource(const QString &source, const QString &messageFile);
Result<void> unregisterEventSource(const QString &source);
// The message file registered for `source`, empty when the source is not registered.
QString registeredEventMessageFile(const QString &source);

} // namespace mlc::logging
