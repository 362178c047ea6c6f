#include "servicecontrol.h"

#include "text.h"

namespace mlc::cli {

namespace {
Error notHere()
{
    return makeError(QStringLiteral("usage.platform"),
                     tr("install / uninstall register the Windows service. On Linux install the systemd unit: "
                        "sudo install -m 0644 service/systemd/ml-connector.service /etc/systemd/system/ && "
                        "sudo systemctl enable --now ml-connector (see README, \"Running as a service\")."));
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
