// The Windows pipe with an explicit DACL. Qt 6.4's QLocalServer cannot take a security descriptor:
// without socket options it uses the default pipe DACL (full control for SYSTEM, Administrators and
// the creator; read for Everyone), and setSocketOptions() only grants the token user, its primary
// group or Everyone. It also sets neither FILE_FLAG_FIRST_PIPE_INSTANCE (so another process could
// own the name first) nor PIPE_REJECT_REMOTE_CLIENTS. So we create the pipe instances ourselves and
// hand each connected handle to QLocalSocket::setSocketDescriptor(), which is exactly what
// QLocalServer::incomingConnection() does with its own handles.
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00
#endif
#include "ipc/locallistener.h"

#include "core/logging.h"

#include <QLocalSocket>
#include <QTimer>
#include <QWinEventNotifier>

#include <qt_windows.h>
#include <aclapi.h>

#include <vector>

namespace mlc::ipc {

namespace {

QString lastErrorText(DWORD code = GetLastError())
{
    wchar_t *buf = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                   code, 0, reinterpret_cast<LPWSTR>(&buf), 0, nullptr);
    QString s = buf ? QString::fromWCharArray(buf).trimmed() : QString();
    if (buf)
        LocalFree(buf);
    return QStringLiteral("error %1: %2").arg(code).arg(s);
}

std::vector<BYTE> wellKnownSid(WELL_KNOWN_SID_TYPE type)
{
    DWORD size = SECURITY_MAX_SID_SIZE;
    std::vector<BYTE> sid(size);
    if (!CreateWellKnownSid(type, nullptr, sid.data(), &size))
        return {};
    sid.resize(size);
    return sid;
}

std::vector<BYTE> processUserSid()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buf(size ? size : 1);
    std::vector<BYTE> sid;
    if (size && GetTokenInformation(token, TokenUser, buf.data(), size, &size)) {
        PSID s = reinterpret_cast<TOKEN_USER *>(buf.data())->User.Sid;
        sid.assign(static_cast<BYTE *>(s), static_cast<BYTE *>(s) + GetLengthSid(s));
    }
    CloseHandle(token);
    return sid;
}

std::vector<BYTE> groupSid(const QString &name)
{
    DWORD sidSize = 0;
    DWORD domainSize = 0;
    SID_NAME_USE use;
    const std::wstring wname = name.toStdWString();
    LookupAccountNameW(nullptr, wname.c_str(), nullptr, &sidSize, nullptr, &domainSize, &use);
    if (sidSize == 0)
        return {};
    std::vector<BYTE> sid(sidSize);
    std::vector<wchar_t> domain(domainSize + 1);
    if (!LookupAccountNameW(nullptr, wname.c_str(), sid.data(), &sidSize, domain.data(), &domainSize, &use))
        return {};
    if (use != SidTypeGroup && use != SidTypeAlias && use != SidTypeWellKnownGroup)
        return {}; // a user of that name is not a group: refuse to widen access to it
    return sid;
}

int g_failNextInstances = 0; // tests only (testing::failNextPipeInstances)

} // namespace

namespace testing {
void failNextPipeInstances(int n)
{
    g_failNextInstances = n;
}
} // namespace testing

struct LocalListener::Private {
    QString fullName;
    PACL acl = nullptr;
    SECURITY_DESCRIPTOR sd{};
    HANDLE event = nullptr;
    QWinEventNotifier *notifier = nullptr;
    HANDLE pending = INVALID_HANDLE_VALUE; // the instance waiting for a client
    OVERLAPPED overlapped{};
    bool connectedAtOnce = false;
    bool listening = false;
    QTimer *retry = nullptr; // re-arms after a failed instance
    int retryDelayMs = 0;

    Result<void> buildSecurity(const QString &operatorsGroup);
    Result<void> armInstance(bool first);
    void rearm();
    void closeAll();
};

