#pragma once
// How much ml-connector writes back to Concur (setting concur/writeBack, administrators only).
// Each level admits exactly the FIS write routes it needs; everything else stays refused by
// ConcurTransport before it is sent. Levels include the ones below them.
//   off              nothing but token calls and GETs (the default: read-only toward Concur)
//   acknowledge      + POST .../transactions/acknowledgements
//   confirm          + POST .../transactions/postingconfirmations
//   confirm-and-pay  + POST .../transactions/paymentconfirmations (expense reports only)
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace mlc::concur {

enum class WriteBackLevel { Off, Acknowledge, Confirm, ConfirmAndPay };

inline constexpr char WriteBackSettingKey[] = "concur/writeBack";

QString toString(WriteBackLevel level); // "off", "acknowledge", "confirm", "confirm-and-pay"
// Case-insensitive, surrounding blanks ignored; an empty text is Off (the default); anything else
// unknown is nullopt (a setting that cannot be read never writes).
std::optional<WriteBackLevel> writeBackLevelFromString(const QString &text);
QStringList writeBackLevelNames();

// The FIS write route a URL path ends in: "acknowledgements", "postingconfirmations",
// "paymentconfirmations", or empty when it is none of them.
QString fisWriteRoute(const QString &path);
// Whether `level` admits that write route.
bool admitsWriteRoute(WriteBackLevel level, const QString &route);

} // namespace mlc::concur
