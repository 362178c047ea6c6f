// `ml-connector run --console` and `run --service`: the long-running service. One body for both
// hosts: logging (rotating file in the data directory; stderr/journald in console mode; the Event Log
// under the SCM), the data directory, the service core, the numbered events, then the event loop
// until a stop request (Ctrl+C / SIGTERM / WM_CLOSE, or the SCM's stop, shutdown and preshutdown).
#include "commands.h"
#include "exitcodes.h"
#include "serviceevents.h"
#include "host/servicehost.h"
#include "host/stopsignal.h"
#include "text.h"

#include "core/logging.h"
#include "logging/logrouter.h"
#include "logging/platformsink.h"
#include "logging/rotatingfilesink.h"
#include "logging/stderrsink.h"
#include "mlcversion.h"
#include "servicecore/servicecore.h"

#include <QDir>
#include <QSaveFile>
#include <QEventLoop>

namespace mlc::cli {

namespace {

// <data dir>/service.pipe while the service runs.
class PipeFile {
public:
    PipeFile(const QString &path, const QString &pipe)
        : m_path(path)
    {
        QSaveFile f(m_path);
        if (pipe.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(pipe.toUtf8()) < 0 || !f.commit())
            qCWarning(lcService).noquote() << "cannot write" << m_path << "(client mode then needs --pipe)";
    }
    ~PipeFile() { QFile::remove(m_path); }

private:
    QString m_path;
};

class ConsoleControl : public ServiceHostControl {
public:
    void reportRunning() override {}
    void reportStopping(int) override {}
    bool isServiceManager() const override { return false; }
};

QString describe(const Error &e)
{
    return e.detail.isEmpty() ? e.message : e.message + QStringLiteral(" (") + e.detail + QLatin1Char(')');
}

int serve(const CommandArgs &args, ServiceHostControl &host, QTextStream &err)
{
    const QString dataDir = args.dataDir.isEmpty() ? CliContext::defaultDataDir() : args.dataDir;
    logging::LogRouter router;
    QDir().mkpath(dataDir);
    auto file = std::make_unique<logging::RotatingFileSink>(QDir(dataDir).filePath(QStringLiteral("logs/ml-connector.log")));
    const QString fileError = file->isOpen() ? QString() : file->errorString();
    router.addSink(std::move(file));
    if (host.isServiceManager()) {
        if (auto sink = logging::createPlatformServiceSink(args.serviceName))
            router.addSink(std::move(sink));
    } else {
        router.addSink(std::make_unique<logging::StderrSink>(logging::StderrSink::detectStyle()));
    }
    router.install();
    if (!fileError.isEmpty())
        qCWarning(lcService).noquote() << "cannot write the log file in" << dataDir << ":" << fileError;

    CliContext ctx(err, err);
    if (auto opened = ctx.open(dataDir, args.secretsSpec); !opened.ok()) {
        logging::LogRouter::event(logging::EventId::ConfigError, QtCriticalMsg,
                                  tr("Cannot open the data directory %1: %2").arg(dataDir, describe(opened.error())));
        return exitCodeFor(opened.error());
    }
    if (auto locked = ctx.lockEngine(); !locked.ok()) {
        logging::LogRouter::event(logging::EventId::ConfigError, QtCriticalMsg,
                                  tr("The service cannot start: %1").arg(describe(locked.error())));
        return exitCodeFor(locked.error());
    }
    if (ctx.secrets().backendName().startsWith(QLatin1String("file"))) {
        // The explicit headless choice: say so loudly at every start (issue #3 §6).
        qCWarning(lcService).noquote() << "secrets are kept in a 0600 file named by the admin ("
                                       << ctx.secrets().backendName()
                                       << "), not in an OS keychain; protect the data directory";
    }
    service::ServiceCore core(ctx.store(), ctx.secrets(), [&ctx]() { return ctx.connections(); });
    EventThrottle throttle;
    QObject::connect(&core, &service::ServiceCore::cycleFinished, &core,
                     [&throttle](const QJsonObject &summary) { reportEvents(eventsForCycle(summary), &throttle); });
    QObject::connect(&core, &service::ServiceCore::keepAliveFailed, &core, [](const Error &e) {
        logging::LogRouter::event(logging::EventId::AuthFailure, QtCriticalMsg,
                                  tr("The daily Concur token refresh failed: %1. Without a refresh the Concur "
                                     "connection lapses; check it with `ml-connector test-connections`.")
                                      .arg(describe(e)));
    });
    QEventLoop loop;
    QObject::connect(&core, &service::ServiceCore::stopped, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    host.onStopRequested = [&core, &host] {
        host.reportStopping(kStopWaitHintMs);
        core.stop();
    };
    std::unique_ptr<StopSignal> stopSignal;
    if (!host.isServiceManager()) {
        stopSignal = installStopSignal([&host] {
            if (host.onStopRequested)
                host.onStopRequested();
        });
        if (!stopSignal)
            qCWarning(lcService) << "cannot install the stop signal handler";
    }
    service::ServiceOptions options;
    options.pipeName = args.pipe;
    options.resetConnections = [&ctx] { ctx.resetConnections(); };
    // Who may use the pipe besides SYSTEM/Administrators (Windows) or the service user (Linux):
    // a local group, "ml-connector" unless the admin names another (config set service/operatorsGroup).
    auto group = ctx.store().setting(QStringLiteral("service/operatorsGroup"));
    if (group.ok())
        options.operatorsGroup = group.value();
    if (auto r = group.ok() ? core.start(options) : Result<void>(group.error()); !r.ok()) {
        logging::LogRouter::event(logging::EventId::ConfigError, QtCriticalMsg,
                                  tr("The service cannot start: %1").arg(describe(r.error())));
        return exitCodeFor(r.error());
    }
    host.reportRunning();
    // Client mode finds the pipe here when no --pipe is given (the systemd unit's socket path, say).
    PipeFile pipeFile(CliContext::servicePipeFile(dataDir), core.status().value(QStringLiteral("pipe")).toString());
    logging::LogRouter::event(logging::EventId::ServiceStarted, QtInfoMsg,
                              tr("ml-connector %1, data directory %2, schedule \"%3\", next run %4.")
                                  .arg(QStringLiteral(MLC_VERSION), QDir::toNativeSeparators(dataDir),
                                       core.status().value(QStringLiteral("schedule")).toString(),
                                       core.status().value(QStringLiteral("nextRun")).toString()));
    if (!host.isServiceManager()) {
        err << tr("ml-connector service running (console); press Ctrl+C to stop.") << '\n';
        err.flush();
    }
    loop.exec();
    host.onStopRequested = nullptr; // the core goes out of scope with this function
    logging::LogRouter::event(logging::EventId::ServiceStopped, QtInfoMsg,
                              tr("after %n cycle(s).", nullptr, core.status().value(QStringLiteral("cycles")).toInt()));
    return ExitOk;
}

} // namespace

int cmdRun(const CommandArgs &args, QTextStream &, QTextStream &err)
{
    if (args.console == args.service) {
        err << tr("Choose one host: ml-connector run --console (foreground) or run --service (Windows service manager).")
            << '\n';
        return ExitUsage;
    }
    if (args.service)
        return runUnderServiceManager(args.serviceName, [&](ServiceHostControl &host) { return serve(args, host, err); }, err);
    ConsoleControl console;
    return serve(args, console, err);
}

} // namespace mlc::cli
