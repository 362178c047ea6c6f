#include "scheduler/scheduler.h"

#include <QSignalSpy>
#include <QTest>

using mlc::scheduler::BackoffPolicy;
using mlc::scheduler::Schedule;
using mlc::scheduler::Scheduler;
using Reason = Scheduler::Reason;

Q_DECLARE_METATYPE(Scheduler::Reason)

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Schedule schedule(const char *spec, const char *zone = "UTC")
{
    auto s = Schedule::parse(QString::fromLatin1(spec), QString::fromLatin1(zone));
    return s.ok() ? *s : Schedule();
}

// A scheduler on a fake clock that the test moves by hand; due() reasons are recorded.
struct Harness {
    QDateTime now;
    Scheduler scheduler;
    QList<Reason> dues;
    QList<QDateTime> saved; // what lastRunChanged() asked to persist

    explicit Harness(const Schedule &s, const QDateTime &start)
        : now(start), scheduler(s, [this] { return now; })
    {
        QObject::connect(&scheduler, &Scheduler::due, &scheduler, [this](Reason r) { dues << r; });
        QObject::connect(&scheduler, &Scheduler::lastRunChanged, &scheduler,
                         [this](const QDateTime &t) { saved << t; });
    }
    void advanceTo(const QDateTime &t)
    {
        now = t;
        scheduler.tick();
    }
    // Moves the clock in steps (as the driver's capped timer would) up to `t`.
    void walkTo(const QDateTime &t, qint64 stepSecs = 60)
    {
        while (now < t) {
            now = std::min(now.addSecs(stepSecs), t);
            scheduler.tick();
        }
    }
};

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
private slots:
    void firstStartWaitsForTheSlot();
    void catchUp_data();
    void catchUp();
    void catchUpAfterCrashMidCycle();
    void noOverlapAndRunNowQueuedOnce();
    void slotsDuringALongCycleRunOnce();
    void backoffDoubles_data();
    void backoffDoubles();
    void backoffNeverPassesTheNextSlot();
    void successResetsBackoff();
    void pauseAndResume();
    void runNowWhilePaused();
    void pauseDuringCycle();
    void resumeKeepsPendingRetry();
    void dstThroughTheScheduler();
    void synchronousCycleInsideDue();
    void changeSchedule();
    void everySecondsCatchUp_data();
    void everySecondsCatchUp();
    void everySecondsSteadyAndBackoff();
};

void TestScheduler::firstStartWaitsForTheSlot()
{
    Harness h(schedule("daily at 18:00", "Europe/Berlin"), utc("2026-06-01T10:00:00Z"));
    QCOMPARE(h.scheduler.state(), Scheduler::State::Stopped);
    QVERIFY(!h.scheduler.nextRun().isValid());
    h.scheduler.start(QDateTime());
    QVERIFY(h.dues.isEmpty());
    QCOMPARE(h.scheduler.state(), Scheduler::State::Idle);
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T16:00:00Z"));
    h.advanceTo(utc("2026-06-01T15:59:59Z"));
    QVERIFY(h.dues.isEmpty());
    h.advanceTo(utc("2026-06-01T16:00:00Z"));
    QCOMPARE(h.dues, QList<Reason>{Reason::Scheduled});
    QCOMPARE(h.scheduler.state(), Scheduler::State::Running);
}

