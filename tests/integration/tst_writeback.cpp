// Write-back to Concur (issue #10), in process against both simulators: each level sends exactly
// what it says (the Concur simulator's write log), a quiet cycle after acknowledgements reads
// nothing, acknowledged documents waiting in review are still decided from the ledger, faults on
// the write routes converge, a recall (102) goes to review without a second journal entry, a
// person's skip is confirmed as a FAILURE with the reason, payments are confirmed with their exact
// amount, and raising the level confirms what was acknowledged before.
#include "endtoendfixture.h"

#include "concur/writebacklevel.h"
#include "sync/writeback.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mlc;
using store::LedgerState;
using store::WriteBackState;

namespace {

const QString kFis = QStringLiteral("/financialintegration/fi/v4/companies/transactiontypes/");

struct Seeded {
    QString fisId;
    sim::GeneratedDocument doc;
};

// Generated documents added to Concur, with their FIS ids.
QList<Seeded> seed(test::EndToEnd &e, int count, double reviewShare, quint32 seedValue = 11)
{
    QList<Seeded> out;
    sim::DocumentGenerator gen(seedValue);
    for (const auto &d : gen.generate(count, reviewShare))
        out.append({e.concur->addDocument(d.docType, d.document), d});
    return out;
}

// The write calls Concur processed, by route ("acknowledgements", ...), with their bodies.
QList<QPair<QString, QJsonObject>> writes(test::EndToEnd &e)
{
    QList<QPair<QString, QJsonObject>> out;
    QList<QByteArray> bodies = e.concur->writeBodies();
    int i = 0;
    for (const sim::ConcurRequestRecord &r : e.concur->requests()) {
        if (r.method == "GET" || r.path == QLatin1String("/oauth2/v0/token"))
            continue;
        const QByteArray body = bodies.value(i++);
        if (r.status == 401 || r.status == 403)
            continue; // refused at the door (expired token): Concur processed nothing
        out.append({r.path.section(QLatin1Char('/'), -1), QJsonDocument::fromJson(body).object()});
    }
    return out;
}

QStringList routesOf(const QList<QPair<QString, QJsonObject>> &w)
{
    QStringList routes;
    for (const auto &p : w) {
        if (!routes.contains(p.first))
            routes << p.first;
    }
    return routes;
}

// How many times each FIS id was named in the write calls of `route`.
QHash<QString, int> namedIn(const QList<QPair<QString, QJsonObject>> &w, const QString &route)
{
    QHash<QString, int> n;
    for (const auto &[r, body] : w) {
        if (r != route)
            continue;
        if (route == QLatin1String("acknowledgements")) {
            for (const QJsonValue &id : body.value(QStringLiteral("ids")).toArray())
                ++n[id.toString()];
        } else {
            const QString list = route == QLatin1String("postingconfirmations") ? QStringLiteral("postingConfirmations")
                                                                                  : QStringLiteral("processingConfirmation");
            for (const QJsonValue &item : body.value(list).toArray())
                ++n[item.toObject().value(QStringLiteral("docId")).toString()];
        }
    }
    return n;
}

void setLevel(test::EndToEnd &e, concur::WriteBackLevel level)
{
    QVERIFY(e.db->setSetting(QLatin1String(concur::WriteBackSettingKey), concur::toString(level)).ok());
    e.conns.reset(); // the connections read the level when they are built (as the service rebuilds them)
}

store::LedgerRow rowOf(test::EndToEnd &e, const QString &fisId)
{
    for (LedgerState s : store::allLedgerStates()) {
        const auto rows = e.db->ledgerInState(s); // kept: a range-for over value() of a temporary dangles
        if (!rows.ok())
            return {};
        for (const store::LedgerRow &r : rows.value()) {
            if (r.fisId == fisId)
                return r;
        }
    }
    return {};
}

} // namespace

