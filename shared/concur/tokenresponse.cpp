#include "tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace mlc::concur {

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

Result<TokenGrant> parseTokenResponse(const QByteArray &body, const QDateTime &now)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(QStringLiteral("concur.malformed"),
                         QStringLiteral("Concur's token answer is not valid JSON."), err.errorString());
    }
    const QJsonObject o = doc.object();
    TokenGrant g;
    g.accessToken = o.value(QLatin1String("access_token")).toString();
    if (g.accessToken.isEmpty()) {
        return makeError(QStringLiteral("concur.malformed"),
                         QStringLiteral("Concur's token answer has no access token."));
    }
    g.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    g.geolocation = o.value(QLatin1String("geolocation")).toString();
    // "One hour lifetime" when absent or unreadable: the 401 path covers a wrong guess.
    if (const auto e = jsonInteger(o.value(QLatin1String("expires_in"))); e && *e > 0)
        g.expiresInSeconds = *e;
    if (const auto r = jsonInteger(o.value(QLatin1String("refresh_expires_in"))); r && *r > 0) {
        // Documented as epoch seconds ("convert to UTC"). A value before 2001 cannot be an epoch
        // for a live token, so it is read as a lifetime in seconds instead.
        g.refreshExpiresAt = *r >= 1000000000 ? QDateTime::fromSecsSinceEpoch(*r, Qt::UTC)
                                              : now.toUTC().addSecs(*r);
    }
    return g;
}

OAuthError parseOAuthError(const QByteArray &body)
{
    OAuthError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    if (const auto code = jsonInteger(o.value(QLatin1String("code"))))
        e.code = int(*code);
    e.error = o.value(QLatin1String("error")).toString().left(100);
    e.description = o.value(QLatin1String("error_description")).toString().left(300);
    e.geolocation = o.value(QLatin1String("geolocation")).toString();
    return e;
}

} // namespace mlc::concur
