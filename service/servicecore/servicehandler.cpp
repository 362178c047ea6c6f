// The pipe methods of the service (design §5). Every change is audited with the peer's identity;
// secrets are write-only and never echoed, logged or audited with their value.
#include "servicecore.h"

#include "concur/writebacklevel.h"

#include "pipepermissions.h"
#include "settingspolicy.h"

#include "cli/connections.h"
#include "core/logging.h"
#include "ipc/protocol.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlc::service {

namespace {

QString errInvalid() { return QStringLiteral("input.invalid"); }
QString errBusy() { return QStringLiteral("busy"); }

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Accepts the CLI's names and the store keys; returns the store key or empty.
QString secretKeyFor(const QString &name)
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("concur-client-secret"), secretkey::ConcurClientSecret},
        {QStringLiteral("concur-request-token"), secretkey::ConcurRequestToken},
        {QStringLiteral("b1-password"), secretkey::B1Password},
    };
    for (const auto &n : names) {
        if (name == n.first || name == n.second)
            return n.second;
    }
    return QString();
}

} // namespace

void ServiceCore::handle(const ipc::IpcPeer &peer, const QString &method, const QJsonObject &params, ipc::IpcReply reply)
{
    if (m_stopping || m_stopped) {
        reply.fail(QStringLiteral("service.stopping"), tr("The service is stopping."));
        return;
    }
    // The role comes from the caller's credentials (IpcServer, at the hello), never from params.
    if (const std::optional<Error> refused = pipeRefusal(peer.role, method, params)) {
        qCWarning(lcService).noquote() << "refused" << method << "for" << peer.describe() << ":" << refused->message;
        reply.fail(*refused);
        return;
    }
    if (method == QLatin1String("status")) {
        reply.ok(status());
    } else if (method == QLatin1String("runNow")) {
        handleRunNow(peer, params, reply);
    } else if (method == QLatin1String("pause") || method == QLatin1String("resume")) {
        const bool pause = method == QLatin1String("pause");
        if (pause)
            m_scheduler->pause();
        else
            m_scheduler->resume();
        (void)auditChange(peer, QStringLiteral("service"), method, QString(), QString());
        reply.ok(status());
        broadcastStatus();
    } else if (method == QLatin1String("review.list")) {
        handleReviewList(params, reply);
    } else if (method == QLatin1String("review.skip")) {
        handleReviewSkip(peer, params, reply);
    } else if (method == QLatin1String("payments.mark")) {
        handlePaymentsMark(peer, params, reply);
    } else if (method == QLatin1String("review.resolve")) {
        handleReviewResolve(peer, params, reply);
    } else if (method == QLatin1String("review.retry")) {
        handleReviewRetry(peer, params, reply);
    } else if (method == QLatin1String("mappings.list")) {
        handleMappingsList(params, reply);
    } else if (method == QLatin1String("mappings.set")) {
        handleMappingsSet(peer, params, reply);
    } else if (method == QLatin1String("mappings.delete")) {
        handleMappingsDelete(peer, params, reply);
    } else if (method == QLatin1String("mappings.check")) {
        handleMappingsCheck(params, reply);
    } else if (method == QLatin1String("review.preview")) {
        handleReviewPreview(params, reply);
    } else if (method == QLatin1String("masterdata.search")) {
        handleMasterDataSearch(params, reply);
    } else if (method == QLatin1String("settings.get")) {
        handleSettingsGet(params, reply);
    } else if (method == QLatin1String("settings.set")) {
        handleSettingsSet(peer, params, reply);
    } else if (method == QLatin1String("secrets.set")) {
        handleSecretsSet(peer, params, reply);
    } else if (method == QLatin1String("audit.query")) {
        handleAuditQuery(params, reply);
    } else if (method == QLatin1String("audit.export")) {
        handleAuditExport(params, reply);
    } else if (method == QLatin1String("secrets.status")) {
        handleSecretsStatus(reply);
    } else if (method == QLatin1String("testConnections")) {
        handleTestConnections(reply);
    } else {
        reply.fail(ipc::protocol::errUnknownMethod(), tr("Unknown method %1.").arg(method));
    }
}