class TestWriteBack : public QObject {
    Q_OBJECT
private slots:
    void offSendsNothingButTokenCallsAndReads();
    void acknowledgeSendsOnlyAcknowledgementsAndQuietCyclesReadNothing();
    void acknowledgedReviewItemsAreStillDecidedFromTheLedger();
    void confirmSendsPostingConfirmationsWithTheEntry();
    void personSkipIsConfirmedAsFailureWithTheReason();
    void confirmAndPaySendsThePaymentOnceWithTheExactAmount();
    void faultsOnTheWriteRoutesConverge();
    void recalledDocumentGoesToReviewAndNeverPostsTwice();
    void raisingTheLevelConfirmsWhatWasAcknowledged();
    void raisingTheLevelWhileAcknowledgementsWaitConfirmsThemToo();
};

void TestWriteBack::offSendsNothingButTokenCallsAndReads()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    const auto docs = seed(e, 12, 0.25);
    for (int i = 0; i < 2; ++i) {
        auto r = e.cycle();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    }
    QCOMPARE(e.concur->writeCalls(), 0);
    for (const sim::ConcurRequestRecord &r : e.concur->requests())
        QVERIFY2(r.method == "GET" || r.path == QLatin1String("/oauth2/v0/token"), qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path));
    for (const Seeded &s : docs)
        QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("READY"));
    QVERIFY(e.db->writeBackCounts()->isEmpty());
}

void TestWriteBack::acknowledgeSendsOnlyAcknowledgementsAndQuietCyclesReadNothing()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Acknowledge);
    const auto docs = seed(e, 12, 0.25);
    // The access token expires after the reads: the acknowledgement's 401 refreshes it once.
    sync::SyncOptions o;
    o.progress = [&](const sync::CycleSummary &) { e.concur->expireAccessTokens(); };
    const int refreshes = e.concur->tokenGrants(QStringLiteral("refresh_token"));
    auto first = e.cycle(o);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    QVERIFY(e.concur->tokenGrants(QStringLiteral("refresh_token")) > refreshes);
    QVERIFY(e.concur->unauthorizedCount() > 0);
    QCOMPARE(first->acknowledged, docs.size());
    QCOMPARE(routesOf(writes(e)), QStringList{QStringLiteral("acknowledgements")});
    const QHash<QString, int> acked = namedIn(writes(e), QStringLiteral("acknowledgements"));
    for (const Seeded &s : docs) {
        QCOMPARE(acked.value(s.fisId), 1); // each document once
        QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("ACKNOWLEDGED"));
        QVERIFY2(rowOf(e, s.fisId).key.size() > 0, "acknowledged but not in the ledger");
    }
    QCOMPARE(e.db->writeBackCounts()->value(QStringLiteral("ack/done")), docs.size());

    // A quiet cycle: Concur's READY queue is empty, nothing is written, nothing posts again.
    const int entries = e.b1->journalEntryCount();
    e.concur->resetCounters();
    auto quiet = e.cycle();
    QVERIFY(quiet.ok());
    QCOMPARE(quiet->fetched, 0);
    QCOMPARE(quiet->posted, 0);
    QCOMPARE(e.concur->writeCalls(), 0);
    QCOMPARE(e.b1->journalEntryCount(), entries);
}

