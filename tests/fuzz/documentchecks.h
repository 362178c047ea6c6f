#pragma once
// What an accountant checks on every decision fuzz_documents sees, independent of how the builder
// got there:
//  - a document is posted, queued for review with a reason, or "nothing to post", and the last
//    only when every expense entry is personal and Concur's own totals are zero (design.md §3);
//  - a posted entry has at least two lines, each a G/L line or a BP line, all in one currency side
//    (Debit/Credit for the local currency, FCDebit/FCCredit otherwise), amounts positive and within
//    the currency's decimals, Σ debit == Σ credit exactly (Decimal), and the BP line agrees with
//    Concur's amount due / request total;
//  - the POST body B1 receives says the same, read back from its bytes (amounts as exact text).
#include "accounting/journalbuilder.h"
#include "core/decimal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace mlc::fuzz {

// The decimals a posted amount may carry: the company's for the local currency (`fcCurrency`
// empty); for B1 currency `fcCurrency` B1's own decimals if set, else ISO 4217 minor units (JPY 0,
// KWD/BHD 3), never more than B1's amount decimals (issue #7 item 4).
int currencyScale(const accounting::MasterData &md, const QString &fcCurrency);

enum class Outcome { Posted, Review, NothingToPost };

struct BuildCheck {
    Outcome outcome = Outcome::Review;
    QStringList problems; // empty: every invariant holds
    int balancedChecks = 0; // exact balance checks made (entry and POST body)
};

// `document` is what the builder was given, `docType` the type it was given as.
BuildCheck checkBuild(const QString &docType, const QJsonObject &document, const accounting::BuildResult &result,
                      const accounting::MasterData &md, int payloadDecimals);

struct PayloadCheck {
    QStringList problems;
    QString reference3;
    Decimal debit; // Σ of the side the lines post on
    Decimal credit;
};

// One JournalEntries POST body, read from its bytes.
PayloadCheck checkPayload(const QByteArray &payload, const accounting::MasterData &md);

// The checks above catch what they are for: each of a few broken results (unbalanced, a line on
// both sides, yen with cents, a vendor credit off Concur's total, a silent drop, a report of
// business expenses marked "nothing to post", an unbalanced POST body) must be reported. Returns
// what was not (empty: the oracle works).
QStringList selfTest(const accounting::MasterData &md);

} // namespace mlc::fuzz
