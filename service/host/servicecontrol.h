#pragma once
// `ml-connector install` / `uninstall`: registering the Windows service with the SCM
// (servicecontrol_win.cpp). On Linux the systemd unit in service/systemd/ does this job, so the
// commands explain that instead (servicecontrol_posix.cpp).
// The MSI (installer/ml-connector.wxs) registers the service with its own ServiceInstall and then
// runs `install --existing`, so that everything below beyond CreateService comes from this one
// place and an MSI install equals `ml-connector install`.
#include "core/result.h"

#include <QString>

namespace mlc::cli {

// How long `uninstall --existing` waits for a stop: the service host's own bound (kMaxStopMs,
// a cycle finishing its request in flight) plus its B1 logout.
constexpr int kMaxServiceStopMs = 180 * 1000;

struct ServiceInstallOptions {
    QString name = QStringLiteral("ml-connector"); // service and Event Log source name
    QString executable;  // empty: this program
    QString dataDir;     // written into the service's command line
    QString secretsSpec; // optional --secrets for the service
    QString pipe;        // optional --pipe for the service
    QString account;     // empty: LocalSystem; e.g. "NT SERVICE\\ml-connector" (virtual account)
    QString operatorsGroup = QStringLiteral("ml-connector"); // may read the data directory (the tray)
    bool start = false;  // start it right away
    // The service already exists (the Windows Installer's ServiceInstall created it, with its
    // command line, account and start type): apply only what CreateService cannot set (data
    // directory ACL, operators group, description, delayed start, recovery, preshutdown). The
    // Event Log source is then the installer's own registry entry, removed with the product.
    bool existing = false;
};

// Creates the service (or, with options.existing, configures the one the MSI created; automatic, delayed start; restart on failure after 1, 1 and 5 minutes,
// counters reset daily; preshutdown notification so a running cycle can end cleanly), sets its
// description and registers the Event Log source with the message table in the executable.
// Settings the service manager does not support (wine's lacks the delayed start) are skipped with a
// note in `warnings` instead of failing the install.
Result<void> installService(const ServiceInstallOptions &options, QStringList *warnings = nullptr);
// Windows: creates `dir` if needed and gives it a protected DACL (SYSTEM, Administrators, the
// service account: full control; the operators group: read), so the ledger, the audit trail, the
// logs and a secrets file are not readable by every local user through ProgramData's ACL. A
// directory created earlier by another account is taken over: Administrators become the owner of
// it and of everything in it, whose DACLs are reset to what they inherit; a junction, symbolic
// link or hard link inside is refused (error config.data_dir), never followed.
// A `file:` secret store inside (secretsFile) gets secretsFileSddl instead: no operators' read.
Result<void> secureDataDirectory(const QString &dir, const QString &serviceAccount, const QString &operatorsGroup,
                                 QStringList *warnings, const QString &secretsFile = {});
QString secretsFileSddl(const QString &serviceAccountSid);
// The SDDL string of that DACL (tests read it back).
QString dataDirectorySddl(const QString &serviceAccountSid, const QString &operatorsSid);
// The security descriptor (owner + DACL) install gives an entry inside the data directory.
QString dataEntrySddl(const QString &directorySddl, bool isDirectory);
// Stops the service if it runs (waiting up to stopTimeoutMs), deletes it and its Event Log source.
Result<void> uninstallService(const QString &name, int stopTimeoutMs = 60 * 1000);
// `uninstall --existing` (the MSI, right after its StopServices): stops the service if it still
// runs and waits until its process has ended, so that the installer can remove or replace the
// executable and `--remove-data` can delete the log it writes. The Windows Installer waits for the
// stop itself (ServiceControl Wait); wine's msiexec only sends the stop. A missing service is fine.
Result<void> stopService(const QString &name, int stopTimeoutMs = kMaxServiceStopMs);
// `uninstall --remove-data` (the MSI's REMOVEDATA=1): deletes the data directory with everything in
// it. Refuses a directory that does not look like an ml-connector data directory (no
// ml-connector.db and not empty), a drive root, and a junction or symbolic link.
Result<void> removeDataDirectory(const QString &dir);
// Creates the local group `name` (the operators, who may read the data directory and use the pipe)
// when it does not exist. Windows only.
Result<void> ensureLocalGroup(const QString &name);
// The command line the service is registered with (quoted for CreateServiceW).
QString serviceCommandLine(const ServiceInstallOptions &options);

} // namespace mlc::cli
