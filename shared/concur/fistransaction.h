#pragma once
// One FIS v4 transaction as read from Concur: the envelope fields plus the financial document,
// normalised to a JSON object whether Concur sent it as an object or as a JSON string.
#include <QJsonObject>
#include <QString>

namespace mlc::concur {

struct FisTransaction {
    QString id;         // FIS document id
    QString docType;    // "expense" | "invoice"
    QString docStatus;  // READY, ...
    QString companyId;
    QString entityId;
    QJsonObject document;    // the financial document (empty when it could not be parsed)
    QString documentError;   // why `document` is empty (malformed JSON string, wrong type)
    QString correlationId;   // concur-correlationid of the page that carried it
    QString companyUuid;
    QString erpSystemId;
};

} // namespace mlc::concur