void TestWriteBack::acknowledgedReviewItemsAreStillDecidedFromTheLedger()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Acknowledge);
    // An invoice that would post, its vendor renamed so that nothing in B1 matches it.
    QString cardCode, fisId;
    sim::DocumentGenerator gen(23);
    for (const auto &d : gen.generate(8, 0)) {
        QJsonObject doc = d.document;
        if (fisId.isEmpty() && d.docType == QLatin1String("invoice") && d.expectedOutcome == QLatin1String("post")) {
            QJsonObject vendor = doc.value(QStringLiteral("vendor")).toObject();
            for (const auto &v : sim::DemoScenario::vendors()) {
                if (v.concurName == vendor.value(QStringLiteral("vendorName")).toString())
                    cardCode = v.cardCode;
            }
            if (!cardCode.isEmpty()) {
                vendor.insert(QStringLiteral("vendorName"), QStringLiteral("Globex Widgets Pty"));
                doc.insert(QStringLiteral("vendor"), vendor);
                QJsonObject header = doc.value(QStringLiteral("requestHeader")).toObject();
                header.insert(QStringLiteral("vendorTaxId"), QJsonValue::Null);
                doc.insert(QStringLiteral("requestHeader"), header);
                fisId = e.concur->addDocument(d.docType, doc);
                continue;
            }
        }
        e.concur->addDocument(d.docType, doc);
    }
    QVERIFY(!fisId.isEmpty());
    QVERIFY(e.cycle().ok());
    // It waits for a vendor mapping and has left Concur's READY queue...
    store::LedgerRow row = rowOf(e, fisId);
    QCOMPARE(store::toString(row.state), store::toString(LedgerState::Review));
    QCOMPARE(e.concur->documentStatus(fisId), QStringLiteral("ACKNOWLEDGED"));
    QCOMPARE(e.concur->readyCount(QStringLiteral("invoice")), 0);
    // ...and still posts once the mapping exists: the next cycle decides it from the ledger.
    const QStringList blockers = e.db->blockersOf(row.key).value();
    QCOMPARE(blockers.size(), 1);
    QVERIFY2(blockers.first().startsWith(QLatin1String("vendor/")), qPrintable(blockers.first()));
    store::Mapping m;
    m.kind = QStringLiteral("vendor");
    m.sourceKey = blockers.first().mid(7);
    m.target = cardCode;
    m.origin = QStringLiteral("explicit");
    m.updatedBy = QStringLiteral("test");
    QVERIFY(e.db->putMapping(m).ok());
    const int entries = e.b1->journalEntryCount();
    auto again = e.cycle();
    QVERIFY(again.ok());
    QCOMPARE(again->fetched, 0);
    QCOMPARE(again->posted, 1);
    QCOMPARE(store::toString(rowOf(e, fisId).state), store::toString(LedgerState::Posted));
    QCOMPARE(e.b1->journalEntryCount(), entries + 1);
}

void TestWriteBack::confirmSendsPostingConfirmationsWithTheEntry()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Confirm);
    const auto docs = seed(e, 12, 0.25, 21);
    auto r = e.cycle();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const auto w = writes(e);
    QCOMPARE(routesOf(w), (QStringList{QStringLiteral("acknowledgements"), QStringLiteral("postingconfirmations")}));
    const QHash<QString, int> confirmed = namedIn(w, QStringLiteral("postingconfirmations"));
    for (const Seeded &s : docs) {
        const store::LedgerRow row = rowOf(e, s.fisId);
        if (row.state == LedgerState::Posted) {
            QCOMPARE(confirmed.value(s.fisId), 1);
            QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("POSTING_CONFIRMED_SUCCESS"));
        } else if (row.state == LedgerState::Review
                   && s.doc.expectedReasonCode != QLatin1String("document.malformed")) {
            QCOMPARE(confirmed.value(s.fisId), 0); // never while a person still has to decide
            QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("ACKNOWLEDGED"));
        }
    }
    // The confirmation carries the B1 entry: its number and posting date (FIS limits).
    for (const auto &[route, body] : w) {
        if (route != QLatin1String("postingconfirmations"))
            continue;
        for (const QJsonValue &v : body.value(QStringLiteral("postingConfirmations")).toArray()) {
            const QJsonObject item = v.toObject();
            if (item.value(QStringLiteral("overallPostingStatusCode")).toString() != QLatin1String("success"))
                continue;
            const store::LedgerRow row = rowOf(e, item.value(QStringLiteral("docId")).toString());
            const QJsonArray postingDocs = item.value(QStringLiteral("postingDocs")).toArray();
            if (row.jdtNum == 0) { // nothing to post: success without a document
                QVERIFY(postingDocs.isEmpty());
                continue;
            }
            QCOMPARE(postingDocs.size(), 1);
            const QJsonObject pd = postingDocs.first().toObject();
            QCOMPARE(pd.value(QStringLiteral("documentNumber")).toString(), QString::number(row.jdtNum));
            const QJsonObject je = QJsonDocument::fromJson(row.payload).object();
            QCOMPARE(pd.value(QStringLiteral("postingDate")).toString(), je.value(QStringLiteral("ReferenceDate")).toString().left(10));
            QCOMPARE(pd.value(QStringLiteral("fiscalYear")).toString(), je.value(QStringLiteral("ReferenceDate")).toString().left(4));
            QCOMPARE(pd.value(QStringLiteral("companyId")).toString(), e.settings.value(QStringLiteral("b1/companyDb")));
        }
    }
    QCOMPARE(namedIn(w, QStringLiteral("paymentconfirmations")).size(), 0);
    // Nothing is confirmed twice on the next cycle.
    e.concur->resetCounters();
    QVERIFY(e.cycle().ok());
    QCOMPARE(e.concur->writeCalls(), 0);
}

