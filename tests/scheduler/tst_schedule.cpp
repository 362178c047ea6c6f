#include "scheduler/schedule.h"

#include <QTest>

using mlc::scheduler::Schedule;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("<none>");
}

// Zone data: /usr/share/zoneinfo on Linux; ICU or the Windows zone table on Windows, where an IANA
// id may be missing (a Windows Qt built without ICU maps only the ids Windows knows).
bool requireZone(const char *id)
{
    if (QTimeZone(QByteArray(id)).isValid())
        return true;
#ifdef Q_OS_WIN
    QTest::qSkip("This Windows Qt has no tz data for the zone under test", __FILE__, __LINE__);
#else
    QTest::qFail("time zone data missing (install tzdata)", __FILE__, __LINE__);
#endif
    return false;
}

} // namespace

class TestSchedule : public QObject {
    Q_OBJECT
private slots:
    void fireSequence_data();
    void fireSequence();
    void rejects_data();
    void rejects();
    void zoneDefaultsAndErrors();
    void strictlyAfter();
    void everyQuarterHourThroughTheYear_data();
    void everyQuarterHourThroughTheYear();
    void leapDay();
    void everySecondsAccessors();
};

// Each row: spec, zone, a start instant and the next fire times (UTC) one after another.
void TestSchedule::fireSequence_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("expected");

    // --- Europe/Berlin 2026: spring forward 29 Mar 02:00 CET → 03:00 CEST (01:00Z);
    //     fall back 25 Oct 03:00 CEST → 02:00 CET (01:00Z).
    QTest::newRow("berlin gap: 02:30 fires at 03:00 CEST, once")
        << "30 2 * * *" << "Europe/Berlin" << "2026-03-28T12:00:00Z"
        << list({"2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"});
    QTest::newRow("berlin gap: friendly daily at 02:30")
        << "daily at 02:30" << "Europe/Berlin" << "2026-03-28T12:00:00Z"
        << list({"2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"});
    QTest::newRow("berlin gap: every 15m collapses the missing hour into one run")
        << "every 15m" << "Europe/Berlin" << "2026-03-29T00:40:00Z"
        << list({"2026-03-29T00:45:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:15:00Z"});
    QTest::newRow("berlin fall-back: 02:30 fires once, first occurrence")
        << "daily at 02:30" << "Europe/Berlin" << "2026-10-24T12:00:00Z"
        << list({"2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"});
    QTest::newRow("berlin fall-back: every 30m skips the repeated hour")
        << "every 30m" << "Europe/Berlin" << "2026-10-25T00:00:00Z"
        << list({"2026-10-25T00:30:00Z", "2026-10-25T02:00:00Z", "2026-10-25T02:30:00Z"});
    QTest::newRow("berlin fall-back: started inside the repeated hour")
        << "every 30m" << "Europe/Berlin" << "2026-10-25T01:10:00Z" // 02:10 CET, second pass
        << list({"2026-10-25T02:00:00Z"});
    QTest::newRow("berlin weekdays at 18:00 over the fall-back weekend")
        << "weekdays at 18:00" << "Europe/Berlin" << "2026-10-23T16:00:00Z" // Fri 18:00 CEST exactly
        << list({"2026-10-26T17:00:00Z", "2026-10-27T17:00:00Z"});
    QTest::newRow("berlin cron weekdays 18:00 by name")
        << "0 18 * * MON-FRI" << "Europe/Berlin" << "2026-03-27T17:30:00Z" // Fri 18:30 CET
        << list({"2026-03-30T16:00:00Z"});                            // Mon 18:00 CEST

    // --- America/New_York 2026: spring forward 8 Mar 02:00 EST → 03:00 EDT (07:00Z);
    //     fall back 1 Nov 02:00 EDT → 01:00 EST (06:00Z).
    QTest::newRow("new york gap: 02:30 fires at 03:00 EDT")
        << "30 2 * * *" << "America/New_York" << "2026-03-07T12:00:00Z"
        << list({"2026-03-08T07:00:00Z", "2026-03-09T06:30:00Z"});
    QTest::newRow("new york fall-back: 01:30 fires once (EDT)")
        << "30 1 * * *" << "America/New_York" << "2026-10-31T12:00:00Z"
        << list({"2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"});
    QTest::newRow("new york fall-back: every 20m does not repeat 01:00-01:40")
        << "every 20m" << "America/New_York" << "2026-11-01T05:30:00Z"
        << list({"2026-11-01T05:40:00Z", "2026-11-01T07:00:00Z", "2026-11-01T07:20:00Z"});
    QTest::newRow("new york business hours, end inclusive, then Monday EDT")
        << "every 15m between 08:00-18:00 on mon-fri" << "America/New_York" << "2026-03-06T22:40:00Z"
        << list({"2026-03-06T22:45:00Z", "2026-03-06T23:00:00Z", "2026-03-09T12:00:00Z",
                       "2026-03-09T12:15:00Z"});
    QTest::newRow("new york weekday 09:00 across the spring weekend")
        << "0 9 * * 1-5" << "America/New_York" << "2026-03-06T15:00:00Z"
        << list({"2026-03-09T13:00:00Z"});

    // --- grammar, in UTC
    QTest::newRow("cron list, range, step")
        << "0,30 8-9 * * *" << "UTC" << "2026-05-01T07:59:00Z"
        << list({"2026-05-01T08:00:00Z", "2026-05-01T08:30:00Z", "2026-05-01T09:00:00Z",
                       "2026-05-01T09:30:00Z", "2026-05-02T08:00:00Z"});
    QTest::newRow("cron */20 within a range")
        << "*/20 10 * * *" << "UTC" << "2026-05-01T10:00:00Z"
        << list({"2026-05-01T10:20:00Z", "2026-05-01T10:40:00Z", "2026-05-02T10:00:00Z"});
    QTest::newRow("cron range with step 1-5/2 in dow")
        << "0 12 * * 1-5/2" << "UTC" << "2026-05-04T12:00:00Z" // Monday noon
        << list({"2026-05-06T12:00:00Z", "2026-05-08T12:00:00Z", "2026-05-11T12:00:00Z"});
    QTest::newRow("cron a/n means a-max/n")
        << "50/5 0 * * *" << "UTC" << "2026-05-01T00:00:00Z"
        << list({"2026-05-01T00:50:00Z", "2026-05-01T00:55:00Z", "2026-05-02T00:50:00Z"});
    QTest::newRow("cron dom OR dow when both restricted")
        << "0 0 13 * 5" << "UTC" << "2026-02-01T00:00:00Z" // the 13th or any Friday
        << list({"2026-02-06T00:00:00Z", "2026-02-13T00:00:00Z", "2026-02-20T00:00:00Z"});
    QTest::newRow("cron month names and 7 = sunday")
        << "0 6 * jan,DEC 7" << "UTC" << "2026-11-30T00:00:00Z"
        << list({"2026-12-06T06:00:00Z", "2026-12-13T06:00:00Z"});
    QTest::newRow("cron monthly on the 31st skips short months")
        << "0 0 31 * *" << "UTC" << "2026-01-31T00:00:00Z"
        << list({"2026-03-31T00:00:00Z", "2026-05-31T00:00:00Z"});
    QTest::newRow("macro @hourly") << "@hourly" << "UTC" << "2026-05-01T10:30:00Z"
                                   << list({"2026-05-01T11:00:00Z", "2026-05-01T12:00:00Z"});
    QTest::newRow("macro @weekly on sunday") << "@weekly" << "UTC" << "2026-05-01T10:30:00Z"
                                             << list({"2026-05-03T00:00:00Z"});
    QTest::newRow("friendly several times and days")
        << "at 07:00, 12:30 on mon,wed" << "UTC" << "2026-05-04T08:00:00Z"
        << list({"2026-05-04T12:30:00Z", "2026-05-06T07:00:00Z", "2026-05-06T12:30:00Z",
                       "2026-05-11T07:00:00Z"});
    QTest::newRow("friendly every 2 hours from ... to, upper case")
        << "EVERY 2 HOURS FROM 09:00 TO 13:00" << "UTC" << "2026-05-04T12:00:00Z"
        << list({"2026-05-04T13:00:00Z", "2026-05-05T09:00:00Z"});
    QTest::newRow("friendly every 25m re-anchored at the window start")
        << "every 25 min between 8:00 and 9:00" << "UTC" << "2026-05-04T08:30:00Z"
        << list({"2026-05-04T08:50:00Z", "2026-05-05T08:00:00Z"});
    QTest::newRow("friendly weekends, wrapping day range")
        << "at 10:00 on fri-mon" << "UTC" << "2026-05-04T10:00:00Z" // Monday 10:00
        << list({"2026-05-08T10:00:00Z", "2026-05-09T10:00:00Z", "2026-05-10T10:00:00Z",
                       "2026-05-11T10:00:00Z"});
    QTest::newRow("friendly weekends at") << "weekends at 09:30" << "UTC" << "2026-05-04T10:00:00Z"
                                          << list({"2026-05-09T09:30:00Z", "2026-05-10T09:30:00Z"});

    // --- seconds intervals: epoch-aligned, the same instants in every zone and across DST
    QTest::newRow("every 3s, epoch-aligned")
        << "every 3s" << "UTC" << "2026-05-04T10:00:01Z" // 1777888801 s since the epoch
        << list({"2026-05-04T10:00:03Z", "2026-05-04T10:00:06Z", "2026-05-04T10:00:09Z"});
    QTest::newRow("every 3s, strictly after a slot")
        << "every 3s" << "UTC" << "2026-05-04T10:00:03Z" << list({"2026-05-04T10:00:06Z"});
    QTest::newRow("every 7 seconds crosses the minute on the epoch grid")
        << "every 7 seconds" << "UTC" << "2026-05-04T10:00:00Z" // 1777888800 = 7 * 253984114 + 2
        << list({"2026-05-04T10:00:05Z", "2026-05-04T10:00:12Z"});
    QTest::newRow("every 1 sec") << "Every 1 SEC" << "UTC" << "2026-05-04T23:59:58Z"
                                 << list({"2026-05-04T23:59:59Z", "2026-05-05T00:00:00Z"});
    QTest::newRow("every 3600s is the hour on the epoch grid")
        << "every 3600 seconds" << "UTC" << "2026-05-04T10:00:00Z"
        << list({"2026-05-04T11:00:00Z", "2026-05-04T12:00:00Z"});
    QTest::newRow("every 90 secs in Kathmandu (+05:45) ignores the zone")
        << "every 90 secs" << "Asia/Kathmandu" << "2026-05-04T10:00:00Z" // 1777888800 = 90 * 19754320
        << list({"2026-05-04T10:01:30Z", "2026-05-04T10:03:00Z"});
    QTest::newRow("every 20s through the berlin spring-forward gap")
        << "every 20s" << "Europe/Berlin" << "2026-03-29T00:59:30Z"
        << list({"2026-03-29T00:59:40Z", "2026-03-29T01:00:00Z", "2026-03-29T01:00:20Z"});
    QTest::newRow("every 30s through the berlin fall-back hour, no repeats")
        << "every 30s" << "Europe/Berlin" << "2026-10-25T00:59:30Z"
        << list({"2026-10-25T01:00:00Z", "2026-10-25T01:00:30Z", "2026-10-25T01:01:00Z"});
    QTest::newRow("every 5s before 1970") << "every 5s" << "UTC" << "1969-12-31T23:59:51Z"
                                          << list({"1969-12-31T23:59:55Z", "1970-01-01T00:00:00Z"});
}

