#include "cli.h"

#include "commands.h"
#include "exitcodes.h"
#include "text.h"

#include <QCommandLineParser>

namespace mlc::cli {

namespace {

QString usage()
{
    return tr("Usage: ml-connector [--data-dir DIR] [--secrets SPEC] <command> [arguments]\n"
              "\n"
              "Commands:\n"
              "  sync [--json]                        run one sync cycle and print a summary\n"
              "  test-connections [--json]            check Concur and SAP Business One\n"
              "  config list | get KEY | set KEY VALUE | unset KEY\n"
              "                                       non-secret settings (endpoints, company DB,\n"
              "                                       accounts, dimension sources, pinned certificate)\n"
              "  secret set NAME                      read a secret from standard input into the keychain\n"
              "                                       NAME: concur-client-secret | concur-request-token | b1-password\n"
              "  secret status                        which secrets are set (never their values)\n"
              "  mappings list [KIND]                 KIND: vendor | account | costcenter\n"
              "  mappings set KIND SOURCE TARGET      explicit mapping; releases queued documents it blocked\n"
              "  mappings import FILE | export [FILE] CSV: kind,source,target,origin\n"
              "  review list [--json]                 documents waiting for a decision\n"
              "  review show KEY                      one queued document with its reasons\n"
              "  review map KEY TARGET                map the document's first blocker to TARGET and retry\n"
              "  review retry KEY                     re-evaluate one queued document now\n"
              "  review skip KEY --reason TEXT        take a document out of the queue for good\n"
              "  audit show [KEY] | verify | export [FILE]\n"
              "  run --console [--pipe NAME]          the service in the foreground until Ctrl+C/SIGTERM\n"
              "\n"
              "Secrets SPEC: keychain:SERVICE (default keychain:ml-connector), file:PATH (0600 file,\n"
              "for headless servers), memory.\n"
              "Exit codes: 0 ok, 1 usage, 2 configuration, 3 connection/authentication,\n"
              "4 cycle ran with failures, 5 data (not found, invalid state, broken audit chain), 10 internal.\n");
}

} // namespace

int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Data directory (isolates instances)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption secrets(QStringLiteral("secrets"), tr("Secret store."), QStringLiteral("spec"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable JSON output."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (for review skip)."), QStringLiteral("text"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption console(QStringLiteral("console"), tr("run: in the foreground (console mode)."));
    const QCommandLineOption pipe(QStringLiteral("pipe"), tr("run: pipe / socket name."), QStringLiteral("name"));
    parser.addOptions({dataDir, secrets, json, reason, help, version, console, pipe});
    if (!parser.parse(QStringList{QStringLiteral("ml-connector")} + arguments)) {
        err << parser.errorText() << '\n' << usage();
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        out << "ml-connector " << MLC_VERSION << '\n';
        return ExitOk;
    }
    QStringList words = parser.positionalArguments();
    if (parser.isSet(help) || words.isEmpty()) {
        (words.isEmpty() && !parser.isSet(help) ? err : out) << usage();
        return parser.isSet(help) ? ExitOk : ExitUsage;
    }
    const QString command = words.takeFirst();
    using Fn = int (*)(CliContext &, const CommandArgs &);
    const QList<QPair<QString, Fn>> table = {
        {QStringLiteral("sync"), cmdSync},         {QStringLiteral("test-connections"), cmdTestConnections},
        {QStringLiteral("config"), cmdConfig},     {QStringLiteral("secret"), cmdSecret},
        {QStringLiteral("mappings"), cmdMappings}, {QStringLiteral("review"), cmdReview},
        {QStringLiteral("audit"), cmdAudit},       {QStringLiteral("run"), cmdRun},
    };
    Fn fn = nullptr;
    for (const auto &entry : table) {
        if (entry.first == command)
            fn = entry.second;
    }
    if (!fn) {
        err << tr("Unknown command: %1").arg(command) << "\n\n" << usage();
        return ExitUsage;
    }
    CliContext ctx(out, err);
    if (auto opened = ctx.open(parser.value(dataDir), parser.value(secrets)); !opened.ok())
        return reportError(ctx, opened.error());
    CommandArgs args;
    args.words = words;
    args.json = parser.isSet(json);
    args.reason = parser.value(reason);
    args.in = &in;
    args.console = parser.isSet(console);
    args.pipe = parser.value(pipe);
    return fn(ctx, args);
}

int exitCodeFor(const Error &error)
{
    const QString &c = error.code;
    if (c.startsWith(QLatin1String("usage")))
        return ExitUsage;
    if (c.startsWith(QLatin1String("config")) || c.startsWith(QLatin1String("secret")))
        return ExitConfig;
    if (c.startsWith(QLatin1String("concur")) || c.startsWith(QLatin1String("b1")) || c.startsWith(QLatin1String("http")))
        return ExitConnection;
    if (c.startsWith(QLatin1String("input")) || c.startsWith(QLatin1String("data")) || c.startsWith(QLatin1String("csv")))
        return ExitData;
    if (c.startsWith(QLatin1String("store")))
        return ExitConfig;
    return ExitInternal;
}

int reportError(CliContext &ctx, const Error &error)
{
    ctx.err << tr("error: %1").arg(error.message);
    if (!error.detail.isEmpty())
        ctx.err << " (" << error.detail << ')';
    ctx.err << '\n';
    return exitCodeFor(error);
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], qMin<int>(row.at(i).size(), 60));
    }
    auto line = [&](const QStringList &cells) {
        for (int i = 0; i < headers.size(); ++i) {
            QString cell = cells.value(i);
            if (cell.size() > 60)
                cell = cell.left(59) + QChar(0x2026);
            out << (i == headers.size() - 1 ? cell : cell.leftJustified(widths[i])) << (i + 1 < headers.size() ? "  " : "");
        }
        out << '\n';
    };
    line(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList &row : rows)
        line(row);
}

} // namespace mlc::cli
