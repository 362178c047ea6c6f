#include "commands.h"
#include "connections.h"
#include "exitcodes.h"
#include "text.h"

#include "accounting/masterdatasearch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mlc::cli {

namespace {

bool validKind(const QString &kind)
{
    return store::Store::mappingKinds().contains(kind);
}

// Saves a mapping through the engine so that queued documents it blocked are released. Without
// a reachable B1 the mapping is still saved and the documents are re-evaluated next cycle.
int applyMapping(CliContext &ctx, const store::Mapping &m)
{
    auto conns = ctx.connections();
    if (!conns.ok()) {
        auto saved = ctx.store().putMapping(m);
        if (!saved.ok())
            return reportError(ctx, saved.error());
        ctx.out << tr("Mapping saved; queued documents will be re-evaluated next cycle (%1).")
                       .arg(conns.error().message)
                << '\n';
        return ExitOk;
    }
    auto options = engineOptions(ctx.store(), ctx.actor());
    if (!options.ok())
        return reportError(ctx, options.error());
    const auto enginePtr = conns.value()->engine(ctx.store(), options.value());
    sync::SyncEngine &engine = *enginePtr;
    auto summary = engine.applyMapping(m, ctx.actor());
    if (!summary.ok())
        return reportError(ctx, summary.error());
    ctx.out << tr("Mapping %1 %2 -> %3 saved. Re-evaluated queued documents: %4 posted, %5 still in review.")
                   .arg(m.kind, m.sourceKey, m.target)
                   .arg(summary->posted)
                   .arg(summary->review + summary->stillInReview)
            << '\n';
    return summary->hasFailures() ? ExitPartial : ExitOk;
}

// Deletes a mapping through the engine (audited; the queued documents it blocked are
// re-evaluated). Without a reachable B1 it is deleted and audited here, and the documents are
// re-evaluated next cycle.
int deleteMapping(CliContext &ctx, const QString &kind, const QString &source)
{
    auto before = ctx.store().mapping(kind, source);
    if (!before.ok())
        return reportError(ctx, before.error());
    if (!before.value()) {
        ctx.err << tr("There is no %1 mapping for %2.").arg(kind, source) << '\n';
        return ExitData;
    }
    auto conns = ctx.connections();
    if (!conns.ok()) {
        if (auto removed = ctx.store().removeMapping(kind, source); !removed.ok())
            return reportError(ctx, removed.error());
        (void)ctx.store().appendAuditEvent(ctx.actor(), QStringLiteral("cli"), QStringLiteral("mapping"), {},
                                           QStringLiteral("%1 %2 deleted").arg(kind, source), before.value()->target, {});
        ctx.out << tr("Mapping %1 %2 deleted; queued documents will be re-evaluated next cycle (%3).")
                       .arg(kind, source, conns.error().message)
                << '\n';
        return ExitOk;
    }
    auto options = engineOptions(ctx.store(), ctx.actor());
    if (!options.ok())
        return reportError(ctx, options.error());
    const auto enginePtr = conns.value()->engine(ctx.store(), options.value());
    sync::SyncEngine &engine = *enginePtr;
    auto summary = engine.removeMapping(kind, source, ctx.actor());
    if (!summary.ok())
        return reportError(ctx, summary.error());
    ctx.out << tr("Mapping %1 %2 -> %3 deleted. Re-evaluated queued documents: %4 posted, %5 still in review.")
                   .arg(kind, source, before.value()->target)
                   .arg(summary->posted)
                   .arg(summary->review + summary->stillInReview)
            << '\n';
    return summary->hasFailures() ? ExitPartial : ExitOk;
}

} // namespace

int printMappingProblems(QTextStream &out, const QJsonObject &check, bool json)
{
    const QJsonArray items = check.value(QLatin1String("items")).toArray();
    if (json) {
        out << QJsonDocument(check).toJson(QJsonDocument::Indented);
        return items.isEmpty() ? ExitOk : ExitData;
    }
    QList<QStringList> rows;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString problem = o.value(QLatin1String("problem")).toString();
        QString why = problem;
        if (problem == QLatin1String("missing"))
            why = tr("does not exist in B1");
        else if (problem == QLatin1String("frozen"))
            why = tr("is frozen in B1");
        else if (problem == QLatin1String("inactive"))
            why = tr("is inactive in B1");
        else if (problem == QLatin1String("not-supplier"))
            why = tr("is not a supplier");
        else if (problem == QLatin1String("title"))
            why = tr("is a title account (not postable)");
        else if (problem == QLatin1String("control"))
            why = tr("is a control account");
        rows << QStringList{o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("source")).toString(),
                            o.value(QLatin1String("target")).toString(), why};
    }
    if (!rows.isEmpty())
        printTable(out, {tr("Kind"), tr("Concur"), tr("B1"), tr("Problem")}, rows);
    out << tr("%1 mapping(s) checked against B1, %2 with a target that cannot be used.")
               .arg(check.value(QLatin1String("checked")).toInt())
               .arg(rows.size())
        << '\n';
    return rows.isEmpty() ? ExitOk : ExitData;
}

