// The MSI under the real Windows Installer (wine's msiexec in CI), in the order an admin meets it:
// a silent install (files, service, Event Log source, Run key, Start menu), the secrets set through
// the installed command line and the running service, a sync cycle against the simulators (in this
// process), the tray started from the installed folder connecting to the service, an upgrade to
// the same tree built as the next version (data, audit chain and secrets kept, nothing posted
// twice), a refused downgrade, an uninstall that keeps the data, and one with REMOVEDATA=1 that
// does not. The slots run in order and build on each other.
// MLC_MSI / MLC_MSI_NEXT / MLC_NEXT_VERSION come from tests/installer/CMakeLists.txt;
// scripts/build-installers.sh builds both MSIs before it runs this test.
#include "../integration/endtoendfixture.h"

#include "ipc/ipcclient.h"
#include "logging/platformsink.h"
#include "secrets/secretstorefactory.h"

#include <QDir>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <windows.h>

#include <memory>

using namespace mlc;

namespace {

const QString kService = QStringLiteral("ml-connector");

struct Tool {
    int exitCode = -1;
    QString output;
};

Tool run(const QString &program, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 240 * 1000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Tool t;
    if (!p.waitForStarted(30000)) {
        t.output = QStringLiteral("cannot start ") + program + QStringLiteral(": ") + p.errorString();
        return t;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    t.output = QString::fromLocal8Bit(p.readAll());
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return t;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// msiexec with a verbose log; the log's tail is the failure message.
Tool msiexec(const QStringList &args, const QString &logName)
{
    const QString log = QDir(QDir::tempPath()).filePath(logName);
    QFile::remove(log);
    Tool t = run(QStringLiteral("msiexec"), args + QStringList{QStringLiteral("/qn"), QStringLiteral("/l*v"), nativePath(log)});
    QFile f(log);
    if (f.open(QIODevice::ReadOnly)) {
        // msiexec logs in UTF-16 on Windows, in UTF-8 under wine.
        QByteArray bytes = f.readAll();
        const QString text = bytes.startsWith("\xff\xfe") ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2),
                                                                               (bytes.size() - 2) / 2)
                                                           : QString::fromUtf8(bytes);
        t.output += QStringLiteral("\n--- msiexec log (last lines) ---\n") + text.right(6000);
    }
    return t;
}

struct ServiceInfo {
    bool exists = false;
    DWORD error = 0;
    DWORD state = 0;
    DWORD startType = 0;
    QString binaryPath;
    QString account;
    DWORD preshutdownMs = 0;
    QString description;
};

ServiceInfo queryService()
{
    ServiceInfo info;
    SC_HANDLE scm = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!scm)
        return info;
    SC_HANDLE h = OpenServiceW(scm, kService.toStdWString().c_str(), SERVICE_QUERY_CONFIG | SERVICE_QUERY_STATUS);
    if (!h) {
        info.error = GetLastError();
        CloseServiceHandle(scm);
        return info;
    }
    info.exists = true;
    SERVICE_STATUS_PROCESS p{};
    DWORD needed = 0;
    if (QueryServiceStatusEx(h, SC_STATUS_PROCESS_INFO, reinterpret_cast<LPBYTE>(&p), sizeof(p), &needed))
        info.state = p.dwCurrentState;
    QByteArray buffer(8192, '\0');
    if (QueryServiceConfigW(h, reinterpret_cast<LPQUERY_SERVICE_CONFIGW>(buffer.data()), DWORD(buffer.size()), &needed)) {
        const auto *c = reinterpret_cast<const QUERY_SERVICE_CONFIGW *>(buffer.constData());
        info.startType = c->dwStartType;
        info.binaryPath = QString::fromWCharArray(c->lpBinaryPathName);
        info.account = c->lpServiceStartName ? QString::fromWCharArray(c->lpServiceStartName) : QString();
    }
    if (QueryServiceConfig2W(h, SERVICE_CONFIG_PRESHUTDOWN_INFO, reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed))
        info.preshutdownMs = reinterpret_cast<const SERVICE_PRESHUTDOWN_INFO *>(buffer.constData())->dwPreshutdownTimeout;
    if (QueryServiceConfig2W(h, SERVICE_CONFIG_DESCRIPTION, reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed)) {
        const auto *d = reinterpret_cast<const SERVICE_DESCRIPTIONW *>(buffer.constData());
        info.description = d->lpDescription ? QString::fromWCharArray(d->lpDescription) : QString();
    }
    CloseServiceHandle(h);
    CloseServiceHandle(scm);
    return info;
}

