#include "seeddocuments.h"

#include "simulators/concur/demoscenario.h"
#include "simulators/concur/documentgenerator.h"

#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

namespace mlc::fuzz {
namespace {

// Documents in the shapes of Concur's published FIS examples, for the demo company (employee
// 10231 = BP E10231, card clearing 1361, personal charges 1365).
const char *const kExamples[][3] = {
    {"expense", "example: personal card charge pair with blank account codes", R"({
      "employee": {"employeeId": "10231", "employeeFirstName": "Siobhán", "employeeLastName": "O'Brien",
                   "employeeOrgUnit1Code": "IE", "employeeOrgUnit2Code": "D-SAL"},
      "report": {"reportKey": 90001, "reportId": "F1A2B3C4D5E6F7A8B9C0", "reportNumber": "PCARD1", "reportName": "Card",
                 "employeeCurrencyAlphaCode": "EUR", "revisionNumber": "1", "totalApprovedAmount": "80.00000000",
                 "amountDueEmployee": "-20.00000000", "reportPaymentProcessingDate": "2026-02-28T13:54:52.922Z"},
      "expenseEntry": [
        {"entryId": "E1", "expenseTypeName": "Hotel", "entryIsPersonal": "N", "clearingAccountCode": "1361",
         "allocation": [{"allocationId": "A1", "allocationCustom1Code": "CC100", "journal": [
           {"journalAccountCode": "6100", "journalPayer": "COMP", "journalPayee": "CBCP", "amountGross": "80.00000000",
            "amountNetOfTax": "80.00000000", "amountNetOfReclaim": "80.00000000"}]}]},
        {"entryId": "E2", "expenseTypeName": "Personal", "entryIsPersonal": "Y", "clearingAccountCode": "1365",
         "allocation": [{"allocationId": "A2", "allocationCustom1Code": "CC100", "journal": [
           {"journalAccountCode": "", "journalPayer": "COMP", "journalPayee": "CBCP", "amountGross": "20.00000000",
            "amountNetOfTax": "20.00000000", "amountNetOfReclaim": "20.00000000"},
           {"journalAccountCode": "", "journalPayer": "EMPL", "journalPayee": "COMP", "amountGross": "-20.00000000",
            "amountNetOfTax": "-20.00000000", "amountNetOfReclaim": "-20.00000000"}]}]}]})"},
    {"expense", "example: card credit (refund)", R"({
      "employee": {"employeeId": "10232", "employeeFirstName": "Jürgen", "employeeLastName": "Müller-Lüdenscheid",
                   "employeeOrgUnit1Code": "DE", "employeeOrgUnit2Code": "D-ENG"},
      "report": {"reportKey": 90002, "reportId": "A0B1C2D3E4F5A6B7C8D9", "reportNumber": "CREDIT", "reportName": "Refund",
                 "employeeCurrencyAlphaCode": "EUR", "revisionNumber": "1", "totalApprovedAmount": 55.5,
                 "amountDueEmployee": 0, "reportPaymentProcessingDate": "2026-03-31T23:59:59.000Z"},
      "expenseEntry": [
        {"entryId": "E1", "expenseTypeName": "Hotel", "entryIsPersonal": "N",
         "allocation": [{"allocationId": "A1", "allocationCustom1Code": "CC300", "journal": [
           {"journalAccountCode": "6100", "journalPayer": "COMP", "journalPayee": "CBCP", "amountGross": 155.5,
            "amountNetOfReclaim": 155.5}]}]},
        {"entryId": "E2", "expenseTypeName": "Hotel refund", "entryIsPersonal": "N",
         "allocation": [{"allocationId": "A2", "allocationCustom1Code": "CC300", "journal": [
           {"journalAccountCode": "6100", "journalPayer": "CBCP", "journalPayee": "COMP", "amountGross": -100,
            "amountNetOfReclaim": -100}]}]}]})"},
    {"expense", "example: personal expenses only", R"({
      "employee": {"employeeId": "10233", "employeeFirstName": "Søren", "employeeLastName": "Ærø"},
      "report": {"reportKey": 90003, "reportId": "0123456789ABCDEF0123", "reportNumber": "PERS", "reportName": "Personal",
                 "employeeCurrencyAlphaCode": "EUR", "revisionNumber": "1", "totalApprovedAmount": "0E-8",
                 "amountDueEmployee": "0E-8", "reportPaymentProcessingDate": "2026-01-15T09:00:00Z"},
      "expenseEntry": [{"entryId": "E1", "expenseTypeName": "Personal", "entryIsPersonal": "Y",
                        "allocation": [{"allocationId": "A1", "journal": []}]}]})"},
    {"expense", "example: employee id is a login", R"({
      "employee": {"employeeId": "a.very.long.login@demo.example", "employeeFirstName": "Mei", "employeeLastName": "Chen",
                   "employeeOrgUnit1Code": "US", "employeeOrgUnit2Code": "D-ENG"},
      "report": {"reportKey": 90006, "reportId": "ABCDEF0123456789ABCDEF01234567FF", "reportNumber": "LOGIN",
                 "reportName": "Boston", "employeeCurrencyAlphaCode": "USD", "revisionNumber": "1",
                 "totalApprovedAmount": "88.10", "amountDueEmployee": "88.10",
                 "reportPaymentProcessingDate": "2026-03-08T07:30:00Z"},
      "expenseEntry": [{"entryId": "E1", "expenseTypeName": "Taxi", "entryIsPersonal": "N",
                        "allocation": [{"allocationId": "A1", "allocationCustom1Code": "CC300", "journal": [
                          {"journalAccountCode": "6130", "journalPayer": "COMP", "journalPayee": "EMPL",
                           "amountGross": 88.1, "amountNetOfReclaim": 88.1}]}]}]})"},
    {"expense", "example: foreign currency with 0 decimals", R"({
      "employee": {"employeeId": "10236", "employeeFirstName": "Mei", "employeeLastName": "Chen",
                   "employeeOrgUnit1Code": "US", "employeeOrgUnit2Code": "D-ENG"},
      "report": {"reportKey": 90004, "reportId": "ABCDEF0123456789ABCDEF0123456789", "reportNumber": "JPY1",
                 "reportName": "Tokyo", "employeeCurrencyAlphaCode": "JPY", "revisionNumber": "3",
                 "totalApprovedAmount": "12345", "amountDueEmployee": "12345",
                 "reportPaymentProcessingDate": "2026-03-29T01:30:00Z"},
      "expenseEntry": [{"entryId": "E1", "expenseTypeName": "Taxi", "entryIsPersonal": "N",
                        "allocation": [{"allocationId": "A1", "allocationCustom1Code": "CC300", "journal": [
                          {"journalAccountCode": "6130", "journalPayer": "COMP", "journalPayee": "EMPL",
                           "amountGross": "12345.40000000", "amountNetOfReclaim": "12345.40000000"}]}]}],
      "cashAdvanceApplication": []})"},
    {"invoice", "example: invoice in a 3-decimal currency, tax objects, header totals", R"({
      "requestHeader": {"requestId": "9B1D30723CBF4F86A574", "reqKey": 90005, "requestTitle": "FIS Test",
                        "vendorInvoiceNumber": "25688", "invoiceDate": "08/08/2018", "paymentDueDate": "09/07/2018",
                        "currencyAlphaCode": "KWD", "requestTotal": "119.12500000", "amountShippingTotal": "0E-8",
                        "amountTaxTotal": "19.02000000", "revisionNumber": "1", "vendorTaxId": "DE811234567"},
      "ownerEmployee": {"employeeId": "10231", "employeeOrgUnit1Code": "IE", "employeeOrgUnit2Code": "D-SAL"},
      "vendor": {"vendorName": "MULLER BUROBEDARF", "vendorCode": "94F538F2", "vendorRemitToAddressCode": "333"},
      "lineItem": [{"lineItemSequenceOrder": 1, "lineItemDescription": "Merchandise", "expenseTypeCode": "2000   ",
                    "allocation": [{"allocationKey": 158, "allocationPercentage": "100.00000000",
                                    "allocationAccountCode": "6200", "allocationCustom1Code": "CC100",
                                    "journal": {"accountCode": "6200", "amountNet": "100.10500000",
                                                "amountGross": "119.12500000", "amountShipping": "0E-8",
                                                "tax": [{"taxAmount": "19.02000000"}]}}]}]})"},
};

} // namespace

