#include "fiswriter.h"

#include "core/logging.h"
#include "tokenmanager.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mlc::concur {

namespace {

// clearingAmount is a JSON number in FIS; callers give it as decimal text ("220.00"), spliced in
// as it is so that the amount never goes through a double.
QByteArray withExactAmounts(QByteArray json)
{
    static const QByteArray marker = "\"clearingAmount\":\"";
    for (qsizetype at = json.indexOf(marker); at >= 0; at = json.indexOf(marker, at + 1)) {
        const qsizetype start = at + marker.size();
        const qsizetype end = json.indexOf('"', start);
        if (end < 0)
            break;
        const QByteArray number = json.mid(start, end - start);
        bool plain = !number.isEmpty();
        for (char c : number)
            plain = plain && ((c >= '0' && c <= '9') || c == '.' || c == '-');
        if (plain)
            json.replace(at, end + 1 - at, QByteArray(QByteArray("\"clearingAmount\":") + number));
    }
    return json;
}

} // namespace

QString toString(FisWriteStep step)
{
    switch (step) {
    case FisWriteStep::Acknowledge:
        return QStringLiteral("ack");
    case FisWriteStep::PostingConfirmation:
        return QStringLiteral("posting");
    case FisWriteStep::PaymentConfirmation:
        return QStringLiteral("payment");
    }
    return {};
}

QString routeOf(FisWriteStep step)
{
    switch (step) {
    case FisWriteStep::Acknowledge:
        return QStringLiteral("acknowledgements");
    case FisWriteStep::PostingConfirmation:
        return QStringLiteral("postingconfirmations");
    case FisWriteStep::PaymentConfirmation:
        return QStringLiteral("paymentconfirmations");
    }
    return {};
}

FisWriter::FisWriter(const ConcurSettings &settings, TokenManager &tokens, HttpClient &http)
    : m_settings(settings)
    , m_tokens(tokens)
    , m_transport(http, settings)
{
}

Result<QList<FisWriteResult>> FisWriter::acknowledge(const QString &docType, const QStringList &fisIds)
{
    const QJsonObject body{{QStringLiteral("ids"), QJsonArray::fromStringList(fisIds)}};
    return post(docType, FisWriteStep::Acknowledge, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<QList<FisWriteResult>> FisWriter::confirmPostings(const QString &docType, const QJsonArray &items)
{
    const QJsonObject body{{QStringLiteral("systemId"), QString()}, {QStringLiteral("postingConfirmations"), items}};
    return post(docType, FisWriteStep::PostingConfirmation, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<QList<FisWriteResult>> FisWriter::confirmPayments(const QString &docType, const QJsonArray &items)
{
    const QJsonObject body{{QStringLiteral("systemId"), QString()}, {QStringLiteral("processingConfirmation"), items}};
    return post(docType, FisWriteStep::PaymentConfirmation, withExactAmounts(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

Result<QList<FisWriteResult>> FisWriter::parseResults(const QByteArray &body, FisWriteStep step)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isArray()) {
        return makeError(QStringLiteral("concur.parse"), QStringLiteral("Concur's answer to a write-back could not be read."),
                         error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an array"));
    }
    const QString resultField = step == FisWriteStep::Acknowledge ? QStringLiteral("acknowledgeResult")
        : step == FisWriteStep::PostingConfirmation               ? QStringLiteral("postingConfirmationResult")
                                                                  : QStringLiteral("paymentConfirmationResult");
    QList<FisWriteResult> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        FisWriteResult r;
        r.docId = o.value(QStringLiteral("docId")).toString();
        if (r.docId.isEmpty())
            continue;
        const QJsonValue code = o.value(QStringLiteral("code"));
        bool ok = code.isDouble();
        r.code = ok ? code.toInt() : code.toString().trimmed().toInt(&ok);
        if (!ok)
            r.code = -1;
        r.result = o.value(resultField).toString();
        r.message = o.value(QStringLiteral("errorMessage")).toString();
        const QString detail = o.value(QStringLiteral("detailMessage")).toString();
        if (!detail.isEmpty() && detail != r.message)
            r.message = r.message.isEmpty() ? detail : r.message + QStringLiteral(" (") + detail + QLatin1Char(')');
        out.append(r);
    }
    return out;
}

Result<QList<FisWriteResult>> FisWriter::post(const QString &docType, FisWriteStep step, const QByteArray &body)
{
    const QString path = QStringLiteral("/financialintegration/fi/v4/companies/transactiontypes/") + docType
        + QStringLiteral("/transactions/") + routeOf(step);
    auto sent = sendWithCompanyToken(
        m_transport, m_tokens,
        [&](const QString &token, const QUrl &baseUrl) {
            HttpRequest req;
            req.method = "POST";
            req.url = baseUrl;
            req.url.setPath(path);
            req.headers = {{"Authorization", "Bearer " + token.toUtf8()},
                           {"Accept", "application/json"},
                           {"Content-Type", "application/json"}};
            req.body = body;
            req.timeoutMs = m_settings.requestTimeoutMs;
            ++m_sent;
            return req;
        },
        toString(step) + QStringLiteral(" write-back"));
    if (!sent.ok())
        return sent.error();
    const HttpResponse &resp = sent.value();
    if (resp.transportFailed()) {
        if (resp.error == TransportError::Cancelled)
            return makeError(QStringLiteral("sync.stopped"), QStringLiteral("stop requested"), resp.errorString);
        if (resp.error == TransportError::PolicyRefused)
            return makeError(QStringLiteral("concur.write_refused"),
                             QStringLiteral("The write-back level does not allow this call to Concur."), resp.errorString);
        // Sent, maybe processed: the caller sends the same items again later (FIS answers a
        // repeat with "already done").
        return makeError(QStringLiteral("concur.transport"), QStringLiteral("Concur could not be reached."),
                         m_tokens.baseUrl().host() + QStringLiteral(": ") + resp.errorString);
    }
    const QString detail = QStringLiteral("HTTP %1 on %2, concur-correlationid %3")
                               .arg(resp.status)
                               .arg(path, correlationIdOf(resp));
    if (resp.status == 200 || resp.status == 202) {
        auto parsed = parseResults(resp.body, step);
        if (!parsed.ok())
            return makeError(parsed.error().code, parsed.error().message, detail + QStringLiteral(": ") + parsed.error().detail);
        return parsed;
    }
    qCWarning(lcConcur).noquote() << "FIS write-back failed:" << detail;
    if (resp.status == 401 || resp.status == 403)
        return makeError(QStringLiteral("concur.unauthorized"),
                         QStringLiteral("Concur refuses the write-back even with a fresh token. Check that the app has "
                                        "the FISVC scope for this company."),
                         detail);
    if (resp.status == 429 || resp.status >= 500)
        return makeError(QStringLiteral("concur.unavailable"),
                         QStringLiteral("Concur is busy or unavailable; the write-back will be retried later."), detail);
    return makeError(QStringLiteral("concur.http"), QStringLiteral("Concur refused the write-back request."), detail);
}

} // namespace mlc::concur
