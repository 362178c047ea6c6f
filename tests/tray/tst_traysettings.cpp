// The Settings page against the real console service on the simulators (issue #8 item 3):
// - an administrator connects SAP Business One the way it happens on a new installation: the test
//   shows the certificate the server presents, "Trust this certificate" pins exactly that one, a
//   wrong password is refused, the right one typed into the write-only field makes the test pass;
//   the password is in the secret store, never in the database or the audit trail, and the audit
//   trail names the user for every change;
// - an operator (user "nobody", member of the operators group; needs root) sees the same page
//   read-only, and the service refuses the change when it is sent anyway;
// - the schedule field previews the next runs and rejects text that is not a schedule;
// - the write-back to Concur (issue #10): an administrator chooses one of the four levels, each
//   with its sentence, by keyboard and saves it through settings.set; operators and an offline
//   tray see it read-only; the Overview says what was written back, in words, and nothing when off.
#include "../service/consoleservicefixture.h"

#include "concur/writebacklevel.h"
#include "core/translations.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "models/writebacklevels.h"
#include "pages/connectionsections.h"
#include "pages/overviewpage.h"
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
        if (auto *level = child<QComboBox>(&page, "concurWriteBack")) {
            out.insert(QStringLiteral("writeBackLevel"), level->currentData().toString());
            out.insert(QStringLiteral("writeBackEnabled"), level->isEnabled());
            out.insert(QStringLiteral("writeBackDescription"), child<QLabel>(&page, "concurWriteBackDescription")->text());
        }
        bool levelAnswered = false;
        service.call(QStringLiteral("settings.set"),
                     {{QStringLiteral("key"), QStringLiteral("concur/writeBack")}, {QStringLiteral("value"), QStringLiteral("off")}},
                     [&](const Result<QJsonObject> &r) {
                         out.insert(QStringLiteral("writeBackRefused"), r.ok() ? QString() : r.error().code);
                         levelAnswered = true;
                     });
        (void)QTest::qWaitFor([&] { return levelAnswered; }, 10000);
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
    void writeBackLevelChosenAndSavedByAnAdministrator();
    void writeBackLevelReadOnlyOffline();
    void overviewWriteBackLine_data();
    void overviewWriteBackLine();
    void overviewShowsTheServicesWriteBackCounts();
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
    QVERIFY(e.db->setSetting(QStringLiteral("concur/writeBack"), QStringLiteral("confirm")).ok());
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
    // The write-back level as stored, read-only with its sentence; the service refuses a change.
    QCOMPARE(r.value(QStringLiteral("writeBackLevel")).toString(), QStringLiteral("confirm"));
    QCOMPARE(r.value(QStringLiteral("writeBackEnabled")).toBool(), false);
    QCOMPARE(r.value(QStringLiteral("writeBackDescription")).toString(), tray::WriteBackLevels::description(QStringLiteral("confirm")));
    QCOMPARE(r.value(QStringLiteral("writeBackRefused")).toString(), ipc::protocol::errNotPermitted());

    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
    auto st = store::Store::open(dbPath);
    QVERIFY(st.ok());
    QCOMPARE(st.value()->setting(QStringLiteral("b1/companyDb")).value(), e.settings.value(QStringLiteral("b1/companyDb")));
    QCOMPARE(st.value()->setting(QStringLiteral("concur/writeBack")).value(), QStringLiteral("confirm"));
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

namespace {

// The service in this process over `dir` (an administrator: the same user), as on a new
// installation whose connections are not set up yet.
struct InProcessService {
    QTemporaryDir &dir;
    std::unique_ptr<store::Store> store;
    MemorySecretStore secrets;
    std::unique_ptr<service::ServiceCore> core;
    service::ServiceOptions options;

    explicit InProcessService(QTemporaryDir &d)
        : dir(d)
    {
        auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
        if (st.ok())
            store = std::move(st.value());
    }
    ~InProcessService()
    {
        if (core)
            core->stop();
    }
    bool start()
    {
        if (!store)
            return false;
        core = std::make_unique<service::ServiceCore>(*store, secrets, [] {
            return Result<cli::Connections *>(makeError(QStringLiteral("config.missing"), QStringLiteral("not configured yet")));
        });
        options.pipeName = dir.filePath(QStringLiteral("svc.sock"));
        options.operatorsGroup = QStringLiteral("mlc-no-such-group");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not exist")));
        return core->start(options).ok();
    }
};

} // namespace