void TestWriteBack::personSkipIsConfirmedAsFailureWithTheReason()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Confirm);
    const auto docs = seed(e, 10, 0.5, 31);
    QVERIFY(e.cycle().ok());
    const Seeded *queued = nullptr;
    for (const Seeded &s : docs) {
        if (rowOf(e, s.fisId).state == LedgerState::Review && s.doc.expectedReasonCode != QLatin1String("document.malformed"))
            queued = &s;
    }
    QVERIFY(queued);
    auto c = e.connections();
    QVERIFY(c.ok());
    const QString reason = QStringLiteral("Duplicate of a paper claim already paid");
    QVERIFY(c.value()->engine(*e.db, {})->skipDocument(rowOf(e, queued->fisId).key, reason, QStringLiteral("cli:anna")).ok());
    e.concur->resetCounters();
    QVERIFY(e.cycle().ok());
    const auto w = writes(e);
    QCOMPARE(routesOf(w), QStringList{QStringLiteral("postingconfirmations")});
    const QJsonObject item = w.first().second.value(QStringLiteral("postingConfirmations")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("docId")).toString(), queued->fisId);
    QCOMPARE(item.value(QStringLiteral("overallPostingStatusCode")).toString(), QStringLiteral("error"));
    const QString text = item.value(QStringLiteral("systemMessages")).toArray().first().toObject()
                             .value(QStringLiteral("messageShortText")).toString();
    QVERIFY2(text.contains(reason), qPrintable(text));
    QCOMPARE(e.concur->documentStatus(queued->fisId), QStringLiteral("POSTING_CONFIRMED_FAILURE"));
}

