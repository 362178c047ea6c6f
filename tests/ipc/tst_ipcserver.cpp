// The pipe end to end: IpcServer + IpcClient over a real QLocalServer/named pipe with a unique name.
// Covers the handshake, version and sequence errors, malformed frames (closing only that client),
// async replies, broadcasts, a reader too slow for the pushes, many clients, and who may connect.
#include "ipc/framedecoder.h"
#include "ipc/ipcclient.h"
#include "ipc/ipcserver.h"
#include "ipc/pipename.h"
#include "ipc/protocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <memory>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <poll.h>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace mlc::ipc;

namespace {

class TestHandler : public IpcHandler
{
public:
    std::vector<IpcReply> held;
    IpcPeer lastPeer;
    int calls = 0;

    void handle(const IpcPeer &peer, const QString &method, const QJsonObject &params, IpcReply reply) override
    {
        lastPeer = peer;
        ++calls;
        if (method == QLatin1String("echo"))
            reply.ok(params);
        else if (method == QLatin1String("hold"))
            held.push_back(reply); // completed later by the test
        else if (method == QLatin1String("drop"))
            return; // reply destroyed without an answer
        else
            reply.fail(protocol::errUnknownMethod(), QStringLiteral("Unknown method ") + method);
    }
};

// A client speaking raw frames, to send what IpcClient never would.
struct RawClient {
    QLocalSocket socket;
    FrameDecoder decoder;
    QList<QJsonObject> frames;
    bool invalid = false;