void TestScheduler::catchUp_data()
{
    QTest::addColumn<QString>("lastRun");
    QTest::addColumn<QString>("restartAt");
    QTest::addColumn<bool>("catchUp");
    QTest::addColumn<QString>("nextAfterCatchUp"); // or the next slot when no catch-up
    // Schedule: weekdays at 18:00 Berlin (16:00Z in summer).
    QTest::newRow("down over three slots: one run")
        << "2026-06-01T16:00:05Z" << "2026-06-04T20:00:00Z" << true << "2026-06-05T16:00:00Z";
    QTest::newRow("down over one slot: one run")
        << "2026-06-01T16:00:05Z" << "2026-06-02T16:30:00Z" << true << "2026-06-03T16:00:00Z";
    QTest::newRow("missed the slot earlier today, restart before the next one")
        << "2026-06-01T16:00:05Z" << "2026-06-02T17:00:00Z" << true << "2026-06-03T16:00:00Z";
    QTest::newRow("no slot missed") << "2026-06-01T16:00:05Z" << "2026-06-02T09:00:00Z" << false
                                    << "2026-06-02T16:00:00Z";
    QTest::newRow("down over a weekend only") << "2026-06-05T16:00:05Z" << "2026-06-08T07:00:00Z" << false
                                              << "2026-06-08T16:00:00Z";
    QTest::newRow("last run in the future (clock moved back)")
        << "2026-06-10T16:00:05Z" << "2026-06-02T09:00:00Z" << false << "2026-06-02T16:00:00Z";
}

void TestScheduler::catchUp()
{
    QFETCH(QString, lastRun);
    QFETCH(QString, restartAt);
    QFETCH(bool, catchUp);
    QFETCH(QString, nextAfterCatchUp);
    if (!QTimeZone("Europe/Berlin").isValid())
        QSKIP("no tz data for Europe/Berlin");

    Harness h(schedule("weekdays at 18:00", "Europe/Berlin"), utc(restartAt.toLatin1().constData()));
    h.scheduler.start(utc(lastRun.toLatin1().constData()));
    if (catchUp) {
        QCOMPARE(h.dues, QList<Reason>{Reason::CatchUp});
        h.now = h.now.addSecs(120);
        h.scheduler.cycleFinished(true);
        QCOMPARE(h.saved, QList<QDateTime>{utc(restartAt.toLatin1().constData())});
    } else {
        QVERIFY(h.dues.isEmpty());
    }
    const QDateTime expectedNext = utc(nextAfterCatchUp.toLatin1().constData());
    QCOMPARE(h.scheduler.nextRun(), expectedNext);
    // Nothing else runs until that slot: exactly one catch-up, not one per missed slot.
    const int before = int(h.dues.size());
    h.walkTo(expectedNext.addSecs(-1), 600);
    QCOMPARE(int(h.dues.size()), before);
    h.advanceTo(expectedNext);
    QCOMPARE(int(h.dues.size()), before + 1);
    QCOMPARE(h.dues.last(), Reason::Scheduled);
}

void TestScheduler::catchUpAfterCrashMidCycle()
{
    // lastRun is committed when a cycle finishes: a cycle that never finished is run again.
    Harness h(schedule("0 18 * * *"), utc("2026-06-01T17:00:00Z"));
    h.scheduler.start(utc("2026-05-31T18:00:01Z"));
    QVERIFY(h.dues.isEmpty());
    h.advanceTo(utc("2026-06-01T18:00:00Z"));
    QCOMPARE(h.dues, QList<Reason>{Reason::Scheduled});
    QVERIFY(h.saved.isEmpty()); // "crash" now: nothing was persisted

    Harness restarted(schedule("0 18 * * *"), utc("2026-06-01T18:10:00Z"));
    restarted.scheduler.start(utc("2026-05-31T18:00:01Z"));
    QCOMPARE(restarted.dues, QList<Reason>{Reason::CatchUp});
}

