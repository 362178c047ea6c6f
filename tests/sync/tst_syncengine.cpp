// The sync engine's exactly-once and review behaviour against in-memory ports (fakeb1.h), with
// realistic documents from the demo generator.
#include "fakeb1.h"

#include "accounting/documentidentity.h"
#include "core/decimal.h"
#include "simulators/concur/demoscenario.h"
#include "simulators/concur/documentgenerator.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QFile>
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
    // One journal entry per Concur document over all its revisions (issue #7 item 1).
    void revisionsInReviewPostOnceAfterMappingFix();
    void retryOfEitherRevisionPostsOnce();
    void revisionsInOnePagePostOnce_data();
    void revisionsInOnePagePostOnce();
    void newerRevisionWaitsForOlderUnknownOutcome();
    void newerRevisionFindsOlderAlreadyInB1();
    void olderRevisionAfterPostedNewerIsSuperseded();
    // A rejected entry is sent again only after a change (issue #7 item 5).
    void rejectedEntryIsNotResentEveryCycle();
    // B1 is the source of truth (issue #7 item 12).
    void restoredDatabaseFindsEntriesInB1();

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
    // Revision `revision` of a FIS transaction (same report, same reportKey).
    static concur::FisTransaction revisionOf(const concur::FisTransaction &tx, const QString &revision);
    // An expense report that posts as it is (at least one entry not personal).
    static concur::FisTransaction postableExpense(quint32 seed, const QString &reviewReason = {});
    QString stateOf(const QString &ledgerKey)
    {
        auto row = m_store->ledger(ledgerKey);
        return row.ok() && row->has_value() ? store::toString(row->value().state) : QStringLiteral("(none)");
    }
    int entriesFor(const QString &reportId) const
    {
        int n = 0;
        for (const QJsonObject &e : m_b1.entries)
            n += e.value(QStringLiteral("Reference")).toString() == reportId ? 1 : 0;
        return n;
    }
    QStringList auditOf(const QString &ledgerKey)
    {
        QStringList out;
        const auto audit = m_store->audit(ledgerKey); // not a temporary: the loop reads into it
        for (const auto &e : audit.value())
            out << e.action + QStringLiteral(": ") + e.detail;
        return out;
    }
    QStringList reviewKeys()
    {
        QStringList out;
        const auto rows = m_store->ledgerInState(store::LedgerState::Review);
        for (const auto &row : rows.value())
            out << row.key;
        return out;
    }

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
    seed(5, 0); // two pages: the expense reports, then the invoices
    // The POST reaches B1 but the answer is lost and B1 cannot be asked from then on (the lookup
    // before the first POST still worked): the rows sent must stay `posting` (intent persisted),
    // exactly like a process killed after the POST; the next page, which B1 could not be asked
    // about, is not sent blind.
    m_b1.commitThenUnknown = 5;
    m_b1.onPost = [this] { m_b1.lookupFails = true; };
    auto s = cycle();
    QVERIFY(s.ok());
    const int committed = m_b1.entries.size();
    QVERIFY(committed > 0);
    QCOMPARE(int(m_store->ledgerInState(store::LedgerState::Posting)->size()), committed);
    QCOMPARE(int(m_store->ledgerInState(store::LedgerState::Failed)->size()), s->failed);
    QCOMPARE(m_b1.postCalls, committed);
    // "Restart": a new engine over the same database, B1 reachable again and answering.
    m_b1.onPost = nullptr;
    m_b1.lookupFails = false;
    m_b1.commitThenUnknown = 0;
    m_now = m_now.addSecs(3600);
    auto after = cycle();
    QVERIFY(after.ok());
    QCOMPARE(after->recovered, committed);
    QCOMPARE(after->posted, s->failed); // the page not sent before
    QCOMPARE(int(m_b1.entries.size()), committed + s->failed);
    for (const QJsonObject &e : m_b1.entries)
        QCOMPARE(m_b1.countByReference3(ref3(e)), 1);
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

concur::FisTransaction TestSyncEngine::revisionOf(const concur::FisTransaction &tx, const QString &revision)
{
    concur::FisTransaction r = tx;
    const QLatin1String header(tx.docType == QLatin1String("invoice") ? "requestHeader" : "report");
    QJsonObject doc = r.document;
    QJsonObject h = doc.value(header).toObject();
    h.insert(QStringLiteral("revisionNumber"), revision);
    doc.insert(header, h);
    r.document = doc;
    r.id = tx.id + QStringLiteral("-rev") + revision;
    return r;
}

