#pragma once
// The simulator's own lookups over accounting::MasterData (whose index methods belong to another
// module) plus the B1 JSON shapes of the master-data collections: BusinessPartners,
// ChartOfAccounts, ProfitCenters, Dimensions, Currencies.
#include "accounting/masterdata.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace mlc::sim {

class B1MasterIndex {
public:
    void reset(const accounting::MasterData &data);
    const accounting::MasterData &data() const { return m_data; }

    const accounting::BusinessPartner *partner(const QString &cardCode) const;
    const accounting::Account *account(const QString &code) const;
    const accounting::ProfitCenter *profitCenter(const QString &code) const; // codes are unique across dimensions in B1
    const accounting::Dimension *dimension(int code) const;
    bool knowsCurrency(const QString &code) const;
    // The decimals B1 allows in amounts of currency `code`: its own Decimals when set, never more
    // than the company's (cdDefault means the general settings' amount decimals).
    int currencyDecimals(const QString &code, int companyDecimals) const;

    // Rendered rows (B1 property names), built once per reset().
    const QList<QJsonObject> &partnerRows() const { return m_partnerRows; }
    const QList<QJsonObject> &accountRows() const { return m_accountRows; }
    const QList<QJsonObject> &profitCenterRows() const { return m_profitCenterRows; }
    const QList<QJsonObject> &dimensionRows() const { return m_dimensionRows; }
    const QList<QJsonObject> &currencyRows() const { return m_currencyRows; }

    static QString canonicalCardType(const QString &type); // "S" -> "cSupplier", ...
    // A fixture for the sandbox and tests: suppliers, expense/control/title/frozen accounts,
    // five dimensions (1-3 active), profit centers, EUR/USD/GBP/CHF.
    static accounting::MasterData demoData();

private:
    accounting::MasterData m_data;
    QHash<QString, int> m_partners, m_accounts, m_profitCenters;
    QList<QJsonObject> m_partnerRows, m_accountRows, m_profitCenterRows, m_dimensionRows, m_currencyRows;
};

} // namespace mlc::sim
