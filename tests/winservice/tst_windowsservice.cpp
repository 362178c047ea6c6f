// The real ml-connector.exe as a Windows service: registered with its own `install` command,
// started with `sc start`, answering on its named pipe, running a sync cycle against the simulators
// (in this process, on 127.0.0.1), stopped with `sc stop`, removed with `uninstall`; the state the
// SCM reports is checked at every step. Runs under wine in CI (this test process also keeps wine's
// services.exe alive, which stops every service when the last ordinary wine process exits).
#include "../integration/endtoendfixture.h"
#include "runtool.h"

#include "ipc/ipcclient.h"
#include "logging/platformsink.h"
#include "host/servicecontrol.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
#include <shellapi.h>
#include <winioctl.h>

#include <cstring>

using namespace mlc;

namespace {

struct ScStatus {
    bool ok = false;
    DWORD state = 0;
    DWORD win32ExitCode = 0;
    DWORD specificExitCode = 0;
    DWORD controlsAccepted = 0;
    DWORD waitHint = 0;
};

struct Scm {
    SC_HANDLE manager = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_ENUMERATE_SERVICE);
    ~Scm()
    {
        if (manager)
            CloseServiceHandle(manager);
    }
    SC_HANDLE open(const QString &name, DWORD access, DWORD *error = nullptr)
    {
        SC_HANDLE h = OpenServiceW(manager, name.toStdWString().c_str(), access);
        if (error)
            *error = h ? 0 : GetLastError();
        return h;
    }
    ScStatus status(const QString &name)
    {
        ScStatus s;
        SC_HANDLE h = open(name, SERVICE_QUERY_STATUS);
        if (!h)
            return s;
        SERVICE_STATUS_PROCESS p{};
        DWORD needed = 0;
        s.ok = QueryServiceStatusEx(h, SC_STATUS_PROCESS_INFO, reinterpret_cast<LPBYTE>(&p), sizeof(p), &needed);
        s.state = p.dwCurrentState;
        s.win32ExitCode = p.dwWin32ExitCode;
        s.specificExitCode = p.dwServiceSpecificExitCode;
        s.controlsAccepted = p.dwControlsAccepted;
        s.waitHint = p.dwWaitHint;
        CloseServiceHandle(h);
        return s;
    }
};

using test::Tool;
using test::run;

int expectedPosts(const QList<sim::GeneratedDocument> &docs)
{
    int n = 0;
    for (const auto &d : docs)
        n += d.expectedOutcome == QLatin1String("post") ? 1 : 0;
    return n;
}

// Secrets in an explicit file (the service reads them as LocalSystem; see EndToEnd::handToService).
bool prepareDataDir(test::EndToEnd &e, QString *secretsFile)
{
    *secretsFile = e.dir.filePath(QStringLiteral("secrets.json"));
    return e.handToService(*secretsFile);
}

Tool installService(test::EndToEnd &e, const QString &secretsFile, const QString &pipe, const QString &name)
{
    return run(QStringLiteral(MLC_SERVICE_EXE), {QStringLiteral("--data-dir"), e.dir.path(), QStringLiteral("--secrets"),
                                                 QStringLiteral("file:") + secretsFile, QStringLiteral("--pipe"), pipe,
                                                 QStringLiteral("install"), QStringLiteral("--name"), name});
}

// Owner and DACL of a file or directory as SDDL ("O:BAD:...").
QString securityOf(const QString &path)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, nullptr,
                              nullptr, nullptr, nullptr, &sd)
        != ERROR_SUCCESS)
        return {};
    wchar_t *text = nullptr;
    ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                                         &text, nullptr);
    const QString out = text ? QString::fromWCharArray(text) : QString();
    if (text)
        LocalFree(text);
    LocalFree(sd);
    return out;
}

