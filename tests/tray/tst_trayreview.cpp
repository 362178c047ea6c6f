// End to end: the console service on both simulators, the tray's review page connected to it over
// the pipe. A finance user finds the invoice whose vendor is unknown, types the B1 supplier into
// the map field and presses Enter: the invoice posts, leaves the queue, and the audit trail names
// the user who mapped it.
#include "../service/consoleservicefixture.h"

#include "models/mappingsmodel.h"
#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"
#include "pages/mappingspage.h"
#include "pages/reviewpage.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QTableWidget>
#include <QTimer>
#include <QLabel>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace mlc;

class TestTrayReview : public QObject {
    Q_OBJECT
private slots:
    void mapsAnUnknownVendorFromTheQueue();
    void actionsWaitWhileTheServiceIsAway();
    void previewAndPickerResolveByKeyboard();
    void mappingsPageFlagsAndDeletes();
    void refusedByConcurSaysWhatRetryAndSkipDo();
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

// Issue #8 item 3: the detail pane shows the journal entry preview (clearly not posted, debits and
// credits with totals, the unmapped line marked) and the B1 picker maps the vendor by keyboard:
// type part of the supplier's code, Enter; the invoice posts with that supplier.
void TestTrayReview::previewAndPickerResolveByKeyboard()
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
        QVERIFY(cycle.ok());
    }
    const int entriesBefore = e.b1->journalEntryCount();
    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(svc.pipe);
    tray::ReviewQueueModel model;
    model.setDatabase(db.value()->database());
    tray::ReviewPage page(&model, &service);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 10000);
    auto *search = child<QLineEdit>(&page, "reviewSearch");
    auto *table = child<QTableView>(&page, "reviewTable");
    QTest::keyClicks(search, QStringLiteral("globex"));
    QTRY_COMPARE(model.filter().search, QStringLiteral("globex")); // the debounced filter is applied
    QTRY_COMPARE(model.rowCount(), 1);
    table->setFocus();
    table->selectRow(0);

    // The preview: titled as not posted, one line per posting line plus the total, balanced.
    auto *box = child<QGroupBox>(&page, "previewBox");
    auto *preview = child<QTableWidget>(&page, "previewTable");
    auto *status = child<QLabel>(&page, "previewStatus");
    QVERIFY(box && preview && status);
    QVERIFY(box->title().contains(QStringLiteral("not posted")));
    QTRY_VERIFY2_WITH_TIMEOUT(preview->rowCount() >= 3, qPrintable(status->text()), 30000);
    const int total = preview->rowCount() - 1;
    QVERIFY(preview->item(total, 0)->text().startsWith(QStringLiteral("Total")));
    QCOMPARE(preview->item(total, 1)->text(), preview->item(total, 2)->text());
    QVERIFY(!preview->item(total, 1)->text().isEmpty());
    QVERIFY2(status->text().contains(QStringLiteral("Debits equal credits")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Not posted")), qPrintable(status->text()));
    int marked = 0;
    for (int r = 0; r < total; ++r)
        marked += preview->item(r, 0)->text().startsWith(QStringLiteral("⚠")) ? 1 : 0;
    QCOMPARE(marked, 1); // the vendor's credit line waits for the mapping
    QCOMPARE(e.b1->journalEntryCount(), entriesBefore); // a preview never posts

    // The picker, by keyboard: it opens focused on its search field, says what the mapping
    // releases, the typed code narrows the list, Enter chooses and maps.
    auto *pick = child<QPushButton>(&page, "pickButton");
    QVERIFY(pick && pick->isVisible() && pick->isEnabled());
    QString releases;
    QString problem = QStringLiteral("the picker did not open");
    bool picked = false;
    bool searchFocused = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()) != nullptr; }, 5000))
            return;
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("pickerSearch"));
        auto *list = dialog->findChild<QTableWidget *>(QStringLiteral("pickerList"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("pickerReleases"));
        if (!field || !list || !label) {
            problem = QStringLiteral("picker widgets missing");
            dialog->close();
            return;
        }
        searchFocused = QTest::qWaitFor([&] { return field->hasFocus(); }, 2000);
        field->setFocus();
        QTest::keyClicks(field, planted.cardCode);
        if (!QTest::qWaitFor([&] { return list->rowCount() >= 1 && list->item(0, 0)->text() == planted.cardCode; }, 30000)) {
            problem = QStringLiteral("the supplier was not listed first: %1 rows").arg(list->rowCount());
            dialog->close();
            return;
        }
        releases = label->text();
        picked = true;
        QTest::keyClick(field, Qt::Key_Return);
    });
    pick->setFocus();
    QTest::keyClick(pick, Qt::Key_Space);
    QVERIFY2(picked, qPrintable(problem));
    QVERIFY(searchFocused);
    QVERIFY2(releases.contains(QStringLiteral("releases 1 waiting document")), qPrintable(releases));
    auto *feedback = page.findChild<QLabel *>(QStringLiteral("reviewFeedback"));
    QTRY_VERIFY2_WITH_TIMEOUT(e.b1->journalEntryCount() == entriesBefore + 1, qPrintable(feedback->text()), 30000);
    const QJsonObject entry = e.b1->journalEntries().last();
    bool creditorFound = false;
    for (const QJsonValue &line : entry.value(QStringLiteral("JournalEntryLines")).toArray())
        creditorFound = creditorFound || line.toObject().value(QStringLiteral("ShortName")).toString() == planted.cardCode;
    QVERIFY(creditorFound);
    QTRY_COMPARE(model.rowCount(), 0);
    service.stop();
}

