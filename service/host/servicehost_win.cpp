// The Windows SCM host. StartServiceCtrlDispatcherW blocks its calling thread for the life of the
// service, so it runs in a helper thread while the main thread keeps Qt's event loop (Qt, its
// plugins and our blocking HTTP clients all live there). ServiceMain and the control handler run in
// threads the SCM creates: they only set the reported status and queue calls into the main thread.
#include "servicehost.h"

#include "cli/exitcodes.h"
#include "cli/text.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <thread>

#include <windows.h>

namespace mlc::cli {

namespace {

class ScmBridge;

struct ScmState {
    std::wstring name;
    std::function<int(ServiceHostControl &)> body;
    SERVICE_STATUS_HANDLE handle = nullptr;
    std::mutex mutex; // guards status (set from the main thread and the SCM's threads)
    SERVICE_STATUS status{};
    HANDLE bodyDone = nullptr;
    std::atomic<int> exitCode{0};
    QPointer<ScmBridge> bridge;
};

ScmState *g_scm = nullptr;

void setStatus(DWORD state, int exitCode = 0, DWORD waitHintMs = 0)
{
    std::lock_guard<std::mutex> lock(g_scm->mutex);
    SERVICE_STATUS &s = g_scm->status;
    const bool pending = state == SERVICE_START_PENDING || state == SERVICE_STOP_PENDING;
    s.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    // Stop / shutdown only while running: a stop during start is honoured once RUNNING is reported.
    s.dwControlsAccepted = state == SERVICE_RUNNING
        ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_PRESHUTDOWN
        : 0;
    if (s.dwCurrentState != state)
        s.dwCheckPoint = pending ? 1 : 0;
    s.dwCurrentState = state;
    s.dwWaitHint = pending ? waitHintMs : 0;
    if (exitCode != 0) {
        s.dwWin32ExitCode = ERROR_SERVICE_SPECIFIC_ERROR; // sc query: SERVICE_EXIT_CODE = our exit code
        s.dwServiceSpecificExitCode = DWORD(exitCode);
    } else {
        s.dwWin32ExitCode = NO_ERROR;
        s.dwServiceSpecificExitCode = 0;
    }
    SetServiceStatus(g_scm->handle, &s);
}

// While starting or stopping, the SCM expects the checkpoint to advance within each wait hint.
void advanceCheckpoint()
{
    std::lock_guard<std::mutex> lock(g_scm->mutex);
    SERVICE_STATUS &s = g_scm->status;
    if (s.dwCurrentState != SERVICE_START_PENDING && s.dwCurrentState != SERVICE_STOP_PENDING)
        return;
    ++s.dwCheckPoint;
    SetServiceStatus(g_scm->handle, &s);
}

class ScmBridge : public QObject, public ServiceHostControl {
public:
    ScmBridge()
    {
        m_pump.setInterval(1000);
        QObject::connect(&m_pump, &QTimer::timeout, this, [this] {
            if (!m_stopClock.isValid() || m_stopClock.elapsed() < kMaxStopMs)
                advanceCheckpoint();
        });
    }
    void reportRunning() override { setStatus(SERVICE_RUNNING); }
    void reportStopping(int waitHintMs) override { setStatus(SERVICE_STOP_PENDING, 0, DWORD(waitHintMs)); }
    bool isServiceManager() const override { return true; }

    void runBody()
    {
        m_pump.start();
        g_scm->exitCode = g_scm->body(*this);
        m_pump.stop();
        SetEvent(g_scm->bodyDone);
    }
    void requestStop()
    {
        if (m_stopRequested)
            return;
        m_stopRequested = true;
        m_stopClock.start();
        if (onStopRequested)
            onStopRequested();
    }

private:
    QTimer m_pump;
    QElapsedTimer m_stopClock;
    bool m_stopRequested = false;
};

DWORD WINAPI controlHandler(DWORD control, DWORD, LPVOID, LPVOID)
{
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
    case SERVICE_CONTROL_PRESHUTDOWN:
        setStatus(SERVICE_STOP_PENDING, 0, kStopWaitHintMs);
        if (ScmBridge *b = g_scm->bridge.data())
            QMetaObject::invokeMethod(b, [b] { b->requestStop(); }, Qt::QueuedConnection);
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI serviceMain(DWORD, LPWSTR *)
{
    g_scm->handle = RegisterServiceCtrlHandlerExW(g_scm->name.c_str(), controlHandler, nullptr);
    if (!g_scm->handle)
        return; // nothing can be reported; the dispatcher returns and the process exits
    setStatus(SERVICE_START_PENDING, 0, kStartWaitHintMs);
    if (ScmBridge *b = g_scm->bridge.data())
        QMetaObject::invokeMethod(b, [b] { b->runBody(); }, Qt::QueuedConnection);
    else
        SetEvent(g_scm->bodyDone);
    WaitForSingleObject(g_scm->bodyDone, INFINITE);
    setStatus(SERVICE_STOPPED, g_scm->exitCode);
    // Nothing may touch the service after SERVICE_STOPPED: the SCM may end the process now.
}

} // namespace

int runUnderServiceManager(const QString &name, const std::function<int(ServiceHostControl &)> &body, QTextStream &err)
{
    ScmState state;
    state.name = name.toStdWString();
    state.body = body;
    state.bodyDone = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    ScmBridge bridge;
    state.bridge = &bridge;
    g_scm = &state;

    QEventLoop loop;
    std::atomic<DWORD> dispatchError{0};
    std::thread dispatcher([&] {
        SERVICE_TABLE_ENTRYW table[] = {{const_cast<LPWSTR>(state.name.c_str()), serviceMain}, {nullptr, nullptr}};
        if (!StartServiceCtrlDispatcherW(table))
            dispatchError = GetLastError();
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    dispatcher.join();
    g_scm = nullptr;
    CloseHandle(state.bodyDone);

    if (dispatchError == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT) {
        err << tr("run --service must be started by the Windows service manager (sc start / services.msc). "
                  "To run in this window use: ml-connector run --console")
            << '\n';
        return ExitUsage;
    }
    if (dispatchError != 0) {
        err << tr("Cannot connect to the Windows service manager (Windows error %1).").arg(dispatchError.load()) << '\n';
        return ExitInternal;
    }
    return state.exitCode;
}

} // namespace mlc::cli
