#include "jsonfields.h"

#include <QDateTime>

namespace mlc::accounting::fields {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double: {
        // Keys such as reportKey 345 arrive as numbers: whole numbers print directly.
        const double v = value.toDouble();
        if (v >= -9.0e15 && v <= 9.0e15 && v == static_cast<double>(static_cast<qint64>(v)))
            return QString::number(static_cast<qint64>(v));
        if (const auto d = Decimal::fromJson(value))
            return d->toString();
        return {};
    }
    default:
        return {};
    }
}

Amount amount(const QJsonValue &value)
{
    Amount a;
    if (value.isNull() || value.isUndefined())
        return a;
    if (value.isString()) {
        const QString s = value.toString();
        if (s.trimmed().isEmpty())
            return a;
        if (const auto d = Decimal::fromString(s)) {
            a.status = Amount::Ok;
            a.value = *d;
        } else {
            a.status = Amount::Invalid;
            a.raw = s;
        }
        return a;
    }
    if (value.isDouble()) {
        // Fast path for whole numbers (most Concur amounts in JSON-number form): exact, no text.
        const double v = value.toDouble();
        if (v >= -9.0e15 && v <= 9.0e15 && v == static_cast<double>(static_cast<qint64>(v))) {
            a.status = Amount::Ok;
            a.value = Decimal::fromInt(static_cast<qint64>(v));
            return a;
        }
        if (const auto d = Decimal::fromJson(value)) {
            a.status = Amount::Ok;
            a.value = *d;
        } else {
            a.status = Amount::Invalid;
            a.raw = QString::number(value.toDouble());
        }
        return a;
    }
    a.status = Amount::Invalid;
    a.raw = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                           : (value.isArray() ? QStringLiteral("[array]") : QStringLiteral("{object}"));
    return a;
}

QJsonArray items(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    if (!value.isNull() && !value.isUndefined())
        *ok = false;
    return {};
}

namespace {

// Parses exactly `len` ASCII digits at `pos`; -1 if any is not a digit.
int digits(QStringView s, int pos, int len)
{
    if (pos < 0 || pos + len > s.size())
        return -1;
    int v = 0;
    for (int i = pos; i < pos + len; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

} // namespace

QDate date(QStringView s)
{
    s = s.trimmed();
    if (s.size() >= 10 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-')) {
        if (s.size() > 10 && s[10] != QLatin1Char('T') && s[10] != QLatin1Char(' '))
            return {};
        const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
        if (y < 0 || m < 0 || d < 0)
            return {};
        return QDate(y, m, d);
    }
    // US style: month first (Concur's invoice samples: "08/08/2018").
    const int slash1 = s.indexOf(QLatin1Char('/'));
    const int slash2 = slash1 < 0 ? -1 : s.indexOf(QLatin1Char('/'), slash1 + 1);
    if (slash1 < 1 || slash1 > 2 || slash2 < 0)
        return {};
    const int dayLen = slash2 - slash1 - 1;
    if (dayLen < 1 || dayLen > 2)
        return {};
    const int m = digits(s, 0, slash1);
    const int d = digits(s, slash1 + 1, dayLen);
    int yLen = s.size() - slash2 - 1;
    // Tolerate a time part after the year ("08/08/2018 00:00:00").
    const int space = s.indexOf(QLatin1Char(' '), slash2);
    if (space > 0)
        yLen = space - slash2 - 1;
    if (yLen != 4)
        return {};
    const int y = digits(s, slash2 + 1, 4);
    if (m < 0 || d < 0 || y < 0)
        return {};
    return QDate(y, m, d);
}

QDate instantDate(QStringView s, const QTimeZone &zone)
{
    s = s.trimmed();
    const QDate day = date(s.left(10));
    if (s.size() <= 10 || (s[10] != QLatin1Char('T') && s[10] != QLatin1Char(' ')) || !day.isValid())
        return date(s); // a date without a time: nothing to convert
    // hh:mm[:ss[.fraction]]
    const int h = digits(s, 11, 2);
    const int m = s.size() > 13 && s[13] == QLatin1Char(':') ? digits(s, 14, 2) : -1;
    if (h < 0 || m < 0)
        return {};
    int pos = 16;
    int sec = 0;
    int ms = 0;
    if (pos < s.size() && s[pos] == QLatin1Char(':')) {
        sec = digits(s, pos + 1, 2);
        if (sec < 0)
            return {};
        pos += 3;
        if (pos < s.size() && (s[pos] == QLatin1Char('.') || s[pos] == QLatin1Char(','))) {
            ++pos;
            int n = 0;
            for (; pos < s.size() && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9'; ++pos, ++n) {
                if (n < 3)
                    ms = ms * 10 + (s[pos].unicode() - u'0');
            }
            if (n == 0)
                return {};
            for (; n < 3; ++n)
                ms *= 10;
        }
    }
    const QTime time(h, m, sec, ms);
    if (!time.isValid())
        return {};
    if (pos == s.size())
        return day; // no zone designator: a local date-time, taken as sent
    // Zone designator: Z, or ±hh[[:]mm].
    int offsetSeconds = 0;
    const QChar z = s[pos];
    if (z == QLatin1Char('Z') || z == QLatin1Char('z')) {
        if (pos + 1 != s.size())
            return {};
    } else if (z == QLatin1Char('+') || z == QLatin1Char('-')) {
        const QStringView rest = s.mid(pos + 1);
        int oh = -1, om = 0;
        if (rest.size() == 2) {
            oh = digits(rest, 0, 2);
        } else if (rest.size() == 4) {
            oh = digits(rest, 0, 2);
            om = digits(rest, 2, 2);
        } else if (rest.size() == 5 && rest[2] == QLatin1Char(':')) {
            oh = digits(rest, 0, 2);
            om = digits(rest, 3, 2);
        }
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return {};
        offsetSeconds = (oh * 3600 + om * 60) * (z == QLatin1Char('-') ? -1 : 1);
    } else {
        return {};
    }
    if (!zone.isValid())
        return {};
    // UTC = local wall time - offset; then the wall date in the company's zone (DST included).
    const QDateTime utc = QDateTime(day, time, Qt::UTC).addSecs(-offsetSeconds);
    return utc.toTimeZone(zone).date();
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

QString cut(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    int n = max;
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n).trimmed();
}

} // namespace mlc::accounting::fields
