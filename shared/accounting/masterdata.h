#pragma once
// B1 master data the mapping rules read: supplier business partners, chart of accounts, profit
// centers per dimension, dimensions and currencies. Filled by sapb1::MasterDataReader, consumed by
// accounting::Mapper. Plain values, cheap to copy, no Qt object.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::accounting {

struct BusinessPartner {
    QString cardCode;
    QString cardName;
    QString cardType;     // "cSupplier" / "cCustomer" / "cLid" (B1 enum names)
    QString federalTaxId; // LicTradNum
    QString controlAccount; // DebitorAccount
    bool valid = true;    // Valid == tYES
    bool frozen = false;  // Frozen == tYES
    bool isSupplier() const { return cardType == QLatin1String("cSupplier") || cardType == QLatin1String("S"); }
    bool usable() const { return isSupplier() && valid && !frozen; }
};

struct Account {
    QString code;
    QString name;
    bool postable = true;        // ActiveAccount == tYES (a title account is not postable)
    bool frozen = false;         // FrozenFor == tYES
    bool controlAccount = false; // LockManualTransaction == tYES (an AP/AR control account)
    bool usable() const { return postable && !frozen && !controlAccount; }
};

struct ProfitCenter {
    QString code;
    QString name;
    int dimension = 1; // InWhichDimension
    bool active = true;
};

struct Dimension {
    int code = 1; // 1..5
    QString name;
    bool active = false;
};

struct MasterData {
    QString localCurrency = QStringLiteral("EUR");
    QStringList currencies; // known currency codes (Currencies collection)
    int amountDecimals = 2; // B1's decimals for amounts
    QList<BusinessPartner> partners;
    QList<Account> accounts;
    QList<ProfitCenter> profitCenters;
    QList<Dimension> dimensions;

    // Indices, built by buildIndex(); lookups return nullptr when missing.
    void buildIndex();
    const BusinessPartner *partner(const QString &cardCode) const;
    const Account *account(const QString &code) const;
    const ProfitCenter *profitCenter(int dimension, const QString &code) const;
    bool dimensionActive(int dimension) const;
    QList<int> activeDimensions() const;

private:
    QHash<QString, int> m_partnerIndex;
    QHash<QString, int> m_accountIndex;
    QHash<QString, int> m_profitCenterIndex; // key "dim|code"
};

} // namespace mlc::accounting
