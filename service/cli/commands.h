#pragma once
// One function per top-level command. `args` are the words after the command name.
#include "clicontext.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace mlc::cli {

struct CommandArgs {
    QStringList words; // positional words after the command
    bool json = false;
    bool preview = false; // review show: the journal entry preview
    QString reason;
    QString method = QStringLiteral("E"); // review paid: E (transfer) or C (cheque)
    QString file;
    QTextStream *in = nullptr;
    bool console = false; // run: foreground console mode
    bool service = false; // run: under the Windows service manager
    QString pipe;         // run: pipe / socket name (empty: default)
    QString dataDir;      // --data-dir as given (run and install open the data directory themselves)
    QString secretsSpec;  // --secrets as given
    QString serviceName = QStringLiteral("ml-connector"); // run --service / install / uninstall: --name
    QString account;      // install: --account
    bool start = false;   // install: --start
    bool existing = false;   // install --existing: configure the service the MSI registered
    bool removeData = false; // uninstall --remove-data: also delete the data directory and secrets
};

int cmdSync(CliContext &ctx, const CommandArgs &args);
int cmdTestConnections(CliContext &ctx, const CommandArgs &args);
int cmdConfig(CliContext &ctx, const CommandArgs &args);
int cmdSecret(CliContext &ctx, const CommandArgs &args);
int cmdMappings(CliContext &ctx, const CommandArgs &args);
int cmdReview(CliContext &ctx, const CommandArgs &args);
int cmdAudit(CliContext &ctx, const CommandArgs &args);
// run, install and uninstall open the data directory themselves (run --service must reach the SCM
// before anything can fail).
int cmdRun(const CommandArgs &args, QTextStream &out, QTextStream &err);
int cmdInstall(const CommandArgs &args, QTextStream &out, QTextStream &err);
int cmdUninstall(const CommandArgs &args, QTextStream &out, QTextStream &err);

// Shared helpers
Result<sync::SyncOptions> engineOptions(store::Store &store, const QString &actor); // from the settings
void printCycleSummary(QTextStream &out, const sync::CycleSummary &summary);
// The review queue as `review list` prints it (a table, or JSON with --json); items as review.list sends them.
void printReviewList(QTextStream &out, const QList<QJsonObject> &items, bool json);
// The journal entry preview (sync/reviewpreview.h JSON) as `review show KEY --preview` prints it.
void printPreview(QTextStream &out, const QJsonObject &preview, bool json);
// `mappings check`: the mappings whose B1 target is missing, frozen or inactive (mappings.check JSON).
int printMappingProblems(QTextStream &out, const QJsonObject &check, bool json);
int reportError(CliContext &ctx, const Error &error);
void printError(QTextStream &err, const Error &error); // "error: message (detail)"
// The secret names of `secret set NAME` and their keychain keys.
const QList<QPair<QString, QString>> &secretNames();
int exitCodeFor(const Error &error);
// After an endpoint changed: which secrets were removed with it (store keys) and how to set them again.
void printClearedSecrets(QTextStream &err, const QString &setting, const QStringList &storeKeys);
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);

} // namespace mlc::cli
