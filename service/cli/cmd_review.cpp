#include "commands.h"
#include "connections.h"
#include "exitcodes.h"
#include "text.h"

#include "sync/reviewpreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlc::cli {

namespace {

QString reasonsText(const QJsonArray &reasons)
{
    QStringList parts;
    for (const QJsonValue &v : reasons)
        parts << v.toObject().value(QStringLiteral("message")).toString();
    return parts.join(QStringLiteral("; "));
}

Result<store::LedgerRow> queued(CliContext &ctx, const QString &key)
{
    auto row = ctx.store().ledger(key);
    if (!row.ok())
        return row.error();
    if (!row.value().has_value())
        return makeError(QStringLiteral("input.not_found"), tr("No document %1 in the ledger.").arg(key));
    return *row.value();
}

int runEngine(CliContext &ctx, const std::function<Result<sync::CycleSummary>(sync::SyncEngine &)> &fn)
{
    auto conns = ctx.connections();
    if (!conns.ok())
        return reportError(ctx, conns.error());
    auto options = engineOptions(ctx.store(), ctx.actor());
    if (!options.ok())
        return reportError(ctx, options.error());
    const auto enginePtr = conns.value()->engine(ctx.store(), options.value());
    sync::SyncEngine &engine = *enginePtr;
    auto summary = fn(engine);
    if (!summary.ok())
        return reportError(ctx, summary.error());
    printCycleSummary(ctx.out, summary.value());
    return summary->hasFailures() ? ExitPartial : ExitOk;
}

} // namespace

void printPreview(QTextStream &out, const QJsonObject &p, bool json)
{
    if (json) {
        out << QJsonDocument(p).toJson(QJsonDocument::Indented);
        return;
    }
    const auto s = [&p](const char *k) { return p.value(QLatin1String(k)).toString(); };
    out << tr("Journal entry preview - NOT POSTED (built now from the current mappings and B1 master data)") << '\n';
    out << tr("Document: %1\nTitle: %2\nState: %3\n").arg(s("key"), s("title"), s("state"));
    out << tr("Reference date: %1  Memo: %2  Reference: %3  Reference3: %4")
               .arg(s("referenceDate").isEmpty() ? tr("(none)") : s("referenceDate"), s("memo"), s("reference"),
                    s("reference3"))
        << '\n';
    QList<QStringList> rows;
    for (const QJsonValue &v : p.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        QStringList dims;
        const QJsonArray d = l.value(QLatin1String("dimensions")).toArray();
        for (int i = 0; i < d.size(); ++i) {
            if (!d.at(i).toString().isEmpty())
                dims << QStringLiteral("%1:%2").arg(i + 1).arg(d.at(i).toString());
        }
        QString account = l.value(QLatin1String("account")).toString();
        QString bp = l.value(QLatin1String("shortName")).toString();
        QStringList open;
        for (const QJsonValue &u : l.value(QLatin1String("unresolved")).toArray())
            open << u.toString();
        if (account.isEmpty() && bp.isEmpty())
            account = QStringLiteral("?");
        if (!open.isEmpty())
            dims << tr("missing: %1").arg(open.join(QStringLiteral(", ")));
        rows << QStringList{account, bp, l.value(QLatin1String("debit")).toString(), l.value(QLatin1String("credit")).toString(),
                            l.value(QLatin1String("currency")).toString(), dims.join(QLatin1Char(' ')),
                            l.value(QLatin1String("lineMemo")).toString()};
    }
    const QJsonObject totals = p.value(QLatin1String("totals")).toObject();
    rows << QStringList{tr("Total"), QString(), totals.value(QLatin1String("debit")).toString(),
                        totals.value(QLatin1String("credit")).toString(), s("currency"), QString(), QString()};
    printTable(out, {tr("Account"), tr("BP"), tr("Debit"), tr("Credit"), tr("Currency"), tr("Dimensions"), tr("Line memo")}, rows);
    if (p.value(QLatin1String("balanced")).toBool())
        out << tr("Balanced: yes") << '\n';
    else
        out << tr("Balanced: NO (difference %1)").arg(totals.value(QLatin1String("difference")).toString()) << '\n';
    if (!p.value(QLatin1String("complete")).toBool(true))
        out << tr("Partial: some lines cannot be built until the problems below are fixed.") << '\n';
    if (p.value(QLatin1String("wouldPost")).toBool()) {
        out << tr("Would post now: yes (retry the document to post it).") << '\n';
        return;
    }
    if (p.value(QLatin1String("nothingToPost")).toBool()) {
        out << tr("Would post now: nothing to post.") << '\n';
        return;
    }
    out << tr("Would post now: no. Still blocked by:") << '\n';
    for (const QJsonValue &v : p.value(QLatin1String("reasons")).toArray()) {
        const QJsonObject r = v.toObject();
        out << "  - " << r.value(QLatin1String("message")).toString();
        const QString blocker = r.value(QLatin1String("blockerKey")).toString();
        if (!blocker.isEmpty())
            out << tr(" [fix: %1]").arg(blocker);
        out << '\n';
    }
}

void printReviewList(QTextStream &out, const QList<QJsonObject> &items, bool json)
{
    if (json) {
        QJsonArray all;
        for (const QJsonObject &o : items)
            all.append(QJsonObject{{QStringLiteral("key"), o.value(QStringLiteral("key"))},
                                   {QStringLiteral("title"), o.value(QStringLiteral("title"))},
                                   {QStringLiteral("amount"), o.value(QStringLiteral("amount"))},
                                   {QStringLiteral("currency"), o.value(QStringLiteral("currency"))},
                                   {QStringLiteral("reasons"), o.value(QStringLiteral("reasons"))}});
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return;
    }
    QList<QStringList> table;
    for (const QJsonObject &o : items)
        table << QStringList{o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("title")).toString(),
                             o.value(QStringLiteral("amount")).toString() + QLatin1Char(' ')
                                 + o.value(QStringLiteral("currency")).toString(),
                             reasonsText(o.value(QStringLiteral("reasons")).toArray())};
    printTable(out, {tr("Document"), tr("Title"), tr("Amount"), tr("Why")}, table);
    out << tr("%n document(s) waiting for review.", nullptr, int(table.size())) << '\n';
}

