#pragma once
// Console-mode stop requests: SIGINT/SIGTERM on POSIX (stopsignal_posix.cpp, self-pipe +
// QSocketNotifier, because a signal handler may only write(2)), Ctrl+C/Ctrl+Break/close on Windows
// (stopsignal_win.cpp, SetConsoleCtrlHandler; the handler runs in a system thread and only queues a
// call) and the WM_CLOSE thread message that QProcess::terminate() and taskkill send.
// onStop runs in the thread that installed the handler, from its event loop.
#include <QObject>
#include <functional>
#include <memory>

namespace mlc::cli {

class StopSignal {
public:
    virtual ~StopSignal() = default; // uninstalls
};

// One at a time per process. Returns null when the handler cannot be installed.
std::unique_ptr<StopSignal> installStopSignal(std::function<void()> onStop);

} // namespace mlc::cli
