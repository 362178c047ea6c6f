#include "b1json.h"

#include <cmath>

namespace mlc::sapb1 {

bool b1Bool(const QJsonValue &v, bool fallback)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0.0;
    if (!v.isString())
        return fallback;
    const QString s = v.toString().trimmed();
    if (s.compare(QLatin1String("tYES"), Qt::CaseInsensitive) == 0 || s.compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1"))
        return true;
    if (s.compare(QLatin1String("tNO"), Qt::CaseInsensitive) == 0 || s.compare(QLatin1String("N"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("NO"), Qt::CaseInsensitive) == 0
        || s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || s == QLatin1String("0"))
        return false;
    return fallback;
}

qint64 b1Int(const QJsonValue &v, qint64 fallback)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) ? qint64(d) : fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QString b1String(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace mlc::sapb1
