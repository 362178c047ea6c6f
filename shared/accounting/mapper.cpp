#include "mapper.h"

#include "currencyunits.h"
#include "namenormaliser.h"

#include <algorithm>

namespace mlc::accounting {
namespace {

const QString kVendor = QStringLiteral("vendor");
const QString kAccount = QStringLiteral("account");
const QString kCostCenter = QStringLiteral("costcenter");
const QString kCurrency = QStringLiteral("currency");
const QString kExplicit = QStringLiteral("explicit");

// OCRD.CardCode is nvarchar(15): a longer code cannot name a business partner.
constexpr int kCardCodeLength = 15;

Resolution start(const QString &kind, const QString &sourceKey)
{
    Resolution r;
    r.kind = kind;
    r.sourceKey = sourceKey;
    return r;
}

// `args`: the sentence's facts by name (ReviewReason::args); "case" names the sentence.
Resolution &fail(Resolution &r, const QString &code, const QString &message, const QStringList &candidates = {},
                 QJsonObject args = {})
{
    r.ok = false;
    r.reason.code = code;
    r.reason.message = message;
    r.reason.blockerKey = r.kind + QLatin1Char('/') + r.sourceKey;
    r.reason.candidates = candidates;
    r.reason.args = std::move(args);
    return r;
}

Resolution &fail(Resolution &r, const QString &code, const QString &message, QJsonObject args)
{
    return fail(r, code, message, {}, std::move(args));
}

QLatin1String problemOf(const BusinessPartner &bp)
{
    if (!bp.isSupplier())
        return QLatin1String("not-supplier");
    if (bp.frozen)
        return QLatin1String("frozen");
    if (!bp.valid)
        return QLatin1String("inactive");
    return QLatin1String("");
}

QLatin1String problemOf(const Account &a)
{
    if (a.controlAccount)
        return QLatin1String("control");
    if (!a.postable)
        return QLatin1String("title");
    if (a.frozen)
        return QLatin1String("frozen");
    return QLatin1String("");
}

// The subject of a vendor reason, by name: an employee (employeeId, name) or an invoice vendor
// (vendorName, vendorCode, taxId).
QJsonObject employeeArgs(const QString &employeeId, const QString &fullName)
{
    return QJsonObject{{QLatin1String("subject"), QLatin1String("employee")},
                       {QLatin1String("employeeId"), employeeId},
                       {QLatin1String("name"), fullName}};
}

QJsonObject with(QJsonObject o, std::initializer_list<QPair<QString, QJsonValue>> more)
{
    for (const auto &kv : more)
        o.insert(kv.first, kv.second);
    return o;
}

Resolution &succeed(Resolution &r, const QString &target, const QString &rule)
{
    r.ok = true;
    r.target = target;
    r.rule = rule;
    r.reason = {};
    return r;
}

void appendUnique(QList<int> &into, const QList<int> &from)
{
    for (int i : from) {
        if (!into.contains(i))
            into.append(i);
    }
}

} // namespace

Mapper::Mapper(const MasterData &md, const MappingLookup &mappings, const PostingSettings &settings)
    : m_md(md)
    , m_mappings(mappings)
    , m_settings(settings)
{
    m_partnerByCode.reserve(md.partners.size());
    for (int i = 0; i < md.partners.size(); ++i) {
        const BusinessPartner &bp = md.partners.at(i);
        m_partnerByCode.insert(bp.cardCode, i);
        if (!bp.isSupplier())
            continue;
        m_supplierByFoldedName[foldName(bp.cardName)].append(i);
        const QString tax = normaliseTaxId(bp.federalTaxId);
        if (!tax.isEmpty())
            m_supplierByTaxId[tax].append(i);
        const QString norm = normaliseName(bp.cardName);
        if (!norm.isEmpty())
            m_supplierByNormalisedName[norm].append(i);
        m_fuzzy.push_back(FuzzyEntry{i, nameBigrams(norm)});
    }
    m_accountByCode.reserve(md.accounts.size());
    for (int i = 0; i < md.accounts.size(); ++i)
        m_accountByCode.insert(md.accounts.at(i).code, i);
    for (int i = 0; i < md.profitCenters.size(); ++i) {
        const ProfitCenter &pc = md.profitCenters.at(i);
        if (pc.dimension >= 1 && pc.dimension <= 5)
            m_profitCenterByDim[size_t(pc.dimension)].insert(pc.code, i);
    }
    for (const Dimension &d : md.dimensions) {
        if (d.code >= 1 && d.code <= 5)
            m_dimActive[size_t(d.code)] = d.active;
    }
}

QString Mapper::vendorSourceKey(const QString &vendorCode, const QString &vendorName)
{
    return QStringLiteral("vendor:") + (vendorCode.isEmpty() ? normaliseName(vendorName) : vendorCode);
}

const BusinessPartner *Mapper::partner(const QString &cardCode) const
{
    const auto it = m_partnerByCode.constFind(cardCode);
    return it == m_partnerByCode.constEnd() ? nullptr : &m_md.partners.at(*it);
}

const Account *Mapper::findAccount(const QString &code) const
{
    const auto it = m_accountByCode.constFind(code);
    return it == m_accountByCode.constEnd() ? nullptr : &m_md.accounts.at(*it);
}

QString Mapper::describe(const BusinessPartner &bp) const
{
    if (!bp.isSupplier())
        return QStringLiteral("business partner %1 (%2) is not a supplier").arg(bp.cardCode, bp.cardName);
    if (bp.frozen)
        return QStringLiteral("supplier %1 (%2) is frozen in B1").arg(bp.cardCode, bp.cardName);
    if (!bp.valid)
        return QStringLiteral("supplier %1 (%2) is inactive in B1").arg(bp.cardCode, bp.cardName);
    return QStringLiteral("supplier %1 (%2)").arg(bp.cardCode, bp.cardName);
}

QString Mapper::accountProblem(const Account &a)
{
    if (a.controlAccount)
        return QStringLiteral("is a control account (B1 refuses manual postings to it)");
    if (!a.postable)
        return QStringLiteral("is a title account (not postable)");
    if (a.frozen)
        return QStringLiteral("is frozen");
    return {};
}

bool Mapper::pickSupplier(const QList<int> &hits, const QString &rule, const QString &what, const QJsonObject &subject,
                          Resolution &r) const
{
    if (hits.isEmpty())
        return false;
    QList<int> usable;
    for (int i : hits) {
        if (m_md.partners.at(i).usable())
            usable.append(i);
    }
    if (usable.size() == 1) {
        succeed(r, m_md.partners.at(usable.first()).cardCode, rule);
        return true;
    }
    QStringList codes;
    const QList<int> &listed = usable.isEmpty() ? hits : usable;
    for (int i : listed)
        codes.append(m_md.partners.at(i).cardCode);
    if (usable.isEmpty()) {
        QStringList why;
        for (int i : hits)
            why.append(describe(m_md.partners.at(i)));
        QJsonObject args = with(subject, {{QStringLiteral("case"), QStringLiteral("match-unusable")},
                                          {QStringLiteral("matchedBy"), rule},
                                          {QStringLiteral("suppliers"), codes.join(QStringLiteral(", "))}});
        if (hits.size() == 1) {
            const BusinessPartner &bp = m_md.partners.at(hits.first());
            args.insert(QStringLiteral("cardCode"), bp.cardCode);
            args.insert(QStringLiteral("cardName"), bp.cardName);
            args.insert(QStringLiteral("problem"), problemOf(bp));
        }
        fail(r, QStringLiteral("vendor.invalid"),
             QStringLiteral("The supplier matching %1 cannot be used: %2.").arg(what, why.join(QStringLiteral("; "))), codes,
             args);
    } else {
        fail(r, QStringLiteral("vendor.unmapped"),
             QStringLiteral("%1 suppliers match %2 (%3): choose one.").arg(usable.size()).arg(what, codes.join(QStringLiteral(", "))),
             codes,
             with(subject, {{QStringLiteral("case"), QStringLiteral("ambiguous")},
                            {QStringLiteral("matchedBy"), rule},
                            {QStringLiteral("count"), int(usable.size())},
                            {QStringLiteral("suppliers"), codes.join(QStringLiteral(", "))}}));
    }
    return true;
}

Resolution Mapper::employeeVendor(const QString &employeeId, const QString &firstName, const QString &lastName) const
{
    Resolution r = start(kVendor, employeeSourceKey(employeeId));
    const QString fullName = QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
    const QString who = QStringLiteral("employee %1 (%2)").arg(employeeId, fullName);
    const QJsonObject subject = employeeArgs(employeeId, fullName);
    if (const auto target = m_mappings.explicitTarget(kVendor, r.sourceKey)) {
        const BusinessPartner *bp = partner(*target);
        if (!bp)
            return fail(r, QStringLiteral("vendor.invalid"),
                        QStringLiteral("%1 is mapped to business partner %2, which does not exist in B1.").arg(who, *target),
                        with(subject, {{QStringLiteral("case"), QStringLiteral("mapped-missing")}, {QStringLiteral("target"), *target}}));
        if (!bp->usable())
            return fail(r, QStringLiteral("vendor.invalid"), QStringLiteral("%1 is mapped to %2.").arg(who, describe(*bp)),
                        with(subject, {{QStringLiteral("case"), QStringLiteral("mapped-unusable")},
                                       {QStringLiteral("target"), bp->cardCode},
                                       {QStringLiteral("cardName"), bp->cardName},
                                       {QStringLiteral("problem"), problemOf(*bp)}}));
        return succeed(r, bp->cardCode, kExplicit);
    }
    // employeeId can be a login such as an e-mail address: prefix + id longer than a CardCode
    // names no business partner, so the rule does not apply and the name rule decides.
    const QString code = m_settings.employeeCardPrefix + employeeId;
    const bool idTooLong = code.size() > kCardCodeLength;
    if (!employeeId.isEmpty() && !idTooLong) {
        if (const BusinessPartner *bp = partner(code); bp && bp->isSupplier()) {
            if (bp->usable())
                return succeed(r, bp->cardCode, QStringLiteral("employee-id"));
            return fail(r, QStringLiteral("vendor.invalid"), QStringLiteral("For %1, %2.").arg(who, describe(*bp)),
                        QStringList{bp->cardCode},
                        with(subject, {{QStringLiteral("case"), QStringLiteral("employee-id-unusable")},
                                       {QStringLiteral("cardCode"), bp->cardCode},
                                       {QStringLiteral("cardName"), bp->cardName},
                                       {QStringLiteral("problem"), problemOf(*bp)}}));
        }
    }
    if (!fullName.isEmpty()) {
        QList<int> hits = m_supplierByFoldedName.value(foldName(fullName));
        if (!firstName.trimmed().isEmpty() && !lastName.trimmed().isEmpty())
            appendUnique(hits, m_supplierByFoldedName.value(foldName(lastName.trimmed() + QStringLiteral(", ") + firstName.trimmed())));
        if (pickSupplier(hits, QStringLiteral("employee-name"), QStringLiteral("the name of %1").arg(who), subject, r))
            return r;
    }
    return employeeNotFound(r, employeeId, who, fullName, idTooLong);
}

Resolution &Mapper::employeeNotFound(Resolution &r, const QString &employeeId, const QString &who, const QString &fullName,
                                     bool idTooLong) const
{
    QStringList candidates;
    QStringList described;
    for (const VendorCandidate &c : fuzzyCandidates(fullName)) {
        candidates.append(c.cardCode);
        described.append(c.cardCode + QLatin1Char(' ') + c.cardName);
    }
    QJsonObject args = employeeArgs(employeeId, fullName);
    QString message;
    if (idTooLong) {
        args.insert(QStringLiteral("case"), QStringLiteral("id-too-long"));
        args.insert(QStringLiteral("length"), int(m_settings.employeeCardPrefix.size() + employeeId.size()));
        args.insert(QStringLiteral("maxLength"), kCardCodeLength);
        args.insert(QStringLiteral("prefix"), m_settings.employeeCardPrefix);
        const QString prefix = m_settings.employeeCardPrefix.isEmpty()
            ? QString()
            : QStringLiteral(" with the prefix '%1'").arg(m_settings.employeeCardPrefix);
        message = QStringLiteral("No supplier for %1: the employee id%2 has %3 characters, more than the %4 of a B1 CardCode, "
                                 "so no business partner can carry it, and no supplier has that name. "
                                 "Map it explicitly: mappings set vendor %5 <CardCode>.")
                      .arg(who, prefix)
                      .arg(m_settings.employeeCardPrefix.size() + employeeId.size())
                      .arg(kCardCodeLength)
                      .arg(r.sourceKey);
    } else {
        message = QStringLiteral("No supplier for %1: no business partner %2 and no supplier with that name.")
                      .arg(who, m_settings.employeeCardPrefix + employeeId);
        args.insert(QStringLiteral("case"), QStringLiteral("not-found"));
        args.insert(QStringLiteral("cardCode"), QString(m_settings.employeeCardPrefix + employeeId));
    }
    if (!described.isEmpty()) {
        message += QStringLiteral(" Closest: %1.").arg(described.join(QStringLiteral(", ")));
        args.insert(QStringLiteral("closest"), described.join(QStringLiteral(", ")));
    }
    return fail(r, QStringLiteral("vendor.unmapped"), message, candidates, args);
}

Resolution Mapper::invoiceVendor(const QString &vendorCode, const QString &vendorName, const QString &taxId) const
{
    Resolution r = start(kVendor, vendorSourceKey(vendorCode, vendorName));
    const QString who = vendorCode.isEmpty() ? QStringLiteral("vendor '%1'").arg(vendorName)
                                             : QStringLiteral("vendor '%1' (%2)").arg(vendorName, vendorCode);
    const QJsonObject subject{{QLatin1String("subject"), QLatin1String("vendor")},
                              {QLatin1String("name"), vendorName},
                              {QLatin1String("vendorCode"), vendorCode},
                              {QLatin1String("taxId"), taxId}};
    if (const auto target = m_mappings.explicitTarget(kVendor, r.sourceKey)) {
        const BusinessPartner *bp = partner(*target);
        if (!bp)
            return fail(r, QStringLiteral("vendor.invalid"),
                        QStringLiteral("The %1 is mapped to business partner %2, which does not exist in B1.").arg(who, *target),
                        with(subject, {{QStringLiteral("case"), QStringLiteral("mapped-missing")}, {QStringLiteral("target"), *target}}));
        if (!bp->usable())
            return fail(r, QStringLiteral("vendor.invalid"), QStringLiteral("The %1 is mapped to %2.").arg(who, describe(*bp)),
                        with(subject, {{QStringLiteral("case"), QStringLiteral("mapped-unusable")},
                                       {QStringLiteral("target"), bp->cardCode},
                                       {QStringLiteral("cardName"), bp->cardName},
                                       {QStringLiteral("problem"), problemOf(*bp)}}));
        return succeed(r, bp->cardCode, kExplicit);
    }
    // The tax id identifies the creditor. When it names suppliers that are all frozen or
    // inactive, that is the answer (vendor.invalid): a supplier that merely has the same name is
    // another creditor, and booking the invoice to it would pay the wrong party.
    Resolution byTax = r;
    bool taxHandled = false;
    const QString tax = normaliseTaxId(taxId);
    if (!tax.isEmpty()) {
        taxHandled = pickSupplier(m_supplierByTaxId.value(tax), QStringLiteral("tax-id"),
                                  QStringLiteral("tax id %1 of the %2").arg(taxId, who), subject, byTax);
        if (taxHandled && (byTax.ok || byTax.reason.code == QLatin1String("vendor.invalid")))
            return byTax;
    }
    // By name, never a supplier whose own tax id contradicts the document's (a blank tax id in
    // B1 does not: many companies do not keep one for every supplier).
    Resolution byName = r;
    QStringList contradicted; // "V100 (tax id DE 123)" of namesakes left out
    QStringList contradictedCodes;
    const QString norm = normaliseName(vendorName);
    QList<int> nameHits;
    for (int i : m_supplierByNormalisedName.value(norm)) {
        const BusinessPartner &bp = m_md.partners.at(i);
        const QString own = normaliseTaxId(bp.federalTaxId);
        if (!tax.isEmpty() && !own.isEmpty() && own != tax) {
            contradicted.append(QStringLiteral("%1 (%2) has tax id %3").arg(bp.cardCode, bp.cardName, bp.federalTaxId));
            contradictedCodes.append(bp.cardCode);
            continue;
        }
        nameHits.append(i);
    }
    const bool nameHandled = !norm.isEmpty()
        && pickSupplier(nameHits, QStringLiteral("normalised-name"), QStringLiteral("the name of the %1").arg(who), subject,
                        byName);
    if (nameHandled && byName.ok)
        return byName;
    if (taxHandled)
        return byTax;
    if (nameHandled)
        return byName;
    if (!contradicted.isEmpty()) {
        return fail(r, QStringLiteral("vendor.unmapped"),
                    QStringLiteral("No supplier has the tax id %1 of the %2, and the supplier with that name has another "
                                   "tax id (%3), so it is another creditor. Check the invoice, then map the vendor explicitly.")
                        .arg(taxId, who, contradicted.join(QStringLiteral("; "))),
                    contradictedCodes,
                    with(subject, {{QStringLiteral("case"), QStringLiteral("tax-id-contradicted")},
                                   {QStringLiteral("suppliers"), contradictedCodes.join(QStringLiteral(", "))}}));
    }
    QStringList candidates;
    QStringList described;
    for (const VendorCandidate &c : fuzzyCandidates(vendorName)) {
        candidates.append(c.cardCode);
        described.append(c.cardCode + QLatin1Char(' ') + c.cardName);
    }
    QString message = QStringLiteral("No supplier matches the %1%2.")
                          .arg(who, tax.isEmpty() ? QString() : QStringLiteral(" or its tax id %1").arg(taxId));
    QJsonObject args = with(subject, {{QStringLiteral("case"), QStringLiteral("vendor-not-found")}});
    if (tax.isEmpty())
        args.remove(QStringLiteral("taxId")); // not searched by: the sentence names no tax id
    if (!described.isEmpty()) {
        message += QStringLiteral(" Closest: %1.").arg(described.join(QStringLiteral(", ")));
        args.insert(QStringLiteral("closest"), described.join(QStringLiteral(", ")));
    }
    return fail(r, QStringLiteral("vendor.unmapped"), message, candidates, args);
}

Resolution Mapper::account(const QString &concurCode) const
{
    Resolution r = start(kAccount, concurCode);
    if (const auto target = m_mappings.explicitTarget(kAccount, concurCode)) {
        const Account *a = findAccount(*target);
        if (!a)
            return fail(r, QStringLiteral("account.unmapped"),
                        QStringLiteral("Concur account %1 is mapped to B1 account %2, which does not exist.").arg(concurCode, *target),
                        QJsonObject{{QStringLiteral("case"), QStringLiteral("mapped-missing")},
                                    {QStringLiteral("concurAccount"), concurCode},
                                    {QStringLiteral("target"), *target}});
        if (!a->usable())
            return fail(r, QStringLiteral("account.unmapped"),
                        QStringLiteral("Concur account %1 is mapped to B1 account %2, which %3.").arg(concurCode, *target, accountProblem(*a)),
                        QJsonObject{{QStringLiteral("case"), QStringLiteral("mapped-unusable")},
                                    {QStringLiteral("concurAccount"), concurCode},
                                    {QStringLiteral("target"), *target},
                                    {QStringLiteral("problem"), problemOf(*a)}});
        return succeed(r, a->code, kExplicit);
    }
    if (const Account *a = findAccount(concurCode)) {
        if (a->usable())
            return succeed(r, a->code, QStringLiteral("same-code"));
        return fail(r, QStringLiteral("account.unmapped"),
                    QStringLiteral("B1 account %1 %2: map Concur account %1 to a postable account.").arg(concurCode, accountProblem(*a)),
                    QJsonObject{{QStringLiteral("case"), QStringLiteral("same-code-unusable")},
                                {QStringLiteral("concurAccount"), concurCode},
                                {QStringLiteral("problem"), problemOf(*a)}});
    }
    return fail(r, QStringLiteral("account.unmapped"),
                QStringLiteral("No B1 account for Concur account code %1.").arg(concurCode),
                QJsonObject{{QStringLiteral("case"), QStringLiteral("not-found")}, {QStringLiteral("concurAccount"), concurCode}});
}

Resolution Mapper::costCenter(int dimension, const QString &code) const
{
    Resolution r = start(kCostCenter, QString::number(dimension) + QLatin1Char(':') + code);
    const auto findActive = [&](const QString &c) -> const ProfitCenter * {
        if (dimension < 1 || dimension > 5)
            return nullptr;
        const auto &index = m_profitCenterByDim[size_t(dimension)];
        const auto it = index.constFind(c);
        return it == index.constEnd() ? nullptr : &m_md.profitCenters.at(*it);
    };
    if (const auto target = m_mappings.explicitTarget(kCostCenter, r.sourceKey)) {
        const ProfitCenter *pc = findActive(*target);
        if (!pc || !pc->active)
            return fail(r, QStringLiteral("costcenter.unmapped"),
                        QStringLiteral("Cost center %1 (dimension %2) is mapped to %3, which is not an active profit center of that dimension.")
                            .arg(code)
                            .arg(dimension)
                            .arg(*target),
                        QJsonObject{{QStringLiteral("case"), QStringLiteral("mapped-inactive")},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("dimension"), dimension},
                                    {QStringLiteral("target"), *target}});
        return succeed(r, pc->code, kExplicit);
    }
    if (const ProfitCenter *pc = findActive(code)) {
        if (pc->active)
            return succeed(r, pc->code, QStringLiteral("same-code"));
        return fail(r, QStringLiteral("costcenter.unmapped"),
                    QStringLiteral("Profit center %1 (dimension %2) is inactive in B1.").arg(code).arg(dimension),
                    QJsonObject{{QStringLiteral("case"), QStringLiteral("inactive")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("dimension"), dimension}});
    }
    return fail(r, QStringLiteral("costcenter.unmapped"),
                QStringLiteral("No profit center %1 in B1 dimension %2.").arg(code).arg(dimension),
                QJsonObject{{QStringLiteral("case"), QStringLiteral("not-found")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("dimension"), dimension}});
}

