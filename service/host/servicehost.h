#pragma once
// Hosts of the long-running service: the console (cmd_run.cpp) and the Windows service control
// manager (servicehost_win.cpp). The SCM host connects to the SCM first (it must, within seconds of
// the process start), then runs the same body as the console host in the main thread, where Qt's
// event loop lives; the SCM's own threads only queue calls into it.
#include <QString>
#include <QTextStream>
#include <functional>

namespace mlc::cli {

class ServiceHostControl {
public:
    virtual ~ServiceHostControl() = default;
    virtual void reportRunning() = 0;             // SERVICE_RUNNING: start finished
    virtual void reportStopping(int waitHintMs) = 0; // SERVICE_STOP_PENDING (the body stops by itself)
    virtual bool isServiceManager() const = 0;    // false: console
    // Set by the body; called in the main thread when the SCM (or Ctrl+C) asks the service to stop.
    std::function<void()> onStopRequested;
};

// How long the SCM is told each step of a stop may take. A stop ends a running cycle before its next
// request (sync::SyncOptions::stopRequested), so it waits for the request in flight at most: one
// Service Layer call (60 s timeout), the Reference3 lookup an unknown outcome needs (60 s) and the
// logout. The checkpoint advances every second for up to kMaxStopMs; after that it stops
// advancing, so that a hung stop shows as hung in the SCM instead of being hidden.
constexpr int kStopWaitHintMs = 30 * 1000;
constexpr int kStartWaitHintMs = 30 * 1000;
constexpr int kMaxStopMs = 150 * 1000;

// Windows: runs `body` as the service `name` under the SCM and returns the process exit code.
// When the process was not started by the SCM it prints why and returns ExitUsage. Elsewhere: prints
// that the SCM host exists on Windows only (systemd runs `run --console`) and returns ExitUsage.
int runUnderServiceManager(const QString &name, const std::function<int(ServiceHostControl &)> &body, QTextStream &err);

} // namespace mlc::cli
