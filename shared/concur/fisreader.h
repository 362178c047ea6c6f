#pragma once
// Reads the FIS v4 READY queue of one company. Read-only: it never acknowledges or confirms
// (those calls are writes toward Concur and are refused by ConcurTransport).
//  - Every call goes to the token's geolocation host.
//  - Pages are requested as ?limit=L&page=N built here; the `links` of a FIS page use the
//    placeholder host "https://fiserviceurlhere/..." and are never followed.
//  - 401/403: refresh the token once and retry once. 429/503: see ConcurTransport.
//  - Because nothing is acknowledged, the READY queue does not shrink while it is read; a document
//    that appears or disappears meanwhile can shift pages, so ids are de-duplicated and anything
//    missed is read on the next cycle.
#include "concursettings.h"
#include "concurtransport.h"
#include "core/httpclient.h"
#include "core/result.h"
#include "fispage.h"

#include <QList>
#include <QString>

namespace mlc::concur {

class TokenManager;

// `settings`, `tokens` and `http` are held by reference and must outlive the reader; the reader
// and its TokenManager share one HttpClient and one thread.
class FisReader {
public:
    FisReader(const ConcurSettings &settings, TokenManager &tokens, HttpClient &http);

    // docType: expense, invoice, cashadvance, payroll, requestobligation, reportobligation.
    Result<FisPage> fetchPage(const QString &docType, int page);
    Result<QList<FisTransaction>> fetchAllReady(const QString &docType);
    // One document by its report/request id (?docId=); ignoreDocumentStatus=yes also returns it
    // after it left READY. Error "concur.not_found" when Concur returns none.
    Result<FisTransaction> fetchDocument(const QString &docType, const QString &docId, bool ignoreDocumentStatus = false);

    static bool isKnownDocType(const QString &docType);
    int pagesRead() const { return m_pages; }

private:
    Result<HttpResponse> get(const QString &path, const QList<QPair<QString, QString>> &query);
    Result<FisPage> fetch(const QString &docType, const QList<QPair<QString, QString>> &query);

    const ConcurSettings &m_settings;
    TokenManager &m_tokens;
    ConcurTransport m_transport;
    int m_pages = 0;
};

} // namespace mlc::concur
