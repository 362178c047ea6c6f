#pragma once
// Hand-written Set-Cookie handling for the Service Layer. The real header is
// `B1SESSION=<id>;HttpOnly;` — no Path and a trailing ';' — which some cookie jars (.NET's
// CookieContainer, famously) drop silently, after which every call fails with 401/301. So the
// cookies are parsed here and sent back only to the Service Layer as `Cookie: B1SESSION=…; ROUTEID=…`.
// Qt joins repeated Set-Cookie headers with '\n'; both the joined and the split form are accepted.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace mlc::sapb1 {

struct SetCookie {
    QByteArray name;
    QByteArray value;
    QByteArray path;   // empty when absent (B1SESSION)
    bool httpOnly = false;
    bool secure = false;
};

class SetCookieParser {
public:
    // One Set-Cookie value ("B1SESSION=abc;HttpOnly;"); nullopt when it has no name=value pair.
    static std::optional<SetCookie> parse(const QByteArray &headerValue);
    // Several values, each of which may itself be several '\n'-joined values.
    static QList<SetCookie> parseAll(const QList<QByteArray> &headerValues);
};

// The cookies of one Service Layer session. Only B1SESSION (mandatory) and ROUTEID (load-balancer
// stickiness) matter; other cookies (CompanyDB on some installations) are kept and echoed too.
class SessionCookieJar {
public:
    // Applies the Set-Cookie values of a response; a cookie with an empty value is removed.
    void update(const QList<QByteArray> &setCookieValues);
    void set(const QByteArray &name, const QByteArray &value);
    // "B1SESSION=…; ROUTEID=…" (session first), empty when there is no cookie.
    QByteArray cookieHeader() const { return m_header; }
    bool hasSession() const;
    QByteArray value(const QByteArray &name) const;
    void clear();

private:
    void rebuildHeader();
    QList<QPair<QByteArray, QByteArray>> m_cookies;
    QByteArray m_header;
};

} // namespace mlc::sapb1
