#include "stopsignal.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mlc::cli {

namespace {

int g_fds[2] = {-1, -1};

extern "C" void onSignal(int sig)
{
    const int saved = errno;
    const char c = static_cast<char>(sig);
    // Async-signal-safe: only write(2). A full pipe already carries a pending request.
    (void)!::write(g_fds[0], &c, 1);
    errno = saved;
}

class PosixStopSignal : public StopSignal {
public:
    explicit PosixStopSignal(std::function<void()> onStop)
        : m_onStop(std::move(onStop))
    {
    }
    ~PosixStopSignal() override
    {
        struct sigaction sa = {};
        sa.sa_handler = SIG_DFL;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, nullptr);
        ::sigaction(SIGTERM, &sa, nullptr);
        m_notifier.reset();
        ::close(g_fds[0]);
        ::close(g_fds[1]);
        g_fds[0] = g_fds[1] = -1;
    }
    bool install()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
            return false;
        for (int fd : g_fds) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
        m_notifier = std::make_unique<QSocketNotifier>(g_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            char buf[16];
            while (::read(g_fds[1], buf, sizeof buf) > 0) {
            }
            if (m_onStop)
                m_onStop();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
    }

private:
    std::function<void()> m_onStop;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace

std::unique_ptr<StopSignal> installStopSignal(std::function<void()> onStop)
{
    if (g_fds[0] != -1)
        return nullptr;
    auto s = std::make_unique<PosixStopSignal>(std::move(onStop));
    if (!s->install())
        return nullptr;
    return s;
}

} // namespace mlc::cli
