// Ledger rows and review blockers. upsertLedger is the sync engine's hot path (about three per
// document): one cached INSERT ... ON CONFLICT statement, positional binds, no JSON work unless the
// row carries review reasons.
#include "store/store.h"
#include "store/storeimpl_p.h"

#include <QJsonDocument>

#include <limits>

namespace mlc::store {

namespace {

constexpr int kLedgerColumns = 24;

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

LedgerRow rowFrom(const QSqlQuery &q)
{
    LedgerRow r;
    r.key = q.value(0).toString();
    r.docType = q.value(1).toString();
    r.fisId = q.value(2).toString();
    r.docId = q.value(3).toString();
    r.revision = q.value(4).toString();
    r.idemKey = q.value(5).toString();
    r.title = q.value(6).toString();
    r.currency = q.value(7).toString();
    r.amount = q.value(8).toString();
    r.state = ledgerStateFromString(q.value(9).toString()).value_or(LedgerState::New);
    r.payloadHash = q.value(10).toString();
    r.payload = q.value(11).toByteArray();
    r.document = q.value(12).toByteArray();
    r.jdtNum = q.value(13).toLongLong();
    r.number = q.value(14).toLongLong();
    const QVariant reasons = q.value(15);
    if (!reasons.isNull())
        r.reasons = QJsonDocument::fromJson(reasons.toString().toUtf8()).array();
    r.attempts = q.value(16).toInt();
    r.nextRetryAt = fromMs(q.value(17));
    r.lastError = q.value(18).toString();
    r.skippedBy = q.value(19).toString();
    r.skipReason = q.value(20).toString();
    r.createdAt = fromMs(q.value(21));
    r.updatedAt = fromMs(q.value(22));
    r.rejectedBasis = q.value(23).toString();
    return r;
}

Result<QList<LedgerRow>> collectRows(QSqlQuery &q, const QString &what)
{
    FinishGuard guard{&q};
    if (auto r = execStmt(q, what); !r.ok())
        return r.error();
    QList<LedgerRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

Result<std::optional<LedgerRow>> oneRow(QSqlQuery &q, const QString &what)
{
    FinishGuard guard{&q};
    if (auto r = execStmt(q, what); !r.ok())
        return r.error();
    if (!q.next())
        return std::optional<LedgerRow>();
    return std::optional<LedgerRow>(rowFrom(q));
}

Result<QStringList> collectStrings(QSqlQuery &q, const QString &what)
{
    FinishGuard guard{&q};
    if (auto r = execStmt(q, what); !r.ok())
        return r.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

QString toString(LedgerState state)
{
    switch (state) {
    case LedgerState::New: return QStringLiteral("new");
    case LedgerState::Mapped: return QStringLiteral("mapped");
    case LedgerState::Posting: return QStringLiteral("posting");
    case LedgerState::Posted: return QStringLiteral("posted");
    case LedgerState::Review: return QStringLiteral("review");
    case LedgerState::Failed: return QStringLiteral("failed");
    case LedgerState::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("new");
}

QList<LedgerState> allLedgerStates()
{
    return {LedgerState::New,    LedgerState::Mapped, LedgerState::Posting, LedgerState::Posted,
            LedgerState::Review, LedgerState::Failed, LedgerState::Skipped};
}

std::optional<LedgerState> ledgerStateFromString(const QString &text)
{
    for (LedgerState s : allLedgerStates()) {
        if (text.compare(toString(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

Result<std::optional<LedgerRow>> Store::ledger(const QString &key)
{
    auto q = d->stmt(Stmt::LedgerGet);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, key);
    return oneRow(**q, QStringLiteral("ledger"));
}

Result<QList<LedgerRow>> Store::ledgerByDocId(const QString &docType, const QString &docId)
{
    auto q = d->stmt(Stmt::LedgerByDoc);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, docType);
    (*q)->bindValue(1, docId);
    return collectRows(**q, QStringLiteral("ledgerByDocId"));
}

Result<std::optional<LedgerRow>> Store::ledgerByIdemKey(const QString &idemKey)
{
    auto q = d->stmt(Stmt::LedgerByIdem);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, idemKey);
    return oneRow(**q, QStringLiteral("ledgerByIdemKey"));
}

Result<void> Store::upsertLedger(const LedgerRow &row)
{
    if (m_readOnly)
        return readOnlyError();
    if (row.key.isEmpty() || row.docType.isEmpty() || row.docId.isEmpty() || row.revision.isEmpty())
        return makeError(QStringLiteral("store.invalid"),
                         QStringLiteral("A ledger row needs a key, a document type, a document id and a revision."),
                         QStringLiteral("key '%1'").arg(row.key));
    auto q = d->stmt(Stmt::LedgerUpsert);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int i = 0;
    s.bindValue(i++, row.key);
    s.bindValue(i++, row.docType);
    s.bindValue(i++, text(row.fisId));
    s.bindValue(i++, row.docId);
    s.bindValue(i++, row.revision);
    s.bindValue(i++, text(row.idemKey));
    s.bindValue(i++, text(row.title));
    s.bindValue(i++, text(row.currency));
    s.bindValue(i++, text(row.amount));
    s.bindValue(i++, toString(row.state));
    s.bindValue(i++, text(row.payloadHash));
    s.bindValue(i++, row.payload.isNull() ? QVariant() : QVariant(row.payload));
    s.bindValue(i++, row.document.isNull() ? QVariant() : QVariant(row.document));
    s.bindValue(i++, row.jdtNum);
    s.bindValue(i++, row.number);
    s.bindValue(i++, row.reasons.isEmpty()
                         ? QVariant()
                         : QVariant(QString::fromUtf8(QJsonDocument(row.reasons).toJson(QJsonDocument::Compact))));
    s.bindValue(i++, row.attempts);
    s.bindValue(i++, msOrNull(row.nextRetryAt));
    s.bindValue(i++, text(row.lastError));
    s.bindValue(i++, text(row.skippedBy));
    s.bindValue(i++, text(row.skipReason));
    s.bindValue(i++, row.createdAt.isValid() ? toMs(row.createdAt) : now); // kept on update
    s.bindValue(i++, now);
    s.bindValue(i++, text(row.rejectedBasis));
    Q_ASSERT(i == kLedgerColumns);
    return execStmt(s, QStringLiteral("upsertLedger ") + row.key);
}

Result<void> Store::markLedgerPosted(const QString &key, qint64 jdtNum, qint64 number)
{
    if (m_readOnly)
        return readOnlyError();
    auto q = d->stmt(Stmt::LedgerMarkPosted);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    s.bindValue(0, jdtNum);
    s.bindValue(1, number);
    s.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    s.bindValue(3, key);
    auto r = execStmt(s, QStringLiteral("markLedgerPosted ") + key);
    if (!r.ok())
        return r;
    if (s.numRowsAffected() != 1)
        return makeError(QStringLiteral("store.invalid"), QStringLiteral("No ledger row %1 to mark posted.").arg(key));
    return {};
}

Result<QList<LedgerRow>> Store::ledgerInState(LedgerState state, int limit)
{
    auto q = d->stmt(Stmt::LedgerInState);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, toString(state));
    (*q)->bindValue(1, limit < 0 ? -1 : limit);
    return collectRows(**q, QStringLiteral("ledgerInState"));
}

Result<QList<LedgerRow>> Store::ledgerInStateAfter(LedgerState state, const QDateTime &afterUpdatedAt,
                                                   const QString &afterKey, int limit)
{
    auto q = d->stmt(Stmt::LedgerInStateAfter);
    if (!q.ok())
        return q.error();
    const qint64 after = afterUpdatedAt.isValid() ? toMs(afterUpdatedAt) : std::numeric_limits<qint64>::min();
    (*q)->bindValue(0, toString(state));
    (*q)->bindValue(1, after);
    (*q)->bindValue(2, after);
    (*q)->bindValue(3, afterUpdatedAt.isValid() ? afterKey : QStringLiteral(""));
    (*q)->bindValue(4, limit < 0 ? -1 : limit);
    return collectRows(**q, QStringLiteral("ledgerInStateAfter"));
}

Result<QHash<QString, int>> Store::ledgerCounts()
{
    auto q = d->stmt(Stmt::LedgerCounts);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    FinishGuard guard{&s};
    if (auto r = execStmt(s, QStringLiteral("ledgerCounts")); !r.ok())
        return r.error();
    QHash<QString, int> counts;
    for (LedgerState st : allLedgerStates())
        counts.insert(toString(st), 0);
    while (s.next())
        counts.insert(s.value(0).toString(), s.value(1).toInt());
    return counts;
}

Result<void> Store::setBlockers(const QString &ledgerKey, const QStringList &blockerKeys)
{
    if (m_readOnly)
        return readOnlyError();
    auto del = d->stmt(Stmt::BlockersDelete);
    if (!del.ok())
        return del.error();
    auto ins = d->stmt(Stmt::BlockersInsert);
    if (!ins.ok())
        return ins.error();
    (*del)->bindValue(0, ledgerKey);
    if (blockerKeys.isEmpty()) // a single statement is atomic on its own
        return execStmt(**del, QStringLiteral("setBlockers"));
    // Delete + inserts are one unit; inside the caller's transaction this nests.
    if (auto r = begin(); !r.ok())
        return r;
    Result<void> r = execStmt(**del, QStringLiteral("setBlockers"));
    for (const QString &b : blockerKeys) {
        if (!r.ok())
            break;
        if (b.isEmpty())
            continue;
        (*ins)->bindValue(0, ledgerKey);
        (*ins)->bindValue(1, b);
        r = execStmt(**ins, QStringLiteral("setBlockers"));
    }
    if (!r.ok()) {
        rollback();
        return r;
    }
    return commit();
}

Result<QStringList> Store::blockersOf(const QString &ledgerKey)
{
    auto q = d->stmt(Stmt::BlockersOf);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, ledgerKey);
    return collectStrings(**q, QStringLiteral("blockersOf"));
}

Result<QStringList> Store::ledgerKeysBlockedBy(const QString &blockerKey)
{
    auto q = d->stmt(Stmt::BlockedBy);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, blockerKey);
    return collectStrings(**q, QStringLiteral("ledgerKeysBlockedBy"));
}

} // namespace mlc::store
