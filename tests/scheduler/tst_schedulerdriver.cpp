#include "scheduler/schedulerdriver.h"

#include "scheduler/scheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using mlc::scheduler::BackoffPolicy;
using mlc::scheduler::Schedule;
using mlc::scheduler::Scheduler;
using mlc::scheduler::SchedulerDriver;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Schedule schedule(const char *spec)
{
    auto s = Schedule::parse(QString::fromLatin1(spec), QStringLiteral("UTC"));
    return s.ok() ? *s : Schedule();
}

} // namespace

class TestSchedulerDriver : public QObject {
    Q_OBJECT
private slots:
    void realTimerFiresTheRetry();
    void armsForTheNextRunCappedByMaxInterval();
    void firesWhenTheClockReachesTheSlot();
    void pausedDisarms();
};

// Real clock and real timer: a failed cycle with a 150 ms backoff is retried by the driver.
void TestSchedulerDriver::realTimerFiresTheRetry()
{
    Scheduler scheduler(schedule("0 0 1 1 *"));
    scheduler.setBackoffPolicy(BackoffPolicy{150, 1000});
    SchedulerDriver driver(&scheduler);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start(QDateTime());
    scheduler.runNow();
    QCOMPARE(due.size(), 1);
    QElapsedTimer elapsed;
    elapsed.start();
    scheduler.cycleFinished(false);
    QVERIFY(due.wait(5000));
    QVERIFY2(elapsed.elapsed() >= 140, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(due.last().at(0).value<Scheduler::Reason>(), Scheduler::Reason::Retry);
    // Second failure: twice as long.
    elapsed.restart();
    scheduler.cycleFinished(false);
    QVERIFY(due.wait(5000));
    QVERIFY2(elapsed.elapsed() >= 290, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(due.size(), 3);
}

void TestSchedulerDriver::armsForTheNextRunCappedByMaxInterval()
{
    QDateTime now = utc("2026-06-01T10:00:59.500Z");
    Scheduler scheduler(schedule("* * * * *"), [&now] { return now; });
    SchedulerDriver driver(&scheduler);
    QVERIFY(!driver.isArmed()); // not started
    scheduler.start(QDateTime());
    QTRY_COMPARE(driver.armedIntervalMs(), 500);

    scheduler.setSchedule(schedule("0 18 * * *")); // hours away: capped
    QTRY_COMPARE(driver.armedIntervalMs(), 60 * 1000);
    driver.setMaxIntervalMs(250);
    QCOMPARE(driver.armedIntervalMs(), 250);
}

// A fake clock that jumps (as after a suspend or a clock change): the capped timer notices.
void TestSchedulerDriver::firesWhenTheClockReachesTheSlot()
{
    QDateTime now = utc("2026-06-01T10:00:30Z");
    Scheduler scheduler(schedule("0 18 * * *"), [&now] { return now; });
    SchedulerDriver driver(&scheduler);
    driver.setMaxIntervalMs(10);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start(QDateTime());
    QTest::qWait(50); // several capped wake-ups, nothing due yet
    QCOMPARE(due.size(), 0);
    now = utc("2026-06-01T18:00:00Z");
    QTRY_COMPARE(due.size(), 1);
    QVERIFY(!driver.isArmed() || scheduler.state() == Scheduler::State::Running);
    QTRY_VERIFY(!driver.isArmed()); // running: nothing to wake for
    scheduler.cycleFinished(true);
    QTRY_VERIFY(driver.isArmed());
}

void TestSchedulerDriver::pausedDisarms()
{
    QDateTime now = utc("2026-06-01T10:00:30Z");
    Scheduler scheduler(schedule("* * * * *"), [&now] { return now; });
    SchedulerDriver driver(&scheduler);
    driver.setMaxIntervalMs(10);
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.start(QDateTime());
    QTRY_VERIFY(driver.isArmed());
    scheduler.pause();
    QTRY_VERIFY(!driver.isArmed());
    now = utc("2026-06-01T11:00:00Z");
    QTest::qWait(50);
    QCOMPARE(due.size(), 0);
    scheduler.resume();
    QTRY_COMPARE(driver.armedIntervalMs(), 10);
    now = utc("2026-06-01T11:01:00Z");
    QTRY_COMPARE(due.size(), 1);
}

QTEST_GUILESS_MAIN(TestSchedulerDriver)
#include "tst_schedulerdriver.moc"
