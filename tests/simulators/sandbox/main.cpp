// sandbox: the Concur and SAP Business One simulators as one program, for demos, training and
// manual testing. It seeds a demo company (B1 master data) and a set of approved Concur documents,
// listens on loopback, and writes what a connector needs to talk to it into --config-dir:
//   settings.tsv            key<TAB>value lines for `ml-connector config set`
//   secret-<name>           one file per simulator credential (fake, random per run), for
//                           `ml-connector secret set <name> < file`
#include "simulators/b1/b1simulator.h"
#include "simulators/concur/concursimulator.h"
#include "simulators/concur/demoscenario.h"
#include "simulators/concur/documentgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <cstdlib>

namespace {

void onSignal(int)
{
    std::_Exit(0); // all state is in memory: nothing to flush
}

QString randomSecret()
{
    QString s;
    for (int i = 0; i < 24; ++i)
        s += QChar(u'a' + int(QRandomGenerator::global()->bounded(26)));
    return s;
}

bool writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    if (!f.commit())
        return false;
    if (secret)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ml-connector-sandbox"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Concur + SAP Business One simulators with a demo company."));
    parser.addHelpOption();
    const QCommandLineOption docs(QStringLiteral("documents"), QStringLiteral("Approved documents to seed."), QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption reviewShare(QStringLiteral("review-share"), QStringLiteral("Share of deliberately unmappable documents."), QStringLiteral("x"), QStringLiteral("0.15"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"), QStringLiteral("Where to write settings.tsv and the secret files."), QStringLiteral("dir"));
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve the Service Layer over HTTPS (self-signed; pinned)."));
    const QCommandLineOption loginDelay(QStringLiteral("login-delay-ms"), QStringLiteral("B1 login time."), QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Latency added to every B1 request."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption idle(QStringLiteral("session-timeout-min"), QStringLiteral("B1 idle timeout in minutes."), QStringLiteral("min"), QStringLiteral("30"));
    const QCommandLineOption duration(QStringLiteral("duration-s"), QStringLiteral("Exit after this many seconds (0 = run until stopped)."), QStringLiteral("s"), QStringLiteral("0"));
    parser.addOptions({docs, seed, reviewShare, configDir, tls, loginDelay, latency, idle, duration});
    parser.process(app);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    const QString clientSecret = randomSecret();
    const QString requestToken = randomSecret();
    const QString b1Password = randomSecret();

    mlc::sim::B1SimConfig b1Config;
    b1Config.password = b1Password;
    b1Config.loginDelayMs = parser.value(loginDelay).toInt();
    b1Config.latencyMs = parser.value(latency).toInt();
    b1Config.sessionTimeoutMinutes = parser.value(idle).toInt();
    mlc::sim::B1Simulator b1(b1Config);
    b1.setMasterData(mlc::sim::DemoScenario::masterData());
    if (!b1.listen(0, parser.isSet(tls))) {
        QTextStream(stderr) << "sandbox: cannot listen for the Service Layer\n";
        return 2;
    }

    mlc::sim::ConcurSimConfig concurConfig;
    concurConfig.clientSecret = clientSecret;
    concurConfig.requestToken = requestToken;
    concurConfig.seed = parser.value(seed).toUInt();
    mlc::sim::ConcurSimulator concur(concurConfig);
    if (!concur.listen()) {
        QTextStream(stderr) << "sandbox: cannot listen for Concur\n";
        return 2;
    }
    mlc::sim::DocumentGenerator generator(parser.value(seed).toUInt());
    const auto generated = generator.generate(parser.value(docs).toInt(), parser.value(reviewShare).toDouble());
    for (const auto &g : generated)
        concur.addDocument(g.docType, g.document);

    QTextStream out(stdout);
    out << "Concur (GLZ token host): " << concur.baseUrl(QStringLiteral("glz")) << '\n'
        << "Concur us2:              " << concur.baseUrl(QStringLiteral("us2")) << '\n'
        << "Concur eu2:              " << concur.baseUrl(QStringLiteral("eu2")) << '\n'
        << "Service Layer:           " << b1.serviceRoot() << '\n'
        << "Documents ready:         " << generated.size() << '\n';
    out.flush();

    if (parser.isSet(configDir)) {
        const QDir dir(parser.value(configDir));
        QDir().mkpath(dir.path());
        QHash<QString, QString> settings = mlc::sim::DemoScenario::settings();
        settings.insert(QStringLiteral("concur/baseUrl"), concur.baseUrl(QStringLiteral("glz")));
        settings.insert(QStringLiteral("concur/clientId"), concurConfig.clientId);
        settings.insert(QStringLiteral("concur/companyUuid"), concurConfig.companyUuid);
        settings.insert(QStringLiteral("b1/serviceRoot"), b1.serviceRoot());
        settings.insert(QStringLiteral("b1/companyDb"), b1Config.companyDb);
        settings.insert(QStringLiteral("b1/userName"), b1Config.userName);
        // The simulators are on this machine, which the connector only talks to in the sandbox.
        // The pipe refuses this key: import settings.tsv locally (`ml-connector --local config set`),
        // in its order (this line comes first).
        settings.insert(QStringLiteral("sandbox/allowLoopback"), QStringLiteral("true"));
        if (parser.isSet(tls))
            settings.insert(QStringLiteral("b1/pinnedSha256"), QString::fromLatin1(mlc::sim::B1Simulator::certificateSha256Hex()));
        QStringList keys = settings.keys();
        keys.sort();
        // The sandbox setting first: `config set` refuses the loopback endpoints until it is on.
        keys.removeAll(QStringLiteral("sandbox/allowLoopback"));
        keys.prepend(QStringLiteral("sandbox/allowLoopback"));
        QByteArray tsv;
        for (const QString &k : keys)
            tsv += k.toUtf8() + '\t' + settings.value(k).toUtf8() + '\n';
        bool ok = writeFile(dir.filePath(QStringLiteral("secret-concur-client-secret")), clientSecret.toUtf8() + '\n', true)
            && writeFile(dir.filePath(QStringLiteral("secret-concur-request-token")), requestToken.toUtf8() + '\n', true)
            && writeFile(dir.filePath(QStringLiteral("secret-b1-password")), b1Password.toUtf8() + '\n', true)
            // settings.tsv last: its presence tells scripts the sandbox is ready
            && writeFile(dir.filePath(QStringLiteral("settings.tsv")), tsv, false);
        if (!ok) {
            QTextStream(stderr) << "sandbox: cannot write " << dir.path() << '\n';
            return 2;
        }
    }
    const int seconds = parser.value(duration).toInt();
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
