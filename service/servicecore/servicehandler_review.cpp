// Pipe methods of the review queue's journal entry preview and map picker, and of mapping
// maintenance (issue #8 items 3 and 4):
//   review.preview   {key, refresh?}                -> sync/reviewpreview.h (nothing is written or posted)
//   masterdata.search {kind | blocker, key?, dimension?, text?, offset?, limit?, refresh?}
//                                                   -> usable B1 targets, best first, and how many queued
//                                                      documents the mapping releases
//   mappings.delete  {kind, source}                 -> audited with the caller; re-evaluates like mappings.set
//   mappings.check   {kind?, refresh?}              -> mappings whose target B1 no longer has (or froze)
// The B1 master data comes from one snapshot the service keeps for a short while (the picker
// searches on every keystroke; a full read of B1's suppliers and accounts per keystroke would be
// slow and load B1), re-read when older than the method allows or when asked (refresh).
#include "servicecore.h"

#include "cli/connections.h"
#include "core/logging.h"
#include "accounting/masterdatasearch.h"
#include "store/store.h"
#include "sync/reviewpreview.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlc::service {

namespace {

constexpr int kPreviewMaxAgeSeconds = 60;
constexpr int kSearchMaxAgeSeconds = 300;
constexpr int kCheckMaxAgeSeconds = 60;

QString errInvalid() { return QStringLiteral("input.invalid"); }

// What a blocker key tells about its Concur side, for the ranking.
struct SourceHints {
    QString kind;
    int dimension = 0;
    QString code;
    QString name;
};

SourceHints hintsFor(const QString &blocker, const QJsonObject &document)
{
    SourceHints h;
    h.kind = blocker.section(QLatin1Char('/'), 0, 0);
    const QString source = blocker.section(QLatin1Char('/'), 1);
    if (h.kind == QLatin1String("vendor")) {
        if (source.startsWith(QLatin1String("employee:"))) {
            h.code = source.mid(9);
            QJsonObject employee = document.value(QStringLiteral("employee")).toObject();
            if (employee.isEmpty())
                employee = document.value(QStringLiteral("ownerEmployee")).toObject();
            h.name = QString(employee.value(QStringLiteral("employeeFirstName")).toString() + QLatin1Char(' ')
                             + employee.value(QStringLiteral("employeeLastName")).toString())
                         .trimmed();
        } else {
            const QString rest = source.startsWith(QLatin1String("vendor:")) ? source.mid(7) : source;
            const QJsonObject vendor = document.value(QStringLiteral("vendor")).toObject();
            h.name = vendor.value(QStringLiteral("vendorName")).toString();
            const QString vendorCode = vendor.value(QStringLiteral("vendorCode")).toString();
            if (h.name.isEmpty())
                h.name = rest; // the normalised name is the key when Concur sends no vendor code
            else if (!vendorCode.isEmpty())
                h.code = vendorCode;
        }
    } else if (h.kind == QLatin1String("costcenter")) {
        h.dimension = source.section(QLatin1Char(':'), 0, 0).toInt();
        h.code = source.section(QLatin1Char(':'), 1);
    } else {
        h.code = source;
    }
    return h;
}

} // namespace

Result<std::shared_ptr<const accounting::MasterData>> ServiceCore::masterDataSnapshot(int maxAgeSeconds)
{
    const bool fresh = maxAgeSeconds >= 0 && m_masterData && m_masterDataAge.isValid()
        && m_masterDataAge.elapsed() <= qint64(maxAgeSeconds) * 1000;
    if (fresh)
        return m_masterData;
    // B1's client is in use by a cycle (in a local event loop): an older snapshot is better than
    // none for a picker or a preview; without one the caller is told to wait.
    if (engineBusy() || m_store.inTransaction()) {
        if (m_masterData)
            return m_masterData;
        return makeError(QStringLiteral("busy"), tr("A sync cycle is running; try again when it has finished."));
    }
    auto conns = connections();
    if (!conns.ok())
        return conns.error();
    EngineUse use(*this);
    auto md = conns.value()->target().loadMasterData();
    if (!md.ok())
        return md.error();
    auto snapshot = std::make_shared<accounting::MasterData>(std::move(md.value()));
    snapshot->buildIndex();
    m_masterData = std::move(snapshot);
    m_masterDataAge.start();
    qCInfo(lcService).noquote() << "B1 master data read for the preview/picker:" << m_masterData->partners.size()
                                << "business partners," << m_masterData->accounts.size() << "accounts,"
                                << m_masterData->profitCenters.size() << "profit centers";
    return m_masterData;
}

