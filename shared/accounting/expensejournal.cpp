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

// Arguments of a document.malformed reason: which field, what is wrong with it, and where.
QJsonObject bad(const char *what, const char *field, std::initializer_list<QPair<const char *, QJsonValue>> where = {})
{
    QJsonObject o{{QLatin1String("case"), QLatin1String(what)}, {QLatin1String("field"), QLatin1String(field)}};
    for (const auto &w : where)
        o.insert(QLatin1String(w.first), w.second);
    return o;
}

struct PendingCredit {
    QString account;
    Decimal amount; // positive: credited
    QString memo;
    QString codes[5]; // the allocation's costing codes (a personal charge's credit carries them)
    QStringList unresolved; // for the preview: the account (or cost centers) that did not resolve
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

// Payer codes of a card credit (a refund to a card the company pays): Concur's company-paid card
// codes, and any other card code configured with a clearing account.
bool isCardPayer(const QString &payer, const PostingSettings &settings)
{
    if (payer == QLatin1String("COMP") || payer == QLatin1String("EMPL") || payer.isEmpty())
        return false;
    return payer == QLatin1String("CBCP") || payer == QLatin1String("IBCP") || payer == QLatin1String("COPD")
        || settings.clearingAccountByPayee.contains(payer);
}

void addTo(QList<ClearingTotal> &totals, const QString &payee, const Decimal &amount)
{
    for (ClearingTotal &t : totals) {
        if (t.payee == payee) {
            t.amount += amount;
            return;
        }
    }
    totals.append(ClearingTotal{payee, amount});
}

} // namespace

