#pragma once
// OData $batch framing (MAN §3.10): a multipart/mixed body whose parts are either one
// `application/http` operation or a nested multipart/mixed change set of operations. The parser
// accepts CRLF and bare LF line ends (hand-written clients send both); the writer emits CRLF.
// Used by the B1 simulator for requests and by tests (and clients) to read responses.
#include "core/result.h"
#include "simhttpserver.h"

#include <QByteArray>
#include <QList>

namespace mlc::sim {

struct MimePart {
    QList<SimHeader> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

struct BatchOperation {
    QByteArray method;
    QByteArray target;    // as written in the part: "/b1s/v1/JournalEntries", "JournalEntries" or an absolute URL
    QList<SimHeader> headers;
    QByteArray body;
    QByteArray contentId; // from the MIME part (v2) or the inner HTTP headers (v1); empty when absent
};

struct BatchItem {
    bool changeSet = false;
    QList<BatchOperation> operations; // exactly one when !changeSet
};

struct BatchResponsePart {
    int status = 200;
    QList<SimHeader> headers;
    QByteArray body;
    QByteArray contentId;
};

// One response item: a change set's responses, a single operation's response, or the single
// error response of a failed change set.
struct BatchResponseItem {
    bool changeSet = false;
    QList<BatchResponsePart> parts;
};

// `multipart/mixed;boundary=batch_1` or `multipart/mixed; boundary="batch_1"` -> batch_1.
QByteArray multipartBoundary(const QByteArray &contentType);
// Splits a multipart body at its delimiters; missing delimiters or the close delimiter -> error.
Result<QList<MimePart>> splitMultipart(const QByteArray &body, const QByteArray &boundary);

Result<QList<BatchItem>> parseBatchRequest(const QByteArray &body, const QByteArray &contentType);
Result<QList<BatchResponseItem>> parseBatchResponse(const QByteArray &body, const QByteArray &contentType);

class BatchWriter {
public:
    explicit BatchWriter(const QByteArray &boundary);
    QByteArray contentType() const { return "multipart/mixed;boundary=" + m_boundary; }

    // Requests (for clients and tests).
    void addRequest(const BatchOperation &op);
    void addChangeSet(const QList<BatchOperation> &ops, const QByteArray &changeSetBoundary);
    // Responses (the simulator).
    void addResponse(const BatchResponsePart &part);
    void addChangeSetResponse(const QList<BatchResponsePart> &parts, const QByteArray &changeSetBoundary);

    QByteArray finish();

private:
    static QByteArray operationPart(const BatchOperation &op);
    static QByteArray responsePart(const BatchResponsePart &part);
    QByteArray m_boundary;
    QByteArray m_out;
};

} // namespace mlc::sim
