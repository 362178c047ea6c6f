// Opening, migrations, transactions and the prepared-statement cache.
#include "store/store.h"
#include "store/storeimpl_p.h"

#include "core/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace mlc::store {

namespace {

const char *sqlText(Stmt s)
{
    switch (s) {
    case Stmt::Begin: return "BEGIN IMMEDIATE";
    case Stmt::Commit: return "COMMIT";
    case Stmt::Rollback: return "ROLLBACK";
#define LEDGER_COLUMNS                                                                                          \
    "key, doc_type, fis_id, doc_id, revision, idem_key, title, currency, amount, state, payload_hash, payload," \
    " document, jdt_num, number, reasons, attempts, next_retry_at, last_error, skipped_by, skip_reason,"        \
    " created_at, updated_at, rejected_basis"
    case Stmt::LedgerGet: return "SELECT " LEDGER_COLUMNS " FROM ledger WHERE key = ?";
    case Stmt::LedgerByDoc:
        return "SELECT " LEDGER_COLUMNS " FROM ledger WHERE doc_type = ? AND doc_id = ? ORDER BY created_at, key";
    case Stmt::LedgerByIdem:
        return "SELECT " LEDGER_COLUMNS " FROM ledger WHERE idem_key = ? AND idem_key <> '' ORDER BY updated_at DESC LIMIT 1";
    case Stmt::LedgerUpsert:
        return "INSERT INTO ledger (" LEDGER_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
               " ON CONFLICT(key) DO UPDATE SET doc_type = excluded.doc_type, fis_id = excluded.fis_id,"
               " doc_id = excluded.doc_id, revision = excluded.revision, idem_key = excluded.idem_key,"
               " title = excluded.title, currency = excluded.currency, amount = excluded.amount,"
               " state = excluded.state, payload_hash = excluded.payload_hash, payload = excluded.payload,"
               " document = excluded.document, jdt_num = excluded.jdt_num, number = excluded.number,"
               " reasons = excluded.reasons, attempts = excluded.attempts, next_retry_at = excluded.next_retry_at,"
               " last_error = excluded.last_error, skipped_by = excluded.skipped_by,"
               " skip_reason = excluded.skip_reason, updated_at = excluded.updated_at,"
               " rejected_basis = excluded.rejected_basis";
    case Stmt::LedgerMarkPosted:
        // The hot path after every successful POST: only the outcome columns change.
        return "UPDATE ledger SET state = 'posted', jdt_num = ?, number = ?, last_error = NULL,"
               " next_retry_at = NULL, rejected_basis = NULL, updated_at = ? WHERE key = ?";
    case Stmt::LedgerInState:
        // SQLite treats a negative LIMIT as "no limit".
        return "SELECT " LEDGER_COLUMNS " FROM ledger WHERE state = ? ORDER BY updated_at, key LIMIT ?";
    case Stmt::LedgerInStateAfter:
        // Keyset paging in the same order (index ledger_by_state).
        return "SELECT " LEDGER_COLUMNS " FROM ledger WHERE state = ? AND (updated_at > ? OR (updated_at = ? AND key > ?))"
               " ORDER BY updated_at, key LIMIT ?";
#undef LEDGER_COLUMNS
    case Stmt::LedgerCounts: return "SELECT state, COUNT(*) FROM ledger GROUP BY state";
#define WRITEBACK_COLUMNS "ledger_key, step, doc_type, fis_id, state, detail, attempts, next_attempt_at, code, answer, created_at, updated_at"
    case Stmt::WriteBackGet: return "SELECT " WRITEBACK_COLUMNS " FROM writeback WHERE ledger_key = ? AND step = ?";
    case Stmt::WriteBackOf:
        return "SELECT " WRITEBACK_COLUMNS " FROM writeback WHERE ledger_key = ?"
               " ORDER BY CASE step WHEN 'ack' THEN 0 WHEN 'posting' THEN 1 ELSE 2 END";
    case Stmt::WriteBackPut:
        return "INSERT INTO writeback (" WRITEBACK_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
               " ON CONFLICT (ledger_key, step) DO UPDATE SET doc_type = excluded.doc_type, fis_id = excluded.fis_id,"
               " state = excluded.state, detail = excluded.detail, attempts = excluded.attempts,"
               " next_attempt_at = excluded.next_attempt_at, code = excluded.code, answer = excluded.answer,"
               " updated_at = excluded.updated_at";
    case Stmt::WriteBackDue:
        return "SELECT " WRITEBACK_COLUMNS " FROM writeback WHERE step = ? AND state = 'pending'"
               " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY next_attempt_at, ledger_key LIMIT ?";
    case Stmt::WriteBackCounts: return "SELECT step, state, COUNT(*) FROM writeback GROUP BY step, state";
    case Stmt::WriteBackInState:
        return "SELECT " WRITEBACK_COLUMNS " FROM writeback WHERE step = ? AND state = ? AND ledger_key > ?"
               " ORDER BY ledger_key LIMIT ?";
#undef WRITEBACK_COLUMNS
    case Stmt::BlockersDelete: return "DELETE FROM ledger_blockers WHERE ledger_key = ?";
    case Stmt::BlockersInsert: return "INSERT OR IGNORE INTO ledger_blockers (ledger_key, blocker_key) VALUES (?, ?)";
    case Stmt::BlockersOf: return "SELECT blocker_key FROM ledger_blockers WHERE ledger_key = ? ORDER BY blocker_key";
    case Stmt::BlockedBy: return "SELECT ledger_key FROM ledger_blockers WHERE blocker_key = ? ORDER BY ledger_key";
    case Stmt::MappingGet:
        return "SELECT kind, source_key, target, origin, updated_by, updated_at FROM mappings"
               " WHERE kind = ? AND source_key = ?";
    case Stmt::MappingsAll:
        return "SELECT kind, source_key, target, origin, updated_by, updated_at FROM mappings ORDER BY kind, source_key";
    case Stmt::MappingsKind:
        return "SELECT kind, source_key, target, origin, updated_by, updated_at FROM mappings WHERE kind = ?"
               " ORDER BY source_key";
    case Stmt::MappingPut:
        return "INSERT INTO mappings (kind, source_key, target, origin, updated_by, updated_at) VALUES (?,?,?,?,?,?)"
               " ON CONFLICT(kind, source_key) DO UPDATE SET target = excluded.target, origin = excluded.origin,"
               " updated_by = excluded.updated_by, updated_at = excluded.updated_at";
    case Stmt::MappingRemove: return "DELETE FROM mappings WHERE kind = ? AND source_key = ?";
#define AUDIT_COLUMNS "seq, at, actor, origin, action, doc_key, before, after, detail, prev_hash, hash"
    case Stmt::AuditLast: return "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1";
    case Stmt::AuditInsert: return "INSERT INTO audit (" AUDIT_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    case Stmt::AuditLatest:
        return "SELECT * FROM (SELECT " AUDIT_COLUMNS " FROM audit ORDER BY seq DESC LIMIT ?) ORDER BY seq";
    case Stmt::AuditLatestDoc:
        return "SELECT * FROM (SELECT " AUDIT_COLUMNS " FROM audit WHERE doc_key = ? ORDER BY seq DESC LIMIT ?)"
               " ORDER BY seq";
    case Stmt::AuditAfter: return "SELECT " AUDIT_COLUMNS " FROM audit WHERE seq > ? ORDER BY seq LIMIT ?";
#undef AUDIT_COLUMNS
    case Stmt::SettingGet: return "SELECT value FROM settings WHERE key = ?";
    case Stmt::SettingPut:
        return "INSERT INTO settings (key, value, updated_at) VALUES (?,?,?)"
               " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
    case Stmt::SettingRemove: return "DELETE FROM settings WHERE key = ?";
    case Stmt::SettingsAll: return "SELECT key, value FROM settings ORDER BY key";
    case Stmt::Count: break;
    }
    return "";
}

QString nextConnectionName()
{
    // Qt SQL connections are per thread; the name records which thread owns this one.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mlc-store-%1-%2")
        .arg(quintptr(QThread::currentThreadId()), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1) + 1);
}

