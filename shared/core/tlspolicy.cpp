#include "tlspolicy.h"

namespace mlc {

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
