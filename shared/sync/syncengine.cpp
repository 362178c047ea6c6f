#include "syncengine.h"

#include "core/logging.h"
#include "storemappinglookup.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>
#include <optional>

namespace mlc::sync {

using store::LedgerRow;
using store::LedgerState;

#define MLC_TRY(expr)                                                                              \
    do {                                                                                           \
        auto _r = (expr);                                                                          \
        if (!_r.ok())                                                                              \
            return _r.error();                                                                     \
    } while (0)

struct SyncEngine::Context {
    accounting::MasterData masterData;
    std::unique_ptr<StoreMappingLookup> mappings;
    std::unique_ptr<accounting::PostingSettings> settings;
    std::unique_ptr<accounting::JournalBuilder> builder;
    QDate syncDate;
    QList<LedgerRow> pending; // committed `posting` rows waiting for their POST
    CycleSummary summary;
};

namespace {

QString ledgerKeyFor(const QString &docType, const QString &docId, const QString &revision)
{
    return docType + QLatin1Char('|') + docId + QLatin1Char('|') + revision;
}

QString reasonsText(const QList<accounting::ReviewReason> &reasons)
{
    QStringList parts;
    for (const auto &r : reasons)
        parts << r.message;
    return parts.join(QStringLiteral("; "));
}

QJsonArray reasonsJson(const QList<accounting::ReviewReason> &reasons)
{
    QJsonArray out;
    for (const auto &r : reasons)
        out.append(r.toJson());
    return out;
}

DocOutcome outcomeFor(const LedgerRow &row, const QString &outcome, const QString &detail = {})
{
    DocOutcome d;
    d.key = row.key;
    d.title = row.title;
    d.outcome = outcome;
    d.jdtNum = row.jdtNum;
    d.detail = detail;
    return d;
}

} // namespace

SyncEngine::SyncEngine(store::Store &store, DocumentSource &source, LedgerTarget &target, SyncOptions options)
    : m_store(store)
    , m_source(source)
    , m_target(target)
    , m_options(std::move(options))
    , m_currentActor(m_options.actor)
{
}

QDateTime SyncEngine::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

Result<void> SyncEngine::audit(const QString &action, const QString &docKey, const QString &detail,
                               const QString &before, const QString &after, const QString &actor)
{
    return m_store.appendAuditEvent(actor.isEmpty() ? m_currentActor : actor, QStringLiteral("sync"), action, docKey,
                                    detail, before, after);
}

Result<void> SyncEngine::prepare(Context &ctx)
{
    auto md = m_target.loadMasterData();
    if (!md.ok())
        return md.error();
    ctx.masterData = std::move(md.value());
    ctx.masterData.buildIndex();
    auto settings = m_store.settings();
    if (!settings.ok())
        return settings.error();
    ctx.settings = std::make_unique<accounting::PostingSettings>(
        accounting::PostingSettings::fromKeyValues(settings.value()));
    auto lookup = StoreMappingLookup::load(m_store);
    if (!lookup.ok())
        return lookup.error();
    ctx.mappings = std::make_unique<StoreMappingLookup>(std::move(lookup.value()));
    ctx.builder = std::make_unique<accounting::JournalBuilder>(ctx.masterData, *ctx.mappings, *ctx.settings);
    // The sync's date is the company's (posting/timeZone), like Concur's instants: 8 pm on March 31
    // in New York is already April 1 in UTC. An unknown zone leaves it invalid, and the builder
    // queues the documents that would post on it.
    ctx.syncDate = ctx.settings->timeZone.isValid() ? now().toTimeZone(ctx.settings->timeZone).date() : QDate();
    ctx.summary.startedAt = now();
    return {};
}

Result<CycleSummary> SyncEngine::runCycle()
{
    m_currentActor = m_options.actor;
    Context ctx;
    if (auto r = prepare(ctx); !r.ok()) {
        (void)audit(QStringLiteral("cycle-error"), {}, r.error().toString());
        return r.error();
    }
    MLC_TRY(recoverInFlight(ctx));

    for (const QString &docType : m_options.docTypes) {
        if (m_options.stopRequested && m_options.stopRequested()) {
            ctx.summary.stoppedEarly = true;
            break;
        }
        // Where the previous cycle stopped at the page limit (empty: at the start of the queue).
        const QString nextPageKey = QStringLiteral("sync/nextPage/") + docType;
        int firstPage = 0;
        if (m_options.maxPagesPerCycle > 0) {
            auto saved = m_store.setting(nextPageKey);
            if (!saved.ok())
                return saved.error();
            firstPage = qMax(0, saved->toInt());
        }
        auto fetched = m_source.forEachReadyFrom(docType, firstPage, m_options.maxPagesPerCycle > 0 ? m_options.maxPagesPerCycle : -1,
                                                 [&](const QList<concur::FisTransaction> &page) -> Result<void> {
            ctx.summary.fetched += page.size();
            // All decisions of a page in one transaction: it commits every `posting` intent
            // before the first POST of the page leaves the machine.
            MLC_TRY(m_store.begin());
            for (const concur::FisTransaction &tx : page) {
                if (auto r = processTransaction(ctx, tx); !r.ok()) {
                    m_store.rollback();
                    return r;
                }
            }
            MLC_TRY(m_store.commit());
            MLC_TRY(flushPending(ctx, false));
            if (m_options.progress)
                m_options.progress(ctx.summary);
            if (m_options.stopRequested && m_options.stopRequested())
                return makeError(QStringLiteral("sync.stopped"), QStringLiteral("stop requested"));
            return {};
        });
        if (!fetched.ok() && fetched.error().code == QLatin1String("sync.stopped")) {
            ctx.summary.stoppedEarly = true;
            break; // the remaining documents stay READY in Concur for the next cycle
        }
        if (fetched.ok() && m_options.maxPagesPerCycle > 0) {
            const int next = fetched.value();
            if (next >= 0) {
                ctx.summary.pageLimitReached << docType;
                qCInfo(lcSync).noquote() << "read" << m_options.maxPagesPerCycle << docType
                                         << "pages (the limit per cycle); the next cycle reads on from page" << next;
            }
            if (next >= 0)
                MLC_TRY(m_store.setSetting(nextPageKey, QString::number(next)));
            else if (firstPage > 0) // went round to the end: the next cycle starts at the beginning
                MLC_TRY(m_store.removeSetting(nextPageKey));
        }
        if (!fetched.ok()) {
            if (fetched.error().code.startsWith(QLatin1String("store")))
                return fetched.error(); // our own database failed: stop the cycle
            ctx.summary.errors << QStringLiteral("%1: %2").arg(docType, fetched.error().toString());
            ctx.summary.errorCodes << fetched.error().code;
            MLC_TRY(audit(QStringLiteral("fetch-error"), {}, docType + QStringLiteral(": ") + fetched.error().toString()));
        }
    }
    MLC_TRY(flushPending(ctx, true));
    if (m_options.progress)
        m_options.progress(ctx.summary);
    ctx.summary.b1Logins = m_target.loginCount();
    ctx.summary.b1Requests = qint64(m_target.requestCount());
    ctx.summary.finishedAt = now();
    MLC_TRY(audit(QStringLiteral("cycle"), {},
                  QStringLiteral("fetched %1, posted %2, recovered %3, review %4, failed %5, pending %6%7%8")
                      .arg(ctx.summary.fetched)
                      .arg(ctx.summary.posted)
                      .arg(ctx.summary.recovered)
                      .arg(ctx.summary.review)
                      .arg(ctx.summary.failed)
                      .arg(ctx.summary.pending)
                      .arg(ctx.summary.stoppedEarly ? QStringLiteral(" (stopped early by a stop request)") : QString())
                      .arg(ctx.summary.pageLimitReached.isEmpty()
                               ? QString()
                               : QStringLiteral(" (page limit of %1 per cycle reached for %2: the rest is read next cycle)")
                                     .arg(m_options.maxPagesPerCycle)
                                     .arg(ctx.summary.pageLimitReached.join(QStringLiteral(", "))))));
    qCInfo(lcSync).noquote() << "cycle finished:" << ctx.summary.fetched << "fetched," << ctx.summary.posted
                             << "posted," << ctx.summary.review << "to review," << ctx.summary.failed << "failed";
    return ctx.summary;
}

// Documents left `posting` by a crash or an unknown outcome, and `failed` ones whose retry time
// has come: look each up in B1 first; post again only when B1 does not have it.
Result<void> SyncEngine::recoverInFlight(Context &ctx)
{
    for (LedgerState state : {LedgerState::Posting, LedgerState::Failed}) {
        auto rows = m_store.ledgerInState(state);
        if (!rows.ok())
            return rows.error();
        for (LedgerRow row : rows.value()) {
            if (row.nextRetryAt.isValid() && row.nextRetryAt > now()) {
                ++ctx.summary.pending;
                continue;
            }
            auto found = m_target.findByReference3(row.idemKey);
            if (!found.ok()) {
                ++ctx.summary.pending;
                ctx.summary.note(outcomeFor(row, QStringLiteral("pending"), found.error().toString()));
                continue; // B1 unreachable: try again next cycle, never post blind
            }
            if (found.value().has_value()) {
                MLC_TRY(markPosted(ctx, row, *found.value(), true));
                continue;
            }
            MLC_TRY(audit(QStringLiteral("retry"), row.key,
                          QStringLiteral("not in B1 (Reference3 %1): posting again").arg(row.idemKey)));
            ctx.pending.append(row);
        }
    }
    return flushPending(ctx, true);
}

Result<void> SyncEngine::processTransaction(Context &ctx, const concur::FisTransaction &tx)
{
    accounting::DocumentIdentity id = accounting::identify(tx.docType, tx.document);
    const bool malformed = !tx.documentError.isEmpty() || !id.complete;
    if (id.docId.isEmpty())
        id.docId = QStringLiteral("fis:") + tx.id; // unparseable: keep it, keyed by the FIS id
    if (id.revision.isEmpty())
        id.revision = QStringLiteral("?");
    const QString key = ledgerKeyFor(tx.docType, id.docId, id.revision);

    // One query finds this revision (already seen?) and the others (already posted?).
    auto revisions = m_store.ledgerByDocId(tx.docType, id.docId);
    if (!revisions.ok())
        return revisions.error();
    const LedgerRow *existing = nullptr;
    const LedgerRow *postedRevision = nullptr;
    for (const LedgerRow &other : revisions.value()) {
        if (other.key == key)
            existing = &other;
        else if (other.state == LedgerState::Posted)
            postedRevision = &other;
    }
    bool wasQueued = false;
    LedgerRow row;
    if (existing) {
        row = *existing;
        switch (row.state) {
        case LedgerState::Posted:
        case LedgerState::Skipped:
            ++ctx.summary.duplicates;
            return {};
        case LedgerState::Posting: // looked up and retried by recoverInFlight, never posted here
        case LedgerState::Failed:
            return {};
        case LedgerState::Review:
            wasQueued = true;
            break;
        case LedgerState::New:
        case LedgerState::Mapped:
            break;
        }
    } else {
        // First sight. The row is written with its decision below, in this page's transaction.
        row.key = key;
        row.docType = tx.docType;
        row.fisId = tx.id;
        row.docId = id.docId;
        row.revision = id.revision;
        row.idemKey = id.idemKey;
        row.title = id.title;
        row.currency = id.currency;
        row.amount = id.total.toString(2);
        row.document = QJsonDocument(tx.document).toJson(QJsonDocument::Compact);
        row.state = LedgerState::New;
        MLC_TRY(audit(QStringLiteral("fetch"), key, QStringLiteral("FIS %1 %2").arg(tx.id, id.title)));
    }

    if (malformed) {
        accounting::ReviewReason reason;
        reason.code = QStringLiteral("document.malformed");
        reason.message = tx.documentError.isEmpty()
            ? QStringLiteral("The Concur document is incomplete: report/request id, key or revision missing.")
            : QStringLiteral("The Concur document could not be read: %1").arg(tx.documentError);
        return markReview(ctx, row, {reason}, wasQueued);
    }

    // A new revision of a document that is already in B1 must never post a second entry.
    if (postedRevision) {
        accounting::ReviewReason reason;
        reason.code = QStringLiteral("document.changed_after_posting");
        reason.message = QStringLiteral("Changed after posting: revision %1 arrived, revision %2 is already "
                                        "journal entry %3 in B1.")
                             .arg(id.revision, postedRevision->revision)
                             .arg(postedRevision->jdtNum);
        return markReview(ctx, row, {reason}, wasQueued);
    }
    return evaluate(ctx, row, tx.document, wasQueued);
}

Result<void> SyncEngine::evaluate(Context &ctx, LedgerRow row, const QJsonObject &document, bool wasQueued)
{
    const accounting::BuildResult built = ctx.builder->build(row.docType, document, ctx.syncDate);
    MLC_TRY(rememberAutoMatches(ctx, built.autoMatches));
    if (!built.reasons.isEmpty())
        return markReview(ctx, row, built.reasons, wasQueued);
    if (built.postsNothing || !built.entry.has_value()) {
        row.state = LedgerState::Skipped;
        row.skippedBy = QStringLiteral("rules");
        row.skipReason = QStringLiteral("nothing to post (personal expenses only)");
        MLC_TRY(m_store.setBlockers(row.key, {}));
        MLC_TRY(m_store.upsertLedger(row));
        MLC_TRY(audit(QStringLiteral("skip"), row.key, row.skipReason));
        ++ctx.summary.nothingToPost;
        ctx.summary.note(outcomeFor(row, QStringLiteral("nothing-to-post")));
        return {};
    }

    // Persist the intent (payload + hash) before the POST leaves the machine.
    const QByteArray payload = built.entry->toCompactJson(ctx.masterData.amountDecimals);
    row.payload = payload;
    row.payloadHash = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    row.idemKey = built.entry->reference3;
    row.reasons = QJsonArray();
    row.state = LedgerState::Posting;
    row.lastError.clear();
    row.nextRetryAt = QDateTime();
    if (wasQueued)
        MLC_TRY(m_store.setBlockers(row.key, {}));
    MLC_TRY(m_store.upsertLedger(row));
    ctx.pending.append(row);
    return {};
}

// Posts what the current transaction queued. Callers have committed the `posting` intents; the
// outcomes are grouped in one transaction (a crash before it commits leaves rows `posting`, which
// the next cycle looks up in B1 before anything is posted again).
Result<void> SyncEngine::flushPending(Context &ctx, bool final)
{
    // In batch mode only full change sets go out until the end of the cycle.
    while (!ctx.pending.isEmpty() && (final || !m_options.useBatch || ctx.pending.size() >= m_options.batchSize)) {
        if (stopping(ctx)) {
            MLC_TRY(deferUnsent(ctx, ctx.pending));
            ctx.pending.clear();
            break;
        }
        QList<LedgerRow> rows;
        const int n = m_options.useBatch ? qMin<int>(m_options.batchSize, ctx.pending.size()) : ctx.pending.size();
        rows = ctx.pending.mid(0, n);
        ctx.pending.remove(0, n);
        MLC_TRY(m_store.begin());
        auto r = m_options.useBatch ? postBatch(ctx, rows) : postEach(ctx, rows);
        if (!r.ok()) {
            m_store.rollback();
            return r;
        }
        MLC_TRY(m_store.commit());
    }
    return {};
}

Result<void> SyncEngine::postEach(Context &ctx, QList<LedgerRow> &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (stopping(ctx)) // between two POSTs: the stop waits for one request at most
            return deferUnsent(ctx, rows.mid(i));
        MLC_TRY(postOne(ctx, rows[i]));
    }
    return {};
}

