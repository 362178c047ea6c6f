#include "secrets/filesecretstore.h"
#ifdef Q_OS_WIN
#include "secrets/ownerfile.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>

namespace mlc {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error fileError(const QString &message, const QString &detail = {})
{
    return makeError(QStringLiteral("secret.file"), message, detail);
}

#ifndef Q_OS_WIN
int unixMode(QFileDevice::Permissions p)
{
    // Qt keeps owner bits at 0x7000 (plus "user" at 0x700), group at 0x70, other at 0x7.
    const int v = int(p);
    return (((v >> 12) & 7) << 6) | (((v >> 4) & 7) << 3) | (v & 7);
}
#endif

// Group/other bits on a secret file mean someone else on the machine may read the credentials.
Result<void> checkPermissions(const QString &path)
{
#ifndef Q_OS_WIN
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions foreign = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (p & foreign) {
        return makeError(QStringLiteral("secret.insecure_file"),
                         QStringLiteral("The secret file %1 is accessible to other users; refusing to use it. "
                                        "Run: chmod 600 %1")
                             .arg(path),
                         QStringLiteral("mode %1").arg(unixMode(p), 4, 8, QLatin1Char('0')));
    }
#else
    return ownerfile::check(path); // the DACL allows nobody but the owner
#endif
    return {};
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path) : m_path(path) {}

QString FileSecretStore::backendName() const
{
#ifdef Q_OS_WIN
    return QStringLiteral("file (owner-only)");
#else
    return QStringLiteral("file (0600)");
#endif
}

Result<void> FileSecretStore::check()
{
    QMutexLocker lock(&m_mutex);
    auto loaded = load();
    if (!loaded.ok())
        return loaded.error();
    return {};
}

Result<QHash<QString, QByteArray>> FileSecretStore::load() const
{
    QHash<QString, QByteArray> values;
    if (m_path.isEmpty())
        return fileError(QStringLiteral("No secret file path is configured."));
    QFile file(m_path);
    if (!file.exists())
        return values; // created on the first write
    if (auto perm = checkPermissions(m_path); !perm.ok())
        return perm.error();
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("Cannot read the secret file %1.").arg(m_path), file.errorString());
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return values;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (doc.isNull() || !doc.isObject()) {
        // The parser's message carries an offset only, never file content.
        return fileError(QStringLiteral("The secret file %1 is not valid JSON.").arg(m_path), pe.errorString());
    }
    const QJsonObject secrets = doc.object().value(QLatin1String("secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        auto decoded = QByteArray::fromBase64Encoding(it.value().toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fileError(QStringLiteral("The secret file %1 has a malformed value for \"%2\".").arg(m_path, it.key()));
        values.insert(it.key(), *decoded);
    }
    return values;
}

Result<void> FileSecretStore::save(const QHash<QString, QByteArray> &values) const
{
    QJsonObject secrets;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        secrets.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String("ml-connector secrets"));
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("secrets"), secrets);

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fileError(QStringLiteral("Cannot create the folder of the secret file %1.").arg(m_path));
#ifdef Q_OS_WIN
    // Created with an owner-only, protected DACL: in %ProgramData%\ml-connector the file would
    // otherwise inherit the folder's ACL, which lets the operators group read.
    return ownerfile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
#endif
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(QStringLiteral("Cannot write the secret file %1.").arg(m_path), file.errorString());
    // Restrict the temporary file before any secret byte is written to it: QSaveFile would
    // otherwise give a new file the umask default (often 0644) until we chmod after the rename.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return fileError(QStringLiteral("Cannot restrict the permissions of the secret file %1.").arg(m_path),
                         file.errorString());
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fileError(QStringLiteral("Cannot write the secret file %1.").arg(m_path), file.errorString());
#ifndef Q_OS_WIN
    // Belt and braces: the renamed file must be owner-only whatever the temp file got.
    if (QFile::permissions(m_path) != kOwnerOnly && !QFile::setPermissions(m_path, kOwnerOnly))
        return fileError(QStringLiteral("Cannot restrict the permissions of the secret file %1.").arg(m_path));
#endif
    return {};
}

Result<QByteArray> FileSecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto values = load();
    if (!values.ok())
        return values.error();
    const auto it = values->constFind(key);
    if (it == values->constEnd())
        return makeError(QStringLiteral("secret.not_found"),
                         QStringLiteral("No secret is stored for \"%1\" in %2.").arg(key, m_path));
    return it.value();
}

Result<void> FileSecretStore::write(const QString &key, const QByteArray &value)
{
    if (key.isEmpty())
        return makeError(QStringLiteral("secret.invalid_key"), QStringLiteral("A secret needs a non-empty key."));
    QMutexLocker lock(&m_mutex);
    auto values = load();
    if (!values.ok())
        return values.error();
    values->insert(key, value);
    return save(*values);
}

Result<void> FileSecretStore::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto values = load();
    if (!values.ok())
        return values.error();
    if (!values->remove(key))
        return {};
    return save(*values);
}

} // namespace mlc
