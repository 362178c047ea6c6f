#pragma once
// How a TLS peer is trusted. TLS is always verified: a self-signed B1 certificate is trusted by
// pinning its SHA-256 fingerprint (shown to the admin on first connect) or by a configured CA file.
#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace mlc {

struct TlsPolicy {
    QByteArray pinnedSha256Hex; // lower-case hex of the leaf certificate's SHA-256, colons allowed
    QString caFile;             // PEM file with extra CA certificates
    // The sandbox (setting sandbox/allowLoopback, which an admin sets locally, never over the pipe):
    // endpoints on this machine (loopback, over HTTPS or plain HTTP) for the simulators. Without it
    // both are refused; plain HTTP never leaves this machine either way (issue #7 item 8: a local
    // listener must not receive a password or a client secret).
    bool allowLoopback = false;

    // Empty when a request to `url` may be sent under this policy, else why not.
    QString refusal(const QUrl &url) const;
    // localhost (also "x.localhost", "localhost."), 127.0.0.0/8, ::1, their IPv4-mapped forms and
    // the unspecified addresses (0.0.0.0 and :: reach this machine too).
    static bool isLoopbackHost(const QString &host);

    // Normalises "AA:BB:..." or "aabb..." to lower-case hex without separators.
    static QByteArray normaliseFingerprint(const QByteArray &text);
    static QByteArray fingerprintOf(const QSslCertificate &cert);
    // True when the handshake errors may be ignored because the leaf matches the pin.
    bool acceptsPinned(const QSslCertificate &leaf, const QList<QSslError> &errors) const;
    // True without a pin; with one, only for the pinned leaf, however the chain validated.
    bool matchesPin(const QSslCertificate &leaf) const;
};

} // namespace mlc