concur::FisTransaction TestSyncEngine::postableExpense(quint32 seed, const QString &reviewReason)
{
    sim::DocumentGenerator gen(seed);
    for (;;) {
        const sim::GeneratedDocument d = gen.expense(reviewReason);
        if (!QJsonDocument(d.document).toJson(QJsonDocument::Compact).contains("\"entryIsPersonal\":\"N\""))
            continue; // personal entries only: nothing to post
        concur::FisTransaction tx;
        tx.id = QStringLiteral("fis-%1").arg(seed);
        tx.docType = d.docType;
        tx.docStatus = QStringLiteral("READY");
        tx.document = d.document;
        return tx;
    }
}

static QString reportIdOf(const concur::FisTransaction &tx)
{
    return tx.document.value(QStringLiteral("report")).toObject().value(QStringLiteral("reportId")).toString();
}

static QString idemKeyOf(const concur::FisTransaction &tx)
{
    return accounting::identify(tx.docType, tx.document).idemKey;
}

// Issue #7, reproduction 1: R1 waits in review (account 6999 unmapped), Concur resubmits it as
// revision 2, also queued; the mapping fix must post ONE entry, for revision 2.
void TestSyncEngine::revisionsInReviewPostOnceAfterMappingFix()
{
    const concur::FisTransaction rev1 = postableExpense(3, QStringLiteral("account.unmapped"));
    const concur::FisTransaction rev2 = revisionOf(rev1, QStringLiteral("2"));
    m_concur.ready[QStringLiteral("expense")] = {rev1, rev2};
    const QString id = reportIdOf(rev1);
    const QString key1 = QStringLiteral("expense|%1|1").arg(id);
    const QString key2 = QStringLiteral("expense|%1|2").arg(id);
    auto s = cycle();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(int(m_b1.entries.size()), 0);
    // Only the current revision waits in review; revision 1 is closed as superseded, audited.
    QCOMPARE(reviewKeys(), QStringList{key2});
    QCOMPARE(stateOf(key1), QStringLiteral("skipped"));
    QVERIFY2(m_store->ledger(key1)->value().skipReason.contains(QStringLiteral("superseded by revision 2")),
             qPrintable(m_store->ledger(key1)->value().skipReason));
    QVERIFY2(auditOf(key1).join(QLatin1Char('\n')).contains(QStringLiteral("superseded by revision 2")),
             qPrintable(auditOf(key1).join(QLatin1Char('\n'))));
    QCOMPARE(s->toJson().value(QStringLiteral("superseded")).toInt(), 1);

    store::Mapping m;
    m.kind = QStringLiteral("account");
    m.sourceKey = QStringLiteral("6999");
    m.target = QStringLiteral("6100");
    auto fixed = engine().applyMapping(m, QStringLiteral("cli:tester"));
    QVERIFY2(fixed.ok(), qPrintable(fixed.ok() ? QString() : fixed.error().toString()));
    QCOMPARE(fixed->posted, 1);
    QCOMPARE(entriesFor(id), 1);
    QCOMPARE(ref3(m_b1.entries.first()), idemKeyOf(rev2));
    QCOMPARE(stateOf(key2), QStringLiteral("posted"));
    QCOMPARE(stateOf(key1), QStringLiteral("skipped"));
    // Concur still lists both revisions: later cycles change nothing.
    auto again = cycle();
    QVERIFY(again.ok());
    QCOMPARE(again->posted, 0);
    QCOMPARE(entriesFor(id), 1);
    QVERIFY(reviewKeys().isEmpty());
}

