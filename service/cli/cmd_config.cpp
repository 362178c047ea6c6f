#include "commands.h"
#include "exitcodes.h"
#include "text.h"

#include "servicecore/settingspolicy.h"

namespace mlc::cli {

namespace {

// `config set` / `config unset` on the database (direct mode): the same rules as over the pipe
// (endpoints checked against the sandbox setting, secrets bound to a changed endpoint removed),
// and the only way to the sandbox setting, which the pipe refuses.
int changeSetting(CliContext &ctx, const QString &key, const QString &given)
{
    const QString value = service::normalisedSettingValue(key, given);
    const bool sandbox = key == service::sandboxSettingKey() ? service::sandboxEnabled(value)
                                                               : service::sandboxEnabled(ctx.store());
    if (auto r = service::checkEndpoint(key, value, sandbox); !r.ok())
        return reportError(ctx, r.error());
    auto before = ctx.store().setting(key);
    if (!before.ok())
        return reportError(ctx, before.error());
    if (auto r = ctx.store().setSetting(key, value); !r.ok())
        return reportError(ctx, r.error());
    auto audited = ctx.store().appendAuditEvent(ctx.actor(), QStringLiteral("cli"), QStringLiteral("setting"), {}, key,
                                                before.value(), value);
    if (!audited.ok())
        return reportError(ctx, audited.error());
    auto cleared = service::clearBoundSecrets(ctx.secrets(), key, before.value(), value);
    if (!cleared.ok())
        return reportError(ctx, cleared.error());
    for (const QString &secret : std::as_const(cleared.value())) {
        auto a = ctx.store().appendAuditEvent(ctx.actor(), QStringLiteral("cli"), QStringLiteral("secret"), {}, secret,
                                              QStringLiteral("(set)"), QStringLiteral("(cleared: %1 changed)").arg(key));
        if (!a.ok())
            return reportError(ctx, a.error());
    }
    printClearedSecrets(ctx.err, key, cleared.value());
    return ExitOk;
}

} // namespace

void printClearedSecrets(QTextStream &err, const QString &setting, const QStringList &storeKeys)
{
    if (storeKeys.isEmpty())
        return;
    QStringList names;
    for (const QString &key : storeKeys) {
        QString name = key == secretkey::ConcurCompanyToken ? QStringLiteral("concur-company-token") : key;
        for (const auto &n : secretNames()) {
            if (n.second == key)
                name = n.first;
        }
        names << name;
    }
    err << tr("ml-connector: %1 changed, so the secrets bound to the old endpoint were removed: %2. Set them again "
              "for the new one (ml-connector secret set NAME).")
               .arg(setting, names.join(QStringLiteral(", ")))
        << '\n';
}

int cmdConfig(CliContext &ctx, const CommandArgs &args)
{
    const QString sub = args.words.value(0);
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        auto all = ctx.store().settings();
        if (!all.ok())
            return reportError(ctx, all.error());
        QStringList keys = all->keys();
        keys.sort();
        QList<QStringList> rows;
        for (const QString &k : keys)
            rows << QStringList{k, all->value(k)};
        printTable(ctx.out, {tr("Setting"), tr("Value")}, rows);
        return ExitOk;
    }
    if (sub == QLatin1String("get") && args.words.size() == 2) {
        auto v = ctx.store().setting(args.words.at(1));
        if (!v.ok())
            return reportError(ctx, v.error());
        ctx.out << v.value() << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("set") && args.words.size() == 3)
        return changeSetting(ctx, args.words.at(1), args.words.at(2));
    if (sub == QLatin1String("unset") && args.words.size() == 2)
        return changeSetting(ctx, args.words.at(1), QString());
    ctx.err << tr("usage: config list | get KEY | set KEY VALUE | unset KEY") << '\n';
    return ExitUsage;
}

int cmdSecret(CliContext &ctx, const CommandArgs &args)
{
    const QString sub = args.words.value(0);
    if (sub == QLatin1String("status")) {
        QList<QStringList> rows;
        for (const auto &n : secretNames()) {
            auto v = ctx.secrets().read(n.second);
            rows << QStringList{n.first, v.ok() && !v->isEmpty() ? tr("set") : tr("not set")};
        }
        auto company = ctx.secrets().read(secretkey::ConcurCompanyToken);
        rows << QStringList{QStringLiteral("concur-company-token"),
                            company.ok() ? tr("set (onboarded)") : tr("not set (onboarding pending)")};
        printTable(ctx.out, {tr("Secret"), tr("State")}, rows);
        ctx.out << tr("Secret store: %1").arg(ctx.secrets().backendName()) << '\n';
        return ExitOk;
    }
    if (sub == QLatin1String("set") && args.words.size() == 2) {
        QString key;
        for (const auto &n : secretNames()) {
            if (n.first == args.words.at(1))
                key = n.second;
        }
        if (key.isEmpty()) {
            ctx.err << tr("Unknown secret %1. Known: concur-client-secret, concur-request-token, b1-password.")
                           .arg(args.words.at(1))
                    << '\n';
            return ExitUsage;
        }
        // Read from standard input so that the secret never appears on a command line.
        const QByteArray value = args.in->readLine().toUtf8();
        if (value.isEmpty()) {
            ctx.err << tr("No secret on standard input.") << '\n';
            return ExitUsage;
        }
        auto w = ctx.secrets().write(key, value);
        if (!w.ok())
            return reportError(ctx, w.error());
        if (key == secretkey::ConcurRequestToken)
            (void)ctx.secrets().remove(secretkey::ConcurCompanyToken); // a new request token means re-onboarding
        auto audited = ctx.store().appendAuditEvent(ctx.actor(), QStringLiteral("cli"), QStringLiteral("secret"), {},
                                                    tr("%1 changed").arg(args.words.at(1)));
        if (!audited.ok())
            return reportError(ctx, audited.error());
        ctx.out << tr("%1 saved in %2.").arg(args.words.at(1), ctx.secrets().backendName()) << '\n';
        return ExitOk;
    }
    ctx.err << tr("usage: secret set NAME  (value on standard input) | secret status") << '\n';
    return ExitUsage;
}

} // namespace mlc::cli
