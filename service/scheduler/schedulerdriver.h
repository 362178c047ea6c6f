#pragma once
// Drives a Scheduler with a real QTimer: arms a single-shot timer for nextWake() and calls tick().
// The interval is capped (default one minute) so that a changed system clock, a suspended machine or
// a DST change never delays a run by more than the cap: every wake re-reads the clock.
#include <QObject>
#include <QTimer>

namespace mlc::scheduler {

class Scheduler;

class SchedulerDriver : public QObject {
    Q_OBJECT
public:
    explicit SchedulerDriver(Scheduler *scheduler, QObject *parent = nullptr);

    void setMaxIntervalMs(int ms);
    int maxIntervalMs() const { return m_maxIntervalMs; }
    bool isArmed() const { return m_timer.isActive(); }
    int armedIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

private:
    void rearm();
    void onTimeout();

    Scheduler *m_scheduler;
    QTimer m_timer;
    int m_maxIntervalMs = 60 * 1000;
};

} // namespace mlc::scheduler
