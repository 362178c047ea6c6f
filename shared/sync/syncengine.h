#pragma once
// One sync cycle: fetch -> dedupe -> map -> build -> post | queue, exactly once (design.md §3).
//
// Exactly-once rules held here:
//  - the ledger row is committed in state `posting` with its payload and hash BEFORE the POST;
//  - after any unknown outcome (timeout, dropped connection, 5xx) the entry is looked up in B1 by
//    its Reference3 key before anything is posted again; when it is not found the document stays
//    `posting` and is looked up again next cycle, so a slow server cannot cause a second entry;
//  - one journal entry per Concur document over all its revisions: a new revision of a posted
//    document goes to review, never to a second entry; a newer revision supersedes older ones that
//    never posted; before any revision posts, B1 is asked for every revision's key;
//  - B1 is the source of truth: before the first POST of a page, one lookup asks B1 which of the
//    page's keys it already holds (a restored or power-cut database may have lost their rows), and
//    the page's intents are committed with synchronous=FULL;
//  - an entry B1 rejected waits in review and is sent again only when a person retries it or what
//    it depends on (mappings, B1 master data: entrybasis.h) changes, not on every cycle.
#include "cyclesummary.h"
#include "ports.h"
#include "writeback.h"

#include "accounting/journalbuilder.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <functional>

namespace mlc::sync {

struct SyncOptions {
    QStringList docTypes = {QStringLiteral("expense"), QStringLiteral("invoice")};
    bool useBatch = false;     // post in $batch change sets
    int batchSize = 50;
    // The most Concur FIS pages one cycle reads per document type (setting concur/maxPagesPerCycle;
    // <= 0: no limit). A server that keeps announcing pages must not keep a cycle going for ever.
    // A cycle that reaches it posts what it read, says so (CycleSummary::pageLimitReached, audit)
    // and the next cycle reads on from the next page (kept in setting sync/nextPage/<docType>):
    // nothing is acknowledged in Concur, so the READY queue does not shrink by itself.
    int maxPagesPerCycle = 1000;
    int retryDelaySeconds = 60;   // first retry delay for transient failures (doubles, capped)
    int maxRetryDelaySeconds = 3600;
    QString actor = QStringLiteral("service");
    std::function<QDateTime()> clock; // defaults to the current UTC time
    // Asked between pages and before every POST (or $batch): when it returns true the cycle ends
    // there, with `stoppedEarly` set. Nothing is cut off mid-request, so no outcome is unknown;
    // intents not yet sent stay `posting` and are looked up, then posted, next cycle. A service stop
    // uses it so that stopping waits for one request at most (the SCM wait hint).
    std::function<bool()> stopRequested;
    // Progress report (optional; unset costs nothing): called with the counts so far after every
    // page has been decided and flushed, and once after the final flush. Must not use the engine.
    std::function<void(const CycleSummary &)> progress;
    // Where write-backs to Concur go (setting concur/writeBack decides what is sent; writeback.h).
    // Null: none are sent (they wait in the ledger).
    WriteBackTarget *writeBack = nullptr;
};

class SyncEngine {
public:
    SyncEngine(store::Store &store, DocumentSource &source, LedgerTarget &target, SyncOptions options = {});

    // Runs one full cycle. Fails only when nothing could be done (no master data, database error);
    // per-document problems are counted in the summary and recorded in the audit trail.
    Result<CycleSummary> runCycle();

    // Saves an explicit mapping (audited, with before/after) and re-evaluates every queued
    // document blocked by it, posting those that now build.
    Result<CycleSummary> applyMapping(const store::Mapping &mapping, const QString &actor);
    // Deletes a mapping (audited, with the target it had) and re-evaluates the queued documents
    // blocked by its key, like applyMapping: without the mapping the automatic rules decide again
    // (a mapping to a supplier frozen since may have been all that held them). Posted entries are
    // not touched. Fails with input.not_found when there is no such mapping.
    Result<CycleSummary> removeMapping(const QString &kind, const QString &sourceKey, const QString &actor);
    // Re-evaluates one queued document now (after a B1 master-data fix, for example); an entry B1
    // rejected is sent again even when nothing it depends on changed.
    Result<CycleSummary> retryDocument(const QString &ledgerKey, const QString &actor);
    // Takes a queued document out of the queue for good, with who and why.
    Result<void> skipDocument(const QString &ledgerKey, const QString &reason, const QString &actor);
    // A reimbursement paid (write-back level confirm-and-pay): Concur is told at the next cycle.
    Result<void> markPaid(const QString &ledgerKey, const Payment &payment, const QString &actor);

private:
    struct Context;
    Result<void> prepare(Context &ctx);
    Result<void> recoverInFlight(Context &ctx);
    Result<void> processTransaction(Context &ctx, const concur::FisTransaction &tx, QString *key);
    Result<void> reconsider(Context &ctx, store::LedgerRow row, bool force);
    Result<void> reconsiderQueued(Context &ctx);
    std::unique_ptr<WriteBacks> makeWriteBacks(const QHash<QString, QString> &settings);
    Result<bool> settleRevisions(Context &ctx, store::LedgerRow &row, const QList<store::LedgerRow> &revisions);
    Result<void> supersede(Context &ctx, store::LedgerRow row, const QString &byRevision);
    Result<void> evaluate(Context &ctx, store::LedgerRow row, const QJsonObject &document, bool wasQueued,
                          bool force = false);
    Result<void> postOne(Context &ctx, store::LedgerRow &row);
    Result<void> flushPending(Context &ctx, bool final);
    Result<QList<store::LedgerRow>> screen(Context &ctx, const QList<store::LedgerRow> &rows);
    Result<void> postEach(Context &ctx, QList<store::LedgerRow> &rows);
    bool stopping(Context &ctx);
    Result<void> deferUnsent(Context &ctx, const QList<store::LedgerRow> &rows);
    Result<void> postBatch(Context &ctx, QList<store::LedgerRow> &rows);
    Result<void> resolveUnknown(Context &ctx, store::LedgerRow &row, const Error &error);
    Result<void> markPosted(Context &ctx, store::LedgerRow &row, const PostedRef &ref, bool recovered);
    Result<void> markReview(Context &ctx, store::LedgerRow &row, const QList<accounting::ReviewReason> &reasons,
                            bool wasQueued);
    Result<void> markFailed(Context &ctx, store::LedgerRow &row, const Error &error);
    Result<void> audit(const QString &action, const QString &docKey, const QString &detail,
                       const QString &before = {}, const QString &after = {}, const QString &actor = {});
    Result<void> rememberAutoMatches(Context &ctx, const QList<accounting::AutoMatch> &matches);
    Result<CycleSummary> reevaluateKeys(const QStringList &ledgerKeys, const QString &actor, bool force);
    // After a mapping changed: the documents it blocked, and those B1 rejected (they may use it).
    Result<CycleSummary> reevaluateBlockedBy(const QString &blockerKey, const QString &actor);
    QDateTime now() const;

    store::Store &m_store;
    DocumentSource &m_source;
    LedgerTarget &m_target;
    SyncOptions m_options;
    QString m_currentActor;
};

} // namespace mlc::sync
