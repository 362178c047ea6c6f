// The sync engine's exactly-once and review behaviour against in-memory ports (fakeb1.h), with
// realistic documents from the demo generator.
#include "fakeb1.h"

#include "core/decimal.h"
#include "simulators/concur/demoscenario.h"
#include "simulators/concur/documentgenerator.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

class TestSyncEngine : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void postsEveryMappableDocumentOnceBalanced();
    void secondCycleDoesNothing();
    void commitThenUnknownIsFoundNotPostedAgain();
    void unknownWithoutCommitIsLookedUpNextCycle();
    void crashAfterIntentIsRecovered();
    void businessErrorGoesToReviewRestPosts();
    void batchFallbackIsolatesBadEntry();
    void newRevisionAfterPostingGoesToReview();
    void malformedDocumentGoesToReview();
    void mappingFixReleasesEveryBlockedDocument();
    void transientFailureRetriesAfterBackoff();
    void stopRequestEndsTheCycleBetweenPosts();

private:
    void seed(int count, double reviewShare);
    sync::SyncEngine engine(bool batch = false);
    Result<sync::CycleSummary> cycle(bool batch = false) { return engine(batch).runCycle(); }
    QString reviewReasons()
    {
        QStringList out;
        const auto rows = m_store->ledgerInState(store::LedgerState::Review);
        for (const auto &row : rows.value())
            out << row.key + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(row.reasons).toJson(QJsonDocument::Compact));
        return out.join(QLatin1Char('\n'));
    }
    static QString ref3(const QJsonObject &e) { return e.value(QStringLiteral("Reference3")).toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_store;
    test::FakeB1 m_b1;
    test::FakeConcur m_concur;
    QList<sim::GeneratedDocument> m_docs;
    QDateTime m_now;
};

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto st = store::Store::open(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    m_store = std::move(st.value());
    const auto settings = sim::DemoScenario::settings();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        QVERIFY(m_store->setSetting(it.key(), it.value()).ok());
    m_b1 = test::FakeB1();
    m_b1.masterData = sim::DemoScenario::masterData();
    m_concur = test::FakeConcur();
    m_docs.clear();
    m_now = QDateTime(QDate(2026, 11, 27), QTime(18, 0), Qt::UTC);
}

void TestSyncEngine::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSyncEngine::seed(int count, double reviewShare)
{
    sim::DocumentGenerator gen(42);
    m_docs = gen.generate(count, reviewShare);
    int i = 0;
    for (const auto &d : m_docs) {
        concur::FisTransaction tx;
        tx.id = QStringLiteral("fis%1").arg(++i);
        tx.docType = d.docType;
        tx.docStatus = QStringLiteral("READY");
        tx.document = d.document;
        m_concur.ready[d.docType].append(tx);
    }
}

sync::SyncEngine TestSyncEngine::engine(bool batch)
{
    sync::SyncOptions o;
    o.useBatch = batch;
    o.batchSize = 10;
    o.clock = [this] { return m_now; };
    return sync::SyncEngine(*m_store, m_concur, m_b1, o);
}

static Decimal amount(const QJsonObject &line, const char *name)
{
    return Decimal::fromJson(line.value(QLatin1String(name))).value_or(Decimal());
}

