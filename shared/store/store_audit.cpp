// The audit trail: append-only and hash-chained, so an edited, deleted or reordered row breaks the
// chain at that row (or at the next one when its hash was recomputed too).
#include "store/csv_p.h"
#include "store/store.h"
#include "store/storeimpl_p.h"

#include <QCryptographicHash>

namespace mlc::store {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

AuditEntry auditFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = fromMs(q.value(1));
    e.actor = q.value(2).toString();
    e.origin = q.value(3).toString();
    e.action = q.value(4).toString();
    e.docKey = q.value(5).toString();
    e.before = q.value(6).toString();
    e.after = q.value(7).toString();
    e.detail = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

Result<QList<AuditEntry>> collectAudit(QSqlQuery &q)
{
    FinishGuard guard{&q};
    if (auto r = execStmt(q, QStringLiteral("audit")); !r.ok())
        return r.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(auditFrom(q));
    return out;
}

// Length-prefixed fields: no separator inside a value can shift text from one field to another.
void addField(QCryptographicHash &h, const QByteArray &bytes)
{
    h.addData(QByteArray::number(bytes.size()));
    h.addData(QByteArrayView(":"));
    h.addData(bytes);
    h.addData(QByteArrayView(";"));
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

// The text as the database gives it back: valid Unicode, an unpaired UTF-16 surrogate (which a
// Concur JSON escape can carry) replaced by U+FFFD. The hash is taken over this, so a stored row
// still matches its hash when it is read back.
void storable(QString &s)
{
    if (s.isNull())
        return;
    for (const QChar c : std::as_const(s)) {
        if (c.isSurrogate()) {
            s = QString::fromUtf8(s.toUtf8());
            return;
        }
    }
}

} // namespace

QString Store::auditHash(const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(e.prevHash.toLatin1());
    addField(h, QByteArray::number(e.seq));
    addField(h, QByteArray::number(e.at.isValid() ? e.at.toMSecsSinceEpoch() : 0));
    addField(h, e.actor.toUtf8());
    addField(h, e.origin.toUtf8());
    addField(h, e.action.toUtf8());
    addField(h, e.docKey.toUtf8());
    addField(h, e.before.toUtf8());
    addField(h, e.after.toUtf8());
    addField(h, e.detail.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

Result<AuditEntry> Store::appendAudit(AuditEntry e)
{
    if (m_readOnly)
        return readOnlyError();
    if (e.action.isEmpty())
        return makeError(QStringLiteral("store.invalid"), QStringLiteral("An audit entry needs an action."));
    if (e.actor.isEmpty())
        e.actor = QStringLiteral("service");
    for (QString *field : {&e.actor, &e.origin, &e.action, &e.docKey, &e.before, &e.after, &e.detail})
        storable(*field);
    e.at = e.at.isValid() ? QDateTime::fromMSecsSinceEpoch(e.at.toMSecsSinceEpoch(), Qt::UTC)
                          : QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    auto last = d->stmt(Stmt::AuditLast);
    if (!last.ok())
        return last.error();
    auto ins = d->stmt(Stmt::AuditInsert);
    if (!ins.ok())
        return ins.error();

    // Reading the chain head and appending must be one unit (BEGIN IMMEDIATE holds the write lock).
    if (auto r = begin(); !r.ok())
        return r.error();
    auto fail = [this](const Error &err) -> Result<AuditEntry> {
        rollback();
        return err;
    };
    {
        QSqlQuery &s = **last;
        FinishGuard guard{&s};
        if (auto r = execStmt(s, QStringLiteral("appendAudit")); !r.ok())
            return fail(r.error());
        if (s.next()) {
            e.seq = s.value(0).toLongLong() + 1;
            e.prevHash = s.value(1).toString();
        } else {
            e.seq = 1;
            e.prevHash = kGenesis;
        }
    }
    e.hash = auditHash(e);
    QSqlQuery &s = **ins;
    int i = 0;
    s.bindValue(i++, e.seq);
    s.bindValue(i++, e.at.toMSecsSinceEpoch());
    s.bindValue(i++, e.actor);
    s.bindValue(i++, text(e.origin));
    s.bindValue(i++, e.action);
    s.bindValue(i++, text(e.docKey));
    s.bindValue(i++, text(e.before));
    s.bindValue(i++, text(e.after));
    s.bindValue(i++, text(e.detail));
    s.bindValue(i++, e.prevHash);
    s.bindValue(i++, e.hash);
    if (auto r = execStmt(s, QStringLiteral("appendAudit")); !r.ok())
        return fail(r.error());
    if (auto r = commit(); !r.ok())
        return r.error();
    return e;
}

Result<QList<AuditEntry>> Store::audit(const QString &docKey, int limit)
{
    const qint64 lim = limit < 0 ? -1 : limit;
    if (docKey.isEmpty()) {
        auto q = d->stmt(Stmt::AuditLatest);
        if (!q.ok())
            return q.error();
        (*q)->bindValue(0, lim);
        return collectAudit(**q);
    }
    auto q = d->stmt(Stmt::AuditLatestDoc);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, docKey);
    (*q)->bindValue(1, lim);
    return collectAudit(**q);
}

Result<QList<AuditEntry>> Store::auditAfter(qint64 afterSeq, int limit)
{
    auto q = d->stmt(Stmt::AuditAfter);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, afterSeq);
    (*q)->bindValue(1, limit < 0 ? qint64(-1) : qint64(limit));
    return collectAudit(**q);
}

Result<qint64> Store::verifyAuditChain()
{
    return verifyAuditChain(d->db);
}

Result<qint64> Store::verifyAuditChain(const QSqlDatabase &db)
{
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (!s.prepare(QStringLiteral("SELECT seq, at, actor, origin, action, doc_key, before, after, detail, prev_hash, hash"
                                  " FROM audit ORDER BY seq")))
        return sqlError(s, QStringLiteral("verifyAuditChain"));
    if (auto r = execStmt(s, QStringLiteral("verifyAuditChain")); !r.ok())
        return r.error();
    QString prev = kGenesis;
    while (s.next()) {
        const AuditEntry e = auditFrom(s);
        // A deleted row shows up at the next one (its prevHash no longer matches).
        if (e.prevHash != prev || auditHash(e) != e.hash)
            return e.seq;
        prev = e.hash;
    }
    return qint64(-1);
}

QByteArray Store::auditToCsv(const QList<AuditEntry> &entries)
{
    // UTF-8 with a BOM: the file is meant for Excel, which otherwise guesses a legacy code page.
    QString out = csv::record({QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("actor"),
                               QStringLiteral("origin"), QStringLiteral("action"), QStringLiteral("docKey"),
                               QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("detail"),
                               QStringLiteral("prevHash"), QStringLiteral("hash")});
    for (const AuditEntry &e : entries) {
        out += csv::record({QString::number(e.seq), e.at.toUTC().toString(Qt::ISODateWithMs), e.actor, e.origin,
                            e.action, e.docKey, e.before, e.after, e.detail, e.prevHash, e.hash});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

Result<void> Store::appendAuditEvent(const QString &actor, const QString &origin, const QString &action,
                                     const QString &docKey, const QString &detail, const QString &before,
                                     const QString &after)
{
    AuditEntry e;
    e.actor = actor;
    e.origin = origin;
    e.action = action;
    e.docKey = docKey;
    e.detail = detail;
    e.before = before;
    e.after = after;
    auto r = appendAudit(std::move(e));
    if (!r.ok())
        return r.error();
    return {};
}

} // namespace mlc::store
