#include "odataquery.h"

#include <algorithm>

namespace mlc::sim {

namespace {

Error queryError(const QString &message)
{
    return makeError(QStringLiteral("odata.query"), message);
}

bool parseCount(const QString &text, int *out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool nullA = a.isNull() || a.isUndefined();
    const bool nullB = b.isNull() || b.isUndefined();
    if (nullA || nullB)
        return nullA == nullB ? 0 : (nullA ? -1 : 1);
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const int c = a.toVariant().toString().compare(b.toVariant().toString());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

Result<ODataQuery> ODataQuery::fromUrlQuery(const QUrlQuery &query, bool odataV4)
{
    ODataQuery q;
    const auto value = [&](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    if (query.hasQueryItem(QStringLiteral("$filter"))) {
        auto f = ODataFilter::parse(value("$filter"));
        if (!f.ok())
            return f.error();
        q.filter = std::move(f.value());
    }
    if (query.hasQueryItem(QStringLiteral("$select"))) {
        for (const QString &s : value("$select").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString p = s.trimmed();
            if (!p.isEmpty() && p != QLatin1String("*"))
                q.select.append(p);
        }
    }
    if (query.hasQueryItem(QStringLiteral("$orderby"))) {
        for (const QString &s : value("$orderby").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = s.simplified().split(QLatin1Char(' '));
            ODataOrderKey key;
            key.property = parts.value(0);
            if (parts.size() > 2 || key.property.isEmpty())
                return queryError(QStringLiteral("Invalid $orderby expression '%1'").arg(s.trimmed()));
            if (parts.size() == 2) {
                if (parts[1] == QLatin1String("desc"))
                    key.descending = true;
                else if (parts[1] != QLatin1String("asc"))
                    return queryError(QStringLiteral("Invalid $orderby direction '%1'").arg(parts[1]));
            }
            q.orderBy.append(key);
        }
    }
    if (query.hasQueryItem(QStringLiteral("$top")) && !parseCount(value("$top"), &q.top))
        return queryError(QStringLiteral("Invalid $top value '%1'").arg(value("$top")));
    if (query.hasQueryItem(QStringLiteral("$skip")) && !parseCount(value("$skip"), &q.skip))
        return queryError(QStringLiteral("Invalid $skip value '%1'").arg(value("$skip")));
    if (query.hasQueryItem(QStringLiteral("$inlinecount"))) {
        // MAN §3.7: "applies to OData 3.0 protocols only"; any value other than allpages/none -> 400.
        const QString v = value("$inlinecount");
        if (odataV4 || (v != QLatin1String("allpages") && v != QLatin1String("none")))
            return queryError(QStringLiteral("Invalid $inlinecount value '%1'").arg(v));
        q.inlineCount = v == QLatin1String("allpages");
    }
    if (odataV4 && query.hasQueryItem(QStringLiteral("$count"))) {
        const QString v = value("$count");
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return queryError(QStringLiteral("Invalid $count value '%1'").arg(v));
        q.inlineCount = v == QLatin1String("true");
    }
    return q;
}

void ODataQuery::sort(QList<const QJsonObject *> &rows) const
{
    if (orderBy.isEmpty())
        return;
    std::stable_sort(rows.begin(), rows.end(), [this](const QJsonObject *a, const QJsonObject *b) {
        for (const ODataOrderKey &k : orderBy) {
            const int c = compareValues(a->value(k.property), b->value(k.property));
            if (c != 0)
                return k.descending ? c > 0 : c < 0;
        }
        return false;
    });
}

QJsonObject ODataQuery::project(const QJsonObject &row) const
{
    if (select.isEmpty())
        return row;
    QJsonObject out;
    for (const QString &p : select) {
        const auto it = row.constFind(p);
        if (it != row.constEnd())
            out.insert(p, *it);
    }
    return out;
}

} // namespace mlc::sim