// Issue #8 item 3: the mappings page flags a mapping whose supplier B1 has frozen since (warning
// icon and why), leaves the sound one alone, and deletes a mapping by keyboard (Delete, confirm)
// through the service, which audits it with the user.
void TestTrayReview::mappingsPageFlagsAndDeletes()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    test::Service svc(e);
    QVERIFY(svc.prepare());
    svc.start();
    ipc::IpcClient client(QStringLiteral("tst_trayreview"));
    QVERIFY2(svc.connect(client), svc.output().constData());
    accounting::MasterData md = sim::DemoScenario::masterData();
    QString supplier;
    QString account;
    for (const auto &bp : md.partners) {
        if (bp.usable() && supplier.isEmpty())
            supplier = bp.cardCode;
    }
    for (const auto &a : md.accounts) {
        if (a.usable() && account.isEmpty())
            account = a.code;
    }
    QVERIFY(client.call(QStringLiteral("mappings.set"), {{QStringLiteral("kind"), QStringLiteral("vendor")},
                                                         {QStringLiteral("source"), QStringLiteral("employee:X77")},
                                                         {QStringLiteral("target"), supplier}}, 60000).ok());
    QVERIFY(client.call(QStringLiteral("mappings.set"), {{QStringLiteral("kind"), QStringLiteral("account")},
                                                         {QStringLiteral("source"), QStringLiteral("9911")},
                                                         {QStringLiteral("target"), account}}, 60000).ok());
    for (auto &bp : md.partners) {
        if (bp.cardCode == supplier)
            bp.frozen = true;
    }
    e.sims.call([&] { e.b1->setMasterData(md); });

    auto db = tray::StateDatabase::open(e.dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(svc.pipe);
    tray::MappingsModel model;
    model.setDatabase(db.value()->database());
    tray::MappingsPage page(&model, &service);
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 10000);
    page.refresh();
    auto *table = child<QTableView>(&page, "mappingsTable");
    auto *check = child<QLabel>(&page, "mappingsCheck");
    QVERIFY(table && check);
    QAbstractItemModel *shown = table->model();
    const auto rowOf = [&](const QString &source) {
        for (int r = 0; r < shown->rowCount(); ++r) {
            if (shown->index(r, tray::MappingsModel::Source).data().toString().contains(source))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(rowOf(QStringLiteral("X77")) >= 0 && rowOf(QStringLiteral("9911")) >= 0);
    const auto flag = [&](const QString &source) {
        return shown->index(rowOf(source), tray::MappingsModel::Target).data(Qt::DecorationRole);
    };
    QTRY_VERIFY_WITH_TIMEOUT(!flag(QStringLiteral("X77")).isNull(), 30000);
    QVERIFY(shown->index(rowOf(QStringLiteral("X77")), tray::MappingsModel::Target).data(Qt::ToolTipRole).toString()
                .contains(QStringLiteral("frozen")));
    QVERIFY(flag(QStringLiteral("9911")).isNull()); // its account is fine
    QVERIFY2(check->text().contains(QStringLiteral("1 mapping")), qPrintable(check->text()));

    // Delete it by keyboard: select, Delete, confirm.
    table->setFocus();
    table->selectRow(rowOf(QStringLiteral("X77")));
    bool confirmed = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *w = nullptr;
        if (!QTest::qWaitFor([&] { return (w = QApplication::activeModalWidget()) != nullptr; }, 5000))
            return;
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            confirmed = box->text().contains(supplier);
            box->button(QMessageBox::Yes)->click();
        } else {
            w->close();
        }
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(confirmed);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("X77")) < 0, 30000);
    QVERIFY(rowOf(QStringLiteral("9911")) >= 0);
    auto audit = client.call(QStringLiteral("audit.query"), {{QStringLiteral("limit"), 20}}, 60000);
    QVERIFY(audit.ok());
    bool audited = false;
    for (const QJsonValue &v : audit->value(QStringLiteral("items")).toArray()) {
        const QJsonObject a = v.toObject();
        audited = audited
            || (a.value(QStringLiteral("detail")).toString() == QLatin1String("vendor employee:X77 deleted")
                && a.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("pipe:")));
    }
    QVERIFY(audited);
    service.stop();
}

