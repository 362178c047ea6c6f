#pragma once
// The state database of bench_tray: a review queue of 100,000 documents as the service writes it.
//
// A sample of generated Concur documents (DocumentGenerator: expense reports and invoices, each
// with one deliberate defect) goes through the real sync engine against the in-process simulators,
// so titles, amounts, currencies, reasons (codes, sentences, candidates), blockers and the stored
// Concur documents are exactly what the service stores. That sample is then copied in SQL with
// new document ids and numbers, amounts scaled by a random factor and the queue dates spread over
// the last 120 days, until the queue holds `reviewRows` documents; a smaller share of posted
// documents is copied the same way (a real ledger is mostly posted documents).
#include <QString>

namespace mlc::bench {

struct ReviewQueueData {
    int reviewRows = 100000;
    int sampleReview = 1000; // documents through the real engine that go to review
    int samplePosted = 300;  // and that post
    int postedCopies = 20;   // posted rows = samplePosted x postedCopies
};

// Writes <dataDir>/ml-connector.db. Returns an empty string or what went wrong.
QString generateReviewQueue(const QString &dataDir, const ReviewQueueData &spec, QString *summary);

} // namespace mlc::bench
