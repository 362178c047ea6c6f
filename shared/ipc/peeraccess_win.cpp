// Peer identity on Windows. Access control is the pipe's DACL (locallistener_win.cpp); this only
// reads who connected, for the audit trail.
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#include "ipc/peeraccess.h"

#include <qt_windows.h>

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

} // namespace

PeerCredentials readPeerCredentials(qintptr descriptor)
{
    PeerCredentials c;
    HANDLE pipe = reinterpret_cast<HANDLE>(descriptor);
    ULONG pid = 0;
    if (!pipe || pipe == INVALID_HANDLE_VALUE || !GetNamedPipeClientProcessId(pipe, &pid))
        return c;
    c.pid = qint64(pid);
    // The process may already have exited (or be protected): then only the pid is known. The pid is
    // the one the client's pipe handle was opened by; a handle passed to another process keeps it.
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!process)
        return c;
    HANDLE token = nullptr;
    if (OpenProcessToken(process, TOKEN_QUERY, &token)) {
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        std::vector<BYTE> buf(size ? size : 1);
        if (size && GetTokenInformation(token, TokenUser, buf.data(), size, &size)) {
            const auto *tu = reinterpret_cast<const TOKEN_USER *>(buf.data());
            c.user = accountName(tu->User.Sid);
            c.valid = true;
        }
        CloseHandle(token);
    }
    CloseHandle(process);
    return c;
}

AccessPolicy currentAccessPolicy(const QString &, QString *)
{
    return {}; // the DACL decides; uid/gid do not exist on Windows
}

} // namespace mlc::ipc
