#pragma once
// Who a FIS document is: the ids the ledger keys on (design.md §3) and the idempotency key written
// into the entry's Reference3. Works best effort on malformed documents so that even a broken
// document gets a ledger row and a review item.
#include "core/decimal.h"

#include <QJsonObject>
#include <QString>

namespace mlc::accounting {

struct DocumentIdentity {
    QString docType;    // "expense" / "invoice"
    QString docId;      // reportId / requestId (up to 32 characters)
    QString companyKey; // reportKey / reqKey (company-unique number, as text)
    QString revision;   // revisionNumber
    QString idemKey;    // Reference3: "E<reportKey>R<revision>" / "I<reqKey>R<revision>", <= 27 chars
    QString title;      // "W4JPAB Trip to Minneapolis" / "25688 Test Vendor"
    QString currency;
    Decimal total;      // report totalApprovedAmount / request requestTotal
    bool complete = false; // docId, companyKey and revision all present

    // Ledger key: docType|docId|revision.
    QString ledgerKey() const { return docType + QLatin1Char('|') + docId + QLatin1Char('|') + revision; }
};

DocumentIdentity identify(const QString &docType, const QJsonObject &document);

// The Reference3 key for a company key and revision; always <= 27 characters (an over-long key
// is replaced by a stable hash so that it still fits).
QString idempotencyKey(const QString &docType, const QString &companyKey, const QString &revision);

} // namespace mlc::accounting