void JournalBuilder::buildExpense(detail::BuildContext &ctx, const QJsonObject &doc, const QDate &syncDate) const
{
    const DocumentIdentity &id = ctx.result().identity;
    const QJsonValue reportValue = doc.value(key("report"));
    if (!reportValue.isObject()) {
        ctx.malformed(QStringLiteral("The expense document has no report block."), bad("no-block", "report"));
        return;
    }
    const QJsonObject report = reportValue.toObject();
    const QJsonObject employee = doc.value(key("employee")).toObject();
    const QString employeeId = fields::text(employee.value(key("employeeId")));
    if (id.docId.isEmpty())
        ctx.malformed(QStringLiteral("The report has no reportId."), bad("missing", "reportId"));
    if (id.companyKey.isEmpty())
        ctx.malformed(QStringLiteral("The report has no reportKey, so no idempotency key can be built."), bad("missing", "reportKey"));
    if (id.revision.isEmpty())
        ctx.malformed(QStringLiteral("The report has no revisionNumber."), bad("missing", "revisionNumber"));
    if (employeeId.isEmpty())
        ctx.malformed(QStringLiteral("The report has no employee id."), bad("missing", "employeeId"));
    ctx.setCurrency(id.currency);

    // Header.
    JournalEntry &e = ctx.entry();
    QString dateField;
    switch (m_settings.referenceDate) {
    case PostingSettings::ReferenceDate::PaymentProcessing: dateField = QStringLiteral("reportPaymentProcessingDate"); break;
    case PostingSettings::ReferenceDate::Submit: dateField = QStringLiteral("reportSubmitDate"); break;
    case PostingSettings::ReferenceDate::SyncDate: break;
    }
    // whatKey: "sync", "payment" or "submit" (which date), for the reason's arguments.
    const auto zoneUnknown = [&](const QString &what, const char *whatKey) {
        ctx.reason(QStringLiteral("setting.invalid"),
                   m_settings.timeZoneName.isEmpty()
                       ? QStringLiteral("The system's time zone is unknown, so the date of the %1 cannot be determined. "
                                        "Set posting/timeZone to the company's time zone (for example Europe/Berlin or "
                                        "America/New_York).").arg(what)
                       : QStringLiteral("The company time zone '%1' (setting posting/timeZone) is not a known time zone, "
                                        "so the date of the %2 cannot be determined. Use a name such as Europe/Berlin "
                                        "or America/New_York.").arg(m_settings.timeZoneName, what),
                   QStringLiteral("setting/") + PostingSettings::timeZoneKey(), {},
                   QJsonObject{{QStringLiteral("case"), m_settings.timeZoneName.isEmpty() ? QStringLiteral("zone-unknown")
                                                                                          : QStringLiteral("zone-invalid")},
                               {QStringLiteral("zone"), m_settings.timeZoneName},
                               {QStringLiteral("setting"), PostingSettings::timeZoneKey()},
                               {QStringLiteral("date"), QLatin1String(whatKey)}});
    };
    if (dateField.isEmpty()) {
        // The caller's sync date is the date of the sync in the company's zone; without a zone
        // there is none.
        e.referenceDate = syncDate;
        if (!syncDate.isValid())
            zoneUnknown(QStringLiteral("sync"), "sync");
    } else {
        // Both fields are instants in UTC: their date is the company's (posting/timeZone), so that
        // a report processed at 8 pm on March 31 in New York posts in March. A missing date is not
        // replaced by the sync date: the posting period would be a guess.
        const QString raw = fields::text(report.value(dateField));
        const bool submit = m_settings.referenceDate == PostingSettings::ReferenceDate::Submit;
        const QString what = submit ? QStringLiteral("submit date") : QStringLiteral("payment-processing date");
        const char *whatKey = submit ? "submit" : "payment";
        if (raw.isEmpty()) {
            ctx.reason(QStringLiteral("date.missing"),
                       QStringLiteral("Concur sent no %1 (%2) for this report, so its posting date is unknown. Have the "
                                      "report corrected in Concur, or choose another posting date (setting "
                                      "posting/referenceDate: payment, submit or sync) and retry it.")
                           .arg(what, dateField),
                       QJsonObject{{QStringLiteral("field"), dateField}, {QStringLiteral("date"), QLatin1String(whatKey)}});
        } else if (!m_settings.timeZone.isValid()) {
            zoneUnknown(QStringLiteral("report's ") + what, whatKey);
        } else {
            e.referenceDate = fields::instantDate(raw, m_settings.timeZone);
            if (!e.referenceDate.isValid())
                ctx.reason(QStringLiteral("date.invalid"), QStringLiteral("The report's %1 '%2' is not a date.").arg(dateField, raw),
                           QJsonObject{{QStringLiteral("field"), dateField}, {QStringLiteral("value"), raw}});
        }
    }
    const QString number = fields::text(report.value(key("reportNumber")));
    const QString name = fields::text(report.value(key("reportName")));
    e.memo = fields::cut(fields::joined(number, name), b1len::Memo);
    e.reference = fields::cut(id.docId, b1len::Reference);
    e.reference2 = fields::cut(employeeId, b1len::Reference2);
    e.reference3 = id.idemKey;

    Decimal employeeNet; // rounded; > 0: the company owes the employee
    Decimal linesTotal;  // every journal line's rounded gross, signed as sent (Concur's approved total)
    Decimal inputTax;
    QList<ClearingTotal> clearing;    // per card payee code: > 0 credited (charges)
    QList<ClearingTotal> cardCredits; // per card payer code: < 0 debited (refunds to the card)
    QList<PendingCredit> credits;
    QStringList unjournaled; // entries that are not personal but carry no journal line
    QStringList unjournaledNumbers; // the same as entry numbers (the reason's arguments)
    bool allPersonal = true;
    const QJsonObject noItem;

    bool ok = true;
    const QJsonArray entries = fields::items(doc.value(key("expenseEntry")), &ok);
    if (!ok)
        ctx.malformed(QStringLiteral("expenseEntry is neither a list nor an entry."), bad("wrong-shape", "expenseEntry"));
    for (int n = 0; n < entries.size(); ++n) {
        if (!entries.at(n).isObject()) {
            ctx.malformed(QStringLiteral("Expense entry %1 is not an object.").arg(n + 1),
                          bad("wrong-shape", "expenseEntry", {{"entry", n + 1}}));
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
        // Concur's posting records book a journal line without an account on the entry's clearing
        // account (its personal card charge examples send both lines of the pair that way).
        const QString clearingAccountCode = fields::text(entry.value(key("clearingAccountCode")));
        const bool personal = fields::text(entry.value(key("entryIsPersonal"))).compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0;
        allPersonal = allPersonal && personal;
        int journalLines = 0;

        const QJsonArray allocations = fields::items(entry.value(key("allocation")), &ok);
        if (!ok)
            ctx.malformed(QStringLiteral("%1: allocation is neither a list nor an allocation.").arg(where()),
                          bad("wrong-shape", "allocation", {{"entry", n + 1}, {"expenseType", typeName}}));
        // Personal out-of-pocket entries carry no journal lines: nothing to post for them.
        for (int a = 0; a < allocations.size(); ++a) {
            const QJsonObject allocation = allocations.at(a).toObject();
            const QJsonArray journals = fields::items(allocation.value(key("journal")), &ok);
            if (!ok)
                ctx.malformed(QStringLiteral("%1: journal is neither a list nor a journal line.").arg(where()),
                              bad("wrong-shape", "journal", {{"entry", n + 1}, {"expenseType", typeName}}));
            bool costingDone = false;
            QString codes[5];
            QStringList pendingCodes; // cost centers of this allocation that did not resolve (preview)
            const auto allocationCodes = [&]() -> const QString(&)[5] {
                if (!costingDone) {
                    costingCodes(ctx, allocation, entry, report, employee, codes, &pendingCodes);
                    costingDone = true;
                }
                return codes;
            };
            journalLines += journals.size();
            for (int j = 0; j < journals.size(); ++j) {
                const QJsonObject line = journals.at(j).toObject();
                const auto at = [&] { return QStringLiteral("%1, journal line %2").arg(where()).arg(j + 1); };
                const auto atArgs = [&](const char *what, const char *field, const QString &value = {}) {
                    QJsonObject o = bad(what, field, {{"entry", n + 1}, {"line", j + 1}, {"expenseType", typeName}});
                    if (!value.isEmpty())
                        o.insert(QStringLiteral("value"), value);
                    return o;
                };
                const QString payer = fields::text(line.value(key("journalPayer"))).toUpper();
                const QString payee = fields::text(line.value(key("journalPayee"))).toUpper();
                const fields::Amount gross = fields::amount(line.value(key("amountGross")));
                if (!gross.ok()) {
                    ctx.malformed(gross.status == fields::Amount::Missing
                                      ? QStringLiteral("%1 has no amountGross.").arg(at())
                                      : QStringLiteral("%1: amountGross '%2' is not a number.").arg(at(), gross.raw),
                                  gross.status == fields::Amount::Missing ? atArgs("missing", "amountGross")
                                                                          : atArgs("not-a-number", "amountGross", gross.raw));
                    continue;
                }
                fields::Amount net = fields::amount(line.value(key("amountNetOfReclaim")));
                if (net.status == fields::Amount::Invalid) {
                    ctx.malformed(QStringLiteral("%1: amountNetOfReclaim '%2' is not a number.").arg(at(), net.raw),
                                  atArgs("not-a-number", "amountNetOfReclaim", net.raw));
                    continue;
                }
                if (net.status == fields::Amount::Missing) // nothing reclaimed: the gross is the expense
                    net = gross;
                QString concurAccount = fields::text(line.value(key("journalAccountCode")));
                if (concurAccount.isEmpty())
                    concurAccount = clearingAccountCode;
                if (concurAccount.isEmpty()) {
                    ctx.malformed(QStringLiteral("%1 has no journalAccountCode and its entry no clearingAccountCode.").arg(at()),
                                  atArgs("missing", "journalAccountCode"));
                    continue;
                }
                // Rounded once per line (half away from zero is symmetric, so |round(x)| = round(|x|)).
                const Decimal grossR = ctx.component(gross.value);
                linesTotal += grossR;

                if (payer == QLatin1String("COMP") || (isCardPayer(payer, m_settings) && payee == QLatin1String("COMP")
                                                       && gross.value.isNegative())) {
                    // Company pays: debit the expense net of reclaimable tax, the difference to
                    // input tax. The tax is the difference of the ROUNDED amounts, so each line
                    // pair balances to the cent against its rounded gross. A card credit (a refund
                    // to a company-paid card, negative) is the same with the signs turned: the
                    // expense and its input tax are credited, the card's clearing account debited.
                    const Decimal netR = ctx.round(net.value);
                    const Resolution acct = m_mapper.account(concurAccount);
                    const QString(&lineCodes)[5] = allocationCodes();
                    ctx.resolved(acct);
                    ctx.addLineFor(acct, false, netR, memo, &lineCodes, pendingCodes);
                    inputTax += grossR - netR;
                    if (payer != QLatin1String("COMP")) {
                        addTo(cardCredits, payer, grossR);
                    } else if (payee == QLatin1String("EMPL")) {
                        employeeNet += grossR;
                    } else if (!payee.isEmpty()) {
                        addTo(clearing, payee, grossR);
                    } else {
                        ctx.reason(QStringLiteral("payer.unsupported"),
                                   QStringLiteral("%1 has payer COMP but no payee.").arg(at()),
                                   QJsonObject{{QStringLiteral("case"), QStringLiteral("no-payee")},
                                               {QStringLiteral("payer"), payer},
                                               {QStringLiteral("entry"), n + 1},
                                               {QStringLiteral("line"), j + 1},
                                               {QStringLiteral("expenseType"), typeName}});
                    }
                } else if (payer == QLatin1String("EMPL") && employeeOwesPayee(payee, m_settings)) {
                    if (gross.value.isNegative()) {
                        // A personal charge on a company card (or a cash credit): the employee owes
                        // it back. Concur sends it negative. Debit the employee, credit the account
                        // with |gross| and the allocation's dimensions (it reverses a debit that
                        // carried them), without tax.
                        const Decimal amountR = grossR.abs();
                        const Resolution acct = m_mapper.account(concurAccount);
                        const QString(&lineCodes)[5] = allocationCodes();
                        PendingCredit credit{acct.target, amountR, memo, {}, pendingCodes};
                        if (!ctx.resolved(acct)) {
                            credit.account.clear();
                            credit.unresolved.prepend(acct.reason.blockerKey);
                        }
                        for (int d = 0; d < 5; ++d)
                            credit.codes[d] = lineCodes[d];
                        credits.append(credit);
                        employeeNet -= amountR;
                    } else if (!gross.value.isZero()) {
                        // Concur's personal charges are negative; a positive one has no documented
                        // meaning (who owes whom?), so it is not booked like the negative one.
                        ctx.reason(QStringLiteral("payer.personal_positive"),
                                   QStringLiteral("%1: a personal charge the employee owes (payer EMPL, payee %2) with a "
                                                  "positive amount %3. Concur sends these charges as negative amounts, so "
                                                  "booking it would be a guess; please check the report in Concur.")
                                       .arg(at(), payee, grossR.toFixed(ctx.decimals())),
                                   QJsonObject{{QStringLiteral("payee"), payee},
                                               {QStringLiteral("amount"), grossR.toFixed(ctx.decimals())},
                                               {QStringLiteral("entry"), n + 1},
                                               {QStringLiteral("line"), j + 1},
                                               {QStringLiteral("expenseType"), typeName}});
                    }
                } else {
                    ctx.reason(QStringLiteral("payer.unsupported"),
                               QStringLiteral("Unsupported payer/payee %1→%2 (%3).")
                                   .arg(payer.isEmpty() ? QStringLiteral("(none)") : payer,
                                        payee.isEmpty() ? QStringLiteral("(none)") : payee, at()),
                               QJsonObject{{QStringLiteral("case"), QStringLiteral("combination")},
                                           {QStringLiteral("payer"), payer},
                                           {QStringLiteral("payee"), payee},
                                           {QStringLiteral("entry"), n + 1},
                                           {QStringLiteral("line"), j + 1},
                                           {QStringLiteral("expenseType"), typeName}});
                }
            }
        }
        if (!personal && journalLines == 0) {
            unjournaled.append(where());
            unjournaledNumbers.append(QString::number(n + 1));
        }
    }

    // Cash advances reduce what the company owes the employee.
    QJsonValue advancesValue = doc.value(key("cashAdvanceApplication"));
    if (advancesValue.isUndefined() || advancesValue.isNull())
        advancesValue = report.value(key("cashAdvanceApplication"));
    const QJsonArray advances = fields::items(advancesValue, &ok);
    if (!ok)
        ctx.malformed(QStringLiteral("cashAdvanceApplication is neither a list nor an application."),
                      bad("wrong-shape", "cashAdvanceApplication"));
    for (int n = 0; n < advances.size(); ++n) {
        const QJsonObject ca = advances.at(n).toObject();
        const auto at = [&] { return QStringLiteral("Cash advance application %1").arg(n + 1); };
        const fields::Amount amount = fields::amount(ca.value(key("cashAdvanceApplicationAmount")));
        if (amount.status == fields::Amount::Invalid) {
            ctx.malformed(QStringLiteral("%1: cashAdvanceApplicationAmount '%2' is not a number.").arg(at(), amount.raw),
                          bad("not-a-number", "cashAdvanceApplicationAmount", {{"advance", n + 1}, {"value", amount.raw}}));
            continue;
        }
        if (!amount.ok() || amount.value.isZero())
            continue;
        const QString concurAccount = fields::text(ca.value(key("cashAdvanceClearingAccountCode")));
        if (concurAccount.isEmpty()) {
            ctx.malformed(QStringLiteral("%1 has no cashAdvanceClearingAccountCode.").arg(at()),
                          bad("missing", "cashAdvanceClearingAccountCode", {{"advance", n + 1}}));
            continue;
        }
        const Decimal amountR = ctx.component(amount.value.abs());
        const Resolution acct = m_mapper.account(concurAccount);
        if (ctx.resolved(acct))
            credits.append(PendingCredit{acct.target, amountR, QStringLiteral("Cash advance"), {}, {}});
        else
            credits.append(PendingCredit{{}, amountR, QStringLiteral("Cash advance"), {}, {acct.reason.blockerKey}});
        employeeNet -= amountR;
    }

    if (!inputTax.isZero()) {
        const Resolution tax = m_mapper.settingAccount(PostingSettings::inputTaxAccountKey(), m_settings.inputTaxAccount,
                                                       QStringLiteral("tax_account.missing"), QStringLiteral("input tax account"));
        ctx.resolved(tax);
        ctx.addLineFor(tax, false, inputTax, QStringLiteral("Input tax"));
    }
    for (const ClearingTotal &c : std::as_const(clearing)) {
        if (c.amount.isZero())
            continue;
        const Resolution acct = m_mapper.settingAccount(PostingSettings::clearingAccountKey(c.payee),
                                                        m_settings.clearingAccountByPayee.value(c.payee),
                                                        QStringLiteral("clearing.missing"),
                                                        QStringLiteral("clearing account for payee %1").arg(c.payee),
                                                        QJsonObject{{QStringLiteral("payee"), c.payee}});
        ctx.resolved(acct);
        ctx.addLineFor(acct, false, -c.amount, QStringLiteral("Clearing %1").arg(c.payee));
    }
    for (const ClearingTotal &c : std::as_const(cardCredits)) {
        if (c.amount.isZero())
            continue;
        const Resolution acct = m_mapper.settingAccount(PostingSettings::clearingAccountKey(c.payee),
                                                        m_settings.clearingAccountByPayee.value(c.payee),
                                                        QStringLiteral("clearing.missing"),
                                                        QStringLiteral("clearing account for card %1").arg(c.payee),
                                                        QJsonObject{{QStringLiteral("card"), c.payee}});
        ctx.resolved(acct);
        ctx.addLineFor(acct, false, -c.amount, QStringLiteral("Card credit %1").arg(c.payee));
    }
    for (const PendingCredit &c : std::as_const(credits))
        ctx.addLine(c.account, {}, -c.amount, c.memo, &c.codes, c.unresolved);

    // Never drop a report silently (design.md §3): the lines must account for Concur's own totals.
    // totalApprovedAmount is the sum of the approved entries, card and out-of-pocket alike (a
    // personal charge's pair nets to zero, a card credit counts negative), so it is compared with
    // every line's gross; amountDueEmployee, when Concur sends it, with what the employee is owed
    // after cash advances and personal charges. Nothing computed here is compared with itself.
    const fields::Amount approved = fields::amount(report.value(key("totalApprovedAmount")));
    if (approved.status == fields::Amount::Invalid)
        ctx.malformed(QStringLiteral("The report's totalApprovedAmount '%1' is not a number.").arg(approved.raw),
                      bad("not-a-number", "totalApprovedAmount", {{"value", approved.raw}}));
    const fields::Amount due = fields::amount(report.value(key("amountDueEmployee")));
    if (due.status == fields::Amount::Invalid)
        ctx.malformed(QStringLiteral("The report's amountDueEmployee '%1' is not a number.").arg(due.raw),
                      bad("not-a-number", "amountDueEmployee", {{"value", due.raw}}));
    if (approved.ok()) {
        QString hint;
        if (!unjournaled.isEmpty())
            hint = QStringLiteral("Not personal but without journal lines: %1.").arg(unjournaled.join(QStringLiteral(", ")));
        QJsonObject args{{QStringLiteral("total"), QStringLiteral("approved")}};
        if (!unjournaledNumbers.isEmpty())
            args.insert(QStringLiteral("entries"), unjournaledNumbers.join(QStringLiteral(", ")));
        ctx.checkTotals(linesTotal, approved.value, QStringLiteral("approved total for the report (totalApprovedAmount)"),
                        QStringLiteral("totals.unaccounted"), hint, args);
    }
    if (due.ok())
        ctx.checkTotals(employeeNet, due.value, QStringLiteral("amount due to the employee"), QStringLiteral("totals.mismatch"),
                        {}, QJsonObject{{QStringLiteral("total"), QStringLiteral("due")}});
    if (approved.status == fields::Amount::Missing && due.status == fields::Amount::Missing) {
        ctx.reason(QStringLiteral("totals.missing"),
                   QStringLiteral("Concur sent neither the report's approved total (totalApprovedAmount) nor the amount "
                                  "due to the employee (amountDueEmployee), so the journal lines cannot be checked "
                                  "against Concur's own figures."),
                   QJsonObject{{QStringLiteral("case"), QStringLiteral("expense")}});
    }

    // One line for the employee: credit what is owed, or debit when advances and personal charges
    // exceed it.
    if (!employeeNet.isZero() && !employeeId.isEmpty()) {
        const Resolution vendor = m_mapper.employeeVendor(employeeId, fields::text(employee.value(key("employeeFirstName"))),
                                                          fields::text(employee.value(key("employeeLastName"))));
        ctx.resolved(vendor);
        ctx.addLineFor(vendor, true, -employeeNet, e.memo);
    }

    // "Nothing to post" only when every entry is personal (personal out-of-pocket entries carry no
    // journal lines); anything else that would post nothing is queued for a person to look at.
    if (ctx.result().reasons.isEmpty() && e.lines.isEmpty() && (entries.isEmpty() || !allPersonal)) {
        ctx.reason(QStringLiteral("totals.unaccounted"),
                   entries.isEmpty()
                       ? QStringLiteral("The report has no expense entries, so nothing would be posted. Please check it "
                                        "in Concur (skip it here if that is right).")
                       : QStringLiteral("Nothing would be posted, but not every entry is personal (%1). Please check "
                                        "the report in Concur (skip it here if nothing is owed).")
                             .arg(unjournaled.isEmpty() ? QStringLiteral("their journal lines are zero")
                                                        : QStringLiteral("without journal lines: ") + unjournaled.join(QStringLiteral(", "))),
                   entries.isEmpty() ? QJsonObject{{QStringLiteral("case"), QStringLiteral("no-entries")}}
                                     : QJsonObject{{QStringLiteral("case"), QStringLiteral("nothing-posts")},
                                                   {QStringLiteral("entries"), unjournaledNumbers.join(QStringLiteral(", "))}});
    }
}

} // namespace mlc::accounting
