#pragma once
// Private to the store: the connection, the prepared-statement cache and SQL helpers shared by the
// store_*.cpp files.
#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <memory>

namespace mlc::store {

enum class Stmt {
    Begin, Commit, Rollback,
    LedgerGet, LedgerByDoc, LedgerByIdem, LedgerUpsert, LedgerMarkPosted, LedgerInState, LedgerInStateAfter, LedgerCounts,
    BlockersDelete, BlockersInsert, BlockersOf, BlockedBy,
    MappingGet, MappingsAll, MappingsKind, MappingPut, MappingRemove,
    AuditLast, AuditInsert, AuditLatest, AuditLatestDoc, AuditAfter,
    SettingGet, SettingPut, SettingRemove, SettingsAll,
    WriteBackGet, WriteBackOf, WriteBackPut, WriteBackDue, WriteBackCounts, WriteBackInState,
    Count
};

struct Store::Impl {
    QString connectionName;
    QSqlDatabase db;
    std::array<std::unique_ptr<QSqlQuery>, size_t(Stmt::Count)> stmts;

    // The cached prepared statement (prepared on first use, reused afterwards).
    Result<QSqlQuery *> stmt(Stmt s);
    // Runs a one-off statement (PRAGMAs, DDL).
    Result<void> execRaw(const QString &sql);
    Result<QVariant> scalar(const QString &sql);
};

// Maps a Qt SQL error to mlc::Error: store.busy (SQLITE_BUSY/LOCKED), store.read_only,
// store.constraint, or store.sql.
Error sqlError(const QSqlQuery &q, const QString &what);
Error sqlError(const QSqlDatabase &db, const QString &what);

// Executes a prepared statement; on failure returns the mapped error.
Result<void> execStmt(QSqlQuery &q, const QString &what);

// Resets a SELECT when leaving scope so the statement releases its read snapshot (WAL).
struct FinishGuard {
    QSqlQuery *q;
    ~FinishGuard() { q->finish(); }
};

inline qint64 toMs(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
inline QVariant msOrNull(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(); }

Error readOnlyError();

// Every schema migration: index i holds the statements that take user_version from i to i + 1.
const QList<QList<QString>> &migrations();

} // namespace mlc::store
