#pragma once
// The review queue as a table model, paged in SQL (design.md §5a): the view asks for more rows as
// it scrolls (canFetchMore/fetchMore), so a queue of 100,000 documents costs one page of rows, not
// the whole table. Filters and the sort order become the query's WHERE and ORDER BY; paging is by
// key set (the last row's sort value and key), so a deep scroll costs the same as the first page.
#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>

namespace mlc::tray {

struct ReviewFilter {
    QString search;     // matched against the document's title and key (case-insensitive)
    QString docType;    // "expense", "invoice" or empty for both
    QString reasonCode; // e.g. "vendor.unmapped"; empty: any reason
    QDate queuedFrom;   // inclusive, in local time; invalid: no lower bound
    QDate queuedTo;     // inclusive, in local time; invalid: no upper bound
    QString minAmount;  // decimal text ("100", "99.50"), inclusive; empty: no lower bound
    QString maxAmount;  // decimal text, inclusive; empty: no upper bound (amounts in the document's currency)

    bool operator==(const ReviewFilter &o) const
    {
        return search == o.search && docType == o.docType && reasonCode == o.reasonCode && queuedFrom == o.queuedFrom
            && queuedTo == o.queuedTo && minAmount == o.minAmount && maxAmount == o.maxAmount;
    }
};

struct ReviewRow {
    QString key;       // ledger key docType|docId|revision
    QString docType;
    QString title;
    QString amount;    // canonical decimal text, as the service stored it
    QString currency;
    QDateTime queuedAt; // when the document last changed (UTC)
    QJsonArray reasons; // [{code, message, blockerKey, candidates[]}]
};

namespace detail {
// A loaded row as the model keeps it: the reasons as the stored JSON text, parsed only when asked
// for (details, tooltips), and the first reason's code for display and sorting. With every row of
// a 100,000-document queue loaded (a user who drags the scroll bar to the end) parsed QJsonArrays
// cost about 1.7 kB per row; this about a third of it. Relocatable, so the growing list of rows is
// moved by realloc, not copied element by element next to its old buffer.
struct StoredReviewRow {
    QString key;
    QString docType;  // shared with every row of the same type
    QString title;
    QString amount;
    QString currency; // shared
    qint64 queuedAtMs = 0;
    QByteArray reasonsJson;
    QString firstCode; // shared
    int reasonCount = 0;
};
} // namespace detail

class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Document, Type, Queued, Amount, Reason, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, ReasonCodeRole, ReasonsRole };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    // The connection to read (StateDatabase::database()); resets the model.
    void setDatabase(const QSqlDatabase &db);
    void setFilter(const ReviewFilter &filter);
    ReviewFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Number of documents matching the filter (one COUNT query; not the rows loaded so far).
    int matchingCount() const;
    // The reason codes of the queued documents (for the reason filter), most frequent first.
    QStringList reasonCodes() const;
    // Re-reads the rows loaded so far after the service changed the queue (a push event): rows that
    // left the queue are removed, changed rows are updated in place, new ones appear at their place
    // in the sort order, so a selection on an unchanged row survives.
    void refresh();
    QString lastError() const { return m_lastError; }
    ReviewRow row(int r) const { return r >= 0 && r < m_rows.size() ? toRow(m_rows.at(r)) : ReviewRow(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    using Stored = detail::StoredReviewRow;
    QString whereClause(QVariantList &binds) const;
    QList<Stored> query(int limit, const Stored *after) const;
    QString shared(const QString &text) const;
    static ReviewRow toRow(const Stored &s);
    void reload();

    QSqlDatabase m_db;
    bool m_reasonIndex = false; // ledger_reasons (schema 3) is there
    ReviewFilter m_filter;
    QList<Stored> m_rows;
    mutable QHash<QString, QString> m_shared;
    int m_pageSize = 200;
    bool m_atEnd = true;
    int m_sortColumn = Queued;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QString m_lastError;
};

} // namespace mlc::tray

Q_DECLARE_TYPEINFO(mlc::tray::detail::StoredReviewRow, Q_RELOCATABLE_TYPE);