void TestWriteBack::confirmAndPaySendsThePaymentOnceWithTheExactAmount()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::ConfirmAndPay);
    const auto docs = seed(e, 10, 0, 41);
    QVERIFY(e.cycle().ok());
    const Seeded *expense = nullptr;
    for (const Seeded &s : docs) {
        const store::LedgerRow row = rowOf(e, s.fisId);
        if (s.doc.docType == QLatin1String("expense") && row.state == LedgerState::Posted
            && s.doc.document.value(QStringLiteral("report")).toObject().contains(QStringLiteral("amountDueEmployee")))
            expense = &s;
    }
    QVERIFY2(expense, "no posted expense report with an amount due to the employee");
    QVERIFY(namedIn(writes(e), QStringLiteral("paymentconfirmations")).isEmpty()); // nobody marked it paid yet
    const store::LedgerRow row = rowOf(e, expense->fisId);
    auto c = e.connections();
    QVERIFY(c.ok());
    sync::Payment payment;
    payment.reference = QStringLiteral("OP-2026-0042");
    payment.date = QDate(2026, 12, 4);
    payment.amount = QStringLiteral("1234.5");
    QVERIFY(c.value()->engine(*e.db, {})->markPaid(row.key, payment, QStringLiteral("cli:anna")).ok());
    auto twice = c.value()->engine(*e.db, {})->markPaid(row.key, payment, QStringLiteral("cli:anna"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QLatin1String("already marked paid")), qPrintable(twice.error().message));
    e.concur->resetCounters();
    auto r = e.cycle();
    QVERIFY(r.ok());
    QCOMPARE(r->paymentsConfirmed, 1);
    const QList<QByteArray> bodies = e.concur->writeBodies();
    QCOMPARE(bodies.size(), 1);
    // The amount leaves as a JSON number with its cents, never through a double.
    QVERIFY2(bodies.first().contains("\"clearingAmount\":1234.50"), bodies.first().constData());
    const QJsonObject detail = QJsonDocument::fromJson(bodies.first()).object().value(QStringLiteral("processingConfirmation"))
                                   .toArray().first().toObject().value(QStringLiteral("clearingDetails")).toArray().first().toObject();
    QCOMPARE(detail.value(QStringLiteral("clearingReference")).toObject().value(QStringLiteral("paymentRef")).toString(),
             payment.reference);
    QCOMPARE(detail.value(QStringLiteral("clearingDate")).toString(), QStringLiteral("2026-12-04T12:00:00.000Z"));
    QCOMPARE(detail.value(QStringLiteral("clearingCurrency")).toString(), row.currency);
    QCOMPARE(detail.value(QStringLiteral("receiver")).toObject().value(QStringLiteral("receiverType")).toString(),
             QStringLiteral("EMPLOYEE"));
    // Sent again (as after a crash before its answer was recorded): Concur's 298 counts as done.
    auto w = e.db->writeBack(row.key, QStringLiteral("payment")).value().value();
    w.state = WriteBackState::Pending;
    QVERIFY(e.db->putWriteBack(w).ok());
    auto again = e.cycle();
    QVERIFY(again.ok());
    QCOMPARE(again->paymentsConfirmed, 1);
    w = e.db->writeBack(row.key, QStringLiteral("payment")).value().value();
    QCOMPARE(store::toString(w.state), store::toString(WriteBackState::Done));
    QCOMPARE(w.code, 298);
    // Invoices cannot be marked paid (FIS: expense only).
    for (const Seeded &s : docs) {
        const store::LedgerRow inv = rowOf(e, s.fisId);
        if (s.doc.docType == QLatin1String("invoice") && inv.state == LedgerState::Posted) {
            QVERIFY(!c.value()->engine(*e.db, {})->markPaid(inv.key, payment, QStringLiteral("cli:anna")).ok());
            break;
        }
    }
}

