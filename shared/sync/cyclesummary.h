#pragma once
// What one sync cycle did, for the CLI table, the --json output, the audit trail and the service.
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mlc::sync {

struct DocOutcome {
    QString key;     // ledger key docType|docId|revision
    QString title;   // human label
    QString outcome; // posted, recovered, review, duplicate, still-review, nothing-to-post, superseded, failed,
                     // pending, deferred
    qint64 jdtNum = 0;
    QString detail;  // review reasons or the error
};

struct CycleSummary {
    QDateTime startedAt;
    QDateTime finishedAt;
    int fetched = 0;
    int posted = 0;          // new journal entries created in B1 by this cycle
    int recovered = 0;       // entries found in B1 after an unknown outcome (no second post)
    int review = 0;          // documents newly queued for review
    int stillInReview = 0;   // queued documents whose reasons did not change
    int duplicates = 0;      // already posted or skipped earlier
    int nothingToPost = 0;   // e.g. personal expenses only
    int superseded = 0;      // revisions closed without posting because a newer revision replaced them
    int failed = 0;          // transient failures, retried later
    int pending = 0;         // outcome unknown, looked up again next cycle
    // Write-backs to Concur (setting concur/writeBack; all zero when it is off)
    int acknowledged = 0;        // documents Concur took out of its READY queue this cycle
    int confirmed = 0;           // posting confirmations Concur accepted
    int paymentsConfirmed = 0;   // payment confirmations Concur accepted
    int writeBacksRefused = 0;   // refused by Concur this cycle: in the review queue with its message
    int writeBacksWaiting = 0;   // not sent or not answered: retried with a backoff
    int concurWrites = 0;        // write requests sent to Concur
    int b1Logins = 0;
    qint64 b1Requests = 0;   // HTTP requests to the Service Layer (logins and reads included)
    bool stoppedEarly = false; // a stop request ended the cycle at a page boundary
    QStringList pageLimitReached; // document types whose reading stopped at the page limit (rest next cycle)
    QStringList errors;      // cycle-level problems (a source could not be read, ...)
    QStringList errorCodes;  // their Error codes ("concur.auth", ...), for the service's events
    QList<DocOutcome> outcomes; // the first kMaxOutcomes documents touched; the rest are counted
    int omittedOutcomes = 0;
    static constexpr int kMaxOutcomes = 500;

    void note(DocOutcome outcome)
    {
        if (outcomes.size() < kMaxOutcomes)
            outcomes.append(std::move(outcome));
        else
            ++omittedOutcomes;
    }

    bool hasFailures() const { return failed > 0 || pending > 0 || !errors.isEmpty(); }
    QJsonObject toJson(bool withOutcomes = true) const;
    void add(const CycleSummary &other);
};

} // namespace mlc::sync
