#pragma once
// The documents fuzz_documents starts from: the simulator's seeded generator (realistic FIS v4
// expense reports and invoices for the demo company, about a quarter of them deliberate review
// cases), the sandbox demo's own set (seed 7), and a few shapes from SAP Concur's published FIS
// examples that the generator does not produce.
#include "documentmutator.h"

#include "accounting/masterdata.h"

#include <QHash>

namespace mlc::fuzz {

QList<SeedDocument> seedDocuments(quint32 seed);

// The demo company (DemoScenario) plus currencies with other minor units (JPY 0, KWD/BHD 3), so
// foreign-currency scale is exercised.
accounting::MasterData fuzzMasterData();
QHash<QString, QString> fuzzSettings();

} // namespace mlc::fuzz
