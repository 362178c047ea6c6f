#include "simhttpserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace mlc::sim {

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const SimHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString SimRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

SimResponse SimResponse::json(int status, const QByteArray &jsonBody)
{
    SimResponse r;
    r.status = status;
    r.body = jsonBody;
    r.headers.append(SimHeader("Content-Type", "application/json;charset=UTF-8"));
    return r;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse r;
    r.status = status;
    return r;
}

SimResponse SimResponse::dropped()
{
    SimResponse r;
    r.action = Action::Drop;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Request Entity Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

SimHttpServer::SimHttpServer(SimHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

SimHttpServer::~SimHttpServer()
{
    close();
}

bool SimHttpServer::listen(quint16 port, const QSslCertificate &cert, const QSslKey &key)
{
    close();
    if (!cert.isNull() && !key.isNull()) {
        auto *ssl = new QSslServer(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(conf);
        m_server = ssl;
        m_tls = true;
        // QSslServer emits pendingConnectionAvailable only after the handshake.
        connect(ssl, &QSslServer::pendingConnectionAvailable, this, &SimHttpServer::onNewConnection);
    } else {
        m_server = new QTcpServer(this);
        m_tls = false;
        connect(m_server, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
    }
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 SimHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString SimHttpServer::baseUrl() const
{
    return m_tls ? QStringLiteral("https://localhost:%1").arg(port())
                 : QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void SimHttpServer::close()
{
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void SimHttpServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SimHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer.append(socket->readAll());
    if (!it->busy)
        process(socket);
}

void SimHttpServer::process(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return;
    QByteArray &buf = it->buffer;
    const int headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buf.size() > 64 * 1024) {
            socket->abort();
        }
        return;
    }
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    SimRequest req;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 2) {
        socket->abort();
        return;
    }
    req.method = requestLine.at(0);
    req.target = requestLine.at(1);
    qint64 contentLength = 0;
    bool chunked = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        req.headers.append(SimHeader(name, value));
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 && value.toLower().contains("chunked"))
            chunked = true;
    }
    if (buf.size() < headerEnd + 4 + contentLength)
        return; // wait for the rest of the body
    req.body = buf.mid(headerEnd + 4, contentLength);
    buf.remove(0, headerEnd + 4 + contentLength);

    const int q = req.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? req.target : req.target.left(q);
    req.path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0) {
        // '+' is a literal plus in OData query strings; QUrlQuery keeps it as is.
        req.query.setQuery(QString::fromUtf8(req.target.mid(q + 1)));
    }
    req.localPort = socket->localPort();
    req.tls = m_tls;

    SimResponse response;
    if (chunked) {
        // Concur does not support chunked transfer-encoding (400); neither do we.
        response = SimResponse::json(400, R"({"error":"chunked transfer-encoding is not supported"})");
        response.action = SimResponse::Action::RespondThenClose;
    } else {
        response = m_handler(req);
    }

    it->busy = true;
    QPointer<QTcpSocket> guard(socket);
    auto finish = [this, guard, response] {
        if (!guard)
            return;
        auto cit = m_connections.find(guard.data());
        if (cit == m_connections.end())
            return;
        if (response.action == SimResponse::Action::Drop) {
            m_connections.erase(cit);
            guard->abort();
            guard->deleteLater();
            return;
        }
        writeResponse(guard.data(), response);
        if (response.action == SimResponse::Action::RespondThenClose) {
            m_connections.erase(cit);
            guard->disconnectFromHost();
            return;
        }
        cit->busy = false;
        if (!cit->buffer.isEmpty())
            process(guard.data());
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, finish);
    else
        finish();
}

void SimHttpServer::writeResponse(QTcpSocket *socket, const SimResponse &response)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const SimHeader &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (response.action == SimResponse::Action::RespondThenClose)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    socket->write(out);
}

} // namespace mlc::sim
