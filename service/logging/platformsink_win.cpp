// The Windows Event Log sink and the event source registration (`install` / `uninstall`).
#include "logging/platformsink.h"
#include "logging/windowserror.h"

#include <QCoreApplication>
#include <QDir>

#include <windows.h>

namespace mlc::logging {

namespace {

const QString kSourcesKey = QStringLiteral("SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\");

std::wstring wide(const QString &s)
{
    return s.toStdWString();
}

class EventLogSink : public LogSink {
public:
    explicit EventLogSink(const QString &source)
        : m_handle(RegisterEventSourceW(nullptr, wide(source).c_str()))
    {
    }
    ~EventLogSink() override
    {
        if (m_handle)
            DeregisterEventSource(m_handle);
    }
    bool isValid() const { return m_handle != nullptr; }

    void write(const LogRecord &record) override
    {
        // Event Viewer is for what an admin must see: numbered events, warnings and errors. Info
        // and debug lines stay in the log file.
        EventId id = record.event;
        if (id == EventId::None) {
            if (record.type != QtWarningMsg && record.type != QtCriticalMsg && record.type != QtFatalMsg)
                return;
            id = record.type == QtWarningMsg ? EventId::GeneralWarning : EventId::GeneralError;
        }
        WORD type = EVENTLOG_INFORMATION_TYPE;
        if (record.type == QtWarningMsg)
            type = EVENTLOG_WARNING_TYPE;
        else if (record.type == QtCriticalMsg || record.type == QtFatalMsg)
            type = EVENTLOG_ERROR_TYPE;
        QString text = record.message;
        if (record.event == EventId::None)
            text = record.category + QStringLiteral(": ") + text;
        if (text.size() > 30000) // ReportEventW limits each string to 31,839 characters
            text = text.left(30000) + QStringLiteral("...");
        const std::wstring w = wide(text);
        LPCWSTR strings[1] = {w.c_str()};
        ReportEventW(m_handle, type, 0, DWORD(id), nullptr, 1, 0, strings, nullptr);
    }

private:
    HANDLE m_handle;
};

} // namespace

std::unique_ptr<LogSink> createPlatformServiceSink(const QString &source)
{
    auto sink = std::make_unique<EventLogSink>(source);
    if (!sink->isValid())
        return nullptr;
    return sink;
}

Result<void> registerEventSource(const QString &source, const QString &messageFile)
{
    HKEY key = nullptr;
    const std::wstring path = wide(kSourcesKey + source);
    LSTATUS rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                 KEY_SET_VALUE, nullptr, &key, nullptr);
    if (rc != ERROR_SUCCESS)
        return makeError(QStringLiteral("config.eventlog"), QCoreApplication::translate("mlc::logging", "Cannot register the Event Log source %1.").arg(source),
                         windowsErrorText(DWORD(rc)));
    const std::wstring file = wide(QDir::toNativeSeparators(messageFile));
    const DWORD types = EVENTLOG_ERROR_TYPE | EVENTLOG_WARNING_TYPE | EVENTLOG_INFORMATION_TYPE;
    rc = RegSetValueExW(key, L"EventMessageFile", 0, REG_EXPAND_SZ, reinterpret_cast<const BYTE *>(file.c_str()),
                        DWORD((file.size() + 1) * sizeof(wchar_t)));
    if (rc == ERROR_SUCCESS)
        rc = RegSetValueExW(key, L"TypesSupported", 0, REG_DWORD, reinterpret_cast<const BYTE *>(&types), sizeof(types));
    RegCloseKey(key);
    if (rc != ERROR_SUCCESS)
        return makeError(QStringLiteral("config.eventlog"), QCoreApplication::translate("mlc::logging", "Cannot register the Event Log source %1.").arg(source),
                         windowsErrorText(DWORD(rc)));
    return {};
}

Result<void> unregisterEventSource(const QString &source)
{
    const std::wstring path = wide(kSourcesKey + source);
    const LSTATUS rc = RegDeleteKeyW(HKEY_LOCAL_MACHINE, path.c_str());
    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
        return makeError(QStringLiteral("config.eventlog"), QCoreApplication::translate("mlc::logging", "Cannot remove the Event Log source %1.").arg(source),
                         windowsErrorText(DWORD(rc)));
    return {};
}

QString registeredEventMessageFile(const QString &source)
{
    wchar_t buffer[1024];
    DWORD size = sizeof(buffer);
    const std::wstring path = wide(kSourcesKey + source);
    if (RegGetValueW(HKEY_LOCAL_MACHINE, path.c_str(), L"EventMessageFile", RRF_RT_REG_EXPAND_SZ | RRF_RT_REG_SZ | RRF_NOEXPAND,
                     nullptr, buffer, &size) != ERROR_SUCCESS)
        return QString();
    return QString::fromWCharArray(buffer);
}

} // namespace mlc::logging
