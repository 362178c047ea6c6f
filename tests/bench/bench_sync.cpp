// bench_sync: pushes 1k, 10k and 100k generated documents through the simulators and prints a
// table. The simulators run in a separate `sandbox` process and the connector as a separate
// `ml-connector sync` process, so the CPU time and peak RSS measured (getrusage of the waited
// child) are the connector's alone.
//   bench_sync [--quick] [--full]     --quick: 1k only; --full: also 10k single at 20 ms/request
#include "secrets/filesecretstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

namespace {

struct Scenario {
    int documents;
    int latencyMs;
    bool batch;
};

struct Measurement {
    bool ok = false;
    QString error;
    double seconds = 0;
    double cpuMs = 0;
    long peakRssKb = 0;
    int posted = 0;
    int logins = 0;
    qint64 requests = 0;
};

// Runs a program, waits for it, returns its exit code with its rusage (CPU, peak RSS).
int runMeasured(const QString &program, const QStringList &args, const QString &stdoutFile, rusage &usage)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const QByteArray out = QFile::encodeName(stdoutFile);
    const pid_t pid = fork();
    if (pid == 0) {
        FILE *f = std::freopen(out.constData(), "w", stdout);
        (void)f;
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    wait4(pid, &status, 0, &usage);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Measurement runScenario(const QString &binDir, const Scenario &sc)
{
    Measurement m;
    QTemporaryDir dir;
    const QString cfg = dir.filePath(QStringLiteral("sandbox"));
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(binDir + QStringLiteral("/sandbox"),
                  {QStringLiteral("--documents"), QString::number(sc.documents), QStringLiteral("--seed"),
                   QStringLiteral("1"), QStringLiteral("--review-share"), QStringLiteral("0"),
                   QStringLiteral("--login-delay-ms"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                   QString::number(sc.latencyMs), QStringLiteral("--config-dir"), cfg});
    if (!sandbox.waitForStarted()) {
        m.error = QStringLiteral("sandbox did not start");
        return m;
    }
    const QString tsv = cfg + QStringLiteral("/settings.tsv");
    for (int i = 0; i < 6000 && !QFile::exists(tsv); ++i)
        QThread::msleep(50);
    if (!QFile::exists(tsv)) {
        m.error = QStringLiteral("sandbox not ready");
        return m;
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    {
        auto st = mlc::store::Store::open(data + QStringLiteral("/ml-connector.db"));
        if (!st.ok()) {
            m.error = st.error().toString();
            return m;
        }
        QFile f(tsv);
        f.open(QIODevice::ReadOnly);
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int tab = line.indexOf('\t');
            if (tab > 0)
                (void)st.value()->setSetting(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
        }
        (void)st.value()->setSetting(QStringLiteral("b1/useBatch"), sc.batch ? QStringLiteral("true") : QStringLiteral("false"));
        (void)st.value()->setSetting(QStringLiteral("b1/batchSize"), QStringLiteral("100"));
        (void)st.value()->setSetting(QStringLiteral("concur/pageLimit"), QStringLiteral("200"));
        mlc::FileSecretStore secrets(data + QStringLiteral("/secrets.json"));
        for (const auto &pair : {std::make_pair("concur-client-secret", mlc::secretkey::ConcurClientSecret),
                                 std::make_pair("concur-request-token", mlc::secretkey::ConcurRequestToken),
                                 std::make_pair("b1-password", mlc::secretkey::B1Password)}) {
            QFile s(cfg + QStringLiteral("/secret-") + QLatin1String(pair.first));
            s.open(QIODevice::ReadOnly);
            (void)secrets.write(pair.second, s.readAll().trimmed());
        }
    }
    rusage usage{};
    QElapsedTimer wall;
    wall.start();
    const QString outFile = dir.filePath(QStringLiteral("summary.json"));
    const int rc = runMeasured(binDir + QStringLiteral("/ml-connector"),
                               {QStringLiteral("--data-dir"), data, QStringLiteral("--secrets"),
                                QStringLiteral("file:") + data + QStringLiteral("/secrets.json"), QStringLiteral("sync"),
                                QStringLiteral("--json")},
                               outFile, usage);
    m.seconds = wall.nsecsElapsed() / 1e9;
    sandbox.kill();
    sandbox.waitForFinished();
    QFile f(outFile);
    f.open(QIODevice::ReadOnly);
    const QJsonObject summary = QJsonDocument::fromJson(f.readAll()).object();
    m.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    m.peakRssKb = usage.ru_maxrss;
    m.posted = summary.value(QStringLiteral("posted")).toInt();
    m.logins = summary.value(QStringLiteral("b1Logins")).toInt();
    m.requests = summary.value(QStringLiteral("b1Requests")).toInteger();
    m.ok = rc == 0 && !summary.isEmpty();
    if (!m.ok)
        m.error = QStringLiteral("ml-connector exited with %1").arg(rc);
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const bool full = args.contains(QStringLiteral("--full"));
    const QString binDir = QCoreApplication::applicationDirPath();
    QList<Scenario> scenarios;
    for (int n : {1000, 10000, 100000}) {
        if (quick && n > 1000)
            continue;
        scenarios << Scenario{n, 0, false} << Scenario{n, 0, true};
    }
    scenarios << Scenario{1000, 20, false} << Scenario{1000, 20, true};
    if (!quick)
        scenarios << Scenario{10000, 20, true};
    if (full)
        scenarios << Scenario{10000, 20, false};

    QTextStream out(stdout);
    out << "| documents | B1 latency | mode | posted | wall s | documents/s | connector CPU ms/doc | peak RSS MiB | B1 logins | B1 requests/doc |\n"
        << "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();
    int failures = 0;
    for (const Scenario &sc : scenarios) {
        const Measurement m = runScenario(binDir, sc);
        if (!m.ok) {
            ++failures;
            out << "| " << sc.documents << " | " << sc.latencyMs << " ms | " << (sc.batch ? "$batch" : "single")
                << " | FAILED: " << m.error << " |||||||\n";
            out.flush();
            continue;
        }
        out << "| " << sc.documents << " | " << sc.latencyMs << " ms | " << (sc.batch ? "$batch" : "single") << " | "
            << m.posted << " | " << QString::number(m.seconds, 'f', 1) << " | "
            << QString::number(sc.documents / m.seconds, 'f', 0) << " | "
            << QString::number(m.cpuMs / sc.documents, 'f', 3) << " | "
            << QString::number(m.peakRssKb / 1024.0, 'f', 1) << " | " << m.logins << " | "
            << QString::number(double(m.requests) / sc.documents, 'f', 3) << " |\n";
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
