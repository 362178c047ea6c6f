#pragma once
// OData $batch framing (MAN §3.10) for posting several journal entries atomically: one
// multipart/mixed batch holding ONE change set (all-or-nothing: B1 rolls the whole change set back
// when one operation fails and answers with a single error response for it). Content-ID n (1-based)
// sits on each MIME part, as in the manual's skeleton; the parser also reads it from the inner HTTP
// headers (where v1 installations put it). Lines are written with CRLF; CRLF and LF are both read.
#include "core/httpclient.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace mlc::sapb1 {

struct BatchRequest {
    QByteArray contentType; // "multipart/mixed;boundary=batch_…"
    QByteArray body;
};

// Builds a batch with one change set of `POST <targetPath>` operations, one per JSON body, with
// Content-ID 1..n. Boundaries are random unless given (tests pass fixed ones).
BatchRequest buildChangeSetBatch(const QByteArray &targetPath, const QList<QByteArray> &jsonBodies,
                                 QByteArray batchBoundary = {}, QByteArray changeSetBoundary = {});

struct BatchOperationResponse {
    int status = 0;
    QList<HttpHeader> headers;
    QByteArray body;
    int contentId = -1;       // -1 when the part carries none
    bool inChangeSet = false; // false: a top-level response (e.g. the single error of a failed change set)
};

// `multipart/mixed;boundary=b` or `multipart/mixed; boundary="b"` → b.
QByteArray multipartBoundary(const QByteArray &contentType);
// Flattens the batch response into its operation responses, in order.
Result<QList<BatchOperationResponse>> parseBatchResponse(const QByteArray &body, const QByteArray &contentType);

} // namespace mlc::sapb1
