#pragma once
// Service Layer errors → mlc::Error. B1 sends two body shapes for the same thing (OData v3 vs v4,
// and 401s even on v1 in production): {"error":{"code":-10,"message":{"lang":"en-us","value":"…"}}}
// and {"error":{"code":"301","message":"…"}}. Classification follows the exactly-once rules
// (design §3): a POST whose outcome we cannot know (timeout, dropped connection, any 5xx) is
// "b1.unknown_outcome" so the caller looks the entry up before posting again.
#include "core/httpclient.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace mlc::sapb1 {

namespace errc {
inline const QString Business = QStringLiteral("b1.business");             // 4xx: B1 rejected it, nothing posted
inline const QString Session = QStringLiteral("b1.session");               // 401/301 even after a fresh login
inline const QString Auth = QStringLiteral("b1.auth");                     // login refused (100000027 …)
inline const QString Transient = QStringLiteral("b1.transient");           // nothing committed: retry later
inline const QString UnknownOutcome = QStringLiteral("b1.unknown_outcome"); // may have committed: look up first
inline const QString Tls = QStringLiteral("b1.tls");                       // certificate refused (detail: sha256=…)
inline const QString Protocol = QStringLiteral("b1.protocol");             // 2xx with a body we cannot read
}

struct B1ErrorBody {
    bool parsed = false; // false when the body is not a B1 error object (empty 500, Apache HTML…)
    QString code;        // "-10", "301", "100000027" — always as text
    QString message;     // B1's text (message.value or the message string)
};

B1ErrorBody parseB1ErrorBody(const QByteArray &body);

enum class RequestKind {
    Read,  // GET: safe to repeat, failures are transient
    Write, // POST/PATCH with side effects: an unanswered request has an unknown outcome
    Login, // POST Login: refused credentials are b1.auth
};

// Turns a non-2xx or failed response into an Error. `what` names the call for the detail
// ("POST JournalEntries"); it must not contain secrets.
Error classifyFailure(const HttpResponse &response, RequestKind kind, const QString &what);

// "sha256=<lower-case hex>" of the presented leaf certificate, or empty.
QByteArray presentedFingerprint(const HttpResponse &response);

} // namespace mlc::sapb1
