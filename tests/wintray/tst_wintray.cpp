// The tray on Windows (issue #8 item 7), under wine in CI: the real ml-connector.exe runs as a
// Windows service under the SCM (installed from the build tree with its own `install` command,
// pointed at the simulators in this process); the tray's main window (the real pages, linked in)
// connects over the named pipe, shows the service as running, and a finance user resolves a review
// item through the UI: finds the invoice whose vendor is unknown, selects it with the mouse, types
// the B1 supplier into the map field and presses Enter. The service posts it: the Service Layer
// simulator then has the journal entry with that creditor.
//
// Widgets are found by objectName (overviewState, overviewInReview, reviewSearch, reviewTable,
// mapTarget, reviewFeedback; the overview's values by their form row's label where a build has no
// names yet), so a changed map control only needs mapTo() below adapted.
#include "../integration/endtoendfixture.h"
#include "../winservice/runtool.h"

#include "app/mainwindow.h"
#include "ipc/ipcclient.h"
#include "models/auditmodel.h"
#include "models/mappingsmodel.h"
#include "models/reviewqueuemodel.h"
#include "models/serviceconnection.h"
#include "models/statedatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTest>

#include <windows.h>

using namespace mlc;

namespace {

// Names of the services this test registers; distinct from tst_windowsservice's ("mlc-test-"),
// whose start-up removes leftovers by prefix and may run at the same time in the same prefix.
const QString kPrefix = QStringLiteral("mlc-traytest-");

DWORD serviceState(const QString &name)
{
    SC_HANDLE scm = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!scm)
        return 0;
    DWORD state = 0;
    if (SC_HANDLE h = OpenServiceW(scm, name.toStdWString().c_str(), SERVICE_QUERY_STATUS)) {
        SERVICE_STATUS s{};
        if (QueryServiceStatus(h, &s))
            state = s.dwCurrentState;
        CloseServiceHandle(h);
    }
    CloseServiceHandle(scm);
    return state;
}

void removeService(const QString &name)
{
    SC_HANDLE scm = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (!scm)
        return;
    if (SC_HANDLE h = OpenServiceW(scm, name.toStdWString().c_str(), SERVICE_STOP | DELETE | SERVICE_QUERY_STATUS)) {
        SERVICE_STATUS s{};
        ControlService(h, SERVICE_CONTROL_STOP, &s);
        for (int i = 0; i < 100 && QueryServiceStatus(h, &s) && s.dwCurrentState != SERVICE_STOPPED; ++i)
            Sleep(100);
        DeleteService(h);
        CloseServiceHandle(h);
    }
    CloseServiceHandle(scm);
}

using test::Tool;
using test::run;

// A generated invoice that would post, with its vendor renamed so that nothing matches in B1.
struct PlantedInvoice {
    QString cardCode; // the supplier it really is
    QString reqKey;
};

PlantedInvoice plantUnknownVendor(test::EndToEnd &e)
{
    sim::DocumentGenerator gen(23);
    PlantedInvoice planted;
    QList<QPair<QString, QJsonObject>> documents;
    for (const auto &d : gen.generate(8, 0)) {
        if (!planted.cardCode.isEmpty() || d.docType != QLatin1String("invoice") || d.expectedOutcome != QLatin1String("post")) {
            documents.append({d.docType, d.document});
            continue;
        }
        QJsonObject doc = d.document;
        QJsonObject vendor = doc.value(QStringLiteral("vendor")).toObject();
        for (const auto &v : sim::DemoScenario::vendors()) {
            if (v.concurName == vendor.value(QStringLiteral("vendorName")).toString())
                planted.cardCode = v.cardCode;
        }
        if (planted.cardCode.isEmpty())
            continue;
        vendor.insert(QStringLiteral("vendorName"), QStringLiteral("Globex Widgets Pty"));
        doc.insert(QStringLiteral("vendor"), vendor);
        QJsonObject header = doc.value(QStringLiteral("requestHeader")).toObject();
        header.insert(QStringLiteral("vendorTaxId"), QJsonValue::Null);
        doc.insert(QStringLiteral("requestHeader"), header);
        planted.reqKey = header.value(QStringLiteral("reqKey")).toVariant().toString();
        documents.append({QStringLiteral("invoice"), doc});
    }
    e.sims.call([&] {
        for (const auto &[type, doc] : documents)
            e.concur->addDocument(type, doc);
    });
    return planted;
}

