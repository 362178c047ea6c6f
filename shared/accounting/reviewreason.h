#pragma once
// Why a document went to review, and the automatic mapping decisions a build made.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mlc::accounting {

// Codes: "document.malformed", "vendor.unmapped", "vendor.invalid" (frozen / not a supplier /
// missing in B1), "account.unmapped" (also: mapped or same-code account unusable), "costcenter.unmapped",
// "clearing.missing", "tax_account.missing", "freight_account.missing", "payer.unsupported",
// "totals.mismatch" (lines vs amountDueEmployee / requestTotal), "totals.unaccounted" (lines vs
// totalApprovedAmount, or a document that would post nothing although not every entry is personal),
// "totals.missing" (no Concur total to check against), "currency.unknown", "date.invalid",
// "date.missing" (no payment-processing / submit date), "payer.personal_positive" (a personal charge
// with a positive amount), "setting.invalid" (e.g. posting/timeZone), "internal.unbalanced".
// blockerKey = "<kind>/<sourceKey>" for anything a mapping or a setting fixes:
//   "vendor/employee:<employeeId>", "vendor/vendor:<vendorCode or normalised name>",
//   "account/<concur account code>", "costcenter/<dim>:<code>", "setting/<settings key>".
// Empty for problems of the document itself (fixed in Concur, not here).
//
// `message` is the English sentence (logs, the audit trail, the command line, and the tray's
// fallback for rows written before `args` existed). `args` holds the same facts as named values so
// that a reader renders the sentence in its own language (design.md §5a; the tray's
// ReasonLabels::text): strings and numbers only, amounts as exact decimal text. Where one code has
// several sentences, args["case"] names which one (for example "id-too-long"); a renderer that does
// not know a case shows `message`.
struct ReviewReason {
    QString code;
    QString message;
    QString blockerKey;
    QStringList candidates; // e.g. the closest supplier CardCodes, best first
    QJsonObject args;       // named arguments of the sentence (may be empty in old rows)

    QJsonObject toJson() const;
    static ReviewReason fromJson(const QJsonObject &o);
    bool operator==(const ReviewReason &o) const
    {
        return code == o.code && message == o.message && blockerKey == o.blockerKey && candidates == o.candidates
            && args == o.args;
    }
};

// An automatic mapping decision, recorded once by the engine with the rule that made it.
// rule: "employee-id", "employee-name", "tax-id", "normalised-name", "same-code".
struct AutoMatch {
    QString kind;      // "vendor" / "account" / "costcenter"
    QString sourceKey; // "employee:12345AB", "vendor:ACME", "6100", "1:SALES"
    QString target;    // CardCode / account code / profit-center code
    QString rule;
    bool operator==(const AutoMatch &o) const
    {
        return kind == o.kind && sourceKey == o.sourceKey && target == o.target && rule == o.rule;
    }
};

} // namespace mlc::accounting