bool SyncEngine::stopping(Context &ctx)
{
    if (!m_options.stopRequested || !m_options.stopRequested())
        return false;
    ctx.summary.stoppedEarly = true;
    return true;
}

// Intents whose POST never left because of a stop stay `posting`: the next cycle looks each one up
// in B1 (it will not be there) and posts it then, the same path as after a crash.
Result<void> SyncEngine::deferUnsent(Context &ctx, const QList<LedgerRow> &rows)
{
    for (const LedgerRow &row : rows) {
        MLC_TRY(audit(QStringLiteral("deferred"), row.key,
                      QStringLiteral("not sent: the service is stopping; looked up in B1 and posted next cycle")));
        ctx.summary.note(outcomeFor(row, QStringLiteral("deferred"), QStringLiteral("stop requested before sending")));
    }
    return {};
}

Result<void> SyncEngine::postOne(Context &ctx, LedgerRow &row)
{
    auto posted = m_target.post(row.payload);
    if (posted.ok())
        return markPosted(ctx, row, posted.value(), false);
    const Error &e = posted.error();
    if (e.code == QLatin1String("b1.business")) {
        accounting::ReviewReason reason;
        reason.code = QStringLiteral("b1.rejected");
        reason.message = QStringLiteral("B1 rejected the entry: %1").arg(e.message);
        return markReview(ctx, row, {reason}, false);
    }
    if (e.code == QLatin1String("b1.unknown_outcome"))
        return resolveUnknown(ctx, row, e);
    return markFailed(ctx, row, e);
}

