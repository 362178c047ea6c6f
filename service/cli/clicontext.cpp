#include "clicontext.h"

#include "core/datadir.h"

#include "connections.h"
#include "secrets/secretstorefactory.h"
#include "text.h"

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

namespace mlc::cli {

CliContext::CliContext(QTextStream &o, QTextStream &e)
    : out(o)
    , err(e)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    m_actor = QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

CliContext::~CliContext()
{
    if (m_connections)
        m_connections->shutdown();
    m_connections.reset(); // the engine lock goes last
}

QString CliContext::defaultDataDir()
{
    return core::defaultDataDir(); // shared with the tray, so both find the service's data
}

Result<void> CliContext::open(const QString &dataDir, const QString &secretsSpec)
{
    m_dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    if (!QDir().mkpath(m_dataDir))
        return makeError(QStringLiteral("config.data_dir"), tr("Cannot create the data directory %1.").arg(m_dataDir));
    auto st = store::Store::open(QDir(m_dataDir).filePath(QStringLiteral("ml-connector.db")));
    if (!st.ok())
        return st.error();
    m_store = std::move(st.value());
    QString spec = secretsSpec;
    if (spec.isEmpty()) {
        auto stored = m_store->setting(QStringLiteral("secrets/backend"));
        if (!stored.ok())
            return stored.error();
        spec = stored.value();
    }
    if (spec.isEmpty())
        spec = QStringLiteral("keychain:ml-connector");
    QString why;
    m_secrets = createSecretStore(spec, &why);
    if (!m_secrets)
        return makeError(QStringLiteral("config.secrets"), tr("Cannot use the secret store %1: %2").arg(spec, why));
    return {};
}

void CliContext::resetConnections()
{
    if (m_connections)
        m_connections->shutdown();
    m_connections.reset();
}

QString CliContext::engineLockPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("ml-connector.lock"));
}

QString CliContext::servicePipeFile(const QString &dataDir)
{
    return core::servicePipeFile(dataDir);
}

Result<void> CliContext::lockEngine()
{
    if (m_engineLock)
        return {};
    auto lock = std::make_unique<QLockFile>(engineLockPath(m_dataDir));
    // Stale only when its process is gone (kill -9, crash): never by age, a service runs for months.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        if (lock->error() == QLockFile::LockFailedError)
            return makeError(QStringLiteral("config.locked"),
                             tr("Another ml-connector (pid %1) is working on this data directory: a running service or "
                                "sync. Two engines on one ledger could post an entry twice, so this one does not start. "
                                "Run the command without --local to act through the service, or stop it first.")
                                 .arg(pid),
                             engineLockPath(m_dataDir));
        return makeError(QStringLiteral("config.locked"), tr("Cannot create the lock file in the data directory."),
                         engineLockPath(m_dataDir));
    }
    m_engineLock = std::move(lock);
    return {};
}

Result<accounting::MasterData> CliContext::indexedMasterData()
{
    auto conns = connections();
    if (!conns.ok())
        return conns.error();
    auto md = conns.value()->target().loadMasterData();
    if (!md.ok())
        return md.error();
    md->buildIndex();
    return md;
}

Result<Connections *> CliContext::connections()
{
    if (!m_connections) {
        // Everything that can post (sync, mapping fixes, review decisions) needs the connections:
        // one engine per data directory at a time, across processes.
        if (auto locked = lockEngine(); !locked.ok())
            return locked.error();
        auto c = Connections::create(*m_store, *m_secrets);
        if (!c.ok())
            return c.error();
        m_connections = std::move(c.value());
    }
    return m_connections.get();
}

} // namespace mlc::cli