void TestSchedule::fireSequence()
{
    QFETCH(QString, spec);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QStringList, expected);
    if (!requireZone(zone.toLatin1().constData()))
        return;

    const auto parsed = Schedule::parse(spec, zone);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QDateTime t = utc(from.toLatin1().constData());
    QStringList actual;
    for (int i = 0; i < expected.size(); ++i) {
        t = parsed->nextAfter(t);
        actual << isoUtc(t);
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }
    QCOMPARE(actual, expected);
}

void TestSchedule::rejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "   " << "empty";
    QTest::newRow("four fields") << "0 18 * *" << "five fields";
    QTest::newRow("seconds field") << "0 0 18 * * *" << "seconds";
    QTest::newRow("minute out of range") << "60 * * * *" << "minute field";
    QTest::newRow("hour out of range") << "0 24 * * *" << "hour field";
    QTest::newRow("dom zero") << "0 0 0 * *" << "day-of-month";
    QTest::newRow("bad month name") << "0 0 1 foo *" << "month field";
    QTest::newRow("dow 8") << "0 0 * * 8" << "day-of-week";
    QTest::newRow("backwards range") << "0 0 * * 5-1" << "backwards";
    QTest::newRow("zero step") << "*/0 * * * *" << "step";
    QTest::newRow("empty list item") << "1,,2 * * * *" << "empty list item";
    QTest::newRow("never: 30 february") << "0 0 30 2 *" << "never";
    QTest::newRow("unknown macro") << "@fortnightly" << "macro";
    QTest::newRow("no time") << "daily" << "expected";
    QTest::newRow("bad time") << "daily at 25:00" << "HH:MM";
    QTest::newRow("bad minutes") << "daily at 18:7" << "HH:MM";
    QTest::newRow("every without unit") << "every 15" << "unit";
    QTest::newRow("every zero") << "every 0m" << "positive";
    QTest::newRow("every more than a day") << "every 25h" << "longer than a day";
    QTest::newRow("window crossing midnight") << "every 15m between 22:00-02:00" << "midnight";
    QTest::newRow("bad day") << "every 15m on funday" << "funday";
    QTest::newRow("days twice") << "weekdays at 18:00 on sat" << "twice";
    QTest::newRow("trailing junk") << "daily at 18:00 please" << "please";
    QTest::newRow("gibberish") << "whenever" << "expected";
    QTest::newRow("every 0s") << "every 0s" << "positive";
    QTest::newRow("seconds over an hour") << "every 3601s" << "at most 3600 seconds";
    QTest::newRow("seconds with a window") << "every 5s between 08:00-18:00" << "cannot have a time window";
    QTest::newRow("seconds with from-to") << "every 5 seconds from 08:00 to 09:00" << "cannot have a time window";
    QTest::newRow("seconds with days") << "every 5s on mon-fri" << "day list";
    QTest::newRow("seconds after a day word") << "weekdays every 5s" << "expected";
    QTest::newRow("seconds with junk") << "every 5s sharp" << "sharp";
    QTest::newRow("unit list mentions seconds") << "every 5 fortnights" << "s (seconds)";
}