Result<void> SyncEngine::resolveUnknown(Context &ctx, LedgerRow &row, const Error &error)
{
    MLC_TRY(audit(QStringLiteral("error"), row.key,
                  QStringLiteral("outcome unknown, looking up Reference3 %1: %2").arg(row.idemKey, error.toString())));
    auto found = m_target.findByReference3(row.idemKey);
    if (found.ok() && found.value().has_value())
        return markPosted(ctx, row, *found.value(), true);
    // Not found (or B1 unreachable): the request may still be in flight on the server. Keep the
    // row in `posting` and look it up again next cycle before posting anything.
    row.attempts += 1;
    row.lastError = error.toString();
    row.nextRetryAt = now().addSecs(m_options.retryDelaySeconds);
    MLC_TRY(m_store.upsertLedger(row));
    ++ctx.summary.pending;
    ctx.summary.note(outcomeFor(row, QStringLiteral("pending"), row.lastError));
    return {};
}

Result<void> SyncEngine::markPosted(Context &ctx, LedgerRow &row, const PostedRef &ref, bool recovered)
{
    row.state = LedgerState::Posted;
    row.jdtNum = ref.jdtNum;
    row.number = ref.number;
    row.lastError.clear();
    row.nextRetryAt = QDateTime();
    MLC_TRY(m_store.markLedgerPosted(row.key, ref.jdtNum, ref.number));
    MLC_TRY(audit(QStringLiteral("post"), row.key,
                  QStringLiteral("%1 journal entry %2 (number %3), Reference3 %4")
                      .arg(recovered ? QStringLiteral("found existing") : QStringLiteral("posted"))
                      .arg(ref.jdtNum)
                      .arg(ref.number)
                      .arg(row.idemKey)));
    if (recovered)
        ++ctx.summary.recovered;
    else
        ++ctx.summary.posted;
    ctx.summary.note(outcomeFor(row, recovered ? QStringLiteral("recovered") : QStringLiteral("posted")));
    return {};
}

