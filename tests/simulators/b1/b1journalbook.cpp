#include "b1journalbook.h"

#include "core/decimal.h"
#include "odatafilter.h"

#include <QJsonArray>
#include <QSet>

namespace mlc::sim {

using namespace accounting;

namespace {

// JE series of SBODEMO-like companies; Number counts per series, JdtNum across all entries.
constexpr int DefaultSeries = 17;

const QString kLines = QStringLiteral("JournalEntryLines");

Error b1Error(int code, const QString &message)
{
    return makeError(QString::number(code), message);
}

Error lineError(const QString &text, const QString &field, int line)
{
    return b1Error(-10, text + QStringLiteral(" [JournalEntryLines.%1][line: %2]").arg(field).arg(line));
}

Error tooLong(const QString &property, const QString &entity)
{
    // DUMP §6.4 saw "Value too long in property"; the "of 'Entity'" tail follows SL's property errors.
    return b1Error(-5002, QStringLiteral("Value too long in property '%1' of '%2'").arg(property, entity));
}

Error invalidProperty(const QString &property, const QString &entity)
{
    return b1Error(-1000, QStringLiteral("Property '%1' of '%2' is invalid").arg(property, entity));
}

bool isUdf(const QString &key)
{
    return key.startsWith(QLatin1String("U_"));
}

// Hot path (a benchmark posts 100k entries): property checks through hash sets.
bool knownHeaderProperty(const QString &key)
{
    static const QSet<QString> set(B1JournalBook::headerProperties().cbegin(), B1JournalBook::headerProperties().cend());
    return set.contains(key);
}

bool knownLineProperty(const QString &key)
{
    static const QSet<QString> set(B1JournalBook::lineProperties().cbegin(), B1JournalBook::lineProperties().cend());
    return set.contains(key);
}

// Local = FC x rate, rounded half away from zero to `decimals`. Decimal has no multiplication of
// two decimals, so the scaled integers are multiplied here (Int128: no overflow for money).
std::optional<Decimal> convert(const Decimal &fc, const QString &rateText, int decimals)
{
    const auto rate = Decimal::fromString(rateText);
    if (!rate || rate->isZero() || rate->isNegative())
        return std::nullopt;
    const auto units = [](const Decimal &d) {
        const QString s = d.toFixed(Decimal::Scale);
        Int128 v = 0;
        for (QChar c : s) {
            if (c.isDigit())
                v = v * 10 + c.digitValue();
        }
        return d.isNegative() ? -v : v;
    };
    Int128 product = units(fc) * units(*rate); // scale 16
    const bool negative = product < 0;
    if (negative)
        product = -product;
    Int128 step = 1;
    for (int i = 0; i < 2 * Decimal::Scale - decimals; ++i)
        step *= 10;
    Int128 q = product / step;
    if ((product % step) * 2 >= step)
        ++q;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(q % 10)));
        q /= 10;
    } while (q > 0);
    while (digits.size() <= decimals)
        digits.prepend(QLatin1Char('0'));
    if (decimals > 0)
        digits.insert(digits.size() - decimals, QLatin1Char('.'));
    if (negative)
        digits.prepend(QLatin1Char('-'));
    return Decimal::fromString(digits);
}

struct Amount {
    Decimal value;
    bool present = false;
};

Result<Amount> readAmount(const QJsonObject &line, const QString &field, int lineNo, int decimals)
{
    Amount a;
    const QJsonValue v = line.value(field);
    if (v.isUndefined() || v.isNull())
        return a;
    const auto d = Decimal::fromJson(v);
    if (!d)
        return lineError(QStringLiteral("Invalid amount"), field, lineNo);
    if (d->isNegative())
        return lineError(QStringLiteral("Amount cannot be negative"), field, lineNo);
    if (d->hasMoreDecimalsThan(decimals))
        return lineError(QStringLiteral("Amount has more than %1 decimals").arg(decimals), field, lineNo);
    a.value = *d;
    a.present = true;
    return a;
}

