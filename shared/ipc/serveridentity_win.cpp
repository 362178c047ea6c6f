// The client's check of the pipe server on Windows (serveridentity.h).
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#include "ipc/serveridentity.h"

#include "ipc/protocol.h"

#include <QDeadlineTimer>

#include <qt_windows.h>
#include <aclapi.h>
#include <sddl.h>

#include <vector>

namespace mlc::ipc {

namespace {

QString errorText(DWORD code)
{
    wchar_t *buf = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                   code, 0, reinterpret_cast<LPWSTR>(&buf), 0, nullptr);
    QString s = buf ? QString::fromWCharArray(buf).trimmed() : QString();
    if (buf)
        LocalFree(buf);
    return QStringLiteral("error %1: %2").arg(code).arg(s);
}

QString sidText(PSID sid)
{
    wchar_t *text = nullptr;
    if (!sid || !ConvertSidToStringSidW(sid, &text))
        return {};
    const QString s = QString::fromWCharArray(text);
    LocalFree(text);
    return s;
}

QString wellKnown(WELL_KNOWN_SID_TYPE type)
{
    BYTE sid[SECURITY_MAX_SID_SIZE];
    DWORD size = sizeof(sid);
    return CreateWellKnownSid(type, nullptr, sid, &size) ? sidText(sid) : QString();
}

QString accountName(PSID sid)
{
    DWORD nameLen = 0;
    DWORD domainLen = 0;
    SID_NAME_USE use;
    LookupAccountSidW(nullptr, sid, nullptr, &nameLen, nullptr, &domainLen, &use);
    if (nameLen == 0)
        return {};
    std::vector<wchar_t> name(nameLen + 1);
    std::vector<wchar_t> domain(domainLen + 1);
    if (!LookupAccountSidW(nullptr, sid, name.data(), &nameLen, domain.data(), &domainLen, &use))
        return {};
    const QString n = QString::fromWCharArray(name.data(), int(nameLen));
    const QString dom = QString::fromWCharArray(domain.data(), int(domainLen));
    return dom.isEmpty() ? n : dom + QLatin1Char('\\') + n;
}

// "S-1-5-..." as given; an account name looked up; "LocalSystem" (the SCM's name) is SYSTEM.
QString sidOfAccount(QString account)
{
    if (account.startsWith(QLatin1String("S-"), Qt::CaseInsensitive))
        return account;
    if (account.compare(QLatin1String("LocalSystem"), Qt::CaseInsensitive) == 0)
        return wellKnown(WinLocalSystemSid);
    if (account.startsWith(QLatin1String(".\\")))
        account = account.mid(2); // the SCM's "this computer" prefix
    BYTE sid[SECURITY_MAX_SID_SIZE];
    DWORD sidSize = sizeof(sid);
    wchar_t domain[256];
    DWORD domainSize = 256;
    SID_NAME_USE use;
    const std::wstring w = account.toStdWString();
    if (!LookupAccountNameW(nullptr, w.c_str(), sid, &sidSize, domain, &domainSize, &use))
        return {};
    return sidText(sid);
}

// The account the SCM runs the service as (empty when there is no such service or we may not ask).
QString configuredAccount(const QString &serviceName)
{
    SC_HANDLE scm = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!scm)
        return {};
    QString account;
    const std::wstring name = serviceName.toStdWString();
    if (SC_HANDLE service = OpenServiceW(scm, name.c_str(), SERVICE_QUERY_CONFIG)) {
        DWORD needed = 0;
        QueryServiceConfigW(service, nullptr, 0, &needed);
        std::vector<BYTE> buf(needed ? needed : 1);
        auto *config = reinterpret_cast<QUERY_SERVICE_CONFIGW *>(buf.data());
        if (needed && QueryServiceConfigW(service, config, needed, &needed) && config->lpServiceStartName)
            account = QString::fromWCharArray(config->lpServiceStartName);
        CloseServiceHandle(service);
    }
    CloseServiceHandle(scm);
    return account;
}

QString processUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buf(size ? size : 1);
    QString sid;
    if (size && GetTokenInformation(token, TokenUser, buf.data(), size, &size))
        sid = sidText(reinterpret_cast<TOKEN_USER *>(buf.data())->User.Sid);
    CloseHandle(token);
    return sid;
}

QStringList trustedSids(const ServerTrust &trust)
{
    QStringList out{wellKnown(WinLocalSystemSid)};
    if (trust.trustOwnAccount)
        out << processUserSid();
    if (!trust.serviceName.isEmpty()) {
        out << sidOfAccount(QStringLiteral("NT SERVICE\\") + trust.serviceName); // the service's own SID
        if (const QString account = configuredAccount(trust.serviceName); !account.isEmpty())
            out << sidOfAccount(account);
    }
    for (const QString &a : trust.accounts)
        out << sidOfAccount(a);
    out.removeAll(QString());
    return out;
}

