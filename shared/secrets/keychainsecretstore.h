#pragma once
// Secrets in the OS keychain through QtKeychain: Windows Credential Manager, macOS Keychain, the
// freedesktop Secret Service (gnome-keyring, KWallet) on Linux. QtKeychain is asynchronous; each
// call here runs its job in a local QEventLoop, so call it from a thread with no re-entrancy
// concerns (the service's main thread). QtKeychain's own insecure fallback is never enabled: on the
// libsecret path it does nothing, elsewhere it would write plaintext (build-environment.md §4).
#include "secrets/secretstore.h"

namespace QKeychain { class Job; }

namespace mlc {

class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(const QString &serviceName);

    Result<QByteArray> read(const QString &key) override;
    Result<void> write(const QString &key, const QByteArray &value) override;
    Result<void> remove(const QString &key) override;
    QString backendName() const override;

    QString serviceName() const { return m_service; }
    // The keychain entry's name: "<service>/<key>", e.g. "ml-connector/sapb1/password".
    QString entryName(const QString &key) const;

private:
    QString m_service;
};

} // namespace mlc
