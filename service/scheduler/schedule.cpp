#include "scheduler/schedule.h"

#include <QDate>
#include <QStringList>

#include <algorithm>

namespace mlc::scheduler {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr int kMaxEverySeconds = 3600;
constexpr qint64 kMsPerDay = 24 * 60 * kMsPerMinute;
// Leap days repeat at most every 8 years (2096 → 2104): search a little longer than that.
constexpr int kMaxSearchDays = 9 * 366;
// No zone's UTC offset drops by more than this at once (fall-back is 1 h, rarely 2 h): candidates
// whose local wall time lies further before the reference's wall time cannot be after it.
constexpr qint64 kMaxOffsetDropMs = 4 * 60 * kMsPerMinute;

const QDate kEpoch(1970, 1, 1);

const char *const kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const kDayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
const char *const kLongDayNames[] = {"sunday",   "monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday"};

Error invalid(const QString &spec, const QString &why)
{
    return makeError(QStringLiteral("schedule.invalid"),
                     QStringLiteral("Invalid schedule \"") + spec + QStringLiteral("\": ") + why);
}

// A small cursor over the lower-cased friendly spec.
class Cursor {
public:
    explicit Cursor(const QString &text) : m_s(text) {}

    void skipWs()
    {
        while (m_pos < m_s.size() && m_s.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipWs();
        return m_pos >= m_s.size();
    }
    int pos() const { return m_pos; }
    void setPos(int p) { m_pos = p; }
    QString rest() const { return m_s.mid(m_pos).trimmed(); }

    bool eatChar(QChar c)
    {
        skipWs();
        if (m_pos < m_s.size() && m_s.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    // A whole word (letters only), matched exactly.
    bool eatWord(QLatin1String w)
    {
        skipWs();
        const int start = m_pos;
        int end = start;
        while (end < m_s.size() && m_s.at(end).isLetter())
            ++end;
        if (QStringView(m_s).mid(start, end - start) == w) {
            m_pos = end;
            return true;
        }
        return false;
    }
    QString peekWord()
    {
        skipWs();
        int end = m_pos;
        while (end < m_s.size() && m_s.at(end).isLetter())
            ++end;
        return m_s.mid(m_pos, end - m_pos);
    }
    bool readInt(int &value, int maxDigits = 4)
    {
        skipWs();
        int end = m_pos;
        while (end < m_s.size() && end - m_pos < maxDigits && m_s.at(end).isDigit())
            ++end;
        if (end == m_pos)
            return false;
        value = QStringView(m_s).mid(m_pos, end - m_pos).toInt();
        m_pos = end;
        return true;
    }
    // H:MM or HH:MM → minute of the day.
    bool readTime(int &minuteOfDay)
    {
        const int save = m_pos;
        int h = 0;
        int m = 0;
        if (!readInt(h, 2) || m_pos >= m_s.size() || m_s.at(m_pos) != QLatin1Char(':')) {
            m_pos = save;
            return false;
        }
        ++m_pos;
        const int digitsStart = m_pos;
        if (!readInt(m, 2) || m_pos - digitsStart != 2 || h > 23 || m > 59) {
            m_pos = save;
            return false;
        }
        minuteOfDay = h * 60 + m;
        return true;
    }

private:
    QString m_s;
    int m_pos = 0;
};

int dayIndex(const QString &word)
{
    for (int i = 0; i < 7; ++i) {
        if (word == QLatin1String(kDayNames[i]) || word == QLatin1String(kLongDayNames[i]))
            return i;
    }
    return -1;
}

} // namespace

class ScheduleParser {
public:
    ScheduleParser(const QString &spec, Schedule &out) : m_spec(spec), m_out(out) {}

    Result<void> parse()
    {
        const QString simplified = m_spec.simplified();
        if (simplified.isEmpty())
            return invalid(m_spec, QStringLiteral("the schedule is empty"));
        if (simplified.startsWith(QLatin1Char('@')))
            return parseMacro(simplified.toLower());
        const QStringList fields = simplified.split(QLatin1Char(' '));
        const QChar first = simplified.at(0);
        if (first.isDigit() || first == QLatin1Char('*')) {
            if (fields.size() == 6)
                return invalid(m_spec, QStringLiteral("cron schedules with a seconds field are not supported; "
                                                      "use five fields: minute hour day-of-month month day-of-week"));
            if (fields.size() != 5)
                return invalid(m_spec, QStringLiteral("a cron schedule needs five fields: "
                                                      "minute hour day-of-month month day-of-week"));
            return parseCron(fields);
        }
        return parseFriendly(simplified.toLower());
    }

private:
    // ---- cron ------------------------------------------------------------------------------
    Result<void> parseCron(const QStringList &f)
    {
        std::bitset<64> minutes;
        std::bitset<64> hours;
        std::bitset<64> dom;
        std::bitset<64> months;
        std::bitset<64> dow;
        if (auto r = parseField(f[0], 0, 59, nullptr, QStringLiteral("minute"), minutes); !r)
            return r;
        if (auto r = parseField(f[1], 0, 23, nullptr, QStringLiteral("hour"), hours); !r)
            return r;
        if (auto r = parseField(f[2], 1, 31, nullptr, QStringLiteral("day-of-month"), dom); !r)
            return r;
        if (auto r = parseField(f[3], 1, 12, kMonthNames, QStringLiteral("month"), months); !r)
            return r;
        if (auto r = parseField(f[4], 0, 7, kDayNames, QStringLiteral("day-of-week"), dow); !r)
            return r;
        if (dow.test(7))
            dow.set(0); // 7 is Sunday too

        for (int h = 0; h < 24; ++h) {
            if (!hours.test(h))
                continue;
            for (int m = 0; m < 60; ++m) {
                if (minutes.test(m))
                    m_out.m_minutes.push_back(quint16(h * 60 + m));
            }
        }
        for (int i = 1; i <= 31; ++i)
            m_out.m_daysOfMonth.set(i, dom.test(i));
        for (int i = 1; i <= 12; ++i)
            m_out.m_months.set(i, months.test(i));
        for (int i = 0; i < 7; ++i)
            m_out.m_daysOfWeek.set(i, dow.test(i));
        m_out.m_domRestricted = !f[2].startsWith(QLatin1Char('*'));
        m_out.m_dowRestricted = !f[4].startsWith(QLatin1Char('*'));

        // "0 0 30 2 *" parses but would never fire: say so now rather than never running.
        if (!m_out.m_dowRestricted || !m_out.m_domRestricted) {
            if (m_out.m_domRestricted) {
                static const int kMaxDays[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
                bool possible = false;
                for (int mo = 1; mo <= 12 && !possible; ++mo) {
                    for (int d = 1; d <= kMaxDays[mo] && !possible; ++d)
                        possible = m_out.m_months.test(mo) && m_out.m_daysOfMonth.test(d);
                }
                if (!possible)
                    return invalid(m_spec, QStringLiteral("no month has that day, so it would never run"));
            }
        }
        return {};
    }

    Result<void> parseField(const QString &field, int min, int max, const char *const *names,
                            const QString &what, std::bitset<64> &out)
    {
        const auto bad = [&](const QString &why) {
            return invalid(m_spec, what + QStringLiteral(" field \"") + field + QStringLiteral("\": ") + why);
        };
        const QStringList items = field.split(QLatin1Char(','));
        for (const QString &item : items) {
            if (item.isEmpty())
                return bad(QStringLiteral("empty list item"));
            QString range = item;
            int step = 1;
            const int slash = item.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                bool ok = false;
                step = item.mid(slash + 1).toInt(&ok);
                if (!ok || step < 1 || step > max)
                    return bad(QStringLiteral("bad step \"") + item.mid(slash + 1) + QLatin1Char('"'));
                range = item.left(slash);
            }
            int lo = min;
            int hi = max;
            if (range == QLatin1String("*")) {
                // full range
            } else {
                const int dash = range.indexOf(QLatin1Char('-'));
                const QString a = dash >= 0 ? range.left(dash) : range;
                if (!value(a, min, max, names, lo))
                    return bad(QLatin1Char('"') + a + QStringLiteral("\" is not a value in ") +
                               QString::number(min) + QLatin1Char('-') + QString::number(max));
                if (dash >= 0) {
                    const QString b = range.mid(dash + 1);
                    if (!value(b, min, max, names, hi))
                        return bad(QLatin1Char('"') + b + QStringLiteral("\" is not a value in ") +
                                   QString::number(min) + QLatin1Char('-') + QString::number(max));
                    if (hi < lo)
                        return bad(QStringLiteral("range \"") + range + QStringLiteral("\" runs backwards"));
                } else if (slash < 0) {
                    hi = lo;
                } // "a/n" means a-max/n (Vixie cron)
            }
            for (int v = lo; v <= hi; v += step)
                out.set(size_t(v));
        }
        return {};
    }

    static bool value(const QString &text, int min, int max, const char *const *names, int &out)
    {
        bool ok = false;
        int v = text.toInt(&ok);
        if (!ok && names) {
            const QString lower = text.toLower();
            const int count = max == 12 ? 12 : 7;
            for (int i = 0; i < count; ++i) {
                if (lower == QLatin1String(names[i])) {
                    v = max == 12 ? i + 1 : i;
                    ok = true;
                    break;
                }
            }
        }
        if (!ok || v < min || v > max)
            return false;
        out = v;
        return true;
    }

    Result<void> parseMacro(const QString &m)
    {
        static const struct {
            const char *name;
            const char *cron;
        } kMacros[] = {{"@hourly", "0 * * * *"},  {"@daily", "0 0 * * *"},   {"@midnight", "0 0 * * *"},
                       {"@weekly", "0 0 * * 0"},  {"@monthly", "0 0 1 * *"}, {"@yearly", "0 0 1 1 *"},
                       {"@annually", "0 0 1 1 *"}};
        for (const auto &macro : kMacros) {
            if (m == QLatin1String(macro.name))
                return parseCron(QString::fromLatin1(macro.cron).split(QLatin1Char(' ')));
        }
        return invalid(m_spec, QStringLiteral("unknown macro; use @hourly, @daily, @weekly, @monthly or @yearly"));
    }

    // ---- friendly ----------------------------------------------------------------------------
    Result<void> parseFriendly(const QString &text)
    {
        Cursor c(text);
        std::bitset<7> days;
        bool daysGiven = false;
        if (c.eatWord(QLatin1String("daily"))) {
            days.set();
            daysGiven = true;
        } else if (c.eatWord(QLatin1String("weekdays"))) {
            days = weekdays();
            daysGiven = true;
        } else if (c.eatWord(QLatin1String("weekends"))) {
            days = weekends();
            daysGiven = true;
        }

        std::vector<quint16> minutes;
        if (c.eatWord(QLatin1String("at"))) {
            do {
                int t = 0;
                if (!c.readTime(t))
                    return invalid(m_spec, QStringLiteral("expected a time as HH:MM at \"") + c.rest() + QLatin1Char('"'));
                minutes.push_back(quint16(t));
            } while (c.eatChar(QLatin1Char(',')));
        } else if (!daysGiven && c.eatWord(QLatin1String("every"))) {
            int n = 0;
            if (!c.readInt(n) || n < 1)
                return invalid(m_spec, QStringLiteral("\"every\" needs a positive number, e.g. \"every 15m\""));
            const QString unit = c.peekWord();
            if (isSecondsUnit(unit))
                return parseEverySeconds(c, unit, n);
            int factor = 0;
            if (unit == QLatin1String("m") || unit == QLatin1String("min") || unit == QLatin1String("mins") ||
                unit == QLatin1String("minute") || unit == QLatin1String("minutes"))
                factor = 1;
            else if (unit == QLatin1String("h") || unit == QLatin1String("hour") || unit == QLatin1String("hours"))
                factor = 60;
            if (factor == 0)
                return invalid(m_spec, QStringLiteral("\"every\" needs a unit: s (seconds), m (minutes) or h (hours)"));
            c.eatWord(QLatin1String(unit.toLatin1().constData()));
            const int interval = n * factor;
            if (interval > 24 * 60)
                return invalid(m_spec, QStringLiteral("the interval is longer than a day; use \"daily at HH:MM\""));

            int from = 0;
            int to = 24 * 60 - 1;
            if (c.eatWord(QLatin1String("between")) || c.eatWord(QLatin1String("from"))) {
                if (!c.readTime(from))
                    return invalid(m_spec, QStringLiteral("expected a start time as HH:MM at \"") + c.rest() + QLatin1Char('"'));
                if (!c.eatChar(QLatin1Char('-')) && !c.eatWord(QLatin1String("and")) && !c.eatWord(QLatin1String("to")))
                    return invalid(m_spec, QStringLiteral("expected \"-\" between the two times"));
                if (!c.readTime(to))
                    return invalid(m_spec, QStringLiteral("expected an end time as HH:MM at \"") + c.rest() + QLatin1Char('"'));
                if (to < from)
                    return invalid(m_spec, QStringLiteral("the time window ends before it starts (windows cannot cross midnight)"));
            }
            for (int t = from; t <= to; t += interval)
                minutes.push_back(quint16(t));
        } else {
            return invalid(m_spec, QStringLiteral("expected a cron expression, \"daily at HH:MM\", \"weekdays at HH:MM\" "
                                                  "or \"every N m [between HH:MM-HH:MM] [on mon-fri]\""));
        }

        if (c.eatWord(QLatin1String("on"))) {
            if (daysGiven)
                return invalid(m_spec, QStringLiteral("the days are given twice"));
            if (auto r = parseDays(c, days); !r)
                return r;
            daysGiven = true;
        }
        if (!c.atEnd())
            return invalid(m_spec, QStringLiteral("unexpected \"") + c.rest() + QLatin1Char('"'));
        if (!daysGiven)
            days.set();

        std::sort(minutes.begin(), minutes.end());
        minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
        m_out.m_minutes = std::move(minutes);
        m_out.m_daysOfWeek = days;
        m_out.m_dowRestricted = days.count() != 7;
        m_out.m_domRestricted = false;
        for (int i = 1; i <= 31; ++i)
            m_out.m_daysOfMonth.set(i);
        for (int i = 1; i <= 12; ++i)
            m_out.m_months.set(i);
        return {};
    }

    static bool isSecondsUnit(const QString &unit)
    {
        return unit == QLatin1String("s") || unit == QLatin1String("sec") || unit == QLatin1String("secs") ||
               unit == QLatin1String("second") || unit == QLatin1String("seconds");
    }

    // "every Ns": a plain interval for the sandbox, demos and tests. It counts UTC epoch seconds, so
    // windows and day lists (which are wall-clock notions in the schedule's zone) make no sense with it.
    Result<void> parseEverySeconds(Cursor &c, const QString &unit, int n)
    {
        c.eatWord(QLatin1String(unit.toLatin1().constData()));
        if (n > kMaxEverySeconds)
            return invalid(m_spec, QStringLiteral("a seconds interval can be at most ") + QString::number(kMaxEverySeconds) +
                                       QStringLiteral(" seconds; use \"every Nm\" or \"every Nh\""));
        if (!c.atEnd()) {
            const QString next = c.peekWord();
            if (next == QLatin1String("between") || next == QLatin1String("from") || next == QLatin1String("on"))
                return invalid(m_spec, QStringLiteral("a seconds interval (\"every Ns\") cannot have a time window or a "
                                                      "day list; use \"every Nm between HH:MM-HH:MM on mon-fri\""));
            return invalid(m_spec, QStringLiteral("unexpected \"") + c.rest() + QLatin1Char('"'));
        }
        m_out.m_everySeconds = n;
        return {};
    }

    Result<void> parseDays(Cursor &c, std::bitset<7> &days)
    {
        do {
            const QString word = c.peekWord();
            if (word == QLatin1String("weekdays")) {
                c.eatWord(QLatin1String("weekdays"));
                days |= weekdays();
                continue;
            }
            if (word == QLatin1String("weekends")) {
                c.eatWord(QLatin1String("weekends"));
                days |= weekends();
                continue;
            }
            const int a = dayIndex(word);
            if (a < 0)
                return invalid(m_spec, QStringLiteral("\"") + (word.isEmpty() ? c.rest() : word) +
                                           QStringLiteral("\" is not a day (mon, tue, … sun, weekdays, weekends)"));
            c.eatWord(QLatin1String(word.toLatin1().constData()));
            int b = a;
            if (c.eatChar(QLatin1Char('-'))) {
                const QString w2 = c.peekWord();
                b = dayIndex(w2);
                if (b < 0)
                    return invalid(m_spec, QStringLiteral("\"") + w2 + QStringLiteral("\" is not a day"));
                c.eatWord(QLatin1String(w2.toLatin1().constData()));
            }
            // Ranges may wrap around the week ("fri-mon").
            for (int d = a;; d = (d + 1) % 7) {
                days.set(size_t(d));
                if (d == b)
                    break;
            }
        } while (c.eatChar(QLatin1Char(',')));
        return {};
    }

    static std::bitset<7> weekdays() { return std::bitset<7>(0b0111110); }
    static std::bitset<7> weekends() { return std::bitset<7>(0b1000001); }

    const QString &m_spec;
    Schedule &m_out;
};

Result<Schedule> Schedule::parse(const QString &spec, const QString &timeZoneId)
{
    Schedule s;
    s.m_spec = spec.trimmed();
    if (timeZoneId.trimmed().isEmpty()) {
        s.m_zone = QTimeZone::systemTimeZone();
    } else {
        s.m_zone = QTimeZone(timeZoneId.trimmed().toUtf8());
        if (!s.m_zone.isValid())
            return makeError(QStringLiteral("schedule.invalid"),
                             QStringLiteral("Unknown time zone \"") + timeZoneId +
                                 QStringLiteral("\"; use an IANA id such as Europe/Berlin"));
    }
    if (!s.m_zone.isValid())
        s.m_zone = QTimeZone::utc();
    ScheduleParser parser(s.m_spec, s);
    if (auto r = parser.parse(); !r)
        return r.error();
    if (s.m_minutes.empty() && s.m_everySeconds == 0)
        return invalid(s.m_spec, QStringLiteral("it would never run"));
    return s;
}

bool Schedule::firesOn(const QDate &date) const
{
    if (m_everySeconds > 0)
        return date.isValid(); // fires all day, every day
    if (!isValid() || !m_months.test(size_t(date.month())))
        return false;
    const bool domOk = m_daysOfMonth.test(size_t(date.day()));
    const bool dowOk = m_daysOfWeek.test(size_t(date.dayOfWeek() % 7));
    if (m_domRestricted && m_dowRestricted)
        return domOk || dowOk; // Vixie cron: either field matches
    return domOk && dowOk;
}

int Schedule::offsetAtMs(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

// Maps a local wall time (as milliseconds since the epoch, read as if it were UTC) to the instant it
// fires at, following the DST rules in the header.
qint64 Schedule::localToUtcMs(qint64 naive) const
{
    // The offsets a day before and a day after bracket any transition near this wall time.
    const int before = offsetAtMs(naive - kMsPerDay);
    const int after = offsetAtMs(naive + kMsPerDay);
    const qint64 uBefore = naive - qint64(before) * 1000;
    const qint64 uAfter = naive - qint64(after) * 1000;
    const bool validBefore = offsetAtMs(uBefore) == before;
    const bool validAfter = offsetAtMs(uAfter) == after;
    if (validBefore && validAfter)
        return std::min(uBefore, uAfter); // repeated wall time: its first occurrence
    if (validBefore)
        return uBefore;
    if (validAfter)
        return uAfter;
    // A gap (spring forward): the transition lies in (min, max] of the two readings. Fire at the
    // transition itself, the first instant whose wall time is past the gap. Binary search in seconds
    // so that this works on every QTimeZone backend (with or without transition data).
    qint64 lo = std::min(uBefore, uAfter) / 1000; // offset here: the old one
    qint64 hi = std::max(uBefore, uAfter) / 1000; // offset here: the new one
    const int oldOffset = offsetAtMs(lo * 1000);
    if (offsetAtMs(hi * 1000) == oldOffset)
        return uBefore; // inconsistent zone data: fall back to the earlier offset
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (offsetAtMs(mid * 1000) == oldOffset)
            lo = mid;
        else
            hi = mid;
    }
    return hi * 1000;
}

QDateTime Schedule::nextAfter(const QDateTime &afterTime) const
{
    if (!isValid() || !afterTime.isValid())
        return {};
    const qint64 afterMs = afterTime.toMSecsSinceEpoch();
    if (m_everySeconds > 0) {
        // Epoch-aligned multiples of the interval, strictly after `afterMs` (floor division, so that
        // times before 1970 work too). No zone involved: DST cannot add or drop a run.
        const qint64 periodMs = qint64(m_everySeconds) * 1000;
        const qint64 slot = afterMs >= 0 ? afterMs / periodMs : (afterMs - periodMs + 1) / periodMs;
        return QDateTime::fromMSecsSinceEpoch((slot + 1) * periodMs, Qt::UTC);
    }
    const qint64 afterNaive = afterMs + qint64(offsetAtMs(afterMs)) * 1000;
    const qint64 floorDiv = afterNaive >= 0 ? afterNaive / kMsPerDay : (afterNaive - kMsPerDay + 1) / kMsPerDay;
    // Start a day early: a fall-back can put the next fire time on the previous local date's clock.
    const QDate first = kEpoch.addDays(floorDiv - 1);
    for (int i = 0; i < kMaxSearchDays; ++i) {
        const QDate day = first.addDays(i);
        if (!firesOn(day))
            continue;
        const qint64 dayNaive = kEpoch.daysTo(day) * kMsPerDay;
        if (dayNaive + kMsPerDay < afterNaive - kMaxOffsetDropMs)
            continue; // the whole day lies before the reference time
        // Fast path: the same offset from a day before to a day after this date means no transition
        // can touch it, so every wall time maps to exactly one instant.
        const int offsetBefore = offsetAtMs(dayNaive - kMsPerDay);
        if (offsetBefore == offsetAtMs(dayNaive + 2 * kMsPerDay)) {
            const qint64 shift = qint64(offsetBefore) * 1000;
            // First minute whose instant is strictly after the reference time.
            const qint64 minMinute = (afterMs + shift - dayNaive) / kMsPerMinute;
            auto it = m_minutes.cbegin();
            if (minMinute >= 0)
                it = std::lower_bound(m_minutes.cbegin(), m_minutes.cend(), quint16(std::min<qint64>(minMinute, 1440)));
            for (; it != m_minutes.cend(); ++it) {
                const qint64 utc = dayNaive + *it * kMsPerMinute - shift;
                if (utc > afterMs)
                    return QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC);
            }
            continue;
        }
        for (quint16 minute : m_minutes) {
            const qint64 naive = dayNaive + minute * kMsPerMinute;
            if (naive < afterNaive - kMaxOffsetDropMs)
                continue; // cannot be after the reference time: skip the zone look-ups
            const qint64 utc = localToUtcMs(naive);
            if (utc > afterMs)
                return QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC);
        }
    }
    return {};
}

} // namespace mlc::scheduler