// An elevated administrator's token: BUILTIN\Administrators present, enabled and not deny-only.
bool hasEnabledAdministrators(HANDLE token)
{
    const QString admins = wellKnown(WinBuiltinAdministratorsSid);
    DWORD size = 0;
    GetTokenInformation(token, TokenGroups, nullptr, 0, &size);
    std::vector<BYTE> buf(size ? size : 1);
    if (!size || !GetTokenInformation(token, TokenGroups, buf.data(), size, &size))
        return false;
    const auto *groups = reinterpret_cast<const TOKEN_GROUPS *>(buf.data());
    for (DWORD i = 0; i < groups->GroupCount; ++i) {
        const SID_AND_ATTRIBUTES &g = groups->Groups[i];
        if ((g.Attributes & SE_GROUP_ENABLED) && !(g.Attributes & SE_GROUP_USE_FOR_DENY_ONLY) && sidText(g.Sid) == admins)
            return true;
    }
    return false;
}

} // namespace

QList<qint64> trustedUids(const ServerTrust &)
{
    return {};
}

Result<QString> checkServerLocation(const QString &fullServerName, const ServerTrust &)
{
    return fullServerName;
}

Result<qintptr> openPipeAsClient(const QString &fullServerName, int timeoutMs)
{
    // Data rights only: no GENERIC_WRITE, whose FILE_APPEND_DATA is FILE_CREATE_PIPE_INSTANCE on a
    // pipe (the operators' ACE does not grant it). SECURITY_IDENTIFICATION: the service may read who
    // we are from our token, but cannot act with it.
    const std::wstring name = fullServerName.toStdWString();
    const QDeadlineTimer deadline(qMax(0, timeoutMs));
    for (;;) {
        HANDLE h = CreateFileW(name.c_str(), FILE_READ_DATA | FILE_WRITE_DATA | FILE_READ_ATTRIBUTES | READ_CONTROL | SYNCHRONIZE,
                               0, nullptr, OPEN_EXISTING,
                               FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr);
        if (h != INVALID_HANDLE_VALUE)
            return reinterpret_cast<qintptr>(h);
        const DWORD err = GetLastError();
        if (err == ERROR_PIPE_BUSY && !deadline.hasExpired()) {
            // Every instance is taken; the service arms the next one right after each connect.
            WaitNamedPipeW(name.c_str(), DWORD(qBound(qint64(1), deadline.remainingTime(), qint64(1000))));
            continue;
        }
        return makeError(protocol::errConnect(), QStringLiteral("The ml-connector service is not running or not reachable."),
                         QStringLiteral("%1: %2").arg(fullServerName, errorText(err)));
    }
}

Result<void> verifyServer(qintptr descriptor, const ServerTrust &trust)
{
    HANDLE pipe = reinterpret_cast<HANDLE>(descriptor);
    ULONG pid = 0;
    if (!GetNamedPipeServerProcessId(pipe, &pid))
        return makeError(protocol::errUntrustedServer(),
                         QStringLiteral("Cannot tell which program serves the pipe."),
                         errorText(GetLastError()));
    const QStringList trusted = trustedSids(trust);

    // 1. The serving process's token, when we may read it (our own processes, or any as an admin).
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    HANDLE token = nullptr;
    if (process && OpenProcessToken(process, TOKEN_QUERY, &token)) {
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        std::vector<BYTE> buf(size ? size : 1);
        QString sid;
        QString account;
        if (size && GetTokenInformation(token, TokenUser, buf.data(), size, &size)) {
            PSID user = reinterpret_cast<TOKEN_USER *>(buf.data())->User.Sid;
            sid = sidText(user);
            account = accountName(user);
        }
        const bool admin = sid == wellKnown(WinLocalSystemSid) || hasEnabledAdministrators(token);
        CloseHandle(token);
        CloseHandle(process);
        return judgeServerSid(sid, account, admin, trusted, qint64(pid));
    }
    if (process)
        CloseHandle(process);

    // 2. A standard user may not open the token of a process of SYSTEM or of another account. Then
    // the pipe's owner decides. Its creator sets it, and only to its own user SID or to a group it
    // holds as owner (Administrators in an elevated token): naming another account needs
    // SeRestorePrivilege, which only administrators have. Further instances of an existing pipe
    // need FILE_CREATE_PIPE_INSTANCE, which the service's DACL grants to nobody but SYSTEM,
    // Administrators and the service account. So a pipe owned by a trusted account is served by one.
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    const DWORD rc = GetSecurityInfo(pipe, SE_KERNEL_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr, nullptr, nullptr, &sd);
    if (rc != ERROR_SUCCESS || !owner) {
        if (sd)
            LocalFree(sd);
        return makeError(protocol::errUntrustedServer(),
                         QStringLiteral("Cannot tell who serves the pipe (pid %1).").arg(pid), errorText(rc));
    }
    const QString sid = sidText(owner);
    const QString account = accountName(owner);
    LocalFree(sd);
    return judgeServerSid(sid, account, sid == wellKnown(WinBuiltinAdministratorsSid), trusted, qint64(pid));
}

} // namespace mlc::ipc
