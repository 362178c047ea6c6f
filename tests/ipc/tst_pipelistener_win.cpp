// Windows only: the pipe listener keeps accepting clients after it failed to create the next pipe
// instance (issue #7 item 11). Without a waiting instance no client can connect, so one failure
// (CreateNamedPipeW out of resources, a client that left before ConnectNamedPipe) used to leave
// the service deaf until a restart; now the listener tries again with a short backoff.
#include "ipc/locallistener.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

#include <qt_windows.h>

using namespace mlc::ipc;

class TestPipeListenerWin : public QObject
{
    Q_OBJECT
private slots:
    void retriesAfterAFailedInstance_data()
    {
        QTest::addColumn<int>("failures");
        QTest::newRow("one failure") << 1;
        QTest::newRow("five failures (backoff)") << 5;
    }
    void retriesAfterAFailedInstance()
    {
        QFETCH(int, failures);
        const QString name = QStringLiteral("mlc-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        LocalListener listener;
        QList<QLocalSocket *> accepted;
        connect(&listener, &LocalListener::newConnection, this, [&accepted](QLocalSocket *s) { accepted << s; });
        QVERIFY(listener.listen(name, QString()).ok());

        testing::failNextPipeInstances(failures);
        QLocalSocket first;
        first.connectToServer(name);
        QVERIFY(first.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 5000);

        // The instance after the first connection failed `failures` times; a second client must
        // still get in (the listener retries within a few seconds). The client runs in its own
        // thread, as in another process: WaitNamedPipe blocks, and the listener needs this one.
        const std::wstring wname = QString(QStringLiteral("\\\\.\\pipe\\") + name).toStdWString();
        std::atomic<bool> done{false};
        HANDLE second = INVALID_HANDLE_VALUE;
        std::thread client([&] {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 15000) {
                second = CreateFileW(wname.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
                if (second != INVALID_HANDLE_VALUE)
                    break;
                if (GetLastError() == ERROR_PIPE_BUSY)
                    WaitNamedPipeW(wname.c_str(), 500);
                else
                    Sleep(50);
            }
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
        client.join();
        QVERIFY(second != INVALID_HANDLE_VALUE);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 2, 5000);

        // The new connection carries data (read in a thread: ReadFile blocks, the write needs
        // this thread's event loop).
        QByteArray got;
        std::atomic<bool> readDone{false};
        std::thread reader([&] {
            char buf[8] = {};
            DWORD n = 0;
            if (ReadFile(second, buf, 4, &n, nullptr))
                got = QByteArray(buf, int(n));
            readDone = true;
        });
        accepted.at(1)->write("pong");
        accepted.at(1)->flush();
        QTRY_VERIFY_WITH_TIMEOUT(readDone.load(), 10000);
        reader.join();
        QCOMPARE(got, QByteArray("pong"));
        CloseHandle(second);
        qDeleteAll(accepted);
        testing::failNextPipeInstances(0);
    }
};

QTEST_GUILESS_MAIN(TestPipeListenerWin)
#include "tst_pipelistener_win.moc"
