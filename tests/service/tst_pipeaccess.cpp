// Roles on the pipe with real peers (issue #7 item 8): the service core in-process, an admin client
// (this process: root or the service's own user) and, when the test runs as root, an operator: a
// child process switched to user "nobody", member of the operators group only. The operator may
// read the status, pause and set the schedule; it is refused the endpoints, the secrets, the secret
// store, the operators group and the sandbox setting, and nothing it was refused changes. An admin
// may change an endpoint, which clears the secrets bound to it, but not to a loopback or plain-HTTP
// endpoint unless the sandbox is on, and the sandbox setting itself never over the pipe.
// The decisions themselves, for every method and key: tst_settingspolicy.
#include "ipc/framedecoder.h"
#include "ipc/ipcclient.h"
#include "ipc/protocol.h"
#include "secrets/memorysecretstore.h"
#include "servicecore/servicecore.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstring>
#endif

using namespace mlc;

namespace {

const QString kB1Root = QStringLiteral("https://b1.example.com:50000/b1s/v1");
const QString kConcurBase = QStringLiteral("https://us2.api.concursolutions.com");

QString code(const Result<QJsonObject> &r) { return r.ok() ? QString() : r.error().code; }

} // namespace

class TestPipeAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp; // a fresh data directory, store and secrets per test
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<MemorySecretStore> m_secretStore;
    std::unique_ptr<service::ServiceCore> m_core;
    QString m_pipe;
    QString m_operatorsGroup;

    void fillSecrets()
    {
        MemorySecretStore &secrets = *m_secretStore;
        QVERIFY(secrets.write(secretkey::B1Password, "b1-pw").ok());
        QVERIFY(secrets.write(secretkey::ConcurClientSecret, "client-secret").ok());
        QVERIFY(secrets.write(secretkey::ConcurRequestToken, "request-token").ok());
        QVERIFY(secrets.write(secretkey::ConcurCompanyToken, "{}").ok());
    }

    QString setting(const QString &key) { return m_store->setting(key).value(); }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_secretStore = std::make_unique<MemorySecretStore>();
        QTemporaryDir &dir = *m_tmp;
        QVERIFY(dir.isValid());
#ifdef Q_OS_UNIX
        // "nobody" must be able to reach the socket (its own mode and the operators group decide).
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
        if (const passwd *pw = ::getpwuid(65534)) {
            if (const group *g = ::getgrgid(pw->pw_gid))
                m_operatorsGroup = QString::fromLocal8Bit(g->gr_name);
        }