Result<void> LocalListener::Private::buildSecurity(const QString &operatorsGroup)
{
    // SYSTEM and Administrators (elevated tokens only: UAC filters the group out of normal tokens),
    // the service's own account (needed to create further instances when it is not SYSTEM, e.g. in
    // console mode) get full access; the operators group may read and write data but not create
    // pipe instances. Nobody else is listed, so Everyone, Users and anonymous get nothing. Remote
    // clients are rejected by the pipe mode.
    struct Entry {
        std::vector<BYTE> sid;
        DWORD access;
    };
    std::vector<Entry> entries;
    entries.push_back({wellKnownSid(WinLocalSystemSid), FILE_ALL_ACCESS});
    entries.push_back({wellKnownSid(WinBuiltinAdministratorsSid), FILE_ALL_ACCESS});
    entries.push_back({processUserSid(), FILE_ALL_ACCESS});
    for (const Entry &e : entries) {
        if (e.sid.empty())
            return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot build the pipe's access list."),
                             lastErrorText());
    }
    if (!operatorsGroup.isEmpty()) {
        std::vector<BYTE> ops = groupSid(operatorsGroup);
        if (ops.empty()) {
            qCWarning(lcIpc).noquote() << "operators group" << operatorsGroup
                                       << "does not exist; only administrators, SYSTEM and the service account may connect";
        } else {
            // No FILE_CREATE_PIPE_INSTANCE (= FILE_APPEND_DATA, part of GENERIC_WRITE): with it an
            // operator could add an instance of this pipe and answer the next client in the
            // service's place. Our clients open with FILE_READ_DATA | FILE_WRITE_DATA only
            // (serveridentity_win.cpp), not with QLocalSocket's GENERIC_WRITE.
            entries.push_back({std::move(ops), FILE_GENERIC_READ | FILE_WRITE_DATA});
        }
    }
    std::vector<EXPLICIT_ACCESS_W> ea(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        ZeroMemory(&ea[i], sizeof(EXPLICIT_ACCESS_W));
        ea[i].grfAccessPermissions = entries[i].access;
        ea[i].grfAccessMode = SET_ACCESS;
        ea[i].grfInheritance = NO_INHERITANCE;
        ea[i].Trustee.TrusteeForm = TRUSTEE_IS_SID;
        ea[i].Trustee.TrusteeType = TRUSTEE_IS_UNKNOWN;
        ea[i].Trustee.ptstrName = reinterpret_cast<LPWSTR>(entries[i].sid.data());
    }
    PACL acl = nullptr;
    const DWORD rc = SetEntriesInAclW(ULONG(ea.size()), ea.data(), nullptr, &acl);
    if (rc != ERROR_SUCCESS)
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot build the pipe's access list."),
                         lastErrorText(rc));
    this->acl = acl; // SetEntriesInAclW copied the SIDs into the ACL
    if (!InitializeSecurityDescriptor(&sd, SECURITY_DESCRIPTOR_REVISION)
        || !SetSecurityDescriptorDacl(&sd, TRUE, acl, FALSE)
        || !SetSecurityDescriptorControl(&sd, SE_DACL_PROTECTED, SE_DACL_PROTECTED)) {
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot build the pipe's security descriptor."),
                         lastErrorText());
    }
    return {};
}

Result<void> LocalListener::Private::armInstance(bool first)
{
    if (!first && g_failNextInstances > 0) {
        --g_failNextInstances;
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot create the pipe \"%1\".").arg(fullName),
                         QStringLiteral("failure injected by a test"));
    }
    SECURITY_ATTRIBUTES sa{};
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = &sd;
    sa.bInheritHandle = FALSE;
    // FIRST_PIPE_INSTANCE: if someone else already owns this name we must not join their pipe.
    // Buffer sizes 0 as in Qt: QLocalSocket's pipe writer does the buffering.
    HANDLE h = CreateNamedPipeW(reinterpret_cast<const wchar_t *>(fullName.utf16()),
                                PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED | (first ? FILE_FLAG_FIRST_PIPE_INSTANCE : 0),
                                PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
                                PIPE_UNLIMITED_INSTANCES, 0, 0, 3000, &sa);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD err = GetLastError();
        if (first && (err == ERROR_ACCESS_DENIED || err == ERROR_PIPE_BUSY))
            return makeError(QStringLiteral("ipc.in_use"),
                             QStringLiteral("The pipe \"%1\" already exists (another service instance?).").arg(fullName),
                             lastErrorText(err));
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot create the pipe \"%1\".").arg(fullName),
                         lastErrorText(err));
    }
    ZeroMemory(&overlapped, sizeof(overlapped));
    overlapped.hEvent = event;
    connectedAtOnce = false;
    if (!ConnectNamedPipe(h, &overlapped)) { // resets the event
        const DWORD err = GetLastError();
        if (err == ERROR_PIPE_CONNECTED) {
            connectedAtOnce = true; // a client came between create and connect
            SetEvent(event);
        } else if (err != ERROR_IO_PENDING) {
            CloseHandle(h);
            return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot wait for clients on \"%1\".").arg(fullName),
                             lastErrorText(err));
        }
    }
    pending = h;
    return {};
}