int cmdMappings(CliContext &ctx, const CommandArgs &args)
{
    const QString sub = args.words.value(0);
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        auto all = ctx.store().mappings(args.words.value(1));
        if (!all.ok())
            return reportError(ctx, all.error());
        QList<QStringList> rows;
        for (const store::Mapping &m : all.value())
            rows << QStringList{m.kind, m.sourceKey, m.target, m.origin, m.updatedBy};
        printTable(ctx.out, {tr("Kind"), tr("Concur"), tr("B1"), tr("Origin"), tr("By")}, rows);
        return ExitOk;
    }
    if (sub == QLatin1String("set") && args.words.size() == 4) {
        store::Mapping m;
        m.kind = args.words.at(1);
        m.sourceKey = args.words.at(2);
        m.target = args.words.at(3);
        if (!validKind(m.kind)) {
            ctx.err << tr("Mapping kind must be vendor, account, costcenter or currency.") << '\n';
            return ExitUsage;
        }
        return applyMapping(ctx, m);
    }
    if (sub == QLatin1String("delete") && args.words.size() == 3) {
        if (!validKind(args.words.at(1))) {
            ctx.err << tr("Mapping kind must be vendor, account, costcenter or currency.") << '\n';
            return ExitUsage;
        }
        return deleteMapping(ctx, args.words.at(1), args.words.at(2));
    }
    if (sub == QLatin1String("check")) {
        auto all = ctx.store().mappings(args.words.value(1));
        if (!all.ok())
            return reportError(ctx, all.error());
        auto md = ctx.indexedMasterData();
        if (!md.ok())
            return reportError(ctx, md.error());
        QJsonArray items;
        for (const store::Mapping &m : all.value()) {
            const QString problem = accounting::mappingTargetProblem(md.value(), m.kind, m.sourceKey, m.target);
            if (!problem.isEmpty())
                items.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                         {QStringLiteral("source"), m.sourceKey},
                                         {QStringLiteral("target"), m.target},
                                         {QStringLiteral("problem"), problem}});
        }
        return printMappingProblems(ctx.out, QJsonObject{{QStringLiteral("items"), items},
                                                         {QStringLiteral("checked"), int(all->size())}},
                                    args.json);
    }
    if (sub == QLatin1String("export")) {
        auto all = ctx.store().mappings();
        if (!all.ok())
            return reportError(ctx, all.error());
        const QString csv = store::Store::mappingsToCsv(all.value());
        if (args.words.size() < 2) {
            ctx.out << csv;
            return ExitOk;
        }
        QSaveFile f(args.words.at(1));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv.toUtf8()) < 0 || !f.commit()) {
            ctx.err << tr("Cannot write %1.").arg(args.words.at(1)) << '\n';
            return ExitData;
        }
        return ExitOk;
    }
    if (sub == QLatin1String("import") && args.words.size() == 2) {
        QFile f(args.words.at(1));
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.err << tr("Cannot read %1.").arg(args.words.at(1)) << '\n';
            return ExitData;
        }
        auto parsed = store::Store::mappingsFromCsv(f.readAll());
        if (!parsed.ok())
            return reportError(ctx, parsed.error());
        int rc = ExitOk;
        for (store::Mapping m : parsed.value()) {
            if (!validKind(m.kind)) {
                ctx.err << tr("Skipped row with unknown kind '%1'.").arg(m.kind) << '\n';
                rc = ExitData;
                continue;
            }
            m.origin = QStringLiteral("explicit");
            const int one = applyMapping(ctx, m);
            if (one != ExitOk)
                rc = one;
        }
        return rc;
    }
    ctx.err << tr("usage: mappings list [KIND] | set KIND SOURCE TARGET | delete KIND SOURCE | check [KIND] | import FILE | "
                  "export [FILE]")
            << '\n';
    return ExitUsage;
}

} // namespace mlc::cli
