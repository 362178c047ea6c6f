// Clients trust only the real service (issue #7 item 9, design §5): the rules as data rows, the
// socket's location (never /tmp), and real impostors on POSIX: a socket in a world- or
// group-writable directory, a link to one, and (as root) a listener running as another user. In
// every case the client fails with ipc.untrusted_server and the impostor receives nothing.
// Windows: tst_pipesecurity_win.
#include "ipc/ipcclient.h"
#include "ipc/ipcserver.h"
#include "ipc/pipename.h"
#include "ipc/protocol.h"
#include "ipc/serveridentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <cstring>
#include <grp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace mlc::ipc;

Q_DECLARE_METATYPE(mlc::ipc::PathFacts)

namespace {

constexpr quint32 kDir = 0040000;
constexpr quint32 kSock = 0140000;
constexpr quint32 kLink = 0120000;

class NullHandler : public IpcHandler
{
public:
    void handle(const IpcPeer &, const QString &, const QJsonObject &, IpcReply reply) override { reply.ok({}); }
};

#ifdef Q_OS_UNIX
QString errorCode(const mlc::Result<void> &r) { return r.ok() ? QString() : r.error().code; }
#endif

} // namespace

class TestServerIdentity : public QObject
{
    Q_OBJECT
private slots:
    // ---- the rules -------------------------------------------------------------------------

    void socketDirectory_data()
    {
        QTest::addColumn<PathFacts>("facts");
        QTest::addColumn<bool>("holdsSocket");
        QTest::addColumn<bool>("accepted");
        // trusted: root, 1000 (us), 990 (the service user)
        QTest::newRow("/run/ml-connector of the service user, 0750") << PathFacts{990, kDir | 0750} << true << true;
        QTest::newRow("our XDG_RUNTIME_DIR, 0700") << PathFacts{1000, kDir | 0700} << true << true;
        QTest::newRow("/tmp itself holds the socket") << PathFacts{0, kDir | 01777} << true << false;
        QTest::newRow("world-writable, not sticky") << PathFacts{1000, kDir | 0777} << true << false;
        QTest::newRow("group-writable") << PathFacts{990, kDir | 0770} << true << false;
        QTest::newRow("another user's directory") << PathFacts{1002, kDir | 0755} << true << false;
        QTest::newRow("not a directory") << PathFacts{0, kSock | 0755} << true << false;
        QTest::newRow("ancestor /tmp (sticky)") << PathFacts{0, kDir | 01777} << false << true;
        QTest::newRow("ancestor world-writable, not sticky") << PathFacts{0, kDir | 0777} << false << false;
        QTest::newRow("ancestor of another user") << PathFacts{1002, kDir | 0755} << false << false;
        QTest::newRow("ancestor /run") << PathFacts{0, kDir | 0755} << false << true;
    }

    void socketDirectory()
    {
        QFETCH(PathFacts, facts);
        QFETCH(bool, holdsSocket);
        QFETCH(bool, accepted);
        const auto r = judgeSocketDirectory(QStringLiteral("/some/dir"), facts, {0, 1000, 990}, holdsSocket);
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QCOMPARE(r.error().code, protocol::errUntrustedServer());
    }

    void socketFile_data()
    {
        QTest::addColumn<PathFacts>("facts");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the service user's socket") << PathFacts{990, kSock | 0660} << true;
        QTest::newRow("root's socket") << PathFacts{0, kSock | 0660} << true;
        QTest::newRow("a link to a socket elsewhere") << PathFacts{990, kLink | 0777} << false;
        QTest::newRow("another user's socket") << PathFacts{1002, kSock | 0660} << false;
    }

    void socketFile()
    {
        QFETCH(PathFacts, facts);
        QFETCH(bool, accepted);
        QCOMPARE(judgeSocketFile(QStringLiteral("/run/ml-connector/ml-connector.sock"), facts, {0, 1000, 990}).ok(), accepted);
    }

    void serverAccount_data()
    {
        QTest::addColumn<qint64>("uid");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("root") << qint64(0) << true;
        QTest::newRow("ourselves") << qint64(1000) << true;
        QTest::newRow("the service user") << qint64(990) << true;
        QTest::newRow("another user") << qint64(1002) << false;
        QTest::newRow("unknown") << qint64(-1) << false;
    }

    void serverAccount()
    {
        QFETCH(qint64, uid);
        QFETCH(bool, accepted);
        QCOMPARE(judgeServerUid(uid, {0, 1000, 990}, 4242).ok(), accepted);
    }

