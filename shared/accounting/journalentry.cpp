#include "journalentry.h"

#include <QJsonArray>

namespace mlc::accounting {
namespace {

const QLatin1String kCostingFields[5] = {QLatin1String("CostingCode"), QLatin1String("CostingCode2"),
                                         QLatin1String("CostingCode3"), QLatin1String("CostingCode4"),
                                         QLatin1String("CostingCode5")};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Decimal JournalEntry::totalDebit() const
{
    Decimal sum;
    for (const JournalLine &l : lines)
        sum += l.debitAmount();
    return sum;
}

Decimal JournalEntry::totalCredit() const
{
    Decimal sum;
    for (const JournalLine &l : lines)
        sum += l.creditAmount();
    return sum;
}

QJsonObject JournalEntry::toJson(int decimals) const
{
    QJsonObject o;
    if (referenceDate.isValid())
        o.insert(QLatin1String("ReferenceDate"), isoDate(referenceDate));
    if (dueDate.isValid())
        o.insert(QLatin1String("DueDate"), isoDate(dueDate));
    if (taxDate.isValid())
        o.insert(QLatin1String("TaxDate"), isoDate(taxDate));
    if (!memo.isEmpty())
        o.insert(QLatin1String("Memo"), memo);
    if (!reference.isEmpty())
        o.insert(QLatin1String("Reference"), reference);
    if (!reference2.isEmpty())
        o.insert(QLatin1String("Reference2"), reference2);
    if (!reference3.isEmpty())
        o.insert(QLatin1String("Reference3"), reference3);
    QJsonArray out;
    for (const JournalLine &l : lines) {
        const int places = l.decimals >= 0 ? l.decimals : decimals;
        QJsonObject j;
        // A BP line carries only ShortName: B1 fills the BP's control account itself, and naming
        // the control account explicitly is rejected ("Cannot perform transaction in controlling
        // type account").
        if (!l.accountCode.isEmpty())
            j.insert(QLatin1String("AccountCode"), l.accountCode);
        if (!l.shortName.isEmpty())
            j.insert(QLatin1String("ShortName"), l.shortName);
        if (l.fcCurrency.isEmpty()) {
            j.insert(QLatin1String("Debit"), l.debit.toJson(places));
            j.insert(QLatin1String("Credit"), l.credit.toJson(places));
        } else {
            // Local amounts are left out so that B1 converts at its rate for the reference date.
            j.insert(QLatin1String("FCCurrency"), l.fcCurrency);
            j.insert(QLatin1String("FCDebit"), l.fcDebit.toJson(places));
            j.insert(QLatin1String("FCCredit"), l.fcCredit.toJson(places));
        }
        if (!l.lineMemo.isEmpty())
            j.insert(QLatin1String("LineMemo"), l.lineMemo);
        for (int d = 0; d < 5; ++d) {
            if (!l.costingCodes[d].isEmpty())
                j.insert(kCostingFields[d], l.costingCodes[d]);
        }
        out.append(j);
    }
    o.insert(QLatin1String("JournalEntryLines"), out);
    return o;
}

namespace {

// JSON string with the escapes RFC 8259 requires; non-ASCII goes out as UTF-8.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// `"name":` with the separating comma when needed.
void appendKey(QByteArray &out, const char *name, bool &first)
{
    if (!first)
        out += ',';
    first = false;
    out += '"';
    out += name;
    out += "\":";
}

void appendMember(QByteArray &out, const char *name, const QString &value, bool &first)
{
    appendKey(out, name, first);
    appendString(out, value);
}

// Amounts go out as exact decimal text (a JSON number), never through double.
void appendAmount(QByteArray &out, const char *name, const Decimal &value, int decimals, bool &first)
{
    appendKey(out, name, first);
    out += value.toFixed(decimals).toLatin1();
}

} // namespace

QByteArray JournalEntry::toCompactJson(int decimals) const
{
    QByteArray out;
    out.reserve(256 + 160 * lines.size());
    out += '{';
    bool first = true;
    if (referenceDate.isValid())
        appendMember(out, "ReferenceDate", isoDate(referenceDate), first);
    if (dueDate.isValid())
        appendMember(out, "DueDate", isoDate(dueDate), first);
    if (taxDate.isValid())
        appendMember(out, "TaxDate", isoDate(taxDate), first);
    if (!memo.isEmpty())
        appendMember(out, "Memo", memo, first);
    if (!reference.isEmpty())
        appendMember(out, "Reference", reference, first);
    if (!reference2.isEmpty())
        appendMember(out, "Reference2", reference2, first);
    if (!reference3.isEmpty())
        appendMember(out, "Reference3", reference3, first);
    if (!first)
        out += ',';
    out += "\"JournalEntryLines\":[";
    static const char *const costing[5] = {"CostingCode", "CostingCode2", "CostingCode3", "CostingCode4", "CostingCode5"};
    for (int i = 0; i < lines.size(); ++i) {
        const JournalLine &l = lines.at(i);
        const int places = l.decimals >= 0 ? l.decimals : decimals;
        if (i > 0)
            out += ',';
        out += '{';
        bool f = true;
        if (!l.accountCode.isEmpty())
            appendMember(out, "AccountCode", l.accountCode, f);
        if (!l.shortName.isEmpty())
            appendMember(out, "ShortName", l.shortName, f);
        if (l.fcCurrency.isEmpty()) {
            appendAmount(out, "Debit", l.debit, places, f);
            appendAmount(out, "Credit", l.credit, places, f);
        } else {
            appendMember(out, "FCCurrency", l.fcCurrency, f);
            appendAmount(out, "FCDebit", l.fcDebit, places, f);
            appendAmount(out, "FCCredit", l.fcCredit, places, f);
        }
        if (!l.lineMemo.isEmpty())
            appendMember(out, "LineMemo", l.lineMemo, f);
        for (int d = 0; d < 5; ++d) {
            if (!l.costingCodes[d].isEmpty())
                appendMember(out, costing[d], l.costingCodes[d], f);
        }
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace mlc::accounting
