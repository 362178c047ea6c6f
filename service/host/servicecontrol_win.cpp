#include "servicecontrol.h"

#include "logging/platformsink.h"
#include "logging/windowserror.h"
#include "cli/text.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <windows.h>
#include <aclapi.h>
#include <lm.h>
#include <sddl.h>

#include <vector>

namespace mlc::cli {

namespace {

Error scmError(const QString &what, DWORD code)
{
    // Access denied is the usual cause: say what to do about it.
    QString message = what;
    if (code == ERROR_ACCESS_DENIED)
        message += QLatin1Char(' ') + tr("Run the command from an elevated (administrator) prompt.");
    return makeError(QStringLiteral("config.service"), message, logging::windowsErrorText(code));
}

struct ScHandle {
    SC_HANDLE h = nullptr;
    explicit ScHandle(SC_HANDLE handle) : h(handle) {}
    ~ScHandle()
    {
        if (h)
            CloseServiceHandle(h);
    }
    ScHandle(const ScHandle &) = delete;
    ScHandle &operator=(const ScHandle &) = delete;
};

// CommandLineToArgvW rules: inside quotes, backslashes before the closing quote must be doubled,
// or `--data-dir "D:\"` would swallow the rest of the command line into one argument.
QString quoted(const QString &s)
{
    QString out = s;
    qsizetype trailing = 0;
    while (trailing < out.size() && out.at(out.size() - 1 - trailing) == QLatin1Char('\\'))
        ++trailing;
    out.append(QString(trailing, QLatin1Char('\\')));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString sidString(const QString &account)
{
    BYTE sid[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof(sid);
    wchar_t domain[256];
    DWORD domainSize = 256;
    SID_NAME_USE use;
    if (!LookupAccountNameW(nullptr, account.toStdWString().c_str(), sid, &sidSize, domain, &domainSize, &use))
        return QString();
    wchar_t *text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text))
        return QString();
    const QString result = QString::fromWCharArray(text);
    LocalFree(text);
    return result;
}

} // namespace

QString dataDirectorySddl(const QString &serviceAccountSid, const QString &operatorsSid)
{
    // Protected (P): nothing inherited from ProgramData, whose ACL lets every local user read and
    // create files. SYSTEM and Administrators: full control; the service's own account (a virtual
    // account) too; the operators group may read (the tray opens the database read-only).
    QString sddl = QStringLiteral("D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)");
    if (!serviceAccountSid.isEmpty())
        sddl += QStringLiteral("(A;OICI;FA;;;%1)").arg(serviceAccountSid);
    if (!operatorsSid.isEmpty())
        sddl += QStringLiteral("(A;OICI;FR;;;%1)").arg(operatorsSid);
    return sddl;
}

QString dataEntrySddl(const QString &directorySddl, bool isDirectory)
{
    // What a child of the data directory inherits from it: the same entries marked inherited (ID),
    // and for a subdirectory still inheritable by its own children. The owner is Administrators.
    QString dacl = directorySddl.mid(directorySddl.indexOf(QLatin1Char('(')));
    dacl.replace(QStringLiteral(";OICI;"), isDirectory ? QStringLiteral(";OICIID;") : QStringLiteral(";ID;"));
    return QStringLiteral("O:BAD:AI") + dacl;
}

namespace {

// Backup/restore/take-ownership, enabled while install re-owns the data directory: with them an
// elevated administrator can open and re-own what another account created, whatever its DACL.
class Privileges
{
public:
    Privileges()
    {
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &m_token))
            return;
        for (const wchar_t *name : {SE_BACKUP_NAME, SE_RESTORE_NAME, SE_TAKE_OWNERSHIP_NAME}) {
            TOKEN_PRIVILEGES tp{};
            tp.PrivilegeCount = 1;
            tp.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
            if (!LookupPrivilegeValueW(nullptr, name, &tp.Privileges[0].Luid))
                continue;
            TOKEN_PRIVILEGES previous{};
            DWORD size = sizeof(previous);
            if (AdjustTokenPrivileges(m_token, FALSE, &tp, sizeof(tp), &previous, &size) && GetLastError() == ERROR_SUCCESS)
                m_previous.push_back(previous);
        }
    }
    ~Privileges()
    {
        for (TOKEN_PRIVILEGES &p : m_previous)
            AdjustTokenPrivileges(m_token, FALSE, &p, 0, nullptr, nullptr);
        if (m_token)
            CloseHandle(m_token);
    }
    Privileges(const Privileges &) = delete;
    Privileges &operator=(const Privileges &) = delete;

private:
    HANDLE m_token = nullptr;
    std::vector<TOKEN_PRIVILEGES> m_previous;
};

