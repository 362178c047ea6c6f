#include "reviewqueuemodel.h"

#include "reasonlabels.h"
#include "sqlsearch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace mlc::tray {

namespace {

// The column's sort expression in SQL and the same value taken from a loaded row (for the key-set
// condition that fetches the next page). Amounts are ordered by their numeric value: ordering only,
// nothing is computed with them.
QString sortExpression(int column)
{
    switch (column) {
    case ReviewQueueModel::Document: return QStringLiteral("COALESCE(title, '') COLLATE NOCASE");
    case ReviewQueueModel::Type: return QStringLiteral("doc_type");
    case ReviewQueueModel::Amount: return QStringLiteral("CAST(amount AS REAL)");
    case ReviewQueueModel::Reason:
        return QStringLiteral("COALESCE(CASE WHEN json_valid(reasons) THEN json_extract(reasons, '$[0].code') END, '')");
    default: return QStringLiteral("updated_at");
    }
}

// "1234567.5" -> "1,234,567.50" in the user's locale, from the exact text (never through a double).
QString formatAmount(const QString &amount)
{
    if (amount.isEmpty())
        return {};
    const QLocale locale;
    QString text = amount;
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const int dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    bool ok = false;
    const qlonglong wholeValue = whole.toLongLong(&ok);
    if (!ok)
        return amount; // not a plain decimal: show what the service stored
    QString out = locale.toString(wholeValue);
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + out : out;
}

} // namespace

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewQueueModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_reasonIndex = false;
    if (m_db.isOpen()) {
        // Schema 3 keeps the queued documents' reason codes in ledger_reasons; an older database
        // (a service not yet upgraded) is read from the JSON, slower.
        QSqlQuery q(m_db);
        m_reasonIndex = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_reasons'")) && q.next();
    }
    reload();
}

QString ReviewQueueModel::shared(const QString &text) const
{
    auto it = m_shared.constFind(text);
    if (it != m_shared.constEnd())
        return it.value();
    if (m_shared.size() < 256)
        m_shared.insert(text, text);
    return text;
}

ReviewRow ReviewQueueModel::toRow(const Stored &s)
{
    ReviewRow r;
    r.key = s.key;
    r.docType = s.docType;
    r.title = s.title;
    r.amount = s.amount;
    r.currency = s.currency;
    r.queuedAt = QDateTime::fromMSecsSinceEpoch(s.queuedAtMs, Qt::UTC);
    r.reasons = QJsonDocument::fromJson(s.reasonsJson).array();
    return r;
}