void TestScheduler::noOverlapAndRunNowQueuedOnce()
{
    Harness h(schedule("0 18 * * *"), utc("2026-06-01T10:00:00Z"));
    h.scheduler.start(QDateTime());
    h.scheduler.runNow();
    QCOMPARE(h.dues, QList<Reason>{Reason::RunNow});
    QCOMPARE(h.scheduler.state(), Scheduler::State::Running);
    QVERIFY(!h.scheduler.nextRun().isValid());

    h.scheduler.runNow();
    h.scheduler.runNow();
    h.scheduler.runNow();
    QVERIFY(h.scheduler.isRunNowQueued());
    h.scheduler.cycleStarted(); // harmless: already running
    QCOMPARE(h.dues.size(), 1);

    h.now = h.now.addSecs(30);
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.dues, (QList<Reason>{Reason::RunNow, Reason::RunNow})); // once, not three times
    QVERIFY(!h.scheduler.isRunNowQueued());
    h.now = h.now.addSecs(30);
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.dues.size(), 2);
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T18:00:00Z"));

    // A slot reached while a cycle runs does not start a second one.
    h.scheduler.runNow();
    QCOMPARE(h.dues.size(), 3);
    h.walkTo(utc("2026-06-01T18:30:00Z"));
    QCOMPARE(h.dues.size(), 3);
    // The 18:00 slot passed during that cycle: it runs once right after it.
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.dues.size(), 4);
    QCOMPARE(h.dues.last(), Reason::Scheduled);
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.saved.size(), 4);
    // A finish without a running cycle is ignored.
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.saved.size(), 4);
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-02T18:00:00Z"));
}

void TestScheduler::slotsDuringALongCycleRunOnce()
{
    Harness h(schedule("every 15m"), utc("2026-06-01T09:59:00Z"));
    h.scheduler.start(utc("2026-06-01T09:45:00Z"));
    h.advanceTo(utc("2026-06-01T10:00:00Z"));
    QCOMPARE(h.dues.size(), 1);
    h.walkTo(utc("2026-06-01T10:50:00Z")); // 10:15, 10:30, 10:45 pass while the cycle runs
    QCOMPARE(h.dues.size(), 1);
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.dues, (QList<Reason>{Reason::Scheduled, Reason::Scheduled})); // one run, not three
    h.now = h.now.addSecs(60);
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T11:00:00Z"));
    QCOMPARE(h.saved.last(), utc("2026-06-01T10:50:00Z"));
}

void TestScheduler::backoffDoubles_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("delayMinutes");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("2") << 2 << 2;
    QTest::newRow("3") << 3 << 4;
    QTest::newRow("6") << 6 << 32;
    QTest::newRow("7 capped") << 7 << 60;
    QTest::newRow("40 capped") << 40 << 60;
}

void TestScheduler::backoffDoubles()
{
    QFETCH(int, failures);
    QFETCH(int, delayMinutes);
    // A yearly schedule: the next slot is far away, so the backoff decides alone.
    Harness h(schedule("0 18 1 6 *"), utc("2026-06-01T18:00:00Z"));
    h.scheduler.start(utc("2025-06-01T18:00:01Z"));
    h.scheduler.tick();
    for (int i = 1; i <= failures; ++i) {
        QCOMPARE(h.scheduler.state(), Scheduler::State::Running);
        h.now = h.now.addSecs(5);
        h.scheduler.cycleFinished(false);
        QCOMPARE(h.scheduler.consecutiveFailures(), i);
        const QDateTime retry = h.scheduler.nextRun();
        QCOMPARE(h.scheduler.nextReason(), Reason::Retry);
        if (i == failures) {
            QCOMPARE(h.now.secsTo(retry), qint64(delayMinutes) * 60);
            break;
        }
        h.advanceTo(retry.addSecs(-1));
        QCOMPARE(h.scheduler.state(), Scheduler::State::Idle);
        h.advanceTo(retry);
        QCOMPARE(h.dues.last(), Reason::Retry);
    }
}

void TestScheduler::backoffNeverPassesTheNextSlot()
{
    Harness h(schedule("every 15m"), utc("2026-06-01T10:00:00Z"));
    h.scheduler.setBackoffPolicy(BackoffPolicy{20 * 60 * 1000, 3600 * 1000});
    h.scheduler.start(utc("2026-06-01T09:45:00Z"));
    h.scheduler.tick();
    h.now = utc("2026-06-01T10:02:00Z");
    h.scheduler.cycleFinished(false);
    // Retry would be 10:22; the 10:15 slot comes first and runs.
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T10:15:00Z"));
    QCOMPARE(h.scheduler.nextReason(), Reason::Scheduled);

    // With a short backoff the retry comes first.
    h.scheduler.setBackoffPolicy(BackoffPolicy{60 * 1000, 3600 * 1000});
    h.advanceTo(utc("2026-06-01T10:15:00Z"));
    h.now = utc("2026-06-01T10:16:00Z");
    h.scheduler.cycleFinished(false); // failure #2 → 2 minutes
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T10:18:00Z"));
    QCOMPARE(h.scheduler.nextReason(), Reason::Retry);
}

