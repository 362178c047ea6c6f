#include "setcookieparser.h"

namespace mlc::sapb1 {

namespace {
const QByteArray kSession = QByteArrayLiteral("B1SESSION");
}

std::optional<SetCookie> SetCookieParser::parse(const QByteArray &headerValue)
{
    const QList<QByteArray> attributes = headerValue.split(';');
    const QByteArray first = attributes.value(0).trimmed();
    const int eq = first.indexOf('=');
    if (eq <= 0)
        return std::nullopt;
    SetCookie cookie;
    cookie.name = first.left(eq).trimmed();
    cookie.value = first.mid(eq + 1).trimmed();
    if (cookie.value.size() >= 2 && cookie.value.startsWith('"') && cookie.value.endsWith('"'))
        cookie.value = cookie.value.mid(1, cookie.value.size() - 2);
    // Attributes are case-insensitive; empty ones (the trailing ';') are skipped.
    for (int i = 1; i < attributes.size(); ++i) {
        const QByteArray attr = attributes.at(i).trimmed();
        if (attr.isEmpty())
            continue;
        const int aeq = attr.indexOf('=');
        const QByteArray key = (aeq < 0 ? attr : attr.left(aeq)).trimmed().toLower();
        if (key == "httponly")
            cookie.httpOnly = true;
        else if (key == "secure")
            cookie.secure = true;
        else if (key == "path" && aeq > 0)
            cookie.path = attr.mid(aeq + 1).trimmed();
    }
    return cookie;
}

QList<SetCookie> SetCookieParser::parseAll(const QList<QByteArray> &headerValues)
{
    QList<SetCookie> out;
    for (const QByteArray &joined : headerValues) {
        for (const QByteArray &one : joined.split('\n')) {
            if (auto c = parse(one.trimmed()))
                out.append(*c);
        }
    }
    return out;
}

void SessionCookieJar::update(const QList<QByteArray> &setCookieValues)
{
    const QList<SetCookie> cookies = SetCookieParser::parseAll(setCookieValues);
    if (cookies.isEmpty())
        return;
    for (const SetCookie &c : cookies) {
        int index = -1;
        for (int i = 0; i < m_cookies.size(); ++i) {
            if (m_cookies.at(i).first == c.name) {
                index = i;
                break;
            }
        }
        if (c.value.isEmpty()) {
            if (index >= 0)
                m_cookies.removeAt(index);
        } else if (index >= 0) {
            m_cookies[index].second = c.value;
        } else if (c.name == kSession) {
            m_cookies.prepend({c.name, c.value});
        } else {
            m_cookies.append({c.name, c.value});
        }
    }
    rebuildHeader();
}

void SessionCookieJar::set(const QByteArray &name, const QByteArray &value)
{
    update({name + '=' + value});
}

bool SessionCookieJar::hasSession() const
{
    return !value(kSession).isEmpty();
}

QByteArray SessionCookieJar::value(const QByteArray &name) const
{
    for (const auto &c : m_cookies) {
        if (c.first == name)
            return c.second;
    }
    return {};
}

void SessionCookieJar::clear()
{
    m_cookies.clear();
    m_header.clear();
}

void SessionCookieJar::rebuildHeader()
{
    m_header.clear();
    for (const auto &c : m_cookies) {
        if (!m_header.isEmpty())
            m_header += "; ";
        m_header += c.first + '=' + c.second;
    }
}

} // namespace mlc::sapb1
