#include "fispage.h"

#include "tokenresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlc::concur {

namespace {

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) // ids are strings in FIS, but be lenient with numeric ones
        return QString::number(v.toDouble(), 'f', 0);
    return QString();
}

qint64 integerOr(const QJsonObject &o, QLatin1String name, qint64 fallback)
{
    const auto v = jsonInteger(o.value(name));
    return v ? *v : fallback;
}

} // namespace

FisTransaction parseFisTransaction(const QJsonObject &item, const QString &correlationId)
{
    FisTransaction t;
    t.id = stringOf(item.value(QLatin1String("id")));
    t.docType = item.value(QLatin1String("docType")).toString();
    t.docStatus = item.value(QLatin1String("docStatus")).toString();
    t.companyId = stringOf(item.value(QLatin1String("companyId")));
    t.entityId = stringOf(item.value(QLatin1String("entityId")));
    t.companyUuid = item.value(QLatin1String("companyUuid")).toString();
    t.erpSystemId = item.value(QLatin1String("erpSystemId")).toString();
    t.correlationId = correlationId;

    const QJsonValue doc = item.value(QLatin1String("document"));
    if (doc.isObject()) {
        t.document = doc.toObject();
    } else if (doc.isString()) {
        const QString text = doc.toString();
        QJsonParseError err{};
        const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError) {
            t.documentError = QStringLiteral("the document is not valid JSON (%1 at offset %2)")
                                  .arg(err.errorString())
                                  .arg(err.offset);
        } else if (!parsed.isObject()) {
            t.documentError = QStringLiteral("the document is JSON but not an object");
        } else {
            t.document = parsed.object();
        }
    } else if (doc.isUndefined() || doc.isNull()) {
        t.documentError = QStringLiteral("the FIS transaction carries no document");
    } else {
        t.documentError = QStringLiteral("the document is neither a JSON object nor a JSON string");
    }
    if (t.id.isEmpty() && t.documentError.isEmpty())
        t.documentError = QStringLiteral("the FIS transaction has no id");
    return t;
}

Result<FisPage> parseFisPage(const QByteArray &body, const QString &correlationId)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(QStringLiteral("concur.malformed"), QStringLiteral("Concur sent an unreadable FIS page."),
                         QStringLiteral("%1, concur-correlationid %2").arg(err.errorString(), correlationId));
    }
    const QJsonObject o = doc.object();
    QJsonValue content = o.value(QLatin1String("content"));
    if (content.isUndefined())
        content = o.value(QLatin1String("fIDocuments"));
    if (!content.isArray() && !content.isNull() && !content.isUndefined()) {
        return makeError(QStringLiteral("concur.malformed"),
                         QStringLiteral("Concur sent a FIS page whose content is not a list."),
                         QStringLiteral("concur-correlationid ") + correlationId);
    }
    if (content.isUndefined() && !o.contains(QLatin1String("page"))) {
        return makeError(QStringLiteral("concur.malformed"),
                         QStringLiteral("Concur sent a FIS page without content."),
                         QStringLiteral("concur-correlationid ") + correlationId);
    }
    FisPage page;
    page.correlationId = correlationId;
    const QJsonArray items = content.toArray();
    page.content.reserve(items.size());
    for (const QJsonValue &v : items) {
        if (v.isObject()) {
            page.content.append(parseFisTransaction(v.toObject(), correlationId));
        } else {
            FisTransaction bad;
            bad.correlationId = correlationId;
            bad.documentError = QStringLiteral("a FIS page entry is not a JSON object");
            page.content.append(bad);
        }
    }
    const QJsonObject meta = o.value(QLatin1String("page")).toObject();
    page.size = integerOr(meta, QLatin1String("size"), -1);
    page.totalElements = integerOr(meta, QLatin1String("totalElements"), -1);
    page.totalPages = integerOr(meta, QLatin1String("totalPages"), -1);
    page.number = integerOr(meta, QLatin1String("number"), -1);
    return page;
}

} // namespace mlc::concur
