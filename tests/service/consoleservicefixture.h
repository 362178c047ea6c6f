#pragma once
// The console service (`ml-connector run --console`) as a child process over a fresh data
// directory with both simulators (EndToEnd), its pipe in that directory, secrets in a 0600 file.
#include "../integration/endtoendfixture.h"

#include "ipc/ipcclient.h"

#include <QProcess>
#include <QSet>
#include <QTest>

namespace mlc::test {


struct Service {
    test::EndToEnd &e;
    QString secretsFile;
    QString pipe;
    QProcess proc;

    explicit Service(test::EndToEnd &env)
        : e(env)
        , secretsFile(env.dir.filePath(QStringLiteral("secrets.json")))
        , pipe(env.dir.filePath(QStringLiteral("svc.sock")))
    {
        proc.setProcessChannelMode(QProcess::MergedChannels);
    }
    ~Service()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.kill();
            proc.waitForFinished();
        }
    }
    bool prepare() { return e.handToService(secretsFile); }
    void start()
    {
        proc.start(QStringLiteral(MLC_CONNECTOR_EXE),
                   {QStringLiteral("--data-dir"), e.dir.path(), QStringLiteral("--secrets"), QStringLiteral("file:") + secretsFile,
                    QStringLiteral("run"), QStringLiteral("--console"), QStringLiteral("--pipe"), pipe});
    }
    // Connects once the service listens (it needs a moment to start).
    bool connect(ipc::IpcClient &client)
    {
        for (int i = 0; i < 100; ++i) {
            if (client.connectToServer(pipe, 2000).ok())
                return true;
            if (proc.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(100);
        }
        return false;
    }
    QByteArray output() { return proc.readAll(); }

    // One `ml-connector` command line against this data directory and pipe (client mode applies).
    struct CliResult {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CliResult cli(const QStringList &args, const QByteArray &input = {}, const QString &pipeName = {})
    {
        QProcess p;
        p.start(QStringLiteral(MLC_CONNECTOR_EXE),
                QStringList{QStringLiteral("--data-dir"), e.dir.path(), QStringLiteral("--secrets"),
                            QStringLiteral("file:") + secretsFile, QStringLiteral("--pipe"),
                            pipeName.isEmpty() ? pipe : pipeName}
                    + args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        CliResult r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
};

inline int expectedPosts(const QList<sim::GeneratedDocument> &docs)
{
    int n = 0;
    for (const auto &d : docs)
        n += d.expectedOutcome == QLatin1String("post") ? 1 : 0;
    return n;
}

inline bool noDuplicates(const test::EndToEnd &e)
{
    QSet<QString> keys;
    for (const QJsonObject &entry : e.b1->journalEntries()) {
        const QString k = entry.value(QStringLiteral("Reference3")).toString();
        if (keys.contains(k))
            return false;
        keys.insert(k);
    }
    return true;
}


} // namespace mlc::test
