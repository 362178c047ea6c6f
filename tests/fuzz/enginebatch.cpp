#include "enginebatch.h"

#include "documentchecks.h"
#include "fakeb1.h"

#include "accounting/documentidentity.h"
#include "concur/fispage.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

namespace mlc::fuzz {

std::optional<concur::FisTransaction> readEnvelope(const QByteArray &envelope, QString *error)
{
    const QByteArray page = QByteArrayLiteral("{\"content\":[") + envelope
        + QByteArrayLiteral("],\"page\":{\"number\":0,\"totalPages\":1,\"size\":1,\"totalElements\":1}}");
    auto parsed = concur::parseFisPage(page);
    if (!parsed.ok()) {
        *error = parsed.error().toString();
        return std::nullopt;
    }
    if (parsed->content.size() != 1) {
        *error = QStringLiteral("the page holds %1 transactions instead of 1").arg(parsed->content.size());
        return std::nullopt;
    }
    return parsed->content.first();
}

QJsonObject EngineBatchPlan::toJson() const
{
    QJsonArray arrivals;
    for (const EngineDocument &d : documents)
        arrivals.append(d.arrivesInCycle);
    return QJsonObject{{QStringLiteral("arrivesInCycle"), arrivals},
                       {QStringLiteral("pageSize"), pageSize},
                       {QStringLiteral("useBatch"), useBatch},
                       {QStringLiteral("batchSize"), batchSize},
                       {QStringLiteral("commitThenUnknown"), commitThenUnknown},
                       {QStringLiteral("unknownWithoutCommit"), unknownWithoutCommit},
                       {QStringLiteral("transientFailures"), transientFailures},
                       {QStringLiteral("rejectDocument"), rejectDocument},
                       {QStringLiteral("fixMappings"), fixMappings}};
}

EngineBatchPlan EngineBatchPlan::fromJson(const QJsonObject &o, const QList<QByteArray> &envelopes)
{
    EngineBatchPlan p;
    const QJsonArray arrivals = o.value(QStringLiteral("arrivesInCycle")).toArray();
    for (int i = 0; i < envelopes.size(); ++i)
        p.documents.append(EngineDocument{envelopes.at(i), arrivals.at(i).toInt()});
    p.pageSize = qMax(1, o.value(QStringLiteral("pageSize")).toInt(7));
    p.useBatch = o.value(QStringLiteral("useBatch")).toBool();
    p.batchSize = qMax(1, o.value(QStringLiteral("batchSize")).toInt(10));
    p.commitThenUnknown = o.value(QStringLiteral("commitThenUnknown")).toInt();
    p.unknownWithoutCommit = o.value(QStringLiteral("unknownWithoutCommit")).toInt();
    p.transientFailures = o.value(QStringLiteral("transientFailures")).toInt();
    p.rejectDocument = o.value(QStringLiteral("rejectDocument")).toInt(-1);
    p.fixMappings = o.value(QStringLiteral("fixMappings")).toBool();
    return p;
}

EngineBatchPlan planBatch(const DocumentMutator &mutator, const QList<MutatedDocument> &documents, Rng &rng,
                          const QString &fisPrefix)
{
    EngineBatchPlan plan;
    int n = 0;
    for (const MutatedDocument &d : documents) {
        const bool twin = rng.chance(30);
        const int when = rng.bounded(100);
        // A resubmission: after the first revision in the same page, before it, or a cycle later.
        MutatedDocument next;
        if (twin)
            next = mutator.nextRevision(d, rng, QStringLiteral("%1-%2r").arg(fisPrefix).arg(n));
        if (twin && when < 15)
            plan.documents.append(EngineDocument{next.envelope, 0});
        plan.documents.append(EngineDocument{d.envelope, 0});
        if (twin && when >= 15)
            plan.documents.append(EngineDocument{next.envelope, when < 60 ? 0 : 1});
        ++n;
    }
    plan.pageSize = 1 + rng.bounded(8);
    plan.useBatch = rng.chance(30);
    plan.batchSize = 1 + rng.bounded(10);
    plan.commitThenUnknown = rng.chance(30) ? 1 + rng.bounded(2) : 0;
    plan.unknownWithoutCommit = rng.chance(20) ? 1 : 0;
    plan.transientFailures = rng.chance(20) ? 1 + rng.bounded(3) : 0;
    plan.rejectDocument = rng.chance(15) ? rng.bounded(int(plan.documents.size())) : -1;
    plan.fixMappings = rng.chance(60);
    return plan;
}

namespace {

// A B1 target that fixes what blocks a document, by the kind of its blocker key.
std::optional<QString> mappingTarget(const QString &kind, const QString &sourceKey)
{
    if (kind == QLatin1String("account"))
        return QStringLiteral("6100");
    if (kind == QLatin1String("vendor"))
        return sourceKey.startsWith(QLatin1String("employee:")) ? QStringLiteral("E10231") : QStringLiteral("V10001");
    if (kind == QLatin1String("costcenter")) {
        if (sourceKey.startsWith(QLatin1String("1:")))
            return QStringLiteral("CC100");
        if (sourceKey.startsWith(QLatin1String("2:")))
            return QStringLiteral("D-SAL");
        if (sourceKey.startsWith(QLatin1String("3:")))
            return QStringLiteral("DE");
    }
    return std::nullopt;
}

struct Doc {
    concur::FisTransaction tx;
    accounting::DocumentIdentity id;
    QString docId;    // as the ledger keys it
    QString revision;
};

} // namespace

EngineBatchResult runBatch(const EngineBatchPlan &plan, const accounting::MasterData &md,
                           const QHash<QString, QString> &settings)
{
    EngineBatchResult out;
    QStringList &p = out.problems;
    QTemporaryDir dir;
    auto opened = store::Store::open(dir.filePath(QStringLiteral("fuzz.db")));
    if (!opened.ok()) {
        p << QStringLiteral("harness: cannot open a store: ") + opened.error().toString();
        return out;
    }
    store::Store &st = *opened.value();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!st.setSetting(it.key(), it.value()).ok()) {
            p << QStringLiteral("harness: cannot write setting ") + it.key();
            return out;
        }
    }

    QList<Doc> docs;
    QHash<QString, QString> docIdByIdemKey;
    for (int i = 0; i < plan.documents.size(); ++i) {
        QString error;
        const auto tx = readEnvelope(plan.documents.at(i).envelope, &error);
        if (!tx) {
            p << QStringLiteral("document %1: FIS page unreadable: %2").arg(i).arg(error);
            return out;
        }
        Doc d;
        d.tx = *tx;
        d.id = accounting::identify(tx->docType, tx->document);
        d.docId = d.id.docId.isEmpty() ? QStringLiteral("fis:") + tx->id : d.id.docId;
        d.revision = d.id.revision.isEmpty() ? QStringLiteral("?") : d.id.revision;
        docs.append(d);
    }

    test::FakeB1 b1;
    b1.masterData = md;
    b1.commitThenUnknown = plan.commitThenUnknown;
    b1.unknownWithoutCommit = plan.unknownWithoutCommit;
    b1.transientFailures = plan.transientFailures;
    if (plan.rejectDocument >= 0 && plan.rejectDocument < docs.size())
        b1.rejectReference3 = docs.at(plan.rejectDocument).id.idemKey;
    test::FakeConcur concur;
    concur.pageSize = plan.pageSize;
    QDateTime now(QDate(2026, 11, 27), QTime(18, 0), Qt::UTC);
    sync::SyncOptions options;
    options.useBatch = plan.useBatch;
    options.batchSize = plan.batchSize;
    options.clock = [&now] { return now; };
    sync::SyncEngine engine(st, concur, b1, options);

    int ready = 0;
    auto cycle = [&](const QString &what) -> std::optional<sync::CycleSummary> {
        auto s = engine.runCycle();
        now = now.addSecs(4 * 3600); // past every retry and backoff delay
        if (!s.ok()) {
            p << QStringLiteral("%1: the cycle failed: %2").arg(what, s.error().toString());
            return std::nullopt;
        }
        if (s->fetched != ready)
            p << QStringLiteral("%1: fetched %2 of the %3 documents Concur lists").arg(what).arg(s->fetched).arg(ready);
        return s.value();
    };

    // Arrivals, B1 faults active.
    for (int c = 0; c < 2; ++c) {
        for (int i = 0; i < docs.size(); ++i) {
            if (plan.documents.at(i).arrivesInCycle == c) {
                concur.ready[docs.at(i).tx.docType].append(docs.at(i).tx);
                ++ready;
            }
        }
        if (!cycle(QStringLiteral("cycle %1").arg(c + 1)))
            return out;
    }
    b1.commitThenUnknown = b1.unknownWithoutCommit = b1.transientFailures = 0;

    // The admin maps what blocks a few review items; each fix re-evaluates what it blocked.
    if (plan.fixMappings) {
        auto review = st.ledgerInState(store::LedgerState::Review);
        QSet<QString> fixed;
        for (const store::LedgerRow &row : review.ok() ? review.value() : QList<store::LedgerRow>()) {
            for (const QJsonValue &r : row.reasons) {
                const QString blocker = r.toObject().value(QStringLiteral("blockerKey")).toString();
                const int slash = blocker.indexOf(QLatin1Char('/'));
                if (slash <= 0 || fixed.contains(blocker) || fixed.size() >= 3)
                    continue;
                store::Mapping m;
                m.kind = blocker.left(slash);
                m.sourceKey = blocker.mid(slash + 1);
                const auto target = mappingTarget(m.kind, m.sourceKey);
                if (!target)
                    continue;
                m.target = *target;
                fixed.insert(blocker);
                auto s = engine.applyMapping(m, QStringLiteral("fuzz"));
                if (!s.ok())
                    p << QStringLiteral("mapping %1 -> %2 failed: %3").arg(blocker, m.target, s.error().toString());
            }
        }
    }

    // Quiet cycles: what was pending is looked up and settled; then nothing may move.
    for (int c = 0; c < 2; ++c) {
        if (!cycle(QStringLiteral("drain cycle %1").arg(c + 1)))
            return out;
    }
    const int entriesBefore = int(b1.entries.size());
    const int postsBefore = b1.postCalls + b1.batchCalls;
    const auto quiet = cycle(QStringLiteral("quiet cycle"));
    if (!quiet)
        return out;
    if (quiet->posted != 0 || quiet->recovered != 0 || int(b1.entries.size()) != entriesBefore)
        p << QStringLiteral("a quiet cycle posted again (%1 posted, %2 recovered, B1 entries %3 -> %4)")
                 .arg(quiet->posted)
                 .arg(quiet->recovered)
                 .arg(entriesBefore)
                 .arg(b1.entries.size());
    if (b1.postCalls + b1.batchCalls != postsBefore)
        p << QStringLiteral("a quiet cycle sent %1 POST(s) to B1 (a rejected entry is retried only by a person or a change)")
                 .arg(b1.postCalls + b1.batchCalls - postsBefore);

    // Every document: a ledger row in a final state.
    out.documents = int(docs.size());
    for (const Doc &d : docs) {
        auto rows = st.ledgerByDocId(d.tx.docType, d.docId);
        if (!rows.ok()) {
            p << QStringLiteral("store: ") + rows.error().toString();
            continue;
        }
        const store::LedgerRow *row = nullptr;
        for (const store::LedgerRow &r : rows.value()) {
            if (r.revision == d.revision)
                row = &r;
        }
        const QString who = QStringLiteral("FIS %1 (%2 %3 revision %4)").arg(d.tx.id, d.tx.docType, d.docId, d.revision);
        if (!row) {
            p << who + QStringLiteral(": vanished, no ledger row");
            continue;
        }
        switch (row->state) {
        case store::LedgerState::Posted:
        case store::LedgerState::Review:
        case store::LedgerState::Skipped:
            break;
        default:
            p << who + QStringLiteral(": left '%1' after the quiet cycles").arg(store::toString(row->state));
        }
    }

    // Every ledger row: its state explains itself; a posted one is in B1, balanced.
    QHash<qint64, const QJsonObject *> entryByJdt;
    QSet<QString> ref3s;
    for (const QJsonObject &e : std::as_const(b1.entries)) {
        entryByJdt.insert(e.value(QStringLiteral("JdtNum")).toInteger(), &e);
        const QString ref3 = e.value(QStringLiteral("Reference3")).toString();
        if (ref3s.contains(ref3))
            p << QStringLiteral("B1 holds two entries with Reference3 %1").arg(ref3);
        ref3s.insert(ref3);
    }
    QHash<QString, int> entriesPerDocument;
    QSet<qint64> claimed;
    for (store::LedgerState state : store::allLedgerStates()) {
        auto rows = st.ledgerInState(state);
        if (!rows.ok()) {
            p << QStringLiteral("store: ") + rows.error().toString();
            continue;
        }
        for (const store::LedgerRow &row : rows.value()) {
            const QString who = QStringLiteral("ledger %1").arg(row.key);
            if (state == store::LedgerState::Review) {
                ++out.review;
                if (row.reasons.isEmpty())
                    p << who + QStringLiteral(": in review without a reason");
                for (const QJsonValue &r : row.reasons) {
                    if (r.toObject().value(QStringLiteral("code")).toString().isEmpty()
                        || r.toObject().value(QStringLiteral("message")).toString().isEmpty())
                        p << who + QStringLiteral(": a review reason without code or message");
                }
            } else if (state == store::LedgerState::Skipped) {
                ++out.skipped;
                if (row.skipReason.trimmed().isEmpty())
                    p << who + QStringLiteral(": skipped without a reason");
            } else if (state == store::LedgerState::Posted) {
                ++out.posted;
                const QJsonObject *entry = entryByJdt.value(row.jdtNum);
                if (!entry) {
                    p << who + QStringLiteral(": posted as JdtNum %1, which B1 does not hold").arg(row.jdtNum);
                    continue;
                }
                claimed.insert(row.jdtNum);
                if (entry->value(QStringLiteral("Reference3")).toString() != row.idemKey)
                    p << who + QStringLiteral(": B1 entry %1 carries Reference3 %2, the ledger %3")
                                   .arg(row.jdtNum)
                                   .arg(entry->value(QStringLiteral("Reference3")).toString(), row.idemKey);
                const QString ref = entry->value(row.docType == QLatin1String("invoice") ? QStringLiteral("Reference2")
                                                                                         : QStringLiteral("Reference"))
                                        .toString();
                if (!row.docId.startsWith(QLatin1String("fis:")) && !row.docId.startsWith(ref))
                    p << who + QStringLiteral(": B1 entry %1 is for document '%2'").arg(row.jdtNum).arg(ref);
                ++entriesPerDocument[row.docType + QLatin1Char('|') + row.docId];
                const PayloadCheck pc = checkPayload(row.payload, md);
                ++out.balancedChecks;
                for (const QString &x : pc.problems)
                    p << who + QStringLiteral(": POST body: ") + x;
                QJsonObject sent = *entry;
                sent.remove(QStringLiteral("JdtNum"));
                sent.remove(QStringLiteral("Number"));
                if (sent != QJsonDocument::fromJson(row.payload).object())
                    p << who + QStringLiteral(": B1 holds a different body than the ledger's payload");
            }
        }
    }
    for (auto it = entriesPerDocument.begin(); it != entriesPerDocument.end(); ++it) {
        if (it.value() > 1)
            p << QStringLiteral("%1 journal entries for one Concur document %2 (one per document over all revisions)")
                     .arg(it.value())
                     .arg(it.key());
    }
    for (auto it = entryByJdt.begin(); it != entryByJdt.end(); ++it) {
        if (!claimed.contains(it.key()))
            p << QStringLiteral("B1 entry %1 (Reference3 %2) is not a posted row of the ledger")
                     .arg(it.key())
                     .arg(it.value()->value(QStringLiteral("Reference3")).toString());
    }
    out.b1Entries = int(b1.entries.size());
    auto chain = st.verifyAuditChain();
    if (!chain.ok() || chain.value() != -1)
        p << QStringLiteral("the audit chain does not verify");
    return out;
}

} // namespace mlc::fuzz
