// Payment requests / invoices (docType "invoice"): design.md §2 "Payment request / invoice".
#include "buildcontext.h"
#include "journalbuilder.h"
#include "jsonfields.h"

namespace mlc::accounting {
namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

// Arguments of a document.malformed reason: which field, what is wrong with it, and where.
QJsonObject bad(const char *what, const char *field, std::initializer_list<QPair<const char *, QJsonValue>> where = {})
{
    QJsonObject o{{QLatin1String("case"), QLatin1String(what)}, {QLatin1String("field"), QLatin1String(field)}};
    for (const auto &w : where)
        o.insert(QLatin1String(w.first), w.second);
    return o;
}

struct FreightPart {
    QString codes[5];
    Decimal amount;
};

// The allocation's tax: Concur's `tax` as a number, or a tax object / list of them with an amount;
// std::nullopt when it sends none (then gross − net is used). `bad` is set for unreadable values.
std::optional<Decimal> explicitTax(const QJsonValue &tax, QString *bad)
{
    if (tax.isNull() || tax.isUndefined())
        return std::nullopt;
    if (tax.isDouble() || tax.isString()) {
        const fields::Amount a = fields::amount(tax);
        if (a.status == fields::Amount::Invalid)
            *bad = a.raw;
        return a.ok() ? std::optional<Decimal>(a.value) : std::nullopt;
    }
    bool ok = true;
    const QJsonArray parts = fields::items(tax, &ok);
    std::optional<Decimal> sum;
    for (const QJsonValue &p : parts) {
        const QJsonObject o = p.toObject();
        for (const char *field : {"taxAmount", "amount", "totalTaxAmount"}) {
            const fields::Amount a = fields::amount(o.value(QLatin1String(field)));
            if (a.status == fields::Amount::Invalid)
                *bad = a.raw;
            if (a.ok()) {
                sum = sum.value_or(Decimal()) + a.value;
                break;
            }
        }
    }
    return sum;
}

} // namespace

