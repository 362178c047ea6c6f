#include "concurhosts.h"

#include "core/httpclient.h"

namespace mlc::concur {

namespace {

// One DNS label of letters, digits and '-' (no dots: "a.b.api.concursolutions.com" is refused).
bool isSingleLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

} // namespace

bool ConcurHosts::isAllowedConcurHost(const QString &host)
{
    static const QLatin1String suffixes[] = {QLatin1String(".api.concursolutions.com"),
                                             QLatin1String(".api.concurcdc.cn")};
    const QString h = host.toLower();
    for (const QLatin1String &suffix : suffixes) {
        if (h.endsWith(suffix))
            return isSingleLabel(QStringView(h).left(h.size() - suffix.size()));
    }
    return false;
}

Result<QUrl> ConcurHosts::normaliseBaseUrl(const QString &text, bool allowLoopback)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return makeError(QStringLiteral("concur.config"), QStringLiteral("The Concur base URL is empty."));
    if (!s.contains(QLatin1String("://")))
        s.prepend(QLatin1String("https://"));
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return makeError(QStringLiteral("concur.config"),
                         QStringLiteral("The Concur base URL is not a valid URL."), text.left(200));
    }
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const auto refuse = [&](const QString &why) {
        return makeError(QStringLiteral("concur.host_refused"),
                         QStringLiteral("Refusing to talk to %1: %2. Only SAP Concur API hosts "
                                        "(https://*.api.concursolutions.com) are allowed.")
                             .arg(host, why),
                         url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).left(200));
    };
    if (!url.userInfo().isEmpty())
        return refuse(QStringLiteral("the URL carries user credentials"));

    QUrl out;
    out.setScheme(scheme);
    out.setHost(host);
    if (HttpClient::isLoopbackHost(host)) {
        if (!allowLoopback)
            return refuse(QStringLiteral("this computer (loopback) is only allowed in the sandbox, which an "
                                         "administrator enables locally (sandbox/allowLoopback)"));
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return refuse(QStringLiteral("unsupported scheme %1").arg(scheme));
        out.setPort(url.port());
        return out;
    }
    if (scheme != QLatin1String("https"))
        return refuse(QStringLiteral("only HTTPS is allowed off this machine"));
    if (!isAllowedConcurHost(host))
        return refuse(QStringLiteral("not a SAP Concur API host"));
    if (url.port() != -1 && url.port() != 443)
        return refuse(QStringLiteral("unexpected port %1").arg(url.port()));
    return out;
}

} // namespace mlc::concur
