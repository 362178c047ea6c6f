#include "httpclient.h"

#include "logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>

#include <cstring>
#include <QFile>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace mlc {

namespace {

// Upload body for non-idempotent requests. Qt's HTTP/1 stack silently re-sends a request whose
// connection closed before any answer (QHttpNetworkConnectionChannel::reconnectAttempts), POSTs
// included: after a server committed a journal entry and the connection dropped, B1 would get it
// twice. A sequential device that refuses reset() (with DoNotBufferUploadDataAttribute) makes QNAM
// fail with ContentReSendError instead, which we report as Dropped (outcome unknown).
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : h.second.split('\n')) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
    }
    return out;
}

HttpClient::HttpClient(const TlsPolicy &policy)
    : m_policy(policy)
    , m_nam(new QNetworkAccessManager)
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient()
{
    delete m_nam;
}

void HttpClient::setTlsPolicy(const TlsPolicy &policy)
{
    m_policy = policy;
    m_nam->clearConnectionCache();
}

bool HttpClient::isLoopbackHost(const QString &host)
{
    return TlsPolicy::isLoopbackHost(host);
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    HttpResponse response;
    ++m_requests;
    const QString scheme = request.url.scheme().toLower();
    // Plain HTTP never leaves this machine; this machine itself only in the sandbox.
    if (const QString why = m_policy.refusal(request.url); !why.isEmpty()) {
        response.error = TransportError::PolicyRefused;
        response.errorString = why;
        return response;
    }

    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(0); // our own timer below decides
    for (const HttpHeader &h : request.headers)
        req.setRawHeader(h.first, h.second);
    if (scheme == QLatin1String("https") && !m_policy.caFile.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(QSslCertificate::fromPath(m_policy.caFile, QSsl::Pem));
        req.setSslConfiguration(conf);
    }

    QNetworkReply *reply = nullptr;
    if (request.body.isEmpty() && request.method == "GET") {
        reply = m_nam->get(req);
    } else if (!request.body.isEmpty() && !isIdempotent(request.method)) {
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body);
        reply = m_nam->sendCustomRequest(req, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_nam->sendCustomRequest(req, request.method, request.body);
    }

    bool timedOut = false;
    bool tlsRefused = false;
    bool tooLarge = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        const QSslCertificate leaf = chain.isEmpty() ? QSslCertificate() : chain.first();
        if (m_policy.acceptsPinned(leaf, errors)) {
            reply->ignoreSslErrors(errors);
        } else {
            tlsRefused = true;
            response.peerChain = chain;
        }
    });
    // A pin names the one certificate to trust, also when the chain validates through the system
    // or configured CAs (sslErrors is then never emitted): check the leaf once the handshake is
    // done, before any request byte is sent (QNetworkReply::encrypted). A kept-alive connection
    // was checked when it was made; setTlsPolicy() drops those.
    QObject::connect(reply, &QNetworkReply::encrypted, &loop, [&] {
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        const QSslCertificate leaf = chain.isEmpty() ? QSslCertificate() : chain.first();
        if (!m_policy.matchesPin(leaf)) {
            tlsRefused = true;
            response.peerChain = chain;
            reply->abort();
        }
    });
    // The size cap: the declared length as soon as the headers are in, then what has arrived
    // (QNetworkReply buffers it, decompressed, until we read it at the end).
    const auto checkSize = [&] {
        if (tooLarge || request.maxResponseBytes <= 0)
            return;
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > request.maxResponseBytes || reply->bytesAvailable() > request.maxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, checkSize);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, checkSize);
    if (request.timeoutMs > 0)
        timer.start(request.timeoutMs);
    if (!reply->isFinished()) {
        // In the tray, clicks and keys must not re-enter the UI while a request blocks. A windowless
        // program has no user input, and on Windows the flag would also hold back the WM_CLOSE that
        // asks the console service to stop (taskkill, QProcess::terminate) until the cycle ends.
        static const bool gui = QCoreApplication::instance() && QCoreApplication::instance()->inherits("QGuiApplication");
        loop.exec(gui ? QEventLoop::ExcludeUserInputEvents : QEventLoop::AllEvents);
    }
    timer.stop();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    checkSize(); // a small answer may have arrived in one piece together with finished()
    if (!tooLarge)
        response.body = reply->readAll();
    const QNetworkReply::NetworkError err = reply->error();
    if (tooLarge) {
        response.error = TransportError::TooLarge;
        response.errorString = QStringLiteral("the answer is larger than %1 bytes").arg(request.maxResponseBytes);
    } else if (timedOut) {
        response.error = TransportError::Timeout;
        response.errorString = QStringLiteral("no answer within %1 ms").arg(request.timeoutMs);
    } else if (tlsRefused || err == QNetworkReply::SslHandshakeFailedError) {
        response.error = TransportError::Tls;
        response.errorString = reply->errorString();
    } else if (response.status == 0 && err != QNetworkReply::NoError) {
        switch (err) {
        case QNetworkReply::ConnectionRefusedError:
            response.error = TransportError::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            response.error = TransportError::HostNotFound;
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // a non-idempotent request was not replayed
            response.error = TransportError::Dropped;
            break;
        default:
            response.error = TransportError::Other;
            break;
        }
        response.errorString = reply->errorString();
    }
    if (response.transportFailed())
        qCDebug(lcHttp) << request.method << request.url.toString(QUrl::RemoveQuery) << response.errorString;
    // The reply is finished and no longer referenced by the manager: delete it now so a long
    // blocking cycle does not pile up replies waiting for deleteLater.
    reply->disconnect();
    delete reply;
    return response;
}

} // namespace mlc

#ifdef Q_OS_WIN
#include <QCoreApplication>
#include <QSslSocket>
// Windows (mingw-w64 runtime): when the first Qt plugin of a process is loaded by a secondary
// thread (the TLS backend on the sync thread's first HTTPS call, the QSQLITE driver, a simulator
// thread), the process deadlocks at exit in libwinpthread while libstdc++-6.dll detaches: the
// service would never stop, a test would time out. Seen under wine 8. Loading the TLS backend in
// the main thread when QCoreApplication is constructed avoids it (later plugin loads in other
// threads are then fine).
static void mlcLoadTlsBackendInMainThread()
{
    QSslSocket::activeBackend();
}
Q_COREAPP_STARTUP_FUNCTION(mlcLoadTlsBackendInMainThread)
#endif
