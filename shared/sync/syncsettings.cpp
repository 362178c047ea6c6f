#include "syncsettings.h"

#include "store/store.h"

namespace mlc::sync {

Result<SyncOptions> syncOptionsFromSettings(store::Store &store, const QString &actor)
{
    auto s = store.settings();
    if (!s.ok())
        return s.error();
    SyncOptions o;
    o.actor = actor;
    o.useBatch = s->value(QStringLiteral("b1/useBatch")) == QLatin1String("true");
    if (const int size = s->value(QStringLiteral("b1/batchSize")).toInt(); size > 0)
        o.batchSize = size;
    // Unset or not a number: the default (SyncOptions); 0 or less: no limit.
    bool pagesOk = false;
    if (const int pages = s->value(QStringLiteral("concur/maxPagesPerCycle")).toInt(&pagesOk); pagesOk)
        o.maxPagesPerCycle = pages;
    return o;
}

} // namespace mlc::sync