void TestSchedule::rejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    const auto parsed = Schedule::parse(spec, QStringLiteral("UTC"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("schedule.invalid"));
    QVERIFY2(parsed.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(parsed.error().message));
}

void TestSchedule::zoneDefaultsAndErrors()
{
    const auto bad = Schedule::parse(QStringLiteral("daily at 18:00"), QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("Mars/Olympus_Mons")));

    const auto system = Schedule::parse(QStringLiteral("daily at 18:00"));
    QVERIFY(system.ok());
    QVERIFY(system->timeZone().isValid());
    QCOMPARE(system->timeZone(), QTimeZone::systemTimeZone());
    // Fires at 18:00 on the system clock.
    const QDateTime next = system->nextAfter(QDateTime::currentDateTimeUtc());
    QVERIFY(next.isValid());
    QCOMPARE(next.toTimeZone(QTimeZone::systemTimeZone()).time(), QTime(18, 0));

    QVERIFY(!Schedule().isValid());
    QVERIFY(!Schedule().nextAfter(QDateTime::currentDateTimeUtc()).isValid());
}

void TestSchedule::strictlyAfter()
{
    const auto s = Schedule::parse(QStringLiteral("0 18 * * *"), QStringLiteral("UTC"));
    QVERIFY(s.ok());
    const QDateTime slot = utc("2026-05-01T18:00:00Z");
    QCOMPARE(s->nextAfter(slot.addMSecs(-1)), slot);
    QCOMPARE(s->nextAfter(slot), slot.addDays(1));
    // A local-time input is the same instant.
    QCOMPARE(s->nextAfter(slot.addMSecs(-1).toOffsetFromUtc(3600)), slot);
}

