// Write-backs to Concur (issue #10): one row per ledger row and step, in the same database and
// transactions as the ledger, so the ledger stays the record of what Concur has been told.
#include "store/store.h"
#include "store/storeimpl_p.h"

#include <QJsonDocument>

namespace mlc::store {

namespace {

WriteBack writeBackFrom(const QSqlQuery &q)
{
    WriteBack w;
    w.ledgerKey = q.value(0).toString();
    w.step = q.value(1).toString();
    w.docType = q.value(2).toString();
    w.fisId = q.value(3).toString();
    w.state = writeBackStateFromString(q.value(4).toString()).value_or(WriteBackState::Pending);
    if (!q.value(5).isNull())
        w.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    w.attempts = q.value(6).toInt();
    w.nextAttemptAt = fromMs(q.value(7));
    w.code = q.value(8).isNull() ? -1 : q.value(8).toInt();
    w.answer = q.value(9).toString();
    w.createdAt = fromMs(q.value(10));
    w.updatedAt = fromMs(q.value(11));
    return w;
}

Result<QList<WriteBack>> collect(QSqlQuery &q, const QString &what)
{
    FinishGuard guard{&q};
    if (auto r = execStmt(q, what); !r.ok())
        return r.error();
    QList<WriteBack> out;
    while (q.next())
        out.append(writeBackFrom(q));
    return out;
}

} // namespace

QString toString(WriteBackState state)
{
    switch (state) {
    case WriteBackState::Pending: return QStringLiteral("pending");
    case WriteBackState::Done: return QStringLiteral("done");
    case WriteBackState::Refused: return QStringLiteral("refused");
    case WriteBackState::Dismissed: return QStringLiteral("dismissed");
    }
    return QStringLiteral("pending");
}

std::optional<WriteBackState> writeBackStateFromString(const QString &text)
{
    for (WriteBackState s : {WriteBackState::Pending, WriteBackState::Done, WriteBackState::Refused, WriteBackState::Dismissed}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

Result<std::optional<WriteBack>> Store::writeBack(const QString &ledgerKey, const QString &step)
{
    auto q = d->stmt(Stmt::WriteBackGet);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, ledgerKey);
    (*q)->bindValue(1, step);
    auto rows = collect(**q, QStringLiteral("writeBack ") + ledgerKey);
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return std::optional<WriteBack>();
    return std::optional<WriteBack>(rows->first());
}

Result<QList<WriteBack>> Store::writeBacksOf(const QString &ledgerKey)
{
    auto q = d->stmt(Stmt::WriteBackOf);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, ledgerKey);
    return collect(**q, QStringLiteral("writeBacksOf ") + ledgerKey);
}

Result<void> Store::putWriteBack(const WriteBack &w)
{
    if (m_readOnly)
        return readOnlyError();
    if (w.ledgerKey.isEmpty() || w.step.isEmpty() || w.fisId.isEmpty())
        return makeError(QStringLiteral("store.invalid"), QStringLiteral("A write-back needs a ledger key, a step and a FIS id."));
    auto q = d->stmt(Stmt::WriteBackPut);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    s.bindValue(0, w.ledgerKey);
    s.bindValue(1, w.step);
    s.bindValue(2, w.docType);
    s.bindValue(3, w.fisId);
    s.bindValue(4, toString(w.state));
    s.bindValue(5, w.detail.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(w.detail).toJson(QJsonDocument::Compact))));
    s.bindValue(6, w.attempts);
    s.bindValue(7, msOrNull(w.nextAttemptAt));
    s.bindValue(8, w.code < 0 ? QVariant() : QVariant(w.code));
    s.bindValue(9, w.answer.isNull() ? QVariant() : QVariant(w.answer));
    s.bindValue(10, w.createdAt.isValid() ? toMs(w.createdAt) : now);
    s.bindValue(11, now);
    return execStmt(s, QStringLiteral("putWriteBack ") + w.ledgerKey + QLatin1Char('/') + w.step);
}

Result<QList<WriteBack>> Store::writeBacksDue(const QString &step, const QDateTime &now, int limit)
{
    auto q = d->stmt(Stmt::WriteBackDue);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, step);
    (*q)->bindValue(1, toMs(now));
    (*q)->bindValue(2, limit < 0 ? -1 : limit);
    return collect(**q, QStringLiteral("writeBacksDue ") + step);
}

Result<QHash<QString, int>> Store::writeBackCounts()
{
    auto q = d->stmt(Stmt::WriteBackCounts);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    FinishGuard guard{&s};
    if (auto r = execStmt(s, QStringLiteral("writeBackCounts")); !r.ok())
        return r.error();
    QHash<QString, int> out;
    while (s.next())
        out.insert(s.value(0).toString() + QLatin1Char('/') + s.value(1).toString(), s.value(2).toInt());
    return out;
}

Result<QList<WriteBack>> Store::writeBacksInState(const QString &step, WriteBackState state, const QString &afterKey, int limit)
{
    auto q = d->stmt(Stmt::WriteBackInState);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, step);
    (*q)->bindValue(1, toString(state));
    (*q)->bindValue(2, afterKey.isNull() ? QStringLiteral("") : afterKey); // NULL would compare to nothing
    (*q)->bindValue(3, limit < 0 ? -1 : limit);
    return collect(**q, QStringLiteral("writeBacksInState ") + step);
}

} // namespace mlc::store