struct Handle {
    HANDLE h = INVALID_HANDLE_VALUE;
    Handle() = default;
    explicit Handle(HANDLE handle) : h(handle) {}
    ~Handle()
    {
        if (h != INVALID_HANDLE_VALUE)
            CloseHandle(h);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
};

struct SecurityDescriptor {
    PSECURITY_DESCRIPTOR sd = nullptr;
    ~SecurityDescriptor()
    {
        if (sd)
            LocalFree(sd);
    }
};

// Re-owns one entry through a handle to the entry itself (FILE_FLAG_OPEN_REPARSE_POINT: a junction
// or symbolic link is opened as what it is, never followed), so what was checked is what changes.
// Directories are opened without FILE_SHARE_DELETE: while we hold them nobody can rename them or
// put a junction in their place, so the paths below them stay theirs.
struct DataDirAcl {
    QString directorySddl; // the data directory's protected DACL (dataDirectorySddl)
    QString secretsFile;   // a `file:` secret store inside it, cleaned path; empty if none
    QString secretsSddl;   // its DACL: the service's accounts only, no operators
};

Result<void> secureEntry(const QString &path, const DataDirAcl &acl, bool isRoot)
{
    const QString &directorySddl = acl.directorySddl;
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    Handle entry(CreateFileW(native.c_str(), READ_CONTROL | WRITE_DAC | WRITE_OWNER | FILE_READ_ATTRIBUTES,
                             FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                             FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (entry.h == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        return scmError(tr("Cannot open %1 to make Administrators its owner. Run install from an elevated prompt, or "
                           "remove the data directory and run install again.")
                            .arg(path),
                        code);
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(entry.h, &info)) {
        const DWORD code = GetLastError();
        return scmError(tr("Cannot read what %1 is.").arg(path), code);
    }
    // A junction, symbolic link or mount point would lead the service (SYSTEM) to write, and this
    // install to change permissions, somewhere else; a second hard link would be a file elsewhere.
    if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return makeError(QStringLiteral("config.data_dir"),
                         tr("%1 is a junction or symbolic link. The data directory must hold only real files and folders: "
                            "remove it and run install again.")
                             .arg(path));
    const bool isDirectory = info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY;
    if (!isDirectory && info.nNumberOfLinks > 1)
        return makeError(QStringLiteral("config.data_dir"),
                         tr("%1 is a hard link to a file elsewhere. Remove it and run install again.").arg(path));
    if (isRoot && !isDirectory)
        return makeError(QStringLiteral("config.data_dir"), tr("%1 is not a directory.").arg(path));

    SecurityDescriptor sd;
    QString sddl = isRoot ? QStringLiteral("O:BA") + directorySddl : dataEntrySddl(directorySddl, isDirectory);
    // The secrets file must not inherit the operators' read access.
    if (!isDirectory && !acl.secretsFile.isEmpty() && QDir::cleanPath(path).compare(acl.secretsFile, Qt::CaseInsensitive) == 0)
        sddl = acl.secretsSddl;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.toStdWString().c_str(), SDDL_REVISION_1, &sd.sd, nullptr)) {
        const DWORD code = GetLastError();
        return scmError(tr("Cannot build the data directory's permissions."), code);
    }
    // Exactly this descriptor on exactly this object: no inheritance is computed or propagated
    // by the system (which would walk the tree by name), we do the children ourselves.
    if (!SetKernelObjectSecurity(entry.h, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, sd.sd)) {
        const DWORD code = GetLastError();
        return scmError(tr("Cannot make Administrators the owner of %1 (created by another account). Run install "
                           "from an elevated prompt, or remove the data directory and run install again.")
                            .arg(path),
                        code);
    }
    if (!isDirectory)
        return {};
    WIN32_FIND_DATAW found{};
    const std::wstring pattern = QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("*"))).toStdWString();
    HANDLE search = FindFirstFileExW(pattern.c_str(), FindExInfoBasic, &found, FindExSearchNameMatch, nullptr, 0);
    if (search == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        if (code == ERROR_FILE_NOT_FOUND)
            return {};
        return scmError(tr("Cannot list %1.").arg(path), code);
    }
    Result<void> result;
    do {
        const QString name = QString::fromWCharArray(found.cFileName);
        if (name == QLatin1String(".") || name == QLatin1String(".."))
            continue;
        result = secureEntry(QDir(path).filePath(name), acl, false);
    } while (result.ok() && FindNextFileW(search, &found));
    FindClose(search);
    return result;
}

} // namespace

