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

// One row of B1's Currencies collection. B1's codes are the company's own ("US$", "EUR"); the
// ISO 4217 code Concur sends is matched through isoCode.
struct Currency {
    QString code;      // Code: what FCCurrency carries
    QString isoCode;   // the ISO 4217 code B1 keeps for it (DocumentsCode when it is one); may be empty
    int decimals = -1; // Decimals: 0..6 when B1 sets them for this currency; -1 = B1's default
    Currency() = default;
    // A currency known by its B1 code only (fixtures and older callers).
    Currency(const QString &b1Code, const QString &iso = {}, int decimalPlaces = -1)
        : code(b1Code), isoCode(iso), decimals(decimalPlaces)
    {
    }
    bool operator==(const Currency &o) const { return code == o.code && isoCode == o.isoCode && decimals == o.decimals; }
};

struct MasterData {
    QString localCurrency = QStringLiteral("EUR"); // B1's code of the local currency (AdminInfo)
    QList<Currency> currencies; // the Currencies collection
    int amountDecimals = 2; // B1's decimals for amounts (TotalsAccuracy): no amount holds more

    // The currency with B1 code `b1Code` (exact), or nullptr. Inline: the simulators use it too.
    const Currency *currency(const QString &b1Code) const
    {
        for (const Currency &c : currencies) {
            if (c.code == b1Code)
                return &c;
        }
        return nullptr;
    }
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
