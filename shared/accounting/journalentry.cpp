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
        QJsonObject j;
        // A BP line carries only ShortName: B1 fills the BP's control account itself, and naming
        // the control account explicitly is rejected ("Cannot perform transaction in controlling
        // type account").
        if (!l.accountCode.isEmpty())
            j.insert(QLatin1String("AccountCode"), l.accountCode);
        if (!l.shortName.isEmpty())
            j.insert(QLatin1String("ShortName"), l.shortName);
        if (l.fcCurrency.isEmpty()) {
            j.insert(QLatin1String("Debit"), l.debit.toJson(decimals));
            j.insert(QLatin1String("Credit"), l.credit.toJson(decimals));
        } else {
            // Local amounts are left out so that B1 converts at its rate for the reference date.
            j.insert(QLatin1String("FCCurrency"), l.fcCurrency);
            j.insert(QLatin1String("FCDebit"), l.fcDebit.toJson(decimals));
            j.insert(QLatin1String("FCCredit"), l.fcCredit.toJson(decimals));
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

} // namespace mlc::accounting
