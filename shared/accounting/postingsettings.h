#pragma once
// The admin's posting configuration, read from the store's key/value settings.
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace mlc::accounting {

struct PostingSettings {
    QString inputTaxAccount; // B1 account for reclaimable input tax (VAT)
    QString freightAccount;  // B1 account for invoice shipping
    QHash<QString, QString> clearingAccountByPayee; // journal payee code ("CBCP") -> B1 account
    QString employeeCardPrefix;                     // employee vendor BP CardCode = prefix + employeeId
    QHash<int, QString> dimensionSource;            // B1 dimension 1..5 -> Concur field name
    enum class ReferenceDate { PaymentProcessing, Submit, SyncDate } referenceDate = ReferenceDate::PaymentProcessing;
    // The company's time zone: Concur's instants (reportPaymentProcessingDate, reportSubmitDate) are
    // converted to it before their date becomes the ReferenceDate. Unset: the system's zone. An
    // unknown name leaves timeZone invalid (documents that need it go to review).
    QString timeZoneName;
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    // Keys: "posting/inputTaxAccount", "posting/freightAccount", "posting/clearingAccount/<PAYEE>",
    // "posting/employeeCardPrefix", "mapping/dimension/<n>/source", "posting/referenceDate"
    // (payment | submit | sync), "posting/timeZone" (an IANA name such as Europe/Berlin).
    // Unknown keys are ignored; values are trimmed.
    static PostingSettings fromKeyValues(const QHash<QString, QString> &kv);

    // The settings keys, as used in review blockers ("setting/<key>").
    static QString clearingAccountKey(const QString &payee);
    static QLatin1String inputTaxAccountKey() { return QLatin1String("posting/inputTaxAccount"); }
    static QLatin1String freightAccountKey() { return QLatin1String("posting/freightAccount"); }
    static QLatin1String timeZoneKey() { return QLatin1String("posting/timeZone"); }
};

} // namespace mlc::accounting