    RawClient()
    {
        QObject::connect(&socket, &QLocalSocket::readyRead, &socket, [this] {
            const FrameDecoder::Output out = decoder.feed(socket.readAll());
            frames += out.frames;
            invalid = invalid || out.state == FrameDecoder::State::Invalid;
        });
    }
    bool connectTo(const QString &name)
    {
        socket.connectToServer(fullServerName(name)); // a bare name lives in the runtime directory, not /tmp
        return socket.waitForConnected(3000);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    void stopReading() { QObject::disconnect(&socket, &QLocalSocket::readyRead, nullptr, nullptr); }
    void sendHello(int major = protocol::Major) { send(encodeFrame(protocol::helloFrame(QStringLiteral("raw"), major, 0))); }
};

QByteArray header(quint32 length)
{
    QByteArray f(4, '\0');
    qToBigEndian<quint32>(length, f.data());
    return f;
}

QString uniqueName()
{
    return QStringLiteral("mlc-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString currentGroupName()
{
#ifdef Q_OS_UNIX
    if (const group *g = getgrgid(getegid()))
        return QString::fromLocal8Bit(g->gr_name);
#endif
    return {};
}

} // namespace

class TestIpcServer : public QObject
{
    Q_OBJECT

    TestHandler *handler = nullptr;
    IpcServer *server = nullptr;
    QString name;

    IpcServerOptions options()
    {
        IpcServerOptions o;
        o.name = name;
        o.operatorsGroup = currentGroupName();
        o.helloTimeoutMs = 5000;
        return o;
    }

    std::unique_ptr<IpcClient> connectedClient()
    {
        auto c = std::make_unique<IpcClient>(QStringLiteral("tst_ipcserver"));
        const mlc::Result<void> r = c->connectToServer(name, 5000);
        if (!r)
            qWarning() << "connect failed:" << r.error().toString();
        return r ? std::move(c) : nullptr;
    }

private slots:
    void init()
    {
        name = uniqueName();
        handler = new TestHandler;
        server = new IpcServer(handler);
        const mlc::Result<void> r = server->listen(options());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    }

    void cleanup()
    {
        delete server;
        server = nullptr;
        delete handler;
        handler = nullptr;
    }

    void handshakeAndCall()
    {
        QSignalSpy connected(server, &IpcServer::clientConnected);
        auto client = connectedClient();
        QVERIFY(client);
        QVERIFY(client->isConnected());
        QCOMPARE(client->serverHello().major, protocol::Major);
        QVERIFY(client->serverHello().client.startsWith(QLatin1String("ml-connector-service")));
        // The service's own user (or root) is an admin, and the hello says so (issue #7 item 8).
        QCOMPARE(client->serverHello().minor, protocol::Minor);
        QCOMPARE(client->role(), QStringLiteral("admin"));
        QTRY_COMPARE(connected.count(), 1);

        const QJsonObject params{{QStringLiteral("text"), QStringLiteral("Grüße – 😀")}, {QStringLiteral("n"), 7}};
        const mlc::Result<QJsonObject> r = client->call(QStringLiteral("echo"), params, 5000);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(*r, params);

        // The identity the service audits is the kernel's view of this very process.
        const IpcPeer peer = connected.first().first().value<IpcPeer>();
        QCOMPARE(peer.pid, qint64(QCoreApplication::applicationPid()));
        QCOMPARE(peer.client, QStringLiteral("tst_ipcserver"));
        QCOMPARE(handler->lastPeer.connectionId, peer.connectionId);
        QCOMPARE(handler->lastPeer.role, PeerRole::Admin);
#ifdef Q_OS_UNIX
        QCOMPARE(peer.uid, qint64(geteuid()));
        QVERIFY(!peer.user.isEmpty());
#endif
        QCOMPARE(server->clientCount(), 1);
    }

    void unknownMethodIsAnError()
    {
        auto client = connectedClient();
        QVERIFY(client);
        const mlc::Result<QJsonObject> r = client->call(QStringLiteral("no.such.method"), {}, 5000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, protocol::errUnknownMethod());
        QVERIFY(client->isConnected());
    }

    void versionMismatchIsRefused()
    {
        IpcClient client(QStringLiteral("future tray"));
        client.setAnnouncedVersion(protocol::Major + 1, 0);
        const mlc::Result<void> r = client.connectToServer(name, 5000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, protocol::errVersion());
        QVERIFY(r.error().message.contains(QLatin1String("not supported")));
        QVERIFY(!client.isConnected());

        // On the wire: an error frame, then the service closes.
        RawClient raw;
        QVERIFY(raw.connectTo(name));
        raw.sendHello(protocol::Major + 1);
        QTRY_COMPARE(raw.frames.size(), 1);
        QVERIFY(protocol::isErrorFrame(raw.frames.first()));
        QCOMPARE(protocol::parseErrorFrame(raw.frames.first()).code, protocol::errVersion());
        QTRY_COMPARE(raw.socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(server->clientCount(), 0);
    }

    void requestBeforeHelloIsRefused()
    {
        RawClient raw;
        QVERIFY(raw.connectTo(name));
        raw.send(encodeFrame(protocol::requestFrame(1, QStringLiteral("echo"), {})));
        QTRY_COMPARE(raw.frames.size(), 1);
        QCOMPARE(protocol::parseErrorFrame(raw.frames.first()).code, protocol::errProtocol());
        QTRY_COMPARE(raw.socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(handler->calls, 0);
    }

    void silentClientIsClosedAfterHelloTimeout()
    {
        IpcServerOptions o = options();
        o.name = uniqueName();
        o.helloTimeoutMs = 200;
        IpcServer quick(handler);
        QVERIFY(quick.listen(o).ok());
        RawClient raw;
        QVERIFY(raw.connectTo(o.name));
        QTRY_COMPARE(raw.socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(raw.frames.size(), 1);
        QCOMPARE(protocol::parseErrorFrame(raw.frames.first()).code, protocol::errProtocol());
    }

    void badFramesCloseOnlyThatClient_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("zero length") << header(0);
        QTest::newRow("oversize 2 MiB header") << header(2u * 1024 * 1024);
        QTest::newRow("garbage") << QByteArray("\x7f\x45\x4c\x46garbage\x00\x01\x02", 14);
        QTest::newRow("not json") << QByteArray(header(5) + "hello");
        QTest::newRow("json array") << QByteArray(header(2) + "[]");
    }

    void badFramesCloseOnlyThatClient()
    {
        QFETCH(QByteArray, bytes);
        auto good = connectedClient();
        QVERIFY(good);
        QSignalSpy rejected(server, &IpcServer::clientRejected);

        RawClient raw;
        QVERIFY(raw.connectTo(name));
        raw.sendHello();
        QTRY_COMPARE(raw.frames.size(), 1); // the server's hello
        QVERIFY(raw.frames.first().contains(QLatin1String("hello")));
        QTRY_COMPARE(server->clientCount(), 2);

        raw.send(bytes);
        QTRY_COMPARE(raw.socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(raw.frames.size(), 2);
        QCOMPARE(protocol::parseErrorFrame(raw.frames.at(1)).code, protocol::errProtocol());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(handler->calls, 0);

        // The other client is unaffected.
        const mlc::Result<QJsonObject> r = good->call(QStringLiteral("echo"), {{QStringLiteral("x"), 1}}, 5000);
        QVERIFY(r.ok());
        QCOMPARE(server->clientCount(), 1);
    }

    void malformedRequestGetsErrorReplyAndKeepsConnection()
    {
        RawClient raw;
        QVERIFY(raw.connectTo(name));
        raw.sendHello();
        QTRY_COMPARE(raw.frames.size(), 1);
        raw.send(encodeFrame(QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("params"), QJsonObject{}}}));
        QTRY_COMPARE(raw.frames.size(), 2);
        QCOMPARE(raw.frames.at(1).value(QLatin1String("id")).toInt(), 5);
        QCOMPARE(raw.frames.at(1).value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(raw.frames.at(1).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 protocol::errBadRequest());
        QCOMPARE(raw.socket.state(), QLocalSocket::ConnectedState);
    }

    // A request can be answered later, e.g. when a sync cycle finishes; also from a worker thread.
    void asyncReplyCompletedLater()
    {
        auto client = connectedClient();
        QVERIFY(client);
        std::optional<mlc::Result<QJsonObject>> first, second;
        client->callAsync(QStringLiteral("hold"), {}, [&](const mlc::Result<QJsonObject> &r) { first = r; });
        client->callAsync(QStringLiteral("hold"), {}, [&](const mlc::Result<QJsonObject> &r) { second = r; });
        QTRY_COMPARE(handler->held.size(), size_t(2));
        QTest::qWait(50);
        QVERIFY(!first && !second); // nothing answered yet

        handler->held[0].ok({{QStringLiteral("cycle"), QStringLiteral("finished")}});
        handler->held[0].fail(QStringLiteral("late"), QStringLiteral("ignored: first completion wins"));
        QTRY_VERIFY(first.has_value());
        QVERIFY(first->ok());
        QCOMPARE(first->value().value(QLatin1String("cycle")).toString(), QStringLiteral("finished"));

        IpcReply fromThread = handler->held[1];
        std::thread worker([fromThread] { fromThread.fail(QStringLiteral("sync.busy"), QStringLiteral("A cycle is running.")); });
        worker.join();
        QTRY_VERIFY(second.has_value());
        QVERIFY(!second->ok());
        QCOMPARE(second->error().code, QStringLiteral("sync.busy"));
        QVERIFY(handler->held[1].isCompleted());
    }

    void droppedReplyAnswersInternalError()
    {
        auto client = connectedClient();
        QVERIFY(client);
        const mlc::Result<QJsonObject> r = client->call(QStringLiteral("drop"), {}, 5000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, protocol::errInternal());
    }

    void callTimesOut()
    {
        auto client = connectedClient();
        QVERIFY(client);
        const mlc::Result<QJsonObject> r = client->call(QStringLiteral("hold"), {}, 200);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, protocol::errTimeout());
        // A late answer to the timed-out call is ignored and the connection still works.
        handler->held.front().ok({});
        QVERIFY(client->call(QStringLiteral("echo"), {}, 5000).ok());
    }

    void pendingCallFailsWhenServerGoes()
    {
        auto client = connectedClient();
        QVERIFY(client);
        QSignalSpy gone(client.get(), &IpcClient::disconnected);
        std::optional<mlc::Result<QJsonObject>> result;
        client->callAsync(QStringLiteral("hold"), {}, [&](const mlc::Result<QJsonObject> &r) { result = r; });
        QTRY_COMPARE(handler->held.size(), size_t(1));
        server->close();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().code, protocol::errDisconnected());
        QTRY_COMPARE(gone.count(), 1);
        QVERIFY(!client->isConnected());
    }

    void broadcastReachesAllClients()
    {
        std::vector<std::unique_ptr<IpcClient>> clients;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 5; ++i) {
            clients.push_back(connectedClient());
            QVERIFY(clients.back());
            spies.push_back(std::make_unique<QSignalSpy>(clients.back().get(), &IpcClient::eventReceived));
        }
        QTRY_COMPARE(server->clientCount(), 5);
        server->broadcast(protocol::evReviewCountChanged(), {{QStringLiteral("count"), 3}});
        for (auto &spy : spies) {
            QTRY_COMPARE(spy->count(), 1);
            QCOMPARE(spy->first().at(0).toString(), protocol::evReviewCountChanged());
            QCOMPARE(spy->first().at(1).toJsonObject().value(QLatin1String("count")).toInt(), 3);
        }
        // A client that has not said hello yet gets no pushes.
        RawClient raw;
        QVERIFY(raw.connectTo(name));
        QTest::qWait(50);
        server->broadcast(protocol::evStatusChanged(), {});
        for (auto &spy : spies)
            QTRY_COMPARE(spy->count(), 2);
        QTest::qWait(50);
        QVERIFY(raw.frames.isEmpty());
    }

    void manyClients()
    {
        std::vector<std::unique_ptr<IpcClient>> clients;
        for (int i = 0; i < 40; ++i) {
            clients.push_back(connectedClient());
            QVERIFY(clients.back());
        }
        QTRY_COMPARE(server->clientCount(), 40);
        for (size_t i = 0; i < clients.size(); ++i) {
            const mlc::Result<QJsonObject> r = clients[i]->call(QStringLiteral("echo"), {{QStringLiteral("i"), int(i)}}, 5000);
            QVERIFY(r.ok());
            QCOMPARE(r->value(QLatin1String("i")).toInt(), int(i));
        }
        clients.clear();
        QTRY_COMPARE(server->clientCount(), 0);
    }

    // A client that stops reading while the service pushes large events is dropped once 1 MiB is
    // pending for it; the server's memory stays bounded and a healthy client gets every event.
    void slowReaderIsDropped()
    {
        IpcServerOptions o = options();
        o.name = uniqueName();
        o.maxPendingWriteBytes = 1024 * 1024;
        IpcServer capped(handler);
        QVERIFY(capped.listen(o).ok());
        QSignalSpy rejected(&capped, &IpcServer::clientRejected);

        IpcClient good(QStringLiteral("good"));
        QVERIFY(good.connectToServer(o.name, 5000).ok());
        QSignalSpy events(&good, &IpcClient::eventReceived);

        RawClient slow;
        slow.socket.setReadBufferSize(4096); // Qt stops reading the socket once 4 KiB are buffered
        QVERIFY(slow.connectTo(o.name));
        slow.sendHello();
        QTRY_COMPARE(slow.frames.size(), 1);
        slow.stopReading();
        QTRY_COMPARE(capped.clientCount(), 2);

        const QJsonObject big{{QStringLiteral("blob"), QString(256 * 1024, QLatin1Char('z'))}};
        const int pushes = 40; // 10 MiB in total
        for (int i = 0; i < pushes; ++i) {
            capped.broadcast(protocol::evCycleProgress(), big);
            QTRY_COMPARE(events.count(), i + 1); // paced by the healthy reader
        }
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().at(1).toString().contains(QLatin1String("does not read")));
        QCOMPARE(capped.clientCount(), 1);
        QVERIFY(good.call(QStringLiteral("echo"), {}, 5000).ok());
    }

#ifdef Q_OS_UNIX
    void socketFilePermissions()
    {
        const QString path = server->fullServerName();
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QVERIFY(S_ISSOCK(st.st_mode));
        QCOMPARE(st.st_mode & 0777, mode_t(0660)); // no access for others, no exec bits
        QCOMPARE(st.st_gid, getegid());            // the operators group (here: our own group)
        QCOMPARE(st.st_uid, geteuid());
    }

