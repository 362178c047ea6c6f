// Non-secret settings. Secrets live in the SecretStore only; a key that looks like a secret
// (password, client secret, token) is refused so a password can never land in the database by
// mistake.
#include "store/store.h"
#include "store/storeimpl_p.h"

namespace mlc::store {

bool Store::looksSecret(const QString &settingKey)
{
    // Word by word ("concur/clientSecret" -> concur, client, secret), so that the configuration of
    // the secret store itself ("secrets/backend") stays a normal setting while any password,
    // client secret or (refresh/access/request) token is refused.
    auto secretWord = [](const QString &w) {
        const QString word = w.toLower();
        return word.contains(QLatin1String("password")) || word.contains(QLatin1String("passwd"))
            || word == QLatin1String("pwd") || word.endsWith(QLatin1String("secret"))
            || word.endsWith(QLatin1String("token"));
    };
    QString word;
    for (int i = 0; i < settingKey.size(); ++i) {
        const QChar c = settingKey.at(i);
        const bool camelBreak = c.isUpper() && i > 0 && settingKey.at(i - 1).isLower();
        if (!c.isLetterOrNumber() || camelBreak) {
            if (secretWord(word))
                return true;
            word.clear();
        }
        if (c.isLetterOrNumber())
            word += c;
    }
    return secretWord(word);
}

Result<QString> Store::setting(const QString &key, const QString &fallback)
{
    auto q = d->stmt(Stmt::SettingGet);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    s.bindValue(0, key);
    FinishGuard guard{&s};
    if (auto r = execStmt(s, QStringLiteral("setting")); !r.ok())
        return r.error();
    return s.next() ? s.value(0).toString() : fallback;
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    if (m_readOnly)
        return readOnlyError();
    if (key.isEmpty())
        return makeError(QStringLiteral("store.invalid"), QStringLiteral("A setting needs a key."));
    if (looksSecret(key))
        return makeError(QStringLiteral("store.secret_setting"),
                         QStringLiteral("\"%1\" looks like a secret; secrets are kept in the keychain, never in "
                                        "the database.")
                             .arg(key));
    auto q = d->stmt(Stmt::SettingPut);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    s.bindValue(0, key);
    s.bindValue(1, value.isNull() ? QStringLiteral("") : value);
    s.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    return execStmt(s, QStringLiteral("setSetting ") + key);
}

Result<void> Store::removeSetting(const QString &key)
{
    if (m_readOnly)
        return readOnlyError();
    auto q = d->stmt(Stmt::SettingRemove);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, key);
    return execStmt(**q, QStringLiteral("removeSetting ") + key);
}

Result<QHash<QString, QString>> Store::settings(const QString &prefix)
{
    auto q = d->stmt(Stmt::SettingsAll);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    FinishGuard guard{&s};
    if (auto r = execStmt(s, QStringLiteral("settings")); !r.ok())
        return r.error();
    QHash<QString, QString> out;
    while (s.next()) {
        const QString key = s.value(0).toString();
        if (prefix.isEmpty() || key.startsWith(prefix))
            out.insert(key, s.value(1).toString());
    }
    return out;
}

} // namespace mlc::store
