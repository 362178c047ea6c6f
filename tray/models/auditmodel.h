#pragma once
// The audit trail as a table model, newest first, paged by sequence number (the trail only grows,
// so a page once read never changes), with a search over document, user, action and detail.
#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>

namespace mlc::tray {

struct AuditRow {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString docKey;
    QString detail;
    QString before;
    QString after;
};

class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Action, Document, Detail, ColumnCount };

    explicit AuditModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // Case-insensitive, over document key, user, action and detail; empty: everything.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Adds the entries written since the last read at the top (after a push event).
    void refresh();
    AuditRow row(int r) const { return m_rows.value(r); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    QList<AuditRow> query(const QString &seqCondition, qint64 seq, int limit) const;
    void reload();

    QSqlDatabase m_db;
    QString m_search;
    QList<AuditRow> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = true;
    mutable QString m_lastError;
};

} // namespace mlc::tray
