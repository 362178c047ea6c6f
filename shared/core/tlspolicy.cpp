#include "tlspolicy.h"

#include <QHostAddress>

namespace mlc {

bool TlsPolicy::isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address(h);
    if (address.isNull())
        return false;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // also ::ffff:127.0.0.1
    if (mapped)
        address = QHostAddress(v4);
    return address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
}

QString TlsPolicy::refusal(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QStringLiteral("unsupported scheme \"%1\"").arg(scheme);
    if (isLoopbackHost(host)) {
        if (!allowLoopback)
            return QStringLiteral("%1 is this computer (loopback), which only the sandbox may use "
                                  "(an administrator sets sandbox/allowLoopback locally)")
                .arg(host);
        return {};
    }
    if (scheme == QLatin1String("http"))
        return QStringLiteral("plain HTTP to %1 is refused; use HTTPS").arg(host);
    return {};
}

QByteArray TlsPolicy::normaliseFingerprint(const QByteArray &text)
{
    QByteArray out;
    for (char c : text) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
            out.append(c);
        else if (c >= 'A' && c <= 'F')
            out.append(char(c - 'A' + 'a'));
    }
    return out;
}

QByteArray TlsPolicy::fingerprintOf(const QSslCertificate &cert)
{
    return cert.digest(QCryptographicHash::Sha256).toHex();
}

bool TlsPolicy::matchesPin(const QSslCertificate &leaf) const
{
    const QByteArray pin = normaliseFingerprint(pinnedSha256Hex);
    return pin.isEmpty() || (!leaf.isNull() && fingerprintOf(leaf) == pin);
}

bool TlsPolicy::acceptsPinned(const QSslCertificate &leaf, const QList<QSslError> &errors) const
{
    const QByteArray pin = normaliseFingerprint(pinnedSha256Hex);
    if (pin.isEmpty() || leaf.isNull() || fingerprintOf(leaf) != pin)
        return false;
    // With a matching pin, trust-chain and host-name errors are expected (self-signed); an expired
    // or revoked certificate is still refused.
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch:
        case QSslError::UnableToGetIssuerCertificate:
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace mlc
