#include "commands.h"
#include "connections.h"
#include "exitcodes.h"
#include "text.h"

#include <QFile>
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
    sync::SyncEngine engine(ctx.store(), conns.value()->source(), conns.value()->target(), options.value());
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

} // namespace

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
    ctx.err << tr("usage: mappings list [KIND] | set KIND SOURCE TARGET | import FILE | export [FILE]") << '\n';
    return ExitUsage;
}

} // namespace mlc::cli
