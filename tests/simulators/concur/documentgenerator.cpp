#include "documentgenerator.h"

#include "demoscenario.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <functional>
#include <numeric>

namespace mlc::sim {

namespace {

const QString kExpense = QStringLiteral("expense");
const QString kInvoice = QStringLiteral("invoice");
const QString kComp = QStringLiteral("COMP");
const QString kEmpl = QStringLiteral("EMPL");
const QString kCbcp = QStringLiteral("CBCP");
const QString kCopd = QStringLiteral("COPD");
const QString kUnknownAccount = QStringLiteral("6999");
const QString kUnknownCostCenter = QStringLiteral("CC999");

enum class EntryKind { OutOfPocket, Card, CompanyPaid, PersonalCard, PersonalCash, ForeignOutOfPocket };

QString isoDate(const QDate &d, int h = 0, int m = 0, int s = 0, int ms = 0)
{
    return QDateTime(d, QTime(h, m, s, ms), Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString costCenterName(const QString &code)
{
    if (code == QLatin1String("CC100")) return QStringLiteral("Sales");
    if (code == QLatin1String("CC200")) return QStringLiteral("Marketing");
    if (code == QLatin1String("CC300")) return QStringLiteral("Engineering");
    if (code == QLatin1String("CC400")) return QStringLiteral("Finance and administration");
    if (code == QLatin1String("CC500")) return QStringLiteral("Operations");
    return QStringLiteral("Unknown");
}

QString countryOf(const QString &region)
{
    return region == QLatin1String("UK") ? QStringLiteral("GB") : region; // OrgUnit region -> ISO country
}

// Report currency per one unit of foreign currency, in millionths (a rate with 6 decimals, so
// that cents x rate is exact in Concur's 8 decimals).
qint64 rateMicro(const QString &from, const QString &to)
{
    auto eur = [](const QString &c) {
        if (c == QLatin1String("USD")) return 0.921530;
        if (c == QLatin1String("GBP")) return 1.168420;
        if (c == QLatin1String("CHF")) return 1.047310;
        return 1.0;
    };
    return qRound64(eur(from) / eur(to) * 1000000.0);
}

const char *const kVendorsByType[] = {"Astron Hotels", "Lufthansa", "Deutsche Bahn", "Vapiano", "Taxi Zentrale",
                                      "Sixt", "Staples", "Vodafone", "Messe München"};
const char *const kReportNames[] = {"Trip to Minneapolis", "Kundenbesuch München", "Q3 sales conference Dublin",
                                    "Meeting with O'Hara & Co", "Messe Düsseldorf", "Team offsite Zürich",
                                    "Workshop Århus", "Client dinner – Café de l'Opéra", "Recruiting fair Kraków"};
const char *const kLineDescriptions[] = {"Merchandise", "Annual licence", "Consulting – March", "Electricity Q1",
                                         "Paper, toner & pens"};

} // namespace

DocumentGenerator::DocumentGenerator(quint32 seed)
    : m_rng(seed)
    , m_seed(seed)
    , m_reportKey(1000 + static_cast<int>(seed % 1000) * 1000000)
    , m_reqKey(500 + static_cast<int>(seed % 1000) * 1000000)
{
}

QStringList DocumentGenerator::reviewReasons(const QString &docType)
{
    QStringList r = {QStringLiteral("vendor.unmapped"), QStringLiteral("account.unmapped"),
                     QStringLiteral("costcenter.unmapped"), QStringLiteral("totals.mismatch"),
                     QStringLiteral("document.malformed")};
    if (docType == kExpense)
        r.append(QStringLiteral("payer.unsupported"));
    return r;
}

QList<GeneratedDocument> DocumentGenerator::generate(int count, double reviewShare)
{
    QList<GeneratedDocument> out;
    if (count <= 0)
        return out;
    out.reserve(count);
    const int reviews = std::clamp(static_cast<int>(count * std::clamp(reviewShare, 0.0, 1.0) + 0.5), 0, count);
    // Exactly `reviews` review positions, spread by a seeded shuffle.
    std::vector<char> isReview(static_cast<size_t>(count), 0);
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), m_rng);
    for (int i = 0; i < reviews; ++i)
        isReview[static_cast<size_t>(order[static_cast<size_t>(i)])] = 1;