Result<void> SyncEngine::markReview(Context &ctx, LedgerRow &row, const QList<accounting::ReviewReason> &reasons,
                                    bool wasQueued)
{
    const QJsonArray newReasons = reasonsJson(reasons);
    if (wasQueued && row.state == LedgerState::Review && row.reasons == newReasons) {
        ++ctx.summary.stillInReview;
        return {};
    }
    QStringList blockers;
    for (const auto &r : reasons) {
        if (!r.blockerKey.isEmpty() && !blockers.contains(r.blockerKey))
            blockers << r.blockerKey;
    }
    const QString before = QString::fromUtf8(QJsonDocument(row.reasons).toJson(QJsonDocument::Compact));
    row.state = LedgerState::Review;
    row.reasons = newReasons;
    MLC_TRY(m_store.begin());
    auto tx = [&]() -> Result<void> {
        MLC_TRY(m_store.upsertLedger(row));
        MLC_TRY(m_store.setBlockers(row.key, blockers));
        MLC_TRY(audit(QStringLiteral("review"), row.key, reasonsText(reasons), wasQueued ? before : QString(),
                      QString::fromUtf8(QJsonDocument(newReasons).toJson(QJsonDocument::Compact))));
        return {};
    }();
    if (!tx.ok()) {
        m_store.rollback();
        return tx.error();
    }
    MLC_TRY(m_store.commit());
    ++ctx.summary.review;
    ctx.summary.note(outcomeFor(row, QStringLiteral("review"), reasonsText(reasons)));
    return {};
}

