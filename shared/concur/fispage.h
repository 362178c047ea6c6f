#pragma once
// One page of GET /financialintegration/fi/v4/companies/transactiontypes/{docType}/transactions.
// Parsed by member name (FIS: "the order of fields ... is not guaranteed"). `document` arrives as a
// JSON object or, with DocumentFormatAs: text, as a JSON-encoded string; both become a QJsonObject.
// A document that cannot be read keeps its envelope (id, docType, ...) with documentError set, so
// that it reaches the review queue instead of vanishing. Page numbers may be numbers or strings.
#include "core/result.h"
#include "fistransaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mlc::concur {

struct FisPage {
    QList<FisTransaction> content;
    // PageMetadata; -1 when absent.
    qint64 size = -1;
    qint64 totalElements = -1;
    qint64 totalPages = -1;
    qint64 number = -1;
    QString correlationId;

    // True when the reader should ask for page number+1 (never by following the placeholder
    // "https://fiserviceurlhere/..." links).
    bool hasNextPage() const { return !content.isEmpty() && number >= 0 && totalPages >= 0 && number + 1 < totalPages; }
};

// Error "concur.malformed" when the body is not a FIS page (not JSON, no content array).
// Also accepts the alternative envelope of the doc samples: {"fIDocuments":[...], ...}.
Result<FisPage> parseFisPage(const QByteArray &body, const QString &correlationId = QString());

// The envelope of one FIDocument (used by parseFisPage).
FisTransaction parseFisTransaction(const QJsonObject &item, const QString &correlationId);

} // namespace mlc::concur
