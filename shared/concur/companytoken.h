#pragma once
// What survives a restart of the company token: the refresh token, the geolocation it is bound
// to and its expiry, stored TOGETHER as one JSON value under secretkey::ConcurCompanyToken so that
// a rotated refresh token and a re-homed geolocation are persisted in one atomic write.
// The access token is never persisted ("should be cached in memory").
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace mlc::concur {

struct CompanyToken {
    QString refreshToken;
    QUrl geolocation;           // normalised scheme://host[:port], allow-listed
    QDateTime refreshExpiresAt; // UTC; invalid when Concur did not say
    QDateTime refreshedAt;      // UTC of the last successful grant (daily keep-alive)

    bool isValid() const { return !refreshToken.isEmpty() && geolocation.isValid(); }
    // {"refresh_token","geolocation","refresh_expires_at","refreshed_at"}; dates ISO 8601 UTC.
    QByteArray toJson() const;
    // Re-validates the geolocation against the allow-list (the store could have been tampered
    // with). Error "concur.token_corrupt" when unreadable.
    static Result<CompanyToken> fromJson(const QByteArray &json);
};

} // namespace mlc::concur
