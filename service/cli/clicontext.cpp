#include "clicontext.h"

#include "connections.h"
#include "secrets/secretstorefactory.h"
#include "text.h"

#include <QDir>
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
}

QString CliContext::defaultDataDir()
{
    // The service's own data folder, the same for the service (LocalSystem), the admin's command
    // line and the tray: %ProgramData%\ml-connector on Windows (GenericDataLocation would be the
    // calling account's AppData\Local there), the generic data location elsewhere.
#ifdef Q_OS_WIN
    const QString programData = qEnvironmentVariable("ProgramData");
    if (!programData.isEmpty())
        return QDir(QDir::fromNativeSeparators(programData)).filePath(QStringLiteral("ml-connector"));
#endif
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("ml-connector"));
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

Result<Connections *> CliContext::connections()
{
    if (!m_connections) {
        auto c = Connections::create(*m_store, *m_secrets);
        if (!c.ok())
            return c.error();
        m_connections = std::move(c.value());
    }
    return m_connections.get();
}

} // namespace mlc::cli
