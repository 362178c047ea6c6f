#pragma once
// Mapping resolution (design.md §2): Concur vendor / employee / account / cost-center values to B1
// master data. Explicit mappings first, then the automatic rules, else a review reason. Builds its
// indices (CardCode, tax id, normalised and folded names, bigrams) once per MasterData, so each
// lookup in the per-document hot path is a hash probe. Public so the CLI can explain a mapping
// and list fuzzy candidates.
#include "mappinglookup.h"
#include "masterdata.h"
#include "postingsettings.h"
#include "reviewreason.h"

#include <QHash>
#include <QList>
#include <array>
#include <vector>

namespace mlc::accounting {

struct Resolution {
    bool ok = false;
    QString kind;      // "vendor" / "account" / "costcenter" / "currency" / "setting"
    QString sourceKey; // the mapping key (see ReviewReason::blockerKey)
    QString target;    // CardCode / account code / profit-center code when ok
    QString rule;      // "explicit" or the automatic rule that matched
    ReviewReason reason; // when !ok

    bool automatic() const { return ok && rule != QLatin1String("explicit"); }
    AutoMatch autoMatch() const { return AutoMatch{kind, sourceKey, target, rule}; }
};

struct VendorCandidate {
    QString cardCode;
    QString cardName;
    double score = 0.0; // bigram similarity of the normalised names, 0..1
};

class Mapper {
public:
    // `md`, `mappings` and `settings` must outlive the Mapper.
    Mapper(const MasterData &md, const MappingLookup &mappings, const PostingSettings &settings);

    static QString employeeSourceKey(const QString &employeeId) { return QStringLiteral("employee:") + employeeId; }
    // "vendor:<vendorCode>", or "vendor:<normalised name>" when Concur has no vendor code.
    static QString vendorSourceKey(const QString &vendorCode, const QString &vendorName);

    // explicit -> supplier CardCode == prefix + employeeId (skipped when that is longer than B1's
    // 15-character CardCode: employeeId can be a login such as an e-mail address) -> unique
    // supplier named "First Last" (or "Last, First"), case-insensitive -> review.
    Resolution employeeVendor(const QString &employeeId, const QString &firstName, const QString &lastName) const;
    // explicit -> the one usable supplier with the document's tax id -> unique supplier with the
    // same normalised name whose own tax id does not contradict the document's -> review with the
    // best fuzzy candidates. A tax id that names only frozen or inactive suppliers is final
    // (vendor.invalid): the creditor the invoice names cannot be booked, and a namesake is not it.
    Resolution invoiceVendor(const QString &vendorCode, const QString &vendorName, const QString &taxId) const;
    // Concur's ISO 4217 code -> B1's own currency code: explicit "currency" mapping -> the one B1
    // currency that keeps this ISO code -> the B1 currency with this code (or the local currency)
    // -> review (currency.unknown, blocker "currency/<ISO>").
    Resolution currency(const QString &isoCode) const;
    // Decimals of amounts posted in B1 currency `b1Code` (Concur code `isoCode`): B1's own decimals
    // for the currency if it sets them, else ISO 4217's minor units (foreign currencies), else the
    // company's; never more than the company's amount decimals, which no B1 amount exceeds.
    int currencyDecimals(const QString &b1Code, const QString &isoCode) const;
    // explicit -> same code, postable, not frozen, not a control account -> review.
    Resolution account(const QString &concurCode) const;
    // explicit -> active profit center with the same code in that dimension -> review.
    Resolution costCenter(int dimension, const QString &code) const;
    // A B1 account named directly by a setting (tax, freight, clearing): configured and usable.
    // `args`: extra named arguments of the reason (e.g. the card's payee code).
    Resolution settingAccount(const QString &settingKey, const QString &accountCode, const QString &reasonCode,
                              const QString &purpose, const QJsonObject &args = {}) const;

    QList<VendorCandidate> fuzzyCandidates(const QString &name, int max = 3) const;
    bool dimensionActive(int dimension) const { return dimension >= 1 && dimension <= 5 && m_dimActive[size_t(dimension)]; }
    const MasterData &masterData() const { return m_md; }

private:
    const BusinessPartner *partner(const QString &cardCode) const;
    const Account *findAccount(const QString &code) const;
    // Picks the one usable supplier among `hits`; fills `r` with the outcome. False if no hit.
    // `subject`: the reason's arguments naming the employee or vendor.
    bool pickSupplier(const QList<int> &hits, const QString &rule, const QString &what, const QJsonObject &subject,
                      Resolution &r) const;
    // Fills `r` with review for an employee whose vendor no rule found.
    Resolution &employeeNotFound(Resolution &r, const QString &employeeId, const QString &who, const QString &fullName,
                                 bool idTooLong) const;
    QString describe(const BusinessPartner &bp) const;
    static QString accountProblem(const Account &a);

    const MasterData &m_md;
    const MappingLookup &m_mappings;
    const PostingSettings &m_settings;
    QHash<QString, int> m_partnerByCode;
    QHash<QString, int> m_accountByCode;
    std::array<QHash<QString, int>, 6> m_profitCenterByDim; // [1..5]
    std::array<bool, 6> m_dimActive{};
    // Suppliers only:
    QHash<QString, QList<int>> m_supplierByFoldedName;
    QHash<QString, QList<int>> m_supplierByTaxId;
    QHash<QString, QList<int>> m_supplierByNormalisedName;
    struct FuzzyEntry {
        int partner;
        std::vector<quint32> bigrams;
    };
    std::vector<FuzzyEntry> m_fuzzy;
};

} // namespace mlc::accounting
