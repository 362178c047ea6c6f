// `ml-connector install` / `uninstall` (Windows): register or remove the service.
#include "commands.h"
#include "exitcodes.h"
#include "servicecontrol.h"
#include "text.h"

#include <QDir>

namespace mlc::cli {

namespace {
int fail(QTextStream &err, const Error &e)
{
    printError(err, e);
    return exitCodeFor(e);
}
} // namespace

int cmdInstall(const CommandArgs &args, QTextStream &out, QTextStream &err)
{
    ServiceInstallOptions o;
    o.name = args.serviceName;
    o.dataDir = QDir(args.dataDir.isEmpty() ? CliContext::defaultDataDir() : args.dataDir).absolutePath();
    o.secretsSpec = args.secretsSpec;
    // The service runs in System32: a relative secrets file would point there.
    if (o.secretsSpec.startsWith(QLatin1String("file:")))
        o.secretsSpec = QStringLiteral("file:") + QDir(o.secretsSpec.mid(5)).absolutePath();
    o.pipe = args.pipe;
    o.account = args.account;
    o.start = args.start;
    QStringList warnings;
    if (auto r = installService(o, &warnings); !r.ok())
        return fail(err, r.error());
    for (const QString &w : std::as_const(warnings))
        err << tr("warning: %1").arg(w) << '\n';
    out << tr("Installed the service %1 (automatic, delayed start; restarts after failures).").arg(o.name) << '\n'
        << tr("Command line: %1").arg(serviceCommandLine(o)) << '\n'
        << tr("Event Viewer: Windows Logs > Application, source %1.").arg(o.name) << '\n';
    if (o.start)
        out << tr("Started.") << '\n';
    else
        out << tr("Start it with: sc start %1").arg(o.name) << '\n';
    return ExitOk;
}

int cmdUninstall(const CommandArgs &args, QTextStream &out, QTextStream &err)
{
    if (auto r = uninstallService(args.serviceName); !r.ok())
        return fail(err, r.error());
    out << tr("Removed the service %1 and its Event Log source. The data directory is kept.").arg(args.serviceName) << '\n';
    return ExitOk;
}

} // namespace mlc::cli
