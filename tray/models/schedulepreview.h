#pragma once
// The schedule as the Settings page previews it: the next runs of a `schedule/spec` in its zone,
// or why the text is not a schedule (the service's own parser, so the preview is what will run).
#include <QDateTime>
#include <QList>
#include <QString>

namespace mlc::tray {

struct SchedulePreview {
    QList<QDateTime> runs; // UTC, ascending; empty when the spec is invalid or never fires
    QString error;         // the parser's message for an invalid spec
    bool secondsInterval = false; // "every Ns": meant for the sandbox and tests

    // An empty spec means the service's default ("every 15m").
    static SchedulePreview of(const QString &spec, const QString &timeZoneId, const QDateTime &after, int count = 5);
};

} // namespace mlc::tray