Result<QString> readString(const QJsonObject &obj, const QString &field, int maxLength, const QString &entity)
{
    const QJsonValue v = obj.value(field);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return b1Error(-1000, QStringLiteral("Invalid value for property '%1' of '%2'").arg(field, entity));
    const QString s = v.toString();
    if (maxLength > 0 && s.size() > maxLength)
        return tooLong(field, entity);
    return s;
}

Result<QDate> readDate(const QJsonObject &obj, const QString &field, const QString &entity)
{
    const QJsonValue v = obj.value(field);
    if (v.isUndefined() || v.isNull())
        return QDate();
    const QDate d = v.isString() ? parseB1Date(v.toString()) : QDate();
    if (!d.isValid())
        return b1Error(-1000, QStringLiteral("Invalid date value for property '%1' of '%2'").arg(field, entity));
    return d;
}

QJsonValue dateValue(const QDate &d)
{
    if (!d.isValid())
        return QJsonValue(QJsonValue::Null);
    // Hand-formatted: QDate::toString goes through asprintf, which showed up in the 100k benchmark.
    char buf[11];
    const int y = d.year(), m = d.month(), day = d.day();
    buf[0] = char('0' + y / 1000 % 10);
    buf[1] = char('0' + y / 100 % 10);
    buf[2] = char('0' + y / 10 % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    buf[5] = char('0' + m / 10);
    buf[6] = char('0' + m % 10);
    buf[7] = '-';
    buf[8] = char('0' + day / 10);
    buf[9] = char('0' + day % 10);
    buf[10] = 0;
    return QJsonValue(QString::fromLatin1(buf, 10));
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

const QStringList &B1JournalBook::headerProperties()
{
    // JournalEntry properties of the SL metadata (MDV1); U_* user fields are allowed as well.
    static const QStringList props = {
        QStringLiteral("ReferenceDate"), QStringLiteral("Memo"), QStringLiteral("Reference"),
        QStringLiteral("Reference2"), QStringLiteral("TransactionCode"), QStringLiteral("ProjectCode"),
        QStringLiteral("TaxDate"), QStringLiteral("JdtNum"), QStringLiteral("Indicator"),
        QStringLiteral("UseAutoStorno"), QStringLiteral("StornoDate"), QStringLiteral("VatDate"),
        QStringLiteral("Series"), QStringLiteral("StampTax"), QStringLiteral("DueDate"),
        QStringLiteral("AutoVAT"), QStringLiteral("Number"), QStringLiteral("FolioNumber"),
        QStringLiteral("FolioPrefixString"), QStringLiteral("ReportEU"), QStringLiteral("Report347"),
        QStringLiteral("Printed"), QStringLiteral("LocationCode"), QStringLiteral("OriginalJournal"),
        QStringLiteral("Original"), QStringLiteral("BaseReference"), QStringLiteral("BlockDunningLetter"),
        QStringLiteral("AutomaticWT"), QStringLiteral("WTSum"), QStringLiteral("WTSumSC"),
        QStringLiteral("WTSumFC"), QStringLiteral("Reference3"), QStringLiteral("DocumentType"),
        QStringLiteral("DeferredTax"), QStringLiteral("BlanketAgreementNumber"), QStringLiteral("OperationCode"),
        QStringLiteral("ExposedTransNumber"), QStringLiteral("IsCostCenterTransfer"),
        QStringLiteral("AttachmentEntry"), QStringLiteral("AdjustTransaction"), QStringLiteral("StornoToTransId"),
        QStringLiteral("JournalEntryLines"), QStringLiteral("WithholdingTaxDataCollection"),
    };
    return props;
}

const QStringList &B1JournalBook::lineProperties()
{
    static const QStringList props = {
        QStringLiteral("Line_ID"), QStringLiteral("AccountCode"), QStringLiteral("Debit"), QStringLiteral("Credit"),
        QStringLiteral("FCDebit"), QStringLiteral("FCCredit"), QStringLiteral("FCCurrency"), QStringLiteral("DueDate"),
        QStringLiteral("ShortName"), QStringLiteral("ContraAccount"), QStringLiteral("LineMemo"),
        QStringLiteral("ReferenceDate1"), QStringLiteral("ReferenceDate2"), QStringLiteral("Reference1"),
        QStringLiteral("Reference2"), QStringLiteral("ProjectCode"), QStringLiteral("CostingCode"),
        QStringLiteral("TaxDate"), QStringLiteral("BaseSum"), QStringLiteral("TaxGroup"), QStringLiteral("DebitSys"),
        QStringLiteral("CreditSys"), QStringLiteral("VatDate"), QStringLiteral("VatLine"),
        QStringLiteral("SystemBaseAmount"), QStringLiteral("VatAmount"), QStringLiteral("SystemVatAmount"),
        QStringLiteral("GrossValue"), QStringLiteral("AdditionalReference"), QStringLiteral("CostingCode2"),
        QStringLiteral("CostingCode3"), QStringLiteral("CostingCode4"), QStringLiteral("CostingCode5"),
        QStringLiteral("TaxCode"), QStringLiteral("TaxPostAccount"), QStringLiteral("ControlAccount"),
        QStringLiteral("BPLID"), QStringLiteral("BPLName"), QStringLiteral("VATRegNum"),
        QStringLiteral("FederalTaxID"), QStringLiteral("CostElementCode"), QStringLiteral("CashFlowAssignments"),
        QStringLiteral("PaymentBlock"), QStringLiteral("BlockReason"),
    };
    return props;
}

B1JournalBook::B1JournalBook(int firstJdtNum, int firstNumber)
    : m_firstJdtNum(firstJdtNum)
    , m_firstNumber(firstNumber)
    , m_nextJdtNum(firstJdtNum)
{
}

Result<QJsonObject> B1JournalBook::prepare(const QJsonObject &payload, const B1MasterIndex &master, const QDate &today) const
{
    static const QString je = QStringLiteral("JournalEntry");
    static const QString jl = QStringLiteral("JournalEntryLine");
    const int decimals = m_rules.amountDecimals;

    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (!isUdf(it.key()) && !knownHeaderProperty(it.key()))
            return invalidProperty(it.key(), je);
    }

    QJsonObject entry;
    // Header strings with B1's field lengths (OJDT Memo 50, Ref1/Ref2 100, Ref3 27).
    static const struct {
        const char *name;
        int max;
    } headerStrings[] = {{"Memo", 50}, {"Reference", 100}, {"Reference2", 100}, {"Reference3", 27},
                         {"TransactionCode", 4}, {"ProjectCode", 20}, {"Indicator", 2}};
    for (const auto &hs : headerStrings) {
        const QString name = QString::fromLatin1(hs.name);
        auto s = readString(payload, name, hs.max, je);
        if (!s.ok())
            return s.error();
        entry.insert(name, textOrNull(s.value()));
    }
    auto refDate = readDate(payload, QStringLiteral("ReferenceDate"), je);
    if (!refDate.ok())
        return refDate.error();
    const QDate referenceDate = refDate->isValid() ? *refDate : today;
    auto dueDate = readDate(payload, QStringLiteral("DueDate"), je);
    if (!dueDate.ok())
        return dueDate.error();
    auto taxDate = readDate(payload, QStringLiteral("TaxDate"), je);
    if (!taxDate.ok())
        return taxDate.error();
    if (m_rules.lockedBefore.isValid() && referenceDate < m_rules.lockedBefore) {
        // Inferred text; B1's period-status check (posting periods locked before a date).
        return b1Error(-10, QStringLiteral("Posting period is locked; change the posting date [JournalEntry.ReferenceDate] , '%1'")
                                .arg(referenceDate.toString(Qt::ISODate)));
    }
    int series = DefaultSeries;
    if (payload.contains(QStringLiteral("Series"))) {
        const QJsonValue s = payload.value(QStringLiteral("Series"));
        if (!s.isDouble() || s.toInt(-1) < 0)
            return b1Error(-1000, QStringLiteral("Invalid value for property 'Series' of 'JournalEntry'"));
        if (s.toInt() != 0)
            series = s.toInt();
    }
    entry.insert(QStringLiteral("Series"), series);
    entry.insert(QStringLiteral("ReferenceDate"), dateValue(referenceDate));
    entry.insert(QStringLiteral("DueDate"), dateValue(dueDate->isValid() ? *dueDate : referenceDate));
    entry.insert(QStringLiteral("TaxDate"), dateValue(taxDate->isValid() ? *taxDate : referenceDate));
    entry.insert(QStringLiteral("OriginalJournal"), QStringLiteral("ttJournalEntry"));
    entry.insert(QStringLiteral("UseAutoStorno"), QStringLiteral("tNO"));
    entry.insert(QStringLiteral("StornoToTransId"), QJsonValue(QJsonValue::Null));
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (isUdf(it.key()))
            entry.insert(it.key(), it.value());
    }

    const QJsonValue linesValue = payload.value(kLines);
    if (!linesValue.isUndefined() && !linesValue.isArray())
        return b1Error(-1000, QStringLiteral("Invalid value for property 'JournalEntryLines' of 'JournalEntry'"));
    const QJsonArray lines = linesValue.toArray();
    if (lines.size() < 2)
        return b1Error(-10, QStringLiteral("A journal entry must have at least two lines [JournalEntry.JournalEntryLines]"));

    Decimal localDebit, localCredit;
    QMap<QString, QPair<Decimal, Decimal>> fcTotals; // currency -> (debit, credit)
    QJsonArray outLines;
    for (int i = 0; i < lines.size(); ++i) {
        const int n = i + 1; // B1 numbers lines from 1 in its messages
        if (!lines.at(i).isObject())
            return b1Error(-1000, QStringLiteral("Invalid value for property 'JournalEntryLines' of 'JournalEntry'"));
        const QJsonObject line = lines.at(i).toObject();
        for (auto it = line.constBegin(); it != line.constEnd(); ++it) {
            if (!isUdf(it.key()) && !knownLineProperty(it.key()))
                return invalidProperty(it.key(), jl);
        }
        QJsonObject out;
        static const struct {
            const char *name;
            int max;
        } lineStrings[] = {{"LineMemo", 50}, {"Reference1", 100}, {"Reference2", 100}, {"AdditionalReference", 27},
                           {"ProjectCode", 20}, {"TaxGroup", 8}, {"TaxCode", 8}};
        for (const auto &ls : lineStrings) {
            const QString name = QString::fromLatin1(ls.name);
            auto s = readString(line, name, ls.max, jl);
            if (!s.ok())
                return s.error();
            if (!s->isEmpty()) // empty line fields are left out (null when read back) to keep 100k entries small
                out.insert(name, s.value());
        }

        // Account / business partner.
        auto accountCode = readString(line, QStringLiteral("AccountCode"), 15, jl);
        if (!accountCode.ok())
            return accountCode.error();
        auto shortName = readString(line, QStringLiteral("ShortName"), 15, jl);
        if (!shortName.ok())
            return shortName.error();
        QString account = accountCode.value();
        QString shortNameValue = shortName.value();
        // B1 itself stores ShortName = AccountCode on G/L lines; a client echoing that is a G/L line.
        const bool bpLine = !shortNameValue.isEmpty() && shortNameValue != account;
        if (bpLine) {
            const BusinessPartner *bp = master.partner(shortNameValue);
            if (!bp)
                return lineError(QStringLiteral("Invalid BP code '%1'").arg(shortNameValue), QStringLiteral("ShortName"), n);
            if (!bp->valid || bp->frozen)
                return lineError(QStringLiteral("Business partner '%1' is inactive or frozen").arg(shortNameValue),
                                 QStringLiteral("ShortName"), n);
            // "SAP automatically sets it with Customer's AccountCode": the BP's control account.
            if (account.isEmpty())
                account = bp->controlAccount;
            else if (account != bp->controlAccount && !(master.account(account) && master.account(account)->controlAccount))
                return lineError(QStringLiteral("Account '%1' is not a control account of business partner '%2'").arg(account, shortNameValue),
                                 QStringLiteral("AccountCode"), n);
        } else {
            if (account.isEmpty())
                return lineError(QStringLiteral("Enter a G/L account or a business partner"), QStringLiteral("AccountCode"), n);
            const Account *acct = master.account(account);
            if (!acct)
                return lineError(QStringLiteral("Invalid G/L account '%1'").arg(account), QStringLiteral("AccountCode"), n);
            if (!acct->postable)
                return lineError(QStringLiteral("G/L account '%1' is a title account; select an active account").arg(account),
                                 QStringLiteral("AccountCode"), n);
            if (acct->frozen)
                return lineError(QStringLiteral("G/L account '%1' is frozen").arg(account), QStringLiteral("AccountCode"), n);
            if (acct->controlAccount) // real SL text (public TS client)
                return lineError(QStringLiteral("Cannot perform transaction in controlling type account"), QStringLiteral("AccountCode"), n);
            shortNameValue = account;
        }
        out.insert(QStringLiteral("AccountCode"), account);
        out.insert(QStringLiteral("ShortName"), shortNameValue);
        out.insert(QStringLiteral("ControlAccount"), account);

        // Amounts: exactly one side > 0, in local currency or (with FCCurrency) in the foreign one.
        auto fcCurrency = readString(line, QStringLiteral("FCCurrency"), 3, jl);
        if (!fcCurrency.ok())
            return fcCurrency.error();
        const QString currency = fcCurrency.value();
        const bool fc = !currency.isEmpty() && currency != m_rules.localCurrency;
        // A currency is known when the rules list it or the Currencies collection has it.
        if (fc && !m_rules.currencies.contains(currency) && !master.knowsCurrency(currency))
            return lineError(QStringLiteral("Invalid currency '%1'").arg(currency), QStringLiteral("FCCurrency"), n);
        Amount amounts[4];
        static const char *amountFields[4] = {"Debit", "Credit", "FCDebit", "FCCredit"};
        for (int k = 0; k < 4; ++k) {
            // Foreign amounts take the currency's decimals (JPY without decimals, if B1 says so).
            const int places = k >= 2 && fc ? master.currencyDecimals(currency, decimals) : decimals;
            auto a = readAmount(line, QString::fromLatin1(amountFields[k]), n, places);
            if (!a.ok())
                return a.error();
            amounts[k] = a.value();
        }
        Decimal debit = amounts[0].value, credit = amounts[1].value;
        if (fc) {
            const Decimal fcDebit = amounts[2].value, fcCredit = amounts[3].value;
            if (fcDebit.isZero() == fcCredit.isZero())
                return lineError(QStringLiteral("Enter either a debit or a credit amount in %1").arg(currency), QStringLiteral("FCDebit"), n);
            const QString rate = m_rules.exchangeRates.value(currency);
            const auto local = convert(fcDebit.isZero() ? fcCredit : fcDebit, rate, decimals);
            if (!local)
                return lineError(QStringLiteral("Update the exchange rate for '%1'").arg(currency), QStringLiteral("FCCurrency"), n);
            // B1 converts at the rate of the posting date unless local amounts are given.
            if (debit.isZero() && credit.isZero()) {
                (fcDebit.isZero() ? credit : debit) = *local;
            } else if (debit.isZero() != fcDebit.isZero() || credit.isZero() != fcCredit.isZero()) {
                return lineError(QStringLiteral("Local and foreign amounts are on different sides"), QStringLiteral("Debit"), n);
            }
            fcTotals[currency].first += fcDebit;
            fcTotals[currency].second += fcCredit;
            out.insert(QStringLiteral("FCCurrency"), currency);
            out.insert(QStringLiteral("FCDebit"), fcDebit.toJson(decimals));
            out.insert(QStringLiteral("FCCredit"), fcCredit.toJson(decimals));
        } else {
            if (!amounts[2].value.isZero() || !amounts[3].value.isZero())
                return lineError(QStringLiteral("Foreign currency amounts require FCCurrency"), QStringLiteral("FCCurrency"), n);
            if (debit.isZero() == credit.isZero())
                return lineError(QStringLiteral("Enter either a debit or a credit amount"), QStringLiteral("Debit"), n);
            localDebit += debit;
            localCredit += credit;
            out.insert(QStringLiteral("FCCurrency"), QJsonValue(QJsonValue::Null));
            out.insert(QStringLiteral("FCDebit"), 0);
            out.insert(QStringLiteral("FCCredit"), 0);
        }
        out.insert(QStringLiteral("Debit"), debit.toJson(decimals));
        out.insert(QStringLiteral("Credit"), credit.toJson(decimals));

        // Dimensions: CostingCode..CostingCode5 name an active profit center of dimension 1..5.
        for (int dim = 1; dim <= 5; ++dim) {
            const QString field = dim == 1 ? QStringLiteral("CostingCode") : QStringLiteral("CostingCode%1").arg(dim);
            auto code = readString(line, field, 8, jl);
            if (!code.ok())
                return code.error();
            if (!code->isEmpty()) {
                const Dimension *d = master.dimension(dim);
                if (!d || !d->active)
                    return lineError(QStringLiteral("Dimension %1 is not active").arg(dim), field, n);
                const ProfitCenter *pc = master.profitCenter(code.value());
                if (!pc || pc->dimension != dim)
                    return lineError(QStringLiteral("Invalid distribution rule '%1' for dimension %2").arg(code.value()).arg(dim), field, n);
                if (!pc->active)
                    return lineError(QStringLiteral("Distribution rule '%1' is inactive").arg(code.value()), field, n);
            }
            if (!code->isEmpty())
                out.insert(field, code.value());
        }
        auto lineDue = readDate(line, QStringLiteral("DueDate"), jl);
        if (!lineDue.ok())
            return lineDue.error();
        out.insert(QStringLiteral("Line_ID"), i);
        out.insert(QStringLiteral("DueDate"), lineDue->isValid() ? dateValue(*lineDue) : entry.value(QStringLiteral("DueDate")));
        out.insert(QStringLiteral("ReferenceDate1"), dateValue(referenceDate));
        out.insert(QStringLiteral("TaxDate"), entry.value(QStringLiteral("TaxDate")));
        if (line.contains(QStringLiteral("BPLID")))
            out.insert(QStringLiteral("BPLID"), line.value(QStringLiteral("BPLID")));
        for (auto it = line.constBegin(); it != line.constEnd(); ++it) {
            if (isUdf(it.key()))
                out.insert(it.key(), it.value());
        }
        outLines.append(out);
    }

    // Balance: local lines in local currency, foreign lines per currency (B1 posts the rounding
    // difference of the conversion itself).
    if (localDebit != localCredit) {
        return b1Error(-10, QStringLiteral("Unbalanced transaction; debit %1, credit %2 [JournalEntry.JournalEntryLines]")
                                .arg(localDebit.toFixed(decimals), localCredit.toFixed(decimals)));
    }
    for (auto it = fcTotals.constBegin(); it != fcTotals.constEnd(); ++it) {
        if (it->first != it->second) {
            return b1Error(-10, QStringLiteral("Unbalanced transaction in %1; debit %2, credit %3 [JournalEntryLines.FCDebit]")
                                    .arg(it.key(), it->first.toFixed(decimals), it->second.toFixed(decimals)));
        }
    }
    // ContraAccount: the first line on the other side, as B1 fills it.
    QString firstDebit, firstCredit;
    for (const QJsonValue &v : std::as_const(outLines)) {
        const QJsonObject l = v.toObject();
        const bool isDebit = Decimal::fromJson(l.value(QStringLiteral("Debit"))).value_or(Decimal()) > Decimal();
        QString &slot = isDebit ? firstDebit : firstCredit;
        if (slot.isEmpty())
            slot = l.value(QStringLiteral("ShortName")).toString();
    }
    for (int i = 0; i < outLines.size(); ++i) {
        QJsonObject l = outLines.at(i).toObject();
        const bool isDebit = Decimal::fromJson(l.value(QStringLiteral("Debit"))).value_or(Decimal()) > Decimal();
        l.insert(QStringLiteral("ContraAccount"), isDebit ? firstCredit : firstDebit);
        outLines[i] = l;
    }
    entry.insert(kLines, outLines);
    return entry;
}