#endif
        auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
        QVERIFY(st.ok());
        m_store = std::move(st.value());
        QVERIFY(m_store->setSetting(QStringLiteral("schedule/spec"), QStringLiteral("0 0 1 1 *")).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("b1/serviceRoot"), kB1Root).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("concur/baseUrl"), kConcurBase).ok());
        QVERIFY(m_store->setSetting(QStringLiteral("concur/clientId"), QStringLiteral("client-1")).ok());
        fillSecrets();
        m_core = std::make_unique<service::ServiceCore>(*m_store, *m_secretStore, [] {
            return Result<cli::Connections *>(makeError(QStringLiteral("config.missing"), QStringLiteral("not configured in this test")));
        });
        service::ServiceOptions o;
        m_pipe = dir.filePath(QStringLiteral("svc.sock"));
        o.pipeName = m_pipe;
        o.operatorsGroup = m_operatorsGroup.isEmpty() ? QStringLiteral("mlc-no-such-group") : m_operatorsGroup;
        if (m_operatorsGroup.isEmpty())
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not exist")));
        QVERIFY(m_core->start(o).ok());
    }

    void cleanup()
    {
        if (m_core)
            m_core->stop();
        m_core.reset();
        m_store.reset();
        m_secretStore.reset();
        m_tmp.reset();
    }

    // This process is root or the service's own user: an admin, and the hello says so.
    void adminChangesAnEndpointAndItsSecretsGo()
    {
        MemorySecretStore &secrets = *m_secretStore;
        ipc::IpcClient admin(QStringLiteral("tst_pipeaccess admin"));
        QVERIFY(admin.connectToServer(m_pipe, 5000).ok());
        QCOMPARE(admin.role(), QStringLiteral("admin"));

        // B1 moves: its password must not follow it there.
        const QString moved = QStringLiteral("https://b1-new.example.com:50000/b1s/v1");
        auto r = admin.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("b1/serviceRoot")},
                                                             {QStringLiteral("value"), moved}});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(setting(QStringLiteral("b1/serviceRoot")), moved);
        QCOMPARE(r->value(QStringLiteral("clearedSecrets")).toArray(), QJsonArray{secretkey::B1Password});
        QCOMPARE(secrets.read(secretkey::B1Password).error().code, QStringLiteral("secret.not_found"));
        QVERIFY(secrets.read(secretkey::ConcurClientSecret).ok()); // Concur's stay

        // A new Concur app (client id): its secret, the request token and the refresh token go.
        r = admin.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("concur/clientId")},
                                                        {QStringLiteral("value"), QStringLiteral("client-2")}});
        QVERIFY(r.ok());
        for (const QString &k : {secretkey::ConcurClientSecret, secretkey::ConcurRequestToken, secretkey::ConcurCompanyToken})
            QVERIFY2(!secrets.read(k).ok(), qPrintable(k));

        // The audit trail says which secrets went, and why (never their values).
        int clearedAudits = 0;
        const auto audit = m_store->audit();
        QVERIFY(audit.ok());
        for (const store::AuditEntry &e : audit.value()) {
            if (e.action == QLatin1String("secret") && e.after.startsWith(QLatin1String("(cleared:")))
                ++clearedAudits;
        }
        QCOMPARE(clearedAudits, 4);

        // Loopback and plain HTTP only in the sandbox, which the pipe never turns on.
        r = admin.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("b1/serviceRoot")},
                                                        {QStringLiteral("value"), QStringLiteral("http://127.0.0.1:8080/b1s/v1")}});
        QCOMPARE(code(r), QStringLiteral("config.endpoint_refused"));
        r = admin.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("sandbox/allowLoopback")},
                                                        {QStringLiteral("value"), QStringLiteral("true")}});
        QCOMPARE(code(r), ipc::protocol::errNotPermitted());
        QVERIFY(setting(QStringLiteral("sandbox/allowLoopback")).isEmpty());
        QCOMPARE(setting(QStringLiteral("b1/serviceRoot")), moved);

        // Set locally (as `ml-connector --local config set` does), the sandbox allows the simulators.
        QVERIFY(m_store->setSetting(QStringLiteral("sandbox/allowLoopback"), QStringLiteral("true")).ok());
        r = admin.call(QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("b1/serviceRoot")},
                                                        {QStringLiteral("value"), QStringLiteral("http://127.0.0.1:8080/b1s/v1")}});
        QVERIFY(r.ok());

        // Secrets are an admin's to set.
        r = admin.call(QStringLiteral("secrets.set"), {{QStringLiteral("name"), QStringLiteral("b1-password")},
                                                       {QStringLiteral("value"), QStringLiteral("new-pw")}});
        QVERIFY(r.ok());
        QCOMPARE(secrets.read(secretkey::B1Password).value(), QByteArray("new-pw"));
    }