Error makeSqlError(const QSqlError &e, const QString &what)
{
    const QString native = e.nativeErrorCode();
    const QString detail = what + QStringLiteral(": ") + e.text()
        + (native.isEmpty() ? QString() : QStringLiteral(" [sqlite ") + native + QLatin1Char(']'));
    // Qt reports SQLite's primary result code: 5 BUSY, 6 LOCKED, 8 READONLY, 19 CONSTRAINT.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return makeError(QStringLiteral("store.busy"), QStringLiteral("The database is busy; try again."), detail);
    if (native == QLatin1String("8"))
        return makeError(QStringLiteral("store.read_only"), QStringLiteral("The database is open read-only."), detail);
    if (native == QLatin1String("19"))
        return makeError(QStringLiteral("store.constraint"),
                         QStringLiteral("The change conflicts with data already in the database."), detail);
    return makeError(QStringLiteral("store.sql"), QStringLiteral("A database operation failed."), detail);
}

} // namespace

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return makeSqlError(q.lastError(), what);
}

Error sqlError(const QSqlDatabase &db, const QString &what)
{
    return makeSqlError(db.lastError(), what);
}

Error readOnlyError()
{
    return makeError(QStringLiteral("store.read_only"),
                     QStringLiteral("The database is open read-only; changes go through the service."));
}