    void serverSid_data()
    {
        QTest::addColumn<QString>("sid");
        QTest::addColumn<bool>("administrator");
        QTest::addColumn<bool>("accepted");
        // trusted: SYSTEM, the client's own account, NT SERVICE\ml-connector, the configured account
        QTest::newRow("SYSTEM") << QStringLiteral("S-1-5-18") << true << true;
        QTest::newRow("the service SID") << QStringLiteral("S-1-5-80-1111") << false << true;
        QTest::newRow("the configured account") << QStringLiteral("S-1-5-21-9-9-9-1105") << false << true;
        QTest::newRow("ourselves (console service)") << QStringLiteral("S-1-5-21-1-2-3-1001") << false << true;
        QTest::newRow("an elevated administrator") << QStringLiteral("S-1-5-21-1-2-3-500") << true << true;
        QTest::newRow("another standard user") << QStringLiteral("S-1-5-21-1-2-3-1002") << false << false;
        QTest::newRow("no SID") << QString() << true << false;
    }

    void serverSid()
    {
        QFETCH(QString, sid);
        QFETCH(bool, administrator);
        QFETCH(bool, accepted);
        const QStringList trusted{QStringLiteral("S-1-5-18"), QStringLiteral("S-1-5-80-1111"),
                                  QStringLiteral("S-1-5-21-9-9-9-1105"), QStringLiteral("S-1-5-21-1-2-3-1001")};
        const auto r = judgeServerSid(sid, QStringLiteral("DOM\\someone"), administrator, trusted, 4242);
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QVERIFY(r.error().message.contains(QLatin1String("not the ml-connector service")));
    }

#ifdef Q_OS_UNIX
    // ---- where the socket lives ------------------------------------------------------------

    void bareNamesNeverGoToTmp()
    {
        const QString tmp = QDir(QDir::tempPath()).canonicalPath();
        for (const QString &name : {defaultServerName(), fullServerName(QStringLiteral("ml-connector")),
                                    fullServerName(QStringLiteral("mlc-test-1"))}) {
            QVERIFY2(QDir::isAbsolutePath(name), qPrintable(name));
            // In the runtime directory (a private $XDG_RUNTIME_DIR, which may itself be a mkdtemp
            // under /tmp, or /run/ml-connector), never in /tmp itself as Qt would put it.
            const QString dir = QFileInfo(name).absolutePath();
            QVERIFY2(dir != tmp && dir != QLatin1String("/tmp"), qPrintable(name));
            QCOMPARE(dir, runtimeDirectory());
            struct stat st{};
            if (::stat(QFile::encodeName(dir).constData(), &st) == 0)
                QCOMPARE(st.st_mode & (S_IWGRP | S_IWOTH), mode_t(0));
        }
        QVERIFY(defaultServerName().endsWith(QLatin1String("/ml-connector.sock")));
        QVERIFY(defaultServerCandidates().contains(QStringLiteral("/run/ml-connector/ml-connector.sock")));
    }

    void runtimeDirectoryIsOnlyAPrivateXdgDir()
    {
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        QTemporaryDir xdg;
        QVERIFY(xdg.isValid());
        const QByteArray path = QFile::encodeName(xdg.path());
        qputenv("XDG_RUNTIME_DIR", path);
        QCOMPARE(::chmod(path.constData(), 0700), 0);
        QCOMPARE(runtimeDirectory(), QDir::cleanPath(xdg.path()));
        QCOMPARE(defaultServerName(), QDir(xdg.path()).filePath(QStringLiteral("ml-connector.sock")));
        // Readable by others (not what the XDG spec promises): not ours to trust.
        QCOMPARE(::chmod(path.constData(), 0755), 0);
        QCOMPARE(runtimeDirectory(), systemRuntimeDirectory());
        qunsetenv("XDG_RUNTIME_DIR");
        QCOMPARE(runtimeDirectory(), systemRuntimeDirectory());
        qputenv("XDG_RUNTIME_DIR", saved);
    }

    // ---- real impostors ----------------------------------------------------------------------

