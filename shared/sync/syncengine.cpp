#include "syncengine.h"

#include "accounting/documentidentity.h"
#include "core/logging.h"
#include "entrybasis.h"
#include "storemappinglookup.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <memory>
#include <optional>

namespace mlc::sync {

using store::LedgerRow;
using store::LedgerState;

struct SyncEngine::Context {
    accounting::MasterData masterData;
    std::unique_ptr<StoreMappingLookup> mappings;
    std::unique_ptr<accounting::PostingSettings> settings;
    std::unique_ptr<accounting::JournalBuilder> builder;
    QDate syncDate;
    QList<LedgerRow> pending; // committed `posting` rows waiting for their POST
    QSet<QString> recovering; // keys in `pending` that were left posting/failed by an earlier cycle
    QHash<QString, QString> resendNote; // key -> why a rejected entry is sent again (for its audit)
    std::unique_ptr<WriteBacks> writeBacks; // write-backs to Concur at the level of concur/writeBack
    QSet<QString> seen; // ledger keys decided this cycle (READY in Concur, or re-considered)
    CycleSummary summary;
};

namespace {

// The review reason of an entry B1 refused, and the blocker that lets a mapping change re-check
// every such entry (ledger_blockers is free text; no mapping has this kind).
const QLatin1String kB1Rejected("b1.rejected");
const QLatin1String kB1RejectedBlocker("b1/rejected");
// How many earlier revision numbers are looked up in B1 by their derived keys when the ledger
// has no row for them (a restored database): revisions are few in practice.
constexpr qint64 kEarlierRevisionsLookedUp = 20;

QString ledgerKeyFor(const QString &docType, const QString &docId, const QString &revision)
{
    return docType + QLatin1Char('|') + docId + QLatin1Char('|') + revision;
}

QString documentKeyOf(const LedgerRow &row)
{
    return row.docType + QLatin1Char('|') + row.docId;
}

// Whether revision `a` is later than revision `b`. Only numbers compare (revisionNumber is a
// counter); "?" of an unreadable document is neither earlier nor later than anything.
bool isLaterRevision(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const qint64 x = a.toLongLong(&okA);
    const qint64 y = b.toLongLong(&okB);
    return okA && okB && x > y;
}

// The latest revision of `revisions` that is later than `row`, or nullptr.
const LedgerRow *latestLaterRevision(const LedgerRow &row, const QList<LedgerRow> &revisions)
{
    const LedgerRow *latest = nullptr;
    for (const LedgerRow &o : revisions) {
        if (o.key != row.key && isLaterRevision(o.revision, row.revision)
            && (!latest || isLaterRevision(o.revision, latest->revision)))
            latest = &o;
    }
    return latest;
}

// Whether the row's journal entry is in B1: posted, or posted and then sent to review because
// Concur refused a write-back about it (it keeps its entry number and never posts again).
bool hasEntryInB1(const LedgerRow &row)
{
    return row.state == LedgerState::Posted || (row.state == LedgerState::Review && row.jdtNum > 0);
}

bool neverSent(const LedgerRow &row)
{
    return !hasEntryInB1(row)
        && (row.state == LedgerState::New || row.state == LedgerState::Mapped || row.state == LedgerState::Review);
}

bool rejectedByB1(const LedgerRow &row)
{
    return row.state == LedgerState::Review && hasReviewReason(row, kB1Rejected);
}

// Keys (-> revision) of the revisions before `row` by number, derived from the document's company
// key the way the builder derives them: a restored database may have lost their rows while B1
// still holds their entries.
QHash<QString, QString> earlierRevisionKeys(const LedgerRow &row)
{
    QHash<QString, QString> keys;
    bool ok = false;
    const qint64 n = row.revision.toLongLong(&ok);
    if (!ok || n <= 1)
        return keys;
    const accounting::DocumentIdentity id = accounting::identify(row.docType, QJsonDocument::fromJson(row.document).object());
    if (id.companyKey.isEmpty())
        return keys;
    for (qint64 k = qMax<qint64>(1, n - kEarlierRevisionsLookedUp); k < n; ++k) {
        const QString key = accounting::idempotencyKey(row.docType, id.companyKey, QString::number(k));
        if (!key.isEmpty())
            keys.insert(key, QString::number(k));
    }
    return keys;
}

accounting::ReviewReason changedAfterPosting(const QString &revision, const QString &postedRevision, qint64 jdtNum)
{
    accounting::ReviewReason reason;
    reason.code = QStringLiteral("document.changed_after_posting");
    reason.message = QStringLiteral("Changed after posting: revision %1 arrived, revision %2 is already "
                                    "journal entry %3 in B1.")
                         .arg(revision, postedRevision)
                         .arg(jdtNum);
    reason.args = QJsonObject{{QStringLiteral("revision"), revision},
                              {QStringLiteral("postedRevision"), postedRevision},
                              {QStringLiteral("jdtNum"), jdtNum}};
    return reason;
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
    ctx.writeBacks = makeWriteBacks(settings.value());
    // The sync's date is the company's (posting/timeZone), like Concur's instants: 8 pm on March 31
    // in New York is already April 1 in UTC. An unknown zone leaves it invalid, and the builder
    // queues the documents that would post on it.
    ctx.syncDate = ctx.settings->timeZone.isValid() ? now().toTimeZone(ctx.settings->timeZone).date() : QDate();
    ctx.summary.startedAt = now();
    return {};
}

std::unique_ptr<WriteBacks> SyncEngine::makeWriteBacks(const QHash<QString, QString> &settings)
{
    WriteBackOptions o;
    const QString level = settings.value(QLatin1String(concur::WriteBackSettingKey));
    o.level = concur::writeBackLevelFromString(level).value_or(concur::WriteBackLevel::Off);
    if (!concur::writeBackLevelFromString(level))
        qCWarning(lcSync).noquote() << "unknown write-back level" << level.left(40) << "in concur/writeBack: nothing is written to Concur";
    o.companyId = settings.value(QStringLiteral("b1/companyDb"));
    o.retryDelaySeconds = m_options.retryDelaySeconds;
    o.maxRetryDelaySeconds = m_options.maxRetryDelaySeconds;
    o.actor = m_currentActor;
    o.clock = m_options.clock;
    o.stopRequested = m_options.stopRequested;
    return std::make_unique<WriteBacks>(m_store, m_options.writeBack, std::move(o));
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
    MLC_TRY(ctx.writeBacks->applyLevel());
    // Acknowledged documents leave the READY queue, so page numbers saved by an earlier cycle
    // no longer point where they did: with write-backs on, every cycle starts at the first page.
    const bool acknowledging = ctx.writeBacks->level() >= concur::WriteBackLevel::Acknowledge;

    for (const QString &docType : m_options.docTypes) {
        if (m_options.stopRequested && m_options.stopRequested()) {
            ctx.summary.stoppedEarly = true;
            break;
        }
        // Where the previous cycle stopped at the page limit (empty: at the start of the queue).
        const QString nextPageKey = QStringLiteral("sync/nextPage/") + docType;
        int firstPage = 0;
        if (m_options.maxPagesPerCycle > 0 && !acknowledging) {
            auto saved = m_store.setting(nextPageKey);
            if (!saved.ok())
                return saved.error();
            firstPage = qMax(0, saved->toInt());
        }
        auto fetched = m_source.forEachReadyFrom(docType, firstPage, m_options.maxPagesPerCycle > 0 ? m_options.maxPagesPerCycle : -1,
                                                 [&](const QList<concur::FisTransaction> &page) -> Result<void> {
            ctx.summary.fetched += page.size();
            // All decisions of a page in one transaction: it commits every `posting` intent
            // before the first POST of the page leaves the machine, synced to disk (a power cut
            // after a POST must not take the intent with it).
            MLC_TRY(m_store.begin(store::Durability::Full));
            for (const concur::FisTransaction &tx : page) {
                QString key;
                auto r = processTransaction(ctx, tx, &key);
                if (r.ok() && acknowledging) {
                    // Committed with the ledger row below: the acknowledgement goes out after it.
                    auto row = m_store.ledger(key);
                    r = !row.ok() ? Result<void>(row.error())
                        : row->has_value() ? ctx.writeBacks->documentSeen(**row) : Result<void>();
                }
                if (!r.ok()) {
                    m_store.rollback();
                    return r;
                }
                ctx.seen.insert(key);
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
            if (next >= 0 && !acknowledging)
                MLC_TRY(m_store.setSetting(nextPageKey, QString::number(next)));
            else if (firstPage > 0 || acknowledging) // went round to the end: the next cycle starts at the beginning
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
    if (acknowledging && !ctx.summary.stoppedEarly) {
        // Acknowledged documents waiting in review are no longer READY in Concur: the ledger holds
        // them, and they are decided again from it like the READY ones.
        MLC_TRY(reconsiderQueued(ctx));
        MLC_TRY(flushPending(ctx, true));
    }
    if (!ctx.summary.stoppedEarly) {
        if (auto sent = ctx.writeBacks->sendDue(ctx.summary); !sent.ok()) {
            if (sent.error().code.startsWith(QLatin1String("store")))
                return sent.error();
            ctx.summary.errors << QStringLiteral("write-back: %1").arg(sent.error().toString());
            ctx.summary.errorCodes << sent.error().code;
            MLC_TRY(audit(QStringLiteral("error"), {}, QStringLiteral("write-back to Concur: ") + sent.error().toString()));
        }
    }
    if (m_options.progress)
        m_options.progress(ctx.summary);
    ctx.summary.b1Logins = m_target.loginCount();
    ctx.summary.b1Requests = qint64(m_target.requestCount());
    ctx.summary.finishedAt = now();
    MLC_TRY(audit(QStringLiteral("cycle"), {},
                  QStringLiteral("fetched %1, posted %2, recovered %3, review %4, failed %5, pending %6%7%8%9")
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
                                     .arg(ctx.summary.pageLimitReached.join(QStringLiteral(", "))))
                      .arg(ctx.summary.concurWrites == 0
                               ? QString()
                               : QStringLiteral("; Concur: acknowledged %1, confirmed %2, payments %3, refused %4, waiting %5")
                                     .arg(ctx.summary.acknowledged)
                                     .arg(ctx.summary.confirmed)
                                     .arg(ctx.summary.paymentsConfirmed)
                                     .arg(ctx.summary.writeBacksRefused)
                                     .arg(ctx.summary.writeBacksWaiting))));
    qCInfo(lcSync).noquote() << "cycle finished:" << ctx.summary.fetched << "fetched," << ctx.summary.posted
                             << "posted," << ctx.summary.review << "to review," << ctx.summary.failed << "failed";
    return ctx.summary;
}

// Documents left `posting` by a crash or an unknown outcome, and `failed` ones whose retry time
// has come: flushPending looks them up in B1 first (one request for many) and posts again only
// those B1 does not have.
Result<void> SyncEngine::recoverInFlight(Context &ctx)
{
    for (LedgerState state : {LedgerState::Posting, LedgerState::Failed}) {
        auto rows = m_store.ledgerInState(state);
        if (!rows.ok())
            return rows.error();
        for (const LedgerRow &row : rows.value()) {
            if (row.nextRetryAt.isValid() && row.nextRetryAt > now()) {
                ++ctx.summary.pending;
                continue;
            }
            ctx.recovering.insert(row.key);
            ctx.pending.append(row);
        }
    }
    return flushPending(ctx, true);
}

Result<void> SyncEngine::processTransaction(Context &ctx, const concur::FisTransaction &tx, QString *keyOut)
{
    accounting::DocumentIdentity id = accounting::identify(tx.docType, tx.document);
    const bool malformed = !tx.documentError.isEmpty() || !id.complete;
    if (id.docId.isEmpty())
        id.docId = QStringLiteral("fis:") + tx.id; // unparseable: keep it, keyed by the FIS id
    if (id.revision.isEmpty())
        id.revision = QStringLiteral("?");
    const QString key = ledgerKeyFor(tx.docType, id.docId, id.revision);
    *keyOut = key;

    // One query finds this revision (already seen?) and the others (already posted? newer?).
    auto revisions = m_store.ledgerByDocId(tx.docType, id.docId);
    if (!revisions.ok())
        return revisions.error();
    const LedgerRow *existing = nullptr;
    const LedgerRow *postedRevision = nullptr;
    for (const LedgerRow &other : revisions.value()) {
        if (other.key == key)
            existing = &other;
        else if (hasEntryInB1(other))
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
            if (WriteBacks::refusedByConcur(row)) { // waits for a person (retry or skip)
                ++ctx.summary.stillInReview;
                return {};
            }
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
        reason.args = tx.documentError.isEmpty()
            ? QJsonObject{{QStringLiteral("case"), QStringLiteral("identity-missing")}}
            : QJsonObject{{QStringLiteral("case"), QStringLiteral("unreadable")}, {QStringLiteral("error"), tx.documentError}};
        return markReview(ctx, row, {reason}, wasQueued);
    }

    auto superseded = settleRevisions(ctx, row, revisions.value());
    if (!superseded.ok())
        return superseded.error();
    if (superseded.value())
        return {};
    // A new revision of a document that is already in B1 must never post a second entry.
    if (postedRevision)
        return markReview(ctx, row, {changedAfterPosting(id.revision, postedRevision->revision, postedRevision->jdtNum)},
                          wasQueued);
    return evaluate(ctx, row, tx.document, wasQueued);
}

// One journal entry per Concur document over all its revisions (design.md §3), decided from the
// ledger: a revision with a later one beside it is closed as superseded (it never posted: the
// callers only pass new or queued rows), and the later revision closes the earlier ones that never
// left the machine. An earlier revision that may be in B1 (posting, failed) is settled against B1
// by screen() before this one posts. Returns true when `row` itself was closed.
Result<bool> SyncEngine::settleRevisions(Context &ctx, LedgerRow &row, const QList<LedgerRow> &revisions)
{
    if (const LedgerRow *later = latestLaterRevision(row, revisions)) {
        MLC_TRY(supersede(ctx, row, later->revision));
        return true;
    }
    for (const LedgerRow &o : revisions) {
        if (o.key != row.key && isLaterRevision(row.revision, o.revision) && neverSent(o))
            MLC_TRY(supersede(ctx, o, row.revision));
    }
    return false;
}

// Closes a revision that never posted because a later one replaced it: `skipped` by the rules,
// out of the review queue, audited.
Result<void> SyncEngine::supersede(Context &ctx, LedgerRow row, const QString &byRevision)
{
    const QString before = store::toString(row.state);
    row.state = LedgerState::Skipped;
    row.skippedBy = QStringLiteral("rules");
    row.skipReason = QStringLiteral("superseded by revision %1").arg(byRevision);
    row.reasons = QJsonArray();
    row.nextRetryAt = QDateTime();
    row.rejectedBasis.clear();
    MLC_TRY(m_store.begin());
    auto tx = [&]() -> Result<void> {
        MLC_TRY(m_store.upsertLedger(row));
        MLC_TRY(m_store.setBlockers(row.key, {}));
        MLC_TRY(audit(QStringLiteral("supersede"), row.key,
                      QStringLiteral("%1: one journal entry per Concur document, revision %2 is the one that posts")
                          .arg(row.skipReason, byRevision),
                      before, store::toString(row.state)));
        return {};
    }();
    if (!tx.ok()) {
        m_store.rollback();
        return tx.error();
    }
    MLC_TRY(m_store.commit());
    ++ctx.summary.superseded;
    ctx.summary.note(outcomeFor(row, QStringLiteral("superseded"), row.skipReason));
    return {};
}

Result<void> SyncEngine::evaluate(Context &ctx, LedgerRow row, const QJsonObject &document, bool wasQueued,
                                  bool force)
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
        MLC_TRY(ctx.writeBacks->outcomeRecorded(row));
        MLC_TRY(audit(QStringLiteral("skip"), row.key, row.skipReason));
        ++ctx.summary.nothingToPost;
        ctx.summary.note(outcomeFor(row, QStringLiteral("nothing-to-post")));
        return {};
    }

    // Persist the intent (payload + hash) before the POST leaves the machine.
    const QByteArray payload = built.entry->toCompactJson(ctx.masterData.amountDecimals);
    // B1 refused this entry before: the same entry on the same master data would be refused again.
    // It waits for a person (force) or a change in what it depends on; no POST, no audit per cycle.
    if (wasQueued && !force && rejectedByB1(row)) {
        if (entryBasis(payload, ctx.masterData) == row.rejectedBasis) {
            ++ctx.summary.stillInReview;
            return {};
        }
        ctx.resendNote.insert(row.key, QStringLiteral("sent again: a mapping or B1 master data it depends on changed"));
    }
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
        auto r = [&]() -> Result<void> {
            auto toSend = screen(ctx, rows);
            if (!toSend.ok())
                return toSend.error();
            if (toSend->isEmpty())
                return {};
            return m_options.useBatch ? postBatch(ctx, toSend.value()) : postEach(ctx, toSend.value());
        }();
        if (!r.ok()) {
            m_store.rollback();
            return r;
        }
        MLC_TRY(m_store.commit());
    }
    return {};
}

// B1 is the source of truth: before anything of `rows` is posted, ONE lookup (split only where
// the URL would grow too long) asks B1 which keys it already holds - each row's own, its other
// revisions' and the derived keys of earlier revision numbers the ledger may have lost. Then, per
// row: already in B1 -> recorded as posted ("found existing"); another revision in B1 -> review
// ("changed after posting") or superseded when that revision is the later one; a later revision
// in the ledger -> superseded; an earlier revision whose POST may still land -> wait for it;
// otherwise the earlier revisions never reached B1 and are closed, and the row is returned to be
// sent. Decisions go into the caller's transaction.
Result<QList<LedgerRow>> SyncEngine::screen(Context &ctx, const QList<LedgerRow> &rows)
{
    QHash<QString, QList<LedgerRow>> revisionsOf;      // docType|docId -> its ledger rows
    QHash<QString, QHash<QString, QString>> earlierOf; // row key -> derived key -> revision
    QStringList keys;
    QSet<QString> asked;
    const auto ask = [&](const QString &key) {
        if (!key.isEmpty() && !asked.contains(key)) {
            asked.insert(key);
            keys.append(key);
        }
    };
    for (const LedgerRow &row : rows) {
        const QString doc = documentKeyOf(row);
        if (!revisionsOf.contains(doc)) {
            auto revisions = m_store.ledgerByDocId(row.docType, row.docId);
            if (!revisions.ok())
                return revisions.error();
            revisionsOf.insert(doc, revisions.value());
        }
        ask(row.idemKey);
        for (const LedgerRow &o : revisionsOf.value(doc))
            ask(o.idemKey);
        const QHash<QString, QString> earlier = earlierRevisionKeys(row);
        for (auto it = earlier.cbegin(); it != earlier.cend(); ++it)
            ask(it.key());
        if (!earlier.isEmpty())
            earlierOf.insert(row.key, earlier);
    }
    auto found = m_target.findAllByReference3(keys);
    if (!found.ok()) {
        // B1 cannot be asked: nothing is sent blind. New intents wait with a backoff like any
        // failure before sending; rows being recovered stay as they are and are asked next cycle.
        for (LedgerRow row : rows) {
            if (ctx.recovering.contains(row.key)) {
                ++ctx.summary.pending;
                ctx.summary.note(outcomeFor(row, QStringLiteral("pending"), found.error().toString()));
            } else {
                MLC_TRY(markFailed(ctx, row, found.error()));
            }
        }
        return QList<LedgerRow>();
    }
    const QHash<QString, PostedRef> &inB1 = found.value();

    QList<LedgerRow> toSend;
    QSet<QString> changedDocs; // documents whose rows this loop changed: read again
    for (const LedgerRow &queued : rows) {
        const QString doc = documentKeyOf(queued);
        if (changedDocs.contains(doc)) {
            auto again = m_store.ledgerByDocId(queued.docType, queued.docId);
            if (!again.ok())
                return again.error();
            revisionsOf.insert(doc, again.value());
            changedDocs.remove(doc);
        }
        const QList<LedgerRow> revisions = revisionsOf.value(doc);
        const LedgerRow *self = nullptr;
        for (const LedgerRow &o : revisions) {
            if (o.key == queued.key)
                self = &o;
        }
        // Settled meanwhile by another row of this document (posted, superseded).
        if (!self || (self->state != LedgerState::Posting && self->state != LedgerState::Failed))
            continue;
        LedgerRow row = *self;

        if (const auto it = inB1.constFind(row.idemKey); it != inB1.cend()) {
            MLC_TRY(markPosted(ctx, row, it.value(), true));
            changedDocs.insert(doc);
            continue;
        }

        QString postedRevision;
        qint64 postedJdtNum = 0;
        for (const LedgerRow &o : revisions) {
            if (o.key == row.key)
                continue;
            if (hasEntryInB1(o)) {
                postedRevision = o.revision;
                postedJdtNum = o.jdtNum;
                break;
            }
            if (const auto it = inB1.constFind(o.idemKey); !o.idemKey.isEmpty() && it != inB1.cend()) {
                LedgerRow other = o;
                MLC_TRY(markPosted(ctx, other, it.value(), true));
                postedRevision = o.revision;
                postedJdtNum = it->jdtNum;
                break;
            }
        }
        if (postedRevision.isEmpty()) {
            const QHash<QString, QString> earlier = earlierOf.value(row.key);
            for (auto it = earlier.cbegin(); it != earlier.cend(); ++it) {
                if (const auto hit = inB1.constFind(it.key()); hit != inB1.cend()) {
                    postedRevision = it.value();
                    postedJdtNum = hit->jdtNum;
                    break;
                }
            }
        }
        if (!postedRevision.isEmpty()) {
            changedDocs.insert(doc);
            if (isLaterRevision(postedRevision, row.revision))
                MLC_TRY(supersede(ctx, row, postedRevision));
            else
                MLC_TRY(markReview(ctx, row, {changedAfterPosting(row.revision, postedRevision, postedJdtNum)}, false));
            continue;
        }

        if (const LedgerRow *later = latestLaterRevision(row, revisions)) {
            MLC_TRY(supersede(ctx, row, later->revision));
            changedDocs.insert(doc);
            continue;
        }

        // An earlier revision's POST had an unknown outcome and may still land in B1: this
        // revision waits until that one is looked up again (both are then asked together).
        const LedgerRow *inFlight = nullptr;
        for (const LedgerRow &o : revisions) {
            if (o.key != row.key && isLaterRevision(row.revision, o.revision) && o.state == LedgerState::Posting
                && o.nextRetryAt.isValid() && o.nextRetryAt > now()
                && (!inFlight || o.nextRetryAt > inFlight->nextRetryAt))
                inFlight = &o;
        }
        if (inFlight) {
            row.nextRetryAt = inFlight->nextRetryAt;
            row.lastError = QStringLiteral("waiting for revision %1, whose outcome in B1 is not known yet")
                                .arg(inFlight->revision);
            MLC_TRY(m_store.upsertLedger(row));
            MLC_TRY(audit(QStringLiteral("wait"), row.key,
                          QStringLiteral("%1; looked up again after %2")
                              .arg(row.lastError, row.nextRetryAt.toString(Qt::ISODate))));
            ++ctx.summary.pending;
            ctx.summary.note(outcomeFor(row, QStringLiteral("pending"), row.lastError));
            changedDocs.insert(doc);
            continue;
        }

        // A revision that cannot be ordered against this one (a revisionNumber that is not a
        // number) may be the newer one: posting either could make two entries for one document,
        // so a person decides which one posts. An unreadable revision ("?") never posts.
        const LedgerRow *unordered = nullptr;
        for (const LedgerRow &o : revisions) {
            if (o.key != row.key && o.state != LedgerState::Skipped && o.revision != QLatin1String("?")
                && !isLaterRevision(row.revision, o.revision) && !isLaterRevision(o.revision, row.revision))
                unordered = &o;
        }
        if (unordered) {
            accounting::ReviewReason reason;
            reason.code = QStringLiteral("document.revisions_unordered");
            reason.message = QStringLiteral("Revisions %1 and %2 of this document cannot be put in order (a revision "
                                            "number is not a number), so either could be the current one. Skip the "
                                            "revision that must not post, then retry the other.")
                                 .arg(row.revision, unordered->revision);
            reason.args = QJsonObject{{QStringLiteral("revision"), row.revision},
                                      {QStringLiteral("otherRevision"), unordered->revision}};
            MLC_TRY(markReview(ctx, row, {reason}, row.state == LedgerState::Review));
            changedDocs.insert(doc);
            continue;
        }

        // B1 holds no revision of the document: the earlier ones never reached it.
        for (const LedgerRow &o : revisions) {
            if (o.key != row.key && isLaterRevision(row.revision, o.revision) && !hasEntryInB1(o)
                && o.state != LedgerState::Skipped) {
                MLC_TRY(supersede(ctx, o, row.revision));
                changedDocs.insert(doc);
            }
        }
        if (ctx.recovering.contains(row.key))
            MLC_TRY(audit(QStringLiteral("retry"), row.key,
                          QStringLiteral("not in B1 (Reference3 %1): posting again").arg(row.idemKey)));
        toSend.append(row);
    }
    return toSend;
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
        reason.code = kB1Rejected;
        reason.message = QStringLiteral("B1 rejected the entry: %1").arg(e.message);
        reason.args = QJsonObject{{QStringLiteral("b1Message"), e.message}};
        // What it depended on when refused: it is sent again once that changes (or on a retry).
        row.rejectedBasis = entryBasis(row.payload, ctx.masterData);
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
    row.rejectedBasis.clear();
    MLC_TRY(m_store.markLedgerPosted(row.key, ref.jdtNum, ref.number));
    MLC_TRY(ctx.writeBacks->outcomeRecorded(row));
    const QString note = ctx.resendNote.take(row.key);
    MLC_TRY(audit(QStringLiteral("post"), row.key,
                  QStringLiteral("%1 journal entry %2 (number %3), Reference3 %4%5")
                      .arg(recovered ? QStringLiteral("found existing") : QStringLiteral("posted"))
                      .arg(ref.jdtNum)
                      .arg(ref.number)
                      .arg(row.idemKey, note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(note))));
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
    bool rejected = false;
    for (const auto &r : reasons) {
        if (!r.blockerKey.isEmpty() && !blockers.contains(r.blockerKey))
            blockers << r.blockerKey;
        rejected = rejected || r.code == kB1Rejected;
    }
    // A rejected entry is re-checked whenever a mapping changes (it may depend on it).
    if (rejected)
        blockers << kB1RejectedBlocker;
    else
        row.rejectedBasis.clear();
    const QString note = ctx.resendNote.take(row.key);
    const QString before = QString::fromUtf8(QJsonDocument(row.reasons).toJson(QJsonDocument::Compact));
    row.state = LedgerState::Review;
    row.reasons = newReasons;
    MLC_TRY(m_store.begin());
    auto tx = [&]() -> Result<void> {
        MLC_TRY(m_store.upsertLedger(row));
        MLC_TRY(m_store.setBlockers(row.key, blockers));
        MLC_TRY(ctx.writeBacks->outcomeRecorded(row)); // a document that can never post: FAILURE
        MLC_TRY(audit(QStringLiteral("review"), row.key,
                      note.isEmpty() ? reasonsText(reasons) : QStringLiteral("%1 (%2)").arg(reasonsText(reasons), note),
                      wasQueued ? before : QString(),
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

// Decides a queued document again from the ledger, with the whole decision's revision rules.
// A document whose write-back Concur refused waits for a person instead.
Result<void> SyncEngine::reconsider(Context &ctx, LedgerRow r, bool force)
{
    ctx.seen.insert(r.key);
    // Waits for a person: Concur refused a write-back, or the document can never post as stored
    // (malformed: decided when it was read; only a new revision from Concur can change that).
    if (WriteBacks::refusedByConcur(r) || r.jdtNum > 0 || hasReviewReason(r, QStringLiteral("document.malformed"))) {
        ++ctx.summary.stillInReview;
        return {};
    }
    auto revisions = m_store.ledgerByDocId(r.docType, r.docId);
    if (!revisions.ok())
        return revisions.error();
    auto superseded = settleRevisions(ctx, r, revisions.value());
    if (!superseded.ok())
        return superseded.error();
    if (superseded.value())
        return {};
    for (const LedgerRow &other : revisions.value()) {
        if (other.key != r.key && hasEntryInB1(other)) {
            ++ctx.summary.stillInReview;
            return {};
        }
    }
    return evaluate(ctx, r, QJsonDocument::fromJson(r.document).object(), true, force);
}

// With write-backs on, documents waiting in review have been acknowledged and are no longer in
// Concur's READY queue: every queued one this cycle did not meet there is decided again from the
// ledger (a mapping or B1's master data may have changed), a page at a time.
Result<void> SyncEngine::reconsiderQueued(Context &ctx)
{
    QDateTime afterAt;
    QString afterKey;
    for (;;) {
        if (stopping(ctx))
            return {};
        auto page = m_store.ledgerInStateAfter(LedgerState::Review, afterAt, afterKey, 200);
        if (!page.ok())
            return page.error();
        if (page->isEmpty())
            return {};
        afterAt = page->last().updatedAt;
        afterKey = page->last().key;
        MLC_TRY(m_store.begin(store::Durability::Full));
        auto decided = [&]() -> Result<void> {
            for (const LedgerRow &row : page.value()) {
                if (!ctx.seen.contains(row.key))
                    MLC_TRY(reconsider(ctx, row, false));
            }
            return {};
        }();
        if (!decided.ok()) {
            m_store.rollback();
            return decided.error();
        }
        MLC_TRY(m_store.commit());
        MLC_TRY(flushPending(ctx, false));
    }
}

Result<CycleSummary> SyncEngine::reevaluateKeys(const QStringList &ledgerKeys, const QString &actor, bool force)
{
    m_currentActor = actor;
    Context ctx;
    MLC_TRY(prepare(ctx));
    // The decisions, `posting` intents included, commit durably before the first POST.
    MLC_TRY(m_store.begin(store::Durability::Full));
    auto decided = [&]() -> Result<void> {
        for (const QString &key : ledgerKeys) {
            auto row = m_store.ledger(key);
            if (!row.ok())
                return row.error();
            if (!row.value().has_value() || row.value()->state != LedgerState::Review)
                continue;
            MLC_TRY(reconsider(ctx, *row.value(), force));
        }
        return {};
    }();
    if (!decided.ok()) {
        m_store.rollback();
        return decided.error();
    }
    MLC_TRY(m_store.commit());
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
    return reevaluateBlockedBy(m.kind + QLatin1Char('/') + m.sourceKey, actor);
}

Result<CycleSummary> SyncEngine::reevaluateBlockedBy(const QString &blockerKey, const QString &actor)
{
    auto keys = m_store.ledgerKeysBlockedBy(blockerKey);
    if (!keys.ok())
        return keys.error();
    // Entries B1 rejected may depend on this mapping too: each is sent again only if its entry
    // now depends on something else (entrybasis.h).
    auto rejected = m_store.ledgerKeysBlockedBy(kB1RejectedBlocker);
    if (!rejected.ok())
        return rejected.error();
    QStringList all = keys.value();
    for (const QString &k : rejected.value()) {
        if (!all.contains(k))
            all << k;
    }
    return reevaluateKeys(all, actor, false);
}

Result<CycleSummary> SyncEngine::removeMapping(const QString &kind, const QString &sourceKey, const QString &actor)
{
    auto before = m_store.mapping(kind, sourceKey);
    if (!before.ok())
        return before.error();
    if (!before.value())
        return makeError(QStringLiteral("input.not_found"), QStringLiteral("There is no %1 mapping for %2.").arg(kind, sourceKey));
    MLC_TRY(m_store.removeMapping(kind, sourceKey));
    MLC_TRY(audit(QStringLiteral("mapping"), {}, QStringLiteral("%1 %2 deleted").arg(kind, sourceKey),
                  before.value()->target, QString(), actor));
    return reevaluateBlockedBy(kind + QLatin1Char('/') + sourceKey, actor);
}

Result<CycleSummary> SyncEngine::retryDocument(const QString &ledgerKey, const QString &actor)
{
    auto row = m_store.ledger(ledgerKey);
    if (!row.ok())
        return row.error();
    if (row->has_value() && WriteBacks::refusedByConcur(**row)) {
        // Concur refused a write-back about it: that is what is sent again (next cycle).
        auto settings = m_store.settings();
        if (!settings.ok())
            return settings.error();
        m_currentActor = actor;
        MLC_TRY(makeWriteBacks(settings.value())->retryRefused(ledgerKey, actor));
        m_currentActor = m_options.actor;
        CycleSummary summary;
        summary.startedAt = summary.finishedAt = now();
        summary.stillInReview = (*row)->reasons.size() > 1 ? 1 : 0;
        return summary;
    }
    MLC_TRY(audit(QStringLiteral("resolve"), ledgerKey, QStringLiteral("retry requested"), {}, {}, actor));
    return reevaluateKeys({ledgerKey}, actor, true);
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
    auto settings = m_store.settings();
    if (!settings.ok())
        return settings.error();
    m_currentActor = actor;
    const std::unique_ptr<WriteBacks> writeBacks = makeWriteBacks(settings.value());
    m_currentActor = m_options.actor;
    if (WriteBacks::refusedByConcur(r))
        return writeBacks->dismissRefused(ledgerKey, reason, actor);
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
        MLC_TRY(writeBacks->outcomeRecorded(r)); // Concur hears it will not post (FAILURE, with the reason)
        MLC_TRY(audit(QStringLiteral("skip"), r.key, reason, before, store::toString(r.state), actor));
        return {};
    }();
    if (!tx.ok()) {
        m_store.rollback();
        return tx.error();
    }
    return m_store.commit();
}

Result<void> SyncEngine::markPaid(const QString &ledgerKey, const Payment &payment, const QString &actor)
{
    auto row = m_store.ledger(ledgerKey);
    if (!row.ok())
        return row.error();
    if (!row->has_value())
        return makeError(QStringLiteral("input.not_found"), QStringLiteral("No document %1 in the ledger.").arg(ledgerKey));
    auto settings = m_store.settings();
    if (!settings.ok())
        return settings.error();
    return m_store.transaction([&] { return makeWriteBacks(settings.value())->paid(**row, payment, actor); });
}

} // namespace mlc::sync