Result<void> execStmt(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(q, what);
    return {};
}

Result<QSqlQuery *> Store::Impl::stmt(Stmt s)
{
    auto &slot = stmts[size_t(s)];
    if (!slot) {
        auto q = std::make_unique<QSqlQuery>(db);
        q->setForwardOnly(true);
        if (!q->prepare(QString::fromLatin1(sqlText(s))))
            return sqlError(*q, QStringLiteral("prepare"));
        slot = std::move(q);
    }
    return slot.get();
}

Result<void> Store::Impl::execRaw(const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q, sql.left(60));
    return {};
}

Result<QVariant> Store::Impl::scalar(const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q, sql);
    return q.next() ? q.value(0) : QVariant();
}

Store::Store(std::unique_ptr<Impl> impl, const QString &path, bool readOnly)
    : d(std::move(impl)), m_path(path), m_readOnly(readOnly)
{
}

Store::~Store()
{
    if (m_txDepth > 0)
        rollback();
    // Queries and the QSqlDatabase handle must be gone before the connection is removed.
    for (auto &s : d->stmts)
        s.reset();
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("The Qt SQLite driver is missing (install libqt6sql6-sqlite or deploy "
                                        "sqldrivers/qsqlite)."));
    if (path.isEmpty())
        return makeError(QStringLiteral("store.open"), QStringLiteral("No database path is configured."));
    const QFileInfo info(path);
    if (readOnly && !info.exists())
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("The database %1 does not exist yet; start the service first.").arg(path));
    if (!readOnly && !QDir().mkpath(info.absolutePath()))
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("Cannot create the database folder %1.").arg(info.absolutePath()));

    auto impl = std::make_unique<Impl>();
    impl->connectionName = nextConnectionName();
    impl->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), impl->connectionName);
    impl->db.setDatabaseName(path);
    impl->db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    // From here the Store's destructor removes the connection on every error path.
    std::unique_ptr<Store> store(new Store(std::move(impl), path, readOnly));
    Impl &d = *store->d;
    if (!d.db.open())
        return makeError(QStringLiteral("store.open"), QStringLiteral("Cannot open the database %1.").arg(path),
                         d.db.lastError().text());

    if (auto r = d.execRaw(QStringLiteral("PRAGMA busy_timeout = 5000")); !r.ok())
        return r.error();
    if (auto r = d.execRaw(QStringLiteral("PRAGMA foreign_keys = ON")); !r.ok())
        return r.error();
    if (readOnly) {
        if (auto r = d.execRaw(QStringLiteral("PRAGMA query_only = ON")); !r.ok())
            return r.error();
    } else {
        // WAL lets the tray (and other threads) read while the service writes.
        auto mode = d.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode.ok())
            return mode.error();
        if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << "journal_mode WAL not available for" << path << "- got" << mode->toString();
        if (auto r = d.execRaw(QStringLiteral("PRAGMA synchronous = NORMAL")); !r.ok())
            return r.error();
        // A fixed 8 MiB page cache for the writer (SQLite's default is 2 MiB): the ledger's
        // indexes are keyed by random document ids, so a larger cache saves re-reading pages as
        // the ledger grows, while memory stays bounded however many documents pass.
        if (auto r = d.execRaw(QStringLiteral("PRAGMA cache_size = -8192")); !r.ok())
            return r.error();
    }
    if (auto r = store->migrate(); !r.ok())
        return r.error();
    return Result<std::unique_ptr<Store>>(std::move(store));
}

int Store::schemaVersion() const
{
    auto v = d->scalar(QStringLiteral("PRAGMA user_version"));
    return v.ok() ? v->toInt() : -1;
}

