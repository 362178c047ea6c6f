#include "documentidentity.h"

#include "journalentry.h"
#include "jsonfields.h"

#include <QCryptographicHash>

namespace mlc::accounting {

QString idempotencyKey(const QString &docType, const QString &companyKey, const QString &revision)
{
    if (companyKey.isEmpty() || revision.isEmpty())
        return {};
    const QChar prefix = docType == QLatin1String("invoice") ? QLatin1Char('I') : QLatin1Char('E');
    QString key = prefix + companyKey + QLatin1Char('R') + revision;
    if (key.size() <= b1len::Reference3)
        return key;
    // reportKey/reqKey are integers in practice; should one ever be too long, keep the key
    // deterministic (same document + revision -> same key) and inside Ref3's 27 characters.
    const QByteArray h = QCryptographicHash::hash((docType + QLatin1Char('|') + companyKey + QLatin1Char('|') + revision).toUtf8(),
                                                  QCryptographicHash::Sha256)
                             .toHex();
    return prefix + QLatin1Char('H') + QString::fromLatin1(h.left(b1len::Reference3 - 2));
}

DocumentIdentity identify(const QString &docType, const QJsonObject &document)
{
    DocumentIdentity id;
    id.docType = docType;
    if (docType == QLatin1String("expense")) {
        const QJsonObject report = document.value(QLatin1String("report")).toObject();
        id.docId = fields::text(report.value(QLatin1String("reportId")));
        id.companyKey = fields::text(report.value(QLatin1String("reportKey")));
        id.revision = fields::text(report.value(QLatin1String("revisionNumber")));
        const QString number = fields::text(report.value(QLatin1String("reportNumber")));
        const QString name = fields::text(report.value(QLatin1String("reportName")));
        id.title = fields::joined(number, name);
        id.currency = fields::text(report.value(QLatin1String("employeeCurrencyAlphaCode"))).toUpper();
        for (const char *field : {"totalApprovedAmount", "reportTotal", "amountDueEmployee"}) {
            const auto a = fields::amount(report.value(QLatin1String(field)));
            if (a.ok()) {
                id.total = a.value;
                break;
            }
        }
    } else if (docType == QLatin1String("invoice")) {
        const QJsonObject header = document.value(QLatin1String("requestHeader")).toObject();
        id.docId = fields::text(header.value(QLatin1String("requestId")));
        id.companyKey = fields::text(header.value(QLatin1String("reqKey")));
        id.revision = fields::text(header.value(QLatin1String("revisionNumber")));
        const QString number = fields::text(header.value(QLatin1String("vendorInvoiceNumber")));
        QString vendor = fields::text(document.value(QLatin1String("vendor")).toObject().value(QLatin1String("vendorName")));
        if (vendor.isEmpty())
            vendor = fields::text(header.value(QLatin1String("requestTitle")));
        id.title = fields::joined(number, vendor);
        id.currency = fields::text(header.value(QLatin1String("currencyAlphaCode"))).toUpper();
        const auto a = fields::amount(header.value(QLatin1String("requestTotal")));
        if (a.ok())
            id.total = a.value;
    }
    id.idemKey = idempotencyKey(docType, id.companyKey, id.revision);
    id.complete = !id.docId.isEmpty() && !id.companyKey.isEmpty() && !id.revision.isEmpty();
    return id;
}

} // namespace mlc::accounting
