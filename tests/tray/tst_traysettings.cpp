// The Settings page against the real console service on the simulators (issue #8 item 3):
// - an administrator connects SAP Business One the way it happens on a new installation: the test
//   shows the certificate the server presents, "Trust this certificate" pins exactly that one, a
//   wrong password is refused, the right one typed into the write-only field makes the test pass;
//   the password is in the secret store, never in the database or the audit trail, and the audit
//   trail names the user for every change;
// - an operator (user "nobody", member of the operators group; needs root) sees the same page
//   read-only, and the service refuses the change when it is sent anyway;
// - the schedule field previews the next runs and rejects text that is not a schedule.
#include "../service/consoleservicefixture.h"

#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "pages/connectionsections.h"
#include "pages/settingsform.h"
#include "pages/settingspage.h"
#include "pages/firstrunassistant.h"
#include "secrets/memorysecretstore.h"
#include "servicecore/servicecore.h"

#include <QApplication>
#include <QComboBox>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace mlc;

namespace {

template <typename T>
T *child(QWidget *page, const char *name)
{
    return page->findChild<T *>(QLatin1String(name));
}

QString nobodyGroup()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(65534)) {
        if (const group *g = ::getgrgid(pw->pw_gid))
            return QString::fromLocal8Bit(g->gr_name);
    }
#endif
    return {};
}

