#pragma once
// When to run a sync cycle: the schedule, run-now, pause/resume, backoff after failures and one
// catch-up run after downtime. Pure logic: time comes from an injectable clock and nothing here owns a
// timer; SchedulerDriver (schedulerdriver.h) calls tick() at nextWake().
//
// Rules
// - One cycle at a time. due() puts the scheduler into Running; no further due() until
//   cycleFinished(). A runNow() while a cycle runs is queued once (several calls do not stack) and
//   runs right after the cycle ends.
// - Slots that pass while a cycle runs are coalesced: if a slot passed, one run follows immediately
//   after a successful cycle (a long cycle on a short interval runs back to back, never overlapping).
// - After a failed cycle the next run is min(now + backoff, next scheduled slot after now), where
//   backoff = initial · 2^(failures−1), capped at `maximum` (defaults: 1 min doubling to 1 h). A retry
//   never pushes a run past the admin's next scheduled slot; slots missed during a failed cycle are
//   covered by that retry. The first success resets the failure count.
// - start(lastRunUtc): if a slot passed since lastRunUtc (the service was down), exactly ONE catch-up
//   run is due at once, then the normal schedule continues from now. No lastRunUtc (first start):
//   no catch-up, wait for the next slot. A lastRunUtc in the future (clock moved back) is ignored.
// - pause(): no scheduled, catch-up or retry runs; nextRun() is empty; a running cycle finishes.
//   A queued run-now is dropped. An explicit runNow() while paused still runs once (the admin asked
//   for it) and the scheduler stays paused. resume(): next slot after now (slots missed while paused
//   are not caught up); a pending retry that is still in the future is kept.
// - lastRunUtc(): the start time of the last finished cycle (ok or not); persist it on
//   lastRunChanged() and pass it to start() next time. It is committed when a cycle finishes, so a
//   crash mid-cycle leads to a catch-up run after restart.
#include "scheduler/schedule.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace mlc::scheduler {

struct BackoffPolicy {
    qint64 initialMs = 60 * 1000;   // first retry after one minute
    qint64 maximumMs = 3600 * 1000; // doubling, capped at one hour
};

class Scheduler : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>; // returns the current time (UTC)

    enum class State { Stopped, Idle, Running };
    Q_ENUM(State)
    enum class Reason { Scheduled, CatchUp, RunNow, Retry };
    Q_ENUM(Reason)

    explicit Scheduler(const Schedule &schedule, Clock clock = {}, QObject *parent = nullptr);

    void setSchedule(const Schedule &schedule); // recomputes the next run
    Schedule schedule() const { return m_schedule; }
    void setBackoffPolicy(const BackoffPolicy &policy) { m_backoff = policy; }
    BackoffPolicy backoffPolicy() const { return m_backoff; }

    void start(const QDateTime &lastRunUtc);
    void runNow();
    void pause();
    void resume();
    // For a cycle started outside due() (no-op when one already runs); due() implies it.
    void cycleStarted();
    void cycleFinished(bool ok);
    // Re-evaluates the clock and emits due() when a run is due. Called by the driver.
    void tick();

    State state() const { return m_state; }
    bool isPaused() const { return m_paused; }
    bool isRunNowQueued() const { return m_runNowQueued; }
    // When the next due() will be emitted (UTC); empty when stopped, paused or while a cycle runs.
    QDateTime nextRun() const;
    Reason nextReason() const { return m_nextReason; }
    // When tick() should be called next (for the driver): nextRun(), or empty.
    QDateTime nextWake() const { return nextRun(); }
    QDateTime lastRunUtc() const { return m_lastRun; }
    int consecutiveFailures() const { return m_failures; }
    qint64 backoffMs(int failures) const;
    QDateTime now() const { return m_clock(); }

signals:
    void due(mlc::scheduler::Scheduler::Reason reason); // start a cycle now
    void nextRunChanged(const QDateTime &nextRunUtc);    // also on pause/resume/cycle start
    void lastRunChanged(const QDateTime &lastRunUtc);    // persist this

private:
    void setNext(const QDateTime &when, Reason reason);
    void evaluate();

    Schedule m_schedule;
    Clock m_clock;
    BackoffPolicy m_backoff;
    State m_state = State::Stopped;
    bool m_paused = false;
    bool m_runNowQueued = false;
    bool m_runNowPending = false; // an explicit run-now is due: it runs even while paused
    int m_failures = 0;
    QDateTime m_next;       // next due time while Idle (UTC)
    Reason m_nextReason = Reason::Scheduled;
    QDateTime m_retryAt;    // pending retry after a failure (kept across pause/resume)
    QDateTime m_cycleStart; // start of the running cycle
    QDateTime m_lastRun;
};

} // namespace mlc::scheduler
