#pragma once
// What every command needs: the data directory, the store, the secret store and the settings,
// plus the connections to Concur and B1 built from them on demand.
#include "core/result.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "sync/ports.h"

#include <QString>
#include <QTextStream>
#include <memory>

namespace mlc::cli {

class Connections;

class CliContext {
public:
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();

    // dataDir: --data-dir or the platform default; secretsSpec: --secrets or the stored setting.
    Result<void> open(const QString &dataDir, const QString &secretsSpec);
    store::Store &store() { return *m_store; }
    SecretStore &secrets() { return *m_secrets; }
    QString dataDir() const { return m_dataDir; }
    QString actor() const { return m_actor; }
    // Builds the Concur source and the B1 target from settings and secrets (lazily, once).
    Result<Connections *> connections();

    QTextStream &out;
    QTextStream &err;

    static QString defaultDataDir();

private:
    QString m_dataDir;
    QString m_actor;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Connections> m_connections;
};

} // namespace mlc::cli