// Issue #10: the four levels, each with one sentence of what it sends to Concur; an administrator
// chooses one by keyboard (the label's accelerator, the arrow keys) and saves it like the
// section's other fields (settings.set, audited with the pipe user).
void TestTraySettings::writeBackLevelChosenAndSavedByAnAdministrator()
{
    QTemporaryDir dir;
    InProcessService svc(dir);
    QVERIFY(svc.start());
    auto db = tray::StateDatabase::open(dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(svc.options.pipeName);
    tray::SettingsPage page(db.value().get(), &service);
    page.resize(900, 1400);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    service.start();
    QTRY_VERIFY(service.isConnected());
    QVERIFY(service.isAdmin());
    QTRY_VERIFY(page.isEditable());

    auto *level = child<QComboBox>(&page, "concurWriteBack");
    auto *description = child<QLabel>(&page, "concurWriteBackDescription");
    auto *save = child<QPushButton>(&page, "settingsSave");
    auto *feedback = child<QLabel>(&page, "settingsFeedback");
    QVERIFY(level && description && save && feedback);
    QVERIFY(level->isEnabled());
    QVERIFY(!level->isEditable());
    QCOMPARE(level->accessibleName(), QStringLiteral("Write-back to Concur"));
    QLabel *label = nullptr;
    for (QLabel *l : page.findChildren<QLabel *>()) {
        if (l->buddy() == level)
            label = l;
    }
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Write-back t&o Concur:"));

    // The service's four levels, lowest first, each named and explained in one sentence.
    QCOMPARE(level->count(), 4);
    QStringList values;
    for (int i = 0; i < level->count(); ++i)
        values << level->itemData(i).toString();
    QCOMPARE(values, concur::writeBackLevelNames());
    const QStringList names{QStringLiteral("Off"), QStringLiteral("Acknowledge documents"), QStringLiteral("Confirm postings"),
                            QStringLiteral("Confirm postings and payments")};
    const QList<QStringList> says{
        {QStringLiteral("Sends nothing to Concur"), QStringLiteral("never changed")},
        {QStringLiteral("Acknowledges each document"), QStringLiteral("ready to export")},
        {QStringLiteral("posted to SAP Business One"), QStringLiteral("journal entry number and posting date"),
         QStringLiteral("Concur Expense Pay reimburses only reports confirmed as posted")},
        {QStringLiteral("reimbursement has been paid"), QStringLiteral("expense reports only")},
    };
    QSet<QString> sentences;
    for (int i = 0; i < level->count(); ++i) {
        QCOMPARE(level->itemText(i), names.at(i));
        const QString sentence = level->itemData(i, Qt::ToolTipRole).toString();
        for (const QString &part : says.at(i))
            QVERIFY2(sentence.contains(part), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')) && sentence.count(QStringLiteral(". ")) == 0, qPrintable(sentence));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), 4);

    // Nothing stored: off, said under the list, and nothing to save.
    QCOMPARE(level->currentData().toString(), QStringLiteral("off"));
    QVERIFY(description->isVisible());
    QCOMPARE(description->text(), level->itemData(0, Qt::ToolTipRole).toString());
    QCOMPARE(level->accessibleDescription(), description->text());
    QVERIFY2(!page.form()->isDirty(), unsaved(page).constData());

    // By keyboard: Alt+O focuses the list, the arrow keys choose "Confirm postings".
    QTest::keyClick(&page, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(level->hasFocus());
    QTest::keyClick(level, Qt::Key_Down);
    QCOMPARE(description->text(), tray::WriteBackLevels::description(QStringLiteral("acknowledge")));
    QTest::keyClick(level, Qt::Key_Down);
    QCOMPARE(level->currentData().toString(), QStringLiteral("confirm"));
    QCOMPARE(description->text(), level->itemData(2, Qt::ToolTipRole).toString());
    QCOMPARE(level->accessibleDescription(), description->text());
    const QList<QPair<QString, QString>> expected{{QStringLiteral("concur/writeBack"), QStringLiteral("confirm")}};
    QCOMPARE(page.form()->changedSettings(), expected);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(feedback->text(), QStringLiteral("Saved."), 10000);
    QCOMPARE(svc.store->setting(QStringLiteral("concur/writeBack")).value(), QStringLiteral("confirm"));
    QVERIFY(!page.form()->isDirty());
    // The status the Overview reads has the new level at once.
    QTRY_COMPARE(service.status().value(QLatin1String("writeBack")).toObject().value(QLatin1String("level")).toString(),
                 QStringLiteral("confirm"));

    // A page opened later shows the stored level; back to off is saved as "off".
    {
        tray::SettingsPage again(db.value().get(), &service);
        QCOMPARE(child<QComboBox>(&again, "concurWriteBack")->currentData().toString(), QStringLiteral("confirm"));
    }
    QTest::keyClick(level, Qt::Key_Up);
    QTest::keyClick(level, Qt::Key_Up);
    QCOMPARE(level->currentData().toString(), QStringLiteral("off"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(svc.store->setting(QStringLiteral("concur/writeBack")).value(), QStringLiteral("off"), 10000);

    auto audit = svc.store->audit(QString(), 50);
    QVERIFY(audit.ok());
    int audited = 0;
    for (const auto &a : audit.value()) {
        if (a.actor.startsWith(QLatin1String("pipe:")) && a.action == QLatin1String("setting")
            && a.detail == QLatin1String("concur/writeBack"))
            ++audited;
    }
    QCOMPARE(audited, 2);
    service.stop();
}

// While the service is not running the level shows as stored, read-only, and the Overview says
// which level is on without guessing what was sent.
void TestTraySettings::writeBackLevelReadOnlyOffline()
{
    QTemporaryDir dir;
    {
        auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
        QVERIFY(st.ok());
        QVERIFY(st.value()->setSetting(QStringLiteral("concur/writeBack"), QStringLiteral("acknowledge")).ok());
    }
    auto db = tray::StateDatabase::open(dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(dir.filePath(QStringLiteral("nobody-here.sock")));
    tray::SettingsPage page(db.value().get(), &service);
    auto *level = child<QComboBox>(&page, "concurWriteBack");
    QVERIFY(level);
    QVERIFY(!page.isEditable());
    QVERIFY(!level->isEnabled());
    QCOMPARE(level->currentText(), QStringLiteral("Acknowledge documents"));
    QCOMPARE(child<QLabel>(&page, "concurWriteBackDescription")->text(),
             tray::WriteBackLevels::description(QStringLiteral("acknowledge")));

    tray::OverviewPage overview(db.value().get(), &service);
    auto *line = child<QLabel>(&overview, "overviewWriteBack");
    QVERIFY(line);
    QVERIFY(line->isVisibleTo(&overview));
    QCOMPARE(line->text(), QStringLiteral("Acknowledge documents — unknown while the service is not running"));
}

void TestTraySettings::overviewWriteBackLine_data()
{
    QTest::addColumn<QJsonObject>("writeBack");
    QTest::addColumn<QString>("line");
    const auto counts = [](std::initializer_list<std::pair<const char *, int>> list) {
        QJsonObject o;
        for (const auto &[key, n] : list)
            o.insert(QLatin1String(key), n);
        return o;
    };
    QTest::newRow("off: nothing") << QJsonObject{{QStringLiteral("level"), QStringLiteral("off")},
                                                 {QStringLiteral("counts"), counts({{"ack/done", 3}})}}
                                  << QString();
    QTest::newRow("a service before write-back") << QJsonObject() << QString();
    QTest::newRow("acknowledge, nothing yet")
        << QJsonObject{{QStringLiteral("level"), QStringLiteral("acknowledge")}, {QStringLiteral("counts"), QJsonObject()}}
        << QStringLiteral("Acknowledge documents — 0 documents acknowledged");
    QTest::newRow("acknowledge")
        << QJsonObject{{QStringLiteral("level"), QStringLiteral("acknowledge")},
                       {QStringLiteral("counts"), counts({{"ack/done", 1}, {"ack/pending", 2}, {"posting/pending", 7}})}}
        << QStringLiteral("Acknowledge documents — 1 document acknowledged, 2 waiting to be sent");
    QTest::newRow("confirm")
        << QJsonObject{{QStringLiteral("level"), QStringLiteral("confirm")},
                       {QStringLiteral("counts"), counts({{"ack/done", 120}, {"posting/done", 118}, {"posting/pending", 2},
                                                          {"posting/refused", 1}, {"ack/dismissed", 4}})}}
        << QStringLiteral("Confirm postings — 120 documents acknowledged, 118 posting outcomes confirmed, 2 waiting to be sent, "
                          "1 refused by Concur (in the review queue)");
    QTest::newRow("confirm and pay")
        << QJsonObject{{QStringLiteral("level"), QStringLiteral("confirm-and-pay")},
                       {QStringLiteral("counts"), counts({{"ack/done", 40}, {"posting/done", 39}, {"payment/done", 1},
                                                          {"payment/pending", 1}, {"ack/refused", 1}, {"payment/refused", 2}})}}
        << QStringLiteral("Confirm postings and payments — 40 documents acknowledged, 39 posting outcomes confirmed, 1 payment "
                          "confirmed, 1 waiting to be sent, 3 refused by Concur (in the review queue)");
}

// The line from a status object's writeBack, in English with its plural forms.
void TestTraySettings::overviewWriteBackLine()
{
    QFETCH(QJsonObject, writeBack);
    QFETCH(QString, line);
    QCOMPARE(tray::WriteBackLevels::summary(writeBack), line);
}

// The Overview against the service: its status.writeBack (level and the writeback table's counts)
// becomes the line; at level off the row is not there.
void TestTraySettings::overviewShowsTheServicesWriteBackCounts()
{
    QTemporaryDir dir;
    InProcessService svc(dir);
    QVERIFY(svc.store);
    QVERIFY(svc.store->setSetting(QStringLiteral("concur/writeBack"), QStringLiteral("confirm")).ok());
    const auto put = [&](const QString &key, const QString &step, store::WriteBackState state) {
        store::WriteBack w;
        w.ledgerKey = key;
        w.step = step;
        w.docType = QStringLiteral("expense");
        w.fisId = QStringLiteral("FIS-") + key;
        w.state = state;
        return svc.store->putWriteBack(w).ok();
    };
    for (int i = 1; i <= 3; ++i)
        QVERIFY(put(QStringLiteral("expense|R%1|1").arg(i), QStringLiteral("ack"), store::WriteBackState::Done));
    QVERIFY(put(QStringLiteral("expense|R1|1"), QStringLiteral("posting"), store::WriteBackState::Done));
    QVERIFY(put(QStringLiteral("expense|R2|1"), QStringLiteral("posting"), store::WriteBackState::Pending));
    QVERIFY(put(QStringLiteral("expense|R3|1"), QStringLiteral("posting"), store::WriteBackState::Refused));
    QVERIFY(svc.start());
    auto db = tray::StateDatabase::open(dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(svc.options.pipeName);
    tray::OverviewPage overview(db.value().get(), &service);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    auto *line = child<QLabel>(&overview, "overviewWriteBack");
    QVERIFY(line);
    service.start();
    QTRY_VERIFY(service.isConnected());
    QTRY_COMPARE(line->text(), QStringLiteral("Confirm postings — 3 documents acknowledged, 1 posting outcome confirmed, 1 waiting to "
                                              "be sent, 1 refused by Concur (in the review queue)"));
    QVERIFY(line->isVisible());
    QVERIFY(line->toolTip().contains(QLatin1String("Refused: Concur did not accept it")));
    QCOMPARE(line->accessibleDescription(), line->toolTip());

    bool answered = false;
    service.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("concur/writeBack")}, {QStringLiteral("value"), QStringLiteral("off")}},
                 [&](const Result<QJsonObject> &r) {
                     QVERIFY(r.ok());
                     answered = true;
                 });
    QTRY_VERIFY(answered);
    service.refreshStatus();
    QTRY_VERIFY(!line->isVisible());
    QVERIFY(line->text().isEmpty());
    service.stop();
}

int main(int argc, char **argv)
{
    if (argc == 4 && QByteArray(argv[1]) == "--operator-probe") {
        QApplication app(argc, argv);
        return operatorProbe(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // English with its plural forms ("1 document acknowledged"), as the tray shows it.
    (void)core::installTranslations(QStringLiteral("en"));
    TestTraySettings t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_traysettings.moc"