Result<void> secureDataDirectory(const QString &dir, const QString &serviceAccount, const QString &operatorsGroup,
                                 QStringList *warnings, const QString &secretsFile)
{
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("config.data_dir"), tr("Cannot create the data directory %1.").arg(dir));
    QString accountSid;
    if (!serviceAccount.isEmpty() && serviceAccount.compare(QLatin1String("LocalSystem"), Qt::CaseInsensitive) != 0) {
        accountSid = sidString(serviceAccount);
        if (accountSid.isEmpty() && warnings)
            *warnings << tr("The account %1 was not found; only SYSTEM and Administrators can use the data directory.").arg(serviceAccount);
    }
    const QString operatorsSid = operatorsGroup.isEmpty() ? QString() : sidString(operatorsGroup);
    if (!operatorsGroup.isEmpty() && operatorsSid.isEmpty() && warnings)
        *warnings << tr("The operators group %1 does not exist yet; create it and run install again so that its members "
                        "can read the data directory.")
                         .arg(operatorsGroup);
    // A data directory someone created before install (ProgramData lets every user create folders)
    // stays theirs unless install takes it: its owner may always change its permissions again.
    // Install therefore makes Administrators the owner of the directory and of everything in it,
    // gives the directory the protected DACL and its contents exactly what they inherit from it,
    // and refuses junctions, symbolic links and hard links inside (the service would follow them).
    DataDirAcl acl;
    acl.directorySddl = dataDirectorySddl(accountSid, operatorsSid);
    acl.secretsFile = secretsFile.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(secretsFile).absoluteFilePath());
    acl.secretsSddl = secretsFileSddl(accountSid);
    Privileges privileges;
    return secureEntry(dir, acl, true);
}

QString secretsFileSddl(const QString &serviceAccountSid)
{
    // Protected, owner Administrators: SYSTEM, Administrators and the service account; not the
    // operators (FileSecretStore refuses a file other accounts may read).
    QString sddl = QStringLiteral("O:BAD:P(A;;FA;;;SY)(A;;FA;;;BA)");
    if (!serviceAccountSid.isEmpty())
        sddl += QStringLiteral("(A;;FA;;;%1)").arg(serviceAccountSid);
    return sddl;
}

QString serviceCommandLine(const ServiceInstallOptions &o)
{
    const QString exe = QDir::toNativeSeparators(o.executable.isEmpty() ? QCoreApplication::applicationFilePath() : o.executable);
    QStringList parts{quoted(exe)};
    if (!o.dataDir.isEmpty())
        parts << QStringLiteral("--data-dir") << quoted(QDir::toNativeSeparators(o.dataDir));
    if (!o.secretsSpec.isEmpty())
        parts << QStringLiteral("--secrets") << quoted(o.secretsSpec);
    if (!o.pipe.isEmpty())
        parts << QStringLiteral("--pipe") << quoted(o.pipe);
    parts << QStringLiteral("run") << QStringLiteral("--service") << QStringLiteral("--name") << quoted(o.name);
    return parts.join(QLatin1Char(' '));
}

Result<void> ensureLocalGroup(const QString &name)
{
    if (name.isEmpty() || !sidString(name).isEmpty())
        return {};
    std::wstring wname = name.toStdWString();
    std::wstring comment = tr("ml-connector operators: may use the tray and read the connector's data.").toStdWString();
    LOCALGROUP_INFO_1 info{wname.data(), comment.data()};
    const NET_API_STATUS rc = NetLocalGroupAdd(nullptr, 1, reinterpret_cast<LPBYTE>(&info), nullptr);
    if (rc == NERR_Success || rc == NERR_GroupExists || rc == ERROR_ALIAS_EXISTS)
        return {};
    return scmError(tr("Cannot create the local group %1.").arg(name), rc);
}

