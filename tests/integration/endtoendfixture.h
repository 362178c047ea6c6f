#pragma once
// Both simulators in a background thread, a fresh data directory with the demo settings, the
// simulator credentials in a memory secret store, and the connector's live connections.
#include "cli/connections.h"
#include "secrets/filesecretstore.h"
#include "secrets/memorysecretstore.h"
#include "simulators/b1/b1simulator.h"
#include "simulators/concur/concursimulator.h"
#include "simulators/concur/demoscenario.h"
#include "simulators/concur/documentgenerator.h"
#include "simulators/simthread.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace mlc::test {

class EndToEnd {
public:
    static constexpr const char *kClientSecret = "sim-client-secret-4711";
    static constexpr const char *kRequestToken = "sim-request-token-0815";
    static constexpr const char *kB1Password = "sim-b1-password-1234";

    EndToEnd(sim::B1SimConfig b1Config = {}, sim::ConcurSimConfig concurConfig = {})
    {
        b1Config.password = QLatin1String(kB1Password);
        concurConfig.clientSecret = QLatin1String(kClientSecret);
        concurConfig.requestToken = QLatin1String(kRequestToken);
        b1 = sims.create<sim::B1Simulator>(b1Config);
        concur = sims.create<sim::ConcurSimulator>(concurConfig);
        sims.call([&] {
            b1->setMasterData(sim::DemoScenario::masterData());
            listening = b1->listen() && concur->listen();
        });
        auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
        if (st.ok())
            db = std::move(st.value());
        settings = sim::DemoScenario::settings();
        settings.insert(QStringLiteral("concur/baseUrl"), concur->baseUrl(QStringLiteral("glz")));
        settings.insert(QStringLiteral("concur/clientId"), concurConfig.clientId);
        settings.insert(QStringLiteral("concur/companyUuid"), concurConfig.companyUuid);
        settings.insert(QStringLiteral("concur/pageLimit"), QStringLiteral("25"));
        settings.insert(QStringLiteral("b1/serviceRoot"), b1->serviceRoot());
        settings.insert(QStringLiteral("b1/companyDb"), b1Config.companyDb);
        settings.insert(QStringLiteral("b1/userName"), b1Config.userName);
        // The simulators listen on loopback: only the sandbox may use it (issue #7 item 8).
        settings.insert(QStringLiteral("sandbox/allowLoopback"), QStringLiteral("true"));
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            (void)db->setSetting(it.key(), it.value());
        (void)secrets.write(secretkey::ConcurClientSecret, kClientSecret);
        (void)secrets.write(secretkey::ConcurRequestToken, kRequestToken);
        (void)secrets.write(secretkey::B1Password, kB1Password);
    }
    ~EndToEnd()
    {
        if (conns)
            conns->shutdown();
    }

    bool ready() const { return listening && db; }
    // Hands the data directory to a service process: the simulator credentials in a 0600 secrets
    // file, a schedule that never fires during a test (cycles come from run-now only), and the
    // database closed here because the service owns it now.
    bool handToService(const QString &secretsFile)
    {
        if (!writeSecretsFile(secretsFile))
            return false;
        if (!db->setSetting(QStringLiteral("schedule/spec"), QStringLiteral("0 0 1 1 *")).ok())
            return false;
        db.reset();
        return true;
    }

    // The simulator credentials in a 0600 secrets file (for a connector process).
    static bool writeSecretsFile(const QString &secretsFile)
    {
        FileSecretStore fs(secretsFile);
        return fs.write(secretkey::ConcurClientSecret, kClientSecret).ok()
            && fs.write(secretkey::ConcurRequestToken, kRequestToken).ok()
            && fs.write(secretkey::B1Password, kB1Password).ok();
    }

    // Runs the command line `exe` on this data directory as a user would (direct mode, the secrets
    // in a file beside the database), after closing this fixture's database: the process owns it.
    struct CliRun {
        int exitCode = -1;
        QString out;
        QString err;
    };
    CliRun runCli(const QString &exe, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
    {
        const QString secretsFile = dir.filePath(QStringLiteral("secrets.json"));
        CliRun run;
        if (!QFileInfo::exists(secretsFile) && !writeSecretsFile(secretsFile))
            return run;
        db.reset();
        conns.reset();
        QProcess p;
        p.start(exe, QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--secrets"),
                                 QStringLiteral("file:") + secretsFile, QStringLiteral("--local")}
                         + args);
        if (!p.waitForStarted())
            return run;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }
    // Opens the database again after runCli (to read the ledger and the audit trail).
    bool reopen()
    {
        auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
        if (!st.ok())
            return false;
        db = std::move(st.value());
        return true;
    }

    // Adds generated documents to Concur; returns them.
    QList<sim::GeneratedDocument> seed(int count, double reviewShare, quint32 seedValue = 11)
    {
        sim::DocumentGenerator gen(seedValue);
        const auto docs = gen.generate(count, reviewShare);
        for (const auto &d : docs)
            concur->addDocument(d.docType, d.document);
        return docs;
    }

    Result<cli::Connections *> connections()
    {
        if (!conns) {
            auto c = cli::Connections::create(*db, secrets);
            if (!c.ok())
                return c.error();
            conns = std::move(c.value());
        }
        return conns.get();
    }

    Result<sync::CycleSummary> cycle(bool batch = false)
    {
        sync::SyncOptions o;
        o.useBatch = batch;
        return cycle(o);
    }
    // One cycle with these options, on the live connections (write-backs as concur/writeBack says).
    Result<sync::CycleSummary> cycle(const sync::SyncOptions &options)
    {
        auto c = connections();
        if (!c.ok())
            return c.error();
        return c.value()->engine(*db, options)->runCycle();
    }

    QTemporaryDir dir;
    sim::SimThread sims;
    sim::B1Simulator *b1 = nullptr;
    sim::ConcurSimulator *concur = nullptr;
    bool listening = false;
    std::unique_ptr<store::Store> db;
    MemorySecretStore secrets;
    QHash<QString, QString> settings;
    std::unique_ptr<cli::Connections> conns;
};

} // namespace mlc::test
