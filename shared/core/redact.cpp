#include "redact.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace mlc {

QString redactText(const QString &text)
{
    // form fields (a=b&c=d), JSON members ("a":"b") and headers (Authorization: Bearer x, Cookie: x)
    static const QRegularExpression form(
        QStringLiteral("((?:client_secret|password|refresh_token|access_token|id_token|Password)=)[^&\\s]*"));
    static const QRegularExpression json(QStringLiteral(
        "(\"(?:client_secret|password|Password|refresh_token|access_token|id_token|SessionId)\"\\s*:\\s*\")[^\"]*"));
    static const QRegularExpression header(QStringLiteral(
        "((?:Authorization|Cookie|Set-Cookie)\\s*:\\s*)[^\\r\\n]*"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression session(QStringLiteral("(B1SESSION=)[^;\\s]*"));
    QString out = text;
    out.replace(form, QStringLiteral("\\1***"));
    out.replace(json, QStringLiteral("\\1***"));
    out.replace(header, QStringLiteral("\\1***"));
    out.replace(session, QStringLiteral("\\1***"));
    return out;
}

QString secretFingerprint(const QByteArray &secret)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8));
}

} // namespace mlc
