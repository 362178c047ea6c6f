#pragma once
// The connector's database: ledger (exactly-once state per document revision), review blockers,
// mappings, the hash-chained audit trail and non-secret settings, in SQLite through Qt SQL.
//
// - One writer: the service. The tray opens the same file read-only (QSQLITE_OPEN_READONLY).
// - WAL, synchronous=NORMAL (a commit is durable after a checkpoint/OS flush; a power cut may lose
//   the last commits but never corrupts the file), busy_timeout 5000 ms, foreign_keys ON. A
//   transaction begun with Durability::Full is synced to disk at its COMMIT (synchronous=FULL for
//   that transaction only): the sync engine's `posting` intents, which must survive a power cut.
// - A Store owns one Qt SQL connection, usable only from the thread that opened it (Qt SQL rule):
//   each thread opens its own Store; the connection name carries the thread and a counter.
// - Numbered migrations, each in one transaction, tracked by PRAGMA user_version.
// - Hot statements are prepared once per Store and reused; group writes with begin()/commit().
// - Times are stored as UTC milliseconds since the epoch and returned as UTC QDateTime.
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mlc::store {

enum class LedgerState { New, Mapped, Posting, Posted, Review, Failed, Skipped };
QString toString(LedgerState state); // "new", "mapped", "posting", "posted", "review", "failed", "skipped"
std::optional<LedgerState> ledgerStateFromString(const QString &text);
QList<LedgerState> allLedgerStates();

struct LedgerRow {
    QString key;          // docType|docId|revision  e.g. "expense|D0719B539ED64FE612AB|1"
    QString docType;      // expense | invoice
    QString fisId;        // FIS document id
    QString docId;        // reportId / requestId
    QString revision;
    QString idemKey;      // Reference3 value, <= 27 chars, e.g. "E345R1"
    QString title;        // human label: "W4JPAB Trip to Minneapolis — Anna O'Brien"
    QString currency;
    QString amount;       // document total as canonical decimal text (display only)
    LedgerState state = LedgerState::New;
    QString payloadHash;  // SHA-256 hex of the JE JSON at the time of posting
    QByteArray payload;   // JE JSON (compact) committed with the Posting state
    QByteArray document;  // the Concur document JSON (compact), never lost
    qint64 jdtNum = 0;
    qint64 number = 0;
    QJsonArray reasons;   // review reasons [{code, message, blockerKey, candidates[]}]
    int attempts = 0;
    QDateTime nextRetryAt;
    QString lastError;
    QString skippedBy;    // who closed the row without posting: a user, or "rules" (nothing to post,
    QString skipReason;   // superseded by a newer revision) - and why
    QDateTime createdAt, updatedAt; // set by the store (createdAt kept from the first insert)
    // When B1 rejected the entry (review reason b1.rejected): a fingerprint of the B1 master data and
    // mapping results the entry depended on. The entry is sent again only when it changes (or a
    // person retries), so a rejected entry is not POSTed on every cycle.
    QString rejectedBasis;
};

// A write-back to Concur (issue #10): one per ledger row and step, see sync/writeback.h.
enum class WriteBackState { Pending, Done, Refused, Dismissed };
QString toString(WriteBackState state); // "pending", "done", "refused", "dismissed"
std::optional<WriteBackState> writeBackStateFromString(const QString &text);

struct WriteBack {
    QString ledgerKey;
    QString step;         // "ack", "posting", "payment"
    QString docType;
    QString fisId;        // the FIS document id Concur knows it by
    WriteBackState state = WriteBackState::Pending;
    QJsonObject detail;   // what the step sends beyond the ledger row (posting outcome, payment)
    int attempts = 0;     // sends that ended without Concur's answer for this item
    QDateTime nextAttemptAt; // invalid: due now
    int code = -1;        // Concur's service code of the last answer (-1: none yet)
    QString answer;       // Concur's message, or why the last attempt failed
    QDateTime createdAt, updatedAt; // set by the store
};

// How hard a transaction's COMMIT waits for the disk.
enum class Durability {
    Normal, // synchronous=NORMAL: the last commits may be lost in a power cut (never corrupted)
    Full,   // synchronous=FULL for this transaction: durable once commit() returns
};

struct Mapping {
    QString kind;      // vendor | account | costcenter | currency
    QString sourceKey;
    QString target;
    QString origin;    // "explicit" or "auto:<rule>"
    QString updatedBy;
    QDateTime updatedAt; // set by putMapping when null
};

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actor;   // "service", "cli:<user>", "pipe:<user>"
    QString origin;  // host/pid/peer
    QString action;  // fetch, map, post, error, retry, review, resolve, skip, setting, mapping, secret ...
    QString docKey;
    QString before;
    QString after;
    QString detail;
    QString prevHash;
    QString hash;
};

