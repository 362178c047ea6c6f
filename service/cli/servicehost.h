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

// How long the SCM is told a stop may take. Checkpoints advance every second while stopping, and a
// stop ends a running cycle at the next page boundary (sync::SyncOptions::stopRequested).
constexpr int kStopWaitHintMs = 30 * 1000;
constexpr int kStartWaitHintMs = 30 * 1000;

// Windows: runs `body` as the service `name` under the SCM and returns the process exit code.
// When the process was not started by the SCM it prints why and returns ExitUsage. Elsewhere: prints
// that the SCM host exists on Windows only (systemd runs `run --console`) and returns ExitUsage.
int runUnderServiceManager(const QString &name, const std::function<int(ServiceHostControl &)> &body, QTextStream &err);

} // namespace mlc::cli