void ReviewQueueModel::setFilter(const ReviewFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ReviewQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    m_rows = m_db.isOpen() ? query(m_pageSize, nullptr) : QList<Stored>();
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

QString ReviewQueueModel::whereClause(QVariantList &binds) const
{
    QStringList parts{QStringLiteral("state = 'review'")};
    if (!m_filter.docType.isEmpty()) {
        parts << QStringLiteral("doc_type = ?");
        binds << m_filter.docType;
    }
    if (!m_filter.search.trimmed().isEmpty()) {
        parts << QStringLiteral("(title LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')");
        const QString pattern = likeContains(m_filter.search.trimmed());
        binds << pattern << pattern;
    }
    if (!m_filter.reasonCode.isEmpty()) {
        parts << (m_reasonIndex ? QStringLiteral("key IN (SELECT ledger_key FROM ledger_reasons WHERE code = ?)")
                                : QStringLiteral("EXISTS (SELECT 1 FROM json_each(ledger.reasons) r"
                                                 " WHERE json_extract(r.value, '$.code') = ?)"));
        binds << m_filter.reasonCode;
    }
    if (m_filter.queuedFrom.isValid()) {
        parts << QStringLiteral("updated_at >= ?");
        binds << QDateTime(m_filter.queuedFrom, QTime(0, 0)).toMSecsSinceEpoch();
    }
    if (m_filter.queuedTo.isValid()) {
        parts << QStringLiteral("updated_at < ?");
        binds << QDateTime(m_filter.queuedTo.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    // A range to find documents by, compared as SQLite numbers like the amount sort: exact for the
    // two- and three-decimal amounts of a queue (no money is computed here).
    const auto amountBound = [&](const QString &text, const char *op) {
        bool ok = false;
        const QString t = text.trimmed();
        (void)t.toDouble(&ok); // only a plain number becomes a bound (the page validates as it is typed)
        if (t.isEmpty() || !ok)
            return;
        parts << QStringLiteral("CAST(amount AS REAL) %1 CAST(? AS REAL)").arg(QLatin1String(op));
        binds << t;
    };
    amountBound(m_filter.minAmount, ">=");
    amountBound(m_filter.maxAmount, "<=");
    return parts.join(QStringLiteral(" AND "));
}

QList<ReviewQueueModel::Stored> ReviewQueueModel::query(int limit, const Stored *after) const
{
    QVariantList binds;
    QString where = whereClause(binds);
    const QString expr = sortExpression(m_sortColumn);
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    if (after) {
        // Key set: strictly after the last loaded row in (sort value, key) order.
        const QString cmp = desc ? QStringLiteral("<") : QStringLiteral(">");
        const QString value = m_sortColumn == Amount ? QStringLiteral("CAST(? AS REAL)") : QStringLiteral("?");
        where += QStringLiteral(" AND (%1 %2 %3 OR (%1 = %3 AND key %2 ?))").arg(expr, cmp, value);
        QVariant v;
        switch (m_sortColumn) {
        case Document: v = after->title; break;
        case Type: v = after->docType; break;
        case Amount: v = after->amount; break;
        case Reason: v = after->firstCode; break;
        default: v = after->queuedAtMs; break;
        }
        binds << v << v << after->key;
    }
    const QString order = QStringLiteral(" ORDER BY ") + expr + QLatin1Char(' ') + (desc ? QStringLiteral("DESC") : QStringLiteral("ASC"))
        + QStringLiteral(", key ") + (desc ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Late row lookup: the page's row ids are chosen from the index ledger_queue (schema 3: the
    // columns filtered and sorted on), and only those rows are read from the table, whose rows
    // carry the Concur document and keep `reasons` behind it. Sorting 100,000 rows by amount so
    // reads the index alone, not every row. The first reason's code and the number of reasons
    // come from SQLite's JSON functions on the page's rows; reasons that are not valid JSON show
    // no reason instead of failing the page.
    q.prepare(QStringLiteral("SELECT key, doc_type, title, amount, currency, updated_at, reasons,"
                             " CASE WHEN json_valid(reasons) THEN json_extract(reasons, '$[0].code') END,"
                             " CASE WHEN json_valid(reasons) THEN json_array_length(reasons) END"
                             " FROM ledger WHERE rowid IN (SELECT rowid FROM ledger WHERE ")
              + where + order + QStringLiteral(" LIMIT ?)") + order);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    QList<Stored> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    m_lastError.clear();
    rows.reserve(limit);
    while (q.next()) {
        Stored r;
        r.key = q.value(0).toString();
        r.docType = shared(q.value(1).toString());
        r.title = q.value(2).toString();
        r.amount = q.value(3).toString();
        r.currency = shared(q.value(4).toString());
        r.queuedAtMs = q.value(5).toLongLong();
        r.reasonsJson = q.value(6).toString().toUtf8();
        r.reasonsJson.squeeze(); // toUtf8() reserves three bytes per character
        r.firstCode = shared(q.value(7).toString());
        r.reasonCount = q.value(8).toInt();
        rows.append(r);
    }
    return rows;
}

int ReviewQueueModel::matchingCount() const
{
    if (!m_db.isOpen())
        return 0;
    // Every match is loaded already (a rare search term, a short queue): no second pass.
    if (m_atEnd && m_lastError.isEmpty())
        return int(m_rows.size());
    // Only the reason chosen: its codes' index has exactly the queued documents (schema 3).
    if (m_reasonIndex && !m_filter.reasonCode.isEmpty() && m_filter.docType.isEmpty() && m_filter.search.trimmed().isEmpty()
        && !m_filter.queuedFrom.isValid() && !m_filter.queuedTo.isValid() && m_filter.minAmount.isEmpty()
        && m_filter.maxAmount.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM ledger_reasons WHERE code = ?"));
        q.addBindValue(m_filter.reasonCode);
        if (q.exec() && q.next())
            return q.value(0).toInt();
        m_lastError = q.lastError().text();
        return 0;
    }
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ledger WHERE ") + whereClause(binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

QStringList ReviewQueueModel::reasonCodes() const
{
    QStringList codes;
    if (!m_db.isOpen())
        return codes;
    QSqlQuery q(m_db);
    const QString sql = m_reasonIndex ? QStringLiteral("SELECT code, COUNT(*) AS n FROM ledger_reasons GROUP BY code ORDER BY n DESC, code")
                                      : QStringLiteral("SELECT json_extract(r.value, '$.code') AS code, COUNT(*) AS n"
                                                       " FROM ledger, json_each(ledger.reasons) r WHERE ledger.state = 'review'"
                                                       " GROUP BY code ORDER BY n DESC, code");
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return codes;
    }
    while (q.next()) {
        if (!q.value(0).toString().isEmpty())
            codes << q.value(0).toString();
    }
    return codes;
}

bool ReviewQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ReviewQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const QList<Stored> more = query(m_pageSize, &m_rows.last());
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, m_rows.size(), m_rows.size() + more.size() - 1);
    m_rows += more;
    endInsertRows();
}

void ReviewQueueModel::refresh()
{
    if (!m_db.isOpen())
        return;
    const int limit = qMax(m_pageSize, int(m_rows.size()));
    const QList<Stored> fresh = query(limit, nullptr);
    if (!m_lastError.isEmpty())
        return; // keep what is shown; the page reports the error
    QSet<QString> freshKeys;
    for (const Stored &r : fresh)
        freshKeys.insert(r.key);
    // 1. Rows that left the queue (or the filter), removed in contiguous runs from the end.
    for (int i = m_rows.size() - 1; i >= 0;) {
        if (freshKeys.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshKeys.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // 2. The rows kept must still be in the same order; a row whose sort value changed and moved
    //    is rare: reset then.
    int j = 0;
    for (const Stored &r : std::as_const(m_rows)) {
        while (j < fresh.size() && fresh.at(j).key != r.key)
            ++j;
        if (j == fresh.size()) {
            beginResetModel();
            m_rows = fresh;
            m_atEnd = fresh.size() < limit;
            endResetModel();
            return;
        }
        ++j;
    }
    // 3. Insert the new rows at their place and update the changed ones.
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).key == fresh.at(i).key) {
            const Stored &old = m_rows.at(i);
            if (old.reasonsJson != fresh.at(i).reasonsJson || old.title != fresh.at(i).title || old.amount != fresh.at(i).amount
                || old.currency != fresh.at(i).currency || old.queuedAtMs != fresh.at(i).queuedAtMs) {
                m_rows[i] = fresh.at(i);
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, fresh.at(i));
        endInsertRows();
    }
    m_atEnd = fresh.size() < limit;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Stored &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole: return r.key;
    case ReasonCodeRole: return r.firstCode;
    case ReasonsRole: return QJsonDocument::fromJson(r.reasonsJson).array();
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Queued)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.queuedAtMs, Qt::UTC).toLocalTime(), QLocale::LongFormat);
        if (index.column() == Reason) {
            QStringList lines;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.reasonsJson).array())
                lines << ReasonLabels::text(v.toObject()); // the reader's language where the row has args
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Document: return r.title.isEmpty() ? r.key : r.title;
        case Type: return r.docType == QLatin1String("invoice") ? tr("Invoice") : tr("Expense report");
        case Queued:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.queuedAtMs, Qt::UTC).toLocalTime().date(), QLocale::ShortFormat);
        case Amount: return QString(formatAmount(r.amount) + QLatin1Char(' ') + r.currency);
        case Reason: {
            // The kind of problem in the reader's language; the service's sentence is the tooltip.
            const QString label = ReasonLabels::label(r.firstCode);
            return r.reasonCount > 1 ? tr("%1 (+%n more)", nullptr, r.reasonCount - 1).arg(label) : label;
        }
        }
        return {};
    default: return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Document: return tr("Document");
    case Type: return tr("Type");
    case Queued: return tr("Queued");
    case Amount: return tr("Amount");
    case Reason: return tr("Reason");
    }
    return {};
}

} // namespace mlc::tray
