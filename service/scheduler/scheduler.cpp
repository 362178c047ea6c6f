#include "scheduler/scheduler.h"

#include "core/logging.h"

#include <algorithm>

namespace mlc::scheduler {

Scheduler::Scheduler(const Schedule &schedule, Clock clock, QObject *parent)
    : QObject(parent), m_schedule(schedule), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

qint64 Scheduler::backoffMs(int failures) const
{
    if (failures <= 0)
        return 0;
    qint64 delay = std::max<qint64>(m_backoff.initialMs, 1);
    for (int i = 1; i < failures && delay < m_backoff.maximumMs; ++i)
        delay *= 2;
    return std::min(delay, std::max<qint64>(m_backoff.maximumMs, 1));
}

QDateTime Scheduler::nextRun() const
{
    if (m_state != State::Idle || (m_paused && !m_runNowPending))
        return {};
    return m_next;
}

void Scheduler::setNext(const QDateTime &when, Reason reason)
{
    m_next = when.isValid() ? when.toUTC() : QDateTime();
    m_nextReason = reason;
    emit nextRunChanged(nextRun());
}

void Scheduler::setSchedule(const Schedule &schedule)
{
    m_schedule = schedule;
    if (m_state != State::Idle)
        return; // a running cycle picks the new schedule up when it finishes
    const QDateTime now = m_clock();
    const QDateTime slot = m_schedule.nextAfter(now);
    if (m_nextReason == Reason::Scheduled) {
        setNext(slot, Reason::Scheduled);
    } else if (m_nextReason == Reason::Retry && slot.isValid() && (!m_next.isValid() || slot < m_next)) {
        setNext(slot, Reason::Scheduled);
    }
    evaluate();
}

void Scheduler::start(const QDateTime &lastRunUtc)
{
    if (m_state != State::Stopped) {
        qCWarning(lcService) << "scheduler: start() called twice; ignored";
        return;
    }
    m_state = State::Idle;
    m_lastRun = lastRunUtc.isValid() ? lastRunUtc.toUTC() : QDateTime();
    const QDateTime now = m_clock();
    if (m_lastRun.isValid() && m_lastRun <= now) {
        const QDateTime missed = m_schedule.nextAfter(m_lastRun);
        if (missed.isValid() && missed <= now) {
            // However many slots passed while the service was down, run once now.
            qCInfo(lcService) << "scheduler: missed the run at" << missed << "- one catch-up run now";
            setNext(now, Reason::CatchUp);
            evaluate();
            return;
        }
    }
    setNext(m_schedule.nextAfter(now), Reason::Scheduled);
    evaluate();
}

void Scheduler::runNow()
{
    if (m_state == State::Stopped) {
        qCWarning(lcService) << "scheduler: run-now before start(); ignored";
        return;
    }
    if (m_state == State::Running) {
        m_runNowQueued = true; // once, however often it is asked for
        return;
    }
    m_runNowPending = true;
    setNext(m_clock(), Reason::RunNow);
    evaluate();
}

void Scheduler::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_runNowQueued = false;
    m_runNowPending = false;
    emit nextRunChanged(nextRun());
}

void Scheduler::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_state != State::Idle) {
        emit nextRunChanged(nextRun());
        return;
    }
    const QDateTime now = m_clock();
    const QDateTime slot = m_schedule.nextAfter(now);
    if (m_retryAt.isValid() && m_retryAt > now && (!slot.isValid() || m_retryAt < slot))
        setNext(m_retryAt, Reason::Retry);
    else
        setNext(slot, Reason::Scheduled);
    evaluate();
}

void Scheduler::cycleStarted()
{
    if (m_state != State::Idle)
        return; // stopped, or already running (due() implies cycleStarted())
    m_state = State::Running;
    m_cycleStart = m_clock().toUTC();
    m_runNowPending = false;
    emit nextRunChanged(nextRun());
}

void Scheduler::cycleFinished(bool ok)
{
    if (m_state != State::Running) {
        qCWarning(lcService) << "scheduler: cycleFinished() without a running cycle; ignored";
        return;
    }
    const QDateTime now = m_clock().toUTC();
    m_state = State::Idle;
    m_lastRun = m_cycleStart;

    QDateTime next;
    Reason reason = Reason::Scheduled;
    if (ok) {
        m_failures = 0;
        m_retryAt = {};
        next = m_schedule.nextAfter(m_cycleStart);
        if (next.isValid() && next < now)
            next = now; // slots passed while the cycle ran: one run now, no overlap, no pile-up
    } else {
        ++m_failures;
        const QDateTime retry = now.addMSecs(backoffMs(m_failures));
        const QDateTime slot = m_schedule.nextAfter(now);
        if (slot.isValid() && slot < retry) {
            next = slot;
            m_retryAt = {};
        } else {
            next = retry;
            reason = Reason::Retry;
            m_retryAt = retry;
        }
        qCInfo(lcService) << "scheduler: cycle failed" << m_failures << "time(s) in a row; next run at" << next;
    }
    if (m_runNowQueued) {
        m_runNowQueued = false;
        m_runNowPending = true;
        next = now;
        reason = Reason::RunNow;
    }
    emit lastRunChanged(m_lastRun);
    setNext(next, reason);
    evaluate();
}

void Scheduler::tick()
{
    evaluate();
}

// The one place that emits due(): state is final before the signal goes out, so a receiver may run
// the whole cycle synchronously and call cycleFinished() from inside.
void Scheduler::evaluate()
{
    if (m_state != State::Idle || !m_next.isValid() || (m_paused && !m_runNowPending))
        return;
    const QDateTime now = m_clock().toUTC();
    if (m_next > now)
        return;
    const Reason reason = m_nextReason;
    m_state = State::Running;
    m_cycleStart = now;
    m_runNowPending = false;
    m_next = {};
    emit nextRunChanged(QDateTime());
    emit due(reason);
}

} // namespace mlc::scheduler
