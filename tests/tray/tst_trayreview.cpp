// End to end: the console service on both simulators, the tray's review page connected to it over
// the pipe. A finance user finds the invoice whose vendor is unknown, types the B1 supplier into
// the map field and presses Enter: the invoice posts, leaves the queue, and the audit trail names
// the user who mapped it.
#include "../service/consoleservicefixture.h"

#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "pages/reviewpage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace mlc;

class TestTrayReview : public QObject {
    Q_OBJECT
private slots:
    void mapsAnUnknownVendorFromTheQueue();
    void actionsWaitWhileTheServiceIsAway();
};

namespace {

// A generated invoice that posts as it is, with its vendor renamed so that nothing matches.
struct PlantedInvoice {
    QJsonObject document;
    QString cardCode; // the supplier it really is
    QString reqKey;
};

PlantedInvoice plantUnknownVendor(test::EndToEnd &e)
{
    sim::DocumentGenerator gen(23);
    for (const auto &d : gen.generate(12, 0)) {
        if (d.docType != QLatin1String("invoice") || d.expectedOutcome != QLatin1String("post")) {
            e.concur->addDocument(d.docType, d.document);
            continue;
        }
        QJsonObject doc = d.document;
        QJsonObject vendor = doc.value(QStringLiteral("vendor")).toObject();
        QString cardCode;
        for (const auto &v : sim::DemoScenario::vendors()) {
            if (v.concurName == vendor.value(QStringLiteral("vendorName")).toString())
                cardCode = v.cardCode;
        }
        if (cardCode.isEmpty())
            continue;
        vendor.insert(QStringLiteral("vendorName"), QStringLiteral("Globex Widgets Pty"));
        doc.insert(QStringLiteral("vendor"), vendor);
        QJsonObject header = doc.value(QStringLiteral("requestHeader")).toObject();
        header.insert(QStringLiteral("vendorTaxId"), QJsonValue::Null);
        doc.insert(QStringLiteral("requestHeader"), header);
        e.concur->addDocument(QStringLiteral("invoice"), doc);
        return PlantedInvoice{doc, cardCode, header.value(QStringLiteral("reqKey")).toVariant().toString()};
    }
    return {};
}

template <typename T>
T *child(QWidget *page, const char *name)
{
    return page->findChild<T *>(QLatin1String(name));
}

} // namespace

void TestTrayReview::mapsAnUnknownVendorFromTheQueue()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const PlantedInvoice planted = plantUnknownVendor(e);
    QVERIFY(!planted.cardCode.isEmpty());
    test::Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    {
        ipc::IpcClient client(QStringLiteral("tst_trayreview"));
        QVERIFY2(svc.connect(client), svc.output().constData());
        auto cycle = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
        QVERIFY2(cycle.ok(), qPrintable(cycle.ok() ? QString() : cycle.error().toString()));
    }
    const int entriesBefore = e.b1->journalEntryCount();

    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    QCOMPARE(db.value()->mode(), tray::StateDatabase::Mode::Live);
    tray::ServiceConnection service(svc.pipe);
    tray::ReviewQueueModel model;
    model.setDatabase(db.value()->database());
    tray::ReviewPage page(&model, &service);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 10000);

    // Find it: type into the search field (debounced), then click the one row left.
    auto *search = child<QLineEdit>(&page, "reviewSearch");
    auto *table = child<QTableView>(&page, "reviewTable");
    QVERIFY(search && table);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("globex"));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), tray::ReviewQueueModel::ReasonCodeRole).toString(),
             QStringLiteral("vendor.unmapped"));
    const QString key = model.row(0).key;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model.index(0, 0)).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

    // Map it by keyboard: the supplier's code, Enter.
    auto *target = child<QComboBox>(&page, "mapTarget");
    QVERIFY(target && target->isVisible() && target->isEnabled());
    target->setFocus();
    QTest::keyClicks(target->lineEdit(), planted.cardCode);
    QTest::keyClick(target->lineEdit(), Qt::Key_Return);

    // The invoice is in B1 with that creditor, once, and has left the queue.
    QTRY_COMPARE_WITH_TIMEOUT(e.b1->journalEntryCount(), entriesBefore + 1, 30000);
    const QJsonObject entry = e.b1->journalEntries().last();
    QVERIFY(entry.value(QStringLiteral("Reference3")).toString().startsWith(QLatin1Char('I') + planted.reqKey + QLatin1Char('R')));
    bool creditorFound = false;
    for (const QJsonValue &line : entry.value(QStringLiteral("JournalEntryLines")).toArray())
        creditorFound = creditorFound || line.toObject().value(QStringLiteral("ShortName")).toString() == planted.cardCode;
    QVERIFY(creditorFound);
    QTRY_COMPARE(model.rowCount(), 0); // the search still filters for it: gone from the queue
    auto *feedback = page.findChild<QLabel *>(QStringLiteral("reviewFeedback"));
    QVERIFY(feedback);
    QVERIFY2(feedback->text().contains(planted.cardCode), qPrintable(feedback->text()));

    // The audit trail names who did it, through the pipe.
    service.stop();
    svc.proc.terminate();
    QVERIFY(svc.proc.waitForFinished(30000));
    QVERIFY(e.reopen());
    auto audit = e.db->audit(key);
    QVERIFY(audit.ok());
    bool byUser = false;
    for (const store::AuditEntry &a : audit.value())
        byUser = byUser || (a.action == QLatin1String("resolve") && a.actor.startsWith(QLatin1String("pipe:")));
    QVERIFY2(byUser, "no resolve event by a pipe user for the document");
}

void TestTrayReview::actionsWaitWhileTheServiceIsAway()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    e.seed(6, 0.5);
    QVERIFY(e.cycle().ok());
    e.db.reset();
    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(e.dir.filePath(QStringLiteral("nobody-here.sock")));
    tray::ReviewQueueModel model;
    model.setDatabase(db.value()->database());
    tray::ReviewPage page(&model, &service);
    page.show();
    service.start();
    QVERIFY(!service.isConnected());
    QVERIFY(model.rowCount() > 0); // browsing works
    auto *table = child<QTableView>(&page, "reviewTable");
    table->selectRow(0);
    auto *retry = child<QPushButton>(&page, "retryButton");
    QVERIFY(!retry->isEnabled());
    QVERIFY(retry->toolTip().contains(QStringLiteral("not running")));
}

QTEST_MAIN(TestTrayReview)
#include "tst_trayreview.moc"
