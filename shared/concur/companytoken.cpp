#include "companytoken.h"

#include "concurhosts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mlc::concur {

QByteArray CompanyToken::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("refresh_token"), refreshToken);
    o.insert(QLatin1String("geolocation"), geolocation.toString());
    if (refreshExpiresAt.isValid())
        o.insert(QLatin1String("refresh_expires_at"), refreshExpiresAt.toUTC().toString(Qt::ISODate));
    if (refreshedAt.isValid())
        o.insert(QLatin1String("refreshed_at"), refreshedAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CompanyToken> CompanyToken::fromJson(const QByteArray &json)
{
    const auto corrupt = [](const QString &why) {
        return makeError(QStringLiteral("concur.token_corrupt"),
                         QStringLiteral("The stored Concur company token is unreadable; connect the company to "
                                        "Concur again with a new company request token."),
                         why);
    };
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    CompanyToken t;
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    if (t.refreshToken.isEmpty())
        return corrupt(QStringLiteral("no refresh_token"));
    // Parsing only: the stored geolocation is checked against the settings (the sandbox decides
    // about loopback) before every request (ConcurTransport).
    const auto geo = ConcurHosts::normaliseBaseUrl(o.value(QLatin1String("geolocation")).toString(), /*allowLoopback*/ true);
    if (!geo.ok())
        return geo.error();
    t.geolocation = geo.value();
    t.refreshExpiresAt = QDateTime::fromString(o.value(QLatin1String("refresh_expires_at")).toString(), Qt::ISODate);
    t.refreshedAt = QDateTime::fromString(o.value(QLatin1String("refreshed_at")).toString(), Qt::ISODate);
    return t;
}

} // namespace mlc::concur
