#pragma once
// An in-memory LedgerTarget for engine tests: stores entries by Reference3 like B1 would (no
// idempotency of its own) and injects the outcomes the engine must survive.
#include "sync/ports.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <functional>

namespace mlc::test {

class FakeB1 : public sync::LedgerTarget {
public:
    accounting::MasterData masterData;
    QList<QJsonObject> entries;          // what "B1" holds
    int postCalls = 0;
    int batchCalls = 0;
    int lookups = 0;                     // lookup requests (one key or many)
    int bulkLookups = 0;                 // of which findAllByReference3
    // injections, consumed in order
    int commitThenUnknown = 0;           // commit, then report an unknown outcome
    int unknownWithoutCommit = 0;        // report unknown, nothing committed
    int transientFailures = 0;           // nothing committed, "b1.transient"
    bool lookupFails = false;
    QString rejectReference3;            // business error for this key (also fails its batch)
    std::function<void()> onPost;        // called as each POST (or $batch) arrives

    Result<accounting::MasterData> loadMasterData() override { return masterData; }

    Result<sync::PostedRef> post(const QByteArray &json) override
    {
        const QJsonObject body = QJsonDocument::fromJson(json).object();
        ++postCalls;
        if (onPost)
            onPost();
        if (transientFailures > 0) {
            --transientFailures;
            return makeError(QStringLiteral("b1.transient"), QStringLiteral("connection refused"));
        }
        if (unknownWithoutCommit > 0) {
            --unknownWithoutCommit;
            return makeError(QStringLiteral("b1.unknown_outcome"), QStringLiteral("timeout"));
        }
        if (body.value(QStringLiteral("Reference3")).toString() == rejectReference3)
            return makeError(QStringLiteral("b1.business"), QStringLiteral("Invalid BP code"));
        const sync::PostedRef ref = commit(body);
        if (commitThenUnknown > 0) {
            --commitThenUnknown;
            return makeError(QStringLiteral("b1.unknown_outcome"), QStringLiteral("connection dropped"));
        }
        return ref;
    }

    Result<std::optional<sync::PostedRef>> findByReference3(const QString &key) override
    {
        ++lookups;
        if (lookupFails)
            return makeError(QStringLiteral("b1.transient"), QStringLiteral("unreachable"));
        for (const QJsonObject &e : entries) {
            if (e.value(QStringLiteral("Reference3")).toString() == key)
                return std::optional<sync::PostedRef>(sync::PostedRef{e.value(QStringLiteral("JdtNum")).toInteger(),
                                                                      e.value(QStringLiteral("Number")).toInteger()});
        }
        return std::optional<sync::PostedRef>();
    }

    Result<QHash<QString, sync::PostedRef>> findAllByReference3(const QStringList &keys) override
    {
        ++lookups;
        ++bulkLookups;
        if (lookupFails)
            return makeError(QStringLiteral("b1.transient"), QStringLiteral("unreachable"));
        const QSet<QString> wanted(keys.cbegin(), keys.cend());
        QHash<QString, sync::PostedRef> found;
        for (const QJsonObject &e : entries) {
            const QString key = e.value(QStringLiteral("Reference3")).toString();
            if (wanted.contains(key) && !found.contains(key))
                found.insert(key, sync::PostedRef{e.value(QStringLiteral("JdtNum")).toInteger(),
                                                  e.value(QStringLiteral("Number")).toInteger()});
        }
        return found;
    }

    Result<sync::BatchOutcome> postBatch(const QList<QByteArray> &json) override
    {
        QList<QJsonObject> bodies;
        for (const QByteArray &b : json)
            bodies.append(QJsonDocument::fromJson(b).object());
        ++batchCalls;
        if (onPost)
            onPost();
        sync::BatchOutcome out;
        for (int i = 0; i < bodies.size(); ++i) {
            if (bodies.at(i).value(QStringLiteral("Reference3")).toString() == rejectReference3) {
                out.failedIndex = i;
                out.failure = makeError(QStringLiteral("b1.business"), QStringLiteral("Invalid BP code"));
                return out; // atomic: nothing committed
            }
        }
        for (const QJsonObject &b : bodies)
            out.posted.append(commit(b));
        return out;
    }

    int loginCount() const override { return 1; }
    quint64 requestCount() const override { return quint64(postCalls + batchCalls + lookups); }

    int countByReference3(const QString &key) const
    {
        int n = 0;
        for (const QJsonObject &e : entries)
            n += e.value(QStringLiteral("Reference3")).toString() == key ? 1 : 0;
        return n;
    }

private:
    sync::PostedRef commit(QJsonObject body)
    {
        const qint64 jdt = entries.size() + 1;
        body.insert(QStringLiteral("JdtNum"), jdt);
        body.insert(QStringLiteral("Number"), jdt + 1000);
        entries.append(body);
        return {jdt, jdt + 1000};
    }
};

class FakeConcur : public sync::DocumentSource {
public:
    QHash<QString, QList<concur::FisTransaction>> ready; // docType -> documents
    int pageSize = 7;
    Result<void> forEachReady(const QString &docType, const PageHandler &onPage) override
    {
        const QList<concur::FisTransaction> all = ready.value(docType);
        for (int i = 0; i < all.size(); i += pageSize) {
            auto r = onPage(all.mid(i, pageSize));
            if (!r.ok())
                return r;
        }
        return {};
    }
};

} // namespace mlc::test
