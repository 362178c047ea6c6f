#include "odata.h"

#include <QUrl>

namespace mlc::sapb1 {

QString odataQuote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            out += QLatin1Char('\'');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QByteArray odataEncode(const QString &value)
{
    static const QByteArray keepLiteral = QByteArrayLiteral("'(),:/$");
    return QUrl::toPercentEncoding(value, keepLiteral);
}

QByteArray ODataQuery::toQueryString() const
{
    QByteArray out;
    const auto add = [&out](const char *name, const QString &value) {
        if (value.isEmpty())
            return;
        if (!out.isEmpty())
            out += '&';
        out += name;
        out += '=';
        out += odataEncode(value);
    };
    add("$filter", filter);
    add("$select", select);
    add("$orderby", orderby);
    if (top >= 0)
        add("$top", QString::number(top));
    if (skip > 0)
        add("$skip", QString::number(skip));
    return out;
}

QString nextLinkOf(const QJsonObject &page)
{
    QString link = page.value(QLatin1String("odata.nextLink")).toString();
    if (link.isEmpty())
        link = page.value(QLatin1String("@odata.nextLink")).toString();
    return link;
}

int skipFromNextLink(const QString &link)
{
    const int q = link.indexOf(QLatin1Char('?'));
    if (q < 0)
        return -1;
    const QString query = link.mid(q + 1);
    for (const QStringView item : QStringView(query).split(QLatin1Char('&'))) {
        QStringView key = item;
        QStringView value;
        const int eq = int(item.indexOf(QLatin1Char('=')));
        if (eq >= 0) {
            key = item.left(eq);
            value = item.mid(eq + 1);
        }
        if (key == QLatin1String("$skip") || key.compare(QLatin1String("%24skip"), Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int n = value.toInt(&ok);
            return ok && n >= 0 ? n : -1;
        }
    }
    return -1;
}

} // namespace mlc::sapb1
