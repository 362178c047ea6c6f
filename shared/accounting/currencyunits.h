#pragma once
// ISO 4217 minor units: how many decimals an amount in a currency has (JPY 0, EUR 2, KWD 3).
#include <QString>

namespace mlc::accounting {

// The minor units of an ISO 4217 alphabetic code (case-insensitive): 0, 2, 3 or 4. Codes that are
// not three letters A-Z give -1; any other three-letter code gives 2, ISO 4217's usual value (only
// the exceptions are listed, so a code ISO does not know is taken as a two-decimal currency).
int iso4217MinorUnits(const QString &isoCode);

// True for three ASCII letters, the shape of an ISO 4217 alphabetic code.
bool looksLikeIsoCurrency(const QString &code);

} // namespace mlc::accounting