void ServiceCore::handleReviewList(const QJsonObject &params, const ipc::IpcReply &reply)
{
    // Paged by keyset (the last row's update time and key, in the list's own order): a queue of
    // thousands of documents must never become one reply beyond the 1 MiB frame limit. `next` is
    // the cursor to pass back as `after`; it is absent on the last page. A page holds at most
    // `limit` items (default 100, at most 500) and about 256 KiB of JSON, whichever comes first.
    constexpr int kDefaultLimit = 100;
    constexpr int kMaxLimit = 500;
    constexpr qsizetype kMaxBytes = 256 * 1024;
    const int limit = qBound(1, params.value(QStringLiteral("limit")).toInt(kDefaultLimit), kMaxLimit);
    QDateTime afterAt;
    QString afterKey;
    if (const QJsonValue after = params.value(QStringLiteral("after")); !after.isUndefined() && !after.isNull()) {
        const QJsonObject cursor = after.toObject();
        afterKey = cursor.value(QStringLiteral("key")).toString();
        const QJsonValue at = cursor.value(QStringLiteral("updatedAt"));
        if (afterKey.isEmpty() || !at.isDouble())
            return reply.fail(errInvalid(), tr("review.list: \"after\" must be the \"next\" of the previous page."));
        afterAt = QDateTime::fromMSecsSinceEpoch(at.toInteger(), Qt::UTC);
    }
    auto rows = m_store.ledgerInStateAfter(store::LedgerState::Review, afterAt, afterKey, limit + 1);
    if (!rows.ok())
        return reply.fail(rows.error());
    QJsonArray items;
    qsizetype bytes = 0;
    const store::LedgerRow *last = nullptr;
    for (const store::LedgerRow &r : std::as_const(rows.value())) {
        if (items.size() == limit)
            break;
        const QJsonObject item{{QStringLiteral("key"), r.key},
                               {QStringLiteral("title"), r.title},
                               {QStringLiteral("docType"), r.docType},
                               {QStringLiteral("currency"), r.currency},
                               {QStringLiteral("amount"), r.amount},
                               {QStringLiteral("reasons"), r.reasons},
                               {QStringLiteral("updatedAt"), iso(r.updatedAt)}};
        const qsizetype size = QJsonDocument(item).toJson(QJsonDocument::Compact).size();
        if (!items.isEmpty() && bytes + size > kMaxBytes)
            break;
        bytes += size;
        items.append(item);
        last = &r;
    }
    QJsonObject result{{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}};
    if (last && rows->size() > items.size())
        result.insert(QStringLiteral("next"), QJsonObject{{QStringLiteral("updatedAt"), last->updatedAt.toMSecsSinceEpoch()},
                                                          {QStringLiteral("key"), last->key}});
    if (auto counts = m_store.ledgerCounts(); counts.ok())
        result.insert(QStringLiteral("total"), counts->value(QStringLiteral("review")));
    reply.ok(result);
}

void ServiceCore::handleReviewSkip(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString key = params.value(QStringLiteral("key")).toString();
    const QString reason = params.value(QStringLiteral("reason")).toString().trimmed();
    if (key.isEmpty() || reason.isEmpty())
        return reply.fail(errInvalid(), tr("review.skip needs a key and a reason."));
    if (engineBusy())
        return reply.fail(errBusy(), tr("A sync cycle is running; try again when it has finished."));
    EngineUse use(*this);
    auto enginePtr = requestEngine();
    if (!enginePtr.ok())
        return reply.fail(enginePtr.error());
    sync::SyncEngine &engine = *enginePtr.value();
    auto r = engine.skipDocument(key, reason, actorFor(peer));
    if (!r.ok())
        return reply.fail(r.error());
    reply.ok(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("state"), QStringLiteral("skipped")}});
    broadcastReviewCount();
}

void ServiceCore::handleMappingsList(const QJsonObject &params, const ipc::IpcReply &reply)
{
    auto all = m_store.mappings(params.value(QStringLiteral("kind")).toString());
    if (!all.ok())
        return reply.fail(all.error());
    QJsonArray items;
    for (const store::Mapping &m : all.value()) {
        items.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                 {QStringLiteral("source"), m.sourceKey},
                                 {QStringLiteral("target"), m.target},
                                 {QStringLiteral("origin"), m.origin},
                                 {QStringLiteral("updatedBy"), m.updatedBy},
                                 {QStringLiteral("updatedAt"), iso(m.updatedAt)}});
    }
    reply.ok(QJsonObject{{QStringLiteral("items"), items}});
}

