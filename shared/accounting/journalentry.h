#pragma once
// The journal entry as ml-connector builds it and the Service Layer receives it (JournalEntries
// POST body). Amounts are exact decimals; toJson() renders B1's property names.
#include "core/decimal.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::accounting {

struct JournalLine {
    QString accountCode; // G/L account; empty on a BP line
    QString shortName;   // BP CardCode on a BP line (AccountCode omitted: B1 fills the control account)
    Decimal debit;       // local-currency amounts (used when the document is in local currency)
    Decimal credit;
    QString fcCurrency;  // set for foreign-currency documents: FCDebit/FCCredit carry the amounts
    Decimal fcDebit;
    Decimal fcCredit;
    QString lineMemo;
    QString costingCodes[5]; // CostingCode, CostingCode2..5 (one per B1 dimension)
    int decimals = -1;       // the posting currency's decimals (JPY 0, KWD 3) set by the builder;
                             // -1: those passed to toJson()/toCompactJson()
    // Preview only (BuildResult::draft): blocker keys of what this line still lacks ("account/6999",
    // "vendor/employee:42", "costcenter/1:SALES"). Never set on an entry that posts; not in toJson().
    QStringList unresolved;

    bool isBpLine() const { return !shortName.isEmpty(); }
    Decimal debitAmount() const { return fcCurrency.isEmpty() ? debit : fcDebit; }
    Decimal creditAmount() const { return fcCurrency.isEmpty() ? credit : fcCredit; }
};

struct JournalEntry {
    QDate referenceDate;
    QDate dueDate;  // optional
    QDate taxDate;  // optional
    QString memo;   // cut to B1's 50 characters
    QString reference;  // Ref1, 100
    QString reference2; // Ref2, 100
    QString reference3; // Ref3, 27: the idempotency key
    QList<JournalLine> lines;

    Decimal totalDebit() const;
    Decimal totalCredit() const;
    bool isBalanced() const { return totalDebit() == totalCredit(); }
    // B1 property names; amounts rounded to each line's own decimals, else to `decimals`.
    QJsonObject toJson(int decimals = 2) const;
    // The same entry as compact JSON bytes, written directly (the posting hot path): amounts are
    // the exact decimal text, never a double. Parses to the same object as toJson().
    QByteArray toCompactJson(int decimals = 2) const;
};

// B1 field lengths the builder respects.
namespace b1len {
constexpr int Memo = 50;
constexpr int Reference = 100;
constexpr int Reference2 = 100;
constexpr int Reference3 = 27;
constexpr int LineMemo = 50;
}

} // namespace mlc::accounting