Result<void> SyncEngine::markFailed(Context &ctx, LedgerRow &row, const Error &error)
{
    // Nothing reached B1 for sure (connection refused, 429 before processing...): retry with backoff.
    row.attempts += 1;
    qint64 delay = m_options.retryDelaySeconds;
    for (int i = 1; i < row.attempts && delay < m_options.maxRetryDelaySeconds; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, m_options.maxRetryDelaySeconds);
    row.state = LedgerState::Failed;
    row.lastError = error.toString();
    row.nextRetryAt = now().addSecs(delay);
    MLC_TRY(m_store.upsertLedger(row));
    MLC_TRY(audit(QStringLiteral("error"), row.key,
                  QStringLiteral("%1; retry at %2").arg(row.lastError, row.nextRetryAt.toString(Qt::ISODate))));
    ++ctx.summary.failed;
    ctx.summary.note(outcomeFor(row, QStringLiteral("failed"), row.lastError));
    return {};
}

Result<void> SyncEngine::postBatch(Context &ctx, QList<LedgerRow> &rows)
{
    QList<QByteArray> bodies;
    bodies.reserve(rows.size());
    for (const LedgerRow &row : rows)
        bodies.append(row.payload);
    auto outcome = m_target.postBatch(bodies);
    if (outcome.ok() && outcome->failedIndex < 0 && outcome->posted.size() == rows.size()) {
        for (int i = 0; i < rows.size(); ++i)
            MLC_TRY(markPosted(ctx, rows[i], outcome->posted.at(i), false));
        return {};
    }
    if (outcome.ok()) {
        // B1 rolled the change set back: nothing of it was posted. Post one by one so that only
        // the bad entry goes to review.
        qCWarning(lcSync).noquote() << "batch of" << rows.size() << "rejected at entry" << outcome->failedIndex + 1
                                    << outcome->failure.toString();
        MLC_TRY(audit(QStringLiteral("error"), rows.value(qMax(0, outcome->failedIndex)).key,
                      QStringLiteral("batch rejected at entry %1: %2; posting the batch one by one")
                          .arg(outcome->failedIndex + 1)
                          .arg(outcome->failure.message)));
        return postEach(ctx, rows);
    }
    const Error &e = outcome.error();
    qCWarning(lcSync).noquote() << "batch of" << rows.size() << "failed:" << e.toString();
    for (LedgerRow &row : rows) {
        if (e.code == QLatin1String("b1.unknown_outcome"))
            MLC_TRY(resolveUnknown(ctx, row, e));
        else
            MLC_TRY(markFailed(ctx, row, e));
    }
    return {};
}

