#pragma once
// Tolerant readers for Service Layer JSON values. The same property arrives as 1 or "1" (v1 vs v2,
// Edm.String parameters, odata.count is a string) and yes/no as "tYES"/"tNO" (BoYesNoEnum) or
// "Y"/"N" on some calls, so every field read goes through these.
#include <QJsonValue>
#include <QString>

namespace mlc::sapb1 {

// tYES/Y/YES/true/1 → true, tNO/N/NO/false/0 → false, anything else (missing, null) → fallback.
bool b1Bool(const QJsonValue &v, bool fallback);
// A number or a numeric string; fallback when missing or not numeric.
qint64 b1Int(const QJsonValue &v, qint64 fallback = 0);
// A string, or a number rendered without exponent/decimals when integral.
QString b1String(const QJsonValue &v);

} // namespace mlc::sapb1