// Issue #10: a posted expense report whose posting confirmation Concur refused waits in the queue
// (reason concur.refused). Its label and sentence say what happened and what Retry and Skip do, and
// no "not posted" preview is built for an entry that is in B1.
void TestTrayReview::refusedByConcurSaysWhatRetryAndSkipDo()
{
    QTemporaryDir dir;
    {
        auto st = store::Store::open(dir.filePath(QStringLiteral("ml-connector.db")));
        QVERIFY(st.ok());
        store::LedgerRow row;
        row.key = QStringLiteral("expense|R7|1");
        row.docType = QStringLiteral("expense");
        row.fisId = QStringLiteral("FIS-R7");
        row.docId = QStringLiteral("R7");
        row.revision = QStringLiteral("1");
        row.idemKey = QStringLiteral("E7R1");
        row.title = QStringLiteral("R7 Trip to Lyon — Anna Berg");
        row.currency = QStringLiteral("EUR");
        row.amount = QStringLiteral("412.30");
        row.state = store::LedgerState::Review;
        row.jdtNum = 4711;
        row.reasons = QJsonArray{QJsonObject{
            {QStringLiteral("code"), QStringLiteral("concur.refused")},
            {QStringLiteral("message"), QStringLiteral("Concur refused the posting confirmation: Report recalled (code 102)")},
            {QStringLiteral("args"), QJsonObject{{QStringLiteral("step"), QStringLiteral("posting")}, {QStringLiteral("code"), 102},
                                                 {QStringLiteral("concurMessage"), QStringLiteral("Report recalled")},
                                                 {QStringLiteral("was"), QStringLiteral("posted")}}}}};
        QVERIFY(st.value()->upsertLedger(row).ok());
    }
    auto db = tray::StateDatabase::open(dir.filePath(QStringLiteral("ml-connector.db")));
    QVERIFY(db.ok());
    tray::ServiceConnection service(dir.filePath(QStringLiteral("nobody-here.sock")));
    tray::ReviewQueueModel model;
    model.setDatabase(db.value()->database());
    tray::ReviewPage page(&model, &service);
    page.show();
    QCOMPARE(model.rowCount(), 1);
    auto *reason = child<QComboBox>(&page, "reviewReason");
    QVERIFY(reason->findText(QStringLiteral("Refused by Concur")) > 0);
    auto *table = child<QTableView>(&page, "reviewTable");
    QCOMPARE(model.index(0, tray::ReviewQueueModel::Reason).data().toString(), QStringLiteral("Refused by Concur"));
    table->selectRow(0);
    const QString details = child<QTextBrowser>(&page, "reviewDetails")->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Refused by Concur")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Concur refused the posting confirmation of this document: Report recalled "
                                            "(Concur code 102). Its journal entry stays in SAP Business One")),
             qPrintable(details));
    const QString preview = child<QLabel>(&page, "previewStatus")->text();
    QVERIFY2(preview.startsWith(QLatin1String("Already posted to SAP Business One")), qPrintable(preview));
    QTest::qWait(400); // the preview's delay: nothing is asked for this document
    QCOMPARE(child<QLabel>(&page, "previewStatus")->text(), preview);
}

QTEST_MAIN(TestTrayReview)
#include "tst_trayreview.moc"
