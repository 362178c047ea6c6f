// Peer identity on Windows. Access control is the pipe's DACL (locallistener_win.cpp); this reads
// who connected and whether they are an administrator, for the role and the audit trail.
// The identity comes from the client's own token, obtained by impersonating the client
// (ImpersonateNamedPipeClient), not from its process id: a pid names whichever process opened the
// handle, and the handle may have been passed on, while the impersonation token is the security
// context the client connected with. Clients open the pipe at SecurityIdentification level
// (serveridentity_win.cpp), which lets us query that token but not act as the client.
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#include "ipc/peeraccess.h"

#include <qt_windows.h>
#include <sddl.h>

#include <cstdlib>
#include <vector>

namespace mlc::ipc {

namespace {

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

QString sidText(PSID sid)
{
    wchar_t *text = nullptr;
    if (!ConvertSidToStringSidW(sid, &text))
        return {};
    const QString s = QString::fromWCharArray(text);
    LocalFree(text);
    return s;
}

std::vector<BYTE> tokenInfo(HANDLE token, TOKEN_INFORMATION_CLASS cls)
{
    DWORD size = 0;
    GetTokenInformation(token, cls, nullptr, 0, &size);
    if (size == 0)
        return {};
    std::vector<BYTE> buf(size);
    if (!GetTokenInformation(token, cls, buf.data(), size, &size))
        return {};
    return buf;
}

// SYSTEM, or a token in which BUILTIN\Administrators is enabled (UAC leaves it deny-only in a
// non-elevated token, which CheckTokenMembership then does not count).
bool isAdministrator(HANDLE token, PSID user)
{
    BYTE system[SECURITY_MAX_SID_SIZE];
    DWORD size = sizeof(system);
    if (CreateWellKnownSid(WinLocalSystemSid, nullptr, system, &size) && EqualSid(user, system))
        return true;
    BYTE admins[SECURITY_MAX_SID_SIZE];
    size = sizeof(admins);
    BOOL member = FALSE;
    return CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, admins, &size)
        && CheckTokenMembership(token, admins, &member) && member;
}

} // namespace

PeerCredentials readPeerCredentials(qintptr descriptor)
{
    PeerCredentials c;
    HANDLE pipe = reinterpret_cast<HANDLE>(descriptor);
    if (!pipe || pipe == INVALID_HANDLE_VALUE)
        return c;
    ULONG pid = 0;
    if (GetNamedPipeClientProcessId(pipe, &pid))
        c.pid = qint64(pid); // informational only (the audit text)
    // Fails until the server has read from the pipe (ERROR_CANNOT_IMPERSONATE): IpcServer asks
    // again once the hello has arrived.
    if (!ImpersonateNamedPipeClient(pipe))
        return c;
    HANDLE token = nullptr;
    // OpenAsSelf: open the thread token with the service's own rights, not the client's.
    const BOOL opened = OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &token);
    // Never keep running as the client: if reverting fails, this thread would hold another
    // identity, and there is no safe way to continue.
    if (!RevertToSelf())
        std::abort();
    if (!opened)
        return c;
    const std::vector<BYTE> user = tokenInfo(token, TokenUser);
    if (!user.empty()) {
        PSID sid = reinterpret_cast<const TOKEN_USER *>(user.data())->User.Sid;
        c.sid = sidText(sid);
        c.user = accountName(sid);
        if (c.user.isEmpty())
            c.user = c.sid;
        c.administrator = isAdministrator(token, sid);
        c.valid = !c.sid.isEmpty();
    }
    CloseHandle(token);
    return c;
}

AccessPolicy currentAccessPolicy(const QString &, QString *)
{
    // The DACL decides who may connect; the service's own account is an admin on the pipe.
    AccessPolicy p;
    HANDLE token = nullptr;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        const std::vector<BYTE> user = tokenInfo(token, TokenUser);
        if (!user.empty())
            p.serviceSid = sidText(reinterpret_cast<const TOKEN_USER *>(user.data())->User.Sid);
        CloseHandle(token);
    }
    return p;
}

} // namespace mlc::ipc