// The next instance after a connection (or after a failed one). Without a waiting instance no
// client can connect at all, so a failure (CreateNamedPipeW out of resources, a client that came
// and went before ConnectNamedPipe: ERROR_NO_DATA, ...) must not leave the service deaf until a
// restart: try again, after 50 ms doubling up to 5 s, until an instance waits or the listener closes.
void LocalListener::Private::rearm()
{
    if (!listening || pending != INVALID_HANDLE_VALUE)
        return;
    const Result<void> r = armInstance(false);
    if (r.ok()) {
        if (retryDelayMs > 0)
            qCInfo(lcIpc).noquote() << "pipe" << fullName << "accepts clients again";
        retryDelayMs = 0;
        return;
    }
    retryDelayMs = retryDelayMs == 0 ? 50 : qMin(retryDelayMs * 2, 5000);
    qCWarning(lcIpc).noquote() << r.error().toString() << "- retrying in" << retryDelayMs << "ms";
    retry->start(retryDelayMs);
}

void LocalListener::Private::closeAll()
{
    if (retry) {
        retry->stop();
        delete retry;
        retry = nullptr;
    }
    retryDelayMs = 0;
    if (notifier) {
        notifier->setEnabled(false);
        delete notifier;
        notifier = nullptr;
    }
    if (pending != INVALID_HANDLE_VALUE) {
        CancelIoEx(pending, &overlapped);
        CloseHandle(pending);
        pending = INVALID_HANDLE_VALUE;
    }
    if (event) {
        CloseHandle(event);
        event = nullptr;
    }
    if (acl) {
        LocalFree(acl);
        acl = nullptr;
    }
    listening = false;
}

LocalListener::LocalListener(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

LocalListener::~LocalListener() { close(); }

Result<void> LocalListener::listen(const QString &name, const QString &operatorsGroup)
{
    close();
    const QString prefix = QStringLiteral("\\\\.\\pipe\\");
    d->fullName = name.startsWith(prefix) ? name : prefix + name;
    if (Result<void> r = d->buildSecurity(operatorsGroup); !r) {
        d->closeAll();
        return r;
    }
    d->event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    if (!d->event) {
        d->closeAll();
        return makeError(QStringLiteral("ipc.listen"), QStringLiteral("Cannot create an event."), lastErrorText());
    }
    if (Result<void> r = d->armInstance(true); !r) {
        d->closeAll();
        return r;
    }
    d->retry = new QTimer(this);
    d->retry->setSingleShot(true);
    connect(d->retry, &QTimer::timeout, this, [this] { d->rearm(); });
    d->notifier = new QWinEventNotifier(d->event, this);
    connect(d->notifier, &QWinEventNotifier::activated, this, [this] {
        ResetEvent(d->event);
        DWORD dummy = 0;
        if (d->pending == INVALID_HANDLE_VALUE)
            return;
        if (!d->connectedAtOnce && !GetOverlappedResult(d->pending, &d->overlapped, &dummy, FALSE)) {
            const DWORD err = GetLastError();
            if (err == ERROR_IO_INCOMPLETE)
                return; // spurious
            // The client went away between connecting and now: recycle the instance.
            qCDebug(lcIpc).noquote() << "pipe connect failed:" << lastErrorText(err);
            CloseHandle(d->pending);
            d->pending = INVALID_HANDLE_VALUE;
            d->rearm();
            return;
        }
        HANDLE connected = d->pending;
        d->pending = INVALID_HANDLE_VALUE;
        // Arm the next instance before handing this one over, so the next client finds one.
        d->rearm();
        auto *socket = new QLocalSocket;
        socket->setSocketDescriptor(reinterpret_cast<qintptr>(connected), QLocalSocket::ConnectedState,
                                    QIODevice::ReadWrite);
        emit newConnection(socket);
    });
    d->listening = true;
    return {};
}

void LocalListener::close() { d->closeAll(); }

bool LocalListener::isListening() const { return d->listening; }

QString LocalListener::fullServerName() const { return d->fullName; }

AccessPolicy LocalListener::policy() const { return currentAccessPolicy(QString()); }

bool LocalListener::checksPeerCredentials() const { return false; }

} // namespace mlc::ipc