void ServiceCore::handleMappingsSet(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    store::Mapping m;
    m.kind = params.value(QStringLiteral("kind")).toString();
    m.sourceKey = params.value(QStringLiteral("source")).toString();
    m.target = params.value(QStringLiteral("target")).toString();
    if (!store::Store::mappingKinds().contains(m.kind) || m.sourceKey.isEmpty() || m.target.isEmpty())
        return reply.fail(errInvalid(), tr("mappings.set needs kind (vendor, account, costcenter, currency), source and target."));
    if (engineBusy() || m_store.inTransaction())
        return reply.fail(errBusy(), tr("A sync cycle is running; try again when it has finished."));
    auto conns = connections();
    if (!conns.ok()) {
        // Not configured (or not reachable) yet: save the mapping anyway, like the command line;
        // the queued documents it blocked are re-evaluated by the next cycle.
        auto before = m_store.mapping(m.kind, m.sourceKey);
        m.origin = QStringLiteral("explicit");
        m.updatedBy = actorFor(peer);
        m.updatedAt = QDateTime::currentDateTimeUtc();
        if (auto saved = m_store.putMapping(m); !saved.ok())
            return reply.fail(saved.error());
        (void)auditChange(peer, QStringLiteral("mapping"), m.kind + QLatin1Char(' ') + m.sourceKey,
                          before.ok() && before.value() ? before.value()->target : QString(), m.target);
        return reply.ok(QJsonObject{{QStringLiteral("saved"), true},
                                    {QStringLiteral("reevaluated"), false},
                                    {QStringLiteral("reason"), conns.error().message}});
    }
    EngineUse use(*this);
    auto enginePtr = requestEngine();
    if (!enginePtr.ok())
        return reply.fail(enginePtr.error());
    sync::SyncEngine &engine = *enginePtr.value();
    // The engine audits the mapping (before/after) and releases the queued documents it blocked.
    auto summary = engine.applyMapping(m, actorFor(peer));
    if (!summary.ok())
        return reply.fail(summary.error());
    reply.ok(summary->toJson(false));
    broadcastReviewCount();
}

void ServiceCore::handleSettingsGet(const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString key = params.value(QStringLiteral("key")).toString();
    if (!key.isEmpty()) {
        auto v = m_store.setting(key);
        if (!v.ok())
            return reply.fail(v.error());
        return reply.ok(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), v.value()}});
    }
    auto all = m_store.settings(params.value(QStringLiteral("prefix")).toString());
    if (!all.ok())
        return reply.fail(all.error());
    QJsonObject values;
    for (auto it = all->cbegin(); it != all->cend(); ++it)
        values.insert(it.key(), it.value());
    reply.ok(QJsonObject{{QStringLiteral("settings"), values}});
}

