#include "secrets/secretstorefactory.h"

#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

namespace mlc {

std::unique_ptr<SecretStore> createSecretStore(const QString &spec, QString *error)
{
    const QString s = spec.trimmed();
    auto fail = [error](const QString &why) -> std::unique_ptr<SecretStore> {
        if (error)
            *error = why;
        return nullptr;
    };
    if (s.isEmpty() || s == QLatin1String("keychain"))
        return std::make_unique<KeychainSecretStore>(QStringLiteral("ml-connector"));
    if (s.startsWith(QLatin1String("keychain:"))) {
        const QString service = s.mid(9);
        if (service.isEmpty())
            return fail(QStringLiteral("The secret store \"keychain:\" needs a service name."));
        return std::make_unique<KeychainSecretStore>(service);
    }
    if (s.startsWith(QLatin1String("file:"))) {
        const QString path = s.mid(5);
        if (path.isEmpty())
            return fail(QStringLiteral("The secret store \"file:\" needs a path, e.g. file:/etc/ml-connector/secrets.json."));
        return std::make_unique<FileSecretStore>(path);
    }
    if (s == QLatin1String("memory"))
        return std::make_unique<MemorySecretStore>();
    return fail(QStringLiteral("Unknown secret store \"%1\"; use keychain:<service>, file:<path> or memory.").arg(s));
}

} // namespace mlc
