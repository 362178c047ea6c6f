// The service stops and starts again under an open tray (issue #8): the window says the service
// is not running, browsing goes on (the state saved when it stopped), actions are disabled with the
// reason; when the service is back the tray reconnects by itself, and the counts it shows are the
// new ones (documents queued while the tray watched), not the ones from before.
#include "../service/consoleservicefixture.h"

#include "mainwindow.h"
#include "models/auditmodel.h"
#include "models/mappingsmodel.h"
#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace mlc;

class TestTrayRestart : public QObject {
    Q_OBJECT
private slots:
    void serviceStopsAndComesBack();
};

namespace {

int reviewRows(test::EndToEnd &e)
{
    // The truth, from the service's own database (read-only, like the tray).
    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    if (!db.ok())
        return -1;
    QSqlQuery q(db.value()->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ledger WHERE state = 'review'")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

void TestTrayRestart::serviceStopsAndComesBack()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    e.seed(10, 0.4);
    test::Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    {
        ipc::IpcClient client(QStringLiteral("tst_trayrestart"));
        QVERIFY2(svc.connect(client), svc.output().constData());
        QVERIFY(client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000).ok());
    }
    const int queuedFirst = reviewRows(e);
    QVERIFY(queuedFirst > 0);

    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(svc.pipe);
    tray::ReviewQueueModel reviewModel;
    reviewModel.setDatabase(db.value()->database());
    tray::MappingsModel mappingsModel;
    mappingsModel.setDatabase(db.value()->database());
    tray::AuditModel auditModel;
    auditModel.setDatabase(db.value()->database());
    tray::MainWindow window(db.value().get(), &reviewModel, &mappingsModel, &auditModel, &service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 10000);

    auto *banner = window.findChild<QLabel *>(QStringLiteral("serviceBanner"));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    auto *inReview = window.findChild<QLabel *>(QStringLiteral("overviewInReview"));
    auto *runNow = window.findChild<QPushButton *>(QStringLiteral("overviewRunNow"));
    QVERIFY(banner && nav && inReview && runNow);
    QVERIFY(!banner->isVisible());
    QVERIFY(runNow->isEnabled());
    auto *state = window.findChild<QLabel *>(QStringLiteral("overviewState"));
    QVERIFY(state);
    QTRY_VERIFY2(state->text().contains(QLatin1String(MLC_VERSION)), qPrintable(state->text()));
    QCOMPARE(inReview->text(), QLocale().toString(queuedFirst));
    QVERIFY2(nav->item(tray::MainWindow::Review)->text().contains(QString::number(queuedFirst)),
             qPrintable(nav->item(tray::MainWindow::Review)->text()));

    // 1. The service stops (cleanly, as on a Windows shutdown or "systemctl stop").
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    // First "the connection was lost, reconnecting", then, once a retry found nobody, "not running".
    QTRY_VERIFY2_WITH_TIMEOUT(banner->text().contains(QLatin1String("not running")), qPrintable(banner->text()), 10000);
    QVERIFY(!runNow->isEnabled());
    QVERIFY(!runNow->toolTip().isEmpty());
    // Browsing goes on: the review queue still lists the documents.
    window.showPage(tray::MainWindow::Review);
    window.refresh();
    QCOMPARE(reviewModel.rowCount(), queuedFirst);
    window.showPage(tray::MainWindow::Overview);

    // 2. While it is away, new approved documents arrive in Concur; then it starts again.
    e.seed(8, 0.5, 12);
    test::Service again(e);
    again.start();
    // The tray reconnects by itself (retry 1 s doubling to 30 s).
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 40000);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(runNow->isEnabled());
    {
        ipc::IpcClient client(QStringLiteral("tst_trayrestart"));
        QVERIFY2(again.connect(client), again.output().constData());
        QVERIFY(client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000).ok());
    }
    const int queuedNow = reviewRows(e);
    QVERIFY2(queuedNow > queuedFirst, qPrintable(QStringLiteral("%1 then %2").arg(queuedFirst).arg(queuedNow)));
    // No stale counts: the push events of the cycle update the window.
    QTRY_COMPARE_WITH_TIMEOUT(inReview->text(), QLocale().toString(queuedNow), 10000);
    QTRY_VERIFY(nav->item(tray::MainWindow::Review)->text().contains(QString::number(queuedNow)));
    window.showPage(tray::MainWindow::Review);
    QTRY_COMPARE(reviewModel.rowCount(), queuedNow);

    service.stop();
    again.proc.terminate();
    QVERIFY(again.proc.waitForFinished(30000));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTrayRestart t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_trayrestart.moc"
