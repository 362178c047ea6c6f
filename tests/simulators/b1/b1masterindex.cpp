#include "b1masterindex.h"

namespace mlc::sim {

using namespace accounting;

namespace {

QString yesNo(bool b)
{
    // BoYesNoEnum is rendered by name.
    return b ? QStringLiteral("tYES") : QStringLiteral("tNO");
}

QString currencyName(const QString &isoCode)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("EUR"), QStringLiteral("Euro")},
        {QStringLiteral("USD"), QStringLiteral("US Dollar")},
        {QStringLiteral("GBP"), QStringLiteral("British Pound")},
        {QStringLiteral("CHF"), QStringLiteral("Swiss Franc")},
        {QStringLiteral("JPY"), QStringLiteral("Japanese Yen")},
        {QStringLiteral("KWD"), QStringLiteral("Kuwaiti Dinar")},
    };
    return names.value(isoCode, isoCode);
}

// CurrenciesDecimalsEnum by name, as the Service Layer renders it.
QString decimalsName(int decimals)
{
    if (decimals < 0)
        return QStringLiteral("cdDefault");
    if (decimals == 0)
        return QStringLiteral("cdWithoutDecimals");
    if (decimals == 1)
        return QStringLiteral("cd1Digit");
    return QStringLiteral("cd%1Digits").arg(decimals);
}

} // namespace

QString B1MasterIndex::canonicalCardType(const QString &type)
{
    if (type == QLatin1String("S"))
        return QStringLiteral("cSupplier");
    if (type == QLatin1String("C"))
        return QStringLiteral("cCustomer");
    if (type == QLatin1String("L"))
        return QStringLiteral("cLid");
    return type;
}

void B1MasterIndex::reset(const MasterData &data)
{
    m_data = data;
    m_partners.clear();
    m_accounts.clear();
    m_profitCenters.clear();
    m_partnerRows.clear();
    m_accountRows.clear();
    m_profitCenterRows.clear();
    m_dimensionRows.clear();
    m_currencyRows.clear();
    for (int i = 0; i < m_data.partners.size(); ++i) {
        const BusinessPartner &bp = m_data.partners.at(i);
        m_partners.insert(bp.cardCode, i);
        m_partnerRows.append(QJsonObject{
            {QStringLiteral("CardCode"), bp.cardCode},
            {QStringLiteral("CardName"), bp.cardName},
            {QStringLiteral("CardType"), canonicalCardType(bp.cardType)},
            {QStringLiteral("FederalTaxID"), bp.federalTaxId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bp.federalTaxId)},
            {QStringLiteral("DebitorAccount"), bp.controlAccount},
            {QStringLiteral("Currency"), QStringLiteral("##")}, // "all currencies"
            {QStringLiteral("Valid"), yesNo(bp.valid)},
            {QStringLiteral("Frozen"), yesNo(bp.frozen)},
        });
    }
    for (int i = 0; i < m_data.accounts.size(); ++i) {
        const Account &a = m_data.accounts.at(i);
        m_accounts.insert(a.code, i);
        m_accountRows.append(QJsonObject{
            {QStringLiteral("Code"), a.code},
            {QStringLiteral("Name"), a.name},
            {QStringLiteral("ActiveAccount"), yesNo(a.postable)},
            {QStringLiteral("FrozenFor"), yesNo(a.frozen)},
            {QStringLiteral("LockManualTransaction"), yesNo(a.controlAccount)},
            {QStringLiteral("AcctCurrency"), QStringLiteral("##")},
        });
    }
    for (int i = 0; i < m_data.profitCenters.size(); ++i) {
        const ProfitCenter &pc = m_data.profitCenters.at(i);
        m_profitCenters.insert(pc.code, i);
        m_profitCenterRows.append(QJsonObject{
            {QStringLiteral("CenterCode"), pc.code},
            {QStringLiteral("CenterName"), pc.name},
            {QStringLiteral("InWhichDimension"), pc.dimension},
            {QStringLiteral("Active"), yesNo(pc.active)},
        });
    }
    for (const Dimension &d : m_data.dimensions) {
        m_dimensionRows.append(QJsonObject{
            {QStringLiteral("DimensionCode"), d.code},
            {QStringLiteral("DimensionName"), d.name},
            {QStringLiteral("IsActive"), yesNo(d.active)},
            {QStringLiteral("DimensionDescription"), d.name},
        });
    }
    // The Currencies entity (OCRN) as the SL exposes it: B1's own Code, the code printed on
    // documents (DocumentsCode, DocCurrCod: the ISO code when the company keeps one there, else a
    // symbol) and the decimals B1 uses for the currency (cdDefault: the general settings').
    for (const Currency &c : m_data.currencies) {
        const QString printed = c.isoCode.isEmpty() ? c.code : c.isoCode;
        m_currencyRows.append(QJsonObject{
            {QStringLiteral("Code"), c.code},
            {QStringLiteral("Name"), currencyName(printed)},
            {QStringLiteral("DocumentsCode"), printed},
            {QStringLiteral("InternationalDescription"), currencyName(printed)},
            {QStringLiteral("EnglishName"), currencyName(printed)},
            {QStringLiteral("Decimals"), decimalsName(c.decimals)},
        });
    }
}