void ServiceCore::handleReviewPreview(const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString key = params.value(QStringLiteral("key")).toString();
    if (key.isEmpty())
        return reply.fail(errInvalid(), tr("review.preview needs a key."));
    auto row = m_store.ledger(key);
    if (!row.ok())
        return reply.fail(row.error());
    if (!row.value().has_value())
        return reply.fail(QStringLiteral("input.not_found"), tr("No document %1 in the ledger.").arg(key));
    auto md = masterDataSnapshot(params.value(QStringLiteral("refresh")).toBool() ? -1 : kPreviewMaxAgeSeconds);
    if (!md.ok())
        return reply.fail(md.error());
    // Built in memory from the current mappings and settings: no ledger row, audit entry or POST.
    auto preview = sync::previewDocument(m_store, *row.value(), *md.value(), QDateTime::currentDateTimeUtc());
    if (!preview.ok())
        return reply.fail(preview.error());
    QJsonObject result = preview.value();
    result.insert(QStringLiteral("masterDataAgeSeconds"), int(m_masterDataAge.elapsed() / 1000));
    reply.ok(result);
}

void ServiceCore::handleMasterDataSearch(const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString blocker = params.value(QStringLiteral("blocker")).toString();
    const QString key = params.value(QStringLiteral("key")).toString();
    accounting::MasterDataQuery q;
    q.kind = params.value(QStringLiteral("kind")).toString();
    q.dimension = params.value(QStringLiteral("dimension")).toInt();
    q.text = params.value(QStringLiteral("text")).toString().trimmed();
    q.offset = qMax(0, params.value(QStringLiteral("offset")).toInt());
    q.limit = qBound(1, params.value(QStringLiteral("limit")).toInt(50), 200);
    // The Concur side: the blocker of a queued document (its reason's candidates rank first, its
    // names and codes next), or a mapping's source key from the mappings page.
    QJsonObject document;
    if (!key.isEmpty()) {
        auto row = m_store.ledger(key);
        if (!row.ok())
            return reply.fail(row.error());
        if (!row.value().has_value())
            return reply.fail(QStringLiteral("input.not_found"), tr("No document %1 in the ledger.").arg(key));
        document = QJsonDocument::fromJson(row.value()->document).object();
        for (const QJsonValue &v : std::as_const(row.value()->reasons)) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("blockerKey")).toString() != blocker)
                continue;
            for (const QJsonValue &c : r.value(QStringLiteral("candidates")).toArray())
                q.candidates.append(c.toString());
        }
    }
    const QString source = params.value(QStringLiteral("source")).toString();
    const QString sourceBlocker = !blocker.isEmpty() ? blocker
        : (!q.kind.isEmpty() && !source.isEmpty() ? q.kind + QLatin1Char('/') + source : QString());
    if (!sourceBlocker.isEmpty()) {
        const SourceHints hints = hintsFor(sourceBlocker, document);
        if (q.kind.isEmpty())
            q.kind = hints.kind;
        if (q.dimension == 0)
            q.dimension = hints.dimension;
        q.sourceCode = hints.code;
        q.sourceName = hints.name;
    }
    if (!store::Store::mappingKinds().contains(q.kind))
        return reply.fail(errInvalid(), tr("masterdata.search needs a kind (vendor, account, costcenter, currency) or a blocker."));
    auto md = masterDataSnapshot(params.value(QStringLiteral("refresh")).toBool() ? -1 : kSearchMaxAgeSeconds);
    if (!md.ok())
        return reply.fail(md.error());
    const accounting::MasterDataSearchResult found = accounting::searchMasterData(*md.value(), q);

    // How many queued documents wait for this mapping, and how many of them wait for nothing else
    // (those post once it is saved). The same for every choice: any usable target resolves it.
    int releases = 0;
    int releasesFully = 0;
    if (!sourceBlocker.isEmpty()) {
        auto keys = m_store.ledgerKeysBlockedBy(sourceBlocker);
        if (!keys.ok())
            return reply.fail(keys.error());
        releases = int(keys->size());
        constexpr int kCountedExactly = 2000; // beyond that, "fully" is not worth a query per document
        for (int i = 0; i < keys->size() && i < kCountedExactly; ++i) {
            auto blockers = m_store.blockersOf(keys->at(i));
            if (blockers.ok() && blockers->size() == 1)
                ++releasesFully;
        }
    }
    QJsonArray items;
    for (const accounting::MasterDataHit &h : found.hits) {
        QJsonObject item{{QStringLiteral("code"), h.code},
                         {QStringLiteral("name"), h.name},
                         {QStringLiteral("candidate"), h.candidate},
                         {QStringLiteral("similarity"), qRound(h.similarity * 100) / 100.0},
                         {QStringLiteral("releases"), releases}};
        if (h.dimension > 0)
            item.insert(QStringLiteral("dimension"), h.dimension);
        items.append(item);
    }
    QJsonObject result{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), found.total},
                       {QStringLiteral("offset"), q.offset},
                       {QStringLiteral("kind"), q.kind},
                       {QStringLiteral("releases"), releases},
                       {QStringLiteral("releasesFully"), releasesFully},
                       {QStringLiteral("masterDataAgeSeconds"), int(m_masterDataAge.elapsed() / 1000)}};
    if (q.dimension > 0)
        result.insert(QStringLiteral("dimension"), q.dimension);
    if (!sourceBlocker.isEmpty())
        result.insert(QStringLiteral("blocker"), sourceBlocker);
    reply.ok(result);
}

