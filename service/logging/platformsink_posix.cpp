#include "logging/platformsink.h"

namespace mlc::logging {

std::unique_ptr<LogSink> createPlatformServiceSink(const QString &)
{
    return nullptr;
}

Result<void> registerEventSource(const QString &, const QString &)
{
    return {};
}

Result<void> unregisterEventSource(const QString &)
{
    return {};
}

QString registeredEventMessageFile(const QString &)
{
    return QString();
}

} // namespace mlc::logging
