#pragma once
// Runs simulators in their own thread so that the connector's blocking HTTP calls (which wait in
// a local event loop on the caller's thread) never starve the servers they talk to.
//   SimThread t;
//   auto *b1 = t.create<B1Simulator>(config);        // constructed and owned in the sim thread
//   t.call([&] { b1->listen(); });                    // runs in the sim thread, waits for it
#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace mlc::sim {

class SimThread {
public:
    SimThread()
    {
        m_thread.setObjectName(QStringLiteral("simulators"));
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }
    ~SimThread()
    {
        call([this] {
            for (auto it = m_owned.rbegin(); it != m_owned.rend(); ++it)
                delete *it;
            m_owned.clear();
            delete m_context;
        });
        m_thread.quit();
        m_thread.wait();
    }
    SimThread(const SimThread &) = delete;
    SimThread &operator=(const SimThread &) = delete;

    // Runs f in the simulator thread and waits for it.
    void call(const std::function<void()> &f)
    {
        if (QThread::currentThread() == &m_thread) {
            f();
            return;
        }
        QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
    }

    // Constructs a QObject-derived simulator in the simulator thread; destroyed with the thread.
    template <typename T, typename... Args>
    T *create(Args &&...args)
    {
        T *out = nullptr;
        call([&] {
            out = new T(std::forward<Args>(args)...);
            m_owned.push_back(out);
        });
        return out;
    }

    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    std::vector<QObject *> m_owned;
};

} // namespace mlc::sim
