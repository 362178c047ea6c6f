#include "commands.h"
#include "connections.h"
#include "exitcodes.h"
#include "text.h"

#include "sync/syncengine.h"
#include "sync/syncsettings.h"

#include <QJsonDocument>

namespace mlc::cli {

Result<sync::SyncOptions> engineOptions(store::Store &store, const QString &actor)
{
    return sync::syncOptionsFromSettings(store, actor);
}

void printCycleSummary(QTextStream &out, const sync::CycleSummary &s)
{
    out << tr("Sync cycle %1 -> %2")
               .arg(s.startedAt.toLocalTime().toString(Qt::ISODate), s.finishedAt.toLocalTime().toString(Qt::ISODate))
        << "\n\n";
    const QList<QStringList> counts = {
        {tr("fetched from Concur"), QString::number(s.fetched)},
        {tr("posted to B1"), QString::number(s.posted)},
        {tr("found already in B1"), QString::number(s.recovered)},
        {tr("queued for review"), QString::number(s.review)},
        {tr("still in review"), QString::number(s.stillInReview)},
        {tr("already done earlier"), QString::number(s.duplicates)},
        {tr("nothing to post"), QString::number(s.nothingToPost)},
        {tr("superseded by a newer revision"), QString::number(s.superseded)},
        {tr("failed, will retry"), QString::number(s.failed)},
        {tr("outcome unknown, will look up"), QString::number(s.pending)},
        {tr("B1 logins"), QString::number(s.b1Logins)},
    };
    printTable(out, {tr("Result"), tr("Documents")}, counts);
    if (s.concurWrites > 0) {
        out << '\n';
        printTable(out, {tr("Written back to Concur"), tr("Documents")},
                   {{tr("acknowledged"), QString::number(s.acknowledged)},
                    {tr("posting confirmed"), QString::number(s.confirmed)},
                    {tr("payment confirmed"), QString::number(s.paymentsConfirmed)},
                    {tr("refused by Concur (in review)"), QString::number(s.writeBacksRefused)},
                    {tr("not answered, will retry"), QString::number(s.writeBacksWaiting)}});
    }
    if (!s.outcomes.isEmpty()) {
        out << '\n';
        QList<QStringList> rows;
        for (const sync::DocOutcome &d : s.outcomes)
            rows << QStringList{d.key, d.title, d.outcome, d.jdtNum > 0 ? QString::number(d.jdtNum) : QString(), d.detail};
        printTable(out, {tr("Document"), tr("Title"), tr("Outcome"), tr("JdtNum"), tr("Detail")}, rows);
        if (s.omittedOutcomes > 0)
            out << tr("... and %1 more documents (see audit show)").arg(s.omittedOutcomes) << '\n';
    }
    for (const QString &e : s.errors)
        out << tr("error: %1").arg(e) << '\n';
    if (!s.pageLimitReached.isEmpty())
        out << tr("note: the page limit per cycle (concur/maxPagesPerCycle) was reached for %1; the next cycle reads on "
                  "from there.")
                   .arg(s.pageLimitReached.join(QStringLiteral(", ")))
            << '\n';
}

int cmdSync(CliContext &ctx, const CommandArgs &args)
{
    auto conns = ctx.connections();
    if (!conns.ok())
        return reportError(ctx, conns.error());
    auto options = engineOptions(ctx.store(), ctx.actor());
    if (!options.ok())
        return reportError(ctx, options.error());
    const auto enginePtr = conns.value()->engine(ctx.store(), options.value());
    sync::SyncEngine &engine = *enginePtr;
    auto summary = engine.runCycle();
    if (!summary.ok())
        return reportError(ctx, summary.error());
    if (args.json)
        ctx.out << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented);
    else
        printCycleSummary(ctx.out, summary.value());
    return summary->hasFailures() || summary->stoppedEarly ? ExitPartial : ExitOk;
}

int cmdTestConnections(CliContext &ctx, const CommandArgs &args)
{
    auto conns = ctx.connections();
    if (!conns.ok())
        return reportError(ctx, conns.error());
    int rc = ExitOk;
    QJsonObject all;
    const QList<QPair<QString, Result<QJsonObject>>> checks = {
        {QStringLiteral("concur"), conns.value()->testConcur()},
        {QStringLiteral("b1"), conns.value()->testB1()},
    };
    for (const auto &check : checks) {
        if (check.second.ok()) {
            all.insert(check.first, check.second.value());
            if (!args.json)
                ctx.out << check.first << ": " << tr("OK") << ' '
                        << QJsonDocument(check.second.value()).toJson(QJsonDocument::Compact) << '\n';
        } else {
            rc = exitCodeFor(check.second.error());
            all.insert(check.first, QJsonObject{{QStringLiteral("error"), check.second.error().message},
                                                {QStringLiteral("detail"), check.second.error().detail}});
            if (!args.json)
                ctx.out << check.first << ": " << tr("FAILED") << ' ' << check.second.error().toString() << '\n';
        }
    }
    if (args.json)
        ctx.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    return rc;
}

} // namespace mlc::cli
