#include "stopsignal.h"

#include <QAbstractNativeEventFilter>
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

// QProcess::terminate(), taskkill without /F and other tools ask a windowless program to close by
// posting WM_CLOSE to its main thread (PostThreadMessage): a thread message, hwnd == null, which
// no console control handler sees. Qt's event dispatcher hands it to native event filters.
class CloseMessageFilter : public QAbstractNativeEventFilter {
public:
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (eventType != "windows_generic_MSG")
            return false;
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->hwnd != nullptr || msg->message != WM_CLOSE)
            return false;
        if (Receiver *r = g_receiver.data()) {
            if (r->onStop)
                r->onStop(); // already in the main thread, from its event loop
        }
        return true;
    }
};

class WinStopSignal : public StopSignal {
public:
    explicit WinStopSignal(std::function<void()> onStop)
    {
        m_receiver.onStop = std::move(onStop);
        g_receiver = &m_receiver;
        if (QCoreApplication *app = QCoreApplication::instance())
            app->installNativeEventFilter(&m_closeFilter);
    }
    ~WinStopSignal() override
    {
        if (QCoreApplication *app = QCoreApplication::instance())
            app->removeNativeEventFilter(&m_closeFilter);
        SetConsoleCtrlHandler(onConsoleCtrl, FALSE);
        g_receiver = nullptr;
        g_current = nullptr;
    }
    bool install() { return SetConsoleCtrlHandler(onConsoleCtrl, TRUE) != 0; }

private:
    Receiver m_receiver;
    CloseMessageFilter m_closeFilter;
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