// A directory junction (mount-point reparse point) at `link` to `target`, as `mklink /J` makes
// one: no privilege needed on Windows.
bool createJunction(const QString &link, const QString &target)
{
    if (!CreateDirectoryW(QDir::toNativeSeparators(link).toStdWString().c_str(), nullptr))
        return false;
    HANDLE h = CreateFileW(QDir::toNativeSeparators(link).toStdWString().c_str(), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                           FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const std::wstring substitute = QString(QStringLiteral("\\??\\") + QDir::toNativeSeparators(target)).toStdWString();
    const std::wstring print = QDir::toNativeSeparators(target).toStdWString();
    const USHORT subBytes = USHORT(substitute.size() * sizeof(wchar_t));
    const USHORT printBytes = USHORT(print.size() * sizeof(wchar_t));
    // REPARSE_DATA_BUFFER (MountPointReparseBuffer), laid out by hand: mingw's headers lack it.
    QByteArray buf(int(8 + 8 + subBytes + 2 + printBytes + 2), '\0');
    auto *u32 = reinterpret_cast<DWORD *>(buf.data());
    auto *u16 = reinterpret_cast<USHORT *>(buf.data());
    u32[0] = IO_REPARSE_TAG_MOUNT_POINT;
    u16[2] = USHORT(buf.size() - 8);  // ReparseDataLength
    u16[4] = 0;                       // SubstituteNameOffset
    u16[5] = subBytes;                // SubstituteNameLength
    u16[6] = USHORT(subBytes + 2);    // PrintNameOffset
    u16[7] = printBytes;              // PrintNameLength
    memcpy(buf.data() + 16, substitute.c_str(), subBytes);
    memcpy(buf.data() + 16 + subBytes + 2, print.c_str(), printBytes);
    DWORD returned = 0;
    const BOOL ok = DeviceIoControl(h, FSCTL_SET_REPARSE_POINT, buf.data(), DWORD(buf.size()), nullptr, 0, &returned, nullptr);
    CloseHandle(h);
    if (!ok)
        RemoveDirectoryW(QDir::toNativeSeparators(link).toStdWString().c_str());
    return ok;
}

} // namespace

class TestWindowsService : public QObject {
    Q_OBJECT
    QString m_name = QStringLiteral("mlc-test-%1").arg(QCoreApplication::applicationPid());

private slots:
    void initTestCase()
    {
        // Services left behind by an earlier run that crashed before its cleanup().
        Scm scm;
        QVERIFY(scm.manager);
        DWORD needed = 0;
        DWORD count = 0;
        DWORD resume = 0;
        EnumServicesStatusExW(scm.manager, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, nullptr, 0, &needed, &count,
                              &resume, nullptr);
        QByteArray buffer(int(needed) + 1024, '\0');
        resume = 0;
        if (!EnumServicesStatusExW(scm.manager, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL,
                                   reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed, &count, &resume, nullptr))
            return;
        const auto *services = reinterpret_cast<const ENUM_SERVICE_STATUS_PROCESSW *>(buffer.constData());
        for (DWORD i = 0; i < count; ++i) {
            const QString name = QString::fromWCharArray(services[i].lpServiceName);
            if (!name.startsWith(QLatin1String("mlc-test-")))
                continue;
            if (SC_HANDLE h = scm.open(name, SERVICE_STOP | DELETE)) {
                SERVICE_STATUS st{};
                ControlService(h, SERVICE_CONTROL_STOP, &st);
                DeleteService(h);
                CloseServiceHandle(h);
            }
        }
    }

    void cleanup()
    {
        // A failed step must not leave a registered service behind in the prefix / on the machine.
        Scm scm;
        if (SC_HANDLE h = scm.open(m_name, SERVICE_STOP | DELETE)) {
            SERVICE_STATUS s{};
            ControlService(h, SERVICE_CONTROL_STOP, &s);
            DeleteService(h);
            CloseServiceHandle(h);
        }
        (void)logging::unregisterEventSource(m_name);
    }