void TestScheduler::successResetsBackoff()
{
    Harness h(schedule("0 18 * * *"), utc("2026-06-01T18:00:00Z"));
    h.scheduler.start(utc("2026-05-31T18:00:01Z"));
    h.scheduler.tick();
    h.scheduler.cycleFinished(false);
    h.advanceTo(h.scheduler.nextRun());
    h.scheduler.cycleFinished(false);
    QCOMPARE(h.scheduler.consecutiveFailures(), 2);
    h.advanceTo(h.scheduler.nextRun());
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.scheduler.consecutiveFailures(), 0);
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-02T18:00:00Z"));
    QCOMPARE(h.scheduler.nextReason(), Reason::Scheduled);
    QCOMPARE(h.saved.size(), 3);
}

void TestScheduler::pauseAndResume()
{
    Harness h(schedule("every 15m"), utc("2026-06-01T10:01:00Z"));
    h.scheduler.start(utc("2026-06-01T10:00:00Z"));
    QSignalSpy nextChanged(&h.scheduler, &Scheduler::nextRunChanged);
    h.scheduler.pause();
    QVERIFY(h.scheduler.isPaused());
    QVERIFY(!h.scheduler.nextRun().isValid());
    QCOMPARE(nextChanged.size(), 1);
    QVERIFY(!nextChanged.last().at(0).toDateTime().isValid());
    h.walkTo(utc("2026-06-01T12:07:00Z"));
    QVERIFY(h.dues.isEmpty());

    h.scheduler.resume();
    // Slots missed while paused are not caught up: the next slot after now.
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T12:15:00Z"));
    QVERIFY(h.dues.isEmpty());
    h.advanceTo(utc("2026-06-01T12:15:00Z"));
    QCOMPARE(h.dues, QList<Reason>{Reason::Scheduled});
}

void TestScheduler::runNowWhilePaused()
{
    Harness h(schedule("every 15m"), utc("2026-06-01T10:01:00Z"));
    h.scheduler.start(QDateTime());
    h.scheduler.pause();
    h.scheduler.runNow(); // the admin asked explicitly
    QCOMPARE(h.dues, QList<Reason>{Reason::RunNow});
    h.now = h.now.addSecs(10);
    h.scheduler.cycleFinished(true);
    QVERIFY(h.scheduler.isPaused());
    QVERIFY(!h.scheduler.nextRun().isValid());
    h.walkTo(utc("2026-06-01T11:00:00Z"));
    QCOMPARE(h.dues.size(), 1);
}

void TestScheduler::pauseDuringCycle()
{
    Harness h(schedule("every 15m"), utc("2026-06-01T10:00:00Z"));
    h.scheduler.start(utc("2026-06-01T09:45:00Z"));
    h.scheduler.tick();
    QCOMPARE(h.dues.size(), 1);
    h.scheduler.runNow(); // queued …
    h.scheduler.pause();  // … and dropped by the pause
    h.now = utc("2026-06-01T10:20:00Z");
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.dues.size(), 1);
    QCOMPARE(h.scheduler.state(), Scheduler::State::Idle);
    QVERIFY(!h.scheduler.nextRun().isValid());
    h.walkTo(utc("2026-06-01T11:00:00Z"));
    QCOMPARE(h.dues.size(), 1);
}

