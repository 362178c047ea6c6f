#include "reviewreason.h"

#include <QJsonArray>

namespace mlc::accounting {

QJsonObject ReviewReason::toJson() const
{
    QJsonObject o{{QLatin1String("code"), code}, {QLatin1String("message"), message}};
    if (!blockerKey.isEmpty())
        o.insert(QLatin1String("blockerKey"), blockerKey);
    if (!candidates.isEmpty())
        o.insert(QLatin1String("candidates"), QJsonArray::fromStringList(candidates));
    if (!args.isEmpty())
        o.insert(QLatin1String("args"), args);
    return o;
}

ReviewReason ReviewReason::fromJson(const QJsonObject &o)
{
    ReviewReason r;
    r.code = o.value(QLatin1String("code")).toString();
    r.message = o.value(QLatin1String("message")).toString();
    r.blockerKey = o.value(QLatin1String("blockerKey")).toString();
    const QJsonArray c = o.value(QLatin1String("candidates")).toArray();
    for (const QJsonValue &v : c)
        r.candidates.append(v.toString());
    r.args = o.value(QLatin1String("args")).toObject(); // absent in rows written before args existed
    return r;
}

} // namespace mlc::accounting