const BusinessPartner *B1MasterIndex::partner(const QString &cardCode) const
{
    const auto it = m_partners.constFind(cardCode);
    return it == m_partners.constEnd() ? nullptr : &m_data.partners.at(*it);
}

const Account *B1MasterIndex::account(const QString &code) const
{
    const auto it = m_accounts.constFind(code);
    return it == m_accounts.constEnd() ? nullptr : &m_data.accounts.at(*it);
}

const ProfitCenter *B1MasterIndex::profitCenter(const QString &code) const
{
    const auto it = m_profitCenters.constFind(code);
    return it == m_profitCenters.constEnd() ? nullptr : &m_data.profitCenters.at(*it);
}

const Dimension *B1MasterIndex::dimension(int code) const
{
    for (const Dimension &d : m_data.dimensions) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

bool B1MasterIndex::knowsCurrency(const QString &code) const
{
    return m_data.currency(code) != nullptr;
}

int B1MasterIndex::currencyDecimals(const QString &code, int companyDecimals) const
{
    const Currency *c = m_data.currency(code);
    return c && c->decimals >= 0 && c->decimals < companyDecimals ? c->decimals : companyDecimals;
}

MasterData B1MasterIndex::demoData()
{
    MasterData d;
    d.localCurrency = QStringLiteral("EUR");
    d.currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF")};
    const auto bp = [](const char *code, const QString &name, const char *type, const char *taxId, bool valid, bool frozen) {
        BusinessPartner p;
        p.cardCode = QString::fromLatin1(code);
        p.cardName = name;
        p.cardType = QString::fromLatin1(type);
        p.federalTaxId = QString::fromLatin1(taxId);
        p.controlAccount = p.cardType == QLatin1String("cCustomer") ? QStringLiteral("1400") : QStringLiteral("1600");
        p.valid = valid;
        p.frozen = frozen;
        return p;
    };
    d.partners = {
        bp("V10000", QStringLiteral("Acme Office Supplies GmbH"), "cSupplier", "DE123456789", true, false),
        bp("V10001", QStringLiteral("O'Brien & Söhne GmbH"), "cSupplier", "DE987654321", true, false),
        bp("V10002", QStringLiteral("Frozen Supplies Ltd"), "cSupplier", "GB111222333", true, true),
        bp("V10003", QStringLiteral("Inactive Trading S.A."), "cSupplier", "ES-B12345678", false, false),
        bp("E1001", QStringLiteral("Jane Doe"), "cSupplier", "", true, false),
        bp("E1002", QStringLiteral("John Smith"), "cSupplier", "", true, false),
        bp("C20000", QStringLiteral("Customer One AG"), "cCustomer", "CHE-123.456.789", true, false),
    };
    const auto acct = [](const char *code, const char *name, bool postable, bool frozen, bool control) {
        Account a;
        a.code = QString::fromLatin1(code);
        a.name = QString::fromLatin1(name);
        a.postable = postable;
        a.frozen = frozen;
        a.controlAccount = control;
        return a;
    };
    d.accounts = {
        acct("1000", "Assets", false, false, false),
        acct("1400", "Accounts receivable", true, false, true),
        acct("1576", "Input tax 19%", true, false, false),
        acct("1600", "Accounts payable", true, false, true),
        acct("1610", "Employee payables", true, false, true),
        acct("1360", "Cash advance clearing", true, false, false),
        acct("1361", "Company card clearing", true, false, false),
        acct("6100", "Travel expenses", true, false, false),
        acct("6200", "Meals and entertainment", true, false, false),
        acct("6300", "Office supplies", true, false, false),
        acct("6400", "Freight", true, false, false),
        acct("6900", "Old expenses (frozen)", true, true, false),
    };
    const auto pc = [](const char *code, const char *name, int dim, bool active) {
        ProfitCenter p;
        p.code = QString::fromLatin1(code);
        p.name = QString::fromLatin1(name);
        p.dimension = dim;
        p.active = active;
        return p;
    };
    d.profitCenters = {
        pc("SALES", "Sales", 1, true),
        pc("ADMIN", "Administration", 1, true),
        pc("OLDCC", "Closed cost center", 1, false),
        pc("NORTH", "Region North", 2, true),
        pc("SOUTH", "Region South", 2, true),
        pc("P100", "Product line 100", 3, true),
        pc("CH-WEB", "Channel web", 4, true),
    };
    const auto dim = [](int code, const char *name, bool active) {
        Dimension x;
        x.code = code;
        x.name = QString::fromLatin1(name);
        x.active = active;
        return x;
    };
    d.dimensions = {dim(1, "Cost center", true), dim(2, "Region", true), dim(3, "Product line", true),
                    dim(4, "Channel", false), dim(5, "Dimension 5", false)};
    return d;
}

} // namespace mlc::sim