void JournalBuilder::buildInvoice(detail::BuildContext &ctx, const QJsonObject &doc) const
{
    const DocumentIdentity &id = ctx.result().identity;
    const QJsonValue headerValue = doc.value(key("requestHeader"));
    if (!headerValue.isObject()) {
        ctx.malformed(QStringLiteral("The invoice document has no requestHeader block."), bad("no-block", "requestHeader"));
        return;
    }
    const QJsonObject header = headerValue.toObject();
    const QJsonObject vendor = doc.value(key("vendor")).toObject();
    const QJsonObject owner = doc.value(key("ownerEmployee")).toObject();
    if (id.docId.isEmpty())
        ctx.malformed(QStringLiteral("The payment request has no requestId."), bad("missing", "requestId"));
    if (id.companyKey.isEmpty())
        ctx.malformed(QStringLiteral("The payment request has no reqKey, so no idempotency key can be built."), bad("missing", "reqKey"));
    if (id.revision.isEmpty())
        ctx.malformed(QStringLiteral("The payment request has no revisionNumber."), bad("missing", "revisionNumber"));
    ctx.setCurrency(id.currency);

    const QString vendorName = fields::text(vendor.value(key("vendorName")));
    const QString vendorCode = fields::text(vendor.value(key("vendorCode")));
    QString taxId = fields::text(header.value(key("vendorTaxId")));
    if (taxId.isEmpty())
        taxId = fields::text(vendor.value(key("vendorTaxId")));
    if (vendorName.isEmpty() && vendorCode.isEmpty())
        ctx.malformed(QStringLiteral("The payment request names no vendor."), bad("missing", "vendorName"));

    // Header: the invoice date (MM/DD/YYYY in Concur's samples, YYYY-MM-DD per its schema).
    JournalEntry &e = ctx.entry();
    const QString invoiceDate = fields::text(header.value(key("invoiceDate")));
    e.referenceDate = fields::date(invoiceDate);
    if (!e.referenceDate.isValid()) {
        ctx.reason(QStringLiteral("date.invalid"),
                   invoiceDate.isEmpty() ? QStringLiteral("The payment request has no invoice date.")
                                         : QStringLiteral("The invoice date '%1' is not a date.").arg(invoiceDate),
                   invoiceDate.isEmpty() ? QJsonObject{{QStringLiteral("case"), QStringLiteral("missing")},
                                                       {QStringLiteral("field"), QStringLiteral("invoiceDate")}}
                                         : QJsonObject{{QStringLiteral("field"), QStringLiteral("invoiceDate")},
                                                       {QStringLiteral("value"), invoiceDate}});
    }
    const QString dueDate = fields::text(header.value(key("paymentDueDate")));
    if (!dueDate.isEmpty()) {
        e.dueDate = fields::date(dueDate);
        if (!e.dueDate.isValid())
            ctx.reason(QStringLiteral("date.invalid"), QStringLiteral("The payment due date '%1' is not a date.").arg(dueDate),
                       QJsonObject{{QStringLiteral("field"), QStringLiteral("paymentDueDate")}, {QStringLiteral("value"), dueDate}});
    }
    const QString invoiceNumber = fields::text(header.value(key("vendorInvoiceNumber")));
    e.memo = fields::cut(fields::joined(invoiceNumber, vendorName), b1len::Memo);
    e.reference = fields::cut(invoiceNumber, b1len::Reference);
    e.reference2 = fields::cut(id.docId, b1len::Reference2);
    e.reference3 = id.idemKey;

    Decimal inputTax;
    Decimal debits; // every rounded debit, mapped or not (so an unmapped account is not also a mismatch)
    bool allocationTax = false;
    bool allocationShipping = false;
    QList<FreightPart> freight;

    bool ok = true;
    const QJsonArray items = fields::items(doc.value(key("lineItem")), &ok);
    if (!ok)
        ctx.malformed(QStringLiteral("lineItem is neither a list nor a line item."), bad("wrong-shape", "lineItem"));
    for (int n = 0; n < items.size(); ++n) {
        const QJsonObject item = items.at(n).toObject();
        QString description = fields::text(item.value(key("lineItemDescription")));
        if (description.isEmpty())
            description = fields::text(item.value(key("expenseTypeName")));
        const auto where = [&] { return QStringLiteral("Line item %1 (%2)").arg(n + 1).arg(description); };
        const QJsonArray allocations = fields::items(item.value(key("allocation")), &ok);
        if (!ok)
            ctx.malformed(QStringLiteral("%1: allocation is neither a list nor an allocation.").arg(where()),
                          bad("wrong-shape", "allocation", {{"item", n + 1}, {"description", description}}));
        for (int a = 0; a < allocations.size(); ++a) {
            const QJsonObject allocation = allocations.at(a).toObject();
            const auto at = [&] { return QStringLiteral("%1, allocation %2").arg(where()).arg(a + 1); };
            const auto atArgs = [&](const char *what, const char *field, const QString &value = {}) {
                QJsonObject o = bad(what, field, {{"item", n + 1}, {"allocation", a + 1}, {"description", description}});
                if (!value.isEmpty())
                    o.insert(QStringLiteral("value"), value);
                return o;
            };
            // The invoice journal is one object per allocation (an array in expense documents);
            // accept both.
            const QJsonArray journals = fields::items(allocation.value(key("journal")), &ok);
            if (!ok || journals.isEmpty()) {
                ctx.malformed(QStringLiteral("%1 has no journal amounts.").arg(at()), atArgs("missing", "journal"));
                continue;
            }
            QString codes[5];
            QStringList pendingCodes; // cost centers that did not resolve (preview)
            costingCodes(ctx, allocation, item, header, owner, codes, &pendingCodes);
            for (const QJsonValue &jv : journals) {
                const QJsonObject journal = jv.toObject();
                QString concurAccount = fields::text(journal.value(key("accountCode")));
                if (concurAccount.isEmpty())
                    concurAccount = fields::text(allocation.value(key("allocationAccountCode")));
                if (concurAccount.isEmpty()) {
                    ctx.malformed(QStringLiteral("%1 has no account code.").arg(at()), atArgs("missing", "accountCode"));
                    continue;
                }
                const fields::Amount net = fields::amount(journal.value(key("amountNet")));
                if (!net.ok()) {
                    ctx.malformed(net.status == fields::Amount::Missing
                                      ? QStringLiteral("%1 has no amountNet.").arg(at())
                                      : QStringLiteral("%1: amountNet '%2' is not a number.").arg(at(), net.raw),
                                  net.status == fields::Amount::Missing ? atArgs("missing", "amountNet")
                                                                        : atArgs("not-a-number", "amountNet", net.raw));
                    continue;
                }
                const fields::Amount gross = fields::amount(journal.value(key("amountGross")));
                const fields::Amount shipping = fields::amount(journal.value(key("amountShipping")));
                QString bad;
                const std::optional<Decimal> tax = explicitTax(journal.value(key("tax")), &bad);
                if (gross.status == fields::Amount::Invalid)
                    bad = gross.raw;
                if (shipping.status == fields::Amount::Invalid)
                    bad = shipping.raw;
                if (!bad.isEmpty()) {
                    ctx.malformed(QStringLiteral("%1: amount '%2' is not a number.").arg(at(), bad), atArgs("not-a-number", "amount", bad));
                    continue;
                }
                const Decimal netR = ctx.component(net.value);
                debits += netR;
                const Resolution acct = m_mapper.account(concurAccount);
                ctx.resolved(acct);
                ctx.addLineFor(acct, false, netR, description, &codes, pendingCodes);
                // Tax: as sent, else what the gross holds beyond net and shipping (Concur's gross
                // is the allocation's full amount), from the ROUNDED parts so that the lines add
                // up to the rounded gross.
                const Decimal shipR = shipping.ok() && !shipping.value.isZero() ? ctx.component(shipping.value) : Decimal();
                Decimal taxR;
                if (tax)
                    taxR = ctx.component(*tax);
                else if (gross.ok())
                    taxR = ctx.round(gross.value) - netR - shipR;
                debits += taxR;
                if (!taxR.isZero()) {
                    allocationTax = true;
                    inputTax += taxR;
                }
                if (!shipR.isZero()) {
                    allocationShipping = true;
                    debits += shipR;
                    int k = 0;
                    while (k < freight.size()) {
                        bool same = true;
                        for (int d = 0; d < 5 && same; ++d)
                            same = freight.at(k).codes[d] == codes[d];
                        if (same)
                            break;
                        ++k;
                    }
                    if (k == freight.size()) {
                        FreightPart part;
                        for (int d = 0; d < 5; ++d)
                            part.codes[d] = codes[d];
                        freight.append(part);
                    }
                    freight[k].amount += shipR;
                }
            }
        }
    }

    // Header-level tax and shipping apply only when the allocations carry none (no double count).
    if (!allocationTax) {
        const fields::Amount t = fields::amount(header.value(key("amountTaxTotal")));
        if (t.status == fields::Amount::Invalid)
            ctx.malformed(QStringLiteral("amountTaxTotal '%1' is not a number.").arg(t.raw),
                          bad("not-a-number", "amountTaxTotal", {{"value", t.raw}}));
        else if (t.ok() && !t.value.isZero()) {
            const Decimal taxR = ctx.component(t.value);
            inputTax += taxR;
            debits += taxR;
        }
    }
    if (!allocationShipping) {
        const fields::Amount s = fields::amount(header.value(key("amountShippingTotal")));
        if (s.status == fields::Amount::Invalid)
            ctx.malformed(QStringLiteral("amountShippingTotal '%1' is not a number.").arg(s.raw),
                          bad("not-a-number", "amountShippingTotal", {{"value", s.raw}}));
        else if (s.ok() && !s.value.isZero()) {
            freight.append(FreightPart{{}, ctx.component(s.value)});
            debits += freight.last().amount;
        }
    }
    if (!inputTax.isZero()) {
        const Resolution tax = m_mapper.settingAccount(PostingSettings::inputTaxAccountKey(), m_settings.inputTaxAccount,
                                                       QStringLiteral("tax_account.missing"), QStringLiteral("input tax account"));
        ctx.resolved(tax);
        ctx.addLineFor(tax, false, inputTax, QStringLiteral("Input tax"));
    }
    bool anyFreight = false;
    for (const FreightPart &f : std::as_const(freight))
        anyFreight = anyFreight || !f.amount.isZero();
    if (anyFreight) {
        const Resolution acct = m_mapper.settingAccount(PostingSettings::freightAccountKey(), m_settings.freightAccount,
                                                        QStringLiteral("freight_account.missing"), QStringLiteral("freight account"));
        ctx.resolved(acct);
        for (const FreightPart &f : std::as_const(freight))
            ctx.addLineFor(acct, false, f.amount, QStringLiteral("Freight"), &f.codes);
    }

    // The vendor is credited with the sum of the rounded debits, reconciled against Concur's own
    // total (never against an amount computed from the same lines).
    const Decimal vendorCredit = debits;
    const fields::Amount total = fields::amount(header.value(key("requestTotal")));
    if (total.status == fields::Amount::Invalid)
        ctx.malformed(QStringLiteral("requestTotal '%1' is not a number.").arg(total.raw),
                      bad("not-a-number", "requestTotal", {{"value", total.raw}}));
    if (total.ok()) {
        ctx.checkTotals(vendorCredit, total.value, QStringLiteral("request total"), QStringLiteral("totals.mismatch"), {},
                        QJsonObject{{QStringLiteral("total"), QStringLiteral("request")}});
    } else if (total.status == fields::Amount::Missing) {
        ctx.reason(QStringLiteral("totals.missing"),
                   QStringLiteral("Concur sent no total for the payment request (requestTotal), so its lines cannot be "
                                  "checked against Concur's own figure."),
                   QJsonObject{{QStringLiteral("case"), QStringLiteral("invoice")}});
    }
    if (!vendorName.isEmpty() || !vendorCode.isEmpty()) {
        const Resolution bp = m_mapper.invoiceVendor(vendorCode, vendorName, taxId);
        ctx.resolved(bp);
        ctx.addLineFor(bp, true, -vendorCredit, e.memo);
    }
    // Never drop a payment request silently: one that would post nothing waits for a person.
    if (ctx.result().reasons.isEmpty() && e.lines.isEmpty()) {
        ctx.reason(QStringLiteral("totals.unaccounted"),
                   QStringLiteral("The payment request has no line item amounts, so nothing would be posted (request "
                                  "total %1). Please check it in Concur (skip it here if that is right).")
                       .arg(total.ok() ? total.value.toString(ctx.decimals()) : QStringLiteral("0")),
                   QJsonObject{{QStringLiteral("case"), QStringLiteral("no-lines")},
                               {QStringLiteral("requestTotal"), total.ok() ? total.value.toString(ctx.decimals()) : QStringLiteral("0")}});
    }
}

} // namespace mlc::accounting
