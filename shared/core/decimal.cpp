#include "decimal.h"

#include <QLocale>

namespace mlc {
namespace {

constexpr Int128 pow10(int n)
{
    Int128 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

constexpr Int128 kOne = pow10(Decimal::Scale);
// Digits read while parsing (38 fit in a signed 128-bit integer).
constexpr int kMaxDigits = 36;
// Largest magnitude parsed: 10^20 (Concur's amounts have up to 15 integer digits). A sum of such
// values overflows the 128-bit units only after 1.7e10 of them, which no document can carry; and
// rounding never takes a parsed value beyond it, so fromString() reads back what toFixed() writes.
constexpr Int128 kMaxUnits = pow10(Decimal::MaxExponent + Decimal::Scale);

} // namespace

Decimal Decimal::fromInt(qint64 whole)
{
    Decimal d;
    d.m_units = static_cast<Int128>(whole) * kOne;
    return d;
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    int i = 0;
    bool negative = false;
    if (text[0] == QLatin1Char('-') || text[0] == QLatin1Char('+')) {
        negative = text[0] == QLatin1Char('-');
        ++i;
    }
    Int128 digits = 0;
    int digitCount = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            seenDigit = true;
            if (digits != 0 || c != QLatin1Char('0'))
                ++digitCount;
            if (digitCount > kMaxDigits)
                return std::nullopt;
            digits = digits * 10 + (c.unicode() - '0');
            if (seenPoint)
                ++fracDigits;
        } else if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    int exponent = 0;
    if (i < text.size()) {
        if (text[i] != QLatin1Char('e') && text[i] != QLatin1Char('E'))
            return std::nullopt;
        bool ok = false;
        exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || exponent > kMaxDigits || exponent < -kMaxDigits)
            return std::nullopt;
    }
    // value = digits * 10^(exponent - fracDigits); units = value * 10^Scale
    int shift = Scale + exponent - fracDigits;
    if (shift < 0) {
        // Only trailing zeros may be dropped: more than 8 real decimals is rejected.
        const Int128 div = pow10(-shift);
        if (-shift > kMaxDigits || digits % div != 0)
            return std::nullopt;
        digits /= div;
    } else {
        if (digitCount + shift > kMaxDigits)
            return std::nullopt;
        digits *= pow10(shift);
    }
    if (digits > kMaxUnits)
        return std::nullopt;
    Decimal d;
    d.m_units = negative ? -digits : digits;
    return d;
}

std::optional<Decimal> Decimal::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return fromString(value.toString());
    if (value.isDouble())
        return fromString(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    return std::nullopt;
}

Decimal Decimal::rounded(int decimals) const
{
    if (decimals >= Scale)
        return *this;
    if (decimals < 0)
        decimals = 0;
    const Int128 step = pow10(Scale - decimals);
    const Int128 magnitude = m_units < 0 ? -m_units : m_units;
    Int128 q = magnitude / step;
    if ((magnitude % step) * 2 >= step)
        ++q; // half away from zero
    Decimal d;
    d.m_units = (m_units < 0 ? -q : q) * step;
    return d;
}

QString Decimal::toFixed(int decimals) const
{
    if (decimals < 0)
        decimals = 0;
    if (decimals > Scale)
        decimals = Scale;
    const Decimal r = rounded(decimals);
    Int128 magnitude = r.m_units < 0 ? -r.m_units : r.m_units;
    Int128 whole = magnitude / kOne;
    Int128 frac = (magnitude % kOne) / pow10(Scale - decimals);
    QString wholeText;
    do {
        wholeText.prepend(QChar(u'0' + static_cast<int>(whole % 10)));
        whole /= 10;
    } while (whole > 0);
    QString out = (r.m_units < 0 ? QStringLiteral("-") : QString()) + wholeText;
    if (decimals > 0) {
        QString fracText;
        for (int k = 0; k < decimals; ++k) {
            fracText.prepend(QChar(u'0' + static_cast<int>(frac % 10)));
            frac /= 10;
        }
        out += QLatin1Char('.') + fracText;
    }
    return out;
}

QString Decimal::toString(int minDecimals) const
{
    QString s = toFixed(Scale);
    const int point = s.indexOf(QLatin1Char('.'));
    int keep = s.size();
    while (keep > point + 1 + minDecimals && s[keep - 1] == QLatin1Char('0'))
        --keep;
    if (keep == point + 1)
        --keep;
    s.truncate(keep);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QJsonValue Decimal::toJson(int decimals) const
{
    return QJsonValue(toFixed(decimals).toDouble());
}

} // namespace mlc