template <typename T>
T *named(QWidget *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

// The field of a form row by its label text ("State:"), for pages whose values have no objectName.
QWidget *formField(QWidget *page, const QString &label)
{
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->text() == label && l->buddy())
            return l->buddy();
    }
    return nullptr;
}

// The map action of the review page, as a user does it: the B1 code typed into the map field,
// then Enter. (The one place to adapt when the map field becomes a searchable picker.)
bool mapTo(QWidget *reviewPage, const QString &cardCode)
{
    auto *target = named<QComboBox>(reviewPage, "mapTarget");
    if (!target || !target->isVisible() || !target->isEnabled() || !target->lineEdit())
        return false;
    target->setFocus();
    QTest::keyClicks(target->lineEdit(), cardCode);
    QTest::keyClick(target->lineEdit(), Qt::Key_Return);
    return true;
}

// The journal entries in the Service Layer simulator for the invoice (Reference3 I<reqKey>R<rev>).
QList<QJsonObject> entriesFor(test::EndToEnd &e, const QString &reqKey)
{
    QList<QJsonObject> found;
    e.sims.call([&] {
        for (const QJsonObject &je : e.b1->journalEntries()) {
            if (je.value(QStringLiteral("Reference3")).toString().startsWith(QLatin1Char('I') + reqKey + QLatin1Char('R')))
                found << je;
        }
    });
    return found;
}

} // namespace