Result<void> SyncEngine::rememberAutoMatches(Context &ctx, const QList<accounting::AutoMatch> &matches)
{
    for (const accounting::AutoMatch &m : matches) {
        if (ctx.mappings->knownAuto(m.kind, m.sourceKey) == m.target)
            continue;
        store::Mapping mapping;
        mapping.kind = m.kind;
        mapping.sourceKey = m.sourceKey;
        mapping.target = m.target;
        mapping.origin = QStringLiteral("auto:") + m.rule;
        mapping.updatedBy = m_currentActor;
        mapping.updatedAt = now();
        MLC_TRY(m_store.putMapping(mapping));
        MLC_TRY(audit(QStringLiteral("map"), {},
                      QStringLiteral("%1 %2 -> %3 (rule %4)").arg(m.kind, m.sourceKey, m.target, m.rule)));
        ctx.mappings->rememberAuto(m.kind, m.sourceKey, m.target);
    }
    return {};
}

Result<CycleSummary> SyncEngine::reevaluateKeys(const QStringList &ledgerKeys, const QString &actor)
{
    m_currentActor = actor;
    Context ctx;
    MLC_TRY(prepare(ctx));
    for (const QString &key : ledgerKeys) {
        auto row = m_store.ledger(key);
        if (!row.ok())
            return row.error();
        if (!row.value().has_value() || row.value()->state != LedgerState::Review)
            continue;
        LedgerRow r = *row.value();
        const QJsonObject document = QJsonDocument::fromJson(r.document).object();
        // Re-run the whole decision, including the revision check.
        auto revisions = m_store.ledgerByDocId(r.docType, r.docId);
        if (!revisions.ok())
            return revisions.error();
        bool posted = false;
        for (const LedgerRow &other : revisions.value())
            posted = posted || (other.key != r.key && other.state == LedgerState::Posted);
        if (posted) {
            ++ctx.summary.stillInReview;
            continue;
        }
        MLC_TRY(evaluate(ctx, r, document, true));
    }
    MLC_TRY(flushPending(ctx, true));
    ctx.summary.b1Logins = m_target.loginCount();
    ctx.summary.b1Requests = qint64(m_target.requestCount());
    ctx.summary.finishedAt = now();
    m_currentActor = m_options.actor;
    return ctx.summary;
}

