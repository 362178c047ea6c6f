#pragma once
// How a TLS peer is trusted. TLS is always verified: a self-signed B1 certificate is trusted by
// pinning its SHA-256 fingerprint (shown to the admin on first connect) or by a configured CA file.
#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace mlc {

struct TlsPolicy {
    QByteArray pinnedSha256Hex; // lower-case hex of the leaf certificate's SHA-256, colons allowed
    QString caFile;             // PEM file with extra CA certificates
    bool allowPlainHttpToLoopbackOnly = true;

    // Normalises "AA:BB:..." or "aabb..." to lower-case hex without separators.
    static QByteArray normaliseFingerprint(const QByteArray &text);
    static QByteArray fingerprintOf(const QSslCertificate &cert);
    // True when the handshake errors may be ignored because the leaf matches the pin.
    bool acceptsPinned(const QSslCertificate &leaf, const QList<QSslError> &errors) const;
    // True without a pin; with one, only for the pinned leaf, however the chain validated.
    bool matchesPin(const QSslCertificate &leaf) const;
};

} // namespace mlc
