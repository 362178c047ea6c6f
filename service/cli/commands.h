#pragma once
// One function per top-level command. `args` are the words after the command name.
#include "clicontext.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QStringList>

namespace mlc::cli {

struct CommandArgs {
    QStringList words; // positional words after the command
    bool json = false;
    QString reason;
    QString file;
    QTextStream *in = nullptr;
    bool console = false; // run: foreground console mode
    QString pipe;         // run: pipe / socket name (empty: default)
};

int cmdSync(CliContext &ctx, const CommandArgs &args);
int cmdTestConnections(CliContext &ctx, const CommandArgs &args);
int cmdConfig(CliContext &ctx, const CommandArgs &args);
int cmdSecret(CliContext &ctx, const CommandArgs &args);
int cmdMappings(CliContext &ctx, const CommandArgs &args);
int cmdReview(CliContext &ctx, const CommandArgs &args);
int cmdAudit(CliContext &ctx, const CommandArgs &args);
int cmdRun(CliContext &ctx, const CommandArgs &args);

// Shared helpers
sync::SyncOptions engineOptions(store::Store &store, const QString &actor);
void printCycleSummary(QTextStream &out, const sync::CycleSummary &summary);
int reportError(CliContext &ctx, const Error &error);
int exitCodeFor(const Error &error);
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);

} // namespace mlc::cli