QJsonObject B1JournalBook::commit(QJsonObject entry)
{
    const int series = entry.value(QStringLiteral("Series")).toInt(DefaultSeries);
    auto it = m_nextNumber.find(series);
    if (it == m_nextNumber.end())
        it = m_nextNumber.insert(series, m_firstNumber);
    entry.insert(QStringLiteral("JdtNum"), m_nextJdtNum++);
    entry.insert(QStringLiteral("Number"), (*it)++);
    m_entries.append(entry);
    indexEntry(int(m_entries.size()) - 1);
    return entry;
}

Result<void> B1JournalBook::patch(int jdtNum, const QJsonObject &changes, Checkpoint *undo)
{
    const auto found = m_byJdtNum.constFind(jdtNum);
    if (found == m_byJdtNum.constEnd())
        return b1Error(-2028, QStringLiteral("No matching records found (ODBC -2028)"));
    const int row = *found; // (re)indexing below invalidates the iterator
    static const QHash<QString, int> patchable = {
        {QStringLiteral("Memo"), 50}, {QStringLiteral("Reference"), 100}, {QStringLiteral("Reference2"), 100},
        {QStringLiteral("Reference3"), 27}, {QStringLiteral("DueDate"), 0}, {QStringLiteral("TaxDate"), 0},
    };
    QJsonObject entry = m_entries.at(row);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (isUdf(it.key())) {
            entry.insert(it.key(), it.value());
            continue;
        }
        if (!patchable.contains(it.key())) {
            if (headerProperties().contains(it.key()))
                return b1Error(-5006, QStringLiteral("The requested action is not supported for this object."));
            return invalidProperty(it.key(), QStringLiteral("JournalEntry"));
        }
        if (it.key().endsWith(QLatin1String("Date"))) {
            auto d = readDate(changes, it.key(), QStringLiteral("JournalEntry"));
            if (!d.ok())
                return d.error();
            entry.insert(it.key(), dateValue(*d));
            continue;
        }
        auto s = readString(changes, it.key(), patchable.value(it.key()), QStringLiteral("JournalEntry"));
        if (!s.ok())
            return s.error();
        entry.insert(it.key(), textOrNull(s.value()));
    }
    if (undo && !undo->patched.contains(row))
        undo->patched.insert(row, m_entries.at(row));
    unindexEntry(row);
    m_entries[row] = entry;
    indexEntry(row);
    return {};
}