void ServiceCore::handleSettingsSet(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString key = params.value(QStringLiteral("key")).toString();
    const QJsonValue value = params.value(QStringLiteral("value"));
    if (key.isEmpty() || !value.isString())
        return reply.fail(errInvalid(), tr("settings.set needs a key and a string value."));
    const QString text = normalisedSettingValue(key, value.toString());
    if (m_store.inTransaction()) // the engine is between BEGIN and COMMIT in a local event loop
        return reply.fail(errBusy(), tr("A sync cycle is writing; try again when it has finished."));
    QString warning;
    if (key == QLatin1String("schedule/spec") || key == QLatin1String("schedule/timeZone")) {
        // Validate before saving so that a typo never leaves the service without a schedule.
        auto current = m_store.settings(QStringLiteral("schedule/"));
        if (!current.ok())
            return reply.fail(current.error());
        const QString spec = key == QLatin1String("schedule/spec") ? text : current->value(QStringLiteral("schedule/spec"));
        const QString zone = key == QLatin1String("schedule/timeZone") ? text : current->value(QStringLiteral("schedule/timeZone"));
        auto parsed = scheduler::Schedule::parse(spec.isEmpty() ? QStringLiteral("every 15m") : spec, zone);
        if (!parsed.ok())
            return reply.fail(parsed.error());
        // Accepted (the sandbox and tests use it), but every cycle calls Concur and B1: say so, in
        // case "every 15s" was meant to be "every 15m".
        if (parsed->everySeconds() > 0 && parsed->everySeconds() < 60)
            warning = tr("The schedule runs a cycle every %1 seconds, and every cycle calls Concur and SAP Business "
                         "One. Seconds are meant for the sandbox and tests; use minutes (\"every 15m\") in production.")
                          .arg(parsed->everySeconds());
    }
    // Endpoints: HTTPS and off this machine unless the sandbox is on; Concur's only Concur hosts.
    if (auto r = checkEndpoint(key, text, sandboxEnabled(m_store)); !r.ok())
        return reply.fail(r.error());
    auto before = m_store.setting(key);
    if (!before.ok())
        return reply.fail(before.error());
    if (auto r = m_store.setSetting(key, text); !r.ok())
        return reply.fail(r.error()); // includes store.secret_setting for secret-looking keys
    (void)auditChange(peer, QStringLiteral("setting"), key, before.value(), text);
    // A new endpoint never receives the old one's credentials: they are removed with the change.
    auto cleared = clearBoundSecrets(m_secrets, key, before.value(), text);
    if (!cleared.ok()) {
        qCWarning(lcService).noquote() << "cannot clear the secrets bound to" << key << ":" << cleared.error().toString();
        return reply.fail(cleared.error());
    }
    for (const QString &secret : std::as_const(cleared.value())) {
        (void)auditChange(peer, QStringLiteral("secret"), secret, QStringLiteral("(set)"),
                          QStringLiteral("(cleared: %1 changed)").arg(key));
        qCInfo(lcService).noquote() << "secret" << secret << "cleared because" << key << "changed";
    }
    if (!cleared->isEmpty())
        m_connectionsStale = true;
    if (key.startsWith(QLatin1String("schedule/")))
        (void)loadSchedule();
    // Changed connection settings (b1/…, concur/…) take effect when the connections are rebuilt:
    // at their next use when the host can reset them, else after a restart.
    // (b1/useBatch and b1/batchSize are read by every cycle.)
    const bool connectionSetting = (key.startsWith(QLatin1String("concur/")) || key.startsWith(QLatin1String("b1/")))
        && key != QLatin1String("b1/useBatch") && key != QLatin1String("b1/batchSize");
    if (connectionSetting)
        m_connectionsStale = true;
    const bool restartRequired = connectionSetting && m_connectionsBuilt && !m_resetConnections;
    QJsonObject result{{QStringLiteral("key"), key}, {QStringLiteral("value"), text}, {QStringLiteral("restartRequired"), restartRequired}};
    if (key == QLatin1String(concur::WriteBackSettingKey))
        broadcastStatus(); // the overview shows the level
    if (!cleared->isEmpty())
        result.insert(QStringLiteral("clearedSecrets"), QJsonArray::fromStringList(cleared.value()));
    if (!warning.isEmpty()) {
        qCWarning(lcService).noquote() << warning;
        result.insert(QStringLiteral("warning"), warning);
    }
    reply.ok(result);
}

void ServiceCore::handleSecretsSet(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString name = params.value(QStringLiteral("name")).toString();
    const QString key = secretKeyFor(name);
    const QString value = params.value(QStringLiteral("value")).toString();
    if (key.isEmpty())
        return reply.fail(errInvalid(), tr("Unknown secret %1 (concur-client-secret, concur-request-token, b1-password).").arg(name));
    if (value.isEmpty())
        return reply.fail(errInvalid(), tr("secrets.set needs a non-empty value."));
    if (auto r = m_secrets.write(key, value.toUtf8()); !r.ok())
        return reply.fail(r.error());
    // As on the command line: a new request token means onboarding again. The connections (which
    // hold the secrets they read) are rebuilt at their next use.
    if (key == secretkey::ConcurRequestToken)
        (void)m_secrets.remove(secretkey::ConcurCompanyToken);
    m_connectionsStale = true;
    // Only the fact is audited, never the value.
    (void)auditChange(peer, QStringLiteral("secret"), key, QString(), QStringLiteral("(set)"));
    qCInfo(lcService).noquote() << "secret" << key << "set by" << peer.describe();
    reply.ok(QJsonObject{{QStringLiteral("name"), key},
                         {QStringLiteral("set"), true},
                         {QStringLiteral("store"), m_secrets.backendName()},
                         {QStringLiteral("restartRequired"), m_connectionsBuilt && !m_resetConnections}});
}

void ServiceCore::handleAuditQuery(const QJsonObject &params, const ipc::IpcReply &reply)
{
    const int limit = qBound(1, params.value(QStringLiteral("limit")).toInt(100), 10000);
    auto entries = m_store.audit(params.value(QStringLiteral("key")).toString(), limit);
    if (!entries.ok())
        return reply.fail(entries.error());
    QJsonArray items;
    for (const store::AuditEntry &e : entries.value()) {
        items.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("at"), iso(e.at)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("origin"), e.origin},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("docKey"), e.docKey},
                                 {QStringLiteral("before"), e.before},
                                 {QStringLiteral("after"), e.after},
                                 {QStringLiteral("detail"), e.detail}});
    }
    reply.ok(QJsonObject{{QStringLiteral("items"), items}});
}

