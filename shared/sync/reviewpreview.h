#pragma once
// The journal entry preview of a queued document (issue #8: "what would post with the current
// mappings, debits and credits, balanced"): the same JournalBuilder the engine posts with, over the
// current mappings, settings and B1 master data. Read-only: it writes nothing to the store and
// sends nothing to B1 (the caller supplies the master data), so it can never post.
//
// JSON (pipe method review.preview, `ml-connector review show KEY --preview --json`):
//   {key, docType, title, state, wouldPost, nothingToPost, complete, currency, localCurrency,
//    referenceDate, dueDate, memo, reference, reference2, reference3,
//    lines: [{account, shortName, debit, credit, currency, dimensions: [5 codes], lineMemo,
//             unresolved: [blocker keys]}],
//    totals: {debit, credit, difference}, balanced,
//    reasons: [ReviewReason JSON], blockers: [blocker keys still open], jdtNum (when already in B1)}
// Amounts are exact decimal text with the posting currency's decimals ("1234.50"), never numbers.
// `currency` of a line is the currency its amounts are in (the document's foreign currency, or
// the local one). `complete` is false when some lines could not be built at all (a malformed
// document, an unknown currency): the lines shown are then only part of the entry.
#include "accounting/journalbuilder.h"
#include "core/result.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonObject>

namespace mlc::sync {

// Builds the preview of ledger row `row` (any state; a document that is no longer queued is
// previewed too, for the command line). `now` gives the sync date (posting/timeZone).
Result<QJsonObject> previewDocument(store::Store &store, const store::LedgerRow &row,
                                    const accounting::MasterData &masterData, const QDateTime &now);

// The JSON of one build (the part after the document's identity).
QJsonObject previewJson(const accounting::BuildResult &built, const accounting::MasterData &masterData);

} // namespace mlc::sync