void TestSyncEngine::postsEveryMappableDocumentOnceBalanced()
{
    seed(60, 0.2);
    auto s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    int expectPost = 0, expectReview = 0;
    for (const auto &d : m_docs)
        (d.expectedOutcome == QLatin1String("review") ? expectReview : expectPost)++;
    QVERIFY(expectReview > 0);
    QCOMPARE(s->posted + s->nothingToPost, expectPost);
    QCOMPARE(s->review, expectReview);
    QCOMPARE(int(m_b1.entries.size()), s->posted);
    QSet<QString> keys;
    for (const QJsonObject &e : m_b1.entries) {
        QVERIFY2(!keys.contains(ref3(e)), "a Reference3 was posted twice");
        keys.insert(ref3(e));
        QVERIFY(ref3(e).size() <= 27);
        Decimal debit, credit;
        for (const QJsonValue &v : e.value(QStringLiteral("JournalEntryLines")).toArray()) {
            const QJsonObject l = v.toObject();
            debit += l.contains(QStringLiteral("FCCurrency")) ? amount(l, "FCDebit") : amount(l, "Debit");
            credit += l.contains(QStringLiteral("FCCurrency")) ? amount(l, "FCCredit") : amount(l, "Credit");
        }
        QVERIFY2(debit == credit, qPrintable(QStringLiteral("%1 unbalanced: %2 vs %3").arg(ref3(e), debit.toString(), credit.toString())));
        QVERIFY(!debit.isZero());
    }
    // Every review item names the reason the generator planted.
    auto review = m_store->ledgerInState(store::LedgerState::Review);
    QVERIFY(review.ok());
    QCOMPARE(int(review->size()), expectReview);
    for (const auto &d : m_docs) {
        if (d.expectedOutcome != QLatin1String("review") || d.expectedReasonCode.isEmpty())
            continue;
        bool found = false;
        for (const auto &row : review.value()) {
            for (const QJsonValue &r : row.reasons)
                found = found || r.toObject().value(QStringLiteral("code")).toString() == d.expectedReasonCode;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no review item with reason %1").arg(d.expectedReasonCode)));
    }
    QCOMPARE(m_store->verifyAuditChain().value(), qint64(-1));
}

void TestSyncEngine::secondCycleDoesNothing()
{
    seed(30, 0.2);
    auto first = cycle();
    QVERIFY(first.ok());
    const int entries = m_b1.entries.size();
    auto second = cycle();
    QVERIFY(second.ok());
    QCOMPARE(second->posted, 0);
    QCOMPARE(second->review, 0);
    QCOMPARE(second->duplicates, first->posted + first->nothingToPost);
    QCOMPARE(second->stillInReview, first->review);
    QCOMPARE(int(m_b1.entries.size()), entries);
}

void TestSyncEngine::commitThenUnknownIsFoundNotPostedAgain()
{
    seed(10, 0);
    m_b1.commitThenUnknown = 1;
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->recovered, 1);
    QVERIFY2(s->posted + s->recovered + s->nothingToPost == 10, qPrintable(reviewReasons()));
    for (const QJsonObject &e : m_b1.entries)
        QCOMPARE(m_b1.countByReference3(ref3(e)), 1);
    QCOMPARE(m_store->ledgerInState(store::LedgerState::Posting)->size(), 0);
}

void TestSyncEngine::unknownWithoutCommitIsLookedUpNextCycle()
{
    seed(10, 0);
    m_b1.unknownWithoutCommit = 1;
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->pending, 1);
    const int postsBefore = m_b1.postCalls;
    // Same hour: still waiting, nothing posted blind.
    auto again = cycle();
    QVERIFY(again.ok());
    QCOMPARE(m_b1.postCalls, postsBefore);
    m_now = m_now.addSecs(3600);
    const int lookupsBefore = m_b1.lookups;
    auto later = cycle();
    QVERIFY(later.ok());
    QVERIFY(m_b1.lookups > lookupsBefore); // looked up before posting again
    QCOMPARE(later->posted, 1);
    for (const QJsonObject &e : m_b1.entries)
        QCOMPARE(m_b1.countByReference3(ref3(e)), 1);
}

void TestSyncEngine::crashAfterIntentIsRecovered()
{
    seed(5, 0);
    // The POST reaches B1 but the answer is lost and B1 cannot be asked: the row must stay
    // `posting` (intent persisted), exactly like a process killed after the POST.
    m_b1.commitThenUnknown = 5;
    m_b1.lookupFails = true;
    auto s = cycle();
    QVERIFY(s.ok());
    const int committed = m_b1.entries.size();
    QVERIFY(committed > 0);
    QCOMPARE(int(m_store->ledgerInState(store::LedgerState::Posting)->size()), committed);
    // "Restart": a new engine over the same database, B1 reachable again.
    m_b1.lookupFails = false;
    m_now = m_now.addSecs(3600);
    auto after = cycle();
    QVERIFY(after.ok());
    QCOMPARE(after->recovered, committed);
    QCOMPARE(int(m_b1.entries.size()), committed);
    QCOMPARE(m_store->ledgerInState(store::LedgerState::Posting)->size(), 0);
}

