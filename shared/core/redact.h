#pragma once
// Secrets are redacted at the source: anything that may carry a token, password or cookie goes
// through these helpers before it reaches a log line, an audit row or an error detail.
#include <QByteArray>
#include <QString>

namespace mlc {

// Replaces values of sensitive form fields / JSON members / headers with "***".
QString redactText(const QString &text);
// A short, non-reversible fingerprint of a secret for correlation in logs ("sha256:1a2b3c4d").
QString secretFingerprint(const QByteArray &secret);

} // namespace mlc