namespace {

// What install sets beyond CreateService. Shared by `install` and `install --existing` (the MSI).
Result<void> configureService(SC_HANDLE service, const ServiceInstallOptions &o, QStringList *warnings)
{
    std::wstring description = tr("Posts approved SAP Concur expense reports and invoices to SAP Business One as "
                                  "journal entries. Logs to the Application event log (source %1).")
                                   .arg(o.name)
                                   .toStdWString();
    SERVICE_DESCRIPTIONW desc{description.data()};
    if (!ChangeServiceConfig2W(service, SERVICE_CONFIG_DESCRIPTION, &desc))
        { const DWORD code = GetLastError(); return scmError(tr("Cannot set the service description."), code); }

    // Settings an admin expects but a service manager may lack (wine's has no delayed start and no
    // failure-actions flag: ERROR_INVALID_LEVEL) are skipped with a warning; any other error fails.
    auto configure = [&](DWORD level, void *info, const QString &what) -> Result<void> {
        if (ChangeServiceConfig2W(service, level, info))
            return {};
        const DWORD code = GetLastError();
        if (code == ERROR_INVALID_LEVEL && level != SERVICE_CONFIG_DESCRIPTION) {
            if (warnings)
                *warnings << tr("This service manager does not support %1; it was skipped.").arg(what);
            return {};
        }
        return scmError(tr("Cannot set %1.").arg(what), code);
    };

    // Delayed automatic start: after boot, once the machine (and an on-prem B1) has settled.
    SERVICE_DELAYED_AUTO_START_INFO delayed{TRUE};
    if (auto r = configure(SERVICE_CONFIG_DELAYED_AUTO_START_INFO, &delayed, tr("a delayed automatic start")); !r.ok())
        return r;

    // Restart after a crash or an error exit: 1 min, 1 min, then every 5 min; counters reset daily.
    SC_ACTION actions[3] = {{SC_ACTION_RESTART, 60 * 1000}, {SC_ACTION_RESTART, 60 * 1000}, {SC_ACTION_RESTART, 5 * 60 * 1000}};
    SERVICE_FAILURE_ACTIONSW failure{};
    failure.dwResetPeriod = 24 * 3600;
    failure.cActions = 3;
    failure.lpsaActions = actions;
    if (auto r = configure(SERVICE_CONFIG_FAILURE_ACTIONS, &failure, tr("restart-on-failure actions")); !r.ok())
        return r;
    // ...also when the service stops with an error exit code, not only when the process crashes.
    SERVICE_FAILURE_ACTIONS_FLAG flag{TRUE};
    if (auto r = configure(SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, &flag, tr("restarts after an error exit")); !r.ok())
        return r;

    // Preshutdown: the SCM waits this long at system shutdown, so a running cycle ends after its
    // request in flight instead of being killed after the default 20 seconds (see kMaxStopMs).
    SERVICE_PRESHUTDOWN_INFO preshutdown{180 * 1000};
    if (auto r = configure(SERVICE_CONFIG_PRESHUTDOWN_INFO, &preshutdown, tr("the preshutdown timeout")); !r.ok())
        return r;
    return {};
}

} // namespace

