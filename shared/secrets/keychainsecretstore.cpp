#include "secrets/keychainsecretstore.h"

#include "core/logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

#include <memory>

namespace mlc {
namespace {

// Runs a job to completion in a local event loop. Some backends report an error synchronously
// from start() (for example "no backend"), hence the flag checked before exec().
void runBlocking(QKeychain::Job &job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool looksLikeMissingService(const QString &text)
{
    // QtKeychain reports an unreachable or unusable Secret Service / KWallet as OtherError with the
    // D-Bus text, e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY", "The name
    // org.freedesktop.secrets was not provided by any .service files", "Object does not exist at
    // path .../collection/login" (no unlocked keyring), "Could not open wallet".
    static const char *const markers[] = {"D-Bus", "DBus", "dbus", "org.freedesktop", "Object does not exist",
                                          "wallet", "Wallet", "secret service", "Secret Service"};
    for (const char *m : markers) {
        if (text.contains(QLatin1String(m)))
            return true;
    }
    return false;
}

// Job::errorString() describes the backend failure, never the secret itself.
Error mapError(const QKeychain::Job &job, const QString &service, const QString &key, const char *op)
{
    const QString detail = QStringLiteral("keychain %1 of %2/%3: error %4: %5")
                               .arg(QLatin1String(op), service, key)
                               .arg(int(job.error()))
                               .arg(job.errorString());
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(QStringLiteral("secret.not_found"),
                         QStringLiteral("No secret is stored for \"%1\" in the keychain.").arg(key), detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(QStringLiteral("secret.access_denied"),
                         QStringLiteral("The keychain refused access to \"%1\" (is the keyring locked?).").arg(key),
                         detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(QStringLiteral("secret.backend_unavailable"),
                         QStringLiteral("No keychain is available on this machine. On a headless Linux server, "
                                        "configure a Secret Service or an explicit secret file (file:<path>)."),
                         detail);
    case QKeychain::CouldNotDeleteEntry:
        return makeError(QStringLiteral("secret.delete_failed"),
                         QStringLiteral("The keychain could not delete \"%1\".").arg(key), detail);
    case QKeychain::OtherError:
    default:
        if (looksLikeMissingService(job.errorString()))
            return makeError(QStringLiteral("secret.backend_unavailable"),
                             QStringLiteral("The keychain service is not reachable or not unlocked. On a headless "
                                            "Linux server, configure a Secret Service or an explicit secret file "
                                            "(file:<path>)."),
                             detail);
        return makeError(QStringLiteral("secret.backend_error"),
                         QStringLiteral("The keychain failed for \"%1\".").arg(key), detail);
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &serviceName) : m_service(serviceName) {}

QString KeychainSecretStore::entryName(const QString &key) const
{
    // The Windows Credential Manager backend names a credential by the key alone and ignores the
    // service, so "sapb1/password" of two installations (or of any other QtKeychain user) would be
    // one credential; seen under wine with QtKeychain 0.15. Qualify the key on every platform.
    return m_service + QLatin1Char('/') + key;
}

Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    // setAutoDelete(false): the job is read after finished(); we own and delete it.
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(entryName(key));
    runBlocking(*job);
    if (job->error() != QKeychain::NoError)
        return mapError(*job, m_service, key, "read");
    return job->binaryData();
}

Result<void> KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    if (key.isEmpty())
        return makeError(QStringLiteral("secret.invalid_key"), QStringLiteral("A secret needs a non-empty key."));
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(entryName(key));
    job->setBinaryData(value);
    runBlocking(*job);
    if (job->error() != QKeychain::NoError)
        return mapError(*job, m_service, key, "write");
    qCDebug(lcService) << "secret written to keychain:" << key;
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(entryName(key));
    runBlocking(*job);
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {};
    return mapError(*job, m_service, key, "delete");
}

QString KeychainSecretStore::backendName() const
{
    return QStringLiteral("keychain (%1)").arg(m_service);
}

} // namespace mlc
