#include "entrybasis.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace mlc::sync {

namespace {

QString flag(bool b)
{
    return b ? QStringLiteral("Y") : QStringLiteral("N");
}

QString describeAccount(const accounting::MasterData &md, const QString &code)
{
    const accounting::Account *a = md.account(code);
    if (!a)
        return QStringLiteral("account %1: missing").arg(code);
    return QStringLiteral("account %1: %2|%3%4%5").arg(code, a->name, flag(a->postable), flag(a->frozen), flag(a->controlAccount));
}

} // namespace

QString entryBasis(const QByteArray &payload, const accounting::MasterData &md)
{
    // A set: the same account on ten lines is one dependency; sorted below for a stable order.
    QSet<QString> deps;
    deps.insert(QStringLiteral("company: %1|%2").arg(md.localCurrency).arg(md.amountDecimals));
    const QJsonObject entry = QJsonDocument::fromJson(payload).object();
    const QJsonArray lines = entry.value(QLatin1String("JournalEntryLines")).toArray();
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        const QString account = line.value(QLatin1String("AccountCode")).toString();
        if (!account.isEmpty())
            deps.insert(describeAccount(md, account));
        const QString cardCode = line.value(QLatin1String("ShortName")).toString();
        if (!cardCode.isEmpty()) {
            if (const accounting::BusinessPartner *bp = md.partner(cardCode)) {
                deps.insert(QStringLiteral("partner %1: %2|%3|%4|%5|%6%7")
                                .arg(cardCode, bp->cardName, bp->cardType, bp->federalTaxId, bp->controlAccount,
                                     flag(bp->valid), flag(bp->frozen)));
                // B1 posts a BP line to the partner's control account.
                if (!bp->controlAccount.isEmpty())
                    deps.insert(describeAccount(md, bp->controlAccount));
            } else {
                deps.insert(QStringLiteral("partner %1: missing").arg(cardCode));
            }
        }
        for (int dim = 1; dim <= 5; ++dim) {
            const QString property = dim == 1 ? QStringLiteral("CostingCode") : QStringLiteral("CostingCode%1").arg(dim);
            const QString code = line.value(property).toString();
            if (code.isEmpty())
                continue;
            const accounting::ProfitCenter *pc = md.profitCenter(dim, code);
            deps.insert(pc ? QStringLiteral("profit center %1/%2: %3|%4%5")
                                 .arg(QString::number(dim), code, pc->name, flag(pc->active), flag(md.dimensionActive(dim)))
                           : QStringLiteral("profit center %1/%2: missing").arg(QString::number(dim), code));
        }
        const QString currency = line.value(QLatin1String("FCCurrency")).toString();
        if (!currency.isEmpty()) {
            const accounting::Currency *c = md.currency(currency);
            deps.insert(c ? QStringLiteral("currency %1: %2|%3").arg(currency, c->isoCode).arg(c->decimals)
                          : QStringLiteral("currency %1: missing").arg(currency));
        }
    }
    QStringList sorted(deps.cbegin(), deps.cend());
    sorted.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace mlc::sync
