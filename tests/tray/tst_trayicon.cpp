// The tray icon in a real notification area (issue #8: "the tray icon under Xvfb + trayer"): an X
// server of its own (Xvfb) with trayer as the tray host. The icon docks, shows red with "not
// running" while no service answers, turns orange with the number of documents waiting once the
// console service on the simulators is there, and a right click on the docked icon opens its menu
// (Open, Run sync now, Pause, log folder, Quit), whose Open shows the window. Skipped when Xvfb,
// trayer or xdotool are not installed (scripts/setup-debian.sh installs them).
#include "../service/consoleservicefixture.h"

#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mlc;

namespace {

// Xvfb, trayer: started before the QApplication (the xcb platform reads DISPLAY once).
struct Desktop {
    QProcess xvfb;
    QProcess trayer;
    QString display;
    QString missing;

    bool start()
    {
        for (const char *tool : {"Xvfb", "trayer", "xdotool"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                missing += QLatin1Char(' ') + QString::fromLatin1(tool);
        }
        if (!missing.isEmpty())
            return false;
        // -displayfd: Xvfb picks a free display and writes its number to fd 1 when ready.
        xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                            QStringLiteral("0"), QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"),
                                            QStringLiteral("tcp")});
        if (!xvfb.waitForStarted(5000) || !xvfb.waitForReadyRead(10000))
            return false;
        display = QLatin1Char(':') + QString::fromLatin1(xvfb.readAllStandardOutput().trimmed());
        qputenv("DISPLAY", display.toLatin1());
        trayer.start(QStringLiteral("trayer"),
                     {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"), QStringLiteral("right"),
                      QStringLiteral("--widthtype"), QStringLiteral("pixel"), QStringLiteral("--width"), QStringLiteral("48"),
                      QStringLiteral("--heighttype"), QStringLiteral("pixel"), QStringLiteral("--height"), QStringLiteral("32"),
                      QStringLiteral("--SetDockType"), QStringLiteral("true")});
        return trayer.waitForStarted(5000);
    }
    ~Desktop()
    {
        for (QProcess *p : {&trayer, &xvfb}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000))
                    p->kill();
                p->waitForFinished(3000);
            }
        }
    }
};

Desktop *desktop = nullptr;

} // namespace

class TestTrayIcon : public QObject {
    Q_OBJECT
private slots:
    void docksShowsTheStateAndOpensItsMenu();
};

void TestTrayIcon::docksShowsTheStateAndOpensItsMenu()
{
    if (!desktop->missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("not installed:") + desktop->missing));
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);

    test::EndToEnd e;
    QVERIFY(e.ready());
    e.seed(10, 0.4);
    test::Service svc(e);
    QVERIFY(svc.prepare());
    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());

    // No service yet: red, and the tooltip says why.
    tray::ServiceConnection service(svc.pipe);
    tray::TrayIcon icon(db.value().get(), &service, e.dir.filePath(QStringLiteral("logs")));
    QSignalSpy opened(&icon, &tray::TrayIcon::openRequested);
    icon.show();
    service.start();
    QTRY_VERIFY(!service.offlineReason().isEmpty());
    QCOMPARE(icon.look(), tray::TrayIcon::Look::Error);
    QVERIFY2(icon.toolTip().contains(QLatin1String("not running")), qPrintable(icon.toolTip()));
    QAction *runNow = nullptr;
    QAction *open = nullptr;
    for (QAction *a : icon.menu()->actions()) {
        if (a->text().contains(QLatin1String("Run sync now")))
            runNow = a;
        if (a->text().contains(QLatin1String("Open ml-connector")))
            open = a;
    }
    QVERIFY(runNow && open);
    QVERIFY(!runNow->isEnabled());

    // The service starts and syncs: documents wait for review, the icon says how many.
    svc.start();
    {
        ipc::IpcClient client(QStringLiteral("tst_trayicon"));
        QVERIFY2(svc.connect(client), svc.output().constData());
        QVERIFY(client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000).ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 40000);
    QTRY_COMPARE_WITH_TIMEOUT(icon.look(), tray::TrayIcon::Look::Attention, 10000);
    QVERIFY2(icon.toolTip().contains(QLatin1String("waiting for review")), qPrintable(icon.toolTip()));
    QVERIFY(runNow->isEnabled());

    // A right click on the docked icon (trayer: 48x32 at the top right) opens the menu there.
    QTest::qWait(500);
    QProcess click;
    click.start(QStringLiteral("xdotool"), {QStringLiteral("mousemove"), QStringLiteral("1008"), QStringLiteral("16"),
                                            QStringLiteral("click"), QStringLiteral("3")});
    QVERIFY(click.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(icon.menu()->isVisible(), 5000);
    QVERIFY(icon.menu()->geometry().top() < 200); // under the panel, not somewhere else
    open->trigger();
    icon.menu()->hide();
    QCOMPARE(opened.count(), 1);

    service.stop();
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
}

int main(int argc, char **argv)
{
    Desktop d;
    desktop = &d;
    if (d.start())
        qputenv("QT_QPA_PLATFORM", "xcb");
    else
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the test skips itself
    QApplication app(argc, argv);
    TestTrayIcon t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_trayicon.moc"
