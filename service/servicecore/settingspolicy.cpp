#include "settingspolicy.h"

#include "concur/concurhosts.h"
#include "concur/writebacklevel.h"
#include "core/tlspolicy.h"
#include "secrets/secretstore.h"
#include "store/store.h"

#include <QUrl>

namespace mlc::service {

namespace {

// Settings an operator may change (besides being able to read every setting). Prefixes end in '/'.
const QStringList &operatorSettings()
{
    static const QStringList keys = {
        QStringLiteral("schedule/spec"),     QStringLiteral("schedule/timeZone"),
        QStringLiteral("posting/"),          QStringLiteral("mapping/"),
        QStringLiteral("concur/pageLimit"),  QStringLiteral("concur/maxPagesPerCycle"),
        QStringLiteral("b1/useBatch"),       QStringLiteral("b1/batchSize"),
        QStringLiteral("b1/pageSize"),
    };
    return keys;
}

} // namespace

QString sandboxSettingKey()
{
    return QStringLiteral("sandbox/allowLoopback");
}

bool sandboxEnabled(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool sandboxEnabled(store::Store &store)
{
    const auto v = store.setting(sandboxSettingKey());
    return v.ok() && sandboxEnabled(v.value());
}

SettingAccess settingAccess(const QString &key)
{
    if (key.startsWith(QLatin1String("sandbox/")))
        return SettingAccess::LocalOnly;
    for (const QString &k : operatorSettings()) {
        if (k.endsWith(QLatin1Char('/')) ? key.startsWith(k) && key.size() > k.size() : key == k)
            return SettingAccess::Operator;
    }
    return SettingAccess::Admin;
}

QStringList secretsBoundTo(const QString &key)
{
    if (key == QLatin1String("b1/serviceRoot"))
        return {secretkey::B1Password};
    if (key == QLatin1String("concur/baseUrl") || key == QLatin1String("concur/clientId"))
        return {secretkey::ConcurClientSecret, secretkey::ConcurRequestToken, secretkey::ConcurCompanyToken};
    return {};
}

Result<void> checkEndpoint(const QString &key, const QString &value, bool sandbox)
{
    if (key == QLatin1String(concur::WriteBackSettingKey)) {
        if (!concur::writeBackLevelFromString(value))
            return makeError(QStringLiteral("config.invalid"),
                             QStringLiteral("%1 must be one of: %2.").arg(key, concur::writeBackLevelNames().join(QStringLiteral(", "))),
                             value.left(40));
        return {};
    }
    if (value.trimmed().isEmpty())
        return {}; // unsetting: nothing will be sent anywhere
    const auto refuse = [&](const QString &why) {
        return makeError(QStringLiteral("config.endpoint_refused"),
                         QStringLiteral("%1 refused: %2.").arg(key, why), value.left(200));
    };
    if (key == QLatin1String("concur/baseUrl")) {
        const auto url = concur::ConcurHosts::normaliseBaseUrl(value, sandbox);
        if (!url.ok())
            return refuse(url.error().message);
        return {};
    }
    if (key == QLatin1String("b1/serviceRoot")) {
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return refuse(QStringLiteral("not a valid URL"));
        if (!url.userInfo().isEmpty())
            return refuse(QStringLiteral("the URL carries user credentials"));
        TlsPolicy policy;
        policy.allowLoopback = sandbox;
        if (const QString why = policy.refusal(url); !why.isEmpty())
            return refuse(why);
        return {};
    }
    return {};
}

QString normalisedSettingValue(const QString &key, const QString &value)
{
    if (key == QLatin1String(concur::WriteBackSettingKey)) {
        if (const auto level = concur::writeBackLevelFromString(value))
            return concur::toString(*level);
    }
    return value;
}

Result<QStringList> clearBoundSecrets(SecretStore &secrets, const QString &key, const QString &before,
                                      const QString &after)
{
    QStringList removed;
    // The first endpoint binds the secrets an admin may have stored before it; the same endpoint
    // keeps them. Any other change, unsetting included (else unset + set would keep them), clears.
    if (before.trimmed().isEmpty() || before.trimmed() == after.trimmed())
        return removed;
    for (const QString &secret : secretsBoundTo(key)) {
        const auto had = secrets.read(secret);
        if (auto r = secrets.remove(secret); !r.ok())
            return r.error();
        if (had.ok())
            removed << secret;
    }
    return removed;
}

} // namespace mlc::service
