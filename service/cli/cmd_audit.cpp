#include "commands.h"
#include "exitcodes.h"
#include "text.h"

#include <QSaveFile>

namespace mlc::cli {

int cmdAudit(CliContext &ctx, const CommandArgs &args)
{
    const QString sub = args.words.value(0);
    if (sub == QLatin1String("verify")) {
        auto bad = ctx.store().verifyAuditChain();
        if (!bad.ok())
            return reportError(ctx, bad.error());
        if (bad.value() < 0) {
            ctx.out << tr("Audit trail intact.") << '\n';
            return ExitOk;
        }
        ctx.out << tr("Audit trail BROKEN at entry %1: it was changed after it was written.").arg(bad.value()) << '\n';
        return ExitData;
    }
    if (sub == QLatin1String("export")) {
        auto all = ctx.store().audit();
        if (!all.ok())
            return reportError(ctx, all.error());
        const QByteArray csv = store::Store::auditToCsv(all.value());
        if (args.words.size() < 2) {
            ctx.out << QString::fromUtf8(csv);
            return ExitOk;
        }
        QSaveFile f(args.words.at(1));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) < 0 || !f.commit()) {
            ctx.err << tr("Cannot write %1.").arg(args.words.at(1)) << '\n';
            return ExitData;
        }
        return ExitOk;
    }
    if (sub == QLatin1String("show") || sub.isEmpty()) {
        auto entries = ctx.store().audit(args.words.value(1));
        if (!entries.ok())
            return reportError(ctx, entries.error());
        QList<QStringList> rows;
        for (const store::AuditEntry &e : entries.value()) {
            QString change = e.detail;
            if (!e.before.isEmpty() || !e.after.isEmpty())
                change += QStringLiteral(" [%1 -> %2]").arg(e.before, e.after);
            rows << QStringList{QString::number(e.seq), e.at.toLocalTime().toString(Qt::ISODate), e.actor, e.action,
                                e.docKey, change};
        }
        printTable(ctx.out, {tr("#"), tr("When"), tr("Who"), tr("What"), tr("Document"), tr("Detail")}, rows);
        return ExitOk;
    }
    ctx.err << tr("usage: audit show [KEY] | verify | export [FILE]") << '\n';
    return ExitUsage;
}

} // namespace mlc::cli
