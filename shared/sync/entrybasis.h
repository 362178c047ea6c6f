#pragma once
// What a journal entry depends on in B1, as one fingerprint: the accounts, business partners
// (with their control accounts), profit centers and currency its lines name, each with the B1
// master-data fields the connector reads, plus the company's local currency and decimals. Mapping
// changes show up as different codes in the lines, B1 master-data changes as different fields.
//
// When B1 rejects an entry (a 4xx business error) the engine keeps this fingerprint and sends the
// entry again only when it changes (or a person retries), instead of on every cycle. What B1 checks
// beyond this master data (posting periods, approval procedures, add-on validations) cannot be
// seen from here: a person retries once it is fixed.
#include "accounting/masterdata.h"

#include <QByteArray>
#include <QString>

namespace mlc::sync {

// SHA-256 hex over the dependencies of `payload` (the entry's JSON as posted).
QString entryBasis(const QByteArray &payload, const accounting::MasterData &masterData);

} // namespace mlc::sync