void TestScheduler::resumeKeepsPendingRetry()
{
    Harness h(schedule("0 18 * * *"), utc("2026-06-01T18:00:00Z"));
    h.scheduler.start(utc("2026-05-31T18:00:01Z"));
    h.scheduler.tick();
    h.scheduler.cycleFinished(false); // retry at 18:01
    h.scheduler.pause();
    h.now = utc("2026-06-01T18:00:30Z");
    h.scheduler.resume();
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T18:01:00Z"));
    QCOMPARE(h.scheduler.nextReason(), Reason::Retry);

    // A retry that fell due during the pause is dropped: back to the schedule.
    h.scheduler.pause();
    h.now = utc("2026-06-01T19:00:00Z");
    h.scheduler.resume();
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-02T18:00:00Z"));
    QVERIFY(h.dues.size() == 1);
}

void TestScheduler::dstThroughTheScheduler()
{
    if (!QTimeZone("Europe/Berlin").isValid())
        QSKIP("no tz data for Europe/Berlin");
    // Spring: 02:30 does not exist on 29 March; the run happens once at 03:00 CEST (01:00Z).
    {
        Harness h(schedule("daily at 02:30", "Europe/Berlin"), utc("2026-03-28T12:00:00Z"));
        h.scheduler.start(utc("2026-03-28T01:30:00Z"));
        QCOMPARE(h.scheduler.nextRun(), utc("2026-03-29T01:00:00Z"));
        h.walkTo(utc("2026-03-29T01:00:00Z"), 300);
        QCOMPARE(h.dues.size(), 1);
        h.now = h.now.addSecs(60);
        h.scheduler.cycleFinished(true);
        h.walkTo(utc("2026-03-30T00:29:00Z"), 300);
        QCOMPARE(h.dues.size(), 1);
        QCOMPARE(h.scheduler.nextRun(), utc("2026-03-30T00:30:00Z"));
    }
    // Autumn: 02:30 happens twice on 25 October; it runs once.
    {
        Harness h(schedule("daily at 02:30", "Europe/Berlin"), utc("2026-10-24T12:00:00Z"));
        h.scheduler.start(utc("2026-10-24T00:30:00Z"));
        QObject::connect(&h.scheduler, &Scheduler::due, &h.scheduler, [&h] { h.scheduler.cycleFinished(true); });
        h.walkTo(utc("2026-10-25T12:00:00Z"), 300);
        QCOMPARE(h.dues.size(), 1);
        QCOMPARE(h.saved, QList<QDateTime>{utc("2026-10-25T00:30:00Z")});
        QCOMPARE(h.scheduler.nextRun(), utc("2026-10-26T01:30:00Z"));
    }
}

void TestScheduler::synchronousCycleInsideDue()
{
    // The engine may run a whole cycle inside its due() handler and call cycleFinished() there.
    Harness h(schedule("0 18 * * *"), utc("2026-06-01T10:00:00Z"));
    int calls = 0;
    QObject::connect(&h.scheduler, &Scheduler::due, &h.scheduler, [&] {
        QCOMPARE(h.scheduler.state(), Scheduler::State::Running);
        if (++calls == 1)
            h.scheduler.runNow(); // queued: runs right after this cycle
        h.scheduler.cycleFinished(true);
    });
    h.scheduler.start(QDateTime());
    h.scheduler.runNow();
    QCOMPARE(calls, 2);
    QCOMPARE(h.scheduler.state(), Scheduler::State::Idle);
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T18:00:00Z"));
    QCOMPARE(h.saved.size(), 2);
}

void TestScheduler::changeSchedule()
{
    Harness h(schedule("0 18 * * *"), utc("2026-06-01T10:00:00Z"));
    h.scheduler.start(QDateTime());
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T18:00:00Z"));
    h.scheduler.setSchedule(schedule("every 15m"));
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T10:15:00Z"));
}

