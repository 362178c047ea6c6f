#include "fisreader.h"

#include "core/logging.h"
#include "tokenmanager.h"

#include <QSet>

namespace mlc::concur {

namespace {

QString transactionsPath(const QString &docType)
{
    return QStringLiteral("/financialintegration/fi/v4/companies/transactiontypes/") + docType
        + QStringLiteral("/transactions");
}

// Upper bound on pages per read (e.g. 100k documents / limit 100 = 1000 pages): protects against a
// server that keeps announcing more pages.
constexpr int MaxPages = 100000;

} // namespace

FisReader::FisReader(const ConcurSettings &settings, TokenManager &tokens, HttpClient &http)
    : m_settings(settings)
    , m_tokens(tokens)
    , m_transport(http, settings)
{
}

bool FisReader::isKnownDocType(const QString &docType)
{
    static const QLatin1String known[] = {QLatin1String("expense"),          QLatin1String("invoice"),
                                          QLatin1String("cashadvance"),      QLatin1String("payroll"),
                                          QLatin1String("requestobligation"), QLatin1String("reportobligation"),
                                          QLatin1String("obligation")};
    for (const QLatin1String &k : known) {
        if (docType == k)
            return true;
    }
    return false;
}

Result<HttpResponse> FisReader::get(const QString &path, const QList<QPair<QString, QString>> &query)
{
    QByteArray q;
    for (const auto &item : query) {
        if (!q.isEmpty())
            q += '&';
        q += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    const QString where = path + QLatin1Char('?') + QString::fromLatin1(q);
    auto sent = sendWithCompanyToken(
        m_transport, m_tokens,
        [&](const QString &token, const QUrl &baseUrl) {
            HttpRequest req;
            req.method = "GET";
            req.url = baseUrl;
            req.url.setPath(path);
            req.url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
            req.headers = {{"Authorization", "Bearer " + token.toUtf8()}, {"Accept", "application/json"}};
            if (!m_settings.documentFormatAs.isEmpty())
                req.headers.append({"DocumentFormatAs", m_settings.documentFormatAs});
            req.timeoutMs = m_settings.requestTimeoutMs;
            req.maxResponseBytes = m_settings.maxPageBytes;
            return req;
        },
        where);
    if (!sent.ok())
        return sent.error();
    const HttpResponse &resp = sent.value();
    if (resp.transportFailed()) {
        if (resp.error == TransportError::Cancelled) {
            // A stop ended a Retry-After wait: the same code as the engine's own stop between
            // pages, so the cycle ends as "stopped early", not as a Concur failure.
            return makeError(QStringLiteral("sync.stopped"), QStringLiteral("stop requested"), resp.errorString);
        }
        if (resp.error == TransportError::TooLarge) {
            return makeError(QStringLiteral("concur.too_large"),
                             QStringLiteral("A Concur page was too large to read; lower concur/pageLimit."),
                             where + QStringLiteral(": ") + resp.errorString);
        }
        const QString code = resp.error == TransportError::PolicyRefused ? QStringLiteral("concur.host_refused")
                                                                        : QStringLiteral("concur.transport");
        return makeError(code, QStringLiteral("Concur could not be reached."),
                         m_tokens.baseUrl().host() + QStringLiteral(": ") + resp.errorString);
    }
    if (resp.status == 200)
        return resp;

    const QString detail = QStringLiteral("HTTP %1 on %2, concur-correlationid %3")
                               .arg(resp.status)
                               .arg(where, correlationIdOf(resp));
    qCWarning(lcConcur).noquote() << "FIS read failed:" << detail;
    if (resp.status == 401 || resp.status == 403) {
        return makeError(QStringLiteral("concur.unauthorized"),
                         QStringLiteral("Concur refuses access to Financial Integration even with a fresh token. "
                                        "Check that the app has the FISVC scope for this company."),
                         detail);
    }
    if (resp.status == 429 || resp.status >= 500) {
        return makeError(QStringLiteral("concur.unavailable"),
                         QStringLiteral("Concur is busy or unavailable; the read will be retried later."), detail);
    }
    return makeError(QStringLiteral("concur.http"), QStringLiteral("Concur refused the request."), detail);
}

Result<FisPage> FisReader::fetch(const QString &docType, const QList<QPair<QString, QString>> &query)
{
    if (!isKnownDocType(docType)) {
        return makeError(QStringLiteral("concur.config"),
                         QStringLiteral("Unknown Concur document type \"%1\".").arg(docType.left(40)));
    }
    const Result<HttpResponse> resp = get(transactionsPath(docType), query);
    if (!resp.ok())
        return resp.error();
    ++m_pages;
    return parseFisPage(resp.value().body, correlationIdOf(resp.value()));
}

Result<FisPage> FisReader::fetchPage(const QString &docType, int page)
{
    const int limit = m_settings.pageLimit > 0 ? m_settings.pageLimit : 25;
    return fetch(docType, {{QStringLiteral("limit"), QString::number(limit)},
                           {QStringLiteral("page"), QString::number(page)}});
}

Result<QList<FisTransaction>> FisReader::fetchAllReady(const QString &docType)
{
    const int limit = m_settings.pageLimit > 0 ? m_settings.pageLimit : 25;
    QList<FisTransaction> all;
    QSet<QString> seen;
    for (int n = 0; n < MaxPages; ++n) {
        Result<FisPage> page = fetchPage(docType, n);
        if (!page.ok())
            return page.error();
        FisPage &p = page.value();
        if (p.number >= 0 && p.number != n) {
            return makeError(QStringLiteral("concur.malformed"),
                             QStringLiteral("Concur answered page %1 when page %2 was asked for.").arg(p.number).arg(n),
                             QStringLiteral("concur-correlationid ") + p.correlationId);
        }
        if (all.isEmpty() && p.totalElements > 0)
            all.reserve(int(std::min<qint64>(p.totalElements, 1000000)));
        for (FisTransaction &t : p.content) {
            // Ids repeat when the queue shifted between pages; id-less entries are kept (review).
            if (!t.id.isEmpty()) {
                if (seen.contains(t.id))
                    continue;
                seen.insert(t.id);
            }
            all.append(std::move(t));
        }
        if (p.content.isEmpty())
            break;
        if (p.totalPages < 0) {
            // No page block: a short page is the last one.
            if (p.content.size() < limit)
                break;
            continue;
        }
        if (n + 1 >= p.totalPages)
            break;
    }
    qCInfo(lcConcur) << "read" << all.size() << docType << "documents ready for integration";
    return all;
}

Result<FisTransaction> FisReader::fetchDocument(const QString &docType, const QString &docId, bool ignoreDocumentStatus)
{
    if (docId.isEmpty())
        return makeError(QStringLiteral("concur.config"), QStringLiteral("No Concur document id given."));
    QList<QPair<QString, QString>> query = {{QStringLiteral("docId"), docId}};
    if (ignoreDocumentStatus)
        query.append({QStringLiteral("ignoreDocumentStatus"), QStringLiteral("yes")});
    Result<FisPage> page = fetch(docType, query);
    if (!page.ok())
        return page.error();
    if (page.value().content.isEmpty()) {
        return makeError(QStringLiteral("concur.not_found"),
                         QStringLiteral("Concur has no %1 document %2 ready for integration.").arg(docType, docId.left(64)));
    }
    return page.value().content.first();
}

} // namespace mlc::concur
