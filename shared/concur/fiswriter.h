#pragma once
// Writes back to Concur's Financial Integration Service (FIS v4): acknowledgements, posting
// confirmations and payment confirmations, each a POST of many documents answered item by item.
// Only what ConcurSettings::writeBack admits ever leaves (ConcurTransport refuses the rest with
// "concur.write_refused", nothing sent).
//  - 401/403: the token is refreshed once and the POST sent once more (the documents were not
//    processed). 429/503: ConcurTransport waits out Retry-After.
//  - A dropped connection or a timeout is not retried here: the outcome is unknown, and the caller
//    sends the same items again later. FIS answers a repeat with 101 (already acknowledged), 113
//    (already confirmed) or 298 (payment already confirmed), which count as done.
//  - `code` may come as a number or as a string; both are read.
#include "concursettings.h"
#include "concurtransport.h"
#include "core/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::concur {

class TokenManager;

enum class FisWriteStep { Acknowledge, PostingConfirmation, PaymentConfirmation };
QString toString(FisWriteStep step); // "ack", "posting", "payment"
QString routeOf(FisWriteStep step);  // "acknowledgements", "postingconfirmations", "paymentconfirmations"

struct FisWriteResult {
    QString docId;    // the FIS document id the item was about
    int code = -1;    // FIS service code (0 success); -1 when the answer had none
    QString result;   // acknowledgeResult / postingConfirmationResult / paymentConfirmationResult
    QString message;  // errorMessage, with detailMessage when there is one
};

class FisWriter {
public:
    FisWriter(const ConcurSettings &settings, TokenManager &tokens, HttpClient &http);

    // {"ids": [...]}
    Result<QList<FisWriteResult>> acknowledge(const QString &docType, const QStringList &fisIds);
    // {"systemId": "", "postingConfirmations": items}
    Result<QList<FisWriteResult>> confirmPostings(const QString &docType, const QJsonArray &items);
    // {"systemId": "", "processingConfirmation": items}; each clearingAmount given as decimal text
    // ("220.00") is sent as that JSON number, never through a double
    Result<QList<FisWriteResult>> confirmPayments(const QString &docType, const QJsonArray &items);

    // The per-item answer of a write route (an array; items without a docId are left out).
    static Result<QList<FisWriteResult>> parseResults(const QByteArray &body, FisWriteStep step);
    int writesSent() const { return m_sent; }

private:
    Result<QList<FisWriteResult>> post(const QString &docType, FisWriteStep step, const QByteArray &body);

    const ConcurSettings &m_settings;
    TokenManager &m_tokens;
    ConcurTransport m_transport;
    int m_sent = 0;
};

} // namespace mlc::concur
