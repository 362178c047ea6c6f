#include "logging/logrouter.h"

#include "core/logging.h"

#include <QAtomicPointer>
#include <cstdio>

namespace mlc::logging {

namespace {

QAtomicPointer<LogRouter> g_router;
QtMessageHandler g_previous = nullptr;
thread_local bool t_inHandler = false;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogRouter *router = g_router.loadAcquire();
    if (!router || t_inHandler) {
        // A sink that logs while writing (QFile warnings, say) must not recurse or deadlock.
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return;
    }
    t_inHandler = true;
    LogRecord r;
    r.type = type;
    r.category = QString::fromLatin1(context.category ? context.category : "default");
    r.message = message;
    r.timeUtc = QDateTime::currentDateTimeUtc();
    router->dispatch(r);
    t_inHandler = false;
}

} // namespace

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg: return QStringLiteral("error");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

QString formatLine(const LogRecord &record)
{
    QString line = record.timeUtc.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + levelName(record.type)
        + QLatin1Char(' ') + record.category + QStringLiteral(": ") + record.message;
    if (record.event != EventId::None)
        line += QStringLiteral(" [event ") + QString::number(unsigned(record.event)) + QLatin1Char(']');
    return line;
}

LogRouter::LogRouter() = default;

LogRouter::~LogRouter()
{
    if (m_installed) {
        qInstallMessageHandler(g_previous);
        g_router.testAndSetOrdered(this, nullptr);
    }
    flush();
}

void LogRouter::addSink(std::unique_ptr<LogSink> sink)
{
    QMutexLocker lock(&m_mutex);
    m_sinks.push_back(std::move(sink));
}

void LogRouter::install()
{
    if (m_installed)
        return;
    g_router.storeRelease(this);
    g_previous = qInstallMessageHandler(messageHandler);
    m_installed = true;
}

void LogRouter::flush()
{
    QMutexLocker lock(&m_mutex);
    for (auto &sink : m_sinks)
        sink->flush();
}

void LogRouter::dispatch(const LogRecord &record)
{
    QMutexLocker lock(&m_mutex);
    for (auto &sink : m_sinks)
        sink->write(record);
}

void LogRouter::event(EventId id, QtMsgType type, const QString &message)
{
    LogRouter *router = g_router.loadAcquire();
    if (!router || t_inHandler) {
        const QString text = message + QStringLiteral(" [event ") + QString::number(unsigned(id)) + QLatin1Char(']');
        if (type == QtCriticalMsg || type == QtFatalMsg)
            qCCritical(lcService).noquote() << text;
        else if (type == QtWarningMsg)
            qCWarning(lcService).noquote() << text;
        else
            qCInfo(lcService).noquote() << text;
        return;
    }
    t_inHandler = true;
    LogRecord r;
    r.type = type;
    r.category = QString::fromLatin1(lcService().categoryName());
    r.message = message;
    r.timeUtc = QDateTime::currentDateTimeUtc();
    r.event = id;
    router->dispatch(r);
    t_inHandler = false;
}

} // namespace mlc::logging
