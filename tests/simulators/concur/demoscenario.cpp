#include "demoscenario.h"

namespace mlc::sim {

using namespace mlc::accounting;

namespace {

QString u8(const char *s) { return QString::fromUtf8(s); }

} // namespace

const QList<DemoEmployee> &DemoScenario::employees()
{
    // Names with apostrophes (straight and typographic), accents and non-Latin-1 letters on purpose.
    static const QList<DemoEmployee> list = {
        {u8("10231"), u8("Siobhán"), u8("O'Brien"), u8("s.obrien@demo.example"), u8("D-SAL"), u8("IE"), u8("CC100"), u8("EUR"), u8("E10231")},
        {u8("10232"), u8("Jürgen"), u8("Müller-Lüdenscheid"), u8("j.mueller@demo.example"), u8("D-ENG"), u8("DE"), u8("CC300"), u8("EUR"), u8("E10232")},
        {u8("10233"), u8("Søren"), u8("Ærø"), u8("s.aero@demo.example"), u8("D-FIN"), u8("DK"), u8("CC400"), u8("EUR"), u8("E10233")},
        {u8("10234"), u8("Ana"), u8("García López"), u8("a.garcia@demo.example"), u8("D-SAL"), u8("DE"), u8("CC100"), u8("EUR"), u8("E10234")},
        {u8("10235"), u8("François"), u8("Lefèvre"), u8("f.lefevre@demo.example"), u8("D-MKT"), u8("CH"), u8("CC200"), u8("CHF"), u8("E10235")},
        // Found by name only: the BP's CardCode is not "E" + employee id.
        {u8("10236"), u8("Mei"), u8("Chen"), u8("m.chen@demo.example"), u8("D-ENG"), u8("US"), u8("CC300"), u8("USD"), u8("S-MCHEN")},
        {u8("10237"), u8("John"), u8("Smith"), u8("j.smith@demo.example"), u8("D-HR"), u8("UK"), u8("CC400"), u8("GBP"), u8("E10237")},
        {u8("10238"), u8("Zoë"), u8("D'Angelo"), u8("z.dangelo@demo.example"), u8("D-MKT"), u8("AT"), u8("CC200"), u8("EUR"), u8("E10238")},
        {u8("10239"), u8("Łukasz"), u8("Wiśniewski"), u8("l.wisniewski@demo.example"), u8("D-ENG"), u8("DE"), u8("CC300"), u8("EUR"), u8("E10239")},
        {u8("10240"), u8("Ingrid"), u8("Størmer"), u8("i.stoermer@demo.example"), u8("D-FIN"), u8("AT"), u8("CC400"), u8("EUR"), u8("E10240")},
        {u8("10241"), u8("Patrick"), u8("O’Neill"), u8("p.oneill@demo.example"), u8("D-SAL"), u8("IE"), u8("CC500"), u8("EUR"), u8("E10241")},
        {u8("10242"), u8("Hannah"), u8("Weiß"), u8("h.weiss@demo.example"), u8("D-HR"), u8("DE"), u8("CC400"), u8("EUR"), u8("E10242")},
    };
    return list;
}

const QList<DemoVendor> &DemoScenario::vendors()
{
    // Concur's spelling differs from B1's only in ways the normalised-name rule ignores (case,
    // accents, punctuation, legal form), or the vendor is found by its tax id.
    static const QList<DemoVendor> list = {
        {u8("V10001"), u8("Müller Bürobedarf GmbH"), u8("DE811234567"), u8("MULLER BUROBEDARF"), false, u8("EUR")},
        {u8("V10002"), u8("Acme Office Supplies Inc."), u8("US-12-3456789"), u8("ACME Office Supplies, LLC"), false, u8("USD")},
        {u8("V10003"), u8("Hôtel de la Gare S.A."), u8("CHE-105.123.456"), u8("Hotel de la Gare S.A."), false, u8("CHF")},
        {u8("V10004"), u8("O'Connor & Sons Ltd"), u8("GB123456789"), u8("O’Connor & Sons Ltd."), false, u8("GBP")},
        {u8("V10005"), u8("Nordisk Software ApS"), u8("DK12345678"), u8("Nordisk Software"), true, u8("EUR")},
        {u8("V10006"), u8("Pacific Freight LLC"), u8("US-98-7654321"), u8("Pacific Freight LLC"), true, u8("USD")},
        {u8("V10007"), u8("Stadtwerke Köln GmbH"), u8("DE119876543"), u8("Stadtwerke Koln"), false, u8("EUR")},
        {u8("V10008"), u8("Café Central Wien GmbH"), u8("ATU12345678"), u8("CAFE CENTRAL WIEN"), false, u8("EUR")},
    };
    return list;
}

const QList<DemoExpenseType> &DemoScenario::expenseTypes()
{
    static const QList<DemoExpenseType> list = {
        {u8("LODNG"), u8("Hotel"), u8("6100"), 700},
        {u8("AIRFR"), u8("Airfare"), u8("6110"), 0},
        {u8("TRAIN"), u8("Train"), u8("6110"), 700},
        {u8("MEALS"), u8("Business Meals"), u8("6120"), 1900},
        {u8("TAXIX"), u8("Taxi"), u8("6130"), 700},
        {u8("CARRT"), u8("Car Rental"), u8("6130"), 1900},
        {u8("OFFSP"), u8("Office Supplies"), u8("6140"), 1900},
        {u8("TELEP"), u8("Mobile Phone"), u8("6150"), 1900},
        {u8("CONFR"), u8("Conference Fees"), u8("6160"), 1900},
    };
    return list;
}

const QList<DemoExpenseType> &DemoScenario::invoiceLineTypes()
{
    static const QList<DemoExpenseType> list = {
        {u8("2000   "), u8("Material"), u8("6200"), 1900},
        {u8("2100   "), u8("Software"), u8("6210"), 1900},
        {u8("2200   "), u8("Consulting"), u8("6220"), 1900},
        {u8("2300   "), u8("Utilities"), u8("6230"), 1900},
        {u8("2400   "), u8("Office Supplies"), u8("6140"), 1900},
    };
    return list;
}

MasterData DemoScenario::masterData()
{
    MasterData md;
    md.localCurrency = QStringLiteral("EUR");
    md.currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF")};
    md.amountDecimals = 2;

    const QString supplier = QStringLiteral("cSupplier");
    const QString apControl = QStringLiteral("1600");
    for (const DemoEmployee &e : employees())
        md.partners.append(BusinessPartner{e.cardCode, e.fullName(), supplier, QString(), apControl, true, false});
    for (const DemoVendor &v : vendors())
        md.partners.append(BusinessPartner{v.cardCode, v.b1Name, supplier, v.taxId, apControl, true, false});
    // Traps for the mapping rules: a customer with a vendor's name (only suppliers count), a
    // frozen supplier and an inactive one.
    md.partners.append(BusinessPartner{u8("C20001"), u8("Acme Office Supplies Inc."), u8("cCustomer"), QString(), u8("1400"), true, false});
    md.partners.append(BusinessPartner{u8("V10099"), u8("Altlasten Handel GmbH"), supplier, u8("DE100000001"), apControl, true, true});
    md.partners.append(BusinessPartner{u8("V10098"), u8("Ehemalig Logistik AG"), supplier, u8("CHE-999.888.777"), apControl, false, false});

    auto account = [&md](const char *code, const char *name, bool postable = true, bool control = false) {
        md.accounts.append(Account{u8(code), u8(name), postable, false, control});
    };
    account("6000", "Travel and entertainment", false);            // title account, not postable
    account("6100", "Travel - lodging");
    account("6110", "Travel - airfare and rail");
    account("6120", "Business meals and entertainment");
    account("6130", "Ground transportation");
    account("6140", "Office supplies");
    account("6150", "Telephone and internet");
    account("6160", "Training and conferences");
    account("6200", "Materials");
    account("6210", "Software and subscriptions");
    account("6220", "Consulting services");
    account("6230", "Utilities");
    account("6740", "Freight and shipping");
    account("1576", "Input tax (Vorsteuer) 19 % / 7 %");
    account("1361", "Corporate card clearing (CBCP)");
    account("1362", "Company-paid travel clearing (COPD)");
    account("1363", "Cash advance clearing");
    account("1365", "Employee receivables - personal card charges");
    account("1200", "Bank");
    account("1400", "Accounts receivable control", true, true);
    account("1600", "Accounts payable control", true, true);     // control account: never posted to directly
    md.accounts.append(Account{u8("6990"), u8("Old travel (frozen)"), true, true, false}); // exists but frozen, unused

    md.dimensions = {Dimension{1, u8("Cost center"), true}, Dimension{2, u8("Department"), true},
                     Dimension{3, u8("Region"), true}, Dimension{4, u8("Project"), false}, Dimension{5, u8("Dimension 5"), false}};
    auto pc = [&md](int dim, const char *code, const char *name, bool active = true) {
        md.profitCenters.append(ProfitCenter{u8(code), u8(name), dim, active});
    };
    pc(1, "CC100", "Sales");
    pc(1, "CC200", "Marketing");
    pc(1, "CC300", "Engineering");
    pc(1, "CC400", "Finance and administration");
    pc(1, "CC500", "Operations");
    pc(1, "CC900", "Closed project", false);
    pc(2, "D-FIN", "Finance");
    pc(2, "D-SAL", "Sales");
    pc(2, "D-ENG", "Engineering");
    pc(2, "D-HR", "Human resources");
    pc(2, "D-MKT", "Marketing");
    for (const char *r : {"DE", "AT", "CH", "UK", "IE", "US", "DK"})
        pc(3, r, r);
    return md;
}

QHash<QString, QString> DemoScenario::settings()
{
    return {
        {QStringLiteral("posting/inputTaxAccount"), inputTaxAccount()},
        {QStringLiteral("posting/freightAccount"), freightAccount()},
        {QStringLiteral("posting/clearingAccount/CBCP"), cardClearingAccount()},
        {QStringLiteral("posting/clearingAccount/COPD"), companyPaidClearingAccount()},
        {QStringLiteral("posting/employeeCardPrefix"), employeeCardPrefix()},
        {QStringLiteral("posting/referenceDate"), QStringLiteral("payment")},
        {QStringLiteral("mapping/dimension/1/source"), QStringLiteral("allocationCustom1Code")}, // cost center
        {QStringLiteral("mapping/dimension/2/source"), QStringLiteral("employeeOrgUnit2Code")},  // department
        {QStringLiteral("mapping/dimension/3/source"), QStringLiteral("employeeOrgUnit1Code")},  // region
    };
}

} // namespace mlc::sim
