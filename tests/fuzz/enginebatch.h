#pragma once
// A share of the fuzz cases goes through the real sync engine (store in a temp file, FakeB1 from
// tests/sync): a batch of mutated documents, some resubmitted as a next revision, arriving over a
// few cycles while B1 now and then answers with an unknown outcome, a transient failure or a
// rejection; then the admin fixes a few mappings; then quiet cycles. At the end, at the ledger:
//  - every fetched document has its ledger row, posted, in review with a reason or skipped with a
//    reason (nothing left new/posting/failed, nothing vanished);
//  - B1 holds one entry per posted row and nothing else, at most one per Concur document over all
//    its revisions, each POST body balanced and within the currency's decimals;
//  - a quiet cycle posts nothing and sends no POST; the audit chain verifies.
#include "documentmutator.h"

#include "accounting/masterdata.h"
#include "concur/fistransaction.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace mlc::fuzz {

// The FIS page entry as the reader parses it from a page; nullopt (and `error`) when the page
// itself is unreadable (the fuzz harness keeps pages readable, so that is a finding).
std::optional<concur::FisTransaction> readEnvelope(const QByteArray &envelope, QString *error);

struct EngineDocument {
    QByteArray envelope;
    int arrivesInCycle = 0; // 0 or 1
};

struct EngineBatchPlan {
    QList<EngineDocument> documents; // in the order Concur lists them
    int pageSize = 7;
    bool useBatch = false;
    int batchSize = 10;
    int commitThenUnknown = 0;
    int unknownWithoutCommit = 0;
    int transientFailures = 0;
    int rejectDocument = -1; // index into documents: B1 rejects its entry (business error)
    bool fixMappings = false;

    QJsonObject toJson() const; // without the envelopes (saved as files beside it)
    static EngineBatchPlan fromJson(const QJsonObject &o, const QList<QByteArray> &envelopes);
};

struct EngineBatchResult {
    QStringList problems;
    int documents = 0;
    int posted = 0;
    int review = 0;
    int skipped = 0;
    int b1Entries = 0;
    int balancedChecks = 0;
};

// Draws the batch's settings and revision twins from `rng` around the given mutated documents.
EngineBatchPlan planBatch(const DocumentMutator &mutator, const QList<MutatedDocument> &documents, Rng &rng,
                          const QString &fisPrefix);

EngineBatchResult runBatch(const EngineBatchPlan &plan, const accounting::MasterData &md,
                           const QHash<QString, QString> &settings);

} // namespace mlc::fuzz