    void missingOperatorsGroupKeepsUserOnly()
    {
        IpcServerOptions o = options();
        o.name = uniqueName();
        o.operatorsGroup = QStringLiteral("mlc-no-such-group-4711");
        IpcServer server2(handler);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mlc-no-such-group-4711.*does not exist")));
        QVERIFY(server2.listen(o).ok());
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(server2.fullServerName()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        IpcClient client(QStringLiteral("same user"));
        QVERIFY(client.connectToServer(o.name, 5000).ok()); // the service's own user still may
    }

    void secondServerOnSameNameIsRefused()
    {
        IpcServer other(handler);
        const mlc::Result<void> r = other.listen(options());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("ipc.in_use"));
        auto client = connectedClient(); // the first server is intact
        QVERIFY(client);
    }

    // End to end with another uid: needs root to switch a child process to "nobody".
    void otherUserIsRefused()
    {
        if (geteuid() != 0)
            QSKIP("needs root to run a client as another user");
        // A directory "nobody" may enter (the runtime directory is private): the socket's own
        // mode and the SO_PEERCRED check must keep it out.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
        IpcServerOptions o = options();
        o.name = dir.filePath(QStringLiteral("open.sock"));
        delete server;
        server = new IpcServer(handler);
        QVERIFY(server->listen(o).ok());
        const QByteArray path = QFile::encodeName(server->fullServerName());
        QSignalSpy rejected(server, &IpcServer::clientRejected);
        const QByteArray hello = encodeFrame(protocol::helloFrame(QStringLiteral("intruder"))); // before fork()

        // 1. File permissions alone keep "nobody" out.
        // 2. With the file opened up (a misconfiguration), the SO_PEERCRED check still refuses it.
        for (int round = 0; round < 2; ++round) {
            if (round == 1)
                QCOMPARE(::chmod(path.constData(), 0666), 0);
            int fds[2];
            QCOMPARE(::pipe(fds), 0);
            const pid_t child = ::fork();
            if (child == 0) {
                ::close(fds[0]);
                char result = 'x';
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) {
                    result = 's';
                } else {
                    const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
                    sockaddr_un addr{};
                    addr.sun_family = AF_UNIX;
                    std::strncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path) - 1);
                    if (::connect(s, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0) {
                        result = 'c'; // refused by the file system
                    } else {
                        (void)!::write(s, hello.constData(), size_t(hello.size()));
                        char buf[4096];
                        ssize_t total = 0, n = 0;
                        while ((n = ::read(s, buf + total, sizeof(buf) - size_t(total))) > 0)
                            total += n;
                        const QByteArray reply(buf, int(total));
                        result = reply.contains("not_permitted") ? 'r' : 'a';
                    }
                }
                (void)!::write(fds[1], &result, 1);
                ::_exit(0);
            }
            ::close(fds[1]);
            char result = '?';
            // The server must keep running while the child talks to it.
            QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                         pollfd p{fds[0], POLLIN, 0};
                                         return ::poll(&p, 1, 0) == 1;
                                     }()),
                                     10000);
            QCOMPARE(::read(fds[0], &result, 1), ssize_t(1));
            ::close(fds[0]);
            ::waitpid(child, nullptr, 0);
            QCOMPARE(result, round == 0 ? 'c' : 'r');
        }
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().at(1).toString().startsWith(QLatin1String("Not permitted")));
        QCOMPARE(handler->calls, 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestIpcServer)
#include "tst_ipcserver.moc"
