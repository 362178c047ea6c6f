#pragma once
// Hand-made FIS documents for the end-to-end reproductions: the shapes Concur's FIS v4 sends
// (tests/simulators/concur/fisjsonwriter.* writes the generated ones), small enough to read.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mlc::test {

struct HandmadeInvoice {
    int reqKey = 9001;
    QString requestId;               // 32 characters, Reference2 of the entry
    QString vendorName;
    QJsonValue vendorTaxId = QJsonValue(QJsonValue::Null);
    QString currency = QStringLiteral("EUR");
    QString net = QStringLiteral("100.00000000");  // one line on account 6200, cost center CC100
    QString tax = QStringLiteral("19.00000000");
    QString total = QStringLiteral("119.00000000");
};

// A payment request with one line item and one allocation, owned by demo employee 10231.
inline QJsonObject invoiceDocument(const HandmadeInvoice &in)
{
    const QJsonObject journal{{QStringLiteral("accountCode"), QStringLiteral("6200")},
                              {QStringLiteral("amountNet"), in.net},
                              {QStringLiteral("amountGross"), in.total},
                              {QStringLiteral("amountShipping"), QStringLiteral("0E-8")},
                              {QStringLiteral("tax"), in.tax}};
    const QJsonObject allocation{{QStringLiteral("allocationKey"), in.reqKey * 10},
                                 {QStringLiteral("allocationPercentage"), QStringLiteral("100.00000000")},
                                 {QStringLiteral("allocationAccountCode"), QStringLiteral("6200")},
                                 {QStringLiteral("allocationCustom1Code"), QStringLiteral("CC100")},
                                 {QStringLiteral("journal"), journal}};
    const QJsonObject header{{QStringLiteral("requestId"), in.requestId},
                             {QStringLiteral("reqKey"), in.reqKey},
                             {QStringLiteral("requestTitle"), in.vendorName},
                             {QStringLiteral("vendorInvoiceNumber"), QStringLiteral("INV-%1").arg(in.reqKey)},
                             {QStringLiteral("invoiceDate"), QStringLiteral("2026-02-10")},
                             {QStringLiteral("paymentDueDate"), QStringLiteral("2026-03-12")},
                             {QStringLiteral("currencyAlphaCode"), in.currency},
                             {QStringLiteral("requestTotal"), in.total},
                             {QStringLiteral("amountShippingTotal"), QStringLiteral("0E-8")},
                             {QStringLiteral("revisionNumber"), QStringLiteral("1")},
                             {QStringLiteral("vendorTaxId"), in.vendorTaxId}};
    const QJsonObject owner{{QStringLiteral("employeeId"), QStringLiteral("10231")},
                            {QStringLiteral("employeeFirstName"), QStringLiteral("Ana")},
                            {QStringLiteral("employeeLastName"), QStringLiteral("Garcia")},
                            {QStringLiteral("employeeOrgUnit1Code"), QStringLiteral("DE")},
                            {QStringLiteral("employeeOrgUnit2Code"), QStringLiteral("D-SAL")}};
    const QJsonObject line{{QStringLiteral("lineItemSequenceOrder"), 1},
                           {QStringLiteral("lineItemDescription"), QStringLiteral("Paper")},
                           {QStringLiteral("expenseTypeCode"), QStringLiteral("2000   ")},
                           {QStringLiteral("allocation"), QJsonArray{allocation}}};
    return QJsonObject{{QStringLiteral("requestHeader"), header},
                       {QStringLiteral("ownerEmployee"), owner},
                       {QStringLiteral("vendor"), QJsonObject{{QStringLiteral("vendorName"), in.vendorName},
                                                              {QStringLiteral("vendorCode"), in.requestId.left(8)},
                                                              {QStringLiteral("vendorRemitToAddressCode"), QStringLiteral("333")}}},
                       {QStringLiteral("lineItem"), QJsonArray{line}}};
}

// The B1 CardCode an entry credits or debits (its business-partner line), or "".
inline QString businessPartnerOf(const QJsonObject &entry)
{
    for (const QJsonValue &v : entry.value(QStringLiteral("JournalEntryLines")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString shortName = l.value(QStringLiteral("ShortName")).toString();
        if (!shortName.isEmpty() && shortName != l.value(QStringLiteral("AccountCode")).toString())
            return shortName;
    }
    return {};
}

} // namespace mlc::test
