#include "secrets/memorysecretstore.h"

#include <QMutexLocker>

namespace mlc {

Result<QByteArray> MemorySecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return makeError(QStringLiteral("secret.not_found"), QStringLiteral("No secret is stored for \"%1\".").arg(key));
    return it.value();
}

Result<void> MemorySecretStore::write(const QString &key, const QByteArray &value)
{
    if (key.isEmpty())
        return makeError(QStringLiteral("secret.invalid_key"), QStringLiteral("A secret needs a non-empty key."));
    QMutexLocker lock(&m_mutex);
    m_values.insert(key, value);
    return {};
}

Result<void> MemorySecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_values.remove(key);
    return {};
}

QString MemorySecretStore::backendName() const
{
    return QStringLiteral("memory");
}

} // namespace mlc