// What the page thinks is unsaved, for failure messages.
QByteArray unsaved(tray::SettingsPage &page)
{
    QStringList out;
    for (const auto &c : page.form()->changedSettings())
        out << c.first + QLatin1Char('=') + c.second;
    return out.join(QLatin1String(", ")).toUtf8();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The operator's side, run as "nobody": the page as it shows, and what the service answers to a
// change sent anyway. Prints one JSON object.
int operatorProbe(const QString &dbPath, const QString &pipe)
{
    QJsonObject out;
    auto db = tray::StateDatabase::open(dbPath);
    if (!db.ok()) {
        out.insert(QStringLiteral("error"), db.error().toString());
    } else {
        tray::ServiceConnection service(pipe);
        tray::SettingsPage page(db.value().get(), &service);
        page.show();
        service.start();
        (void)QTest::qWaitFor([&] { return service.isConnected(); }, 10000);
        QTest::qWait(200);
        out.insert(QStringLiteral("connected"), service.isConnected());
        out.insert(QStringLiteral("role"), service.role());
        out.insert(QStringLiteral("editable"), page.isEditable());
        auto *companyDb = child<QLineEdit>(&page, "b1CompanyDb");
        auto *password = child<QLineEdit>(&page, "b1Password");
        auto *save = child<QPushButton>(&page, "settingsSave");
        out.insert(QStringLiteral("companyDb"), companyDb ? companyDb->text() : QString());
        out.insert(QStringLiteral("companyDbReadOnly"), companyDb && companyDb->isReadOnly());
        out.insert(QStringLiteral("passwordReadOnly"), password && password->isReadOnly());
        out.insert(QStringLiteral("saveVisible"), save && save->isVisible());
        out.insert(QStringLiteral("unsaved"), QString::fromUtf8(unsaved(page)));
        out.insert(QStringLiteral("access"), child<QLabel>(&page, "settingsAccess")->text());
        bool answered = false;
        service.call(QStringLiteral("settings.set"),
                     {{QStringLiteral("key"), QStringLiteral("b1/companyDb")}, {QStringLiteral("value"), QStringLiteral("OPERATOR_DB")}},
                     [&](const Result<QJsonObject> &r) {
                         out.insert(QStringLiteral("refused"), r.ok() ? QString() : r.error().code);
                         answered = true;
                     });
        (void)QTest::qWaitFor([&] { return answered; }, 10000);
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace

class TestTraySettings : public QObject {
    Q_OBJECT
private slots:
    void adminConnectsB1TrustingTheCertificateAndSettingThePassword();
    void operatorSeesSettingsReadOnlyAndTheServiceRefuses();
    void schedulePreviewShowsTheNextRuns();
    void firstRunAssistantSavesEachStep();
};

void TestTraySettings::adminConnectsB1TrustingTheCertificateAndSettingThePassword()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    // A B1 server with its own self-signed certificate (as on a fresh on-premise installation),
    // which nobody has trusted yet.
    sim::B1SimConfig tlsConfig;
    tlsConfig.password = QLatin1String(test::EndToEnd::kB1Password);
    auto *b1 = e.sims.create<sim::B1Simulator>(tlsConfig);
    bool listening = false;
    e.sims.call([&] {
        b1->setMasterData(sim::DemoScenario::masterData());
        listening = b1->listen(0, true);
    });
    QVERIFY(listening);
    QVERIFY(e.db->setSetting(QStringLiteral("b1/serviceRoot"), b1->serviceRoot()).ok());
    QVERIFY(b1->serviceRoot().startsWith(QLatin1String("https://")));
    test::Service svc(e);
    QVERIFY(svc.prepare());
    {
        FileSecretStore secrets(svc.secretsFile);
        QVERIFY(secrets.write(secretkey::B1Password, "not-the-password").ok());
    }
    svc.start();
    {
        ipc::IpcClient probe(QStringLiteral("tst_traysettings"));
        QVERIFY2(svc.connect(probe), svc.output().constData());
    }

    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(svc.pipe);
    tray::SettingsPage page(db.value().get(), &service);
    page.resize(900, 1400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 10000);
    QCOMPARE(service.role(), QStringLiteral("admin"));
    QTRY_VERIFY(page.isEditable());

    auto *companyDb = child<QLineEdit>(&page, "b1CompanyDb");
    auto *password = child<QLineEdit>(&page, "b1Password");
    auto *pin = child<QLineEdit>(&page, "b1PinnedSha256");
    auto *test = child<QPushButton>(&page, "b1Test");
    auto *result = child<QLabel>(&page, "b1TestResult");
    auto *trust = child<QPushButton>(&page, "b1TrustCertificate");
    auto *presented = child<QLabel>(&page, "b1PresentedCertificate");
    auto *save = child<QPushButton>(&page, "settingsSave");
    auto *feedback = child<QLabel>(&page, "settingsFeedback");
    QVERIFY(companyDb && password && pin && test && result && trust && presented && save && feedback);
    QCOMPARE(companyDb->text(), e.settings.value(QStringLiteral("b1/companyDb")));
    QVERIFY(!companyDb->isReadOnly());
    // Write-only: the field is empty and says a password is stored.
    QVERIFY(password->text().isEmpty());
    QTRY_VERIFY(password->placeholderText().contains(QLatin1String("stored")));

    // 1. The test shows the certificate the server presented; trusting fills in its fingerprint.
    QVERIFY2(!page.form()->isDirty(), unsaved(page).constData());
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 60000);
    QVERIFY2(result->text().contains(QLatin1String("certificate")), qPrintable(result->text()));
    QVERIFY(presented->text().contains(QLatin1Char(':')));
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(pin->text().size(), 32 * 3 - 1); // AB:CD:… 32 bytes
    QVERIFY(save->isEnabled());
    QVERIFY(!test->isEnabled()); // unsaved: the test would use the old settings
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(feedback->text(), QStringLiteral("Saved."), 10000);

    // 2. Now the certificate is trusted and the stored password is wrong: B1 says so.
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && result->text() != QStringLiteral("Testing…"), 60000);
    QVERIFY2(!result->text().startsWith(QLatin1String("Connected")), qPrintable(result->text()));
    QVERIFY(!trust->isVisible());

    // 3. The right password, typed by keyboard, saved, tested.
    password->setFocus();
    QTest::keyClicks(password, QLatin1String(test::EndToEnd::kB1Password));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(feedback->text(), QStringLiteral("Saved."), 10000);
    QVERIFY(password->text().isEmpty()); // never kept on screen
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Connected to company")), 60000);
    QVERIFY2(result->text().contains(e.settings.value(QStringLiteral("b1/companyDb"))), qPrintable(result->text()));

    // The service's view: the pin as typed, the password in the secret store only.
    service.stop();
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
    db.value().reset();
    auto st = store::Store::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(st.ok());
    QCOMPARE(st.value()->setting(QStringLiteral("b1/pinnedSha256")).value(), pin->text());
    FileSecretStore secrets(svc.secretsFile);
    QCOMPARE(secrets.read(secretkey::B1Password).value(), QByteArray(test::EndToEnd::kB1Password));
    for (const QString &f : QDir(e.dir.path()).entryList({QStringLiteral("ml-connector.db*")}, QDir::Files))
        QVERIFY2(!fileBytes(e.dir.filePath(f)).contains(test::EndToEnd::kB1Password), qPrintable(f));
    auto audit = st.value()->audit(QString(), 50);
    QVERIFY(audit.ok());
    bool pinAudited = false, passwordAudited = false;
    for (const auto &a : audit.value()) {
        QVERIFY(!a.after.contains(QLatin1String(test::EndToEnd::kB1Password)));
        if (a.actor.startsWith(QLatin1String("pipe:")) && a.action == QLatin1String("setting") && a.detail == QLatin1String("b1/pinnedSha256"))
            pinAudited = true;
        if (a.actor.startsWith(QLatin1String("pipe:")) && a.action == QLatin1String("secret") && a.detail == secretkey::B1Password)
            passwordAudited = true;
    }
    QVERIFY(pinAudited);
    QVERIFY(passwordAudited);
}

