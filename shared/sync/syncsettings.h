#pragma once
// The engine options an admin sets in the settings table (b1/useBatch, b1/batchSize,
// concur/maxPagesPerCycle), read the same way by the service and the command line.
#include "syncengine.h"

namespace mlc::store { class Store; }

namespace mlc::sync {

// Fails with the store's error when the settings cannot be read (the caller reports it; nothing
// may fall back to guessed options on a broken database).
Result<SyncOptions> syncOptionsFromSettings(store::Store &store, const QString &actor);

} // namespace mlc::sync