void ServiceCore::handleMappingsDelete(const ipc::IpcPeer &peer, const QJsonObject &params, const ipc::IpcReply &reply)
{
    const QString kind = params.value(QStringLiteral("kind")).toString();
    const QString source = params.value(QStringLiteral("source")).toString();
    if (!store::Store::mappingKinds().contains(kind) || source.isEmpty())
        return reply.fail(errInvalid(), tr("mappings.delete needs kind (vendor, account, costcenter, currency) and source."));
    if (engineBusy() || m_store.inTransaction())
        return reply.fail(QStringLiteral("busy"), tr("A sync cycle is running; try again when it has finished."));
    auto before = m_store.mapping(kind, source);
    if (!before.ok())
        return reply.fail(before.error());
    if (!before.value())
        return reply.fail(QStringLiteral("input.not_found"), tr("There is no %1 mapping for %2.").arg(kind, source));
    const QString target = before.value()->target;
    auto conns = connections();
    if (!conns.ok()) {
        // As mappings.set: not configured or not reachable, the change is made and audited; the
        // queued documents are re-evaluated by the next cycle.
        if (auto removed = m_store.removeMapping(kind, source); !removed.ok())
            return reply.fail(removed.error());
        (void)auditChange(peer, QStringLiteral("mapping"), QStringLiteral("%1 %2 deleted").arg(kind, source), target, QString());
        return reply.ok(QJsonObject{{QStringLiteral("deleted"), true},
                                    {QStringLiteral("kind"), kind},
                                    {QStringLiteral("source"), source},
                                    {QStringLiteral("target"), target},
                                    {QStringLiteral("reevaluated"), false},
                                    {QStringLiteral("reason"), conns.error().message}});
    }
    EngineUse use(*this);
    auto enginePtr = requestEngine();
    if (!enginePtr.ok())
        return reply.fail(enginePtr.error());
    sync::SyncEngine &engine = *enginePtr.value();
    // The engine audits the deletion (the target it had) with the caller as the actor.
    auto summary = engine.removeMapping(kind, source, actorFor(peer));
    if (!summary.ok())
        return reply.fail(summary.error());
    qCInfo(lcService).noquote() << "mapping" << kind << source << "->" << target << "deleted by" << peer.describe();
    QJsonObject result = summary->toJson(false);
    result.insert(QStringLiteral("deleted"), true);
    result.insert(QStringLiteral("kind"), kind);
    result.insert(QStringLiteral("source"), source);
    result.insert(QStringLiteral("target"), target);
    reply.ok(result);
    broadcastReviewCount();
}

void ServiceCore::handleMappingsCheck(const QJsonObject &params, const ipc::IpcReply &reply)
{
    auto all = m_store.mappings(params.value(QStringLiteral("kind")).toString());
    if (!all.ok())
        return reply.fail(all.error());
    auto md = masterDataSnapshot(params.value(QStringLiteral("refresh")).toBool() ? -1 : kCheckMaxAgeSeconds);
    if (!md.ok())
        return reply.fail(md.error());
    QJsonArray items;
    for (const store::Mapping &m : std::as_const(all.value())) {
        const QString problem = accounting::mappingTargetProblem(*md.value(), m.kind, m.sourceKey, m.target);
        if (problem.isEmpty())
            continue;
        items.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                 {QStringLiteral("source"), m.sourceKey},
                                 {QStringLiteral("target"), m.target},
                                 {QStringLiteral("problem"), problem}});
    }
    reply.ok(QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("checked"), int(all->size())},
                         {QStringLiteral("masterDataAgeSeconds"), int(m_masterDataAge.elapsed() / 1000)}});
}

} // namespace mlc::service