void TestTraySettings::operatorSeesSettingsReadOnlyAndTheServiceRefuses()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX peer credentials");
#else
    if (::geteuid() != 0)
        QSKIP("needs root to run the operator's tray as another user");
    const QString group = nobodyGroup();
    if (group.isEmpty())
        QSKIP("no group for user nobody");
    test::EndToEnd e;
    QVERIFY(e.ready());
    QVERIFY(e.db->setSetting(QStringLiteral("service/operatorsGroup"), group).ok());
    test::Service svc(e);
    QVERIFY(svc.prepare());
    QCOMPARE(::chmod(QFile::encodeName(e.dir.path()).constData(), 0755), 0);
    svc.start();
    {
        ipc::IpcClient probe(QStringLiteral("tst_traysettings"));
        QVERIFY2(svc.connect(probe), svc.output().constData());
    }
    const QString dbPath = e.dir.filePath(QStringLiteral("ml-connector.db"));
    for (const QString &f : QDir(e.dir.path()).entryList({QStringLiteral("ml-connector.db*")}, QDir::Files))
        QCOMPARE(::chmod(QFile::encodeName(e.dir.filePath(f)).constData(), 0644), 0);

    // The probe runs from a world-readable copy (the build tree may be private).
    QTemporaryDir probeDir;
    const QString probeExe = probeDir.filePath(QStringLiteral("probe"));
    QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), probeExe));
    QCOMPARE(::chmod(QFile::encodeName(probeExe).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(probeDir.path()).constData(), 0755), 0);
    const gid_t gid = ::getgrnam(group.toLocal8Bit().constData())->gr_gid;
    QProcess operatorTray;
    operatorTray.setWorkingDirectory(probeDir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), probeDir.path());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    operatorTray.setProcessEnvironment(env);
    operatorTray.setChildProcessModifier([gid] {
        const gid_t groups[] = {gid};
        if (::setgroups(1, groups) != 0 || ::setgid(gid) != 0 || ::setuid(65534) != 0)
            ::_exit(99);
    });
    operatorTray.start(probeExe, {QStringLiteral("--operator-probe"), dbPath, svc.pipe});
    QVERIFY(operatorTray.waitForFinished(60000));
    const QByteArray out = operatorTray.readAllStandardOutput();
    QVERIFY2(operatorTray.exitCode() == 0, QByteArray(out + operatorTray.readAllStandardError()).constData());
    const QJsonObject r = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    QVERIFY2(r.value(QStringLiteral("connected")).toBool(), out.constData());
    QCOMPARE(r.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(r.value(QStringLiteral("editable")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("companyDb")).toString(), e.settings.value(QStringLiteral("b1/companyDb")));
    QCOMPARE(r.value(QStringLiteral("companyDbReadOnly")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("passwordReadOnly")).toBool(), true);
    QCOMPARE(r.value(QStringLiteral("saveVisible")).toBool(), false);
    QVERIFY2(r.value(QStringLiteral("access")).toString().contains(QLatin1String("administrator")), out.constData());
    QCOMPARE(r.value(QStringLiteral("refused")).toString(), ipc::protocol::errNotPermitted());

    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
    auto st = store::Store::open(dbPath);
    QVERIFY(st.ok());
    QCOMPARE(st.value()->setting(QStringLiteral("b1/companyDb")).value(), e.settings.value(QStringLiteral("b1/companyDb")));
    QCOMPARE(::chmod(QFile::encodeName(e.dir.path()).constData(), 0700), 0);
#endif
}