// Every 15 minutes for all of 2026: 96 runs a day, except the spring-forward day, whose
// 02:00-03:00 slots collapse into one run (92), and the fall-back day, which does not repeat (96).
void TestSchedule::everyQuarterHourThroughTheYear_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("springDay");
    QTest::addColumn<QDate>("fallDay");
    QTest::newRow("Europe/Berlin") << "Europe/Berlin" << QDate(2026, 3, 29) << QDate(2026, 10, 25);
    QTest::newRow("America/New_York") << "America/New_York" << QDate(2026, 3, 8) << QDate(2026, 11, 1);
}

void TestSchedule::everyQuarterHourThroughTheYear()
{
    QFETCH(QString, zone);
    QFETCH(QDate, springDay);
    QFETCH(QDate, fallDay);
    if (!requireZone(zone.toLatin1().constData()))
        return;
    const QTimeZone tz(zone.toLatin1());
    const auto s = Schedule::parse(QStringLiteral("every 15m"), zone);
    QVERIFY(s.ok());

    QHash<QDate, int> perDay;
    const QDateTime end = QDateTime(QDate(2027, 1, 1), QTime(0, 0), tz);
    QDateTime t = QDateTime(QDate(2026, 1, 1), QTime(0, 0), tz).addSecs(-1);
    int total = 0;
    for (;;) {
        const QDateTime next = s->nextAfter(t);
        QVERIFY(next.isValid());
        QVERIFY(next > t);
        if (next >= end)
            break;
        // Never more than 15 minutes apart except around the spring gap's collapse / fall-back hour.
        const QDateTime local = next.toTimeZone(tz);
        QCOMPARE(local.time().minute() % 15, 0);
        ++perDay[local.date()];
        ++total;
        t = next;
    }
    QCOMPARE(perDay.value(springDay), 92);
    QCOMPARE(perDay.value(fallDay), 96);
    QCOMPARE(perDay.value(QDate(2026, 7, 1)), 96);
    QCOMPARE(total, 365 * 96 - 4);
}

