#pragma once
// Internal: the platform part of IpcServer. Accepts connections on the named pipe / Unix socket with
// the access restrictions of design §5 and hands each one over as a connected QLocalSocket.
//   POSIX (locallistener_posix.cpp): QLocalServer, socket file chmod 0660 + chgrp operators group;
//     peers are additionally checked with SO_PEERCRED (checksPeerCredentials() == true).
//   Windows (locallistener_win.cpp): our own CreateNamedPipeW with an explicit DACL, because Qt 6.4's
//     QLocalServer can only grant the token user / primary group / Everyone. Peers are identified at
//     their hello by impersonation (peeraccess_win.cpp).
#include "core/result.h"
#include "ipc/peeraccess.h"

#include <QObject>
#include <memory>

class QLocalSocket;

namespace mlc::ipc {

class LocalListener : public QObject
{
    Q_OBJECT
public:
    explicit LocalListener(QObject *parent = nullptr);
    ~LocalListener() override;

    Result<void> listen(const QString &name, const QString &operatorsGroup);
    void close();
    bool isListening() const;
    QString fullServerName() const;
    // The policy a peer must satisfy when checksPeerCredentials() (POSIX), and whose serviceUid /
    // serviceSid decides the admin role.
    AccessPolicy policy() const;
    bool checksPeerCredentials() const;

signals:
    // `socket` is connected and has no parent; the receiver takes ownership.
    void newConnection(QLocalSocket *socket);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

#ifdef Q_OS_WIN
namespace testing {
// Tests only: the next n pipe instances the Windows listener creates after the first fail as if
// CreateNamedPipeW had failed (the listener must retry, not go deaf).
void failNextPipeInstances(int n);
} // namespace testing
#endif

} // namespace mlc::ipc
