#pragma once
// Parsing of /oauth2/v0/token answers. Pure functions, unit-tested on the documented quirks:
// expires_in as "3600" (apidoc) or 3600 (tmc-overview), refresh_expires_in as epoch seconds,
// refresh_token sometimes absent, geolocation sometimes carrying "/oauth2/v0/token".
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace mlc::concur {

struct TokenGrant {
    QString accessToken;
    QString refreshToken;        // empty when Concur did not return one (keep the old one)
    QString geolocation;         // raw, as sent; normalise with ConcurHosts before use
    qint64 expiresInSeconds = 3600;
    QDateTime refreshExpiresAt;  // UTC; invalid when absent
};

// Error code "concur.malformed" when the body is not a JSON object with an access_token.
// `now` resolves a refresh_expires_in that is a duration rather than an epoch.
Result<TokenGrant> parseTokenResponse(const QByteArray &body, const QDateTime &now);

// The 4xx body {"code","error","error_description","geolocation"}; code -1 when absent.
struct OAuthError {
    int code = -1;
    QString error;
    QString description;
    QString geolocation;
};
OAuthError parseOAuthError(const QByteArray &body);

// An integer sent as a JSON number or a numeric string; nullopt otherwise.
std::optional<qint64> jsonInteger(const QJsonValue &value);

} // namespace mlc::concur