void TestSyncEngine::businessErrorGoesToReviewRestPosts()
{
    seed(12, 0);
    auto probe = cycle(); // learn the keys
    QVERIFY(probe.ok());
    const QString bad = ref3(m_b1.entries.at(3));
    init();
    seed(12, 0);
    m_b1.rejectReference3 = bad;
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->review, 1);
    QCOMPARE(m_b1.countByReference3(bad), 0);
    auto review = m_store->ledgerInState(store::LedgerState::Review);
    QCOMPARE(review->size(), 1);
    QVERIFY(review->first().reasons.first().toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("Invalid BP code")));
    QCOMPARE(s->posted, probe->posted - 1);
}

void TestSyncEngine::batchFallbackIsolatesBadEntry()
{
    seed(25, 0);
    auto probe = cycle(true);
    QVERIFY(probe.ok());
    QVERIFY(m_b1.batchCalls >= 2);
    QCOMPARE(m_b1.postCalls, 0);
    const QString bad = ref3(m_b1.entries.at(12));
    const int total = probe->posted;
    init();
    seed(25, 0);
    m_b1.rejectReference3 = bad;
    auto s = cycle(true);
    QVERIFY(s.ok());
    QCOMPARE(s->review, 1);
    QCOMPARE(s->posted, total - 1);
    QVERIFY(m_b1.postCalls > 0 && m_b1.postCalls <= 10); // only the failed change set went one by one
    for (const QJsonObject &e : m_b1.entries)
        QCOMPARE(m_b1.countByReference3(ref3(e)), 1);
}

void TestSyncEngine::newRevisionAfterPostingGoesToReview()
{
    seed(4, 0);
    QVERIFY(cycle().ok());
    const int entries = m_b1.entries.size();
    // Concur sends revision 2 of the first expense report.
    concur::FisTransaction tx = m_concur.ready.value(QStringLiteral("expense")).first();
    QJsonObject doc = tx.document;
    QJsonObject report = doc.value(QStringLiteral("report")).toObject();
    report.insert(QStringLiteral("revisionNumber"), QStringLiteral("2"));
    doc.insert(QStringLiteral("report"), report);
    tx.document = doc;
    tx.id = QStringLiteral("fis-rev2");
    m_concur.ready[QStringLiteral("expense")].append(tx);
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->review, 1);
    QCOMPARE(int(m_b1.entries.size()), entries);
    auto review = m_store->ledgerInState(store::LedgerState::Review);
    QCOMPARE(review->first().reasons.first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("document.changed_after_posting"));
}

void TestSyncEngine::malformedDocumentGoesToReview()
{
    seed(6, 0);
    concur::FisTransaction broken;
    broken.id = QStringLiteral("fis-broken");
    broken.docType = QStringLiteral("expense");
    broken.documentError = QStringLiteral("document is not valid JSON");
    m_concur.ready[QStringLiteral("expense")].insert(2, broken);
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->review, 1);
    QCOMPARE(s->posted + s->nothingToPost, 6);
    auto row = m_store->ledger(QStringLiteral("expense|fis:fis-broken|?"));
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE(store::toString(row->value().state), store::toString(store::LedgerState::Review));
}