Result<QJsonObject> B1JournalBook::cancel(int jdtNum, const QDate &today)
{
    const auto row = m_byJdtNum.constFind(jdtNum);
    if (row == m_byJdtNum.constEnd())
        return b1Error(-2028, QStringLiteral("No matching records found (ODBC -2028)"));
    const QJsonObject original = m_entries.at(*row);
    bool alreadyReversed = original.value(QStringLiteral("StornoToTransId")).isDouble();
    for (const QJsonObject &e : std::as_const(m_entries))
        alreadyReversed = alreadyReversed || e.value(QStringLiteral("StornoToTransId")).toInt(-1) == jdtNum;
    if (alreadyReversed)
        return b1Error(-10, QStringLiteral("Document is already closed"));
    QJsonObject reversal = original;
    QJsonArray lines = reversal.value(kLines).toArray();
    for (int i = 0; i < lines.size(); ++i) {
        QJsonObject l = lines.at(i).toObject();
        const QJsonValue d = l.value(QStringLiteral("Debit")), fd = l.value(QStringLiteral("FCDebit"));
        l.insert(QStringLiteral("Debit"), l.value(QStringLiteral("Credit")));
        l.insert(QStringLiteral("Credit"), d);
        l.insert(QStringLiteral("FCDebit"), l.value(QStringLiteral("FCCredit")));
        l.insert(QStringLiteral("FCCredit"), fd);
        lines[i] = l;
    }
    reversal.insert(kLines, lines);
    reversal.insert(QStringLiteral("ReferenceDate"), dateValue(today));
    reversal.insert(QStringLiteral("StornoToTransId"), jdtNum);
    reversal.insert(QStringLiteral("OriginalJournal"), QStringLiteral("ttJournalEntryReversal"));
    reversal.remove(QStringLiteral("JdtNum"));
    reversal.remove(QStringLiteral("Number"));
    const QJsonObject stored = commit(reversal);
    return stored;
}

