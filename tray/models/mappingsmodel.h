#pragma once
// The mappings (Concur value -> B1 code) as a table model, paged by (kind, source) key set, with
// a kind filter and a search; each row says whether a person set it or which automatic rule found it.
#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

namespace mlc::tray {

struct MappingRow {
    QString kind;      // vendor, account, costcenter, currency
    QString source;    // the Concur side: "employee:12345AB", "vendor:<code>", "6999", "1:21-KING", "USD"
    QString target;    // the B1 code
    QString origin;    // "explicit" or "auto:<rule>"
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

class MappingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Source, Target, Origin, Changed, ColumnCount };

    explicit MappingsModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setKind(const QString &kind); // empty: all kinds
    void setSearch(const QString &text);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void reload();
    MappingRow row(int r) const { return m_rows.value(r); }
    // Every mapping matching the current filter (for the CSV export), read in one query.
    QList<MappingRow> allMatching() const;
    QString lastError() const { return m_lastError; }

    static QString kindLabel(const QString &kind);
    static QString originLabel(const QString &origin);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    QList<MappingRow> query(const MappingRow *after, int limit) const;

    QSqlDatabase m_db;
    QString m_kind;
    QString m_search;
    QList<MappingRow> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = true;
    mutable QString m_lastError;
};

} // namespace mlc::tray