Result<CycleSummary> SyncEngine::applyMapping(const store::Mapping &mapping, const QString &actor)
{
    auto before = m_store.mapping(mapping.kind, mapping.sourceKey);
    if (!before.ok())
        return before.error();
    store::Mapping m = mapping;
    m.origin = QStringLiteral("explicit");
    m.updatedBy = actor;
    m.updatedAt = now();
    MLC_TRY(m_store.putMapping(m));
    MLC_TRY(audit(QStringLiteral("mapping"), {}, QStringLiteral("%1 %2").arg(m.kind, m.sourceKey),
                  before.value() ? before.value()->target : QString(), m.target, actor));
    auto keys = m_store.ledgerKeysBlockedBy(m.kind + QLatin1Char('/') + m.sourceKey);
    if (!keys.ok())
        return keys.error();
    return reevaluateKeys(keys.value(), actor);
}

Result<CycleSummary> SyncEngine::retryDocument(const QString &ledgerKey, const QString &actor)
{
    MLC_TRY(audit(QStringLiteral("resolve"), ledgerKey, QStringLiteral("retry requested"), {}, {}, actor));
    return reevaluateKeys({ledgerKey}, actor);
}

Result<void> SyncEngine::skipDocument(const QString &ledgerKey, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("input.invalid"), QStringLiteral("A reason is required to skip a document."));
    auto row = m_store.ledger(ledgerKey);
    if (!row.ok())
        return row.error();
    if (!row.value().has_value())
        return makeError(QStringLiteral("input.not_found"), QStringLiteral("No document %1 in the ledger.").arg(ledgerKey));
    LedgerRow r = *row.value();
    if (r.state != LedgerState::Review && r.state != LedgerState::Failed)
        return makeError(QStringLiteral("input.invalid_state"),
                         QStringLiteral("Document %1 is %2; only queued or failed documents can be skipped.")
                             .arg(ledgerKey, store::toString(r.state)));
    const QString before = store::toString(r.state);
    r.state = LedgerState::Skipped;
    r.skippedBy = actor;
    r.skipReason = reason;
    MLC_TRY(m_store.begin());
    auto tx = [&]() -> Result<void> {
        MLC_TRY(m_store.upsertLedger(r));
        MLC_TRY(m_store.setBlockers(r.key, {}));
        MLC_TRY(audit(QStringLiteral("skip"), r.key, reason, before, store::toString(r.state), actor));
        return {};
    }();
    if (!tx.ok()) {
        m_store.rollback();
        return tx.error();
    }
    return m_store.commit();
}

} // namespace mlc::sync
