#pragma once
// The demo company: SAP Business One master data plus the Concur population (employees, vendors,
// expense types, cost centers) that maps onto it under the rules of design.md §2. Used by the
// sandbox, the training setup and the integration tests together with DocumentGenerator.
#include "accounting/masterdata.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mlc::sim {

struct DemoEmployee {
    QString employeeId;
    QString firstName;
    QString lastName;
    QString loginId;
    QString department;   // employeeOrgUnit2Code -> dimension 2
    QString region;       // employeeOrgUnit1Code -> dimension 3
    QString costCenter;   // default allocationCustom1Code -> dimension 1
    QString currency;     // reimbursement currency
    QString cardCode;     // the B1 supplier BP ("E" + id, or a BP found by name only)
    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct DemoVendor {
    QString cardCode;     // B1 supplier
    QString b1Name;       // B1 CardName
    QString taxId;        // B1 LicTradNum
    QString concurName;   // how Concur spells it: differs by legal form / case / accents / punctuation
    bool sendTaxId;       // Concur sends vendorTaxId (match by tax id) or null (match by normalised name)
    QString currency;
};

struct DemoExpenseType {
    QString code;         // Concur expense type code (invoice codes carry trailing spaces, as in the docs)
    QString name;
    QString account;      // journal account code == B1 account code
    int vatBasisPoints;   // 1900 = 19 %
};

class DemoScenario {
public:
    static mlc::accounting::MasterData masterData();
    // The posting settings the demo needs, key -> value.
    static QHash<QString, QString> settings();

    static const QList<DemoEmployee> &employees();
    static const QList<DemoVendor> &vendors();
    static const QList<DemoExpenseType> &expenseTypes();
    static const QList<DemoExpenseType> &invoiceLineTypes();

    // Accounts the generator uses for special lines.
    static QString inputTaxAccount() { return QStringLiteral("1576"); }
    static QString freightAccount() { return QStringLiteral("6740"); }
    static QString cardClearingAccount() { return QStringLiteral("1361"); }          // CBCP
    static QString companyPaidClearingAccount() { return QStringLiteral("1362"); }   // COPD
    static QString cashAdvanceClearingAccount() { return QStringLiteral("1363"); }
    static QString personalChargesAccount() { return QStringLiteral("1365"); }       // card charges the employee owes back
    static QString employeeCardPrefix() { return QStringLiteral("E"); }
};

} // namespace mlc::sim