void TestTraySettings::schedulePreviewShowsTheNextRuns()
{
    QTemporaryDir dir;
    {
        auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
        QVERIFY(st.ok());
        QVERIFY(st.value()->setSetting(QStringLiteral("schedule/spec"), QStringLiteral("weekdays at 18:00")).ok());
        QVERIFY(st.value()->setSetting(QStringLiteral("schedule/timeZone"), QStringLiteral("Europe/Berlin")).ok());
    }
    auto db = tray::StateDatabase::open(dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(dir.filePath(QStringLiteral("nobody-here.sock")));
    tray::SettingsPage page(db.value().get(), &service);
    auto *spec = child<QLineEdit>(&page, "scheduleSpec");
    auto *preview = child<QLabel>(&page, "schedulePreview");
    QVERIFY(spec && preview);
    QCOMPARE(spec->text(), QStringLiteral("weekdays at 18:00"));
    const QStringList runs = preview->text().split(QLatin1Char('\n'));
    QCOMPARE(runs.size(), 5);
    for (const QString &run : runs)
        QVERIFY2(run.contains(QLatin1String("18:00")) || run.contains(QLatin1String("6:00")), qPrintable(run));
    // Offline the page is read-only and says why; the preview still follows what is typed.
    QVERIFY(!page.isEditable());
    QVERIFY(spec->isReadOnly());
    spec->setText(QStringLiteral("every 7 parsecs"));
    QVERIFY2(preview->text().startsWith(QLatin1String("Not a schedule")), qPrintable(preview->text()));
}

// An empty data directory, the service running, an administrator: the assistant leads through
// B1, Concur, posting and schedule; each step is saved through the service when they go on.
void TestTraySettings::firstRunAssistantSavesEachStep()
{
    QTemporaryDir dir;
    auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(st.ok());
    MemorySecretStore secrets;
    service::ServiceCore core(*st.value(), secrets, [] {
        return Result<cli::Connections *>(makeError(QStringLiteral("config.missing"), QStringLiteral("not configured yet")));
    });
    service::ServiceOptions o;
    o.pipeName = dir.filePath(QStringLiteral("svc.sock"));
    o.operatorsGroup = QStringLiteral("mlc-no-such-group");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not exist")));
    QVERIFY(core.start(o).ok());

    auto db = tray::StateDatabase::open(dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(o.pipeName);
    service.start();
    QTRY_VERIFY(service.isConnected());
    QVERIFY(service.isAdmin());
    tray::FirstRunAssistant assistant(db.value().get(), &service);
    assistant.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assistant));

    assistant.next(); // Welcome -> SAP Business One
    auto *root = assistant.findChild<QLineEdit *>(QStringLiteral("b1ServiceRoot"));
    auto *companyDb = assistant.findChild<QLineEdit *>(QStringLiteral("b1CompanyDb"));
    auto *password = assistant.findChild<QLineEdit *>(QStringLiteral("b1Password"));
    QVERIFY(root && companyDb && password && root->isVisible());
    QTest::keyClicks(root, QStringLiteral("https://b1.example.com:50000/b1s/v1"));
    QTest::keyClicks(companyDb, QStringLiteral("SBOFIRST"));
    QTest::keyClicks(password, QStringLiteral("first-password"));
    const int b1Page = assistant.currentId();
    assistant.next(); // saved, then SAP Concur
    QTRY_VERIFY(assistant.currentId() != b1Page);
    QCOMPARE(st.value()->setting(QStringLiteral("b1/serviceRoot")).value(), QStringLiteral("https://b1.example.com:50000/b1s/v1"));
    QCOMPARE(st.value()->setting(QStringLiteral("b1/companyDb")).value(), QStringLiteral("SBOFIRST"));
    QCOMPARE(secrets.read(secretkey::B1Password).value(), QByteArray("first-password"));

    // A refused value keeps the assistant on its step and says why (plain HTTP off this machine).
    auto *concur = assistant.findChild<QComboBox *>(QStringLiteral("concurBaseUrl"));
    QVERIFY(concur && concur->isVisible());
    concur->setEditText(QStringLiteral("http://evil.example.com"));
    const int concurPage = assistant.currentId();
    assistant.next();
    QCOMPARE(assistant.currentId(), concurPage);
    QVERIFY(st.value()->setting(QStringLiteral("concur/baseUrl")).value().isEmpty());
    concur->setCurrentIndex(0); // Global (recommended)
    assistant.next();
    QTRY_VERIFY(assistant.currentId() != concurPage);
    QCOMPARE(st.value()->setting(QStringLiteral("concur/baseUrl")).value(), QStringLiteral("https://glz.api.concursolutions.com"));

    assistant.next(); // posting: nothing typed, nothing saved
    auto *spec = assistant.findChild<QLineEdit *>(QStringLiteral("scheduleSpec"));
    QVERIFY(spec && spec->isVisible());
    QTest::keyClicks(spec, QStringLiteral("weekdays at 18:00"));
    assistant.next();
    QTRY_COMPARE(st.value()->setting(QStringLiteral("schedule/spec")).value(), QStringLiteral("weekdays at 18:00"));
    service.stop();
    core.stop();
}

int main(int argc, char **argv)
{
    if (argc == 4 && QByteArray(argv[1]) == "--operator-probe") {
        QApplication app(argc, argv);
        return operatorProbe(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTraySettings t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_traysettings.moc"