void TestSchedule::leapDay()
{
    const auto s = Schedule::parse(QStringLiteral("0 12 29 2 *"), QStringLiteral("UTC"));
    QVERIFY(s.ok());
    QCOMPARE(s->nextAfter(utc("2026-03-01T00:00:00Z")), utc("2028-02-29T12:00:00Z"));
    QCOMPARE(s->nextAfter(utc("2097-01-01T00:00:00Z")), utc("2104-02-29T12:00:00Z")); // 2100 is no leap year
}

void TestSchedule::everySecondsAccessors()
{
    const auto s = Schedule::parse(QStringLiteral(" every  4s "), QStringLiteral("Europe/Berlin"));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QVERIFY(s->isValid());
    QCOMPARE(s->everySeconds(), 4);
    QVERIFY(s->firesOn(QDate(2026, 3, 29)));
    QVERIFY(s->firesOn(QDate(2026, 5, 2))); // a Saturday: no day list, every day
    // A minute schedule is not a seconds schedule.
    const auto m = Schedule::parse(QStringLiteral("every 4m"), QStringLiteral("UTC"));
    QVERIFY(m.ok());
    QCOMPARE(m->everySeconds(), 0);
    QCOMPARE(m->nextAfter(utc("2026-05-04T10:00:01Z")), utc("2026-05-04T10:04:00Z"));
    // A whole day of "every 4s" is 21600 runs, each exactly 4 s after the previous one.
    QDateTime t = utc("2026-05-04T00:00:00Z");
    const QDateTime end = t.addDays(1);
    int runs = 0;
    for (;;) {
        const QDateTime next = s->nextAfter(t);
        QCOMPARE(t.msecsTo(next), qint64(4000));
        if (next > end)
            break;
        ++runs;
        t = next;
    }
    QCOMPARE(runs, 21600);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
