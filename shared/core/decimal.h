#pragma once
// Exact fixed-point decimal for money: 8 fractional digits (Concur's precision) in a 128-bit
// integer, so 23-digit Concur amounts fit; parsed values are at most 10^20 in magnitude, so sums of
// them cannot overflow. Never converts through double except when reading a JSON number, which is
// taken at its shortest round-trip text (exact for <= 15 significant digits).
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <optional>

namespace mlc {

// GCC/Clang (and mingw-w64) 128-bit integer; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

class Decimal {
public:
    static constexpr int Scale = 8;
    static constexpr int MaxExponent = 20; // fromString() accepts |value| <= 10^MaxExponent

    constexpr Decimal() = default;
    static Decimal fromInt(qint64 whole);
    // Parses "-12.5", "50.00000000", "0E-8", "1.25e2", "+3". Rejects more than 8 fractional
    // digits after applying the exponent, empty strings, thousands separators and magnitudes
    // beyond 10^20.
    static std::optional<Decimal> fromString(QStringView text);
    // A JSON string or number (Concur sends both). Null/undefined -> nullopt.
    static std::optional<Decimal> fromJson(const QJsonValue &value);

    // Round half away from zero to `decimals` (0..8) fractional digits.
    Decimal rounded(int decimals) const;
    bool hasMoreDecimalsThan(int decimals) const { return rounded(decimals) != *this; }

    // Canonical text: no exponent, trailing zeros trimmed to at least `minDecimals`.
    QString toString(int minDecimals = 0) const;
    // Exactly `decimals` fractional digits (the value is rounded half away from zero first).
    QString toFixed(int decimals) const;
    // A JSON number for a payload: the value rounded to `decimals`. Values up to 15 significant
    // digits survive QJsonDocument's shortest-round-trip double printing exactly.
    QJsonValue toJson(int decimals) const;

    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    int sign() const { return m_units < 0 ? -1 : (m_units > 0 ? 1 : 0); }
    Decimal abs() const { return m_units < 0 ? -*this : *this; }

    Decimal operator-() const { Decimal d; d.m_units = -m_units; return d; }
    Decimal operator+(const Decimal &o) const { Decimal d; d.m_units = m_units + o.m_units; return d; }
    Decimal operator-(const Decimal &o) const { Decimal d; d.m_units = m_units - o.m_units; return d; }
    Decimal &operator+=(const Decimal &o) { m_units += o.m_units; return *this; }
    Decimal &operator-=(const Decimal &o) { m_units -= o.m_units; return *this; }
    Decimal operator*(qint64 n) const { Decimal d; d.m_units = m_units * n; return d; }

    bool operator==(const Decimal &o) const { return m_units == o.m_units; }
    bool operator!=(const Decimal &o) const { return m_units != o.m_units; }
    bool operator<(const Decimal &o) const { return m_units < o.m_units; }
    bool operator<=(const Decimal &o) const { return m_units <= o.m_units; }
    bool operator>(const Decimal &o) const { return m_units > o.m_units; }
    bool operator>=(const Decimal &o) const { return m_units >= o.m_units; }

private:
    Int128 m_units = 0; // value * 10^8
};

} // namespace mlc
