#pragma once
// Shared fixture for the accounting tests: a small B1 company (EUR, dimensions 1-3 active) and
// builders for Concur FIS expense/invoice documents in the shapes Concur sends.
#include "accounting/journalbuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace fixture {

using namespace mlc::accounting;

class HashLookup : public MappingLookup {
public:
    QHash<QString, QString> map; // "kind/sourceKey" -> target
    std::optional<QString> explicitTarget(const QString &kind, const QString &sourceKey) const override
    {
        const auto it = map.constFind(kind + QLatin1Char('/') + sourceKey);
        if (it == map.constEnd())
            return std::nullopt;
        return *it;
    }
};

inline BusinessPartner bp(const char *code, const char *name, const char *type = "cSupplier", const char *tax = "",
                          bool frozen = false)
{
    BusinessPartner p;
    p.cardCode = QString::fromUtf8(code);
    p.cardName = QString::fromUtf8(name);
    p.cardType = QString::fromUtf8(type);
    p.federalTaxId = QString::fromUtf8(tax);
    p.frozen = frozen;
    return p;
}

inline Account account(const char *code, const char *name, bool postable = true, bool control = false, bool frozen = false)
{
    Account a;
    a.code = QString::fromUtf8(code);
    a.name = QString::fromUtf8(name);
    a.postable = postable;
    a.controlAccount = control;
    a.frozen = frozen;
    return a;
}

inline ProfitCenter pc(const char *code, int dim, bool active = true)
{
    ProfitCenter p;
    p.code = QString::fromUtf8(code);
    p.name = p.code;
    p.dimension = dim;
    p.active = active;
    return p;
}

inline MasterData masterData()
{
    MasterData md;
    md.localCurrency = QStringLiteral("EUR");
    md.currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")};
    md.amountDecimals = 2;
    md.partners = {
        bp("E1001", "Anna Schmidt"),
        bp("V200", "Jane Doe"),
        bp("E300", "Frozen Employee", "cSupplier", "", true),
        bp("V100", "Müller GmbH", "cSupplier", "DE 123 456 789"),
        bp("V101", "Acme Corp.", "cSupplier", "US-99"),
        bp("V102", "Acme Inc", "cSupplier", ""),
        bp("V103", "Globex Ltd", "cSupplier", "", true),
        bp("V104", "Initech S.A.", "cSupplier", ""),
        bp("C500", "Customer Co", "cCustomer"),
        bp("E500", "Customer-coded Employee", "cCustomer"),
    };
    md.accounts = {
        account("6100", "Travel"),         account("6200", "Meals"),
        account("6300", "Material"),       account("1576", "Input tax"),
        account("1590", "Card clearing"),  account("1595", "Cash advances"),
        account("1700", "Personal clearing"), account("6900", "Freight"),
        account("1600", "AP control", true, true), account("6000", "Expenses (title)", false),
        account("6050", "Frozen expenses", true, false, true),
    };
    md.profitCenters = {pc("SALES", 1), pc("RND", 1), pc("OPS", 1), pc("OLD", 1, false), pc("NORTH", 2), pc("X4", 4)};
    for (int d = 1; d <= 5; ++d) {
        Dimension dim;
        dim.code = d;
        dim.name = QStringLiteral("Dim %1").arg(d);
        dim.active = d <= 3;
        md.dimensions.append(dim);
    }
    md.buildIndex();
    return md;
}

inline QHash<QString, QString> settingsKv()
{
    return {
        {QStringLiteral("posting/inputTaxAccount"), QStringLiteral("1576")},
        {QStringLiteral("posting/freightAccount"), QStringLiteral("6900")},
        {QStringLiteral("posting/clearingAccount/CBCP"), QStringLiteral("1590")},
        {QStringLiteral("posting/employeeCardPrefix"), QStringLiteral("E")},
        {QStringLiteral("mapping/dimension/1/source"), QStringLiteral("allocationCustom1Code")},
        {QStringLiteral("mapping/dimension/2/source"), QStringLiteral("employeeOrgUnit2Code")},
        {QStringLiteral("mapping/dimension/3/source"), QStringLiteral("reportCustom15Code")},
        {QStringLiteral("mapping/dimension/4/source"), QStringLiteral("allocationCustom4Code")}, // inactive in B1
        // Explicit, so that posting dates do not depend on the machine's zone.
        {QStringLiteral("posting/timeZone"), QStringLiteral("Europe/Berlin")},
    };
}

