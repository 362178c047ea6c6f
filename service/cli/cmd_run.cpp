// `ml-connector run --console`: the long-running service in the foreground until SIGINT/SIGTERM
// (Ctrl+C / console close on Windows), then a graceful stop (running cycle finishes, B1 logout).
#include "commands.h"
#include "exitcodes.h"
#include "stopsignal.h"
#include "text.h"

#include "core/logging.h"
#include "servicecore/servicecore.h"

#include <QEventLoop>

namespace mlc::cli {

int cmdRun(CliContext &ctx, const CommandArgs &args)
{
    if (!args.console) {
        ctx.err << tr("Only console mode is available so far: ml-connector run --console") << '\n';
        return ExitUsage;
    }
    if (ctx.secrets().backendName().startsWith(QLatin1String("file"))) {
        // The explicit headless choice: say so loudly at every start (issue #3 §6).
        qCWarning(lcService).noquote() << "secrets are kept in a 0600 file named by the admin ("
                                       << ctx.secrets().backendName()
                                       << "), not in an OS keychain; protect the data directory";
    }
    service::ServiceCore core(ctx.store(), ctx.secrets(), [&ctx]() { return ctx.connections(); });
    QEventLoop loop;
    QObject::connect(&core, &service::ServiceCore::stopped, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    auto stopSignal = installStopSignal([&core] { core.stop(); });
    if (!stopSignal)
        ctx.err << tr("warning: cannot install the stop signal handler") << '\n';
    service::ServiceOptions options;
    options.pipeName = args.pipe;
    if (auto r = core.start(options); !r.ok())
        return reportError(ctx, r.error());
    ctx.err << tr("ml-connector service running (console); press Ctrl+C to stop.") << '\n';
    ctx.err.flush();
    loop.exec();
    return ExitOk;
}

} // namespace mlc::cli
