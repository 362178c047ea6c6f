#include "logging/logrouter.h"

#include "core/logging.h"

#include <QMutex>
#include <cstdio>

namespace mlc::logging {

namespace {

// One lock for the installed router and every dispatch: a thread that is logging while the router
// is destroyed either finishes first or finds no router (no use after free).
QMutex g_lock;
LogRouter *g_router = nullptr;
QtMessageHandler g_previous = nullptr;
thread_local bool t_inHandler = false;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_inHandler) {
        // A sink that logs while writing (QFile warnings, say) must not recurse or deadlock.
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return;
    }
    t_inHandler = true;
    {
        QMutexLocker lock(&g_lock);
        if (g_router) {
            LogRecord r;
            r.type = type;
            r.category = QString::fromLatin1(context.category ? context.category : "default");
            r.message = message;
            r.timeUtc = QDateTime::currentDateTimeUtc();
            g_router->dispatch(r);
        } else {
            std::fprintf(stderr, "%s\n", qPrintable(message));
        }
    }
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
        QMutexLocker lock(&g_lock); // waits for a dispatch in progress on another thread
        qInstallMessageHandler(g_previous);
        if (g_router == this)
            g_router = nullptr;
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
    QMutexLocker lock(&g_lock);
    g_router = this;
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
    bool dispatched = false;
    if (!t_inHandler) {
        t_inHandler = true;
        QMutexLocker lock(&g_lock);
        if (g_router) {
            LogRecord r;
            r.type = type;
            r.category = QString::fromLatin1(lcService().categoryName());
            r.message = message;
            r.timeUtc = QDateTime::currentDateTimeUtc();
            r.event = id;
            g_router->dispatch(r);
            dispatched = true;
        }
        lock.unlock();
        t_inHandler = false;
    }
    if (dispatched)
        return;
    const QString text = message + QStringLiteral(" [event ") + QString::number(unsigned(id)) + QLatin1Char(']');
    if (type == QtCriticalMsg || type == QtFatalMsg)
        qCCritical(lcService).noquote() << text;
    else if (type == QtWarningMsg)
        qCWarning(lcService).noquote() << text;
    else
        qCInfo(lcService).noquote() << text;
}

} // namespace mlc::logging
