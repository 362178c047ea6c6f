#include "cli.h"

#include "commands.h"
#include "exitcodes.h"
#include "serviceclient.h"
#include "text.h"
#include "mlcversion.h"

#include <QCommandLineParser>

namespace mlc::cli {

namespace {

QString usage()
{
    return tr("Usage: ml-connector [--data-dir DIR] [--secrets SPEC] [--pipe NAME] [--local] <command> [arguments]\n"
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
              "  mappings list [KIND]                 KIND: vendor | account | costcenter | currency\n"
              "  mappings set KIND SOURCE TARGET      explicit mapping; releases queued documents it blocked\n"
              "  mappings delete KIND SOURCE          remove a mapping (audited); the rules decide again\n"
              "  mappings check [KIND] [--json]       mappings whose B1 target is missing, frozen or inactive\n"
              "  mappings import FILE | export [FILE] CSV: kind,source,target,origin\n"
              "  review list [--json]                 documents waiting for a decision\n"
              "  review show KEY                      one queued document with its reasons\n"
              "  review show KEY --preview [--json]   the journal entry it would post now (nothing is posted)\n"
              "  review map KEY TARGET                map the document's first blocker to TARGET and retry\n"
              "  review retry KEY                     re-evaluate one queued document now\n"
              "  review skip KEY --reason TEXT        take a document out of the queue for good\n"
              "  review paid KEY REFERENCE DATE [AMOUNT] [--method E|C]\n"
              "                                       a reimbursement paid (write-back confirm-and-pay):\n"
              "                                       Concur's payment confirmation at the next cycle\n"
              "  audit show [KEY] | verify | export [FILE]\n"
              "  run --console [--pipe NAME]          the service in the foreground until Ctrl+C/SIGTERM\n"
              "  run --service [--name NAME]          (Windows) the service under the service manager\n"
              "  install [--name NAME] [--account A] [--start]\n"
              "                                       (Windows, as administrator) register the service:\n"
              "                                       delayed automatic start, restart on failure,\n"
              "                                       Event Log source; uses --data-dir/--secrets/--pipe\n"
              "  install --existing                   (the MSI runs this) configure the service the Windows\n"
              "                                       Installer registered, as install would\n"
              "  uninstall [--name NAME] [--remove-data]\n"
              "                                       stop and remove the service and its Event Log source;\n"
              "                                       --remove-data also deletes the data directory and the\n"
              "                                       secrets in --secrets (default: kept)\n"
              "\n"
              "Client mode: when a service answers on its pipe (--pipe NAME, default ml-connector) for the\n"
              "same data directory, sync, test-connections, review show --preview/map/retry/skip/paid,\n"
              "mappings set/delete/check/import,\n"
              "config set/unset and secret set act through it; --local works on the database directly.\n"
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
    const QCommandLineOption preview(QStringLiteral("preview"), tr("review show: the journal entry preview."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption console(QStringLiteral("console"), tr("run: in the foreground (console mode)."));
    const QCommandLineOption pipe(QStringLiteral("pipe"), tr("run: pipe / socket name."), QStringLiteral("name"));
    const QCommandLineOption service(QStringLiteral("service"), tr("run: under the Windows service manager."));
    const QCommandLineOption serviceName(QStringLiteral("name"), tr("Windows service name."), QStringLiteral("name"),
                                         QStringLiteral("ml-connector"));
    const QCommandLineOption account(QStringLiteral("account"), tr("install: the service account."), QStringLiteral("account"));
    const QCommandLineOption start(QStringLiteral("start"), tr("install: start the service."));
    // Also `uninstall --existing`: the MSI's wait for the stopped service (cmd_service.cpp); an
    // installer-only step, left out of the help like the custom action that runs it.
    const QCommandLineOption existing(QStringLiteral("existing"), tr("install: configure the service the MSI registered."));
    const QCommandLineOption removeData(QStringLiteral("remove-data"), tr("uninstall: also delete the data directory and secrets."));
    parser.addOptions({dataDir, secrets, json, reason, help, version, console, pipe, service, serviceName, account, start,
                       existing, removeData});
    parser.addOption(preview);
    const QCommandLineOption method(QStringLiteral("method"), tr("review paid: E (transfer) or C (cheque)."), QStringLiteral("E|C"),
                                    QStringLiteral("E"));
    parser.addOption(method);
    const QCommandLineOption local(QStringLiteral("local"), tr("Work on the database directly, even when a service runs."));
    parser.addOption(local);
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
        {QStringLiteral("audit"), cmdAudit},
    };
    CommandArgs args;
    args.words = words;
    args.json = parser.isSet(json);
    args.preview = parser.isSet(preview);
    args.reason = parser.value(reason);
    args.method = parser.value(method).toUpper();
    args.in = &in;
    args.console = parser.isSet(console);
    args.service = parser.isSet(service);
    args.pipe = parser.value(pipe);
    args.dataDir = parser.value(dataDir);
    args.secretsSpec = parser.value(secrets);
    args.serviceName = parser.value(serviceName);
    args.account = parser.value(account);
    args.start = parser.isSet(start);
    args.existing = parser.isSet(existing);
    args.removeData = parser.isSet(removeData);
    using HostFn = int (*)(const CommandArgs &, QTextStream &, QTextStream &);
    const QList<QPair<QString, HostFn>> hostTable = {
        {QStringLiteral("run"), cmdRun}, {QStringLiteral("install"), cmdInstall}, {QStringLiteral("uninstall"), cmdUninstall}};
    for (const auto &entry : hostTable) {
        if (entry.first == command)
            return entry.second(args, out, err);
    }
    Fn fn = nullptr;
    for (const auto &entry : table) {
        if (entry.first == command)
            fn = entry.second;
    }
    if (!fn) {
        err << tr("Unknown command: %1").arg(command) << "\n\n" << usage();
        return ExitUsage;
    }
    // Client mode (serviceclient.h): changes go through a running service of the same data directory.
    const QString dirForService = args.dataDir.isEmpty() ? CliContext::defaultDataDir() : args.dataDir;
    if (const auto viaService = runThroughService(command, args, dirForService, parser.isSet(local), out, err))
        return *viaService;
    CliContext ctx(out, err);
    if (auto opened = ctx.open(parser.value(dataDir), parser.value(secrets)); !opened.ok())
        return reportError(ctx, opened.error());
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

void printError(QTextStream &err, const Error &error)
{
    err << tr("error: %1").arg(error.message);
    if (!error.detail.isEmpty())
        err << " (" << error.detail << ')';
    err << '\n';
}

int reportError(CliContext &ctx, const Error &error)
{
    printError(ctx.err, error);
    return exitCodeFor(error);
}

const QList<QPair<QString, QString>> &secretNames()
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("concur-client-secret"), secretkey::ConcurClientSecret},
        {QStringLiteral("concur-request-token"), secretkey::ConcurRequestToken},
        {QStringLiteral("b1-password"), secretkey::B1Password},
    };
    return names;
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
