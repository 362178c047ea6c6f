#pragma once
// The explicit mappings finance staff made, loaded once per cycle for the journal builder, plus
// the automatic matches already recorded (so that each is written to the store only once).
#include "accounting/journalbuilder.h"
#include "core/result.h"

#include <QHash>

namespace mlc::store { class Store; }

namespace mlc::sync {

class StoreMappingLookup : public accounting::MappingLookup {
public:
    static Result<StoreMappingLookup> load(store::Store &store);
    std::optional<QString> explicitTarget(const QString &kind, const QString &sourceKey) const override;
    QString knownAuto(const QString &kind, const QString &sourceKey) const;
    void rememberAuto(const QString &kind, const QString &sourceKey, const QString &target);

private:
    static QString key(const QString &kind, const QString &sourceKey) { return kind + QLatin1Char('/') + sourceKey; }
    QHash<QString, QString> m_explicit;
    QHash<QString, QString> m_auto;
};

} // namespace mlc::sync
