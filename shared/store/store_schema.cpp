// Numbered migrations. Never edit a released migration: append a new one (user_version + 1).
// Each list runs in one transaction together with "PRAGMA user_version = n".
#include "store/storeimpl_p.h"

namespace mlc::store {

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
    };
    return all;
}

} // namespace mlc::store
