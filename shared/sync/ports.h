#pragma once
// The two sides of a sync cycle as the engine sees them. Adapters over the Concur and Service
// Layer clients implement these; tests may implement them directly.
#include "accounting/masterdata.h"
#include "concur/fistransaction.h"
#include "concur/fiswriter.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace mlc::sync {

// Read-only source of approved documents (Concur FIS). Never writes to Concur. Pages are handed
// over one at a time so that memory stays flat however many documents are waiting.
class DocumentSource {
public:
    using PageHandler = std::function<Result<void>(const QList<concur::FisTransaction> &page)>;
    virtual ~DocumentSource() = default;
    // Calls onPage for every page of READY documents of docType; stops at the first error.
    virtual Result<void> forEachReady(const QString &docType, const PageHandler &onPage) = 0;
    // The same from page `firstPage` (0-based) for at most `maxPages` pages (< 0: no limit).
    // Returns the page to go on from next time, or -1 when the end of the queue was reached. A
    // source without pages of its own reads everything (the default).
    virtual Result<int> forEachReadyFrom(const QString &docType, int firstPage, int maxPages, const PageHandler &onPage)
    {
        Q_UNUSED(firstPage);
        Q_UNUSED(maxPages);
        if (auto r = forEachReady(docType, onPage); !r.ok())
            return r.error();
        return -1;
    }
};

// Write-backs to Concur (issue #10): what the setting concur/writeBack admits, nothing more (the
// Concur transport refuses the rest). Each call answers item by item (concur/fiswriter.h); an
// error means no item has a known outcome and all are sent again later.
class WriteBackTarget {
public:
    virtual ~WriteBackTarget() = default;
    virtual Result<QList<concur::FisWriteResult>> acknowledge(const QString &docType, const QStringList &fisIds) = 0;
    virtual Result<QList<concur::FisWriteResult>> confirmPostings(const QString &docType, const QJsonArray &items) = 0;
    virtual Result<QList<concur::FisWriteResult>> confirmPayments(const QString &docType, const QJsonArray &items) = 0;
};

struct PostedRef {
    qint64 jdtNum = 0;
    qint64 number = 0;
};

// Outcome of posting a batch: either every entry posted (refs in order), or the index and B1
// message of the entry that made B1 roll the whole change set back.
struct BatchOutcome {
    QList<PostedRef> posted;
    int failedIndex = -1;
    Error failure;
};

// The ledger in SAP Business One (Service Layer).
class LedgerTarget {
public:
    virtual ~LedgerTarget() = default;
    virtual Result<accounting::MasterData> loadMasterData() = 0;
    // `body` is the entry's compact JSON, byte for byte what the ledger hashed and stored.
    // error codes: "b1.business" (rejected, nothing posted), "b1.unknown_outcome" (may have
    // posted: look up before retrying), others transient (nothing posted).
    virtual Result<PostedRef> post(const QByteArray &body) = 0;
    virtual Result<std::optional<PostedRef>> findByReference3(const QString &key) = 0;
    // Which of `keys` B1 already holds in Reference3 (a key left out is not in B1), in as few
    // requests as the URL length allows: the engine asks once per page of documents before the
    // page's first POST. Same error codes as findByReference3.
    virtual Result<QHash<QString, PostedRef>> findAllByReference3(const QStringList &keys) = 0;
    // One atomic change set. Same error codes as post() for transport-level failures.
    virtual Result<BatchOutcome> postBatch(const QList<QByteArray> &bodies) = 0;
    virtual int loginCount() const = 0;
    virtual quint64 requestCount() const = 0; // HTTP requests sent to B1 (for the benchmark)
};

} // namespace mlc::sync
