#include "reasonlabels.h"

#include <QHash>

namespace mlc::tray {

QString ReasonLabels::label(const QString &code)
{
    if (code == QLatin1String("vendor.unmapped")) return tr("Vendor or employee not mapped");
    if (code == QLatin1String("vendor.invalid")) return tr("Supplier frozen or not valid in B1");
    if (code == QLatin1String("account.unmapped")) return tr("G/L account not mapped");
    if (code == QLatin1String("costcenter.unmapped")) return tr("Cost center not mapped");
    if (code == QLatin1String("currency.unknown")) return tr("Currency not known in B1");
    if (code == QLatin1String("totals.mismatch")) return tr("Totals do not reconcile");
    if (code == QLatin1String("totals.unaccounted")) return tr("Lines missing for Concur's total");
    if (code == QLatin1String("totals.missing")) return tr("Concur sent no total");
    if (code == QLatin1String("date.missing")) return tr("Posting date missing");
    if (code == QLatin1String("date.invalid")) return tr("Date not readable");
    if (code == QLatin1String("tax_account.missing")) return tr("Input tax account not set");
    if (code == QLatin1String("freight_account.missing")) return tr("Freight account not set");
    if (code == QLatin1String("clearing.missing")) return tr("Card clearing account not set");
    if (code == QLatin1String("payer.unsupported")) return tr("Payment type not supported");
    if (code == QLatin1String("payer.personal_positive")) return tr("Personal charge with a positive amount");
    if (code == QLatin1String("document.malformed")) return tr("Document incomplete");
    if (code == QLatin1String("document.changed_after_posting")) return tr("Changed after posting");
    if (code == QLatin1String("setting.invalid")) return tr("Setting not valid");
    if (code == QLatin1String("b1.rejected")) return tr("Rejected by SAP Business One");
    if (code == QLatin1String("document.revisions_unordered")) return tr("Revisions cannot be ordered");
    if (code == QLatin1String("internal.unbalanced")) return tr("Internal error: entry does not balance");
    if (code == QLatin1String("concur.refused")) return tr("Refused by Concur");
    return code;
}

QString ReasonLabels::mappingKind(const QString &blockerKey)
{
    const QString kind = blockerKey.section(QLatin1Char('/'), 0, 0);
    if (kind == QLatin1String("vendor")) return tr("B1 business partner (CardCode)");
    if (kind == QLatin1String("account")) return tr("B1 G/L account");
    if (kind == QLatin1String("costcenter")) return tr("B1 profit center");
    if (kind == QLatin1String("currency")) return tr("B1 currency code");
    return {};
}

QString ReasonLabels::mappingSource(const QString &blockerKey)
{
    const QString kind = blockerKey.section(QLatin1Char('/'), 0, 0);
    const QString source = blockerKey.section(QLatin1Char('/'), 1);
    if (kind == QLatin1String("vendor") && source.startsWith(QLatin1String("employee:")))
        return tr("the Concur employee %1").arg(source.mid(9));
    if (kind == QLatin1String("vendor") && source.startsWith(QLatin1String("vendor:")))
        return tr("the Concur vendor %1").arg(source.mid(7));
    if (kind == QLatin1String("vendor"))
        return tr("the Concur vendor %1").arg(source);
    if (kind == QLatin1String("account"))
        return tr("the Concur account %1").arg(source);
    if (kind == QLatin1String("costcenter")) {
        // "1:21-KING": dimension 1, code 21-KING
        return tr("the cost center %1 (dimension %2)").arg(source.section(QLatin1Char(':'), 1), source.section(QLatin1Char(':'), 0, 0));
    }
    if (kind == QLatin1String("currency"))
        return tr("the currency %1").arg(source);
    return source;
}

} // namespace mlc::tray

