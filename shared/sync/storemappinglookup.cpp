#include "storemappinglookup.h"

#include "store/store.h"

namespace mlc::sync {

Result<StoreMappingLookup> StoreMappingLookup::load(store::Store &store)
{
    auto all = store.mappings();
    if (!all.ok())
        return all.error();
    StoreMappingLookup lookup;
    for (const store::Mapping &m : all.value()) {
        if (m.origin == QLatin1String("explicit"))
            lookup.m_explicit.insert(key(m.kind, m.sourceKey), m.target);
        else
            lookup.m_auto.insert(key(m.kind, m.sourceKey), m.target);
    }
    return lookup;
}

std::optional<QString> StoreMappingLookup::explicitTarget(const QString &kind, const QString &sourceKey) const
{
    const auto it = m_explicit.constFind(key(kind, sourceKey));
    if (it == m_explicit.constEnd())
        return std::nullopt;
    return *it;
}

QString StoreMappingLookup::knownAuto(const QString &kind, const QString &sourceKey) const
{
    return m_auto.value(key(kind, sourceKey));
}

void StoreMappingLookup::rememberAuto(const QString &kind, const QString &sourceKey, const QString &target)
{
    m_auto.insert(key(kind, sourceKey), target);
}

} // namespace mlc::sync
