#pragma once
// The simulated OJDT table: validates JournalEntries POST bodies the way B1 does (as far as public
// sources show; most texts are inferred, see sapb1-service-layer.md §5/§7), stores committed
// entries and indexes the connector's lookup fields (Reference, Reference2, Reference3). No
// duplicate check on purpose: real SL accepts an identical payload twice.
#include "b1masterindex.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace mlc::sim {

// A B1 business error: Error.code is B1's numeric code as text ("-10"), Error.message the value.
struct B1JournalRules {
    QString localCurrency = QStringLiteral("EUR");
    QStringList currencies;
    QDate lockedBefore;
    int amountDecimals = 2;
    QMap<QString, QString> exchangeRates; // currency -> local units per 1 foreign unit
};

class B1JournalBook {
public:
    struct Checkpoint {
        int size = 0;
        int nextJdtNum = 0;
        QHash<int, int> nextNumber;
        QHash<int, QJsonObject> patched; // index -> entry before a PATCH in the change set
    };

    explicit B1JournalBook(int firstJdtNum = 1, int firstNumber = 1);

    void setRules(const B1JournalRules &rules) { m_rules = rules; }
    const B1JournalRules &rules() const { return m_rules; }

    // Validates a POST body against master data; returns the entry as it will be stored (without
    // JdtNum/Number) or the B1 error. `today` fills a missing ReferenceDate.
    Result<QJsonObject> prepare(const QJsonObject &payload, const B1MasterIndex &master, const QDate &today) const;
    // Assigns JdtNum and Number and stores the entry; returns the stored entry.
    QJsonObject commit(QJsonObject entry);

    // PATCH of header fields (Memo, references, UDFs); lines may not be changed here.
    Result<void> patch(int jdtNum, const QJsonObject &changes, Checkpoint *undo = nullptr);
    // POST JournalEntries(n)/Cancel: posts the reversing entry (debit/credit swapped).
    Result<QJsonObject> cancel(int jdtNum, const QDate &today);

    Checkpoint checkpoint() const;
    void rollback(const Checkpoint &cp);

    int count() const { return int(m_entries.size()); }
    const QList<QJsonObject> &entries() const { return m_entries; }
    const QJsonObject *find(int jdtNum) const;
    // Row indices whose `property` equals `value`, for indexed properties (JdtNum,
    // Reference, Reference2, Reference3); false when the property is not indexed.
    bool lookup(const QString &property, const QJsonValue &value, QList<int> *rows) const;

    static const QStringList &headerProperties();
    static const QStringList &lineProperties();

private:
    void indexEntry(int row);
    void unindexEntry(int row);

    B1JournalRules m_rules;
    QList<QJsonObject> m_entries;
    QHash<int, int> m_byJdtNum;
    QHash<QString, QList<int>> m_byRef[3];
    int m_firstJdtNum;
    int m_firstNumber;
    int m_nextJdtNum;
    QHash<int, int> m_nextNumber; // per series
};

} // namespace mlc::sim