// The same rule on the other re-evaluation path: a person retries each revision.
void TestSyncEngine::retryOfEitherRevisionPostsOnce()
{
    const concur::FisTransaction rev1 = postableExpense(5, QStringLiteral("account.unmapped"));
    const concur::FisTransaction rev2 = revisionOf(rev1, QStringLiteral("2"));
    m_concur.ready[QStringLiteral("expense")] = {rev1, rev2};
    const QString id = reportIdOf(rev1);
    const QString key1 = QStringLiteral("expense|%1|1").arg(id);
    const QString key2 = QStringLiteral("expense|%1|2").arg(id);
    QVERIFY(cycle().ok());
    // A ledger written before the rule existed: revision 1 still waits in review beside revision 2.
    store::LedgerRow row1 = m_store->ledger(key1)->value();
    row1.state = store::LedgerState::Review;
    row1.skippedBy.clear();
    row1.skipReason.clear();
    row1.reasons = m_store->ledger(key2)->value().reasons;
    QVERIFY(m_store->upsertLedger(row1).ok());
    // The admin fixes the account without re-evaluating, then retries each revision.
    store::Mapping m;
    m.kind = QStringLiteral("account");
    m.sourceKey = QStringLiteral("6999");
    m.target = QStringLiteral("6100");
    m.origin = QStringLiteral("explicit");
    QVERIFY(m_store->putMapping(m).ok());
    auto r1 = engine().retryDocument(key1, QStringLiteral("cli:tester"));
    QVERIFY2(r1.ok(), qPrintable(r1.ok() ? QString() : r1.error().toString()));
    QCOMPARE(r1->posted, 0);
    QCOMPARE(stateOf(key1), QStringLiteral("skipped"));
    auto r2 = engine().retryDocument(key2, QStringLiteral("cli:tester"));
    QVERIFY(r2.ok());
    QCOMPARE(r2->posted, 1);
    auto r3 = engine().retryDocument(key1, QStringLiteral("cli:tester"));
    QVERIFY(r3.ok());
    QCOMPARE(r3->posted, 0);
    QCOMPARE(entriesFor(id), 1);
    QCOMPARE(ref3(m_b1.entries.first()), idemKeyOf(rev2));
    QVERIFY(reviewKeys().isEmpty());
}

void TestSyncEngine::revisionsInOnePagePostOnce_data()
{
    QTest::addColumn<bool>("batch");
    QTest::newRow("one by one") << false;
    QTest::newRow("$batch") << true;
}

// Both revisions arrive in one page and both would post: only the newer one does.
void TestSyncEngine::revisionsInOnePagePostOnce()
{
    QFETCH(bool, batch);
    const concur::FisTransaction rev1 = postableExpense(9);
    const concur::FisTransaction rev2 = revisionOf(rev1, QStringLiteral("2"));
    m_concur.ready[QStringLiteral("expense")] = {rev1, rev2};
    const QString id = reportIdOf(rev1);
    auto s = cycle(batch);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QCOMPARE(entriesFor(id), 1);
    QCOMPARE(ref3(m_b1.entries.first()), idemKeyOf(rev2));
    QCOMPARE(stateOf(QStringLiteral("expense|%1|1").arg(id)), QStringLiteral("skipped"));
    QCOMPARE(stateOf(QStringLiteral("expense|%1|2").arg(id)), QStringLiteral("posted"));
    QVERIFY(reviewKeys().isEmpty());
}

// Revision 2 arrives while revision 1's POST has an unknown outcome: nothing posts until B1 has
// been asked for both keys after revision 1's wait, then only revision 2 posts.
void TestSyncEngine::newerRevisionWaitsForOlderUnknownOutcome()
{
    const concur::FisTransaction rev1 = postableExpense(11);
    m_concur.ready[QStringLiteral("expense")] = {rev1};
    const QString id = reportIdOf(rev1);
    const QString key1 = QStringLiteral("expense|%1|1").arg(id);
    m_b1.unknownWithoutCommit = 1;
    auto first = cycle();
    QVERIFY(first.ok());
    QCOMPARE(first->pending, 1);
    QCOMPARE(stateOf(key1), QStringLiteral("posting"));
    m_concur.ready[QStringLiteral("expense")].append(revisionOf(rev1, QStringLiteral("2")));
    auto second = cycle(); // revision 1's answer may still arrive
    QVERIFY(second.ok());
    QCOMPARE(entriesFor(id), 0);
    m_now = m_now.addSecs(3600);
    auto third = cycle();
    QVERIFY(third.ok());
    QCOMPARE(entriesFor(id), 1);
    QCOMPARE(ref3(m_b1.entries.first()), idemKeyOf(revisionOf(rev1, QStringLiteral("2"))));
    QCOMPARE(stateOf(key1), QStringLiteral("skipped"));
    QVERIFY2(auditOf(key1).join(QLatin1Char('\n')).contains(QStringLiteral("superseded by revision 2")),
             qPrintable(auditOf(key1).join(QLatin1Char('\n'))));
    m_now = m_now.addSecs(3600);
    QVERIFY(cycle().ok());
    QCOMPARE(entriesFor(id), 1);
}