Result<void> installService(const ServiceInstallOptions &o, QStringList *warnings)
{
    ScHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CREATE_SERVICE | SC_MANAGER_CONNECT));
    if (!scm.h)
        { const DWORD code = GetLastError(); return scmError(tr("Cannot open the Windows service manager."), code); }
    // The operators group first: the data directory's ACL names it.
    if (auto r = ensureLocalGroup(o.operatorsGroup); !r.ok() && warnings)
        *warnings << r.error().message + QStringLiteral(" (") + r.error().detail + QLatin1Char(')');
    if (!o.dataDir.isEmpty()) {
        const QString secretsFile = o.secretsSpec.startsWith(QLatin1String("file:")) ? o.secretsSpec.mid(5) : QString();
        if (auto r = secureDataDirectory(o.dataDir, o.account, o.operatorsGroup, warnings, secretsFile); !r.ok())
            return r;
    }
    const std::wstring name = o.name.toStdWString();
    if (o.existing) {
        // Registered by the Windows Installer (ServiceInstall); it also owns the Event Log source.
        ScHandle service(OpenServiceW(scm.h, name.c_str(), SERVICE_CHANGE_CONFIG | SERVICE_QUERY_CONFIG | SERVICE_START));
        if (!service.h) {
            const DWORD code = GetLastError();
            return scmError(tr("Cannot open the service %1 to configure it.").arg(o.name), code);
        }
        // The command line exactly as install writes it: the Windows Installer leaves the
        // executable's path unquoted (wine) or quotes it (Windows); a path with spaces must be quoted.
        const std::wstring commandLine = serviceCommandLine(o).toStdWString();
        if (!ChangeServiceConfigW(service.h, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE, commandLine.c_str(), nullptr,
                                  nullptr, nullptr, nullptr, nullptr, nullptr))
            { const DWORD code = GetLastError(); return scmError(tr("Cannot set the service's command line."), code); }
        if (auto r = configureService(service.h, o, warnings); !r.ok())
            return r;
        if (o.start && !StartServiceW(service.h, 0, nullptr))
            { const DWORD code = GetLastError(); return scmError(tr("The service was configured but did not start."), code); }
        return {};
    }
    // Display names must be unique too: a second instance (--name) gets its own.
    const std::wstring display = (o.name == QLatin1String("ml-connector")
                                      ? tr("ml-connector (SAP Concur to SAP Business One)")
                                      : tr("ml-connector %1 (SAP Concur to SAP Business One)").arg(o.name))
                                     .toStdWString();
    const std::wstring commandLine = serviceCommandLine(o).toStdWString();
    const std::wstring account = o.account.toStdWString();
    ScHandle service(CreateServiceW(scm.h, name.c_str(), display.c_str(), SERVICE_ALL_ACCESS, SERVICE_WIN32_OWN_PROCESS,
                                    SERVICE_AUTO_START, SERVICE_ERROR_NORMAL, commandLine.c_str(), nullptr, nullptr,
                                    nullptr, o.account.isEmpty() ? nullptr : account.c_str(), nullptr));
    if (!service.h) {
        const DWORD code = GetLastError();
        if (code == ERROR_SERVICE_EXISTS)
            return scmError(tr("A service named %1 already exists; run `ml-connector uninstall` first.").arg(o.name), code);
        return scmError(tr("Cannot create the service %1.").arg(o.name), code);
    }
    auto undo = [&](const Error &e) -> Result<void> {
        DeleteService(service.h);
        return e;
    };
    if (auto r = configureService(service.h, o, warnings); !r.ok())
        return undo(r.error());

    const QString exe = o.executable.isEmpty() ? QCoreApplication::applicationFilePath() : o.executable;
    if (auto r = logging::registerEventSource(o.name, exe); !r.ok())
        return undo(r.error());

    if (o.start && !StartServiceW(service.h, 0, nullptr))
        { const DWORD code = GetLastError(); return scmError(tr("The service was installed but did not start."), code); }
    return {};
}

namespace {
// Deletes a directory tree without following a junction or symbolic link inside (QDir's
// removeRecursively would descend into a junction on Qt 6): a reparse point is removed itself.
bool removeTree(const QString &path)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    WIN32_FIND_DATAW found{};
    const std::wstring pattern = native + L"\\*";
    HANDLE search = FindFirstFileExW(pattern.c_str(), FindExInfoBasic, &found, FindExSearchNameMatch, nullptr, 0);
    bool ok = true;
    if (search != INVALID_HANDLE_VALUE) {
        do {
            const std::wstring name = found.cFileName;
            if (name == L"." || name == L"..")
                continue;
            const std::wstring child = native + L"\\" + name;
            const DWORD a = found.dwFileAttributes;
            if (a & FILE_ATTRIBUTE_READONLY)
                SetFileAttributesW(child.c_str(), a & ~DWORD(FILE_ATTRIBUTE_READONLY));
            if ((a & FILE_ATTRIBUTE_DIRECTORY) && !(a & FILE_ATTRIBUTE_REPARSE_POINT))
                ok = removeTree(QString::fromStdWString(child)) && ok;
            else if (a & FILE_ATTRIBUTE_DIRECTORY)
                ok = RemoveDirectoryW(child.c_str()) && ok; // the junction, not its target
            else
                ok = DeleteFileW(child.c_str()) && ok;
        } while (FindNextFileW(search, &found));
        FindClose(search);
    }
    return RemoveDirectoryW(native.c_str()) && ok;
}
} // namespace

Result<void> removeDataDirectory(const QString &dir)
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || !info.exists())
        return {};
    const QString clean = QDir::cleanPath(info.absoluteFilePath());
    if (QDir(clean).isRoot() || !info.isDir())
        return makeError(QStringLiteral("config.data_dir"), tr("%1 is not a data directory; nothing was removed.").arg(dir));
    const DWORD attributes = GetFileAttributesW(QDir::toNativeSeparators(clean).toStdWString().c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return makeError(QStringLiteral("config.data_dir"),
                         tr("%1 is a junction or symbolic link; nothing was removed.").arg(dir));
    QDir d(clean);
    const bool looksLikeOurs = d.exists(QStringLiteral("ml-connector.db")) || d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (!looksLikeOurs)
        return makeError(QStringLiteral("config.data_dir"),
                         tr("%1 holds no ml-connector.db; it does not look like ml-connector's data directory, so "
                            "nothing was removed.")
                             .arg(dir));
    if (!removeTree(clean))
        return makeError(QStringLiteral("config.data_dir"), tr("Cannot remove all of %1 (a file in use?).").arg(dir));
    return {};
}

