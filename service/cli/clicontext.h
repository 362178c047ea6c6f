#pragma once
// What every command needs: the data directory, the store, the secret store and the settings,
// plus the connections to Concur and B1 built from them on demand.
#include "core/result.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "sync/ports.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <memory>

class QLockFile;

namespace mlc::cli {

class Connections;

class CliContext {
    // tr() in member functions: the command line's Linguist context (see text.h), as lupdate reads it.
    Q_DECLARE_TR_FUNCTIONS(mlc::cli)
public:
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();

    // dataDir: --data-dir or the platform default; secretsSpec: --secrets or the stored setting.
    Result<void> open(const QString &dataDir, const QString &secretsSpec);
    store::Store &store() { return *m_store; }
    SecretStore &secrets() { return *m_secrets; }
    QString dataDir() const { return m_dataDir; }
    QString actor() const { return m_actor; }
    // Builds the Concur source and the B1 target from settings and secrets (lazily, once); takes
    // the engine lock first.
    Result<Connections *> connections();
    // B1's master data as it is now, indexed (for previews and mapping checks; posts nothing).
    Result<accounting::MasterData> indexedMasterData();
    // The data directory's engine lock (ml-connector.lock, a QLockFile): held by the service for
    // its lifetime and by a direct-mode command that may post, so that two engines never work on one
    // ledger. A lock whose process is gone (kill -9) is taken over. Error code config.locked.
    Result<void> lockEngine();
    // Logs out and drops the connections; the next connections() rebuilds them (the service after a
    // changed secret or connection setting). The engine lock is kept.
    void resetConnections();
    static QString engineLockPath(const QString &dataDir);
    // Where a running service writes the full name of its pipe, for client mode without --pipe.
    static QString servicePipeFile(const QString &dataDir);

    QTextStream &out;
    QTextStream &err;

    static QString defaultDataDir();

private:
    QString m_dataDir;
    QString m_actor;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<QLockFile> m_engineLock;
};

} // namespace mlc::cli