QString programFiles()
{
    const QString pf = qEnvironmentVariable("ProgramW6432", qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files")));
    return QDir::fromNativeSeparators(pf);
}

QString installDir()
{
    return programFiles() + QStringLiteral("/ml-connector");
}

QString installedExe()
{
    return installDir() + QStringLiteral("/ml-connector.exe");
}

QString runKeyValue()
{
    QSettings run(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"), QSettings::Registry64Format);
    return run.value(QStringLiteral("ml-connector-tray")).toString();
}

// files.txt: the documented list; "?" marks files that may be absent.
struct FileList {
    QSet<QString> required;
    QSet<QString> optional;
};

FileList documentedFiles()
{
    FileList list;
    QFile f(QStringLiteral(MLC_FILES_TXT));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return list;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.endsWith(QLatin1Char('?')))
            list.optional.insert(line.chopped(1).toLower());
        else
            list.required.insert(line.toLower());
    }
    return list;
}

QSet<QString> filesUnder(const QString &root)
{
    QSet<QString> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.insert(QDir(root).relativeFilePath(it.next()).toLower());
    return files;
}

int expectedPosts(const QList<sim::GeneratedDocument> &docs)
{
    int n = 0;
    for (const auto &d : docs)
        n += d.expectedOutcome == QLatin1String("post") ? 1 : 0;
    return n;
}

} // namespace

class TestMsi : public QObject {
    Q_OBJECT
    std::unique_ptr<test::EndToEnd> m_e;
    QString m_dataDir;
    int m_posted = 0;
    QString m_loggingIni;

    void uninstallLeftovers()
    {
        for (const char *msi : {MLC_MSI_NEXT, MLC_MSI})
            if (QFileInfo::exists(QLatin1String(msi)))
                (void)msiexec({QStringLiteral("/x"), nativePath(QLatin1String(msi))}, QStringLiteral("mlc-msi-leftover.log"));
    }

