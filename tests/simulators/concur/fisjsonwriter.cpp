#include "fisjsonwriter.h"

#include "core/decimal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QVarLengthArray>
#include <utility>
#include <algorithm>
#include <cmath>

namespace mlc::sim {

FisJsonWriter::FisJsonWriter(quint32 seed, bool shuffleKeys)
    : m_rng(seed)
    , m_shuffle(shuffleKeys)
{
}

QByteArray FisJsonWriter::write(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(4096);
    append(out, value, false);
    return out;
}

QByteArray FisJsonWriter::write(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    appendObject(out, object);
    return out;
}

QByteArray FisJsonWriter::write(const QJsonArray &array)
{
    QByteArray out;
    out.reserve(256);
    appendArray(out, array, false);
    return out;
}

bool FisJsonWriter::isBigDecimalKey(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("requestTotal"),       QStringLiteral("amountNetInvoice"),
        QStringLiteral("amountShippingTotal"), QStringLiteral("amountTaxTotal"),
        QStringLiteral("lineItemQuantity"),   QStringLiteral("lineItemUnitPrice"),
        QStringLiteral("lineItemTotal"),      QStringLiteral("allocationPercentage"),
    };
    return keys.contains(key);
}

void FisJsonWriter::append(QByteArray &out, const QJsonValue &value, bool bigDecimal)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble(), bigDecimal);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), bigDecimal);
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

void FisJsonWriter::appendObject(QByteArray &out, const QJsonObject &object)
{
    // One pass over the members (no keys() list and no per-key lookups), then a seeded shuffle
    // of the order in which they are written.
    QVarLengthArray<std::pair<QString, QJsonValue>, 32> members;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        members.append(std::make_pair(it.key(), it.value()));
    if (m_shuffle)
        std::shuffle(members.begin(), members.end(), m_rng);
    out += '{';
    bool first = true;
    for (const auto &member : std::as_const(members)) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, member.first);
        out += ':';
        append(out, member.second, isBigDecimalKey(member.first));
    }
    out += '}';
}

void FisJsonWriter::appendArray(QByteArray &out, const QJsonArray &array, bool bigDecimal)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &v : array) {
        if (!first)
            out += ',';
        first = false;
        append(out, v, bigDecimal);
    }
    out += ']';
}

void FisJsonWriter::appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype start = out.size();
    out.reserve(start + text.size() + 8);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= 0x80) {
            // Non-ASCII text (names with accents): take the slow, exact UTF-8 path for the whole string.
            out.truncate(start);
            appendEscapedUtf8(out, text.toUtf8());
            out += '"';
            return;
        }
        appendEscaped(out, static_cast<char>(c), hex);
    }
    out += '"';
}

void FisJsonWriter::appendEscapedUtf8(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    for (const char ch : utf8)
        appendEscaped(out, ch, hex);
}

void FisJsonWriter::appendEscaped(QByteArray &out, char ch, const char *hex)
{
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
        if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += ch;
        }
    }
}

void FisJsonWriter::appendNumber(QByteArray &out, double value, bool bigDecimal)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    if (bigDecimal) {
        // Java's BigDecimal.toString() of a scale-8 value: plain digits, except that zero is
        // printed in scientific notation ("0E-8"), a quirk clients must parse as a number.
        if (const auto d = Decimal::fromJson(QJsonValue(value))) {
            if (!d->hasMoreDecimalsThan(8)) {
                out += d->isZero() ? QByteArrayLiteral("0E-8") : d->toFixed(8).toLatin1();
                return;
            }
        }
    }
    if (std::floor(value) == value && std::fabs(value) < 9007199254740992.0) {
        out += QByteArray::number(static_cast<qint64>(value));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace mlc::sim