// Literal-friendly JSON values (QT_NO_CAST_FROM_ASCII forbids const char* -> QString).
struct V {
    QJsonValue v;
    V(const char *s) : v(QString::fromUtf8(s)) {}
    V(int i) : v(i) {}
    V(long i) : v(static_cast<qint64>(i)) {}
    V(long long i) : v(static_cast<qint64>(i)) {}
    V(double d) : v(d) {}
    V(const QJsonValue &x) : v(x) {}
    V(const QString &x) : v(x) {}
};

inline QJsonObject obj(std::initializer_list<std::pair<const char *, V>> kv)
{
    QJsonObject o;
    for (const auto &p : kv)
        o.insert(QString::fromUtf8(p.first), p.second.v);
    return o;
}

inline QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

inline QJsonValue num(double v) { return QJsonValue(v); }
inline QJsonValue str(const char *v) { return QJsonValue(QString::fromUtf8(v)); }

// One expense journal line. `net` undefined -> same as gross (no reclaim).
inline QJsonObject jline(const char *acct, const char *payer, const char *payee, const QJsonValue &gross,
                         const QJsonValue &net = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject o{{QStringLiteral("journalAccountCode"), QString::fromUtf8(acct)},
                  {QStringLiteral("journalPayer"), QString::fromUtf8(payer)},
                  {QStringLiteral("journalPayee"), QString::fromUtf8(payee)},
                  {QStringLiteral("amountGross"), gross},
                  {QStringLiteral("amountNetOfTax"), net.isUndefined() ? gross : net},
                  {QStringLiteral("amountNetOfReclaim"), net.isUndefined() ? gross : net},
                  {QStringLiteral("amountGrossCard"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("taxGuid"), QJsonArray()}};
    return o;
}

inline QJsonObject alloc(const QJsonArray &journals, const char *custom1 = "", const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("allocationId"), QStringLiteral("A1")},
                  {QStringLiteral("allocationPercentage"), 100},
                  {QStringLiteral("allocationCustom1Code"), QString::fromUtf8(custom1)},
                  {QStringLiteral("journal"), journals},
                  {QStringLiteral("tax"), QJsonArray()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

inline QJsonObject entry(const QJsonArray &allocations, const char *type = "Hotel", const char *personal = "N")
{
    return QJsonObject{{QStringLiteral("entryId"), QStringLiteral("A92F3AD8")},
                       {QStringLiteral("expenseTypeCode"), QStringLiteral("LODNG  ")},
                       {QStringLiteral("expenseTypeName"), QString::fromUtf8(type)},
                       {QStringLiteral("entryIsPersonal"), QString::fromUtf8(personal)},
                       {QStringLiteral("entryVendorDescription"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("allocation"), allocations}};
}

// Concur's totalApprovedAmount for these entries: the approved amounts of the entries that are not
// personal, that is the gross of all their journal lines, card and out-of-pocket alike (Concur's
// published examples: a personal card charge's entry has entryApprovedAmount 0, a card credit's is
// negative). Unreadable amounts are left out.
inline QJsonValue approvedTotal(const QJsonArray &entries)
{
    mlc::Decimal sum;
    for (const QJsonValue &e : entries) {
        const QJsonObject entry = e.toObject();
        if (entry.value(QStringLiteral("entryIsPersonal")).toString() == QLatin1String("Y"))
            continue;
        const QJsonArray allocations = entry.value(QStringLiteral("allocation")).toArray();
        for (const QJsonValue &a : allocations) {
            const QJsonArray journals = a.toObject().value(QStringLiteral("journal")).toArray();
            for (const QJsonValue &j : journals) {
                if (const auto gross = mlc::Decimal::fromJson(j.toObject().value(QStringLiteral("amountGross"))))
                    sum += *gross;
            }
        }
    }
    return sum.toString(2);
}

// An expense report; totalApprovedAmount is computed from the entries (approvedTotal) unless
// reportOverrides sets it (null: Concur sent none).
inline QJsonObject expenseDoc(const QJsonArray &entries, const QJsonValue &amountDueEmployee,
                              const QJsonObject &reportOverrides = {}, const QJsonArray &advances = {},
                              const QJsonObject &employeeOverrides = {})
{
    QJsonObject report{{QStringLiteral("reportKey"), 345},
                       {QStringLiteral("reportId"), QStringLiteral("D0719B539ED64FE612AB")},
                       {QStringLiteral("reportNumber"), QStringLiteral("W4JPAB")},
                       {QStringLiteral("reportName"), QStringLiteral("Trip to Minneapolis")},
                       {QStringLiteral("employeeCurrencyAlphaCode"), QStringLiteral("EUR")},
                       {QStringLiteral("revisionNumber"), QStringLiteral("1")},
                       {QStringLiteral("totalApprovedAmount"), approvedTotal(entries)},
                       {QStringLiteral("reportSubmitDate"), QStringLiteral("2018-03-01T18:12:03.050Z")},
                       {QStringLiteral("reportPaymentProcessingDate"), QStringLiteral("2018-03-02T18:34:30.260Z")},
                       {QStringLiteral("reportCustom15Code"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("amountDueEmployee"), amountDueEmployee}};
    if (amountDueEmployee.isUndefined())
        report.remove(QStringLiteral("amountDueEmployee"));
    for (auto it = reportOverrides.begin(); it != reportOverrides.end(); ++it)
        report.insert(it.key(), it.value());
    QJsonObject employee{{QStringLiteral("employeeId"), QStringLiteral("1001")},
                         {QStringLiteral("employeeFirstName"), QStringLiteral("Anna")},
                         {QStringLiteral("employeeLastName"), QStringLiteral("Schmidt")},
                         {QStringLiteral("employeeOrgUnit2Code"), QJsonValue(QJsonValue::Null)}};
    for (auto it = employeeOverrides.begin(); it != employeeOverrides.end(); ++it)
        employee.insert(it.key(), it.value());
    QJsonObject doc{{QStringLiteral("employee"), employee},
                    {QStringLiteral("report"), report},
                    {QStringLiteral("expenseEntry"), entries}};
    if (!advances.isEmpty())
        doc.insert(QStringLiteral("cashAdvanceApplication"), advances);
    return doc;
}

inline QJsonObject cashAdvance(const QJsonValue &amount, const char *acct = "1595")
{
    return QJsonObject{{QStringLiteral("cashAdvanceId"), QStringLiteral("6A107A54")},
                       {QStringLiteral("cashAdvanceApplicationAmount"), amount},
                       {QStringLiteral("cashAdvanceClearingAccountCode"), QString::fromUtf8(acct)}};
}

// An invoice allocation with Concur's journal OBJECT.
inline QJsonObject invAlloc(const char *acct, const QJsonValue &net, const QJsonValue &gross, const QJsonValue &shipping,
                            const QJsonValue &tax = QJsonValue(QJsonValue::Null), const char *allocAcct = "",
                            const char *custom1 = "")
{
    return QJsonObject{{QStringLiteral("allocationKey"), 158},
                       {QStringLiteral("allocationPercentage"), str("100.00000000")},
                       {QStringLiteral("allocationAccountCode"), QString::fromUtf8(allocAcct)},
                       {QStringLiteral("allocationCustom1Code"), QString::fromUtf8(custom1)},
                       {QStringLiteral("journal"),
                        QJsonObject{{QStringLiteral("accountCode"), QString::fromUtf8(acct)},
                                    {QStringLiteral("amountNet"), net},
                                    {QStringLiteral("amountGross"), gross},
                                    {QStringLiteral("amountShipping"), shipping},
                                    {QStringLiteral("tax"), tax}}}};
}

inline QJsonObject invoiceDoc(const QJsonArray &allocations, const QJsonValue &requestTotal, const char *vendorName,
                              const QJsonObject &headerOverrides = {}, const QJsonObject &vendorOverrides = {})
{
    QJsonObject header{{QStringLiteral("requestId"), QStringLiteral("9B1D30723CBF4F86A574")},
                       {QStringLiteral("reqKey"), 35},
                       {QStringLiteral("requestTitle"), QStringLiteral("FIS Test")},
                       {QStringLiteral("vendorInvoiceNumber"), QStringLiteral("25688")},
                       {QStringLiteral("invoiceDate"), QStringLiteral("08/08/2018")},
                       {QStringLiteral("paymentDueDate"), QStringLiteral("09/07/2018")},
                       {QStringLiteral("currencyAlphaCode"), QStringLiteral("EUR")},
                       {QStringLiteral("requestTotal"), requestTotal},
                       {QStringLiteral("amountShippingTotal"), str("0E-8")},
                       {QStringLiteral("revisionNumber"), QStringLiteral("1")},
                       {QStringLiteral("vendorTaxId"), QJsonValue(QJsonValue::Null)}};
    for (auto it = headerOverrides.begin(); it != headerOverrides.end(); ++it)
        header.insert(it.key(), it.value());
    QJsonObject vendor{{QStringLiteral("vendorName"), QString::fromUtf8(vendorName)},
                       {QStringLiteral("vendorCode"), QStringLiteral("94F538F2")},
                       {QStringLiteral("vendorRemitToAddressCode"), QStringLiteral("333")}};
    for (auto it = vendorOverrides.begin(); it != vendorOverrides.end(); ++it)
        vendor.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("requestHeader"), header},
        {QStringLiteral("ownerEmployee"),
         QJsonObject{{QStringLiteral("employeeId"), QStringLiteral("1001")},
                     {QStringLiteral("employeeOrgUnit2Code"), QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("vendor"), vendor},
        {QStringLiteral("lineItem"),
         QJsonArray{QJsonObject{{QStringLiteral("lineItemSequenceOrder"), 1},
                                {QStringLiteral("lineItemDescription"), QStringLiteral("Merchandise")},
                                {QStringLiteral("expenseTypeCode"), QStringLiteral("2000   ")},
                                {QStringLiteral("allocation"), allocations}}}}};
}

// "6100 D 100.00 cc=SALES,NORTH", "BP:E1001 C 119.00", "6100 FD 100.00 USD".
inline QString render(const JournalLine &l)
{
    QString s = l.isBpLine() ? QStringLiteral("BP:") + l.shortName : l.accountCode;
    if (l.fcCurrency.isEmpty()) {
        s += l.debit.isZero() ? QStringLiteral(" C ") + l.credit.toString(2) : QStringLiteral(" D ") + l.debit.toString(2);
    } else {
        s += l.fcDebit.isZero() ? QStringLiteral(" FC ") + l.fcCredit.toString(2) : QStringLiteral(" FD ") + l.fcDebit.toString(2);
        s += QLatin1Char(' ') + l.fcCurrency;
    }
    int last = -1;
    for (int d = 0; d < 5; ++d) {
        if (!l.costingCodes[d].isEmpty())
            last = d;
    }
    if (last >= 0) {
        QStringList codes;
        for (int d = 0; d <= last; ++d)
            codes.append(l.costingCodes[d]);
        s += QStringLiteral(" cc=") + codes.join(QLatin1Char(','));
    }
    return s;
}

inline QStringList render(const BuildResult &r)
{
    QStringList out;
    if (r.entry) {
        for (const JournalLine &l : r.entry->lines)
            out.append(render(l));
    }
    return out;
}

inline QStringList reasonKeys(const BuildResult &r)
{
    QStringList out;
    for (const ReviewReason &x : r.reasons)
        out.append(x.code + QLatin1Char('|') + x.blockerKey);
    return out;
}

} // namespace fixture
