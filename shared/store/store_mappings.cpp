// Mappings (vendor, account, cost center, currency) and their CSV exchange format for finance staff.
#include "store/csv_p.h"
#include "store/store.h"
#include "store/storeimpl_p.h"

#include <QHash>
#include <QSet>

namespace mlc::store {

namespace {

Mapping mappingFrom(const QSqlQuery &q)
{
    Mapping m;
    m.kind = q.value(0).toString();
    m.sourceKey = q.value(1).toString();
    m.target = q.value(2).toString();
    m.origin = q.value(3).toString();
    m.updatedBy = q.value(4).toString();
    m.updatedAt = fromMs(q.value(5));
    return m;
}

Result<QList<Mapping>> collectMappings(QSqlQuery &q)
{
    FinishGuard guard{&q};
    if (auto r = execStmt(q, QStringLiteral("mappings")); !r.ok())
        return r.error();
    QList<Mapping> out;
    while (q.next())
        out.append(mappingFrom(q));
    return out;
}

Error csvError(int line, const QString &what)
{
    return makeError(QStringLiteral("input.malformed"), QStringLiteral("Line %1: %2").arg(line).arg(what));
}

} // namespace

QStringList Store::mappingKinds()
{
    return {QStringLiteral("vendor"), QStringLiteral("account"), QStringLiteral("costcenter"), QStringLiteral("currency")};
}

Result<std::optional<Mapping>> Store::mapping(const QString &kind, const QString &sourceKey)
{
    auto q = d->stmt(Stmt::MappingGet);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    s.bindValue(0, kind);
    s.bindValue(1, sourceKey);
    FinishGuard guard{&s};
    if (auto r = execStmt(s, QStringLiteral("mapping")); !r.ok())
        return r.error();
    if (!s.next())
        return std::optional<Mapping>();
    return std::optional<Mapping>(mappingFrom(s));
}

Result<QList<Mapping>> Store::mappings(const QString &kind)
{
    if (kind.isEmpty()) {
        auto q = d->stmt(Stmt::MappingsAll);
        if (!q.ok())
            return q.error();
        return collectMappings(**q);
    }
    auto q = d->stmt(Stmt::MappingsKind);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, kind);
    return collectMappings(**q);
}

Result<void> Store::putMapping(const Mapping &m)
{
    if (m_readOnly)
        return readOnlyError();
    if (m.kind.isEmpty() || m.sourceKey.isEmpty() || m.target.isEmpty())
        return makeError(QStringLiteral("store.invalid"),
                         QStringLiteral("A mapping needs a kind, a source and a target."),
                         QStringLiteral("%1/%2").arg(m.kind, m.sourceKey));
    auto q = d->stmt(Stmt::MappingPut);
    if (!q.ok())
        return q.error();
    QSqlQuery &s = **q;
    s.bindValue(0, m.kind);
    s.bindValue(1, m.sourceKey);
    s.bindValue(2, m.target);
    s.bindValue(3, m.origin.isEmpty() ? QStringLiteral("explicit") : m.origin);
    s.bindValue(4, m.updatedBy.isNull() ? QVariant() : QVariant(m.updatedBy));
    s.bindValue(5, m.updatedAt.isValid() ? toMs(m.updatedAt) : QDateTime::currentMSecsSinceEpoch());
    return execStmt(s, QStringLiteral("putMapping"));
}

Result<void> Store::removeMapping(const QString &kind, const QString &sourceKey)
{
    if (m_readOnly)
        return readOnlyError();
    auto q = d->stmt(Stmt::MappingRemove);
    if (!q.ok())
        return q.error();
    (*q)->bindValue(0, kind);
    (*q)->bindValue(1, sourceKey);
    return execStmt(**q, QStringLiteral("removeMapping"));
}

QString Store::mappingsToCsv(const QList<Mapping> &mappings)
{
    QString out = csv::record({QStringLiteral("kind"), QStringLiteral("source"), QStringLiteral("target"),
                               QStringLiteral("origin")});
    for (const Mapping &m : mappings)
        out += csv::record({m.kind, m.sourceKey, m.target, m.origin});
    return out;
}

Result<QList<Mapping>> Store::mappingsFromCsv(const QByteArray &data)
{
    auto parsed = csv::parse(data);
    if (!parsed.ok())
        return parsed.error();
    const QList<csv::Record> &records = parsed.value();
    if (records.isEmpty())
        return makeError(QStringLiteral("input.malformed"),
                         QStringLiteral("The CSV file is empty; expected the header kind,source,target,origin."));
    // Columns by header name, in any order; unknown extra columns are ignored.
    int col[4] = {-1, -1, -1, -1};
    const char *names[4] = {"kind", "source", "target", "origin"};
    const QStringList &header = records.front().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        for (int c = 0; c < 4; ++c) {
            if (h == QLatin1String(names[c]))
                col[c] = i;
        }
    }
    if (col[0] < 0 || col[1] < 0 || col[2] < 0)
        return csvError(records.front().line,
                        QStringLiteral("the header must name the columns kind, source and target (origin is optional)."));

    const QStringList kinds = mappingKinds();
    QHash<QString, int> seen; // kind + '\n' + source -> line
    QList<Mapping> out;
    out.reserve(records.size() - 1);
    for (int r = 1; r < records.size(); ++r) {
        const csv::Record &rec = records.at(r);
        auto field = [&rec](int c) { return c >= 0 && c < rec.fields.size() ? rec.fields.at(c) : QString(); };
        Mapping m;
        m.kind = field(col[0]).trimmed().toLower();
        m.sourceKey = field(col[1]);
        m.target = field(col[2]);
        m.origin = field(col[3]).trimmed();
        if (m.origin.isEmpty())
            m.origin = QStringLiteral("explicit");
        if (!kinds.contains(m.kind))
            return csvError(rec.line, QStringLiteral("unknown kind \"%1\" (use %2).").arg(m.kind, kinds.join(QStringLiteral(", "))));
        if (m.sourceKey.isEmpty())
            return csvError(rec.line, QStringLiteral("the source is empty."));
        if (m.target.isEmpty())
            return csvError(rec.line, QStringLiteral("the target for \"%1\" is empty.").arg(m.sourceKey));
        const QString id = m.kind + QLatin1Char('\n') + m.sourceKey;
        if (const auto it = seen.constFind(id); it != seen.constEnd())
            return csvError(rec.line, QStringLiteral("%1 \"%2\" is already mapped on line %3.")
                                          .arg(m.kind, m.sourceKey)
                                          .arg(it.value()));
        seen.insert(id, rec.line);
        out.append(m);
    }
    return out;
}

} // namespace mlc::store
