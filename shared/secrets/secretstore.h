#pragma once
// Where secrets live: the OS keychain (QtKeychain) behind this interface, memory in tests, or -
// only when an admin explicitly configures it for a headless server without a Secret Service - a
// 0600 JSON file (FileSecretStore). Never the database, logs, command lines or test output. Calls
// block (a keychain job runs in a local event loop) and are made from the thread that owns the store.
// Implementations: memorysecretstore.h, keychainsecretstore.h, filesecretstore.h; the factory
// createSecretStore() is in secretstorefactory.h.
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace mlc {

// Well-known secret keys.
namespace secretkey {
inline const QString ConcurClientSecret = QStringLiteral("concur/client_secret");
inline const QString ConcurRequestToken = QStringLiteral("concur/company_request_token");
// JSON {"refresh_token","geolocation","refresh_expires_at"}: one entry, so rotation is atomic.
inline const QString ConcurCompanyToken = QStringLiteral("concur/company_token");
inline const QString B1Password = QStringLiteral("sapb1/password");
}

class SecretStore {
public:
    virtual ~SecretStore() = default;
    // error code "secret.not_found" when the key has no value.
    virtual Result<QByteArray> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QByteArray &value) = 0;
    // Removing a key that has no value succeeds (idempotent).
    virtual Result<void> remove(const QString &key) = 0;
    // A short description for the start-up log, e.g. "keychain (ml-connector)", "file (0600)".
    virtual QString backendName() const = 0;
};

} // namespace mlc