// Revision 1 reached B1 but its answer was lost; revision 2 arrives before revision 1 is looked
// up again: B1 is asked for both keys, revision 1 is recorded, revision 2 goes to review.
void TestSyncEngine::newerRevisionFindsOlderAlreadyInB1()
{
    const concur::FisTransaction rev1 = postableExpense(13);
    m_concur.ready[QStringLiteral("expense")] = {rev1};
    const QString id = reportIdOf(rev1);
    const QString key1 = QStringLiteral("expense|%1|1").arg(id);
    const QString key2 = QStringLiteral("expense|%1|2").arg(id);
    m_b1.commitThenUnknown = 1;
    m_b1.onPost = [this] { m_b1.lookupFails = true; }; // B1 unreachable right after the POST
    QVERIFY(cycle().ok());
    QCOMPARE(stateOf(key1), QStringLiteral("posting"));
    QCOMPARE(entriesFor(id), 1);
    m_b1.onPost = nullptr;
    m_b1.lookupFails = false;
    m_concur.ready[QStringLiteral("expense")].append(revisionOf(rev1, QStringLiteral("2")));
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(entriesFor(id), 1);
    QCOMPARE(stateOf(key1), QStringLiteral("posted"));
    QVERIFY(auditOf(key1).join(QLatin1Char('\n')).contains(QStringLiteral("found existing")));
    QCOMPARE(stateOf(key2), QStringLiteral("review"));
    QCOMPARE(m_store->ledger(key2)->value().reasons.first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("document.changed_after_posting"));
}

// A late copy of an old revision after the newer one posted: closed as superseded, not queued.
void TestSyncEngine::olderRevisionAfterPostedNewerIsSuperseded()
{
    const concur::FisTransaction rev1 = postableExpense(17);
    const concur::FisTransaction rev2 = revisionOf(rev1, QStringLiteral("2"));
    const QString id = reportIdOf(rev1);
    m_concur.ready[QStringLiteral("expense")] = {rev2};
    QVERIFY(cycle().ok());
    QCOMPARE(entriesFor(id), 1);
    m_concur.ready[QStringLiteral("expense")].append(rev1);
    auto s = cycle();
    QVERIFY(s.ok());
    QCOMPARE(entriesFor(id), 1);
    QCOMPARE(stateOf(QStringLiteral("expense|%1|1").arg(id)), QStringLiteral("skipped"));
    QVERIFY(m_store->ledger(QStringLiteral("expense|%1|1").arg(id))->value().skipReason.contains(QStringLiteral("superseded by revision 2")));
    QVERIFY(reviewKeys().isEmpty());
}

