#include "httpclient.h"

#include "logging.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace mlc {

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

bool HttpClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    HttpResponse response;
    ++m_requests;
    const QString scheme = request.url.scheme().toLower();
    if (scheme != QLatin1String("https")
        && (scheme != QLatin1String("http")
            || (m_policy.allowPlainHttpToLoopbackOnly && !isLoopbackHost(request.url.host())))) {
        response.error = TransportError::PolicyRefused;
        response.errorString = QStringLiteral("plain HTTP is only allowed to loopback (%1)").arg(request.url.host());
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

    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
        ? m_nam->get(req)
        : m_nam->sendCustomRequest(req, request.method, request.body);

    bool timedOut = false;
    bool tlsRefused = false;
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
    if (request.timeoutMs > 0)
        timer.start(request.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    const QNetworkReply::NetworkError err = reply->error();
    if (timedOut) {
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