namespace mlc::tray {

namespace {

QString str(const QJsonObject &a, const char *key)
{
    const QJsonValue v = a.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

bool has(const QJsonObject &a, const char *key)
{
    return !str(a, key).isEmpty();
}

} // namespace

// Each sentence names its facts with %1, %2... in the order given, so translators can reorder them.
QString ReasonLabels::text(const QString &code, const QJsonObject &a, const QString &fallback)
{
    if (a.isEmpty())
        return fallback; // stored before reasons had arguments
    const QString c = str(a, "case");
    const auto closest = [&](QString s) {
        if (has(a, "closest"))
            s += QLatin1Char(' ') + tr("Closest matches: %1.").arg(str(a, "closest"));
        return s;
    };
    // "employee Anna Berg (12345)" or "vendor ACME GmbH (V-100)"
    const auto who = [&]() -> QString {
        if (str(a, "subject") == QLatin1String("employee"))
            return str(a, "name").isEmpty() ? tr("employee %1").arg(str(a, "employeeId"))
                                            : tr("employee %1 (%2)").arg(str(a, "name"), str(a, "employeeId"));
        return str(a, "vendorCode").isEmpty() ? tr("vendor %1").arg(str(a, "name"))
                                              : tr("vendor %1 (%2)").arg(str(a, "name"), str(a, "vendorCode"));
    };
    const auto bpProblem = [&]() -> QString {
        const QString p = str(a, "problem");
        if (p == QLatin1String("frozen")) return tr("is frozen in B1");
        if (p == QLatin1String("inactive")) return tr("is inactive in B1");
        if (p == QLatin1String("not-supplier")) return tr("is not a supplier");
        return {};
    };
    const auto accountProblem = [&]() -> QString {
        const QString p = str(a, "problem");
        if (p == QLatin1String("control")) return tr("is a control account (B1 refuses manual postings to it)");
        if (p == QLatin1String("title")) return tr("is a title account (not postable)");
        if (p == QLatin1String("frozen")) return tr("is frozen in B1");
        return {};
    };
    // Where in the document: "expense entry 2 (Hotel), journal line 1" etc.
    const auto where = [&]() -> QString {
        QStringList parts;
        if (has(a, "entry"))
            parts << (has(a, "expenseType") ? tr("expense entry %1 (%2)").arg(str(a, "entry"), str(a, "expenseType"))
                                            : tr("expense entry %1").arg(str(a, "entry")));
        if (has(a, "line"))
            parts << tr("journal line %1").arg(str(a, "line"));
        if (has(a, "item"))
            parts << (has(a, "description") ? tr("line item %1 (%2)").arg(str(a, "item"), str(a, "description"))
                                            : tr("line item %1").arg(str(a, "item")));
        if (has(a, "allocation"))
            parts << tr("allocation %1").arg(str(a, "allocation"));
        if (has(a, "advance"))
            parts << tr("cash advance %1").arg(str(a, "advance"));
        return parts.join(QStringLiteral(", "));
    };

    if (code == QLatin1String("vendor.unmapped")) {
        if (c == QLatin1String("not-found"))
            return closest(tr("No supplier found for %1: there is no business partner %2 and no supplier with that name.")
                               .arg(who(), str(a, "cardCode")));
        if (c == QLatin1String("id-too-long"))
            return closest(tr("No supplier found for %1: the employee ID has %2 characters, more than the %3 a B1 "
                              "CardCode can hold, and no supplier has that name. Map the employee to a supplier.")
                               .arg(who(), str(a, "length"), str(a, "maxLength")));
        if (c == QLatin1String("ambiguous"))
            return tr("%1 suppliers match %2 (%3). Choose one.").arg(str(a, "count"), who(), str(a, "suppliers"));
        if (c == QLatin1String("tax-id-contradicted"))
            return tr("No supplier has the tax ID %1 of %2, and the supplier with that name has another tax ID (%3), so "
                      "it is another creditor. Check the invoice, then map the vendor.")
                .arg(str(a, "taxId"), who(), str(a, "suppliers"));
        if (c == QLatin1String("vendor-not-found"))
            return closest(has(a, "taxId") ? tr("No supplier matches %1 or its tax ID %2.").arg(who(), str(a, "taxId"))
                                           : tr("No supplier matches %1.").arg(who()));
    } else if (code == QLatin1String("vendor.invalid")) {
        if (c == QLatin1String("mapped-missing"))
            return tr("%1 is mapped to business partner %2, which does not exist in B1.").arg(who(), str(a, "target"));
        if (c == QLatin1String("mapped-unusable") && !bpProblem().isEmpty())
            return tr("%1 is mapped to %2 (%3), which %4.").arg(who(), str(a, "target"), str(a, "cardName"), bpProblem());
        if (c == QLatin1String("employee-id-unusable") && !bpProblem().isEmpty())
            return tr("The supplier %2 (%3) for %1 %4.").arg(who(), str(a, "cardCode"), str(a, "cardName"), bpProblem());
        if (c == QLatin1String("match-unusable")) {
            if (has(a, "cardCode") && !bpProblem().isEmpty())
                return tr("The supplier matching %1 is %2 (%3), which %4.").arg(who(), str(a, "cardCode"), str(a, "cardName"),
                                                                                  bpProblem());
            return tr("The suppliers matching %1 (%2) are frozen, inactive or not suppliers.").arg(who(), str(a, "suppliers"));
        }
    } else if (code == QLatin1String("account.unmapped")) {
        if (c == QLatin1String("not-found"))
            return tr("There is no B1 account for the Concur account %1.").arg(str(a, "concurAccount"));
        if (c == QLatin1String("mapped-missing"))
            return tr("The Concur account %1 is mapped to B1 account %2, which does not exist.")
                .arg(str(a, "concurAccount"), str(a, "target"));
        if (c == QLatin1String("mapped-unusable") && !accountProblem().isEmpty())
            return tr("The Concur account %1 is mapped to B1 account %2, which %3.")
                .arg(str(a, "concurAccount"), str(a, "target"), accountProblem());
        if (c == QLatin1String("same-code-unusable") && !accountProblem().isEmpty())
            return tr("B1 account %1 %2. Map the Concur account %1 to a postable account.")
                .arg(str(a, "concurAccount"), accountProblem());
    } else if (code == QLatin1String("costcenter.unmapped")) {
        if (c == QLatin1String("not-found"))
            return tr("There is no profit center %1 in B1 dimension %2.").arg(str(a, "code"), str(a, "dimension"));
        if (c == QLatin1String("inactive"))
            return tr("The profit center %1 (dimension %2) is inactive in B1.").arg(str(a, "code"), str(a, "dimension"));
        if (c == QLatin1String("mapped-inactive"))
            return tr("The cost center %1 (dimension %2) is mapped to %3, which is not an active profit center of that "
                      "dimension.")
                .arg(str(a, "code"), str(a, "dimension"), str(a, "target"));
    } else if (code == QLatin1String("currency.unknown")) {
        if (c == QLatin1String("not-found"))
            return tr("The currency %1 is not defined in B1 (the local currency is %2). Define it in B1 or map it to a "
                      "B1 currency.")
                .arg(str(a, "currency"), str(a, "localCurrency"));
        if (c == QLatin1String("mapped-missing"))
            return tr("The Concur currency %1 is mapped to %2, which is not a currency in B1.").arg(str(a, "currency"), str(a, "target"));
        if (c == QLatin1String("iso-ambiguous"))
            return tr("The B1 currencies %1 all have the ISO code %2. Map the currency to one of them.")
                .arg(str(a, "currencies"), str(a, "currency"));
        if (c == QLatin1String("iso-mismatch"))
            return tr("The B1 currency %1 is the ISO currency %2, not Concur's %1, and no B1 currency has the ISO code %1.")
                .arg(str(a, "currency"), str(a, "isoCode"));
    } else if (code == QLatin1String("tax_account.missing") || code == QLatin1String("freight_account.missing")
               || code == QLatin1String("clearing.missing")) {
        QString what;
        if (code == QLatin1String("tax_account.missing"))
            what = tr("input tax account");
        else if (code == QLatin1String("freight_account.missing"))
            what = tr("freight account");
        else if (has(a, "card"))
            what = tr("clearing account for the card %1").arg(str(a, "card"));
        else
            what = tr("clearing account for payee %1").arg(str(a, "payee"));
        if (c == QLatin1String("not-configured"))
            return tr("No %1 is set (setting %2).").arg(what, str(a, "setting"));
        if (c == QLatin1String("missing"))
            return tr("The %1 %2 (setting %3) does not exist in B1.").arg(what, str(a, "account"), str(a, "setting"));
        if (c == QLatin1String("unusable") && !accountProblem().isEmpty())
            return tr("The %1 %2 (setting %3) %4.").arg(what, str(a, "account"), str(a, "setting"), accountProblem());
    } else if (code == QLatin1String("totals.mismatch") || code == QLatin1String("totals.unaccounted")) {
        if (has(a, "computed")) {
            QString total;
            const QString t = str(a, "total");
            if (t == QLatin1String("approved")) total = tr("approved total of the report");
            else if (t == QLatin1String("due")) total = tr("amount due to the employee");
            else if (t == QLatin1String("request")) total = tr("request total");
            if (!total.isEmpty()) {
                QString s = tr("Totals do not reconcile: the lines add up to %1, but Concur's %2 is %3 (difference %4, "
                               "tolerance %5).")
                                .arg(str(a, "computed"), total, str(a, "expected"), str(a, "difference"), str(a, "tolerance"));
                if (has(a, "entries"))
                    s += QLatin1Char(' ') + tr("Expense entries without journal lines: %1.").arg(str(a, "entries"));
                return s;
            }
        }
        if (c == QLatin1String("no-entries"))
            return tr("The report has no expense entries, so nothing would be posted. Check it in Concur (skip it here "
                      "if that is right).");
        if (c == QLatin1String("nothing-posts"))
            return has(a, "entries")
                ? tr("Nothing would be posted, but not every entry is personal (entries without journal lines: %1). "
                     "Check the report in Concur (skip it here if nothing is owed).").arg(str(a, "entries"))
                : tr("Nothing would be posted, but not every entry is personal (their journal lines are zero). Check "
                     "the report in Concur (skip it here if nothing is owed).");
        if (c == QLatin1String("no-lines"))
            return tr("The payment request has no line item amounts, so nothing would be posted (request total %1). "
                      "Check it in Concur (skip it here if that is right).").arg(str(a, "requestTotal"));
    } else if (code == QLatin1String("totals.missing")) {
        if (c == QLatin1String("expense"))
            return tr("Concur sent neither the report's approved total nor the amount due to the employee, so the "
                      "journal lines cannot be checked against Concur's own figures.");
        if (c == QLatin1String("invoice"))
            return tr("Concur sent no total for the payment request, so its lines cannot be checked against Concur's "
                      "own figure.");
    } else if (code == QLatin1String("date.missing")) {
        const QString d = str(a, "date");
        if (d == QLatin1String("submit") || d == QLatin1String("payment"))
            return tr("Concur sent no %1 (%2) for this report, so its posting date is unknown. Have the report "
                      "corrected in Concur, or choose another posting date in the settings and retry it.")
                .arg(d == QLatin1String("submit") ? tr("submit date") : tr("payment-processing date"), str(a, "field"));
    } else if (code == QLatin1String("date.invalid")) {
        if (c == QLatin1String("missing"))
            return tr("The payment request has no invoice date.");
        if (has(a, "field"))
            return tr("The %1 \"%2\" is not a date.").arg(str(a, "field"), str(a, "value"));
    } else if (code == QLatin1String("setting.invalid")) {
        if (c == QLatin1String("zone-unknown"))
            return tr("The system's time zone is unknown, so the posting date cannot be determined. Set %1 to the "
                      "company's time zone (for example Europe/Berlin).").arg(str(a, "setting"));
        if (c == QLatin1String("zone-invalid"))
            return tr("The company time zone \"%1\" (setting %2) is not a known time zone, so the posting date cannot "
                      "be determined. Use a name such as Europe/Berlin.").arg(str(a, "zone"), str(a, "setting"));
    } else if (code == QLatin1String("payer.unsupported")) {
        if (c == QLatin1String("no-payee"))
            return tr("In %1 the company pays, but no payee is named.").arg(where());
        if (c == QLatin1String("combination"))
            return tr("The payer/payee combination %1 → %2 of %3 is not supported.")
                .arg(has(a, "payer") ? str(a, "payer") : tr("(none)"), has(a, "payee") ? str(a, "payee") : tr("(none)"), where());
    } else if (code == QLatin1String("payer.personal_positive")) {
        return tr("In %1 a personal charge the employee owes (payee %2) has a positive amount %3. Concur sends these "
                  "charges as negative amounts, so booking it would be a guess; check the report in Concur.")
            .arg(where(), str(a, "payee"), str(a, "amount"));
    } else if (code == QLatin1String("document.malformed")) {
        const QString at = where();
        const QString field = str(a, "field");
        if (c == QLatin1String("missing"))
            return at.isEmpty() ? tr("Concur sent no %1 in this document.").arg(field)
                                : tr("Concur sent no %1 in %2.").arg(field, at);
        if (c == QLatin1String("not-a-number"))
            return at.isEmpty() ? tr("The %1 \"%2\" is not a number.").arg(field, str(a, "value"))
                                : tr("The %1 \"%2\" in %3 is not a number.").arg(field, str(a, "value"), at);
        if (c == QLatin1String("wrong-shape"))
            return at.isEmpty() ? tr("The %1 in this document has an unexpected form.").arg(field)
                                : tr("The %1 in %2 has an unexpected form.").arg(field, at);
        if (c == QLatin1String("no-block"))
            return tr("The document has no %1 block.").arg(field);
        if (c == QLatin1String("unsupported-type"))
            return tr("The document type %1 is not supported (only expense reports and invoices post).").arg(str(a, "docType"));
        if (c == QLatin1String("identity-missing"))
            return tr("The Concur document is incomplete: its report or request ID, key or revision is missing.");
        if (c == QLatin1String("unreadable"))
            return tr("The Concur document could not be read: %1").arg(str(a, "error"));
    } else if (code == QLatin1String("document.changed_after_posting")) {
        return tr("Changed after posting: revision %1 arrived, but revision %2 is already journal entry %3 in B1.")
            .arg(str(a, "revision"), str(a, "postedRevision"), str(a, "jdtNum"));
    } else if (code == QLatin1String("document.revisions_unordered")) {
        return tr("Revisions %1 and %2 of this document cannot be put in order, so either could be the current one. "
                  "Skip the revision that must not post, then retry the other.")
            .arg(str(a, "revision"), str(a, "otherRevision"));
    } else if (code == QLatin1String("b1.rejected")) {
        return tr("SAP Business One rejected the entry: %1").arg(str(a, "b1Message"));
    } else if (code == QLatin1String("concur.refused")) {
        // A write-back Concur refused (sync/writeback.h): which one, Concur's own words and code,
        // and what Retry and Skip do about it.
        const QString step = str(a, "step");
        QString answer = str(a, "concurMessage").trimmed();
        if (answer.endsWith(QLatin1Char('.'))) // the sentence goes on with Concur's code
            answer.chop(1);
        if (answer.isEmpty())
            answer = tr("no reason given");
        QString s;
        if (step == QLatin1String("ack"))
            s = tr("Concur refused the acknowledgement of this document: %1 (Concur code %2).").arg(answer, str(a, "code"));
        else if (step == QLatin1String("posting"))
            s = tr("Concur refused the posting confirmation of this document: %1 (Concur code %2).").arg(answer, str(a, "code"));
        else if (step == QLatin1String("payment"))
            s = tr("Concur refused the payment confirmation of this reimbursement: %1 (Concur code %2).")
                    .arg(answer, str(a, "code"));
        else
            return fallback;
        if (str(a, "was") == QLatin1String("posted"))
            s += QLatin1Char(' ') + tr("Its journal entry stays in SAP Business One and is not posted again. Retry sends "
                                       "it to Concur again at the next sync; Skip accepts Concur's answer.");
        else
            s += QLatin1Char(' ') + tr("Retry sends it to Concur again at the next sync; Skip accepts Concur's answer "
                                       "(a document not yet in SAP Business One is then skipped).");
        return s;
    } else if (code == QLatin1String("internal.unbalanced")) {
        return tr("Internal error: the built entry does not balance (debit %1, credit %2). Please report this.")
            .arg(str(a, "debit"), str(a, "credit"));
    }
    return fallback;
}

QString ReasonLabels::text(const QJsonObject &reason)
{
    return text(reason.value(QLatin1String("code")).toString(), reason.value(QLatin1String("args")).toObject(),
                reason.value(QLatin1String("message")).toString());
}

} // namespace mlc::tray
