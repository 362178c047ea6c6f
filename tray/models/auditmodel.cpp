#include "auditmodel.h"

#include "sqlsearch.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace mlc::tray {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void AuditModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_rows = m_db.isOpen() ? query(QString(), 0, m_pageSize) : QList<AuditRow>();
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

QList<AuditRow> AuditModel::query(const QString &seqCondition, qint64 seq, int limit) const
{
    QStringList where;
    QVariantList binds;
    if (!seqCondition.isEmpty()) {
        where << QStringLiteral("seq ") + seqCondition + QStringLiteral(" ?");
        binds << seq;
    }
    if (!m_search.isEmpty()) {
        const QString pattern = likeContains(m_search);
        where << QStringLiteral("(doc_key LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\'"
                                " OR detail LIKE ? ESCAPE '\\')");
        binds << pattern << pattern << pattern << pattern;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, actor, action, doc_key, detail, before, after FROM audit")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<AuditRow> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    m_lastError.clear();
    while (q.next()) {
        AuditRow r;
        r.seq = q.value(0).toLongLong();
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.actor = q.value(2).toString();
        r.action = q.value(3).toString();
        r.docKey = q.value(4).toString();
        r.detail = q.value(5).toString();
        r.before = q.value(6).toString();
        r.after = q.value(7).toString();
        rows.append(r);
    }
    return rows;
}

void AuditModel::refresh()
{
    if (!m_db.isOpen())
        return;
    if (m_rows.isEmpty()) {
        reload();
        return;
    }
    // Newer entries only; the trail never changes below the newest row we have.
    const QList<AuditRow> newer = query(QStringLiteral(">"), m_rows.first().seq, 100000);
    if (newer.isEmpty())
        return;
    beginInsertRows({}, 0, int(newer.size()) - 1);
    m_rows = newer + m_rows;
    endInsertRows();
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const QList<AuditRow> more = query(QStringLiteral("<"), m_rows.last().seq, m_pageSize);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRow &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Detail) {
        QString tip = r.detail;
        if (!r.before.isEmpty() || !r.after.isEmpty())
            tip += QLatin1Char('\n') + tr("Before: %1").arg(r.before) + QLatin1Char('\n') + tr("After: %1").arg(r.after);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
    case Who: return r.actor;
    case Action: return r.action;
    case Document: return r.docKey;
    case Detail: return r.detail;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Action: return tr("Action");
    case Document: return tr("Document");
    case Detail: return tr("Detail");
    }
    return {};
}

} // namespace mlc::tray