void TestSyncEngine::mappingFixReleasesEveryBlockedDocument()
{
    seed(9, 0);
    // Three reports of an employee B1 does not know.
    QList<concur::FisTransaction> &expenses = m_concur.ready[QStringLiteral("expense")];
    QVERIFY(expenses.size() >= 3);
    for (int i = 0; i < 3; ++i) {
        QJsonObject doc = expenses[i].document;
        QJsonObject employee = doc.value(QStringLiteral("employee")).toObject();
        employee.insert(QStringLiteral("employeeId"), QStringLiteral("X999"));
        employee.insert(QStringLiteral("employeeFirstName"), QStringLiteral("Nobody"));
        employee.insert(QStringLiteral("employeeLastName"), QStringLiteral("Known"));
        doc.insert(QStringLiteral("employee"), employee);
        expenses[i].document = doc;
    }
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->review, 3);
    auto blocked = m_store->ledgerKeysBlockedBy(QStringLiteral("vendor/employee:X999"));
    QVERIFY(blocked.ok());
    QCOMPARE(blocked->size(), 3);
    QString supplier;
    for (const auto &bp : m_b1.masterData.partners) {
        if (bp.usable()) {
            supplier = bp.cardCode;
            break;
        }
    }
    store::Mapping m;
    m.kind = QStringLiteral("vendor");
    m.sourceKey = QStringLiteral("employee:X999");
    m.target = supplier;
    auto released = engine().applyMapping(m, QStringLiteral("cli:tester"));
    QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().toString()));
    QCOMPARE(released->posted, 3);
    QCOMPARE(m_store->ledgerInState(store::LedgerState::Review)->size(), 0);
    const auto audit = m_store->audit();
    bool userAction = false;
    for (const auto &e : audit.value())
        userAction = userAction || (e.action == QLatin1String("mapping") && e.actor == QLatin1String("cli:tester") && e.after == supplier);
    QVERIFY(userAction);
}

void TestSyncEngine::transientFailureRetriesAfterBackoff()
{
    seed(3, 0);
    m_b1.transientFailures = 1;
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(s->failed, 1);
    QCOMPARE(m_store->ledgerInState(store::LedgerState::Failed)->size(), 1);
    auto early = cycle();
    QVERIFY(early.ok());
    QCOMPARE(early->posted, 0);
    m_now = m_now.addSecs(120);
    auto later = cycle();
    QVERIFY(later.ok());
    QCOMPARE(later->posted, 1);
    QCOMPARE(m_store->ledgerInState(store::LedgerState::Failed)->size(), 0);
}


// A service stop asks the engine to end the cycle: it never cuts a request off (no unknown
// outcome), sends nothing after the stop, leaves the unsent intents `posting` (not in B1), and the
// next cycle looks them up and posts exactly the remainder.
void TestSyncEngine::stopRequestEndsTheCycleBetweenPosts()
{
    seed(30, 0.0); // 30 documents, 7 per page (FakeConcur)
    sync::SyncOptions o;
    o.clock = [this] { return m_now; };
    o.stopRequested = [this] { return m_b1.entries.size() >= 10; }; // the stop arrives during page 2
    sync::SyncEngine stopping(*m_store, m_concur, m_b1, o);
    auto first = stopping.runCycle();
    QVERIFY(first.ok());
    QVERIFY(first->stoppedEarly);
    QCOMPARE(int(m_b1.entries.size()), 10);
    QCOMPARE(first->fetched, 14); // page 3 was never fetched
    QCOMPARE(first->pending, 0);  // nothing with an unknown outcome
    QSet<QString> sent;
    for (const QJsonObject &e : m_b1.entries)
        sent.insert(ref3(e));
    const auto unsent = m_store->ledgerInState(store::LedgerState::Posting).value();
    QCOMPARE(int(unsent.size()), first->fetched - 10 - first->nothingToPost);
    for (const auto &row : unsent)
        QVERIFY2(!sent.contains(row.idemKey), qPrintable(row.key));

    auto rest = cycle();
    QVERIFY(rest.ok());
    QVERIFY(!rest->stoppedEarly);
    int expectPost = 0;
    for (const auto &d : m_docs)
        expectPost += d.expectedOutcome == QLatin1String("post") ? 1 : 0;
    QCOMPARE(int(m_b1.entries.size()), expectPost);
    QSet<QString> keys;
    for (const QJsonObject &e : m_b1.entries)
        keys.insert(ref3(e));
    QCOMPARE(int(keys.size()), expectPost); // nothing posted twice
    QCOMPARE(m_store->ledgerInState(store::LedgerState::Posting).value().size(), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
