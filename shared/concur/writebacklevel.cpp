#include "writebacklevel.h"

#include <QRegularExpression>

namespace mlc::concur {

QString toString(WriteBackLevel level)
{
    switch (level) {
    case WriteBackLevel::Off:
        return QStringLiteral("off");
    case WriteBackLevel::Acknowledge:
        return QStringLiteral("acknowledge");
    case WriteBackLevel::Confirm:
        return QStringLiteral("confirm");
    case WriteBackLevel::ConfirmAndPay:
        return QStringLiteral("confirm-and-pay");
    }
    return QStringLiteral("off");
}

QStringList writeBackLevelNames()
{
    return {QStringLiteral("off"), QStringLiteral("acknowledge"), QStringLiteral("confirm"),
            QStringLiteral("confirm-and-pay")};
}

std::optional<WriteBackLevel> writeBackLevelFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("off"))
        return WriteBackLevel::Off;
    if (t == QLatin1String("acknowledge"))
        return WriteBackLevel::Acknowledge;
    if (t == QLatin1String("confirm"))
        return WriteBackLevel::Confirm;
    if (t == QLatin1String("confirm-and-pay"))
        return WriteBackLevel::ConfirmAndPay;
    return std::nullopt;
}

QString fisWriteRoute(const QString &path)
{
    // /financialintegration/fi/v4/companies/transactiontypes/{docType}/transactions/{route}
    static const QRegularExpression route(QStringLiteral(
        "^/financialintegration/fi/v4/companies/transactiontypes/[a-z]+/transactions/"
        "(acknowledgements|postingconfirmations|paymentconfirmations)$"));
    const auto m = route.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool admitsWriteRoute(WriteBackLevel level, const QString &route)
{
    if (route == QLatin1String("acknowledgements"))
        return level >= WriteBackLevel::Acknowledge;
    if (route == QLatin1String("postingconfirmations"))
        return level >= WriteBackLevel::Confirm;
    if (route == QLatin1String("paymentconfirmations"))
        return level >= WriteBackLevel::ConfirmAndPay;
    return false;
}

} // namespace mlc::concur