class TestWinTray : public QObject {
    Q_OBJECT
    QString m_name = kPrefix + QString::number(QCoreApplication::applicationPid());

private slots:
    void initTestCase()
    {
        // Services of an earlier run of this test that crashed before its cleanup.
        SC_HANDLE scm = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_ENUMERATE_SERVICE);
        QVERIFY(scm);
        DWORD needed = 0, count = 0, resume = 0;
        EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, nullptr, 0, &needed, &count, &resume,
                              nullptr);
        QByteArray buffer(int(needed) + 1024, '\0');
        resume = 0;
        QStringList stale;
        if (EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL,
                                  reinterpret_cast<LPBYTE>(buffer.data()), DWORD(buffer.size()), &needed, &count, &resume,
                                  nullptr)) {
            const auto *services = reinterpret_cast<const ENUM_SERVICE_STATUS_PROCESSW *>(buffer.constData());
            for (DWORD i = 0; i < count; ++i) {
                const QString name = QString::fromWCharArray(services[i].lpServiceName);
                if (name.startsWith(kPrefix))
                    stale << name;
            }
        }
        CloseServiceHandle(scm);
        for (const QString &name : std::as_const(stale))
            removeService(name);
    }

    void cleanup() { removeService(m_name); }

    void resolvesAReviewItemThroughTheTray()
    {
        // The service: installed with its own command, started by the SCM, on the simulators.
        test::EndToEnd e;
        QVERIFY(e.ready());
        const PlantedInvoice planted = plantUnknownVendor(e);
        QVERIFY(!planted.cardCode.isEmpty());
        const QString dbPath = e.dir.filePath(QStringLiteral("ml-connector.db"));
        const QString secretsFile = e.dir.filePath(QStringLiteral("secrets.json"));
        QVERIFY(e.handToService(secretsFile));
        const QString pipe = m_name + QStringLiteral("-pipe");
        const Tool install = run(QStringLiteral(MLC_SERVICE_EXE),
                                 {QStringLiteral("--data-dir"), e.dir.path(), QStringLiteral("--secrets"),
                                  QStringLiteral("file:") + secretsFile, QStringLiteral("--pipe"), pipe,
                                  QStringLiteral("install"), QStringLiteral("--name"), m_name});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        const Tool start = run(QStringLiteral("sc"), {QStringLiteral("start"), m_name});
        QVERIFY2(start.exitCode == 0, qPrintable(start.output));
        QTRY_COMPARE_WITH_TIMEOUT(serviceState(m_name), DWORD(SERVICE_RUNNING), 60000);

        // A sync cycle brings the documents in; the renamed vendor's invoice waits for review.
        {
            ipc::IpcClient client(QStringLiteral("tst_wintray"));
            auto connected = client.connectToServer(pipe, 20000);
            QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().toString()));
            auto cycle = client.call(QStringLiteral("runNow"), {{QStringLiteral("wait"), true}}, 120000);
            QVERIFY2(cycle.ok(), qPrintable(cycle.ok() ? QString() : cycle.error().toString()));
            QVERIFY2(cycle->value(QStringLiteral("review")).toInt() >= 1, QJsonDocument(cycle.value()).toJson().constData());
        }
        QVERIFY(entriesFor(e, planted.reqKey).isEmpty());

        // The tray: its database view, its pipe connection, its main window.
        auto db = tray::StateDatabase::open(dbPath);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QCOMPARE(db.value()->mode(), tray::StateDatabase::Mode::Live); // the service holds the WAL
        tray::ServiceConnection service(pipe);
        tray::ReviewQueueModel reviewModel;
        reviewModel.setDatabase(db.value()->database());
        tray::MappingsModel mappingsModel;
        mappingsModel.setDatabase(db.value()->database());
        tray::AuditModel auditModel;
        auditModel.setDatabase(db.value()->database());
        tray::MainWindow window(db.value().get(), &reviewModel, &mappingsModel, &auditModel, &service);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), 20000);

        // The overview shows the service running, with its version; nothing says it is away.
        QWidget *overview = window.page(tray::MainWindow::Overview);
        QVERIFY(overview);
        auto *state = overview->findChild<QLabel *>(QStringLiteral("overviewState"));
        if (!state)
            state = qobject_cast<QLabel *>(formField(overview, QStringLiteral("State:")));
        QVERIFY(state);
        QTRY_VERIFY2(state->text().contains(QLatin1String("Running")) && state->text().contains(QLatin1String(MLC_VERSION)),
                     qPrintable(state->text()));
        auto *inReview = overview->findChild<QLabel *>(QStringLiteral("overviewInReview"));
        if (!inReview)
            inReview = qobject_cast<QLabel *>(formField(overview, QStringLiteral("Waiting for review:")));
        QVERIFY(inReview);
        QTRY_VERIFY2(inReview->text().toInt() >= 1, qPrintable(inReview->text()));

        // The review queue: find the invoice by the vendor's name, click it, map the vendor.
        window.showPage(tray::MainWindow::Review);
        QWidget *review = window.page(tray::MainWindow::Review);
        auto *search = named<QLineEdit>(review, "reviewSearch");
        auto *table = named<QTableView>(review, "reviewTable");
        QVERIFY(search && table && table->isVisible());
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("globex"));
        QTRY_COMPARE(reviewModel.rowCount(), 1);
        QCOMPARE(reviewModel.data(reviewModel.index(0, 0), tray::ReviewQueueModel::ReasonCodeRole).toString(),
                 QStringLiteral("vendor.unmapped"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(reviewModel.index(0, 0)).center());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY2(mapTo(review, planted.cardCode), "the map field is not there or not enabled");

        // The service posted it: the Service Layer simulator has the entry, once, with that creditor.
        QTRY_COMPARE_WITH_TIMEOUT(entriesFor(e, planted.reqKey).size(), qsizetype(1), 60000);
        const QJsonObject entry = entriesFor(e, planted.reqKey).first();
        bool creditor = false;
        for (const QJsonValue &l : entry.value(QStringLiteral("JournalEntryLines")).toArray())
            creditor = creditor || l.toObject().value(QStringLiteral("ShortName")).toString() == planted.cardCode;
        QVERIFY2(creditor, QJsonDocument(entry).toJson().constData());
        // The tray says so, and the invoice has left the queue.
        auto *feedback = named<QLabel>(review, "reviewFeedback");
        QVERIFY(feedback);
        QTRY_VERIFY2_WITH_TIMEOUT(feedback->text().contains(planted.cardCode), qPrintable(feedback->text()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(reviewModel.rowCount(), 0, 10000);

        // Stopped by the SCM, the tray notices and says so.
        const Tool stop = run(QStringLiteral("sc"), {QStringLiteral("stop"), m_name});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.output));
        QTRY_COMPARE_WITH_TIMEOUT(serviceState(m_name), DWORD(SERVICE_STOPPED), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!service.isConnected(), 20000);
        QTRY_VERIFY(state->text().contains(QLatin1String("Not running")));
        service.stop();
    }
};

QTEST_MAIN(TestWinTray)
#include "tst_wintray.moc"