    void commandLineSurvivesQuoting()
    {
        // What the SCM starts must parse back into the same arguments (CommandLineToArgvW rules),
        // also for a drive root, whose trailing backslash would otherwise escape the closing quote.
        cli::ServiceInstallOptions o;
        o.executable = QStringLiteral("C:/Program Files/ml-connector/ml-connector.exe");
        o.dataDir = QStringLiteral("D:\\");
        o.secretsSpec = QStringLiteral("file:D:\\secrets dir\\s.json");
        const QString line = cli::serviceCommandLine(o);
        int argc = 0;
        LPWSTR *argv = CommandLineToArgvW(line.toStdWString().c_str(), &argc);
        QVERIFY(argv);
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args << QString::fromWCharArray(argv[i]);
        LocalFree(argv);
        QCOMPARE(args, (QStringList{QStringLiteral("C:\\Program Files\\ml-connector\\ml-connector.exe"), QStringLiteral("--data-dir"),
                                    QStringLiteral("D:\\"), QStringLiteral("--secrets"), QStringLiteral("file:D:\\secrets dir\\s.json"),
                                    QStringLiteral("run"), QStringLiteral("--service"), QStringLiteral("--name"),
                                    QStringLiteral("ml-connector")}));
    }

    // Issue #7 item 10: a data directory that someone created before install (ProgramData lets
    // every user create folders) is taken over: Administrators own it and everything in it, the
    // contents get exactly what they inherit (explicit ACEs of the old owner are gone), a `file:`
    // secret store gets no operators' read, and a junction inside is refused, never followed.
    // wine keeps neither owners nor file DACLs and cannot create junctions: there the calls'
    // results and the descriptors built are checked, the read-back runs on Windows.
    void dataDirectoryIsTakenOver()
    {
        QCOMPARE(cli::dataEntrySddl(QStringLiteral("D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FR;;;S-1-5-32-555)"), true),
                 QStringLiteral("O:BAD:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;FR;;;S-1-5-32-555)"));
        QCOMPARE(cli::dataEntrySddl(QStringLiteral("D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FR;;;S-1-5-32-555)"), false),
                 QStringLiteral("O:BAD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;FR;;;S-1-5-32-555)"));
        QCOMPARE(cli::secretsFileSddl(QStringLiteral("S-1-5-80-1")), QStringLiteral("O:BAD:P(A;;FA;;;SY)(A;;FA;;;BA)(A;;FA;;;S-1-5-80-1)"));

        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("logs")));
        for (const char *f : {"ml-connector.db", "secrets.json", "logs/ml-connector.log"}) {
            QFile file(dir.filePath(QLatin1String(f)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        const QString secrets = dir.filePath(QStringLiteral("secrets.json"));
        QStringList warnings;
        const auto r = cli::secureDataDirectory(dir.path(), QString(), QStringLiteral("Users"), &warnings, secrets);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        if (!qEnvironmentVariableIsSet("MLC_UNDER_WINE")) {
            for (const QString &entry : {dir.path(), dir.filePath(QStringLiteral("logs")), dir.filePath(QStringLiteral("ml-connector.db")),
                                         dir.filePath(QStringLiteral("logs/ml-connector.log")), secrets}) {
                const QString sddl = securityOf(entry);
                QVERIFY2(sddl.startsWith(QLatin1String("O:BA")), qPrintable(entry + QLatin1Char(' ') + sddl));
                const bool isSecrets = entry == secrets;
                QVERIFY2(sddl.contains(QLatin1String(";;;BU)")) == !isSecrets, qPrintable(entry + QLatin1Char(' ') + sddl));
                QVERIFY2(!sddl.contains(QLatin1String(";;;WD)")), qPrintable(sddl));
            }
        }

        // A junction inside: refused, and what it points to is left alone.
        QTemporaryDir elsewhere;
        const QString junction = dir.filePath(QStringLiteral("logs/evil"));
        if (!createJunction(junction, elsewhere.path()))
            QSKIP("cannot create a junction here (wine 8 has no reparse points); the refusal runs on Windows");
        const QString before = securityOf(elsewhere.path());
        const auto refused = cli::secureDataDirectory(dir.path(), QString(), QStringLiteral("Users"), &warnings, secrets);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("config.data_dir"));
        QVERIFY2(refused.error().message.contains(QLatin1String("junction")), qPrintable(refused.error().message));
        QCOMPARE(securityOf(elsewhere.path()), before);
        RemoveDirectoryW(QDir::toNativeSeparators(junction).toStdWString().c_str());
    }

    void notStartedByTheScm()
    {
        // Started by hand, `run --service` cannot reach the SCM (error 1063, after a while) and says
        // what to do instead.
        const Tool t = run(QStringLiteral(MLC_SERVICE_EXE), {QStringLiteral("run"), QStringLiteral("--service")});
        QCOMPARE(t.exitCode, 1);
        QVERIFY2(t.output.contains(QLatin1String("run --console")), qPrintable(t.output));
    }

    void lifecycle()
    {
        test::EndToEnd e;
        QVERIFY(e.ready());
        const auto docs = e.seed(12, 0.0);
        const int expected = expectedPosts(docs);
        QVERIFY(expected > 0);
        QString secretsFile;
        QVERIFY(prepareDataDir(e, &secretsFile));
        const QString pipe = m_name + QStringLiteral("-pipe");
        const QString exe = QStringLiteral(MLC_SERVICE_EXE);

        // 1. install: the service's own command registers it with everything an admin expects.
        const Tool install = installService(e, secretsFile, pipe, m_name);
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        Scm scm;
        QVERIFY(scm.manager);
        SC_HANDLE h = scm.open(m_name, SERVICE_QUERY_CONFIG);
        QVERIFY(h);
        {
            QByteArray buffer(8192, '\0');
            DWORD needed = 0;
            QVERIFY(QueryServiceConfigW(h, reinterpret_cast<LPQUERY_SERVICE_CONFIGW>(buffer.data()), DWORD(buffer.size()), &needed));
            const auto *config = reinterpret_cast<const QUERY_SERVICE_CONFIGW *>(buffer.constData());
            QCOMPARE(config->dwStartType, DWORD(SERVICE_AUTO_START));
            QCOMPARE(config->dwServiceType, DWORD(SERVICE_WIN32_OWN_PROCESS));
            const QString binPath = QString::fromWCharArray(config->lpBinaryPathName);
            QVERIFY2(binPath.contains(QLatin1String("run --service")), qPrintable(binPath));
            QVERIFY2(binPath.contains(QDir::toNativeSeparators(e.dir.path())), qPrintable(binPath));
            QVERIFY(!binPath.contains(QLatin1String(test::EndToEnd::kB1Password))); // no secret on a command line

            QVERIFY(QueryServiceConfig2W(h, SERVICE_CONFIG_DESCRIPTION, reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed));
            const auto *desc = reinterpret_cast<const SERVICE_DESCRIPTIONW *>(buffer.constData());
            QVERIFY(desc->lpDescription && QString::fromWCharArray(desc->lpDescription).contains(QLatin1String("SAP Business One")));

            QVERIFY(QueryServiceConfig2W(h, SERVICE_CONFIG_PRESHUTDOWN_INFO, reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed));
            QCOMPARE(reinterpret_cast<const SERVICE_PRESHUTDOWN_INFO *>(buffer.constData())->dwPreshutdownTimeout, DWORD(180 * 1000));

            if (qEnvironmentVariableIsSet("MLC_UNDER_WINE")) {
                // wine's SCM has no delayed start and no failure-actions flag (ERROR_INVALID_LEVEL) and
                // accepts failure actions without storing them: install says what it skipped and goes on.
                QVERIFY2(install.output.contains(QLatin1String("does not support a delayed automatic start")), qPrintable(install.output));
                QVERIFY2(install.output.contains(QLatin1String("does not support restarts after an error exit")), qPrintable(install.output));
            } else {
                QVERIFY(QueryServiceConfig2W(h, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, reinterpret_cast<LPBYTE>(buffer.data()),
                                             DWORD(buffer.size()), &needed));
                QVERIFY(reinterpret_cast<const SERVICE_DELAYED_AUTO_START_INFO *>(buffer.constData())->fDelayedAutostart);
                QVERIFY(QueryServiceConfig2W(h, SERVICE_CONFIG_FAILURE_ACTIONS, reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed));
                const auto *fa = reinterpret_cast<const SERVICE_FAILURE_ACTIONSW *>(buffer.constData());
                QCOMPARE(fa->cActions, DWORD(3));
                QCOMPARE(fa->lpsaActions[0].Type, SC_ACTION_RESTART);
                QCOMPARE(fa->dwResetPeriod, DWORD(24 * 3600));
                QVERIFY(QueryServiceConfig2W(h, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed));
                QVERIFY(reinterpret_cast<const SERVICE_FAILURE_ACTIONS_FLAG *>(buffer.constData())->fFailureActionsOnNonCrashFailures);
            }
        }
        CloseServiceHandle(h);
        // The message table lives in the executable the service runs (registered as C:\… or Z:\…).
        const QString messageFile = logging::registeredEventMessageFile(m_name);
        QVERIFY2(QFileInfo(messageFile).exists(), qPrintable(messageFile));
        QCOMPARE(QFileInfo(messageFile).canonicalFilePath().toLower(), QFileInfo(exe).canonicalFilePath().toLower());
        QCOMPARE(scm.status(m_name).state, DWORD(SERVICE_STOPPED));
        // The data directory no longer inherits ProgramData's "every user may read" ACL. The DACL
        // install builds is checked here everywhere; wine does not keep file DACLs (it reports one
        // made from the Unix mode bits), so the read-back from the folder runs on Windows only.
        {
            const QString wanted = cli::dataDirectorySddl(QString(), QStringLiteral("S-1-5-32-555"));
            QCOMPARE(wanted, QStringLiteral("D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FR;;;S-1-5-32-555)"));
            PSECURITY_DESCRIPTOR built = nullptr;
            QVERIFY(ConvertStringSecurityDescriptorToSecurityDescriptorW(wanted.toStdWString().c_str(), SDDL_REVISION_1, &built, nullptr));
            LocalFree(built);
            if (!qEnvironmentVariableIsSet("MLC_UNDER_WINE")) {
                PSECURITY_DESCRIPTOR sd = nullptr;
                std::wstring dir = QDir::toNativeSeparators(e.dir.path()).toStdWString();
                QCOMPARE(GetNamedSecurityInfoW(dir.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, nullptr,
                                               nullptr, &sd),
                         DWORD(ERROR_SUCCESS));
                wchar_t *text = nullptr;
                QVERIFY(ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, DACL_SECURITY_INFORMATION, &text, nullptr));
                const QString sddl = QString::fromWCharArray(text);
                LocalFree(text);
                LocalFree(sd);
                QVERIFY2(sddl.startsWith(QLatin1String("D:P")), qPrintable(sddl)); // protected: nothing inherited
                QVERIFY2(sddl.contains(QLatin1String(";;;SY)")) && sddl.contains(QLatin1String(";;;BA)")), qPrintable(sddl));
                QVERIFY2(!sddl.contains(QLatin1String(";;;BU)")) && !sddl.contains(QLatin1String(";;;WD)")), qPrintable(sddl));
            }
        }

        // 2. sc start: START_PENDING, then RUNNING once the service core listens.
        const Tool start = run(QStringLiteral("sc"), {QStringLiteral("start"), m_name});
        QVERIFY2(start.exitCode == 0, qPrintable(start.output));
        QTRY_COMPARE_WITH_TIMEOUT(scm.status(m_name).state, DWORD(SERVICE_RUNNING), 60000);
        const ScStatus running = scm.status(m_name);
        QCOMPARE(running.controlsAccepted & (SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_PRESHUTDOWN),
                 DWORD(SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_PRESHUTDOWN));
        const Tool query = run(QStringLiteral("sc"), {QStringLiteral("query"), m_name});
        QVERIFY2(query.output.contains(QLatin1String("RUNNING")), qPrintable(query.output));

        // 3. the pipe answers (hello handshake inside connectToServer); a cycle posts everything.
        ipc::IpcClient client(QStringLiteral("tst_windowsservice"));
        auto connected = client.connectToServer(pipe, 10000);
        QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().toString()));
        auto status = client.call(QStringLiteral("status"), {});
        QVERIFY(status.ok());
        QCOMPARE(status->value(QStringLiteral("version")).toString(), QStringLiteral(MLC_VERSION));
        auto cycle = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
        QVERIFY2(cycle.ok(), qPrintable(cycle.ok() ? QString() : cycle.error().toString()));
        QCOMPARE(cycle->value(QStringLiteral("posted")).toInt(), expected);
        QVERIFY(cycle->value(QStringLiteral("ok")).toBool());
        int journalEntries = 0;
        e.sims.call([&] { journalEntries = e.b1->journalEntryCount(); });
        QCOMPARE(journalEntries, expected);

        // 4. sc stop: STOP_PENDING (the handler's answer), then STOPPED with exit code 0; the B1
        // session was logged out and the pipe closed.
        const Tool stop = run(QStringLiteral("sc"), {QStringLiteral("stop"), m_name});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.output));
        QVERIFY2(stop.output.contains(QLatin1String("STOP_PENDING")) || stop.output.contains(QLatin1String("STOPPED")),
                 qPrintable(stop.output));
        QTRY_COMPARE_WITH_TIMEOUT(scm.status(m_name).state, DWORD(SERVICE_STOPPED), 60000);
        const ScStatus stopped = scm.status(m_name);
        QCOMPARE(stopped.win32ExitCode, DWORD(NO_ERROR));
        int logouts = 0;
        e.sims.call([&] { logouts = e.b1->logoutCount(); });
        QCOMPARE(logouts, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), 10000);

        // The log file in the data directory has the story, without secrets.
        QFile log(QDir(e.dir.path()).filePath(QStringLiteral("logs/ml-connector.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("[event 100]") && text.contains("[event 200]") && text.contains("[event 101]"), text.constData());
        QVERIFY(!text.contains(test::EndToEnd::kB1Password));
        QVERIFY(!text.contains(test::EndToEnd::kClientSecret));

        // 5. uninstall: gone, with its Event Log source.
        const Tool uninstall = run(exe, {QStringLiteral("uninstall"), QStringLiteral("--name"), m_name});
        QVERIFY2(uninstall.exitCode == 0, qPrintable(uninstall.output));
        DWORD error = 0;
        QVERIFY(!scm.open(m_name, SERVICE_QUERY_STATUS, &error));
        QCOMPARE(error, DWORD(ERROR_SERVICE_DOES_NOT_EXIST));
        QVERIFY(logging::registeredEventMessageFile(m_name).isEmpty());
    }

    // A service that cannot start (here: a secret store spec it does not know) stops with its exit
    // code as the service-specific error, which the SCM shows and acts on (restart-on-failure),
    // and the reason is Event 600 in the log.
    void failedStartReportsTheConfigurationError()
    {
        test::EndToEnd e;
        QVERIFY(e.ready());
        QString secretsFile;
        QVERIFY(prepareDataDir(e, &secretsFile));
        const Tool install = run(QStringLiteral(MLC_SERVICE_EXE),
                                 {QStringLiteral("--data-dir"), e.dir.path(), QStringLiteral("--secrets"), QStringLiteral("vault:nowhere"),
                                  QStringLiteral("install"), QStringLiteral("--name"), m_name});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        Scm scm;
        run(QStringLiteral("sc"), {QStringLiteral("start"), m_name}); // may already report the failure
        QTRY_COMPARE_WITH_TIMEOUT(scm.status(m_name).state, DWORD(SERVICE_STOPPED), 60000);
        const ScStatus s = scm.status(m_name);
        QCOMPARE(s.win32ExitCode, DWORD(ERROR_SERVICE_SPECIFIC_ERROR));
        QCOMPARE(s.specificExitCode, DWORD(2)); // ExitConfig
        QFile log(QDir(e.dir.path()).filePath(QStringLiteral("logs/ml-connector.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("[event 600]") && text.contains("vault"), text.constData());
    }

    // `sc stop` while a cycle posts: the service ends the cycle at the next page boundary (every
    // entry sent is confirmed, nothing is left `posting`), reaches STOPPED within the announced
    // wait hint, and the next start posts exactly the rest.
    void stopInTheMiddleOfACycle()
    {
        sim::B1SimConfig slow;
        slow.latencyMs = 250; // a page of 25 documents takes several seconds
        test::EndToEnd e(slow);
        QVERIFY(e.ready());
        const auto docs = e.seed(75, 0.0, 23);
        const int expected = expectedPosts(docs);
        QString secretsFile;
        QVERIFY(prepareDataDir(e, &secretsFile));
        const QString pipe = m_name + QStringLiteral("-pipe");
        const Tool install = installService(e, secretsFile, pipe, m_name);
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        Scm scm;
        QVERIFY(run(QStringLiteral("sc"), {QStringLiteral("start"), m_name}).exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(scm.status(m_name).state, DWORD(SERVICE_RUNNING), 60000);

        ipc::IpcClient client(QStringLiteral("tst_windowsservice"));
        QVERIFY(client.connectToServer(pipe, 10000).ok());
        int progressEvents = 0;
        connect(&client, &ipc::IpcClient::eventReceived, this, [&](const QString &event, const QJsonObject &) {
            progressEvents += event == QLatin1String("cycle.progress") ? 1 : 0;
        });
        QVERIFY(client.call(QStringLiteral("runNow"), {}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(progressEvents > 0, 60000); // the first page is through

        const Tool stop = run(QStringLiteral("sc"), {QStringLiteral("stop"), m_name});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.output));
        const ScStatus pending = scm.status(m_name);
        if (pending.state == SERVICE_STOP_PENDING)
            QCOMPARE(pending.waitHint, DWORD(30000)); // what the SCM was promised
        QTRY_COMPARE_WITH_TIMEOUT(scm.status(m_name).state, DWORD(SERVICE_STOPPED), 30000);
        QCOMPARE(scm.status(m_name).win32ExitCode, DWORD(NO_ERROR));

        int firstRun = 0;
        e.sims.call([&] { firstRun = e.b1->journalEntryCount(); });
        QVERIFY2(firstRun > 0 && firstRun < expected, qPrintable(QStringLiteral("%1 of %2 posted before the stop").arg(firstRun).arg(expected)));
        {
            // Every entry B1 has is recorded as posted; what was decided but not sent before the stop
            // is still `posting` and not in B1 (it is looked up, then posted, next cycle).
            auto st = store::Store::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
            QVERIFY(st.ok());
            QCOMPARE(st.value()->ledgerInState(store::LedgerState::Posted).value().size(), qsizetype(firstRun));
            QSet<QString> inB1;
            e.sims.call([&] {
                for (const QJsonObject &je : e.b1->journalEntries())
                    inB1.insert(je.value(QStringLiteral("Reference3")).toString());
            });
            const auto unsent = st.value()->ledgerInState(store::LedgerState::Posting); // kept alive for the loop
            QVERIFY(unsent.ok());
            for (const auto &row : unsent.value())
                QVERIFY2(!inB1.contains(row.idemKey), qPrintable(row.key));
        }

        // Started again, the service posts the rest and nothing twice.
        QVERIFY(run(QStringLiteral("sc"), {QStringLiteral("start"), m_name}).exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(scm.status(m_name).state, DWORD(SERVICE_RUNNING), 60000);
        ipc::IpcClient again(QStringLiteral("tst_windowsservice"));
        QVERIFY(again.connectToServer(pipe, 10000).ok());
        auto rest = again.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 180000);
        QVERIFY2(rest.ok(), qPrintable(rest.ok() ? QString() : rest.error().toString()));
        QCOMPARE(rest->value(QStringLiteral("posted")).toInt(), expected - firstRun);
        QSet<QString> refs;
        int total = 0;
        e.sims.call([&] {
            total = e.b1->journalEntryCount();
            for (const QJsonObject &je : e.b1->journalEntries())
                refs.insert(je.value(QStringLiteral("Reference3")).toString());
        });
        QCOMPARE(total, expected);
        QCOMPARE(int(refs.size()), expected);
        QVERIFY(run(QStringLiteral("sc"), {QStringLiteral("stop"), m_name}).exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(scm.status(m_name).state, DWORD(SERVICE_STOPPED), 30000);
    }
};

QTEST_GUILESS_MAIN(TestWindowsService)
#include "tst_windowsservice.moc"