void TestWriteBack::faultsOnTheWriteRoutesConverge()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Confirm);
    const auto docs = seed(e, 8, 0, 51);
    QDateTime clock = QDateTime::currentDateTimeUtc();
    sync::SyncOptions o;
    o.clock = [&clock] { return clock; };
    // A 500 (not answered: retried next cycle), then a dropped connection after Concur did the
    // work, then a 429 the transport waits out.
    sim::ConcurFault unavailable;
    unavailable.pathContains = QStringLiteral("/acknowledgements");
    unavailable.status = 500;
    unavailable.count = -1;
    e.concur->injectFault(unavailable);
    auto first = e.cycle(o);
    QVERIFY(first.ok());
    QCOMPARE(first->acknowledged, 0);
    QVERIFY(first->writeBacksWaiting >= docs.size());
    QCOMPARE(first->posted + first->nothingToPost, docs.size()); // B1 went on regardless
    // The audit trail says so once per unanswered request, not once per document.
    int unanswered = 0;
    const auto trail = e.db->audit();
    QVERIFY(trail.ok());
    for (const store::AuditEntry &a : trail.value()) {
        if (a.action == QLatin1String("writeback-retry")) {
            QVERIFY2(a.docKey.isEmpty(), qPrintable(a.docKey));
            ++unanswered;
        }
    }
    QCOMPARE(unanswered, first->concurWrites);
    e.concur->clearFaults();
    sim::ConcurFault lost;
    lost.pathContains = QStringLiteral("/acknowledgements");
    lost.drop = true;
    lost.afterWork = true;
    lost.count = -1; // the expense and the invoice acknowledgements
    e.concur->injectFault(lost);
    clock = clock.addSecs(3600 * 2); // past the backoff
    auto second = e.cycle(o);
    QVERIFY(second.ok());
    QCOMPARE(second->acknowledged, 0); // Concur did it, we did not hear
    for (const Seeded &s : docs)
        QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("ACKNOWLEDGED"));
    e.concur->clearFaults();
    sim::ConcurFault throttled;
    throttled.pathContains = QStringLiteral("/postingconfirmations");
    throttled.status = 429;
    e.concur->injectFault(throttled);
    clock = clock.addSecs(3600 * 2);
    auto third = e.cycle(o);
    QVERIFY(third.ok());
    QCOMPARE(third->acknowledged, docs.size()); // 101 "previously acknowledged" counts as done
    for (const Seeded &s : docs) {
        const store::LedgerRow row = rowOf(e, s.fisId);
        QCOMPARE(e.db->writeBack(row.key, QStringLiteral("ack")).value()->code, 101);
        if (row.state == LedgerState::Posted)
            QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("POSTING_CONFIRMED_SUCCESS"));
    }
    const auto counts = e.db->writeBackCounts().value();
    QCOMPARE(counts.value(QStringLiteral("ack/pending")), 0);
    QCOMPARE(counts.value(QStringLiteral("posting/pending")), 0);
    // One journal entry per document throughout.
    QSet<QString> refs;
    for (const QJsonObject &je : e.b1->journalEntries())
        refs.insert(je.value(QStringLiteral("Reference3")).toString());
    QCOMPARE(refs.size(), e.b1->journalEntryCount());
}

void TestWriteBack::recalledDocumentGoesToReviewAndNeverPostsTwice()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Confirm);
    const auto docs = seed(e, 6, 0, 61);
    // The processor recalls one report after the connector read it, before it is acknowledged
    // (expense reports are read first: the recall comes after their page).
    QString recalled;
    for (const Seeded &s : docs) {
        if (recalled.isEmpty() && s.doc.docType == QLatin1String("expense"))
            recalled = s.fisId;
    }
    QVERIFY(!recalled.isEmpty());
    sync::SyncOptions o;
    bool done = false;
    o.progress = [&](const sync::CycleSummary &) {
        if (!done) {
            e.concur->recallDocument(recalled);
            done = true;
        }
    };
    auto r = e.cycle(o);
    QVERIFY(r.ok());
    QCOMPARE(r->writeBacksRefused, 1);
    store::LedgerRow row = rowOf(e, recalled);
    QCOMPARE(store::toString(row.state), store::toString(LedgerState::Review));
    QVERIFY(sync::WriteBacks::refusedByConcur(row));
    const QJsonObject reason = row.reasons.last().toObject();
    QCOMPARE(reason.value(QStringLiteral("code")).toString(), QStringLiteral("concur.refused"));
    QCOMPARE(reason.value(QStringLiteral("args")).toObject().value(QStringLiteral("code")).toInt(), 102);
    QVERIFY2(reason.value(QStringLiteral("message")).toString().contains(QLatin1String("recalled")),
             qPrintable(reason.value(QStringLiteral("message")).toString()));
    const qint64 jdtNum = row.jdtNum; // it had posted before the acknowledgement was refused
    QVERIFY(jdtNum > 0);
    const int entries = e.b1->journalEntryCount();
    // It waits for a person: later cycles neither post it again nor write about it.
    e.concur->resetCounters();
    QVERIFY(e.cycle().ok());
    QCOMPARE(e.b1->journalEntryCount(), entries);
    QCOMPARE(e.concur->writeCalls(), 0);
    QCOMPARE(store::toString(rowOf(e, recalled).state), store::toString(LedgerState::Review));
    // A person retries: sent again, refused again, still one entry.
    auto c = e.connections();
    QVERIFY(c.ok());
    QVERIFY(c.value()->engine(*e.db, {})->retryDocument(row.key, QStringLiteral("cli:anna")).ok());
    QCOMPARE(store::toString(rowOf(e, recalled).state), store::toString(LedgerState::Posted));
    auto again = e.cycle();
    QVERIFY(again.ok());
    QCOMPARE(again->writeBacksRefused, 1);
    QCOMPARE(e.b1->journalEntryCount(), entries);
    // A person accepts it (they will reverse the entry in B1): back to posted, nothing more sent.
    QVERIFY(c.value()->engine(*e.db, {})->skipDocument(row.key, QStringLiteral("reversed in B1 by hand"), QStringLiteral("cli:anna")).ok());
    row = rowOf(e, recalled);
    QCOMPARE(store::toString(row.state), store::toString(LedgerState::Posted));
    QCOMPARE(row.jdtNum, jdtNum);
    QCOMPARE(store::toString(e.db->writeBack(row.key, QStringLiteral("ack")).value()->state), store::toString(WriteBackState::Dismissed));
    e.concur->resetCounters();
    QVERIFY(e.cycle().ok());
    QCOMPARE(e.concur->writeCalls(), 0);
    QCOMPARE(e.b1->journalEntryCount(), entries);
}

