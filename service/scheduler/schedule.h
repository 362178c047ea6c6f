#pragma once
// A calendar schedule in the admin's time zone, parsed from the text stored as a setting
// (`schedule/spec`, `schedule/timeZone`).
//
// Grammar (case-insensitive, whitespace-tolerant):
//   cron (5 fields)   m h dom mon dow         e.g. "0 18 * * 1-5", "*/15 8-17 * * MON-FRI"
//                     each field: '*' | list of items "a" "a-b" "*/n" "a-b/n" "a/n" (a/n = a-max/n);
//                     months JAN-DEC, weekdays SUN-SAT (0 and 7 are Sunday); no wrap-around ranges.
//                     As in Vixie cron: if both dom and dow are restricted, a day matches either.
//   cron macros       @hourly @daily @midnight @weekly @monthly @yearly @annually
//   friendly          "daily at 18:00"   "weekdays at 18:00"   "weekends at 09:30"
//                     "at 07:00, 12:30 on mon,wed,fri"
//                     "every 15m [between 08:00-18:00] [on mon-fri]"  (units m/min/minutes, h/hours;
//                     "between A and B" and "from A to B" work too)
//                     "every Ns" / "every N seconds" (1 <= N <= 3600; units s/sec/secs/second/seconds):
//                     for the sandbox, demos and tests. Fires at the UTC instants that are multiples of
//                     N seconds since the Unix epoch, independent of the zone and DST; no window and no
//                     day list may follow it.
//   Friendly day lists accept names (mon, monday, …), ranges (fri-mon wraps), "weekdays", "weekends".
//   "every Nm" / "every Nh" count wall-clock minutes in the schedule's zone from the window start
//   (00:00 without a window), re-anchored every day; the window end is inclusive ("every 15m between
//   08:00-18:00" fires 08:00 … 18:00). Windows do not cross midnight.
//
// DST rules (local times are wall-clock times in the schedule's zone):
//   - A local time that does not exist (spring-forward gap, e.g. 02:30 on 2026-03-29 in Europe/Berlin)
//     fires once, at the first valid instant after the gap (03:00 CEST). Several slots inside the gap
//     collapse into that one run.
//   - A local time that occurs twice (fall-back, e.g. 02:30 on 2026-10-25 in Europe/Berlin) fires once,
//     at its first occurrence (the daylight-saving one); the repeated hour adds no runs.
#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <bitset>
#include <vector>

namespace mlc::scheduler {

class Schedule {
public:
    Schedule() = default; // invalid: never fires

    // Parses `spec` in the IANA zone `timeZoneId` (empty: the system zone). Errors have code
    // "schedule.invalid" and a message that names the bad part of the spec.
    static Result<Schedule> parse(const QString &spec, const QString &timeZoneId = {});

    bool isValid() const { return !m_minutes.empty() || m_everySeconds > 0; }
    // The interval of an "every Ns" schedule in seconds; 0 for every other kind.
    int everySeconds() const { return m_everySeconds; }
    QString spec() const { return m_spec; }
    QTimeZone timeZone() const { return m_zone; }

    // The first fire time strictly after `after` (any time spec), in UTC; invalid if none (invalid
    // schedule or no fire time within the next nine years).
    QDateTime nextAfter(const QDateTime &after) const;

    // True when the local calendar date `date` (in the schedule's zone) has fire times.
    bool firesOn(const QDate &date) const;

private:
    friend class ScheduleParser;
    qint64 localToUtcMs(qint64 localNaiveMs) const;
    int offsetAtMs(qint64 utcMs) const;

    QString m_spec;
    QTimeZone m_zone;
    std::vector<quint16> m_minutes; // sorted minutes of the day (0..1439) that fire
    std::bitset<32> m_daysOfMonth;  // bit 1..31
    std::bitset<13> m_months;       // bit 1..12
    std::bitset<7> m_daysOfWeek;    // bit 0 = Sunday … 6 = Saturday
    bool m_domRestricted = false;   // cron: dom field was not '*'
    bool m_dowRestricted = false;   // cron: dow field was not '*'
    int m_everySeconds = 0;         // "every Ns": fires at epoch multiples of N s; the fields above are unused
};

} // namespace mlc::scheduler