int cmdReview(CliContext &ctx, const CommandArgs &args)
{
    const QString sub = args.words.value(0);
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        auto rows = ctx.store().ledgerInState(store::LedgerState::Review);
        if (!rows.ok())
            return reportError(ctx, rows.error());
        QList<QJsonObject> items;
        for (const store::LedgerRow &r : rows.value())
            items.append(QJsonObject{{QStringLiteral("key"), r.key},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("amount"), r.amount},
                                     {QStringLiteral("currency"), r.currency},
                                     {QStringLiteral("reasons"), r.reasons}});
        printReviewList(ctx.out, items, args.json);
        return ExitOk;
    }
    const QString key = args.words.value(1);
    if (key.isEmpty()) {
        ctx.err << tr("usage: review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]") << '\n';
        return ExitUsage;
    }
    if (sub == QLatin1String("show") && args.preview) {
        // Built from B1's master data as it is now; writes nothing and posts nothing.
        auto row = queued(ctx, key);
        if (!row.ok())
            return reportError(ctx, row.error());
        auto md = ctx.indexedMasterData();
        if (!md.ok())
            return reportError(ctx, md.error());
        auto preview = sync::previewDocument(ctx.store(), row.value(), md.value(), QDateTime::currentDateTimeUtc());
        if (!preview.ok())
            return reportError(ctx, preview.error());
        printPreview(ctx.out, preview.value(), args.json);
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        auto row = queued(ctx, key);
        if (!row.ok())
            return reportError(ctx, row.error());
        ctx.out << tr("Document: %1\nTitle: %2\nState: %3\nAmount: %4 %5\n")
                       .arg(row->key, row->title, store::toString(row->state), row->amount, row->currency);
        for (const QJsonValue &v : row->reasons) {
            const QJsonObject r = v.toObject();
            ctx.out << "  - " << r.value(QStringLiteral("message")).toString();
            const QString blocker = r.value(QStringLiteral("blockerKey")).toString();
            if (!blocker.isEmpty())
                ctx.out << tr(" [fix: %1]").arg(blocker);
            const QJsonArray candidates = r.value(QStringLiteral("candidates")).toArray();
            if (!candidates.isEmpty()) {
                QStringList c;
                for (const QJsonValue &x : candidates)
                    c << x.toString();
                ctx.out << tr(" candidates: %1").arg(c.join(QStringLiteral(", ")));
            }
            ctx.out << '\n';
        }
        return ExitOk;
    }
    if (sub == QLatin1String("paid") && (args.words.size() == 4 || args.words.size() == 5)) {
        auto conns = ctx.connections();
        if (!conns.ok())
            return reportError(ctx, conns.error());
        auto options = engineOptions(ctx.store(), ctx.actor());
        if (!options.ok())
            return reportError(ctx, options.error());
        sync::Payment payment;
        payment.reference = args.words.value(2);
        payment.date = QDate::fromString(args.words.value(3), Qt::ISODate);
        payment.amount = args.words.value(4);
        payment.method = args.method;
        auto r = conns.value()->engine(ctx.store(), options.value())->markPaid(key, payment, ctx.actor());
        if (!r.ok())
            return reportError(ctx, r.error());
        ctx.out << tr("%1 marked paid; Concur is told at the next cycle.").arg(key) << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("skip")) {
        auto conns = ctx.connections();
        if (!conns.ok())
            return reportError(ctx, conns.error());
        auto options = engineOptions(ctx.store(), ctx.actor());
        if (!options.ok())
            return reportError(ctx, options.error());
        const auto enginePtr = conns.value()->engine(ctx.store(), options.value());
        sync::SyncEngine &engine = *enginePtr;
        auto r = engine.skipDocument(key, args.reason, ctx.actor());
        if (!r.ok())
            return reportError(ctx, r.error());
        ctx.out << tr("%1 skipped.").arg(key) << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("retry"))
        return runEngine(ctx, [&](sync::SyncEngine &e) { return e.retryDocument(key, ctx.actor()); });
    if (sub == QLatin1String("map") && args.words.size() == 3) {
        auto row = queued(ctx, key);
        if (!row.ok())
            return reportError(ctx, row.error());
        QString blocker;
        for (const QJsonValue &v : row->reasons) {
            blocker = v.toObject().value(QStringLiteral("blockerKey")).toString();
            if (!blocker.isEmpty() && !blocker.startsWith(QLatin1String("setting/")))
                break;
            blocker.clear();
        }
        if (blocker.isEmpty()) {
            ctx.err << tr("%1 has no mapping to fix; see 'review show %1'.").arg(key) << '\n';
            return ExitData;
        }
        store::Mapping m;
        m.kind = blocker.section(QLatin1Char('/'), 0, 0);
        m.sourceKey = blocker.section(QLatin1Char('/'), 1);
        m.target = args.words.at(2);
        return runEngine(ctx, [&](sync::SyncEngine &e) { return e.applyMapping(m, ctx.actor()); });
    }
    ctx.err << tr("usage: review list | show KEY [--preview] | map KEY TARGET | retry KEY | skip KEY --reason TEXT | paid KEY REFERENCE DATE [AMOUNT]") << '\n';
    return ExitUsage;
}

} // namespace mlc::cli