void TestWriteBack::raisingTheLevelConfirmsWhatWasAcknowledged()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Acknowledge);
    const auto docs = seed(e, 8, 0, 71);
    QVERIFY(e.cycle().ok());
    QVERIFY(namedIn(writes(e), QStringLiteral("postingconfirmations")).isEmpty());
    setLevel(e, concur::WriteBackLevel::Confirm);
    e.concur->resetCounters();
    auto r = e.cycle();
    QVERIFY(r.ok());
    QCOMPARE(r->fetched, 0); // they left the READY queue: the ledger knows them
    int posted = 0;
    for (const Seeded &s : docs) {
        if (rowOf(e, s.fisId).state == LedgerState::Posted) {
            ++posted;
            QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("POSTING_CONFIRMED_SUCCESS"));
        }
    }
    QVERIFY(posted > 0);
    QCOMPARE(r->confirmed, namedIn(writes(e), QStringLiteral("postingconfirmations")).size());
    QCOMPARE(routesOf(writes(e)), QStringList{QStringLiteral("postingconfirmations")});
}

void TestWriteBack::raisingTheLevelWhileAcknowledgementsWaitConfirmsThemToo()
{
    test::EndToEnd e;
    QVERIFY(e.ready());
    setLevel(e, concur::WriteBackLevel::Acknowledge);
    const auto docs = seed(e, 6, 0, 81);
    QDateTime clock = QDateTime::currentDateTimeUtc();
    sync::SyncOptions o;
    o.clock = [&clock] { return clock; };
    // Concur takes the acknowledgements but the answers are lost: they wait to be sent again while
    // the documents have already left the READY queue.
    sim::ConcurFault lost;
    lost.pathContains = QStringLiteral("/acknowledgements");
    lost.drop = true;
    lost.afterWork = true;
    lost.count = -1;
    e.concur->injectFault(lost);
    QVERIFY(e.cycle(o).ok());
    QCOMPARE(e.db->writeBackCounts()->value(QStringLiteral("ack/pending")), docs.size());
    e.concur->clearFaults();
    setLevel(e, concur::WriteBackLevel::Confirm);
    clock = clock.addSecs(3600 * 2);
    auto r = e.cycle(o); // nothing READY: the ledger knows they still need their confirmations
    QVERIFY(r.ok());
    QCOMPARE(r->fetched, 0);
    for (const Seeded &s : docs) {
        if (rowOf(e, s.fisId).state == LedgerState::Posted)
            QCOMPARE(e.concur->documentStatus(s.fisId), QStringLiteral("POSTING_CONFIRMED_SUCCESS"));
    }
    QCOMPARE(e.db->writeBackCounts()->value(QStringLiteral("posting/pending")), 0);
}

QTEST_GUILESS_MAIN(TestWriteBack)
#include "tst_writeback.moc"