// "every 3s": after downtime that missed many slots, one catch-up run, then the 3 s grid again.
void TestScheduler::everySecondsCatchUp_data()
{
    QTest::addColumn<QString>("lastRun");
    QTest::addColumn<QString>("restartAt");
    QTest::addColumn<bool>("catchUp");
    QTest::addColumn<QString>("nextSlot"); // the first scheduled run after start (or after the catch-up)
    QTest::newRow("down for an hour: 1200 slots, one run")
        << "2026-06-01T10:00:00Z" << "2026-06-01T11:00:01Z" << true << "2026-06-01T11:00:03Z";
    QTest::newRow("down over one slot: one run")
        << "2026-06-01T10:00:00Z" << "2026-06-01T10:00:04Z" << true << "2026-06-01T10:00:06Z";
    QTest::newRow("restart exactly on the missed slot: one run")
        << "2026-06-01T10:00:00Z" << "2026-06-01T10:00:03Z" << true << "2026-06-01T10:00:06Z";
    QTest::newRow("restart before the next slot: none")
        << "2026-06-01T10:00:00Z" << "2026-06-01T10:00:02Z" << false << "2026-06-01T10:00:03Z";
    QTest::newRow("last run in the future (clock moved back): none")
        << "2026-06-01T12:00:00Z" << "2026-06-01T10:00:01Z" << false << "2026-06-01T10:00:03Z";
}

void TestScheduler::everySecondsCatchUp()
{
    QFETCH(QString, lastRun);
    QFETCH(QString, restartAt);
    QFETCH(bool, catchUp);
    QFETCH(QString, nextSlot);
    const Schedule s = schedule("every 3s", "Europe/Berlin");
    QVERIFY(s.isValid());
    Harness h(s, utc(restartAt.toLatin1().constData()));
    h.scheduler.start(utc(lastRun.toLatin1().constData()));
    if (catchUp) {
        QCOMPARE(h.dues, QList<Reason>{Reason::CatchUp});
        h.now = h.now.addMSecs(500); // a short cycle
        h.scheduler.cycleFinished(true);
        QCOMPARE(h.saved, QList<QDateTime>{utc(restartAt.toLatin1().constData())});
        QCOMPARE(h.dues.size(), 1); // no second catch-up for the other missed slots
    } else {
        QVERIFY(h.dues.isEmpty());
    }
    const QDateTime expected = utc(nextSlot.toLatin1().constData());
    QCOMPARE(h.scheduler.nextRun(), expected);
    const int before = int(h.dues.size());
    h.walkTo(expected.addMSecs(-1), 1);
    QCOMPARE(int(h.dues.size()), before);
    h.advanceTo(expected);
    QCOMPARE(int(h.dues.size()), before + 1);
    QCOMPARE(h.dues.last(), Reason::Scheduled);
}

// Steady state on "every 5s": one run per slot, a long cycle coalesces the slots it covered into one
// run, and a failure retries at the next slot rather than after the one-minute backoff.
void TestScheduler::everySecondsSteadyAndBackoff()
{
    Harness h(schedule("every 5s"), utc("2026-06-01T10:00:01Z"));
    h.scheduler.start(QDateTime());
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T10:00:05Z"));
    for (int i = 0; i < 4; ++i) {
        h.walkTo(utc("2026-06-01T10:00:05Z").addSecs(5 * i), 1);
        QCOMPARE(h.dues.size(), i + 1);
        h.now = h.now.addSecs(1);
        h.scheduler.cycleFinished(true);
    }
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T10:00:25Z"));
    h.advanceTo(utc("2026-06-01T10:00:25Z"));
    QCOMPARE(h.dues.size(), 5);
    h.now = utc("2026-06-01T10:00:42Z"); // covered the 30, 35 and 40 slots
    h.scheduler.cycleFinished(true);
    QCOMPARE(h.dues.size(), 6); // one run now, not three
    QCOMPARE(h.dues.last(), Reason::Scheduled);
    h.now = h.now.addSecs(1);
    h.scheduler.cycleFinished(false);
    QCOMPARE(h.scheduler.consecutiveFailures(), 1);
    QCOMPARE(h.scheduler.nextRun(), utc("2026-06-01T10:00:45Z"));
    QCOMPARE(h.scheduler.nextReason(), Reason::Scheduled);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
