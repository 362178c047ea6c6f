#pragma once
// The explicit mappings finance staff made (the store implements this; tests use a hash).
#include <QString>
#include <optional>

namespace mlc::accounting {

class MappingLookup {
public:
    virtual ~MappingLookup() = default;
    // kind: "vendor" / "account" / "costcenter"; sourceKey as in ReviewReason::blockerKey after the
    // "<kind>/" prefix. Returns the B1 target (CardCode, account code, profit-center code).
    virtual std::optional<QString> explicitTarget(const QString &kind, const QString &sourceKey) const = 0;
};

} // namespace mlc::accounting