Resolution Mapper::currency(const QString &isoCode) const
{
    const QString iso = isoCode.trimmed().toUpper();
    Resolution r = start(kCurrency, iso);
    const QString hint = QStringLiteral("define it in B1 or map it: mappings set currency %1 <B1 currency code>").arg(iso);
    if (const auto target = m_mappings.explicitTarget(kCurrency, iso)) {
        if (*target != m_md.localCurrency && !m_md.currency(*target))
            return fail(r, QStringLiteral("currency.unknown"),
                        QStringLiteral("Concur currency %1 is mapped to %2, which is not a currency in B1.").arg(iso, *target),
                        QJsonObject{{QStringLiteral("case"), QStringLiteral("mapped-missing")},
                                    {QStringLiteral("currency"), iso},
                                    {QStringLiteral("target"), *target}});
        return succeed(r, *target, kExplicit);
    }
    // B1's codes are the company's own ("US$"); the ISO code it keeps for each currency is what
    // Concur's code is compared with.
    QStringList byIso;
    for (const Currency &c : m_md.currencies) {
        if (!c.isoCode.isEmpty() && c.isoCode.compare(iso, Qt::CaseInsensitive) == 0)
            byIso.append(c.code);
    }
    if (byIso.size() == 1)
        return succeed(r, byIso.first(), QStringLiteral("iso-code"));
    if (byIso.size() > 1)
        return fail(r, QStringLiteral("currency.unknown"),
                    QStringLiteral("B1 currencies %1 all have ISO code %2: %3.").arg(byIso.join(QStringLiteral(", ")), iso, hint),
                    byIso,
                    QJsonObject{{QStringLiteral("case"), QStringLiteral("iso-ambiguous")},
                                {QStringLiteral("currency"), iso},
                                {QStringLiteral("currencies"), byIso.join(QStringLiteral(", "))}});
    if (iso == m_md.localCurrency)
        return succeed(r, iso, QStringLiteral("same-code"));
    if (const Currency *same = m_md.currency(iso)) {
        // Same code, but B1 says it is another ISO currency: not this one.
        if (!same->isoCode.isEmpty())
            return fail(r, QStringLiteral("currency.unknown"),
                        QStringLiteral("B1 currency %1 is ISO currency %2, not Concur's %1; no B1 currency has ISO code %1: %3.")
                            .arg(iso, same->isoCode, hint),
                        QJsonObject{{QStringLiteral("case"), QStringLiteral("iso-mismatch")},
                                    {QStringLiteral("currency"), iso},
                                    {QStringLiteral("isoCode"), same->isoCode}});
        return succeed(r, same->code, QStringLiteral("same-code"));
    }
    return fail(r, QStringLiteral("currency.unknown"),
                QStringLiteral("Currency %1 is not defined in B1 (no B1 currency has that code or ISO code; local currency %2): %3.")
                    .arg(iso, m_md.localCurrency, hint),
                QJsonObject{{QStringLiteral("case"), QStringLiteral("not-found")},
                            {QStringLiteral("currency"), iso},
                            {QStringLiteral("localCurrency"), m_md.localCurrency}});
}