class Store {
public:
    static constexpr int kSchemaVersion = 5;

    // Opens (and, read-write, creates and migrates) the database at `path`. Read-only fails if the
    // file does not exist or its schema is older than this build's (only the service migrates).
    // Error codes: store.open, store.schema, store.sql, store.busy.
    static Result<std::unique_ptr<Store>> open(const QString &path, bool readOnly = false);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }

    // BEGIN IMMEDIATE (takes the write lock up front, so a read-then-write never fails half-way
    // with SQLITE_BUSY). Nestable: only the outermost commit() commits; rollback() at any depth
    // rolls the whole transaction back, and a later commit() of an outer level then fails.
    // Durability::Full applies to the outermost transaction only (SQLite cannot change it inside
    // one): asking for it inside a Normal transaction fails with store.invalid.
    Result<void> begin(Durability durability = Durability::Normal);
    Result<void> commit();
    void rollback();
    // begin(), fn, then commit() - or rollback() when fn fails (its error is returned).
    Result<void> transaction(const std::function<Result<void>()> &fn, Durability durability = Durability::Normal);
    bool inTransaction() const { return m_txDepth > 0; }
    // PRAGMA synchronous of this connection (1 NORMAL, 2 FULL; -1 on error), for tests and diagnostics.
    int synchronousLevel() const;

    // ledger
    Result<std::optional<LedgerRow>> ledger(const QString &key);
    Result<QList<LedgerRow>> ledgerByDocId(const QString &docType, const QString &docId); // all revisions
    Result<std::optional<LedgerRow>> ledgerByIdemKey(const QString &idemKey);
    Result<void> upsertLedger(const LedgerRow &row); // insert or replace by key; bumps updatedAt
    // Sets an existing row to `posted` with B1's numbers (touches only the outcome columns).
    Result<void> markLedgerPosted(const QString &key, qint64 jdtNum, qint64 number);
    Result<QList<LedgerRow>> ledgerInState(LedgerState state, int limit = -1); // oldest update first
    // One page of the same list, the rows after (afterUpdatedAt, afterKey); an invalid time starts at
    // the beginning. Keyset paging: a row added or removed meanwhile shifts nothing; a row updated
    // meanwhile moves behind the cursor and may come again (readers de-duplicate by key), never skipped.
    Result<QList<LedgerRow>> ledgerInStateAfter(LedgerState state, const QDateTime &afterUpdatedAt,
                                                const QString &afterKey, int limit);
    Result<QHash<QString, int>> ledgerCounts();      // state name -> count (every state, zeros too)

    // review blockers: which documents wait on which mapping key ("vendor/employee:12345AB",
    // "account/6100", "costcenter/1:21-KING"). setBlockers replaces the set for the ledger key.
    Result<void> setBlockers(const QString &ledgerKey, const QStringList &blockerKeys);
    Result<QStringList> blockersOf(const QString &ledgerKey);
    Result<QStringList> ledgerKeysBlockedBy(const QString &blockerKey);

    // mappings
    Result<std::optional<Mapping>> mapping(const QString &kind, const QString &sourceKey);
    Result<QList<Mapping>> mappings(const QString &kind = {});
    Result<void> putMapping(const Mapping &m);
    Result<void> removeMapping(const QString &kind, const QString &sourceKey);
    static QStringList mappingKinds(); // vendor, account, costcenter, currency
    // RFC 4180 (CRLF, quotes doubled, fields with , " CR LF quoted), UTF-8 with a BOM so Excel shows
    // accents; header kind,source,target,origin. The parser accepts LF or CRLF, with or without BOM,
    // and reports the line of the first problem.
    static QString mappingsToCsv(const QList<Mapping> &mappings);
    static Result<QList<Mapping>> mappingsFromCsv(const QByteArray &csv);

    // write-backs to Concur (sync/writeback.h)
    Result<std::optional<WriteBack>> writeBack(const QString &ledgerKey, const QString &step);
    Result<QList<WriteBack>> writeBacksOf(const QString &ledgerKey); // every step, ack first
    Result<void> putWriteBack(const WriteBack &w); // insert or replace by (ledgerKey, step)
    // Pending rows of `step` whose next attempt is due at `now`, oldest first (writeback_due).
    Result<QList<WriteBack>> writeBacksDue(const QString &step, const QDateTime &now, int limit);
    Result<QHash<QString, int>> writeBackCounts(); // "step/state" -> count ("ack/done": 12)
    // Rows of `step` in `state` after `afterKey` by ledger key (paging through them all once).
    Result<QList<WriteBack>> writeBacksInState(const QString &step, WriteBackState state, const QString &afterKey, int limit);

    // audit: append-only (UPDATE/DELETE are refused by triggers), hash-chained:
    // hash = SHA-256(prevHash + canonical fields); the first row's prevHash is 64 zeros.
    Result<AuditEntry> appendAudit(AuditEntry e); // fills seq, at (if null), prevHash, hash
    // The common case of appendAudit: one action by `actor` from `origin`.
    Result<void> appendAuditEvent(const QString &actor, const QString &origin, const QString &action,
                                  const QString &docKey, const QString &detail, const QString &before = {},
                                  const QString &after = {});
    // Entries of one document (or all when docKey is empty), ascending by seq; with a limit, the
    // latest `limit` entries.
    Result<QList<AuditEntry>> audit(const QString &docKey = {}, int limit = -1);
    Result<QList<AuditEntry>> auditAfter(qint64 afterSeq, int limit = 1000); // paging for export
    Result<qint64> verifyAuditChain(); // -1 when intact, else the first bad seq
    // The same check on another connection to the database (the tray's read-only one).
    static Result<qint64> verifyAuditChain(const QSqlDatabase &db);
    static QByteArray auditToCsv(const QList<AuditEntry> &entries);
    static QString auditHash(const AuditEntry &e); // over e.prevHash and the canonical fields

    // settings (non-secret only: a key with a word like password/passwd/pwd or ending in "secret" or
    // "token" - "sapb1/password", "concur/clientSecret", "refresh_token" - is refused with
    // store.secret_setting; "secrets/backend" (which store to use) is allowed)
    Result<QString> setting(const QString &key, const QString &fallback = {});
    Result<void> setSetting(const QString &key, const QString &value);
    Result<void> removeSetting(const QString &key);
    Result<QHash<QString, QString>> settings(const QString &prefix = {});
    static bool looksSecret(const QString &settingKey);

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl, const QString &path, bool readOnly);
    Result<void> migrate();
    void restoreSynchronous(); // back to NORMAL after a Durability::Full transaction

    std::unique_ptr<Impl> d;
    QString m_path;
    bool m_readOnly = false;
    int m_txDepth = 0;
    bool m_txAborted = false;
    bool m_txDurable = false; // the open transaction runs with synchronous=FULL
};

} // namespace mlc::store