#ifdef Q_OS_UNIX
    void operatorIsRefusedTheAdminsWork()
    {
        MemorySecretStore &secrets = *m_secretStore;
        if (::geteuid() != 0)
            QSKIP("needs root to run a client as another user (the decisions are covered by tst_settingspolicy)");
        QVERIFY2(!m_operatorsGroup.isEmpty(), "no group for uid 65534");
        const gid_t opsGid = ::getpwuid(65534)->pw_gid;

        // Everything the operator sends, encoded before fork(): hello, then numbered requests.
        const QList<QPair<QString, QJsonObject>> requests = {
            {QStringLiteral("status"), {}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("b1/serviceRoot")},
                                              {QStringLiteral("value"), QStringLiteral("https://evil.example.com/b1s/v1")}}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("concur/baseUrl")},
                                              {QStringLiteral("value"), QStringLiteral("https://eu2.api.concursolutions.com")}}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("concur/clientId")},
                                              {QStringLiteral("value"), QStringLiteral("mine")}}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("b1/pinnedSha256")},
                                              {QStringLiteral("value"), QStringLiteral("aa")}}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("secrets/backend")},
                                              {QStringLiteral("value"), QStringLiteral("file:/tmp/x.json")}}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("service/operatorsGroup")},
                                              {QStringLiteral("value"), QStringLiteral("users")}}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("sandbox/allowLoopback")},
                                              {QStringLiteral("value"), QStringLiteral("true")}}},
            {QStringLiteral("secrets.set"), {{QStringLiteral("name"), QStringLiteral("b1-password")},
                                             {QStringLiteral("value"), QStringLiteral("operator-pw")}}},
            {QStringLiteral("settings.set"), {{QStringLiteral("key"), QStringLiteral("schedule/spec")},
                                              {QStringLiteral("value"), QStringLiteral("weekdays at 18:00")}}},
            {QStringLiteral("pause"), {}},
            {QStringLiteral("resume"), {}},
            {QStringLiteral("settings.get"), {{QStringLiteral("key"), QStringLiteral("b1/serviceRoot")}}},
            {QStringLiteral("audit.query"), {{QStringLiteral("limit"), 5}}},
        };
        QByteArray wire = ipc::encodeFrame(ipc::protocol::helloFrame(QStringLiteral("operator-tray")));
        for (int i = 0; i < requests.size(); ++i)
            wire += ipc::encodeFrame(ipc::protocol::requestFrame(i + 1, requests[i].first, requests[i].second));
        const QByteArray path = QFile::encodeName(m_pipe);

        int report[2];
        QCOMPARE(::pipe(report), 0);
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(report[0]);
            const gid_t groups[] = {opsGid};
            QByteArray got;
            if (::setgroups(1, groups) == 0 && ::setgid(opsGid) == 0 && ::setuid(65534) == 0) {
                const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
                sockaddr_un addr{};
                addr.sun_family = AF_UNIX;
                std::strncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path) - 1);
                if (::connect(s, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0) {
                    (void)!::write(s, wire.constData(), size_t(wire.size()));
                    char buf[65536];
                    pollfd p{s, POLLIN, 0};
                    ssize_t n = 0;
                    while (::poll(&p, 1, 3000) == 1 && (n = ::read(s, buf, sizeof(buf))) > 0)
                        got.append(buf, int(n));
                }
            }
            (void)!::write(report[1], got.constData(), size_t(got.size()));
            ::_exit(0);
        }
        ::close(report[1]);
        // Serve the child while it talks; it stops reading 3 s after the last answer.
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     pollfd p{report[0], POLLIN, 0};
                                     char buf[65536];
                                     while (::poll(&p, 1, 0) == 1) {
                                         const ssize_t n = ::read(report[0], buf, sizeof(buf));
                                         if (n <= 0)
                                             return true; // the child is done
                                         received.append(buf, int(n));
                                     }
                                     return false;
                                 }()),
                                 30000);
        ::close(report[0]);
        ::waitpid(child, nullptr, 0);

        ipc::FrameDecoder decoder;
        QList<QJsonObject> frames; // the hello and the replies; pushes (pause -> status.changed) aside
        for (const QJsonObject &f : decoder.feed(received).frames) {
            if (!f.contains(QStringLiteral("event")))
                frames << f;
        }
        QVERIFY2(frames.size() == requests.size() + 1, qPrintable(QString::fromUtf8(received)));
        // The hello tells the operator its role, decided from SO_PEERCRED.
        const auto hello = ipc::protocol::parseHello(frames.first());
        QVERIFY(hello.ok());
        QCOMPARE(hello->role, QStringLiteral("operator"));
        QHash<int, QJsonObject> replies;
        for (int i = 1; i < frames.size(); ++i)
            replies.insert(frames[i].value(QStringLiteral("id")).toInt(), frames[i]);
        const auto refused = [&](int id) {
            const QJsonObject r = replies.value(id);
            return !r.value(QStringLiteral("ok")).toBool(true)
                && r.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == ipc::protocol::errNotPermitted();
        };
        const auto ok = [&](int id) { return replies.value(id).value(QStringLiteral("ok")).toBool(); };
        QVERIFY(ok(1));                        // status
        for (int id = 2; id <= 9; ++id)        // endpoints, trust, store, group, sandbox, secret
            QVERIFY2(refused(id), qPrintable(QString::fromUtf8(QJsonDocument(replies.value(id)).toJson())));
        QVERIFY(ok(10));                       // the schedule is the operators' own
        QVERIFY(ok(11) && ok(12));             // pause, resume
        QVERIFY(ok(13));                       // reading settings
        QVERIFY(ok(14));                       // the audit trail

        // Nothing the operator was refused changed; what it may do did.
        QCOMPARE(setting(QStringLiteral("b1/serviceRoot")), kB1Root);
        QCOMPARE(setting(QStringLiteral("concur/baseUrl")), kConcurBase);
        QCOMPARE(setting(QStringLiteral("concur/clientId")), QStringLiteral("client-1"));
        QVERIFY(setting(QStringLiteral("b1/pinnedSha256")).isEmpty());
        QVERIFY(setting(QStringLiteral("secrets/backend")).isEmpty());
        QVERIFY(setting(QStringLiteral("service/operatorsGroup")).isEmpty());
        QVERIFY(setting(QStringLiteral("sandbox/allowLoopback")).isEmpty());
        QCOMPARE(secrets.read(secretkey::B1Password).value(), QByteArray("b1-pw"));
        QCOMPARE(secrets.read(secretkey::ConcurClientSecret).value(), QByteArray("client-secret"));
        QCOMPARE(setting(QStringLiteral("schedule/spec")), QStringLiteral("weekdays at 18:00"));
        // ...audited with the operator's kernel-reported identity and role.
        bool audited = false;
        const auto audit = m_store->audit();
        QVERIFY(audit.ok());
        for (const store::AuditEntry &e : audit.value()) {
            if (e.action == QLatin1String("setting") && e.detail == QLatin1String("schedule/spec"))
                audited = e.origin.contains(QLatin1String("uid 65534")) && e.origin.contains(QLatin1String("operator"));
        }
        QVERIFY(audited);
    }
#endif
};

QTEST_GUILESS_MAIN(TestPipeAccess)
#include "tst_pipeaccess.moc"
