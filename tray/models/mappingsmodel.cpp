#include "mappingsmodel.h"

#include "sqlsearch.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace mlc::tray {

MappingsModel::MappingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MappingsModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void MappingsModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    reload();
}

void MappingsModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void MappingsModel::reload()
{
    beginResetModel();
    m_rows = m_db.isOpen() ? query(nullptr, m_pageSize) : QList<MappingRow>();
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

QList<MappingRow> MappingsModel::query(const MappingRow *after, int limit) const
{
    QStringList where;
    QVariantList binds;
    if (!m_kind.isEmpty()) {
        where << QStringLiteral("kind = ?");
        binds << m_kind;
    }
    if (!m_search.isEmpty()) {
        const QString pattern = likeContains(m_search);
        where << QStringLiteral("(source_key LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\')");
        binds << pattern << pattern;
    }
    if (after) {
        where << QStringLiteral("(kind > ? OR (kind = ? AND source_key > ?))");
        binds << after->kind << after->kind << after->source;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, source_key, target, origin, updated_by, updated_at FROM mappings")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY kind, source_key LIMIT ?"));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<MappingRow> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    m_lastError.clear();
    while (q.next()) {
        rows.append(MappingRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)});
    }
    return rows;
}

QList<MappingRow> MappingsModel::allMatching() const
{
    return m_db.isOpen() ? query(nullptr, -1) : QList<MappingRow>(); // SQLite: a negative LIMIT is no limit
}

bool MappingsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void MappingsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const QList<MappingRow> more = query(&m_rows.last(), m_pageSize);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

QString MappingsModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("vendor")) return tr("Vendor / employee");
    if (kind == QLatin1String("account")) return tr("G/L account");
    if (kind == QLatin1String("costcenter")) return tr("Cost center");
    if (kind == QLatin1String("currency")) return tr("Currency");
    return kind;
}

QString MappingsModel::originLabel(const QString &origin)
{
    if (origin == QLatin1String("explicit"))
        return tr("set by a person");
    const QString rule = origin.mid(5);
    if (!origin.startsWith(QLatin1String("auto:")))
        return origin;
    if (rule == QLatin1String("same-code")) return tr("automatic: same code in B1");
    if (rule == QLatin1String("tax-id")) return tr("automatic: same tax ID");
    if (rule == QLatin1String("normalised-name") || rule == QLatin1String("employee-name"))
        return tr("automatic: same name");
    if (rule == QLatin1String("employee-id")) return tr("automatic: employee ID");
    if (rule == QLatin1String("iso-code")) return tr("automatic: ISO currency code");
    return tr("automatic (%1)").arg(rule);
}

int MappingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const MappingRow &r = m_rows.at(index.row());
    switch (index.column()) {
    case Kind: return kindLabel(r.kind);
    case Source: return r.source;
    case Target: return r.target;
    case Origin: return originLabel(r.origin);
    case Changed:
        return r.updatedBy.isEmpty() ? QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                     : tr("%1 by %2").arg(QLocale().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat),
                                                          r.updatedBy);
    }
    return {};
}

QVariant MappingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Source: return tr("Concur value");
    case Target: return tr("B1 code");
    case Origin: return tr("Origin");
    case Changed: return tr("Changed");
    }
    return {};
}

} // namespace mlc::tray
