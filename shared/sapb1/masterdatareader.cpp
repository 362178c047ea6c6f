#include "masterdatareader.h"

#include "b1json.h"

#include "core/logging.h"

namespace mlc::sapb1 {

namespace {
QString str(const QJsonObject &row, const char *name)
{
    return b1String(row.value(QLatin1String(name)));
}
bool yes(const QJsonObject &row, const char *name, bool fallback)
{
    return b1Bool(row.value(QLatin1String(name)), fallback);
}
} // namespace

MasterDataReader::MasterDataReader(ServiceLayerClient &client)
    : m_client(client)
{
}

accounting::BusinessPartner MasterDataReader::partnerFromJson(const QJsonObject &row)
{
    accounting::BusinessPartner bp;
    bp.cardCode = str(row, "CardCode");
    bp.cardName = str(row, "CardName");
    bp.cardType = str(row, "CardType");
    bp.federalTaxId = str(row, "FederalTaxID");
    bp.controlAccount = str(row, "DebitorAccount");
    bp.valid = yes(row, "Valid", bp.valid);
    bp.frozen = yes(row, "Frozen", bp.frozen);
    return bp;
}

accounting::Account MasterDataReader::accountFromJson(const QJsonObject &row)
{
    accounting::Account a;
    a.code = str(row, "Code");
    a.name = str(row, "Name");
    a.postable = yes(row, "ActiveAccount", a.postable);
    a.frozen = yes(row, "FrozenFor", a.frozen);
    a.controlAccount = yes(row, "LockManualTransaction", a.controlAccount);
    return a;
}

accounting::ProfitCenter MasterDataReader::profitCenterFromJson(const QJsonObject &row)
{
    accounting::ProfitCenter pc;
    pc.code = str(row, "CenterCode");
    pc.name = str(row, "CenterName");
    pc.dimension = int(b1Int(row.value(QLatin1String("InWhichDimension")), pc.dimension));
    pc.active = yes(row, "Active", pc.active);
    return pc;
}

accounting::Dimension MasterDataReader::dimensionFromJson(const QJsonObject &row)
{
    accounting::Dimension d;
    d.code = int(b1Int(row.value(QLatin1String("DimensionCode")), d.code));
    d.name = str(row, "DimensionName");
    d.active = yes(row, "IsActive", d.active);
    return d;
}

accounting::Currency MasterDataReader::currencyFromJson(const QJsonObject &row)
{
    accounting::Currency c;
    c.code = str(row, "Code");
    const QString printed = str(row, "DocumentsCode").trimmed();
    bool letters = printed.size() == 3;
    for (const QChar ch : printed)
        letters = letters && ((ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')));
    if (letters)
        c.isoCode = printed.toUpper();
    // CurrenciesDecimalsEnum: cdDefault (0, "as in the general settings"), cdWithoutDecimals (1),
    // cd1Digit (2) ... cd6Digits (7). The SL renders enums by name; numbers are accepted too.
    const QJsonValue decimals = row.value(QLatin1String("Decimals"));
    if (decimals.isString()) {
        const QString name = decimals.toString();
        if (name == QLatin1String("cdWithoutDecimals")) {
            c.decimals = 0;
        } else if (name.startsWith(QLatin1String("cd")) && name.size() >= 3 && name.at(2).isDigit()) {
            const int digits = name.at(2).digitValue();
            c.decimals = digits >= 1 && digits <= 6 ? digits : -1;
        }
    } else if (decimals.isDouble()) {
        const int value = decimals.toInt(-1);
        c.decimals = value >= 1 && value <= 7 ? value - 1 : -1;
    }
    return c;
}

Result<QJsonObject> MasterDataReader::adminInfo()
{
    // CompanyService_GetAdminInfo is a service action (POST in SL); some gateways and simulators
    // expose it as GET. Try POST, fall back to GET when POST is refused as a client error.
    const QString action = QStringLiteral("CompanyService_GetAdminInfo");
    auto viaPost = m_client.postObject(action, {}, RequestKind::Read);
    if (viaPost.ok() || viaPost.error().code != errc::Business)
        return viaPost;
    auto viaGet = m_client.getObject(action);
    if (viaGet.ok())
        return viaGet;
    return viaPost.error();
}

Result<accounting::MasterData> MasterDataReader::load()
{
    accounting::MasterData md;

    auto partners = m_client.getAll(QStringLiteral("BusinessPartners"), QStringLiteral("CardType eq 'cSupplier'"),
                                    QStringLiteral("CardCode,CardName,CardType,FederalTaxID,DebitorAccount,Valid,Frozen"),
                                    QStringLiteral("CardCode"));
    if (!partners.ok())
        return partners.error();
    md.partners.reserve(partners->size());
    for (const QJsonObject &row : partners.value())
        md.partners.append(partnerFromJson(row));

    auto accounts = m_client.getAll(QStringLiteral("ChartOfAccounts"), QString(),
                                    QStringLiteral("Code,Name,ActiveAccount,FrozenFor,LockManualTransaction"),
                                    QStringLiteral("Code"));
    if (!accounts.ok())
        return accounts.error();
    md.accounts.reserve(accounts->size());
    for (const QJsonObject &row : accounts.value())
        md.accounts.append(accountFromJson(row));

    auto centers = m_client.getAll(QStringLiteral("ProfitCenters"), QString(),
                                   QStringLiteral("CenterCode,CenterName,InWhichDimension,Active"),
                                   QStringLiteral("CenterCode"));
    if (!centers.ok())
        return centers.error();
    md.profitCenters.reserve(centers->size());
    for (const QJsonObject &row : centers.value())
        md.profitCenters.append(profitCenterFromJson(row));

    auto dimensions = m_client.getAll(QStringLiteral("Dimensions"), QString(),
                                      QStringLiteral("DimensionCode,DimensionName,IsActive"),
                                      QStringLiteral("DimensionCode"));
    if (!dimensions.ok())
        return dimensions.error();
    for (const QJsonObject &row : dimensions.value())
        md.dimensions.append(dimensionFromJson(row));

    auto currencies = m_client.getAll(QStringLiteral("Currencies"), QString(), QStringLiteral("Code,DocumentsCode,Decimals"),
                                      QStringLiteral("Code"));
    if (!currencies.ok())
        return currencies.error();
    for (const QJsonObject &row : currencies.value()) {
        accounting::Currency c = currencyFromJson(row);
        if (!c.code.isEmpty())
            md.currencies.append(c);
    }

    auto admin = adminInfo();
    if (!admin.ok())
        return admin.error();
    const QString local = str(admin.value(), "LocalCurrency");
    if (local.isEmpty())
        return makeError(errc::Protocol, QStringLiteral("B1 did not report the company's local currency."),
                         QStringLiteral("CompanyService_GetAdminInfo without LocalCurrency"));
    md.localCurrency = local;
    // TotalsAccuracy = decimals for amounts in B1's display settings (inferred field name).
    const qint64 decimals = b1Int(admin->value(QLatin1String("TotalsAccuracy")), -1);
    if (decimals >= 0 && decimals <= 6)
        md.amountDecimals = int(decimals);

    qCInfo(lcSapB1) << "master data:" << md.partners.size() << "suppliers," << md.accounts.size() << "accounts,"
                    << md.profitCenters.size() << "profit centers," << md.dimensions.size() << "dimensions,"
                    << md.currencies.size() << "currencies, local currency" << md.localCurrency;
    return md;
}

} // namespace mlc::sapb1
