#include "cyclesummary.h"

#include <QJsonArray>

namespace mlc::sync {

QJsonObject CycleSummary::toJson(bool withOutcomes) const
{
    QJsonObject o{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("fetched"), fetched},
        {QStringLiteral("posted"), posted},
        {QStringLiteral("recovered"), recovered},
        {QStringLiteral("review"), review},
        {QStringLiteral("stillInReview"), stillInReview},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("nothingToPost"), nothingToPost},
        {QStringLiteral("superseded"), superseded},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("b1Logins"), b1Logins},
        {QStringLiteral("b1Requests"), b1Requests},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
    };
    if (acknowledged || confirmed || paymentsConfirmed || writeBacksRefused || writeBacksWaiting || concurWrites) {
        o.insert(QStringLiteral("writeBack"), QJsonObject{{QStringLiteral("acknowledged"), acknowledged},
                                                          {QStringLiteral("confirmed"), confirmed},
                                                          {QStringLiteral("paymentsConfirmed"), paymentsConfirmed},
                                                          {QStringLiteral("refused"), writeBacksRefused},
                                                          {QStringLiteral("waiting"), writeBacksWaiting},
                                                          {QStringLiteral("requests"), concurWrites}});
    }
    if (!errorCodes.isEmpty())
        o.insert(QStringLiteral("errorCodes"), QJsonArray::fromStringList(errorCodes));
    if (stoppedEarly)
        o.insert(QStringLiteral("stoppedEarly"), true);
    if (!pageLimitReached.isEmpty())
        o.insert(QStringLiteral("pageLimitReached"), QJsonArray::fromStringList(pageLimitReached));
    if (withOutcomes) {
        QJsonArray docs;
        for (const DocOutcome &d : outcomes) {
            QJsonObject od{{QStringLiteral("key"), d.key},
                           {QStringLiteral("title"), d.title},
                           {QStringLiteral("outcome"), d.outcome}};
            if (d.jdtNum > 0)
                od.insert(QStringLiteral("jdtNum"), d.jdtNum);
            if (!d.detail.isEmpty())
                od.insert(QStringLiteral("detail"), d.detail);
            docs.append(od);
        }
        o.insert(QStringLiteral("documents"), docs);
        o.insert(QStringLiteral("documentsNotListed"), omittedOutcomes);
    }
    return o;
}

void CycleSummary::add(const CycleSummary &other)
{
    fetched += other.fetched;
    posted += other.posted;
    recovered += other.recovered;
    review += other.review;
    stillInReview += other.stillInReview;
    duplicates += other.duplicates;
    nothingToPost += other.nothingToPost;
    superseded += other.superseded;
    failed += other.failed;
    pending += other.pending;
    acknowledged += other.acknowledged;
    confirmed += other.confirmed;
    paymentsConfirmed += other.paymentsConfirmed;
    writeBacksRefused += other.writeBacksRefused;
    writeBacksWaiting += other.writeBacksWaiting;
    concurWrites += other.concurWrites;
    errors += other.errors;
    errorCodes += other.errorCodes;
    for (const QString &t : other.pageLimitReached) {
        if (!pageLimitReached.contains(t))
            pageLimitReached << t;
    }
    for (const DocOutcome &d : other.outcomes)
        note(d);
    omittedOutcomes += other.omittedOutcomes;
}

} // namespace mlc::sync
