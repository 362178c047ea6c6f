#include "b1error.h"

#include "core/tlspolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mlc::sapb1 {

B1ErrorBody parseB1ErrorBody(const QByteArray &body)
{
    B1ErrorBody out;
    if (body.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue error = doc.object().value(QLatin1String("error"));
    if (!error.isObject())
        return out;
    const QJsonObject e = error.toObject();
    const QJsonValue code = e.value(QLatin1String("code"));
    if (code.isDouble())
        out.code = QString::number(qint64(code.toDouble()));
    else
        out.code = code.toString();
    const QJsonValue message = e.value(QLatin1String("message"));
    if (message.isObject())
        out.message = message.toObject().value(QLatin1String("value")).toString();
    else
        out.message = message.toString();
    out.parsed = true;
    return out;
}

QByteArray presentedFingerprint(const HttpResponse &response)
{
    if (response.peerChain.isEmpty())
        return {};
    return TlsPolicy::fingerprintOf(response.peerChain.first());
}

namespace {

QString statusDetail(const HttpResponse &r, const B1ErrorBody &b, const QString &what)
{
    QString d = what + QStringLiteral(": HTTP ") + QString::number(r.status);
    if (b.parsed && !b.code.isEmpty())
        d += QStringLiteral(", B1 code ") + b.code;
    return d;
}

} // namespace

Error classifyFailure(const HttpResponse &r, RequestKind kind, const QString &what)
{
    if (r.transportFailed()) {
        const QString detail = what + QStringLiteral(": ") + r.errorString;
        switch (r.error) {
        case TransportError::Tls: {
            const QByteArray fp = presentedFingerprint(r);
            // The admin pins this fingerprint after checking it on the B1 server (first connect).
            return makeError(errc::Tls,
                             QStringLiteral("The Service Layer's TLS certificate is not trusted; pin its SHA-256 "
                                            "fingerprint or configure its CA file."),
                             fp.isEmpty() ? detail
                                          : detail + QStringLiteral("; sha256=") + QString::fromLatin1(fp));
        }
        case TransportError::ConnectionRefused:
        case TransportError::HostNotFound:
            return makeError(errc::Transient, QStringLiteral("The Service Layer cannot be reached."), detail);
        case TransportError::PolicyRefused:
            return makeError(errc::Transient,
                             QStringLiteral("The Service Layer address was refused: it must use HTTPS, and this computer "
                                            "(loopback) is only allowed in the sandbox (sandbox/allowLoopback)."),
                             detail);
        case TransportError::Cancelled: // nothing was sent
            return makeError(errc::Transient, QStringLiteral("The request to the Service Layer was cancelled."), detail);
        case TransportError::TooLarge:
            // B1 answered (and so acted on a write), but more than we read into memory.
            if (kind == RequestKind::Write)
                return makeError(errc::UnknownOutcome,
                                 QStringLiteral("The Service Layer's answer was too large to read; the entry may have "
                                                "been posted."),
                                 detail);
            return makeError(errc::Transient,
                             QStringLiteral("The Service Layer's answer was too large to read; use a smaller page size "
                                            "(b1/pageSize)."),
                             detail);
        case TransportError::Timeout:
        case TransportError::Dropped:
        case TransportError::Other:
        case TransportError::None:
            break;
        }
        if (kind == RequestKind::Write)
            return makeError(errc::UnknownOutcome,
                             QStringLiteral("The Service Layer did not answer; the entry may have been posted."), detail);
        return makeError(errc::Transient, QStringLiteral("The Service Layer did not answer."), detail);
    }

    const B1ErrorBody b = parseB1ErrorBody(r.body);
    const QString detail = statusDetail(r, b, what);
    const QString b1Text = b.message.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status) : b.message;

    if (kind == RequestKind::Login) {
        if (r.status >= 500 || r.status == 429)
            return makeError(errc::Transient, QStringLiteral("The Service Layer could not log in: ") + b1Text, detail);
        // 401 + 100000027 "Login failed", 100000055 user locked, wrong CompanyDB, SLD binding …
        return makeError(errc::Auth, QStringLiteral("Login to SAP Business One failed: ") + b1Text, detail);
    }
    if (r.status == 401)
        return makeError(errc::Session, QStringLiteral("The Service Layer session was rejected: ") + b1Text, detail);
    if (r.status == 429)
        return makeError(errc::Transient, QStringLiteral("The Service Layer is busy: ") + b1Text, detail);
    if (r.status >= 500 || r.status < 400) {
        // An empty 500 is what Apache answers when it cut the request; a 5xx on a POST may come
        // after the commit (lost response), so only a lookup can tell.
        if (kind == RequestKind::Write)
            return makeError(errc::UnknownOutcome,
                             QStringLiteral("The Service Layer failed while posting; the entry may have been posted: ")
                                 + b1Text,
                             detail);
        return makeError(errc::Transient, QStringLiteral("The Service Layer failed: ") + b1Text, detail);
    }
    return makeError(errc::Business, b1Text, detail);
}

} // namespace mlc::sapb1