namespace {

// Stops the service (when it is not stopped yet) and waits until the SCM reports it STOPPED, which
// it does when the service's process has ended.
Result<void> stopAndWait(SC_HANDLE service, const QString &name, int stopTimeoutMs)
{
    QDeadlineTimer deadline(stopTimeoutMs);
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    auto query = [&] {
        return QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<LPBYTE>(&status), sizeof(status), &needed) != 0;
    };
    // A service that is still starting cannot take a stop yet (ERROR_SERVICE_CANNOT_ACCEPT_CTRL).
    while (query() && status.dwCurrentState == SERVICE_START_PENDING && !deadline.hasExpired())
        QThread::msleep(250);
    if (!query() || status.dwCurrentState == SERVICE_STOPPED)
        return {};
    // The SCM reports STOPPED when the service says so, a moment before its process has ended and
    // let go of the executable and the log file: wait for the process too.
    Handle process;
    if (status.dwProcessId != 0) {
        const HANDLE h = OpenProcess(SYNCHRONIZE, FALSE, status.dwProcessId);
        if (h)
            process.h = h;
    }
    SERVICE_STATUS control{};
    if (status.dwCurrentState != SERVICE_STOP_PENDING && !ControlService(service, SERVICE_CONTROL_STOP, &control)) {
        const DWORD code = GetLastError();
        if (code != ERROR_SERVICE_NOT_ACTIVE)
            return scmError(tr("Cannot stop the service %1.").arg(name), code);
    }
    auto timedOut = [&] {
        return makeError(QStringLiteral("config.service"),
                         tr("The service %1 did not stop within %2 seconds; it was not removed.").arg(name).arg(stopTimeoutMs / 1000));
    };
    while (query() && status.dwCurrentState != SERVICE_STOPPED) {
        if (deadline.hasExpired())
            return timedOut();
        QThread::msleep(250);
    }
    if (process.h != INVALID_HANDLE_VALUE
        && WaitForSingleObject(process.h, DWORD(qMax<qint64>(0, deadline.remainingTime()))) == WAIT_TIMEOUT)
        return timedOut();
    return {};
}

} // namespace

Result<void> stopService(const QString &name, int stopTimeoutMs)
{
    ScHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm.h)
        { const DWORD code = GetLastError(); return scmError(tr("Cannot open the Windows service manager."), code); }
    const std::wstring wname = name.toStdWString();
    ScHandle service(OpenServiceW(scm.h, wname.c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS));
    if (!service.h) {
        const DWORD code = GetLastError();
        if (code == ERROR_SERVICE_DOES_NOT_EXIST)
            return {};
        return scmError(tr("Cannot open the service %1.").arg(name), code);
    }
    return stopAndWait(service.h, name, stopTimeoutMs);
}

Result<void> uninstallService(const QString &name, int stopTimeoutMs)
{
    ScHandle scm(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!scm.h)
        { const DWORD code = GetLastError(); return scmError(tr("Cannot open the Windows service manager."), code); }
    const std::wstring wname = name.toStdWString();
    ScHandle service(OpenServiceW(scm.h, wname.c_str(), SERVICE_STOP | SERVICE_QUERY_STATUS | DELETE));
    if (!service.h) {
        const DWORD code = GetLastError();
        if (code == ERROR_SERVICE_DOES_NOT_EXIST) {
            (void)logging::unregisterEventSource(name); // a half-removed install: finish the job
            return makeError(QStringLiteral("data.not_found"), tr("No service named %1 is installed.").arg(name));
        }
        return scmError(tr("Cannot open the service %1.").arg(name), code);
    }
    if (auto r = stopAndWait(service.h, name, stopTimeoutMs); !r.ok())
        return r;
    if (!DeleteService(service.h))
        { const DWORD code = GetLastError(); return scmError(tr("Cannot delete the service %1.").arg(name), code); }
    return logging::unregisterEventSource(name);
}

} // namespace mlc::cli