int Mapper::currencyDecimals(const QString &b1Code, const QString &isoCode) const
{
    const int company = std::clamp(m_md.amountDecimals, 0, 8);
    int own = -1;
    const Currency *c = m_md.currency(b1Code);
    if (c && c->decimals >= 0)
        own = c->decimals;
    else if (b1Code != m_md.localCurrency)
        own = iso4217MinorUnits(c && !c->isoCode.isEmpty() ? c->isoCode : isoCode);
    return own < 0 ? company : std::min(own, company);
}

Resolution Mapper::settingAccount(const QString &settingKey, const QString &accountCode, const QString &reasonCode,
                                  const QString &purpose, const QJsonObject &args) const
{
    Resolution r = start(QStringLiteral("setting"), settingKey);
    QJsonObject a1 = with(args, {{QStringLiteral("setting"), settingKey}});
    if (accountCode.isEmpty())
        return fail(r, reasonCode, QStringLiteral("No %1 is configured (setting %2).").arg(purpose, settingKey),
                    with(a1, {{QStringLiteral("case"), QStringLiteral("not-configured")}}));
    a1.insert(QStringLiteral("account"), accountCode);
    const Account *a = findAccount(accountCode);
    if (!a)
        return fail(r, reasonCode,
                    QStringLiteral("The %1 %2 (setting %3) does not exist in B1.").arg(purpose, accountCode, settingKey),
                    with(a1, {{QStringLiteral("case"), QStringLiteral("missing")}}));
    if (!a->usable())
        return fail(r, reasonCode,
                    QStringLiteral("The %1 %2 (setting %3) %4.").arg(purpose, accountCode, settingKey, accountProblem(*a)),
                    with(a1, {{QStringLiteral("case"), QStringLiteral("unusable")}, {QStringLiteral("problem"), problemOf(*a)}}));
    return succeed(r, a->code, QStringLiteral("setting"));
}

QList<VendorCandidate> Mapper::fuzzyCandidates(const QString &name, int max) const
{
    QList<VendorCandidate> out;
    const std::vector<quint32> probe = nameBigrams(normaliseName(name));
    if (probe.empty() || max <= 0)
        return out;
    // Keep the `max` best (stable: ties in master-data order); only usable suppliers are offered.
    constexpr double kMinScore = 0.3;
    for (const FuzzyEntry &e : m_fuzzy) {
        const BusinessPartner &bp = m_md.partners.at(e.partner);
        if (!bp.usable())
            continue;
        const double score = bigramSimilarity(probe, e.bigrams);
        if (score < kMinScore)
            continue;
        if (out.size() == max && score <= out.last().score)
            continue;
        VendorCandidate c{bp.cardCode, bp.cardName, score};
        auto pos = std::upper_bound(out.begin(), out.end(), score,
                                    [](double s, const VendorCandidate &v) { return s > v.score; });
        out.insert(pos, c);
        if (out.size() > max)
            out.removeLast();
    }
    return out;
}

} // namespace mlc::accounting