    for (int i = 0; i < count; ++i) {
        const bool exp = chance(65);
        QString reason;
        if (isReview[static_cast<size_t>(i)]) {
            const QStringList reasons = reviewReasons(exp ? kExpense : kInvoice);
            reason = reasons.at(pick(reasons.size()));
        }
        out.append(exp ? expense(reason) : invoice(reason));
    }
    return out;
}

GeneratedDocument DocumentGenerator::expense(const QString &reviewReason)
{
    ++m_sequence;
    GeneratedDocument d = buildExpense(reviewReason, true);
    if (d.expectedOutcome.isEmpty()) // the §2 guard failed: rebuild without sub-cent amounts
        d = buildExpense(reviewReason, false);
    return d;
}

GeneratedDocument DocumentGenerator::invoice(const QString &reviewReason)
{
    ++m_sequence;
    GeneratedDocument d = buildInvoice(reviewReason, true);
    if (d.expectedOutcome.isEmpty())
        d = buildInvoice(reviewReason, false);
    return d;
}

// ---------------------------------------------------------------------------------------------

DocumentGenerator::Units DocumentGenerator::round2(Units u)
{
    // Half away from zero, as the posting rules require.
    Units q = u / kCent;
    const Units r = u % kCent;
    if ((r < 0 ? -r : r) * 2 >= kCent)
        q += u < 0 ? -1 : 1;
    return q * kCent;
}

DocumentGenerator::Units DocumentGenerator::netFromGross(Units gross, int vatBasisPoints, bool toCents)
{
    // net = gross / (1 + rate), rounded half up to cents or to Concur's 8 decimals.
    const Units num = gross * 10000;
    const Units den = 10000 + vatBasisPoints;
    Units net = (num * 2 + den) / (den * 2);
    return toCents ? round2(net) : net;
}

QString DocumentGenerator::text(Units u, int decimals, bool trim)
{
    const bool neg = u < 0;
    const Units a = neg ? -u : u;
    QString frac = QStringLiteral("%1").arg(a % kUnit, 8, 10, QLatin1Char('0')).left(decimals);
    if (trim) {
        while (frac.size() > 2 && frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
    }
    return (neg ? QStringLiteral("-") : QString()) + QString::number(a / kUnit) + QLatin1Char('.') + frac;
}

QJsonValue DocumentGenerator::number(Units u) const
{
    // Exact: both operands are exact doubles and the quotient is correctly rounded, so the
    // shortest round-trip text of the result is the intended <= 15-digit decimal.
    return QJsonValue(static_cast<double>(u) / 1e8);
}

QJsonValue DocumentGenerator::money(Units u)
{
    // Concur sends amounts as JSON numbers; some tenants/serialisers send strings.
    if (m_stringAmounts && chance(50))
        return QJsonValue(chance(50) ? text(u, 8, false) : text(u, 8, true));
    return number(u);
}

QString DocumentGenerator::hexId(int chars, bool upper)
{
    static const char lower[] = "0123456789abcdef";
    static const char capital[] = "0123456789ABCDEF";
    QString s;
    s.reserve(chars);
    for (int i = 0; i < chars; ++i)
        s += QLatin1Char((upper ? capital : lower)[m_rng() & 0xF]);
    return s;
}

QJsonObject DocumentGenerator::employeeBlock(const DemoEmployee &e)
{
    return QJsonObject{{QStringLiteral("employeeId"), e.employeeId},
                       {QStringLiteral("employeeFirstName"), e.firstName},
                       {QStringLiteral("employeeLastName"), e.lastName},
                       {QStringLiteral("employeeMiddleInitial"), QJsonValue::Null},
                       {QStringLiteral("loginId"), e.loginId},
                       {QStringLiteral("employeeCustom1Code"), QJsonValue::Null},
                       {QStringLiteral("employeeCustom1Value"), QJsonValue::Null},
                       {QStringLiteral("employeeOrgUnit1Code"), e.region},
                       {QStringLiteral("employeeOrgUnit1Value"), countryOf(e.region)},
                       {QStringLiteral("employeeOrgUnit2Code"), e.department},
                       {QStringLiteral("employeeOrgUnit2Value"), e.department.mid(2)},
                       {QStringLiteral("employeeOrgUnit3Code"), QJsonValue::Null}};
}

// ---------------------------------------------------------------------------------------------
// Expense report (§2.8)

GeneratedDocument DocumentGenerator::buildExpense(const QString &reason, bool allowOdd)
{
    const auto &employees = DemoScenario::employees();
    const auto &types = DemoScenario::expenseTypes();
    m_stringAmounts = chance(30);

    static const DemoEmployee unknownEmployee{QStringLiteral("19999"), QStringLiteral("Max"), QStringLiteral("Mustermann"),
                                              QStringLiteral("m.mustermann@demo.example"), QStringLiteral("D-SAL"),
                                              QStringLiteral("DE"), QStringLiteral("CC100"), QStringLiteral("EUR"), QString()};
    const DemoEmployee &emp = reason == QLatin1String("vendor.unmapped") ? unknownEmployee : employees.at(pick(employees.size()));
    const QString currency = emp.currency;
    const QString homeCountry = countryOf(emp.region);
    bool odd = allowOdd && chance(25); // this report carries one sub-cent amount (FX or a 1/3 split)

    const QDate base = QDate(2025, 1, 6).addDays((m_sequence * 3 + pick(3)) % 360);
    std::vector<Line> lines;
    Units dueExact = 0, approved = 0, claimed = 0, card = 0;
    QJsonArray entries;
    int businessEntries = 0;
    const int entryCount = 1 + pick(4);

    for (int n = 0; n < entryCount; ++n) {
        EntryKind kind = EntryKind::OutOfPocket;
        const int k = pick(100);
        if (n > 0 || k < 83) { // the first entry is always a business one
            if (k < 55) kind = EntryKind::OutOfPocket;
            else if (k < 73) kind = EntryKind::Card;
            else if (k < 80) kind = EntryKind::CompanyPaid;
            else if (k < 83) kind = EntryKind::ForeignOutOfPocket;
            else if (k < 93) kind = EntryKind::PersonalCard;
            else kind = EntryKind::PersonalCash;
        }
        const bool personal = kind == EntryKind::PersonalCard || kind == EntryKind::PersonalCash;
        int typeIndex = pick(types.size());
        if (kind == EntryKind::CompanyPaid)
            typeIndex = pick(3); // hotel, airfare, train: booked through the travel agency
        const DemoExpenseType &type = types.at(typeIndex);
        static const int ranges[][2] = {{80, 450}, {120, 900}, {20, 180}, {15, 160}, {8, 75}, {60, 400}, {5, 120}, {20, 90}, {150, 1200}};
        Units gross = cents(ranges[typeIndex][0], ranges[typeIndex][1]);

        QString entryCurrency = currency;
        Units transactionAmount = gross;
        qint64 rate = 1000000;
        QString country = homeCountry;
        if (kind == EntryKind::ForeignOutOfPocket) {
            static const char *const foreign[] = {"USD", "GBP", "CHF", "EUR"};
            do {
                entryCurrency = QString::fromLatin1(foreign[pick(4)]);
            } while (entryCurrency == currency);
            country = entryCurrency == QLatin1String("USD") ? QStringLiteral("US")
                    : entryCurrency == QLatin1String("GBP") ? QStringLiteral("GB")
                    : entryCurrency == QLatin1String("CHF") ? QStringLiteral("CH") : QStringLiteral("FR");
            transactionAmount = gross;
            rate = rateMicro(entryCurrency, currency);
            const Units converted = (transactionAmount / kCent) * rate; // cents x 1e-6 = 1e-8 units, exact
            if (odd) {
                gross = converted; // Concur's unrounded conversion, up to 8 decimals
                odd = false;
            } else {
                gross = round2(converted);
            }
        }

        // Tax: domestic VAT is reclaimed (gross > net of reclaim -> input-tax line); foreign VAT
        // is not (net of tax < gross, net of reclaim == gross).
        Units netOfTax = gross, netOfReclaim = gross;
        if (!personal && kind != EntryKind::ForeignOutOfPocket && type.vatBasisPoints > 0 && chance(85)) {
            netOfTax = netFromGross(gross, type.vatBasisPoints, true);
            netOfReclaim = netOfTax;
        }

        // Allocations: most entries 100 % to the employee's cost center, some split 2-3 ways.
        struct Alloc { Units pct; Units gross; Units netOfTax; Units netOfReclaim; QString cc; };
        std::vector<Alloc> allocs;
        const bool split = !personal && kind != EntryKind::ForeignOutOfPocket && chance(20);
        QStringList ccs = {emp.costCenter};
        if (split) {
            while (ccs.size() < 3) {
                const QString cc = QStringLiteral("CC%1").arg(100 * (1 + pick(5)));
                if (!ccs.contains(cc))
                    ccs.append(cc);
            }
        }
        if (!split) {
            allocs.push_back({100 * kUnit, gross, netOfTax, netOfReclaim, emp.costCenter});
        } else if (odd && netOfReclaim == gross && kind == EntryKind::OutOfPocket) {
            // Thirds at Concur's 8 decimals: 33.33333333 %, rounding per line loses/gains a cent.
            odd = false;
            const Units third = gross / 3;
            const Units pctThird = 3333333333;
            allocs.push_back({pctThird, third, third, third, ccs.at(0)});
            allocs.push_back({pctThird, third, third, third, ccs.at(1)});
            const Units rest = gross - 2 * third;
            allocs.push_back({100 * kUnit - 2 * pctThird, rest, rest, rest, ccs.at(2)});
        } else {
            static const int patterns[][3] = {{50, 50, 0}, {60, 40, 0}, {70, 30, 0}, {50, 30, 20}};
            const auto &p = patterns[pick(4)];
            Units used = 0, usedNot = 0, usedNor = 0;
            for (int a = 0; a < 3 && p[a] > 0; ++a) {
                const bool last = a == 2 || p[a + 1] == 0;
                Alloc al;
                al.pct = p[a] * kUnit;
                al.cc = ccs.at(a);
                if (last) {
                    al.gross = gross - used;
                    al.netOfTax = netOfTax - usedNot;
                    al.netOfReclaim = netOfReclaim - usedNor;
                } else {
                    al.gross = round2(gross * p[a] / 100);
                    al.netOfTax = netOfTax == gross ? al.gross : netFromGross(al.gross, type.vatBasisPoints, true);
                    al.netOfReclaim = netOfReclaim == gross ? al.gross : al.netOfTax;
                }
                used += al.gross;
                usedNot += al.netOfTax;
                usedNor += al.netOfReclaim;
                allocs.push_back(al);
            }
        }

        QString patKey = QStringLiteral("CASH");
        if (kind == EntryKind::Card || kind == EntryKind::PersonalCard)
            patKey = kCbcp;
        else if (kind == EntryKind::CompanyPaid)
            patKey = kCopd;

        QJsonArray allocationArray;
        for (const Alloc &al : allocs) {
            QJsonArray journal;
            auto addLine = [&](const QString &payer, const QString &payee, const QString &account, Units g, Units nt, Units nr) {
                journal.append(QJsonObject{{QStringLiteral("journalAccountCode"), account},
                                           {QStringLiteral("journalPayer"), payer},
                                           {QStringLiteral("journalPayee"), payee},
                                           {QStringLiteral("amountGross"), money(g)},
                                           {QStringLiteral("amountNetOfTax"), money(nt)},
                                           {QStringLiteral("amountNetOfReclaim"), money(nr)},
                                           {QStringLiteral("amountGrossCard"), QJsonValue::Null},
                                           {QStringLiteral("taxGuid"), QJsonArray()}});
                lines.push_back(Line{payer, payee, g, nr});
            };
            switch (kind) {
            case EntryKind::OutOfPocket:
            case EntryKind::ForeignOutOfPocket:
                addLine(kComp, kEmpl, type.account, al.gross, al.netOfTax, al.netOfReclaim);
                dueExact += al.gross;
                break;
            case EntryKind::Card:
                addLine(kComp, kCbcp, type.account, al.gross, al.netOfTax, al.netOfReclaim);
                card += al.gross;
                break;
            case EntryKind::CompanyPaid:
                addLine(kComp, kCopd, type.account, al.gross, al.netOfTax, al.netOfReclaim);
                break;
            case EntryKind::PersonalCard:
                // Concur's pair: the card company is paid (COMP->CBCP), the employee owes it back
                // (EMPL->COMP, negative).
                addLine(kComp, kCbcp, DemoScenario::personalChargesAccount(), al.gross, al.gross, al.gross);
                addLine(kEmpl, kComp, DemoScenario::personalChargesAccount(), -al.gross, -al.gross, -al.gross);
                dueExact -= al.gross;
                card += al.gross;
                break;
            case EntryKind::PersonalCash:
                break; // personal out of pocket: no journal lines
            }
            allocationArray.append(QJsonObject{{QStringLiteral("allocationId"), hexId(32, true)},
                                               {QStringLiteral("allocationPercentage"), number(al.pct)},
                                               {QStringLiteral("allocationCustom1Code"), al.cc},
                                               {QStringLiteral("allocationCustom1Value"), costCenterName(al.cc)},
                                               {QStringLiteral("allocationCustom2Code"), QJsonValue::Null},
                                               {QStringLiteral("journal"), journal},
                                               {QStringLiteral("tax"), QJsonArray()}});
        }
        if (!personal) {
            approved += gross;
            ++businessEntries;
        }
        claimed += gross;

        const QDate entryDate = base.addDays(-1 - pick(20));
        const int vendorIndex = typeIndex;
        entries.append(QJsonObject{
            {QStringLiteral("entryId"), hexId(32, true)},
            {QStringLiteral("expenseTypeCode"), type.code},
            {QStringLiteral("expenseTypeName"), type.name},
            {QStringLiteral("entryDate"), isoDate(entryDate)},
            {QStringLiteral("entryCurrAlphaCode"), entryCurrency},
            {QStringLiteral("entryExchangeRate"), QJsonValue(static_cast<double>(rate) / 1e6)},
            {QStringLiteral("entryExchangeRateDirection"), QStringLiteral("M")},
            {QStringLiteral("reportEntryTransactionAmount"), money(transactionAmount)},
            {QStringLiteral("reportEntryPostedAmount"), money(gross)},
            // Personal entries are not approved (Concur's examples: 0); totalApprovedAmount adds up
            // the rest, card and out-of-pocket alike.
            {QStringLiteral("entryApprovedAmount"), money(personal ? 0 : gross)},
            {QStringLiteral("entryVendorCode"), QString::fromUtf8(kVendorsByType[vendorIndex])},
            {QStringLiteral("entryVendorDescription"), QString::fromUtf8(kVendorsByType[vendorIndex])},
            {QStringLiteral("entryIsPersonal"), personal ? QStringLiteral("Y") : QStringLiteral("N")},
            {QStringLiteral("entryIsBillable"), QStringLiteral("N")},
            {QStringLiteral("reportEntryPatKey"), patKey},
            {QStringLiteral("entryCountryCode"), country},
            {QStringLiteral("entryReceiptId"), hexId(32, true)},
            {QStringLiteral("allocation"), allocationArray}});
    }
    Q_UNUSED(businessEntries)

    // Cash advance: reduces what the company owes the employee; sometimes more than the
    // out-of-pocket spend, so the employee owes money back (the BP line becomes a debit).
    QJsonArray advances;
    Units advance = 0;
    if (dueExact > 0 && chance(15)) {
        if (chance(25))
            advance = round2(dueExact) + 100 * kUnit;
        else
            advance = std::max<Units>(50 * kUnit, std::min<Units>(300 * kUnit, (dueExact / (50 * kUnit)) * 50 * kUnit));
        dueExact -= advance;
        advances.append(QJsonObject{{QStringLiteral("cashAdvanceId"), hexId(20, true)},
                                    {QStringLiteral("cashAdvanceName"), QStringLiteral("Travel advance")},
                                    {QStringLiteral("cashAdvanceApplicationAmount"), money(-advance)},
                                    {QStringLiteral("cashAdvanceCurrAlphaCode"), currency},
                                    {QStringLiteral("cashAdvanceIssuedDate"), isoDate(base.addDays(-25))},
                                    {QStringLiteral("cashAdvanceClearingAccountCode"), DemoScenario::cashAdvanceClearingAccount()}});
    }

    Units amountDue = round2(dueExact);

    // Internal §2 guard: the BP line computed from the rounded lines must reconcile with
    // Concur's amountDueEmployee within 0.01.
    Units bp = 0;
    for (const Line &l : lines) {
        if (l.payer == kComp) {
            bp += round2(l.netOfReclaim) + round2(l.gross - l.netOfReclaim);
            if (l.payee != kEmpl)
                bp -= round2(l.gross);
        } else {
            bp -= round2(l.gross < 0 ? -l.gross : l.gross);
        }
    }
    bp -= round2(advance);
    if ((bp - amountDue > kCent || amountDue - bp > kCent) && allowOdd)
        return {};

    const QString reportId = hexId(chance(25) ? 32 : 20, true);
    QString reportNumber;
    for (int i = 0; i < 6; ++i)
        reportNumber += QLatin1Char("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[pick(32)]);
    const int key = m_reportKey++;
    QJsonObject report{{QStringLiteral("reportKey"), key},
                       {QStringLiteral("reportId"), reportId},
                       {QStringLiteral("reportNumber"), reportNumber},
                       {QStringLiteral("ledgerCode"), QStringLiteral("DEFAULT")},
                       {QStringLiteral("reportName"), QString::fromUtf8(kReportNames[pick(9)])},
                       {QStringLiteral("totalApprovedAmount"), money(round2(approved))},
                       {QStringLiteral("totalClaimedAmount"), money(round2(claimed))},
                       {QStringLiteral("amountDueEmployee"), money(amountDue)},
                       {QStringLiteral("amountDueCompanyCard"), money(round2(card))},
                       {QStringLiteral("employeeCurrencyAlphaCode"), currency},
                       {QStringLiteral("isTest"), QStringLiteral("N")},
                       {QStringLiteral("revisionNumber"), QStringLiteral("1")},
                       {QStringLiteral("versionId"), QStringLiteral("4")},
                       {QStringLiteral("reportSubmitDate"), isoDate(base, 9, 12, 3, 50)},
                       {QStringLiteral("reportPaymentProcessingDate"), isoDate(base.addDays(1), 18, 34, 30, 260)},
                       {QStringLiteral("reportCustom1Code"), QJsonValue::Null},
                       {QStringLiteral("reportOrgUnit1Code"), QJsonValue::Null}};

    QJsonObject doc{{QStringLiteral("employee"), employeeBlock(emp)},
                    {QStringLiteral("report"), report},
                    {QStringLiteral("expenseEntry"), entries},
                    {QStringLiteral("cashAdvanceApplication"), advances}};

    // One deliberate defect per review document, applied to the first (business) entry.
    auto firstAllocation = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonArray es = doc.value(QStringLiteral("expenseEntry")).toArray();
        QJsonObject e = es.at(0).toObject();
        QJsonArray as = e.value(QStringLiteral("allocation")).toArray();
        QJsonObject a = as.at(0).toObject();
        edit(a);
        as.replace(0, a);
        e.insert(QStringLiteral("allocation"), as);
        es.replace(0, e);
        doc.insert(QStringLiteral("expenseEntry"), es);
    };
    auto firstJournal = [&](const std::function<void(QJsonObject &)> &edit) {
        firstAllocation([&](QJsonObject &a) {
            QJsonArray js = a.value(QStringLiteral("journal")).toArray();
            QJsonObject j = js.at(0).toObject();
            edit(j);
            js.replace(0, j);
            a.insert(QStringLiteral("journal"), js);
        });
    };
    if (reason == QLatin1String("account.unmapped")) {
        firstJournal([](QJsonObject &j) { j.insert(QStringLiteral("journalAccountCode"), kUnknownAccount); });
    } else if (reason == QLatin1String("costcenter.unmapped")) {
        firstAllocation([](QJsonObject &a) {
            a.insert(QStringLiteral("allocationCustom1Code"), kUnknownCostCenter);
            a.insert(QStringLiteral("allocationCustom1Value"), QStringLiteral("Unknown"));
        });
    } else if (reason == QLatin1String("totals.mismatch")) {
        report.insert(QStringLiteral("amountDueEmployee"), money(amountDue + cents(1, 20)));
        doc.insert(QStringLiteral("report"), report);
    } else if (reason == QLatin1String("payer.unsupported")) {
        firstJournal([](QJsonObject &j) { j.insert(QStringLiteral("journalPayer"), QStringLiteral("IBCP")); });
    } else if (reason == QLatin1String("document.malformed")) {
        if (chance(50))
            doc.remove(QStringLiteral("report"));
        else
            firstJournal([](QJsonObject &j) { j.insert(QStringLiteral("amountGross"), QStringLiteral("12,50")); });
    }

    GeneratedDocument out;
    out.docType = kExpense;
    out.document = doc;
    out.expectedOutcome = reason.isEmpty() ? QStringLiteral("post") : QStringLiteral("review");
    out.expectedReasonCode = reason;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Invoice / payment request (§2.9)

GeneratedDocument DocumentGenerator::buildInvoice(const QString &reason, bool allowOdd)
{
    const auto &employees = DemoScenario::employees();
    const auto &vendors = DemoScenario::vendors();
    const auto &types = DemoScenario::invoiceLineTypes();
    m_stringAmounts = chance(30);

    static const DemoVendor unknownVendors[] = {
        {QString(), QStringLiteral("Fantasia Trading Co"), QString(), QStringLiteral("Fantasia Trading Co"), false, QStringLiteral("EUR")},
        {QString(), QStringLiteral("Globex Widgets Pty"), QString(), QStringLiteral("Globex Widgets Pty"), false, QStringLiteral("EUR")},
    };
    const DemoVendor &vendor = reason == QLatin1String("vendor.unmapped") ? unknownVendors[pick(2)] : vendors.at(pick(vendors.size()));
    const DemoEmployee &owner = employees.at(pick(employees.size()));
    const QString currency = vendor.currency;
    const bool domestic = currency == QLatin1String("EUR");
    bool odd = allowOdd && chance(25);

    const QDate invoiceDate = QDate(2025, 1, 3).addDays((m_sequence * 2 + pick(5)) % 360);
    Units sumNet = 0, sumTax = 0, bp = 0;
    const Units shipping = chance(25) ? cents(5, 60) : 0;
    QJsonArray lineItems;
    const int lineCount = 1 + pick(4);
    for (int n = 0; n < lineCount; ++n) {
        const int typeIndex = pick(types.size());
        const DemoExpenseType &type = types.at(typeIndex);
        const int quantity = chance(70) ? 1 : 2 + pick(9);
        const Units unitPrice = cents(10, 1500);
        const Units net = unitPrice * quantity;
        const int vat = domestic ? (chance(15) ? 700 : type.vatBasisPoints) : 0; // foreign vendors: reverse charge
        const Units tax = round2(net * vat / 10000);
        sumNet += net;
        sumTax += tax;

        struct Alloc { Units pct; Units net; Units tax; QString cc; };
        std::vector<Alloc> allocs;
        if (chance(20)) {
            QStringList ccs = {owner.costCenter};
            while (ccs.size() < 3) {
                const QString cc = QStringLiteral("CC%1").arg(100 * (1 + pick(5)));
                if (!ccs.contains(cc))
                    ccs.append(cc);
            }
            if (odd) {
                // Net in thirds at 8 decimals; tax split in whole cents (Concur rounds tax).
                odd = false;
                const Units third = net / 3;
                const Units taxThird = round2(tax / 3);
                allocs.push_back({3333333333, third, taxThird, ccs.at(0)});
                allocs.push_back({3333333333, third, taxThird, ccs.at(1)});
                allocs.push_back({100 * kUnit - 2 * 3333333333LL, net - 2 * third, tax - 2 * taxThird, ccs.at(2)});
            } else {
                const int p = chance(50) ? 50 : 60;
                const Units aNet = round2(net * p / 100);
                const Units aTax = round2(tax * p / 100);
                allocs.push_back({p * kUnit, aNet, aTax, ccs.at(0)});
                allocs.push_back({(100 - p) * kUnit, net - aNet, tax - aTax, ccs.at(1)});
            }
        } else {
            allocs.push_back({100 * kUnit, net, tax, owner.costCenter});
        }

        QJsonArray allocationArray;
        for (size_t a = 0; a < allocs.size(); ++a) {
            const Alloc &al = allocs[a];
            const Units ship = (n == 0 && a == 0) ? shipping : 0;
            bp += round2(al.net) + round2(al.tax) + round2(ship);
            const QJsonObject journal{{QStringLiteral("accountCode"), type.account},
                                      {QStringLiteral("amountNet"), money(al.net)},
                                      {QStringLiteral("amountGross"), money(al.net + al.tax + ship)},
                                      {QStringLiteral("amountShipping"), money(ship)},
                                      {QStringLiteral("tax"), al.tax == 0 ? QJsonValue(QJsonValue::Null) : money(al.tax)}};
            allocationArray.append(QJsonObject{{QStringLiteral("allocationKey"), 100 + m_sequence * 40 + n * 4 + static_cast<int>(a)},
                                               {QStringLiteral("allocationPercentage"), number(al.pct)},
                                               {QStringLiteral("allocationAccountCode"), type.account},
                                               {QStringLiteral("journal"), journal},
                                               {QStringLiteral("allocationCustom1Code"), al.cc},
                                               {QStringLiteral("allocationCustom1Value"), costCenterName(al.cc)}});
        }
        lineItems.append(QJsonObject{{QStringLiteral("lineItemSequenceOrder"), n + 1},
                                     {QStringLiteral("lineItemDescription"), QString::fromUtf8(kLineDescriptions[typeIndex])},
                                     {QStringLiteral("expenseTypeCode"), type.code},
                                     {QStringLiteral("expenseTypeName"), type.name},
                                     {QStringLiteral("lineItemQuantity"), number(quantity * kUnit)},
                                     {QStringLiteral("lineItemUnitPrice"), money(unitPrice)},
                                     {QStringLiteral("lineItemTotal"), money(net)},
                                     {QStringLiteral("poLineNumber"), QJsonValue::Null},
                                     {QStringLiteral("allocation"), allocationArray}});
    }
    const Units total = sumNet + sumTax + shipping;
    if ((bp - total > kCent || total - bp > kCent) && allowOdd)
        return {};

    // Invoice dates in both documented formats: the sample's MM/DD/YYYY and the schema's ISO.
    const bool usFormat = chance(60);
    const QString dateFormat = usFormat ? QStringLiteral("MM/dd/yyyy") : QStringLiteral("yyyy-MM-dd");
    const int key = m_reqKey++;
    QJsonObject header{{QStringLiteral("requestId"), hexId(20, true)},
                       {QStringLiteral("reqKey"), key},
                       {QStringLiteral("requestTitle"), QString(vendor.concurName + QStringLiteral(" ") + invoiceDate.toString(QStringLiteral("MMM yyyy")))},
                       {QStringLiteral("vendorInvoiceNumber"), QStringLiteral("INV-%1").arg(20000 + m_sequence * 7 + pick(7))},
                       {QStringLiteral("invoiceDate"), invoiceDate.toString(dateFormat)},
                       {QStringLiteral("paymentDueDate"), invoiceDate.addDays(30).toString(dateFormat)},
                       {QStringLiteral("postingDate"), QJsonValue::Null},
                       {QStringLiteral("submitDate"), isoDate(invoiceDate.addDays(2), 3, 37, 42, 923)},
                       {QStringLiteral("currencyAlphaCode"), currency},
                       {QStringLiteral("requestTotal"), money(total)},
                       {QStringLiteral("amountNetInvoice"), money(sumNet)},
                       {QStringLiteral("amountShippingTotal"), money(shipping)},
                       {QStringLiteral("ledgerCode"), QStringLiteral("DEFAULT")},
                       {QStringLiteral("payMethodType"), QStringLiteral("CLIENT")},
                       {QStringLiteral("poNumber"), QJsonValue::Null},
                       {QStringLiteral("isTest"), QStringLiteral("N")},
                       {QStringLiteral("revisionNumber"), QStringLiteral("1")},
                       {QStringLiteral("versionId"), QStringLiteral("4")},
                       {QStringLiteral("requestCustom10Code"), QStringLiteral("Default")},
                       {QStringLiteral("vendorTaxId"), vendor.sendTaxId ? QJsonValue(vendor.taxId) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("requestOrgUnit1Code"), QJsonValue::Null}};
    QJsonObject doc{{QStringLiteral("requestHeader"), header},
                    {QStringLiteral("ownerEmployee"), employeeBlock(owner)},
                    {QStringLiteral("vendor"), QJsonObject{{QStringLiteral("vendorName"), vendor.concurName},
                                                           {QStringLiteral("vendorCode"), hexId(32, true)},
                                                           {QStringLiteral("vendorRemitToAddressCode"), QStringLiteral("333")}}},
                    {QStringLiteral("lineItem"), lineItems}};

    auto firstAllocation = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonArray ls = doc.value(QStringLiteral("lineItem")).toArray();
        QJsonObject l = ls.at(0).toObject();
        QJsonArray as = l.value(QStringLiteral("allocation")).toArray();
        QJsonObject a = as.at(0).toObject();
        edit(a);
        as.replace(0, a);
        l.insert(QStringLiteral("allocation"), as);
        ls.replace(0, l);
        doc.insert(QStringLiteral("lineItem"), ls);
    };
    if (reason == QLatin1String("account.unmapped")) {
        firstAllocation([](QJsonObject &a) {
            a.insert(QStringLiteral("allocationAccountCode"), kUnknownAccount);
            QJsonObject j = a.value(QStringLiteral("journal")).toObject();
            j.insert(QStringLiteral("accountCode"), kUnknownAccount);
            a.insert(QStringLiteral("journal"), j);
        });
    } else if (reason == QLatin1String("costcenter.unmapped")) {
        firstAllocation([](QJsonObject &a) { a.insert(QStringLiteral("allocationCustom1Code"), kUnknownCostCenter); });
    } else if (reason == QLatin1String("totals.mismatch")) {
        header.insert(QStringLiteral("requestTotal"), money(total + cents(1, 20)));
        doc.insert(QStringLiteral("requestHeader"), header);
    } else if (reason == QLatin1String("document.malformed")) {
        if (chance(50)) {
            doc.remove(QStringLiteral("requestHeader"));
        } else {
            firstAllocation([](QJsonObject &a) {
                QJsonObject j = a.value(QStringLiteral("journal")).toObject();
                j.insert(QStringLiteral("amountNet"), QStringLiteral("n/a"));
                a.insert(QStringLiteral("journal"), j);
            });
        }
    }

    GeneratedDocument out;
    out.docType = kInvoice;
    out.document = doc;
    out.expectedOutcome = reason.isEmpty() ? QStringLiteral("post") : QStringLiteral("review");
    out.expectedReasonCode = reason;
    return out;
}

} // namespace mlc::sim