QList<SeedDocument> seedDocuments(quint32 seed)
{
    QList<SeedDocument> out;
    auto add = [&out](quint32 s, int count, double reviewShare) {
        sim::DocumentGenerator generator(s);
        const auto docs = generator.generate(count, reviewShare);
        for (int i = 0; i < docs.size(); ++i) {
            const auto &g = docs.at(i);
            out.append(SeedDocument{g.docType, g.document,
                                    QStringLiteral("generator seed %1 #%2 (%3%4)")
                                        .arg(s)
                                        .arg(i)
                                        .arg(g.expectedOutcome,
                                             g.expectedReasonCode.isEmpty() ? QString() : QLatin1Char(' ') + g.expectedReasonCode)});
        }
    };
    add(seed, 300, 0.25);
    add(7, 40, 0.15); // the sandbox demo's documents (its defaults: seed 7, 40 documents, 15 % review)
    for (const auto &e : kExamples) {
        QJsonParseError err{};
        const QJsonDocument d = QJsonDocument::fromJson(QByteArray(e[2]), &err);
        if (err.error != QJsonParseError::NoError) { // a typo in the table above
            std::fprintf(stderr, "fuzz_documents: example '%s' is not JSON: %s\n", e[1], qPrintable(err.errorString()));
            std::abort();
        }
        out.append(SeedDocument{QString::fromLatin1(e[0]), d.object(), QString::fromUtf8(e[1])});
    }
    return out;
}

accounting::MasterData fuzzMasterData()
{
    accounting::MasterData md = sim::DemoScenario::masterData();
    // B1 calls the yen YEN (matched through its ISO code); SEK is set to 0 decimals in B1.
    md.currencies << accounting::Currency(QStringLiteral("YEN"), QStringLiteral("JPY"))
                  << accounting::Currency(QStringLiteral("KWD"), QStringLiteral("KWD"), 3)
                  << accounting::Currency(QStringLiteral("BHD")) << accounting::Currency(QStringLiteral("SEK"), QStringLiteral("SEK"), 0);
    md.buildIndex();
    return md;
}

QHash<QString, QString> fuzzSettings()
{
    return sim::DemoScenario::settings();
}

} // namespace mlc::fuzz