B1JournalBook::Checkpoint B1JournalBook::checkpoint() const
{
    Checkpoint cp;
    cp.size = int(m_entries.size());
    cp.nextJdtNum = m_nextJdtNum;
    cp.nextNumber = m_nextNumber;
    return cp;
}

void B1JournalBook::rollback(const Checkpoint &cp)
{
    while (m_entries.size() > cp.size) {
        unindexEntry(int(m_entries.size()) - 1);
        m_entries.removeLast();
    }
    for (auto it = cp.patched.constBegin(); it != cp.patched.constEnd(); ++it) {
        unindexEntry(it.key());
        m_entries[it.key()] = it.value();
        indexEntry(it.key());
    }
    m_nextJdtNum = cp.nextJdtNum;
    m_nextNumber = cp.nextNumber;
}

const QJsonObject *B1JournalBook::find(int jdtNum) const
{
    const auto it = m_byJdtNum.constFind(jdtNum);
    return it == m_byJdtNum.constEnd() ? nullptr : &m_entries.at(*it);
}

namespace {
const QString kRefFields[3] = {QStringLiteral("Reference"), QStringLiteral("Reference2"), QStringLiteral("Reference3")};
}

bool B1JournalBook::lookup(const QString &property, const QJsonValue &value, QList<int> *rows) const
{
    rows->clear();
    if (property == QLatin1String("JdtNum")) {
        const auto n = Decimal::fromJson(value);
        if (n && !n->hasMoreDecimalsThan(0)) {
            const auto it = m_byJdtNum.constFind(n->toString().toInt());
            if (it != m_byJdtNum.constEnd())
                rows->append(*it);
        }
        return true;
    }
    for (int k = 0; k < 3; ++k) {
        if (property == kRefFields[k]) {
            if (value.isString())
                *rows = m_byRef[k].value(value.toString());
            return true;
        }
    }
    return false;
}

void B1JournalBook::indexEntry(int row)
{
    const QJsonObject &e = m_entries.at(row);
    m_byJdtNum.insert(e.value(QStringLiteral("JdtNum")).toInt(), row);
    for (int k = 0; k < 3; ++k) {
        const QJsonValue v = e.value(kRefFields[k]);
        if (v.isString())
            m_byRef[k][v.toString()].append(row);
    }
}

void B1JournalBook::unindexEntry(int row)
{
    const QJsonObject &e = m_entries.at(row);
    m_byJdtNum.remove(e.value(QStringLiteral("JdtNum")).toInt());
    for (int k = 0; k < 3; ++k) {
        const QJsonValue v = e.value(kRefFields[k]);
        if (!v.isString())
            continue;
        auto it = m_byRef[k].find(v.toString());
        if (it != m_byRef[k].end()) {
            it->removeAll(row);
            if (it->isEmpty())
                m_byRef[k].erase(it);
        }
    }
}

} // namespace mlc::sim