    void socketInWritableDirectoryIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("world-writable and sticky, like /tmp") << 01777;
        QTest::newRow("world-writable") << 0777;
        QTest::newRow("group-writable") << 0770;
    }

    void socketInWritableDirectoryIsRefused()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), mode_t(mode)), 0);
        const QString path = dir.filePath(QStringLiteral("ml-connector.sock"));

        // The service itself refuses to listen there.
        NullHandler handler;
        IpcServer service(&handler);
        IpcServerOptions o;
        o.name = path;
        o.operatorsGroup.clear();
        const auto listened = service.listen(o);
        QVERIFY(!listened.ok());
        QCOMPARE(listened.error().code, QStringLiteral("ipc.listen"));

        // An impostor listening there gets no connection and not a byte.
        QLocalServer impostor;
        QVERIFY(impostor.listen(path));
        QByteArray received;
        int connections = 0;
        connect(&impostor, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = impostor.nextPendingConnection()) {
                ++connections;
                connect(s, &QLocalSocket::readyRead, this, [&received, s] { received += s->readAll(); });
            }
        });
        IpcClient client(QStringLiteral("admin typing a secret"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("may be written by")));
        const auto r = client.connectToServer(path, 2000);
        QCOMPARE(errorCode(r), protocol::errUntrustedServer());
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was sent")));
        QTest::qWait(200);
        QCOMPARE(connections, 0);
        QVERIFY(received.isEmpty());
    }

    void linkToSocketElsewhereIsRefused()
    {
        QTemporaryDir open;
        QTemporaryDir safe;
        QVERIFY(open.isValid() && safe.isValid());
        QCOMPARE(::chmod(QFile::encodeName(open.path()).constData(), 01777), 0);
        QLocalServer impostor;
        QVERIFY(impostor.listen(open.filePath(QStringLiteral("evil.sock"))));
        const QString link = safe.filePath(QStringLiteral("ml-connector.sock"));
        QVERIFY(QFile::link(open.filePath(QStringLiteral("evil.sock")), link));
        int connections = 0;
        connect(&impostor, &QLocalServer::newConnection, this, [&] { ++connections; });
        IpcClient client(QStringLiteral("cli"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not the service's socket")));
        QCOMPARE(errorCode(client.connectToServer(link, 2000)), protocol::errUntrustedServer());
        QTest::qWait(100);
        QCOMPARE(connections, 0);
    }

    void missingSocketIsJustNoService()
    {
        QTemporaryDir dir;
        IpcClient client(QStringLiteral("cli"));
        QCOMPARE(errorCode(client.connectToServer(dir.filePath(QStringLiteral("none.sock")), 1000)), protocol::errConnect());
    }

    // The socket is where it should be, but the process listening on it runs as another user
    // (SO_PEERCRED on the client's end). Needs root to start such a listener.
    void listenerOfAnotherUserGetsNothing()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to listen as another user; the rule is covered by serverAccount()");
        QTemporaryDir dir; // root's, 0700: only root could have put the socket there
        QVERIFY(dir.isValid());
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("ml-connector.sock")));
        int report[2];
        QCOMPARE(::pipe(report), 0);
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(report[0]);
            ::close(ready[0]);
            // Bind as root (the directory is root's), then become "nobody" and listen: the
            // kernel records the listener's credentials at listen() for SO_PEERCRED.
            const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            std::strncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path) - 1);
            char status = 'x';
            if (::bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0 || ::setgroups(0, nullptr) != 0
                || ::setgid(65534) != 0 || ::setuid(65534) != 0 || ::listen(s, 4) != 0)
                status = 's';
            (void)!::write(ready[1], &status, 1);
            long total = 0;
            pollfd p{s, POLLIN, 0};
            if (status == 'x' && ::poll(&p, 1, 5000) == 1) {
                const int c = ::accept(s, nullptr, nullptr);
                char buf[4096];
                pollfd q{c, POLLIN, 0};
                ssize_t n = 0;
                while (::poll(&q, 1, 1500) == 1 && (n = ::read(c, buf, sizeof(buf))) > 0)
                    total += n;
                ::close(c);
            }
            (void)!::write(report[1], &total, sizeof(total));
            ::_exit(0);
        }
        ::close(report[1]);
        ::close(ready[1]);
        char status = '?';
        QCOMPARE(::read(ready[0], &status, 1), ssize_t(1));
        QCOMPARE(status, 'x');

        IpcClient client(QStringLiteral("admin typing a secret"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("runs as uid 65534")));
        const auto r = client.connectToServer(QFile::decodeName(path), 3000);
        QCOMPARE(errorCode(r), protocol::errUntrustedServer());
        QVERIFY(r.error().message.contains(QLatin1String("not the ml-connector service")));

        long received = -1;
        QCOMPARE(::read(report[0], &received, sizeof(received)), ssize_t(sizeof(received)));
        ::waitpid(child, nullptr, 0);
        ::close(report[0]);
        ::close(ready[0]);
        QCOMPARE(received, 0L); // not even the hello
    }
#endif
};

QTEST_GUILESS_MAIN(TestServerIdentity)
#include "tst_serveridentity.moc"