void ServiceCore::handleTestConnections(const ipc::IpcReply &reply)
{
    if (engineBusy())
        return reply.fail(errBusy(), tr("A sync cycle is running; try again when it has finished."));
    auto conns = connections();
    if (!conns.ok())
        return reply.fail(conns.error());
    EngineUse use(*this);
    QJsonObject all;
    const QList<QPair<QString, Result<QJsonObject>>> checks = {
        {QStringLiteral("concur"), conns.value()->testConcur()},
        {QStringLiteral("b1"), conns.value()->testB1()},
    };
    for (const auto &check : checks) {
        if (check.second.ok())
            all.insert(check.first, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("info"), check.second.value()}});
        else
            all.insert(check.first, QJsonObject{{QStringLiteral("ok"), false},
                                                {QStringLiteral("code"), check.second.error().code},
                                                {QStringLiteral("message"), check.second.error().message},
                                                {QStringLiteral("detail"), check.second.error().detail}});
    }
    reply.ok(all);
}


void ServiceCore::handleRunNow(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    qCInfo(lcService).noquote() << "run-now requested by" << peer.describe();
    const bool wait = params.value(QStringLiteral("wait")).toBool();
    const bool fresh = params.value(QStringLiteral("fresh")).toBool();
    const bool wasRunning = m_inCycle;
    m_scheduler->runNow();
    if (!wait)
        return reply.ok(QJsonObject{{QStringLiteral("queued"), true}, {QStringLiteral("cycleRunning"), wasRunning}});
    const CycleWaiter waiter{reply, params.value(QStringLiteral("outcomes")).toBool()};
    // Without `fresh` the reply is the summary of the next cycle that ends (with a cycle running:
    // that one, and the queued run follows). With `fresh` (the command line's `sync`) it is a cycle
    // that started after the request, so that it saw everything approved until then.
    if (fresh && m_inCycle)
        m_waitingForNextCycle.append(waiter);
    else
        m_waitingForCycle.append(waiter);
}

void ServiceCore::handleReviewResolve(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString key = params.value(QStringLiteral("key")).toString();
    const QString target = params.value(QStringLiteral("target")).toString().trimmed();
    const QString wanted = params.value(QStringLiteral("blocker")).toString(); // optional: which blocker
    if (key.isEmpty() || target.isEmpty())
        return reply.fail(errInvalid(), tr("review.resolve needs a key and a target."));
    if (engineBusy() || m_store.inTransaction())
        return reply.fail(errBusy(), tr("A sync cycle is running; try again when it has finished."));
    auto row = m_store.ledger(key);
    if (!row.ok())
        return reply.fail(row.error());
    if (!row.value().has_value())
        return reply.fail(QStringLiteral("input.not_found"), tr("No document %1 in the ledger.").arg(key));
    if (row.value()->state != store::LedgerState::Review)
        return reply.fail(QStringLiteral("input.invalid_state"),
                          tr("Document %1 is %2; only queued documents can be resolved.")
                              .arg(key, store::toString(row.value()->state)));
    // The same choice as `ml-connector review map`: the first blocker that a mapping can fix
    // (settings blockers need `settings.set`), or the one the caller named.
    QString blocker;
    for (const QJsonValue &v : std::as_const(row.value()->reasons)) {
        const QString b = v.toObject().value(QStringLiteral("blockerKey")).toString();
        if (b.isEmpty() || b.startsWith(QLatin1String("setting/")))
            continue;
        if (wanted.isEmpty() || wanted == b) {
            blocker = b;
            break;
        }
    }
    store::Mapping m;
    m.kind = blocker.section(QLatin1Char('/'), 0, 0);
    m.sourceKey = blocker.section(QLatin1Char('/'), 1);
    m.target = target;
    if (blocker.isEmpty() || !store::Store::mappingKinds().contains(m.kind) || m.sourceKey.isEmpty()) {
        if (!wanted.isEmpty())
            return reply.fail(errInvalid(), tr("%1 is not a mapping that blocks %2.").arg(wanted, key));
        return reply.fail(QStringLiteral("input.no_mapping"), tr("%1 has no mapping to fix; see 'review show %1'.").arg(key));
    }
    EngineUse use(*this);
    auto enginePtr = requestEngine();
    if (!enginePtr.ok())
        return reply.fail(enginePtr.error());
    sync::SyncEngine &engine = *enginePtr.value();
    // The engine audits the mapping and re-evaluates every queued document it blocked.
    auto summary = engine.applyMapping(m, actorFor(peer));
    if (!summary.ok())
        return reply.fail(summary.error());
    // The decision itself, on the document, with the full peer description.
    (void)auditChange(peer, QStringLiteral("resolve"), QStringLiteral("mapped %1 to %2").arg(blocker, target), blocker,
                      target, key);
    QJsonObject result = summary->toJson(true);
    result.insert(QStringLiteral("key"), key);
    result.insert(QStringLiteral("blocker"), blocker);
    result.insert(QStringLiteral("target"), target);
    if (auto after = m_store.ledger(key); after.ok() && after.value().has_value())
        result.insert(QStringLiteral("state"), store::toString(after.value()->state));
    reply.ok(result);
    broadcastReviewCount();
}

