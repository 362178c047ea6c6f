// `ml-connector install` / `uninstall` (Windows): register or remove the service.
#include "commands.h"
#include "exitcodes.h"
#include "host/servicecontrol.h"
#include "text.h"

#include "secrets/secretstore.h"
#include "secrets/secretstorefactory.h"

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
    o.existing = args.existing;
    QStringList warnings;
    if (auto r = installService(o, &warnings); !r.ok())
        return fail(err, r.error());
    for (const QString &w : std::as_const(warnings))
        err << tr("warning: %1").arg(w) << '\n';
    if (o.existing) {
        out << tr("Configured the service %1 registered by the installer (delayed start, restarts after failures, "
                  "preshutdown, data directory %2).")
                   .arg(o.name, QDir::toNativeSeparators(o.dataDir))
            << '\n';
        return ExitOk;
    }
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
    if (args.existing) {
        // The MSI's WaitForServiceStop, between its StopServices and DeleteServices: the Windows
        // Installer removes the service; this only makes sure its process has ended (wine's
        // msiexec does not wait for the stop), so that the files can go. Prints nothing on success.
        if (auto r = stopService(args.serviceName); !r.ok())
            return fail(err, r.error());
        return ExitOk;
    }
    if (auto r = uninstallService(args.serviceName); !r.ok()) {
        // With --remove-data (the MSI's REMOVEDATA=1 runs after the installer removed the service)
        // a service that is already gone is not an error.
        if (!args.removeData || r.error().code != QLatin1String("data.not_found"))
            return fail(err, r.error());
    } else {
        out << tr("Removed the service %1 and its Event Log source.").arg(args.serviceName) << '\n';
    }
    if (!args.removeData) {
        out << tr("The data directory is kept.") << '\n';
        return ExitOk;
    }
    // The secrets first (they may live in the service account's keychain, outside the directory);
    // this process must run as that account (the MSI runs it as LocalSystem, the default).
    QString why;
    const QString spec = args.secretsSpec.isEmpty() ? DefaultSecretStoreSpec : args.secretsSpec;
    if (auto store = createSecretStore(spec, &why)) {
        for (const QString &key : {secretkey::ConcurClientSecret, secretkey::ConcurRequestToken, secretkey::ConcurCompanyToken,
                                   secretkey::B1Password}) {
            if (auto r = store->remove(key); !r.ok())
                err << tr("warning: secret %1 not removed: %2").arg(key, r.error().message) << '\n';
        }
    } else {
        err << tr("warning: secret store %1: %2").arg(spec, why) << '\n';
    }
    const QString dir = QDir(args.dataDir.isEmpty() ? CliContext::defaultDataDir() : args.dataDir).absolutePath();
    if (auto r = removeDataDirectory(dir); !r.ok())
        return fail(err, r.error());
    out << tr("Removed the data directory %1 and the stored secrets.").arg(QDir::toNativeSeparators(dir)) << '\n';
    return ExitOk;
}

} // namespace mlc::cli
