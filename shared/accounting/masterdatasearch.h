#pragma once
// The map picker's search over B1 master data (issue #8: "a searchable picker of real B1
// suppliers, accounts or profit centers, best candidates first") and the check of mapping targets
// against B1 (mappings that name a code B1 no longer has, or has frozen). Pure: the service runs
// it over its master-data snapshot, tests over fixtures.
#include "masterdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::accounting {

struct MasterDataQuery {
    QString kind;           // "vendor" (suppliers), "account", "costcenter", "currency"
    int dimension = 0;      // costcenter: 1..5 (0: every dimension)
    QString text;           // what the user typed: only codes or names containing it (case and
                            // accents ignored); empty: everything, ranked
    QStringList candidates; // the review reason's candidates, best first: they rank first
    QString sourceName;     // the Concur side's name (employee or vendor name): name similarity
    QString sourceCode;     // the Concur side's code (account code, cost center, employee id)
    int offset = 0;
    int limit = 50;
};

struct MasterDataHit {
    QString code;
    QString name;
    int dimension = 0;      // profit centers
    bool candidate = false; // one of the reason's candidates
    int candidateRank = -1; // its place among them (0 = best)
    double similarity = 0;  // name similarity to sourceName, 0..1
    int score = 0;          // the ranking (higher first)
};

struct MasterDataSearchResult {
    QList<MasterDataHit> hits; // the page [offset, offset + limit)
    int total = 0;             // every match
};

// Only targets a mapping can use are listed: valid, not frozen suppliers; postable, not frozen,
// not control accounts; active profit centers of the dimension; B1's currencies.
MasterDataSearchResult searchMasterData(const MasterData &md, const MasterDataQuery &query);

// Why a mapping's target cannot be used in B1 any more, or empty when it can: "missing",
// "frozen", "inactive", "not-supplier" (vendor); "missing", "frozen", "title", "control"
// (account); "missing", "inactive" (costcenter: the dimension comes from the source key
// "<dim>:<code>"); "missing" (currency). `md` must have its index built (buildIndex()).
QString mappingTargetProblem(const MasterData &md, const QString &kind, const QString &sourceKey, const QString &target);

} // namespace mlc::accounting