void ServiceCore::handleReviewRetry(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString key = params.value(QStringLiteral("key")).toString();
    if (key.isEmpty())
        return reply.fail(errInvalid(), tr("review.retry needs a key."));
    if (engineBusy() || m_store.inTransaction())
        return reply.fail(errBusy(), tr("A sync cycle is running; try again when it has finished."));
    auto row = m_store.ledger(key);
    if (!row.ok())
        return reply.fail(row.error());
    if (!row.value().has_value())
        return reply.fail(QStringLiteral("input.not_found"), tr("No document %1 in the ledger.").arg(key));
    EngineUse use(*this);
    auto enginePtr = requestEngine();
    if (!enginePtr.ok())
        return reply.fail(enginePtr.error());
    sync::SyncEngine &engine = *enginePtr.value();
    // The engine audits the request ("resolve", "retry requested") with the peer as the actor.
    auto summary = engine.retryDocument(key, actorFor(peer));
    if (!summary.ok())
        return reply.fail(summary.error());
    QJsonObject result = summary->toJson(true);
    result.insert(QStringLiteral("key"), key);
    if (auto after = m_store.ledger(key); after.ok() && after.value().has_value())
        result.insert(QStringLiteral("state"), store::toString(after.value()->state));
    reply.ok(result);
    broadcastReviewCount();
}

void ServiceCore::handleAuditExport(const QJsonObject &params, const ipc::IpcReply &reply)
{
    // The CSV of `ml-connector audit export`, paged by sequence number so that no reply comes near
    // the 1 MiB frame limit. The first page (after = 0) starts with the BOM and the header, so the
    // pages concatenated in order are exactly the exported file. Paging by seq (not by offset)
    // stays correct while new entries are appended.
    constexpr int kMaxChars = 128 * 1024; // JSON escaping and UTF-8 stay far below 1 MiB
    const qint64 after = qMax<qint64>(0, params.value(QStringLiteral("after")).toInteger());
    const int limit = qBound(1, params.value(QStringLiteral("limit")).toInt(1000), 5000);
    const QString key = params.value(QStringLiteral("key")).toString();
    Result<QList<store::AuditEntry>> entries = QList<store::AuditEntry>();
    if (key.isEmpty()) {
        entries = m_store.auditAfter(after, limit + 1);
    } else {
        entries = m_store.audit(key);
        if (entries.ok()) {
            QList<store::AuditEntry> newer;
            for (const store::AuditEntry &e : std::as_const(entries.value())) {
                if (e.seq > after && newer.size() <= limit)
                    newer.append(e);
            }
            entries = newer;
        }
    }
    if (!entries.ok())
        return reply.fail(entries.error());
    static const QString header = QString::fromUtf8(store::Store::auditToCsv({}));
    bool more = entries->size() > limit;
    QString csv = params.value(QStringLiteral("header")).toBool(after == 0) ? header : QString();
    qint64 last = after;
    int count = 0;
    for (const store::AuditEntry &e : std::as_const(entries.value())) {
        if (count == limit)
            break;
        const QString row = QString::fromUtf8(store::Store::auditToCsv({e})).mid(header.size());
        if (count > 0 && csv.size() + row.size() > kMaxChars) {
            more = true;
            break;
        }
        csv += row;
        last = e.seq;
        ++count;
    }
    reply.ok(QJsonObject{{QStringLiteral("csv"), csv},
                         {QStringLiteral("count"), count},
                         {QStringLiteral("last"), last},
                         {QStringLiteral("more"), more}});
}

} // namespace mlc::service