    bool waitForState(DWORD state, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (queryService().state == state)
                return true;
            QTest::qWait(250);
        }
        return false;
    }

    int syncThroughService(QString *error)
    {
        ipc::IpcClient client(QStringLiteral("tst_msi"));
        auto connected = client.connectToServer(kService, 15000);
        if (!connected.ok()) {
            *error = connected.error().toString();
            return -1;
        }
        auto cycle = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 180000);
        if (!cycle.ok()) {
            *error = cycle.error().toString();
            return -1;
        }
        if (!cycle->value(QStringLiteral("ok")).toBool())
            *error = QString::fromUtf8(QJsonDocument(*cycle).toJson());
        return cycle->value(QStringLiteral("posted")).toInt();
    }

    QString serviceVersion()
    {
        ipc::IpcClient client(QStringLiteral("tst_msi"));
        if (!client.connectToServer(kService, 15000).ok())
            return {};
        auto status = client.call(QStringLiteral("status"), {});
        return status.ok() ? status->value(QStringLiteral("version")).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(MLC_MSI)), "build it first: scripts/build-installers.sh (target msi)");
        QVERIFY2(QFileInfo::exists(QStringLiteral(MLC_MSI_NEXT)),
                 "the next-version MSI is missing: scripts/build-installers.sh builds it (" MLC_MSI_NEXT ")");
        uninstallLeftovers();
        QVERIFY2(!queryService().exists, "a service named ml-connector is installed in this wine prefix");
        // The service's mlc.ipc debug lines ("client connected: ... pid N") show that the tray
        // reached it; ProgramData\QtProject\qtlogging.ini is read by every Qt program here.
        m_loggingIni = QDir::fromNativeSeparators(qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData")))
                     + QStringLiteral("/QtProject/qtlogging.ini");
        QDir().mkpath(QFileInfo(m_loggingIni).path());
        QFile ini(m_loggingIni);
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ini.write("[Rules]\nmlc.ipc.debug=true\n");
        ini.close();

        m_e = std::make_unique<test::EndToEnd>();
        QVERIFY(m_e->ready());
        m_dataDir = m_e->dir.path();
        // The schedule never fires during the test (cycles come from run-now); the database is
        // the service's from now on.
        QVERIFY(m_e->db->setSetting(QStringLiteral("schedule/spec"), QStringLiteral("0 0 1 1 *")).ok());
        m_e->db.reset();
    }

    void cleanupTestCase()
    {
        uninstallLeftovers();
        if (!m_loggingIni.isEmpty())
            QFile::remove(m_loggingIni);
    }

    void silentInstall()
    {
        const Tool t = msiexec({QStringLiteral("/i"), nativePath(QStringLiteral(MLC_MSI)),
                                QStringLiteral("DATADIR=") + nativePath(m_dataDir)},
                               QStringLiteral("mlc-msi-install.log"));
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));

        // Exactly the documented files, nothing else.
        const FileList doc = documentedFiles();
        QVERIFY(!doc.required.isEmpty());
        const QSet<QString> installed = filesUnder(installDir());
        for (const QString &f : doc.required)
            QVERIFY2(installed.contains(f), qPrintable(QStringLiteral("missing: ") + f));
        for (const QString &f : installed)
            QVERIFY2(doc.required.contains(f) || doc.optional.contains(f), qPrintable(QStringLiteral("not documented: ") + f));

        // The service: registered by ServiceInstall, configured by `install --existing`, running.
        const ServiceInfo s = queryService();
        QVERIFY(s.exists);
        QCOMPARE(s.startType, DWORD(SERVICE_AUTO_START));
        // The command line `install` would write, path quoted: only install --existing (the MSI's
        // ConfigureService custom action) writes it this way, so this shows the custom action ran.
        QVERIFY2(s.binaryPath.startsWith(QLatin1Char('"') + nativePath(installedExe()) + QLatin1Char('"'), Qt::CaseInsensitive),
                 qPrintable(s.binaryPath));
        QVERIFY2(s.binaryPath.contains(QStringLiteral("--data-dir \"%1\"").arg(nativePath(m_dataDir))), qPrintable(s.binaryPath));
        QVERIFY2(s.binaryPath.contains(QLatin1String("run --service --name")), qPrintable(s.binaryPath));
        QVERIFY2(s.description.contains(QLatin1String("SAP Business One")), qPrintable(s.description));
        QCOMPARE(s.preshutdownMs, DWORD(180 * 1000)); // install --existing sets it (also the SCM default)
        QVERIFY2(waitForState(SERVICE_RUNNING, 60000), qPrintable(QString::number(queryService().state)));

        // The Event Log source points at the installed executable's message table.
        const QString messageFile = logging::registeredEventMessageFile(kService);
        QCOMPARE(QFileInfo(messageFile).canonicalFilePath().toLower(), QFileInfo(installedExe()).canonicalFilePath().toLower());
        // The tray at every logon (per-machine Run key) and in the Start menu.
        QVERIFY2(runKeyValue().contains(nativePath(installDir() + QStringLiteral("/ml-connector-tray.exe")), Qt::CaseInsensitive),
                 qPrintable(runKeyValue()));
        QVERIFY2(runKeyValue().contains(nativePath(m_dataDir)), qPrintable(runKeyValue()));
        // All users' Start menu on Windows; wine resolves ProgramMenuFolder to the installing
        // user's even for a per-machine install.
        const QString programs = QDir::fromNativeSeparators(qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData")))
                               + QStringLiteral("/Microsoft/Windows/Start Menu/Programs");
        const QString userPrograms = QStandardPaths::writableLocation(QStandardPaths::ApplicationsLocation);
        QVERIFY2(QFileInfo::exists(programs + QStringLiteral("/ml-connector.lnk"))
                     || (qEnvironmentVariableIsSet("MLC_UNDER_WINE") && QFileInfo::exists(userPrograms + QStringLiteral("/ml-connector.lnk"))),
                 qPrintable(programs + QStringLiteral(" / ") + userPrograms));
        // One version everywhere: the service reports the CMake project version the MSI carries.
        QCOMPARE(serviceVersion(), QStringLiteral(MLC_VERSION));
        const Tool version = run(installedExe(), {QStringLiteral("--version")});
        QVERIFY2(version.output.contains(QStringLiteral("ml-connector " MLC_VERSION)), qPrintable(version.output));
    }

    void secretsThroughTheServiceAndSync()
    {
        // As README says: the installed command line sends each secret (stdin) to the service,
        // which stores it in its own account's vault.
        const QList<QPair<QString, QByteArray>> secrets = {
            {QStringLiteral("concur-client-secret"), test::EndToEnd::kClientSecret},
            {QStringLiteral("concur-request-token"), test::EndToEnd::kRequestToken},
            {QStringLiteral("b1-password"), test::EndToEnd::kB1Password}};
        for (const auto &s : secrets) {
            const Tool t = run(installedExe(), {QStringLiteral("--data-dir"), nativePath(m_dataDir), QStringLiteral("secret"),
                                                QStringLiteral("set"), s.first},
                               s.second + '\n');
            QVERIFY2(t.exitCode == 0, qPrintable(t.output));
            QVERIFY2(t.output.contains(QLatin1String("through the running service")), qPrintable(t.output));
            QVERIFY(!t.output.contains(QLatin1String(s.second)));
        }
        const auto docs = m_e->seed(12, 0.0);
        const int expected = expectedPosts(docs);
        QVERIFY(expected > 0);
        QString error;
        const int posted = syncThroughService(&error);
        QVERIFY2(posted == expected && error.isEmpty(), qPrintable(QStringLiteral("%1 of %2 posted %3").arg(posted).arg(expected).arg(error)));
        int inB1 = 0;
        m_e->sims.call([&] { inB1 = m_e->b1->journalEntryCount(); });
        QCOMPARE(inB1, expected);
        m_posted = expected;
    }

    void trayStartsFromTheInstalledFolderAndConnects()
    {
        // No display here: the offscreen platform from the test environment (QT_QPA_PLATFORM,
        // QT_PLUGIN_PATH); the executable and its Qt DLLs are the installed ones.
        QProcess tray;
        tray.setProcessChannelMode(QProcess::MergedChannels);
        tray.setWorkingDirectory(installDir());
        tray.start(installDir() + QStringLiteral("/ml-connector-tray.exe"), {QStringLiteral("--data-dir"), nativePath(m_dataDir)});
        QVERIFY2(tray.waitForStarted(30000), qPrintable(tray.errorString()));
        const QString pid = QString::number(tray.processId());
        QFile log(m_dataDir + QStringLiteral("/logs/ml-connector.log"));
        bool connected = false;
        QDeadlineTimer deadline(60000);
        while (!connected && !deadline.hasExpired() && tray.state() == QProcess::Running) {
            QTest::qWait(500);
            if (log.open(QIODevice::ReadOnly)) {
                const QString text = QString::fromUtf8(log.readAll());
                log.close();
                connected = text.contains(QRegularExpression(QStringLiteral("client connected: [^\\n]*pid %1\\b").arg(pid)));
            }
        }
        const bool stillRunning = tray.state() == QProcess::Running;
        tray.kill();
        tray.waitForFinished(10000);
        QVERIFY2(stillRunning, qPrintable(QString::fromLocal8Bit(tray.readAll())));
        QVERIFY2(connected, qPrintable(QStringLiteral("no 'client connected ... pid %1' in the service log").arg(pid)));
    }

    void upgradeKeepsEverything()
    {
        // What the upgrade must keep, read before it.
        const Tool before = run(installedExe(), {QStringLiteral("--data-dir"), nativePath(m_dataDir), QStringLiteral("audit"),
                                                 QStringLiteral("show")});
        QVERIFY2(before.exitCode == 0, qPrintable(before.output));
        const Tool serviceRoot = run(installedExe(), {QStringLiteral("--data-dir"), nativePath(m_dataDir), QStringLiteral("config"),
                                                      QStringLiteral("get"), QStringLiteral("b1/serviceRoot")});
        QVERIFY2(serviceRoot.exitCode == 0 && serviceRoot.output.contains(QLatin1String("http")), qPrintable(serviceRoot.output));

        // No DATADIR on the command line: the upgrade uses the remembered one.
        const Tool t = msiexec({QStringLiteral("/i"), nativePath(QStringLiteral(MLC_MSI_NEXT))}, QStringLiteral("mlc-msi-upgrade.log"));
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));
        QVERIFY2(waitForState(SERVICE_RUNNING, 60000), qPrintable(QString::number(queryService().state)));
        QCOMPARE(serviceVersion(), QStringLiteral(MLC_NEXT_VERSION));
        const Tool version = run(installedExe(), {QStringLiteral("--version")});
        QVERIFY2(version.output.contains(QStringLiteral("ml-connector " MLC_NEXT_VERSION)), qPrintable(version.output));
        QVERIFY2(queryService().binaryPath.contains(nativePath(m_dataDir)), qPrintable(queryService().binaryPath));

        // Settings, ledger, audit chain: kept and intact.
        const Tool root = run(installedExe(), {QStringLiteral("--data-dir"), nativePath(m_dataDir), QStringLiteral("config"),
                                               QStringLiteral("get"), QStringLiteral("b1/serviceRoot")});
        QCOMPARE(root.output, serviceRoot.output);
        const Tool verify = run(installedExe(), {QStringLiteral("--data-dir"), nativePath(m_dataDir), QStringLiteral("audit"),
                                                 QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
        {
            auto st = store::Store::open(m_dataDir + QStringLiteral("/ml-connector.db"));
            QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
            QCOMPARE(st.value()->ledgerInState(store::LedgerState::Posted).value().size(), qsizetype(m_posted));
        }

        // Secrets kept: the new version logs in to Concur and B1 with them. The old documents post
        // nothing twice; new ones post once.
        const auto more = m_e->seed(6, 0.0, 99);
        const int expectedMore = expectedPosts(more);
        QString error;
        const int posted = syncThroughService(&error);
        QVERIFY2(posted == expectedMore && error.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 posted %3").arg(posted).arg(expectedMore).arg(error)));
        QSet<QString> refs;
        int total = 0;
        m_e->sims.call([&] {
            total = m_e->b1->journalEntryCount();
            for (const QJsonObject &je : m_e->b1->journalEntries())
                refs.insert(je.value(QStringLiteral("Reference3")).toString());
        });
        QCOMPARE(total, m_posted + expectedMore);
        QCOMPARE(int(refs.size()), total);
        m_posted = total;
    }

    void downgradeIsRefused()
    {
        const Tool t = msiexec({QStringLiteral("/i"), nativePath(QStringLiteral(MLC_MSI))}, QStringLiteral("mlc-msi-downgrade.log"));
        QVERIFY2(t.exitCode != 0, qPrintable(t.output));
        // Windows logs the launch condition's message; wine's msiexec only logs that the launch
        // conditions failed (the message itself is checked in the MSI by installer_msi_tables).
        QVERIFY2(t.output.contains(QLatin1String("A newer version of ml-connector is already installed"))
                     || (qEnvironmentVariableIsSet("MLC_UNDER_WINE") && t.output.contains(QLatin1String("LaunchConditions. Return value 0"))),
                 qPrintable(t.output));
        QVERIFY(waitForState(SERVICE_RUNNING, 30000));
        QCOMPARE(serviceVersion(), QStringLiteral(MLC_NEXT_VERSION));
    }

    void uninstallKeepsTheData()
    {
        const Tool t = msiexec({QStringLiteral("/x"), nativePath(QStringLiteral(MLC_MSI_NEXT))}, QStringLiteral("mlc-msi-uninstall.log"));
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));
        const ServiceInfo s = queryService();
        QVERIFY(!s.exists);
        QCOMPARE(s.error, DWORD(ERROR_SERVICE_DOES_NOT_EXIST));
        QVERIFY(runKeyValue().isEmpty());
        QVERIFY(logging::registeredEventMessageFile(kService).isEmpty());
        QVERIFY(!QFileInfo::exists(installedExe()));
        QVERIFY(QFileInfo::exists(m_dataDir + QStringLiteral("/ml-connector.db")));
        QVERIFY(QFileInfo::exists(m_dataDir + QStringLiteral("/logs/ml-connector.log")));
        auto secrets = createSecretStore(DefaultSecretStoreSpec);
        QVERIFY(secrets);
        QVERIFY(secrets->read(secretkey::B1Password).ok());
    }

    void uninstallWithRemoveData()
    {
        const Tool install = msiexec({QStringLiteral("/i"), nativePath(QStringLiteral(MLC_MSI_NEXT)),
                                      QStringLiteral("DATADIR=") + nativePath(m_dataDir)},
                                     QStringLiteral("mlc-msi-reinstall.log"));
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        QVERIFY(waitForState(SERVICE_RUNNING, 60000));
        const Tool t = msiexec({QStringLiteral("/x"), nativePath(QStringLiteral(MLC_MSI_NEXT)), QStringLiteral("REMOVEDATA=1")},
                               QStringLiteral("mlc-msi-removedata.log"));
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));
        QVERIFY(!queryService().exists);
        QVERIFY2(!QFileInfo::exists(m_dataDir), qPrintable(m_dataDir));
        auto secrets = createSecretStore(DefaultSecretStoreSpec);
        QVERIFY(secrets);
        const auto read = secrets->read(secretkey::B1Password);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("secret.not_found"));
    }
};

QTEST_GUILESS_MAIN(TestMsi)
#include "tst_msi.moc"
