#pragma once
// Write-backs to Concur (issue #10, setting concur/writeBack): acknowledgements, posting and
// payment confirmations, exactly once across both systems with the ledger as the record.
//
//  - Intent first: a write-back is a row of the `writeback` table, written in the same transaction
//    as the ledger change that calls for it (a document committed in the ledger -> its
//    acknowledgement; a journal entry recorded as posted -> its posting confirmation; a payment
//    marked -> its payment confirmation). A crash between the ledger and Concur loses nothing: the
//    row is still pending and is sent next cycle.
//  - Sent at the end of a cycle, in order: acknowledgements, then posting confirmations of
//    acknowledged documents, then payment confirmations of confirmed expense reports, up to
//    `batchSize` documents per request. Only what the level admits is sent (the transport refuses
//    the rest anyway).
//  - Concur answers item by item. Success, and Concur's "already done" (101 acknowledged, 113/213
//    confirmed, 298 payment exists), count as done: sending a write-back twice after an unknown
//    outcome is harmless. No answer (5xx, 429 after its retries, a dropped connection) or 199:
//    retried with a backoff (retryDelaySeconds, doubling, capped). Refused (102 recalled, 103, 104,
//    111/112 on a payment, 114-116, 198, 99...): the document goes to the review queue with
//    Concur's message (reason concur.refused); its journal entry, if it has one, stays in B1 and is
//    never posted again. A person retries (send again) or dismisses it (skip, with a reason).
//  - Posting confirmation FAILURE only when a person skips the document (the reason is the
//    message) or it can never post (malformed); never for documents still waiting in review.
//    Nothing to post (personal expenses only) is a SUCCESS without posting documents.
//  - Payments (confirm-and-pay, expense reports only): a person marks a reimbursement paid (the
//    tray, `payments mark`, or the pipe's payments.mark) with the payment reference, which must be
//    unique (FIS rule); the connector does not read B1's outgoing payments.
#include "cyclesummary.h"
#include "ports.h"

#include "concur/writebacklevel.h"
#include "store/store.h"

#include <QDate>
#include <functional>

namespace mlc::sync {

inline constexpr char kConcurRefused[] = "concur.refused";

// The first review reason of `row` with this code (its JSON object), or an empty object.
QJsonObject reviewReason(const store::LedgerRow &row, const QString &code);
bool hasReviewReason(const store::LedgerRow &row, const QString &code);

struct WriteBackOptions {
    concur::WriteBackLevel level = concur::WriteBackLevel::Off;
    QString companyId;           // postingDocs.companyId / clearingReference.companyCode: the B1 company database
    int batchSize = 100;         // documents per write request
    int maxPerCycle = 5000;      // due write-backs one cycle sends per step (the rest next cycle)
    int retryDelaySeconds = 60;  // first retry after no answer (doubles, capped)
    int maxRetryDelaySeconds = 3600;
    QString actor = QStringLiteral("service");
    std::function<QDateTime()> clock;
    std::function<bool()> stopRequested;
};

// A reimbursement marked paid by a person.
struct Payment {
    QString reference;  // unique per confirmation (FIS): e.g. the B1 outgoing payment number
    QDate date;
    QString amount;     // decimal text; empty: the report's amountDueEmployee
    QString method = QStringLiteral("E"); // E (EFT) or C (cheque)
};

class WriteBacks {
public:
    // `target` may be null when nothing is to be sent (level off, or a command that only records).
    WriteBacks(store::Store &store, WriteBackTarget *target, WriteBackOptions options);

    concur::WriteBackLevel level() const { return m_options.level; }

    // Intents, written inside the caller's transaction; each does nothing below its level.
    // A document READY in Concur whose ledger row is committed: its acknowledgement, and for a
    // document already done in the ledger (posted, skipped) its posting confirmation.
    Result<void> documentSeen(const store::LedgerRow &row);
    // The row reached an outcome Concur should hear of (posted, nothing to post, skipped by a
    // person, malformed): its posting confirmation.
    Result<void> outcomeRecorded(const store::LedgerRow &row);
    // A person marked the reimbursement paid (checks the row and the payment first).
    Result<void> paid(const store::LedgerRow &row, const Payment &payment, const QString &actor);

    // Once per cycle: a level raised since the last cycle adds what it sends for documents already
    // acknowledged (their posting confirmations). Remembered in setting writeback/levelApplied.
    Result<void> applyLevel();
    // Sends what is due (see above) and records every answer; counts go into `summary`.
    Result<void> sendDue(CycleSummary &summary);

    // A person's answer to a refusal: send again, or accept it (a document with a journal entry
    // goes back to posted; one without is skipped with the reason).
    Result<void> retryRefused(const QString &ledgerKey, const QString &actor);
    Result<void> dismissRefused(const QString &ledgerKey, const QString &reason, const QString &actor);

    static bool refusedByConcur(const store::LedgerRow &row);
    // The item of a posting confirmation / payment confirmation for `row` (public for tests).
    static QJsonObject postingItem(const store::LedgerRow &row, const store::WriteBack &w, const QString &companyId);
    static Result<QJsonObject> paymentItem(const store::LedgerRow &row, const store::WriteBack &w, const QString &companyId);

private:
    enum class Verdict { Done, Refused, Retry };
    struct Refusal {
        store::LedgerRow row;
        QList<store::WriteBack> writeBacks;
    };
    Result<Refusal> refusal(const QString &ledgerKey); // the row in review with concur.refused, and its write-backs
    static Verdict verdictFor(const QString &step, int code);
    Result<void> ensure(const store::LedgerRow &row, const QString &step, const QJsonObject &detail, bool reopenDone);
    Result<void> sendStep(const QString &step, CycleSummary &summary);
    Result<int> confirmOutcomesOf(store::WriteBackState ackState); // applyLevel's backfill
    Result<void> record(store::WriteBack w, const concur::FisWriteResult *result, const Error *error, CycleSummary &summary);
    Result<void> refuse(const store::WriteBack &w, CycleSummary &summary);
    Result<void> audit(const QString &action, const QString &docKey, const QString &detail, const QString &actor = {});
    bool admits(const QString &step) const;
    QDateTime now() const;

    store::Store &m_store;
    WriteBackTarget *m_target;
    WriteBackOptions m_options;
};

} // namespace mlc::sync
