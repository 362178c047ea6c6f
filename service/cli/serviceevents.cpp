#include "serviceevents.h"

#include "core/logging.h"
#include "logging/logrouter.h"
#include "text.h"

#include <QJsonArray>

namespace mlc::cli {

bool isAuthenticationError(const QString &code)
{
    static const QStringList codes = {QStringLiteral("b1.auth"),           QStringLiteral("concur.auth"),
                                      QStringLiteral("concur.unauthorized"), QStringLiteral("concur.reauth_required"),
                                      QStringLiteral("concur.onboarding_failed"), QStringLiteral("concur.client_refused")};
    return codes.contains(code);
}

bool isConfigurationError(const QString &code)
{
    return code.startsWith(QLatin1String("config")) || code.startsWith(QLatin1String("secret"))
        || code == QLatin1String("concur.config") || code == QLatin1String("concur.not_onboarded")
        || code == QLatin1String("b1.tls") || code == QLatin1String("concur.host_refused");
}

QList<ServiceEvent> eventsForCycle(const QJsonObject &s)
{
    QList<ServiceEvent> events;
    const auto n = [&s](const char *key) { return s.value(QLatin1String(key)).toInt(); };
    const QString reason = s.value(QStringLiteral("reason")).toString();
    const QString error = s.value(QStringLiteral("error")).toString();
    QStringList codes;
    if (!s.value(QStringLiteral("errorCode")).toString().isEmpty())
        codes << s.value(QStringLiteral("errorCode")).toString();
    for (const QJsonValue &c : s.value(QStringLiteral("errorCodes")).toArray())
        codes << c.toString();
    QStringList problems;
    if (!error.isEmpty())
        problems << error;
    for (const QJsonValue &e : s.value(QStringLiteral("errors")).toArray())
        problems << e.toString();

    for (const QString &code : std::as_const(codes)) {
        if (isAuthenticationError(code)) {
            events << ServiceEvent{logging::EventId::AuthFailure, QtCriticalMsg,
                                   tr("%1. Check the credentials with `ml-connector test-connections`.").arg(problems.join(QStringLiteral("; ")))};
            break;
        }
        if (isConfigurationError(code)) {
            events << ServiceEvent{logging::EventId::ConfigError, QtCriticalMsg, problems.join(QStringLiteral("; "))};
            break;
        }
    }
    const int failed = n("failed");
    const int pending = n("pending");
    if (failed > 0 || pending > 0) {
        events << ServiceEvent{logging::EventId::PostingFailure, QtCriticalMsg,
                               tr("%1 document(s) failed and will be retried; %2 with an unknown outcome will be "
                                  "looked up in SAP Business One before anything is posted again. "
                                  "Details: ml-connector audit show.")
                                   .arg(failed)
                                   .arg(pending)};
    }
    const int review = n("review");
    if (review > 0) {
        events << ServiceEvent{logging::EventId::NewReviewItems, QtWarningMsg,
                               tr("%1 new document(s) need a decision in the review queue (ml-connector review list).").arg(review)};
    }
    const int touched = n("fetched") + n("posted") + n("recovered") + review + failed + pending;
    const bool ok = s.value(QStringLiteral("ok")).toBool();
    if (touched > 0 || !ok) {
        events << ServiceEvent{logging::EventId::CycleSummary, ok ? QtInfoMsg : QtWarningMsg,
                               tr("%1 cycle: fetched %2, posted %3, recovered %4, to review %5, failed %6, pending %7%8.")
                                   .arg(reason)
                                   .arg(n("fetched"))
                                   .arg(n("posted"))
                                   .arg(n("recovered"))
                                   .arg(review)
                                   .arg(failed)
                                   .arg(pending)
                                   .arg(problems.isEmpty() ? QString() : QStringLiteral("; ") + problems.join(QStringLiteral("; ")))};
    }
    return events;
}

bool EventThrottle::allow(ServiceEvent &event, const QDateTime &now)
{
    if (event.type != QtWarningMsg && event.type != QtCriticalMsg && event.type != QtFatalMsg)
        return true;
    const QString key = QString::number(unsigned(event.id)) + QLatin1Char('|') + event.message;
    auto it = m_seen.find(key);
    if (it == m_seen.end()) {
        m_seen.insert(key, Seen{now, 0});
        return true;
    }
    if (it->reportedAt.secsTo(now) < m_window) {
        ++it->repeats;
        return false;
    }
    if (it->repeats > 0)
        event.message += QLatin1Char(' ')
            + tr("(The same happened %n more time(s) since %1.)", nullptr, it->repeats).arg(it->reportedAt.toString(Qt::ISODate));
    it->reportedAt = now;
    it->repeats = 0;
    return true;
}

void reportEvents(QList<ServiceEvent> events, EventThrottle *throttle, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    for (ServiceEvent &e : events) {
        if (throttle && !throttle->allow(e, at)) {
            qCInfo(lcService).noquote() << "repeat of event" << unsigned(e.id) << "(not reported again yet):" << e.message;
            continue;
        }
        logging::LogRouter::event(e.id, e.type, e.message);
    }
}

} // namespace mlc::cli
