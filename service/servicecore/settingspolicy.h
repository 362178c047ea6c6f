#pragma once
// Who may change which setting, and what a change drags along (design §4/§5, issue #7 item 8).
//   - Operators (finance staff) may change what the bookkeeping needs day to day: the schedule,
//     the posting rules (posting/...), the dimension sources (mapping/...) and a few throughput
//     knobs. Everything else, and every key not known here, is an administrator's: endpoints,
//     trust (pin / CA file), credentials' accounts, the secret store, the operators group, the
//     write-back level.
//   - The sandbox setting is never accepted over the pipe, from anybody: an administrator sets it
//     locally (`ml-connector --local config set sandbox/allowLoopback true`).
//   - Changing an endpoint clears the secrets bound to it, so that a new endpoint never receives
//     the old one's credentials: b1/serviceRoot -> the B1 password; concur/baseUrl or
//     concur/clientId -> the client secret, the company request token and the company (refresh)
//     token.
//   - Endpoints must be HTTPS and off this machine unless the sandbox is on (TlsPolicy::refusal);
//     Concur's must also be a Concur host (ConcurHosts).
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace mlc { class SecretStore; }
namespace mlc::store { class Store; }

namespace mlc::service {

enum class SettingAccess {
    Operator,  // operators and admins, over the pipe or locally
    Admin,     // admins only
    LocalOnly, // never over the pipe: `--local config set` by whoever may write the database
};

SettingAccess settingAccess(const QString &key);

// "sandbox/allowLoopback": "true" lets the endpoints be on this machine (the simulators).
QString sandboxSettingKey();
bool sandboxEnabled(const QString &value);
// Reads it from the store (false when unset or unreadable).
bool sandboxEnabled(store::Store &store);

// The secret-store keys bound to an endpoint setting (empty for other keys).
QStringList secretsBoundTo(const QString &key);

// Checks a new value of an endpoint setting (concur/baseUrl, b1/serviceRoot) against the rules
// above (error code config.endpoint_refused), and of concur/writeBack against its four levels
// (config.invalid); other keys pass.
Result<void> checkEndpoint(const QString &key, const QString &value, bool sandbox);
// The value as stored: concur/writeBack by its level's name ("Confirm " -> "confirm"); other keys as given.
QString normalisedSettingValue(const QString &key, const QString &value);

// Removes the secrets bound to `key` when its value changed from a non-empty `before` to another
// `after` (unsetting included; the first value set binds the secrets already stored); returns the
// secret keys removed (for the audit trail; never their values).
Result<QStringList> clearBoundSecrets(SecretStore &secrets, const QString &key, const QString &before,
                                      const QString &after);

} // namespace mlc::service
