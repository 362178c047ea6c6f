#include "schedulepreview.h"

#include "scheduler/schedule.h"

namespace mlc::tray {

SchedulePreview SchedulePreview::of(const QString &spec, const QString &timeZoneId, const QDateTime &after, int count)
{
    SchedulePreview out;
    const QString text = spec.trimmed().isEmpty() ? QStringLiteral("every 15m") : spec;
    const auto parsed = scheduler::Schedule::parse(text, timeZoneId.trimmed());
    if (!parsed.ok()) {
        out.error = parsed.error().message;
        return out;
    }
    out.secondsInterval = parsed->everySeconds() > 0 && parsed->everySeconds() < 60;
    QDateTime t = after;
    for (int i = 0; i < count; ++i) {
        t = parsed->nextAfter(t);
        if (!t.isValid())
            break;
        out.runs << t;
    }
    return out;
}

} // namespace mlc::tray
