#pragma once
// Where the pipe lives (design §5, issue #7 item 9). A client must never find the service's socket
// in a directory that other users can write to: when the service is down, anybody could create
// /tmp/ml-connector there and receive what an admin types into `secret set`. So a bare name never
// goes to Qt's default (QDir::tempPath(), i.e. /tmp) but into a runtime directory:
//   - $XDG_RUNTIME_DIR when it is set and is what the XDG spec says it is (an absolute directory
//     owned by this user with no access for others): a console service of a normal user;
//   - else /run/ml-connector (created by root 0755, or by systemd's RuntimeDirectory= for the
//     service user): the system service.
// Windows pipe names live in the kernel's \\.\pipe\ namespace; their protection is the pipe's DACL
// and the client's check of the server (serveridentity_win.cpp).
#include <QString>
#include <QStringList>

namespace mlc::ipc {

// POSIX: the system runtime directory, "/run/ml-connector".
QString systemRuntimeDirectory();
// POSIX: the directory a bare name is placed in (see above). Empty on Windows.
QString runtimeDirectory();
// The name a service listens on without --pipe: POSIX "<runtimeDirectory()>/ml-connector.sock",
// Windows "ml-connector".
QString defaultServerName();
// Where a client looks without --pipe, in order: POSIX its own runtime directory's socket, then the
// system one (a console service of the same user, else the system service); Windows the one pipe.
QStringList defaultServerCandidates();
// The full name to listen on / connect to: POSIX an absolute socket path (a name without '/' is put
// in runtimeDirectory()); Windows \\.\pipe\<name>.
QString fullServerName(const QString &name);

} // namespace mlc::ipc
