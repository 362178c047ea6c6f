#include "servicecontrol.h"

#include "cli/text.h"

namespace mlc::cli {

namespace {
Error notHere()
{
    return makeError(QStringLiteral("usage.platform"),
                     tr("install / uninstall register the Windows service. On Linux install the systemd unit: "
                        "the .deb package installs the systemd unit, the user and /var/lib/ml-connector; then "
                        "sudo systemctl enable --now ml-connector (see README, \"Install on Linux\")."));
}
} // namespace

Result<void> installService(const ServiceInstallOptions &, QStringList *)
{
    return notHere();
}

Result<void> uninstallService(const QString &, int)
{
    return notHere();
}

Result<void> stopService(const QString &, int)
{
    return notHere();
}

Result<void> removeDataDirectory(const QString &)
{
    return notHere();
}

Result<void> ensureLocalGroup(const QString &)
{
    return notHere();
}

Result<void> secureDataDirectory(const QString &, const QString &, const QString &, QStringList *, const QString &)
{
    return notHere();
}

QString dataDirectorySddl(const QString &, const QString &)
{
    return QString();
}

QString dataEntrySddl(const QString &, bool)
{
    return QString();
}

QString secretsFileSddl(const QString &)
{
    return QString();
}

QString serviceCommandLine(const ServiceInstallOptions &options)
{
    return options.executable;
}

} // namespace mlc::cli
