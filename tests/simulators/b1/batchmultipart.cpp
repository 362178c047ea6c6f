#include "batchmultipart.h"

namespace mlc::sim {

namespace {

Error batchError(const QString &detail)
{
    // The SL text for any malformed batch (MAN §3.10.6); the detail helps when a test fails.
    return makeError(QStringLiteral("odata.batch"), QStringLiteral("Incomplete Batch Request Body!"), detail);
}

QByteArray headerValue(const QList<SimHeader> &headers, const QByteArray &name)
{
    for (const SimHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// Splits "headers <blank line> body"; lines end in CRLF or LF.
void splitHeadersAndBody(const QByteArray &text, QList<SimHeader> *headers, QByteArray *body)
{
    int pos = 0;
    const int n = int(text.size());
    while (pos < n) {
        int eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = n;
        const QByteArray line = text.mid(pos, eol - pos).trimmed();
        pos = eol + 1;
        if (line.isEmpty())
            break;
        const int colon = line.indexOf(':');
        if (colon > 0)
            headers->append(SimHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    *body = pos < n ? text.mid(pos) : QByteArray();
}

QByteArray firstLine(const QByteArray &text, QByteArray *rest)
{
    int start = 0;
    while (start < text.size() && (text.at(start) == '\r' || text.at(start) == '\n'))
        ++start; // tolerate blank lines before the request line
    int eol = text.indexOf('\n', start);
    if (eol < 0)
        eol = int(text.size());
    *rest = text.mid(eol + 1);
    return text.mid(start, eol - start).trimmed();
}

QByteArray trimTrailingNewlines(QByteArray b)
{
    while (!b.isEmpty() && (b.endsWith('\n') || b.endsWith('\r')))
        b.chop(1);
    return b;
}

Result<BatchOperation> parseOperation(const MimePart &part)
{
    const QByteArray type = part.header("Content-Type").toLower();
    if (!type.startsWith("application/http"))
        return batchError(QStringLiteral("part Content-Type is not application/http"));
    BatchOperation op;
    QByteArray rest;
    // "POST /b1s/v1/JournalEntries HTTP/1.1"; the version is optional and hand-written GET lines
    // may carry an unencoded $filter with spaces, so the target is everything in between.
    const QByteArray requestLine = firstLine(part.body, &rest);
    const int space = requestLine.indexOf(' ');
    if (space <= 0)
        return batchError(QStringLiteral("missing request line"));
    op.method = requestLine.left(space);
    op.target = requestLine.mid(space + 1).trimmed();
    const int version = op.target.lastIndexOf(" HTTP/");
    if (version > 0)
        op.target = op.target.left(version).trimmed();
    if (op.target.isEmpty())
        return batchError(QStringLiteral("missing request target"));
    splitHeadersAndBody(rest, &op.headers, &op.body);
    op.body = trimTrailingNewlines(op.body);
    op.contentId = part.header("Content-ID");
    if (op.contentId.isEmpty())
        op.contentId = headerValue(op.headers, "Content-ID");
    return op;
}

Result<BatchResponsePart> parseResponsePart(const MimePart &part)
{
    BatchResponsePart r;
    QByteArray rest;
    const QList<QByteArray> statusLine = firstLine(part.body, &rest).split(' ');
    bool ok = false;
    r.status = statusLine.value(1).toInt(&ok);
    if (!statusLine.value(0).startsWith("HTTP/") || !ok)
        return batchError(QStringLiteral("missing status line"));
    splitHeadersAndBody(rest, &r.headers, &r.body);
    r.body = trimTrailingNewlines(r.body);
    r.contentId = part.header("Content-ID");
    if (r.contentId.isEmpty())
        r.contentId = headerValue(r.headers, "Content-ID");
    return r;
}

} // namespace

QByteArray MimePart::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

QByteArray multipartBoundary(const QByteArray &contentType)
{
    for (const QByteArray &param : contentType.split(';')) {
        const QByteArray p = param.trimmed();
        if (p.size() > 9 && p.left(9).toLower() == "boundary=") {
            QByteArray b = p.mid(9).trimmed();
            if (b.size() >= 2 && b.startsWith('"') && b.endsWith('"'))
                b = b.mid(1, b.size() - 2);
            return b;
        }
    }
    return {};
}

Result<QList<MimePart>> splitMultipart(const QByteArray &body, const QByteArray &boundary)
{
    if (boundary.isEmpty())
        return batchError(QStringLiteral("no boundary"));
    const QByteArray delimiter = "--" + boundary;
    // A delimiter counts only at the start of a line.
    const auto findDelimiter = [&](int from) {
        int pos = from;
        while ((pos = int(body.indexOf(delimiter, pos))) >= 0) {
            if (pos == 0 || body.at(pos - 1) == '\n')
                return pos;
            pos += int(delimiter.size());
        }
        return -1;
    };
    QList<MimePart> parts;
    int pos = findDelimiter(0);
    if (pos < 0)
        return batchError(QStringLiteral("boundary '%1' not found").arg(QString::fromLatin1(boundary)));
    for (;;) {
        int after = pos + int(delimiter.size());
        if (body.mid(after, 2) == "--")
            return parts; // close delimiter
        const int eol = body.indexOf('\n', after);
        if (eol < 0)
            return batchError(QStringLiteral("truncated after a delimiter"));
        const int start = eol + 1;
        const int next = findDelimiter(start);
        if (next < 0)
            return batchError(QStringLiteral("missing close delimiter '--%1--'").arg(QString::fromLatin1(boundary)));
        int end = next; // strip the line break that belongs to the next delimiter
        if (end > start && body.at(end - 1) == '\n')
            --end;
        if (end > start && body.at(end - 1) == '\r')
            --end;
        MimePart part;
        const QByteArray text = body.mid(start, end - start);
        if (text.startsWith("\r\n") || text.startsWith('\n'))
            part.body = text.mid(text.startsWith('\n') ? 1 : 2); // no headers
        else
            splitHeadersAndBody(text, &part.headers, &part.body);
        parts.append(part);
        pos = next;
    }
}

Result<QList<BatchItem>> parseBatchRequest(const QByteArray &body, const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/mixed"))
        return batchError(QStringLiteral("Content-Type is not multipart/mixed"));
    auto parts = splitMultipart(body, multipartBoundary(contentType));
    if (!parts.ok())
        return parts.error();
    QList<BatchItem> items;
    for (const MimePart &part : parts.value()) {
        const QByteArray type = part.header("Content-Type");
        BatchItem item;
        if (type.trimmed().toLower().startsWith("multipart/mixed")) {
            item.changeSet = true;
            auto inner = splitMultipart(part.body, multipartBoundary(type));
            if (!inner.ok())
                return inner.error();
            for (const MimePart &p : inner.value()) {
                auto op = parseOperation(p);
                if (!op.ok())
                    return op.error();
                item.operations.append(op.value());
            }
            if (item.operations.isEmpty())
                return batchError(QStringLiteral("empty change set"));
        } else {
            auto op = parseOperation(part);
            if (!op.ok())
                return op.error();
            item.operations.append(op.value());
        }
        items.append(item);
    }
    if (items.isEmpty())
        return batchError(QStringLiteral("no parts"));
    return items;
}

Result<QList<BatchResponseItem>> parseBatchResponse(const QByteArray &body, const QByteArray &contentType)
{
    auto parts = splitMultipart(body, multipartBoundary(contentType));
    if (!parts.ok())
        return parts.error();
    QList<BatchResponseItem> items;
    for (const MimePart &part : parts.value()) {
        BatchResponseItem item;
        const QByteArray type = part.header("Content-Type");
        if (type.trimmed().toLower().startsWith("multipart/mixed")) {
            item.changeSet = true;
            auto inner = splitMultipart(part.body, multipartBoundary(type));
            if (!inner.ok())
                return inner.error();
            for (const MimePart &p : inner.value()) {
                auto r = parseResponsePart(p);
                if (!r.ok())
                    return r.error();
                item.parts.append(r.value());
            }
        } else {
            auto r = parseResponsePart(part);
            if (!r.ok())
                return r.error();
            item.parts.append(r.value());
        }
        items.append(item);
    }
    return items;
}

BatchWriter::BatchWriter(const QByteArray &boundary)
    : m_boundary(boundary)
{
}

QByteArray BatchWriter::operationPart(const BatchOperation &op)
{
    QByteArray out = "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n";
    if (!op.contentId.isEmpty())
        out += "Content-ID: " + op.contentId + "\r\n";
    out += "\r\n" + op.method + ' ' + op.target + "\r\n";
    for (const SimHeader &h : op.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + op.body + "\r\n";
    return out;
}

QByteArray BatchWriter::responsePart(const BatchResponsePart &part)
{
    QByteArray out = "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n";
    if (!part.contentId.isEmpty())
        out += "Content-ID: " + part.contentId + "\r\n";
    out += "\r\nHTTP/1.1 " + QByteArray::number(part.status) + ' ' + reasonPhrase(part.status) + "\r\n";
    for (const SimHeader &h : part.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n" + part.body + "\r\n";
    return out;
}

void BatchWriter::addRequest(const BatchOperation &op)
{
    m_out += "--" + m_boundary + "\r\n" + operationPart(op);
}

void BatchWriter::addChangeSet(const QList<BatchOperation> &ops, const QByteArray &changeSetBoundary)
{
    m_out += "--" + m_boundary + "\r\nContent-Type: multipart/mixed;boundary=" + changeSetBoundary + "\r\n\r\n";
    for (const BatchOperation &op : ops)
        m_out += "--" + changeSetBoundary + "\r\n" + operationPart(op);
    m_out += "--" + changeSetBoundary + "--\r\n";
}

void BatchWriter::addResponse(const BatchResponsePart &part)
{
    m_out += "--" + m_boundary + "\r\n" + responsePart(part);
}

void BatchWriter::addChangeSetResponse(const QList<BatchResponsePart> &parts, const QByteArray &changeSetBoundary)
{
    m_out += "--" + m_boundary + "\r\nContent-Type: multipart/mixed;boundary=" + changeSetBoundary + "\r\n\r\n";
    for (const BatchResponsePart &p : parts)
        m_out += "--" + changeSetBoundary + "\r\n" + responsePart(p);
    m_out += "--" + changeSetBoundary + "--\r\n";
}

QByteArray BatchWriter::finish()
{
    return m_out + "--" + m_boundary + "--\r\n";
}

} // namespace mlc::sim
