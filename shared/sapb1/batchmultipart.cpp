#include "batchmultipart.h"

#include "b1error.h"

#include <QUuid>

namespace mlc::sapb1 {

namespace {

struct Part {
    QList<HttpHeader> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const HttpHeader &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

Error malformed(const QString &detail)
{
    return makeError(errc::Protocol, QStringLiteral("The Service Layer's $batch answer could not be read."), detail);
}

QByteArray randomBoundary(const char *prefix)
{
    return QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::Id128);
}

// Reads "Name: value" lines up to the first empty line; returns the offset after it.
int readHeaders(const QByteArray &text, int pos, QList<HttpHeader> *headers)
{
    const int n = int(text.size());
    while (pos < n) {
        int eol = int(text.indexOf('\n', pos));
        if (eol < 0)
            eol = n;
        const QByteArray line = text.mid(pos, eol - pos).trimmed();
        pos = eol + 1;
        if (line.isEmpty())
            return pos;
        const int colon = int(line.indexOf(':'));
        if (colon > 0)
            headers->append(HttpHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    return n;
}

QByteArray chopLineEnds(QByteArray b)
{
    while (!b.isEmpty() && (b.endsWith('\n') || b.endsWith('\r')))
        b.chop(1);
    return b;
}

Result<QList<Part>> splitMultipart(const QByteArray &body, const QByteArray &boundary)
{
    if (boundary.isEmpty())
        return malformed(QStringLiteral("no multipart boundary"));
    const QByteArray delimiter = "--" + boundary;
    // A delimiter counts only at the start of a line (a JSON body could contain the text).
    const auto find = [&](int from) {
        int pos = from;
        while ((pos = int(body.indexOf(delimiter, pos))) >= 0) {
            if (pos == 0 || body.at(pos - 1) == '\n')
                return pos;
            pos += int(delimiter.size());
        }
        return -1;
    };
    QList<Part> parts;
    int pos = find(0);
    if (pos < 0)
        return malformed(QStringLiteral("boundary not found"));
    for (;;) {
        const int after = pos + int(delimiter.size());
        if (body.mid(after, 2) == "--")
            return parts;
        const int eol = int(body.indexOf('\n', after));
        if (eol < 0)
            return malformed(QStringLiteral("truncated multipart body"));
        const int next = find(eol + 1);
        if (next < 0)
            return malformed(QStringLiteral("missing close delimiter"));
        int end = next; // the line break before a delimiter belongs to the delimiter
        if (end > eol + 1 && body.at(end - 1) == '\n')
            --end;
        if (end > eol + 1 && body.at(end - 1) == '\r')
            --end;
        const QByteArray text = body.mid(eol + 1, end - eol - 1);
        Part part;
        const int bodyStart = readHeaders(text, 0, &part.headers);
        part.body = text.mid(bodyStart);
        parts.append(part);
        pos = next;
    }
}

int contentIdOf(const QByteArray &value)
{
    bool ok = false;
    const int id = value.trimmed().toInt(&ok);
    return ok ? id : -1;
}

Result<BatchOperationResponse> parseHttpPart(const Part &part, bool inChangeSet)
{
    BatchOperationResponse r;
    r.inChangeSet = inChangeSet;
    const QByteArray &text = part.body;
    int start = 0;
    while (start < text.size() && (text.at(start) == '\r' || text.at(start) == '\n'))
        ++start;
    int eol = int(text.indexOf('\n', start));
    if (eol < 0)
        eol = int(text.size());
    const QList<QByteArray> statusLine = text.mid(start, eol - start).trimmed().split(' ');
    bool ok = false;
    r.status = statusLine.value(1).toInt(&ok);
    if (!statusLine.value(0).startsWith("HTTP/") || !ok)
        return malformed(QStringLiteral("operation response without a status line"));
    const int bodyStart = readHeaders(text, eol + 1, &r.headers);
    r.body = chopLineEnds(text.mid(bodyStart));
    r.contentId = contentIdOf(part.header("Content-ID"));
    if (r.contentId < 0) {
        for (const HttpHeader &h : r.headers) {
            if (h.first.compare("Content-ID", Qt::CaseInsensitive) == 0)
                r.contentId = contentIdOf(h.second);
        }
    }
    return r;
}

} // namespace

BatchRequest buildChangeSetBatch(const QByteArray &targetPath, const QList<QByteArray> &jsonBodies,
                                 QByteArray batchBoundary, QByteArray changeSetBoundary)
{
    if (batchBoundary.isEmpty())
        batchBoundary = randomBoundary("batch_");
    if (changeSetBoundary.isEmpty())
        changeSetBoundary = randomBoundary("changeset_");
    QByteArray out;
    qsizetype size = 256;
    for (const QByteArray &b : jsonBodies)
        size += b.size() + 200;
    out.reserve(size);
    out += "--" + batchBoundary + "\r\nContent-Type: multipart/mixed;boundary=" + changeSetBoundary + "\r\n\r\n";
    int id = 0;
    for (const QByteArray &json : jsonBodies) {
        out += "--" + changeSetBoundary
            + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: "
            + QByteArray::number(++id) + "\r\n\r\nPOST " + targetPath
            + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n";
    }
    out += "--" + changeSetBoundary + "--\r\n--" + batchBoundary + "--\r\n";
    return {"multipart/mixed;boundary=" + batchBoundary, out};
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

Result<QList<BatchOperationResponse>> parseBatchResponse(const QByteArray &body, const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/mixed"))
        return malformed(QStringLiteral("Content-Type is not multipart/mixed: ") + QString::fromLatin1(contentType.left(60)));
    auto parts = splitMultipart(body, multipartBoundary(contentType));
    if (!parts.ok())
        return parts.error();
    QList<BatchOperationResponse> out;
    for (const Part &part : parts.value()) {
        const QByteArray type = part.header("Content-Type");
        if (type.trimmed().toLower().startsWith("multipart/mixed")) {
            auto inner = splitMultipart(part.body, multipartBoundary(type));
            if (!inner.ok())
                return inner.error();
            for (const Part &p : inner.value()) {
                auto r = parseHttpPart(p, true);
                if (!r.ok())
                    return r.error();
                out.append(r.value());
            }
        } else {
            auto r = parseHttpPart(part, false);
            if (!r.ok())
                return r.error();
            out.append(r.value());
        }
    }
    return out;
}

} // namespace mlc::sapb1
