#include "stopsignal.h"

#include <QCoreApplication>
#include <QPointer>

#include <windows.h>

namespace mlc::cli {

namespace {

class WinStopSignal;
WinStopSignal *g_current = nullptr;

class Receiver : public QObject {
public:
    std::function<void()> onStop;
};

QPointer<Receiver> g_receiver;

BOOL WINAPI onConsoleCtrl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        // Runs in a thread the system creates: only queue the call into the receiver's thread.
        if (Receiver *r = g_receiver.data()) {
            QMetaObject::invokeMethod(
                r, [r] {
                    if (r->onStop)
                        r->onStop();
                },
                Qt::QueuedConnection);
        }
        return TRUE;
    default:
        return FALSE;
    }
}

class WinStopSignal : public StopSignal {
public:
    explicit WinStopSignal(std::function<void()> onStop)
    {
        m_receiver.onStop = std::move(onStop);
        g_receiver = &m_receiver;
    }
    ~WinStopSignal() override
    {
        SetConsoleCtrlHandler(onConsoleCtrl, FALSE);
        g_receiver = nullptr;
        g_current = nullptr;
    }
    bool install() { return SetConsoleCtrlHandler(onConsoleCtrl, TRUE) != 0; }

private:
    Receiver m_receiver;
};

} // namespace

std::unique_ptr<StopSignal> installStopSignal(std::function<void()> onStop)
{
    if (g_current)
        return nullptr;
    auto s = std::make_unique<WinStopSignal>(std::move(onStop));
    if (!s->install())
        return nullptr;
    g_current = s.get();
    return s;
}

} // namespace mlc::cli
