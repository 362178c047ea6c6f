#include "concurtransport.h"

#include "concurhosts.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>

namespace mlc::concur {

QString correlationIdOf(const HttpResponse &response)
{
    const QByteArray id = response.header("concur-correlationid");
    return id.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(id.left(80));
}

ConcurTransport::ConcurTransport(HttpClient &http, const ConcurSettings &settings)
    : m_http(http)
    , m_settings(settings)
{
}

bool ConcurTransport::isAllowedCall(const QByteArray &method, const QUrl &url, WriteBackLevel level)
{
    if (method == "GET")
        return true;
    if (method != "POST")
        return false;
    if (url.path() == QLatin1String(TokenPath))
        return true;
    return !url.hasQuery() && admitsWriteRoute(level, fisWriteRoute(url.path()));
}

int ConcurTransport::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    // HTTP date (IMF-fixdate, "Sun, 01 Mar 2026 12:00:30 GMT"); Qt's RFC 2822 parser wants a
    // numeric zone.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(at), 0, 24 * 3600));
}

int ConcurTransport::throttleDelayMs(const HttpResponse &response, int attempt) const
{
    int seconds = parseRetryAfter(response.header("retry-after"), m_settings.now());
    if (seconds < 0) // no usable Retry-After: exponential backoff from the floor
        seconds = std::max(1, m_settings.minRetryAfterSeconds) << std::min(attempt, 8);
    seconds = std::max(seconds, m_settings.minRetryAfterSeconds);
    seconds = std::min(seconds, std::max(0, m_settings.maxRetryAfterSeconds));
    return seconds * 1000;
}

bool ConcurTransport::waitMs(int ms) const
{
    if (stopRequested())
        return false;
    if (ms <= 0)
        return true;
    if (m_settings.sleep) {
        m_settings.sleep(ms);
        return !stopRequested();
    }
    // A local event loop instead of QThread::msleep: during a Retry-After of 20 s the service's
    // pipe (same thread) must answer status requests and see a stop. Timers and socket events are
    // served; a GUI host keeps user input out, as HttpClient::send does.
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    if (m_settings.stopRequested) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (stopRequested())
                loop.quit();
        });
        poll.start(50);
    }
    done.start(ms);
    static const bool gui = QCoreApplication::instance() && QCoreApplication::instance()->inherits("QGuiApplication");
    loop.exec(gui ? QEventLoop::ExcludeUserInputEvents : QEventLoop::AllEvents);
    return !stopRequested();
}

namespace {

HttpResponse cancelled(const HttpResponse &last)
{
    HttpResponse r;
    r.error = TransportError::Cancelled;
    r.errorString = QStringLiteral("stopped while waiting to retry (last answer: %1)")
                        .arg(last.transportFailed() ? last.errorString : QStringLiteral("HTTP %1").arg(last.status));
    return r;
}

} // namespace

HttpResponse ConcurTransport::send(const HttpRequest &request)
{
    const QString where = request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (!isAllowedCall(request.method, request.url, m_settings.writeBack)) {
        // A write the write-back level does not admit is a programming error, never sent.
        qCCritical(lcConcur) << "refused a write call toward Concur:" << request.method << where
                             << "(write-back level" << toString(m_settings.writeBack) << ")";
        HttpResponse refused;
        refused.error = TransportError::PolicyRefused;
        refused.errorString = QStringLiteral("the write-back level %3 does not allow %1 %2 toward Concur")
                                  .arg(QString::fromLatin1(request.method), request.url.path(), toString(m_settings.writeBack));
        return refused;
    }
    if (const auto base = ConcurHosts::normaliseBaseUrl(request.url.toString(QUrl::RemovePath | QUrl::RemoveQuery),
                                                     m_settings.allowLoopback);
        !base.ok()) {
        qCCritical(lcConcur) << "refused a call to a non-Concur host:" << base.error().toString();
        HttpResponse refused;
        refused.error = TransportError::PolicyRefused;
        refused.errorString = base.error().message;
        return refused;
    }

    const bool idempotent = request.method == "GET";
    int throttleAttempt = 0;
    int transportAttempt = 0;
    for (;;) {
        HttpResponse response = m_http.send(request);
        if (response.transportFailed()) {
            qCWarning(lcConcur) << request.method << where << "failed:" << response.errorString;
            // Not retried: a refusal of ours, a TLS failure, an answer over the size cap (it would
            // be as large again) and a cancelled wait.
            const bool retryable = response.error != TransportError::PolicyRefused && response.error != TransportError::Tls
                && response.error != TransportError::TooLarge && response.error != TransportError::Cancelled;
            if (idempotent && retryable && transportAttempt < m_settings.maxTransportRetries) {
                if (!waitMs(std::max(0, m_settings.minRetryAfterSeconds) * 1000 << transportAttempt))
                    return cancelled(response);
                ++transportAttempt;
                continue;
            }
            return response;
        }
        qCDebug(lcConcur) << request.method << where << response.status
                          << "concur-correlationid" << correlationIdOf(response);
        if ((response.status == 429 || response.status == 503) && throttleAttempt < m_settings.maxThrottleRetries) {
            ++m_throttled;
            const int delay = throttleDelayMs(response, throttleAttempt);
            qCWarning(lcConcur).nospace() << "Concur answered " << response.status << " to " << where
                                          << " (concur-correlationid " << correlationIdOf(response)
                                          << "); retrying in " << delay << " ms";
            if (!waitMs(delay))
                return cancelled(response);
            ++throttleAttempt;
            continue;
        }
        return response;
    }
}

} // namespace mlc::concur
