// Numbered migrations. Never edit a released migration: append a new one (user_version + 1).
// Each list runs in one transaction together with "PRAGMA user_version = n".
#include "store/storeimpl_p.h"

namespace mlc::store {

namespace {

// The review reason codes in a ledger row's `reasons` column (a JSON array of objects with a
// "code") as rows of (c): anything else - NULL, invalid JSON, not an array, an element without a
// text code - yields nothing, never an error (a trigger's error would fail the ledger write).
QString reasonCodesFrom(const QString &keyExpr, const QString &reasonsExpr, const QString &from)
{
    return QStringLiteral("SELECT %1 AS k, CASE WHEN r.type = 'object' THEN json_extract(r.value, '$.code') END AS c"
                          " FROM %3json_each(CASE WHEN json_valid(%2) THEN CASE WHEN json_type(%2) = 'array'"
                          " THEN %2 ELSE '[]' END ELSE '[]' END) r")
        .arg(keyExpr, reasonsExpr, from);
}

} // namespace

const QList<QList<QString>> &migrations()
{
    static const QList<QList<QString>> all = {
        // 1: ledger, blockers, mappings, audit, settings.
        {
            // Times are UTC ms since the epoch. payload/document are compact JSON blobs.
            QStringLiteral("CREATE TABLE ledger ("
                           " key TEXT PRIMARY KEY NOT NULL,"
                           " doc_type TEXT NOT NULL, fis_id TEXT, doc_id TEXT NOT NULL, revision TEXT NOT NULL,"
                           " idem_key TEXT, title TEXT, currency TEXT, amount TEXT,"
                           " state TEXT NOT NULL, payload_hash TEXT, payload BLOB, document BLOB,"
                           " jdt_num INTEGER NOT NULL DEFAULT 0, number INTEGER NOT NULL DEFAULT 0,"
                           " reasons TEXT, attempts INTEGER NOT NULL DEFAULT 0, next_retry_at INTEGER,"
                           " last_error TEXT, skipped_by TEXT, skip_reason TEXT,"
                           " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX ledger_by_doc ON ledger(doc_type, doc_id)"),
            QStringLiteral("CREATE INDEX ledger_by_state ON ledger(state, updated_at)"),
            // Reference3 lookups when B1 reports an entry we must tie back to a ledger row.
            QStringLiteral("CREATE INDEX ledger_by_idem ON ledger(idem_key) WHERE idem_key IS NOT NULL AND idem_key <> ''"),
            // Deferred: inside a transaction blockers may be written before their ledger row.
            QStringLiteral("CREATE TABLE ledger_blockers ("
                           " ledger_key TEXT NOT NULL REFERENCES ledger(key) ON DELETE CASCADE"
                           "   DEFERRABLE INITIALLY DEFERRED,"
                           " blocker_key TEXT NOT NULL,"
                           " PRIMARY KEY (ledger_key, blocker_key)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX blockers_by_blocker ON ledger_blockers(blocker_key, ledger_key)"),
            QStringLiteral("CREATE TABLE mappings ("
                           " kind TEXT NOT NULL, source_key TEXT NOT NULL, target TEXT NOT NULL,"
                           " origin TEXT NOT NULL, updated_by TEXT, updated_at INTEGER NOT NULL,"
                           " PRIMARY KEY (kind, source_key)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE audit ("
                           " seq INTEGER PRIMARY KEY NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL,"
                           " origin TEXT, action TEXT NOT NULL, doc_key TEXT, before TEXT, after TEXT,"
                           " detail TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_by_doc ON audit(doc_key, seq)"),
            // Append-only by construction; the hash chain catches whoever drops these triggers.
            QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, updated_at INTEGER NOT NULL)"
                           " WITHOUT ROWID"),
        },
        // 2: what a rejected entry depended on in B1 (sent again only when it changes).
        {
            QStringLiteral("ALTER TABLE ledger ADD COLUMN rejected_basis TEXT"),
        },
        // 3: the review queue as the tray reads it (issue #8: 100,000 queued documents, first page,
        // filters and counts within 200-300 ms). The rows carry the Concur document (kilobytes,
        // stored before reasons and updated_at), so anything that touches every queued row must
        // read an index instead: ledger_queue holds the columns the queue filters and sorts on, in
        // its default order (narrow: the reasons JSON stays out, a page's 200 rows fetch it from
        // the table); the reason codes of review rows are kept in ledger_reasons by triggers
        // (json_each over every row's reasons took a second), so the reason filter and its choices
        // are index lookups. Additive: the writer's statements are unchanged.
        {
            QStringLiteral("CREATE INDEX ledger_queue ON ledger(state, updated_at, key, doc_type, amount, currency, title)"),
            QStringLiteral("CREATE TABLE ledger_reasons ("
                           " ledger_key TEXT NOT NULL, code TEXT NOT NULL,"
                           " PRIMARY KEY (ledger_key, code)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX ledger_reasons_by_code ON ledger_reasons(code, ledger_key)"),
            // Reasons are a JSON array of objects with a "code"; anything else adds nothing (never
            // fails the ledger write that fired the trigger).
            QStringLiteral("CREATE TRIGGER ledger_reasons_insert AFTER INSERT ON ledger WHEN NEW.state = 'review' BEGIN"
                           " INSERT OR IGNORE INTO ledger_reasons (ledger_key, code) SELECT k, c FROM (%1) WHERE typeof(c) = 'text';"
                           " END")
                .arg(reasonCodesFrom(QStringLiteral("NEW.key"), QStringLiteral("NEW.reasons"), QString())),
            QStringLiteral("CREATE TRIGGER ledger_reasons_update AFTER UPDATE OF state, reasons ON ledger"
                           " WHEN OLD.state = 'review' OR NEW.state = 'review' BEGIN"
                           " DELETE FROM ledger_reasons WHERE ledger_key = OLD.key;"
                           " INSERT OR IGNORE INTO ledger_reasons (ledger_key, code) SELECT k, c FROM (%1)"
                           "  WHERE NEW.state = 'review' AND typeof(c) = 'text';"
                           " END")
                .arg(reasonCodesFrom(QStringLiteral("NEW.key"), QStringLiteral("NEW.reasons"), QString())),
            QStringLiteral("CREATE TRIGGER ledger_reasons_delete AFTER DELETE ON ledger WHEN OLD.state = 'review' BEGIN"
                           " DELETE FROM ledger_reasons WHERE ledger_key = OLD.key;"
                           " END"),
            // The rows already queued.
            QStringLiteral("INSERT OR IGNORE INTO ledger_reasons (ledger_key, code) SELECT k, c FROM (%1) WHERE typeof(c) = 'text'")
                .arg(reasonCodesFrom(QStringLiteral("ledger.key"), QStringLiteral("ledger.reasons"), QStringLiteral("ledger, "))
                     + QStringLiteral(" WHERE ledger.state = 'review'")),
        },
        // 4: the review queue sorted by reason (the first reason's code, as the tray shows it)
        // from an index: without it that sort read every queued row's reasons, behind its Concur
        // document (about a second at 100,000 documents). The expression is the tray's sort
        // expression (ReviewQueueModel); it never fails a write (invalid JSON gives '').
        {
            QStringLiteral("CREATE INDEX ledger_queue_by_reason ON ledger(state,"
                           " COALESCE(CASE WHEN json_valid(reasons) THEN json_extract(reasons, '$[0].code') END, ''), key)"),
        },
        // 5: write-backs to Concur (issue #10, setting concur/writeBack): one row per document revision
        // and step (ack, posting, payment), written in the same transaction as the ledger change
        // that calls for it, so a crash between the ledger and Concur loses nothing; sent, retried
        // with backoff and settled by the sync engine (sync/writeback.h). `detail` is what the step
        // sends beyond the ledger row (a posting FAILURE's reason, a payment's reference); `answer`
        // is Concur's last word (or why nothing was sent). Due rows come from writeback_due; a quiet
        // cycle reads no more than them, however many documents are done.
        {
            QStringLiteral("CREATE TABLE writeback ("
                           " ledger_key TEXT NOT NULL, step TEXT NOT NULL,"
                           " doc_type TEXT NOT NULL, fis_id TEXT NOT NULL,"
                           " state TEXT NOT NULL, detail TEXT,"
                           " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER,"
                           " code INTEGER, answer TEXT,"
                           " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                           " PRIMARY KEY (ledger_key, step)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX writeback_due ON writeback(step, state, next_attempt_at)"),
        },
    };
    return all;
}

} // namespace mlc::store
