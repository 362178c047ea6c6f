#include "scheduler/schedulerdriver.h"

#include "scheduler/scheduler.h"

#include <algorithm>

namespace mlc::scheduler {

SchedulerDriver::SchedulerDriver(Scheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SchedulerDriver::onTimeout);
    // Queued: rearm after the scheduler has finished its state change (due() receivers may run a
    // whole cycle synchronously).
    connect(m_scheduler, &Scheduler::nextRunChanged, this, &SchedulerDriver::rearm, Qt::QueuedConnection);
    connect(m_scheduler, &QObject::destroyed, &m_timer, &QTimer::stop);
    rearm();
}

void SchedulerDriver::setMaxIntervalMs(int ms)
{
    m_maxIntervalMs = std::max(ms, 1);
    rearm();
}

void SchedulerDriver::rearm()
{
    const QDateTime wake = m_scheduler->nextWake();
    if (!wake.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 delta = m_scheduler->now().msecsTo(wake);
    m_timer.start(int(std::clamp<qint64>(delta, 0, m_maxIntervalMs)));
}

void SchedulerDriver::onTimeout()
{
    m_scheduler->tick();
    rearm();
}

} // namespace mlc::scheduler