// Issue #7 item 5: an entry B1 rejected stays in review with B1's message and is sent again only
// when a person retries it, a mapping it depends on changes, or B1's master data it uses changes;
// one audit event per change, none per cycle.
void TestSyncEngine::rejectedEntryIsNotResentEveryCycle()
{
    const concur::FisTransaction tx = postableExpense(19);
    m_concur.ready[QStringLiteral("expense")] = {tx};
    const QString key = QStringLiteral("expense|%1|1").arg(reportIdOf(tx));
    m_b1.rejectReference3 = idemKeyOf(tx);
    auto first = cycle();
    QVERIFY(first.ok());
    QCOMPARE(first->review, 1);
    QCOMPARE(m_b1.postCalls, 1);
    const auto reasonText = [this, &key] {
        return m_store->ledger(key)->value().reasons.first().toObject().value(QStringLiteral("message")).toString();
    };
    QVERIFY2(reasonText().contains(QStringLiteral("Invalid BP code")), qPrintable(reasonText()));
    const qsizetype audited = m_store->audit(key)->size();

    for (int i = 0; i < 3; ++i) {
        m_now = m_now.addSecs(3600);
        auto s = cycle();
        QVERIFY(s.ok());
        QCOMPARE(s->stillInReview, 1);
    }
    QCOMPARE(m_b1.postCalls, 1);
    QCOMPARE(m_store->audit(key)->size(), audited);
    QCOMPARE(stateOf(key), QStringLiteral("review"));
    QVERIFY(reasonText().contains(QStringLiteral("Invalid BP code")));

    // The supplier the entry credits changes in B1: sent once more (rejected again), one event.
    const QJsonObject body = QJsonDocument::fromJson(m_store->ledger(key)->value().payload).object();
    QString cardCode;
    for (const QJsonValue &l : body.value(QStringLiteral("JournalEntryLines")).toArray())
        cardCode = l.toObject().value(QStringLiteral("ShortName")).toString(cardCode);
    QVERIFY(!cardCode.isEmpty());
    for (auto &bp : m_b1.masterData.partners) {
        if (bp.cardCode == cardCode)
            bp.federalTaxId = QStringLiteral("DE123456789");
    }
    QVERIFY(cycle().ok());
    QCOMPARE(m_b1.postCalls, 2);
    QCOMPARE(m_store->audit(key)->size(), audited + 1);
    QVERIFY(cycle().ok());
    QCOMPARE(m_b1.postCalls, 2);

    // A person retries: sent again.
    auto retried = engine().retryDocument(key, QStringLiteral("cli:tester"));
    QVERIFY(retried.ok());
    QCOMPARE(m_b1.postCalls, 3);
    QVERIFY(cycle().ok());
    QCOMPARE(m_b1.postCalls, 3);

    // A mapping the entry depends on changes (another supplier for the employee): sent, and
    // this time B1 takes it.
    m_b1.rejectReference3.clear();
    QString other;
    for (const auto &bp : std::as_const(m_b1.masterData.partners)) {
        if (bp.usable() && bp.cardCode != cardCode) {
            other = bp.cardCode;
            break;
        }
    }
    store::Mapping m;
    m.kind = QStringLiteral("vendor");
    m.sourceKey = QStringLiteral("employee:")
        + tx.document.value(QStringLiteral("employee")).toObject().value(QStringLiteral("employeeId")).toString();
    m.target = other;
    auto mapped = engine().applyMapping(m, QStringLiteral("cli:tester"));
    QVERIFY2(mapped.ok(), qPrintable(mapped.ok() ? QString() : mapped.error().toString()));
    QCOMPARE(mapped->posted, 1);
    QCOMPARE(m_b1.postCalls, 4);
    QCOMPARE(stateOf(key), QStringLiteral("posted"));
}

// Issue #7 item 12: the data directory comes back from a copy taken before a sync. B1 already
// holds every entry that sync posted: nothing is posted again, each document is recorded as
// posted with B1's numbers and audited as found.
void TestSyncEngine::restoredDatabaseFindsEntriesInB1()
{
    seed(20, 0.2);
    const QString db = m_dir->filePath(QStringLiteral("t.db"));
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    auto reopen = [&] {
        auto st = store::Store::open(db);
        QVERIFY(st.ok());
        m_store = std::move(st.value());
    };
    m_store.reset(); // a clean close leaves the whole database in the file
    QVERIFY(QFile::copy(db, copy));
    reopen();
    auto first = cycle();
    QVERIFY(first.ok());
    QVERIFY(first->posted > 5);
    const int entries = int(m_b1.entries.size());

    m_store.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1String(suffix));
    QVERIFY(QFile::copy(copy, db));
    reopen();
    const int lookupsBefore = m_b1.lookups;
    auto again = cycle();
    QVERIFY(again.ok());
    QCOMPARE(int(m_b1.entries.size()), entries);
    // One lookup per page of documents (7 per page here), not one per document.
    int pages = 0;
    for (const auto &docs : std::as_const(m_concur.ready))
        pages += int((docs.size() + m_concur.pageSize - 1) / m_concur.pageSize);
    QVERIFY2(m_b1.lookups - lookupsBefore >= 1 && m_b1.lookups - lookupsBefore <= pages,
             qPrintable(QStringLiteral("%1 lookups for %2 pages").arg(m_b1.lookups - lookupsBefore).arg(pages)));
    QCOMPARE(again->posted, 0);
    QCOMPARE(again->recovered, entries);
    QCOMPARE(int(m_store->ledgerInState(store::LedgerState::Posted)->size()), entries);
    for (const QJsonObject &e : std::as_const(m_b1.entries)) {
        auto row = m_store->ledgerByIdemKey(ref3(e));
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE(store::toString(row->value().state), QStringLiteral("posted"));
        QCOMPARE(row->value().jdtNum, e.value(QStringLiteral("JdtNum")).toInteger());
        QVERIFY2(auditOf(row->value().key).join(QLatin1Char('\n')).contains(QStringLiteral("found existing")),
                 qPrintable(row->value().key));
    }
    QCOMPARE(m_store->verifyAuditChain().value(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
