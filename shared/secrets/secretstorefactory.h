#pragma once
// Chooses the secret store from the configured spec:
//   "keychain:<service>"  the OS keychain ("keychain" alone or "" means keychain:ml-connector)
//   "file:<path>"         an owner-only JSON file (explicit headless-Linux choice, see filesecretstore.h)
//   "memory"              process memory (tests, sandbox)
#include "secrets/secretstore.h"

#include <memory>

namespace mlc {

inline const QString DefaultSecretStoreSpec = QStringLiteral("keychain:ml-connector");

// Returns nullptr for an unknown or incomplete spec; *error (if given) then says why.
std::unique_ptr<SecretStore> createSecretStore(const QString &spec = DefaultSecretStoreSpec, QString *error = nullptr);

} // namespace mlc