Result<void> Store::migrate()
{
    const auto &all = migrations();
    const int target = int(all.size());
    Q_ASSERT(target == kSchemaVersion);
    int current = schemaVersion();
    if (current < 0)
        return makeError(QStringLiteral("store.open"),
                         QStringLiteral("%1 is not a readable SQLite database.").arg(m_path),
                         d->db.lastError().text());
    if (current > target)
        return makeError(QStringLiteral("store.schema"),
                         QStringLiteral("The database was written by a newer ml-connector (schema %1, this build "
                                        "knows %2); refusing to use it.")
                             .arg(current)
                             .arg(target));
    if (current == target)
        return {};
    if (m_readOnly)
        return makeError(QStringLiteral("store.schema"),
                         QStringLiteral("The database schema is %1 but %2 is needed; start the service to upgrade it.")
                             .arg(current)
                             .arg(target));
    while (current < target) {
        const int next = current + 1;
        if (auto r = d->execRaw(QStringLiteral("BEGIN IMMEDIATE")); !r.ok())
            return r.error();
        // Another process may have migrated while we waited for the write lock.
        auto now = d->scalar(QStringLiteral("PRAGMA user_version"));
        if (!now.ok() || now->toInt() != current) {
            d->execRaw(QStringLiteral("ROLLBACK"));
            if (!now.ok())
                return now.error();
            current = now->toInt();
            if (current > target)
                return makeError(QStringLiteral("store.schema"), QStringLiteral("The database schema changed while opening."));
            continue;
        }
        Result<void> step;
        for (const QString &sql : all.at(current)) {
            step = d->execRaw(sql);
            if (!step.ok())
                break;
        }
        if (step.ok())
            step = d->execRaw(QStringLiteral("PRAGMA user_version = %1").arg(next));
        if (step.ok())
            step = d->execRaw(QStringLiteral("COMMIT"));
        if (!step.ok()) {
            d->execRaw(QStringLiteral("ROLLBACK"));
            return makeError(QStringLiteral("store.schema"),
                             QStringLiteral("Upgrading the database to schema %1 failed; nothing was changed.").arg(next),
                             step.error().detail);
        }
        qCInfo(lcStore) << "database" << m_path << "migrated to schema" << next;
        current = next;
    }
    return {};
}

Result<void> Store::begin(Durability durability)
{
    if (m_readOnly)
        return readOnlyError();
    const bool full = durability == Durability::Full;
    if (m_txDepth > 0) {
        if (full && !m_txDurable)
            return makeError(QStringLiteral("store.invalid"),
                             QStringLiteral("A durable transaction cannot be nested in an ordinary one."));
        ++m_txDepth;
        return {};
    }
    // SQLite refuses to change the safety level inside a transaction: set it before BEGIN.
    if (full) {
        if (auto r = d->execRaw(QStringLiteral("PRAGMA synchronous = FULL")); !r.ok())
            return r;
    }
    auto q = d->stmt(Stmt::Begin);
    Result<void> r = q.ok() ? execStmt(**q, QStringLiteral("begin")) : Result<void>(q.error());
    if (!r.ok()) {
        if (full)
            restoreSynchronous();
        return r;
    }
    m_txDepth = 1;
    m_txAborted = false;
    m_txDurable = full;
    return {};
}

void Store::restoreSynchronous()
{
    m_txDurable = false;
    // On failure the connection stays on FULL: slower, never less safe.
    if (auto r = d->execRaw(QStringLiteral("PRAGMA synchronous = NORMAL")); !r.ok())
        qCWarning(lcStore).noquote() << "could not return to synchronous=NORMAL:" << r.error().detail;
}

int Store::synchronousLevel() const
{
    auto v = d->scalar(QStringLiteral("PRAGMA synchronous"));
    return v.ok() ? v->toInt() : -1;
}

Result<void> Store::transaction(const std::function<Result<void>()> &fn, Durability durability)
{
    if (auto r = begin(durability); !r.ok())
        return r;
    if (auto r = fn(); !r.ok()) {
        rollback();
        return r;
    }
    return commit();
}

Result<void> Store::commit()
{
    if (m_txDepth == 0) {
        if (m_txAborted) {
            m_txAborted = false;
            return makeError(QStringLiteral("store.rolled_back"),
                             QStringLiteral("The transaction was rolled back; nothing was saved."));
        }
        return makeError(QStringLiteral("store.no_transaction"), QStringLiteral("commit() without begin()."));
    }
    if (--m_txDepth > 0)
        return {};
    auto q = d->stmt(Stmt::Commit);
    if (!q.ok()) {
        rollback();
        return q.error();
    }
    if (auto r = execStmt(**q, QStringLiteral("commit")); !r.ok()) {
        // A failed COMMIT (e.g. a deferred foreign key) leaves the transaction open: end it, so the
        // connection is usable and nothing half-done is committed later by accident.
        m_txDepth = 1;
        rollback();
        m_txAborted = false;
        return r;
    }
    if (m_txDurable)
        restoreSynchronous();
    return {};
}

void Store::rollback()
{
    if (m_txDepth == 0)
        return;
    const bool nested = m_txDepth > 1;
    m_txDepth = 0;
    m_txAborted = nested; // the outer level's commit() must learn its work is gone
    // Statements still holding results would make ROLLBACK fail in older SQLite; reset them.
    for (auto &s : d->stmts) {
        if (s)
            s->finish();
    }
    auto q = d->stmt(Stmt::Rollback);
    if (!q.ok() || !(*q)->exec())
        qCWarning(lcStore) << "rollback failed:" << (q.ok() ? (*q)->lastError().text() : q.error().detail);
    if (m_txDurable)
        restoreSynchronous();
}

} // namespace mlc::store
