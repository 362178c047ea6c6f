// Expense reports (docType "expense"): design.md §2 "Expense report".
#include "buildcontext.h"
#include "journalbuilder.h"
#include "jsonfields.h"

namespace mlc::accounting {
namespace {

QLatin1String key(const char *k)
{
    return QLatin1String(k);
}

struct PendingCredit {
    QString account;
    Decimal amount; // positive: credited
    QString memo;
};

struct ClearingTotal {
    QString payee;
    Decimal amount; // signed: positive = credit to the clearing account
};

// Payee codes of an EMPL-paid line that mean "the company card / the company": the employee owes
// the amount back. Card codes configured with a clearing account are accepted too.
bool employeeOwesPayee(const QString &payee, const PostingSettings &settings)
{
    return payee == QLatin1String("COMP") || payee == QLatin1String("CBCP") || payee == QLatin1String("IBCP")
        || payee == QLatin1String("IBIP") || settings.clearingAccountByPayee.contains(payee);
}

} // namespace

void JournalBuilder::buildExpense(detail::BuildContext &ctx, const QJsonObject &doc, const QDate &syncDate) const
{
    const DocumentIdentity &id = ctx.result().identity;
    const QJsonValue reportValue = doc.value(key("report"));
    if (!reportValue.isObject()) {
        ctx.malformed(QStringLiteral("The expense document has no report block."));
        return;
    }
    const QJsonObject report = reportValue.toObject();
    const QJsonObject employee = doc.value(key("employee")).toObject();
    const QString employeeId = fields::text(employee.value(key("employeeId")));
    if (id.docId.isEmpty())
        ctx.malformed(QStringLiteral("The report has no reportId."));
    if (id.companyKey.isEmpty())
        ctx.malformed(QStringLiteral("The report has no reportKey, so no idempotency key can be built."));
    if (id.revision.isEmpty())
        ctx.malformed(QStringLiteral("The report has no revisionNumber."));
    if (employeeId.isEmpty())
        ctx.malformed(QStringLiteral("The report has no employee id."));
    ctx.setCurrency(id.currency);

    // Header.
    JournalEntry &e = ctx.entry();
    QString dateField;
    switch (m_settings.referenceDate) {
    case PostingSettings::ReferenceDate::PaymentProcessing: dateField = QStringLiteral("reportPaymentProcessingDate"); break;
    case PostingSettings::ReferenceDate::Submit: dateField = QStringLiteral("reportSubmitDate"); break;
    case PostingSettings::ReferenceDate::SyncDate: break;
    }
    e.referenceDate = syncDate;
    if (!dateField.isEmpty()) {
        // A missing date falls back to the sync date; a present but unreadable one is not guessed.
        const QString raw = fields::text(report.value(dateField));
        if (!raw.isEmpty()) {
            e.referenceDate = fields::date(raw);
            if (!e.referenceDate.isValid())
                ctx.reason(QStringLiteral("date.invalid"), QStringLiteral("The report's %1 '%2' is not a date.").arg(dateField, raw));
        }
    }
    const QString number = fields::text(report.value(key("reportNumber")));
    const QString name = fields::text(report.value(key("reportName")));
    e.memo = fields::cut(fields::joined(number, name), b1len::Memo);
    e.reference = fields::cut(id.docId, b1len::Reference);
    e.reference2 = fields::cut(employeeId, b1len::Reference2);
    e.reference3 = id.idemKey;

    Decimal employeeNet;      // rounded; > 0: the company owes the employee
    Decimal employeeNetExact; // the same from Concur's unrounded amounts
    Decimal inputTax;
    QList<ClearingTotal> clearing;
    QList<PendingCredit> credits;
    const QJsonObject noItem;

    bool ok = true;
    const QJsonArray entries = fields::items(doc.value(key("expenseEntry")), &ok);
    if (!ok)
        ctx.malformed(QStringLiteral("expenseEntry is neither a list nor an entry."));
    for (int n = 0; n < entries.size(); ++n) {
        if (!entries.at(n).isObject()) {
            ctx.malformed(QStringLiteral("Expense entry %1 is not an object.").arg(n + 1));
            continue;
        }
        const QJsonObject entry = entries.at(n).toObject();
        QString typeName = fields::text(entry.value(key("expenseTypeName")));
        if (typeName.isEmpty())
            typeName = fields::text(entry.value(key("expenseTypeCode")));
        // Messages are only formatted when something is wrong (this runs for every entry).
        const auto where = [&] { return QStringLiteral("Expense entry %1 (%2)").arg(n + 1).arg(typeName); };
        const QString vendorText = fields::text(entry.value(key("entryVendorDescription")));
        const QString memo = vendorText.isEmpty() ? typeName : QString(typeName + QStringLiteral(" - ") + vendorText);

        const QJsonArray allocations = fields::items(entry.value(key("allocation")), &ok);
        if (!ok)
            ctx.malformed(QStringLiteral("%1: allocation is neither a list nor an allocation.").arg(where()));
        // Personal out-of-pocket entries carry no journal lines: nothing to post for them.
        for (int a = 0; a < allocations.size(); ++a) {
            const QJsonObject allocation = allocations.at(a).toObject();
            const QJsonArray journals = fields::items(allocation.value(key("journal")), &ok);
            if (!ok)
                ctx.malformed(QStringLiteral("%1: journal is neither a list nor a journal line.").arg(where()));
            bool costingDone = false;
            QString codes[5];
            for (int j = 0; j < journals.size(); ++j) {
                const QJsonObject line = journals.at(j).toObject();
                const auto at = [&] { return QStringLiteral("%1, journal line %2").arg(where()).arg(j + 1); };
                const QString payer = fields::text(line.value(key("journalPayer"))).toUpper();
                const QString payee = fields::text(line.value(key("journalPayee"))).toUpper();
                const fields::Amount gross = fields::amount(line.value(key("amountGross")));
                if (!gross.ok()) {
                    ctx.malformed(gross.status == fields::Amount::Missing
                                      ? QStringLiteral("%1 has no amountGross.").arg(at())
                                      : QStringLiteral("%1: amountGross '%2' is not a number.").arg(at(), gross.raw));
                    continue;
                }
                fields::Amount net = fields::amount(line.value(key("amountNetOfReclaim")));
                if (net.status == fields::Amount::Invalid) {
                    ctx.malformed(QStringLiteral("%1: amountNetOfReclaim '%2' is not a number.").arg(at(), net.raw));
                    continue;
                }
                if (net.status == fields::Amount::Missing) // nothing reclaimed: the gross is the expense
                    net = gross;
                const QString concurAccount = fields::text(line.value(key("journalAccountCode")));
                if (concurAccount.isEmpty()) {
                    ctx.malformed(QStringLiteral("%1 has no journalAccountCode.").arg(at()));
                    continue;
                }

                if (payer == QLatin1String("COMP")) {
                    // Company pays: debit the expense net of reclaimable tax, the difference to
                    // input tax. The tax is the difference of the ROUNDED amounts, so each line
                    // pair balances to the cent against its rounded gross.
                    const Decimal grossR = ctx.component(gross.value);
                    const Decimal netR = ctx.round(net.value);
                    if (!costingDone) {
                        costingCodes(ctx, allocation, entry, report, employee, codes);
                        costingDone = true;
                    }
                    const Resolution acct = m_mapper.account(concurAccount);
                    if (ctx.resolved(acct))
                        ctx.addLine(acct.target, {}, netR, memo, &codes);
                    inputTax += grossR - netR;
                    if (payee == QLatin1String("EMPL")) {
                        employeeNet += grossR;
                        employeeNetExact += gross.value;
                    } else if (!payee.isEmpty()) {
                        int k = 0;
                        while (k < clearing.size() && clearing.at(k).payee != payee)
                            ++k;
                        if (k == clearing.size())
                            clearing.append(ClearingTotal{payee, Decimal()});
                        clearing[k].amount += grossR;
                    } else {
                        ctx.reason(QStringLiteral("payer.unsupported"),
                                   QStringLiteral("%1 has payer COMP but no payee.").arg(at()));
                    }
                } else if (payer == QLatin1String("EMPL") && employeeOwesPayee(payee, m_settings)) {
                    // A personal charge on a company card: the employee owes it back. Concur
                    // sends it negative; post |gross|, without tax and cost center.
                    const Decimal amountR = ctx.component(gross.value.abs());
                    const Resolution acct = m_mapper.account(concurAccount);
                    if (ctx.resolved(acct))
                        credits.append(PendingCredit{acct.target, amountR, memo});
                    employeeNet -= amountR;
                    employeeNetExact -= gross.value.abs();
                } else {
                    ctx.reason(QStringLiteral("payer.unsupported"),
                               QStringLiteral("Unsupported payer/payee %1→%2 (%3).")
                                   .arg(payer.isEmpty() ? QStringLiteral("(none)") : payer,
                                        payee.isEmpty() ? QStringLiteral("(none)") : payee, at()));
                }
            }
        }
    }

    // Cash advances reduce what the company owes the employee.
    QJsonValue advancesValue = doc.value(key("cashAdvanceApplication"));
    if (advancesValue.isUndefined() || advancesValue.isNull())
        advancesValue = report.value(key("cashAdvanceApplication"));
    const QJsonArray advances = fields::items(advancesValue, &ok);
    if (!ok)
        ctx.malformed(QStringLiteral("cashAdvanceApplication is neither a list nor an application."));
    for (int n = 0; n < advances.size(); ++n) {
        const QJsonObject ca = advances.at(n).toObject();
        const auto at = [&] { return QStringLiteral("Cash advance application %1").arg(n + 1); };
        const fields::Amount amount = fields::amount(ca.value(key("cashAdvanceApplicationAmount")));
        if (amount.status == fields::Amount::Invalid) {
            ctx.malformed(QStringLiteral("%1: cashAdvanceApplicationAmount '%2' is not a number.").arg(at(), amount.raw));
            continue;
        }
        if (!amount.ok() || amount.value.isZero())
            continue;
        const QString concurAccount = fields::text(ca.value(key("cashAdvanceClearingAccountCode")));
        if (concurAccount.isEmpty()) {
            ctx.malformed(QStringLiteral("%1 has no cashAdvanceClearingAccountCode.").arg(at()));
            continue;
        }
        const Decimal amountR = ctx.component(amount.value.abs());
        const Resolution acct = m_mapper.account(concurAccount);
        if (ctx.resolved(acct))
            credits.append(PendingCredit{acct.target, amountR, QStringLiteral("Cash advance")});
        employeeNet -= amountR;
        employeeNetExact -= amount.value.abs();
    }

    if (!inputTax.isZero()) {
        const Resolution tax = m_mapper.settingAccount(PostingSettings::inputTaxAccountKey(), m_settings.inputTaxAccount,
                                                       QStringLiteral("tax_account.missing"), QStringLiteral("input tax account"));
        if (ctx.resolved(tax))
            ctx.addLine(tax.target, {}, inputTax, QStringLiteral("Input tax"));
    }
    for (const ClearingTotal &c : std::as_const(clearing)) {
        if (c.amount.isZero())
            continue;
        const Resolution acct = m_mapper.settingAccount(PostingSettings::clearingAccountKey(c.payee),
                                                        m_settings.clearingAccountByPayee.value(c.payee),
                                                        QStringLiteral("clearing.missing"),
                                                        QStringLiteral("clearing account for payee %1").arg(c.payee));
        if (ctx.resolved(acct))
            ctx.addLine(acct.target, {}, -c.amount, QStringLiteral("Clearing %1").arg(c.payee));
    }
    for (const PendingCredit &c : std::as_const(credits))
        ctx.addLine(c.account, {}, -c.amount, c.memo);

    // Concur's amount due to the employee is net of cash advances and of personal card charges the
    // employee owes; without it, reconcile against Concur's own unrounded amounts.
    const fields::Amount due = fields::amount(report.value(key("amountDueEmployee")));
    if (due.status == fields::Amount::Invalid)
        ctx.malformed(QStringLiteral("The report's amountDueEmployee '%1' is not a number.").arg(due.raw));
    ctx.checkTotals(employeeNet, due.ok() ? due.value : employeeNetExact.rounded(ctx.decimals()),
                    QStringLiteral("amount due to the employee"));

    // One line for the employee: credit what is owed, or debit when advances and personal charges
    // exceed it.
    if (!employeeNet.isZero() && !employeeId.isEmpty()) {
        const Resolution vendor = m_mapper.employeeVendor(employeeId, fields::text(employee.value(key("employeeFirstName"))),
                                                          fields::text(employee.value(key("employeeLastName"))));
        if (ctx.resolved(vendor))
            ctx.addLine({}, vendor.target, -employeeNet, e.memo);
    }
}

} // namespace mlc::accounting
