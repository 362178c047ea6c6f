#pragma once
// Seeded, reproducible mutations of Concur FIS documents for fuzz_documents: truncation, type swaps
// (string/number/object/array/null/bool), missing and duplicated keys, huge, negative and 40-digit
// numbers, unicode, empty and duplicated array elements, deep nesting, and field values chosen for
// what the posting rules read (payer codes, accounts, currencies, dates, ids, tax ids).
//
// Mutations work on the JSON tree; what a tree cannot hold (a key twice in one object, a number
// literal no double represents, a lone UTF-16 surrogate escape) is carried as a marker string and
// written out by writeJson(), so the code under test only ever sees bytes, as Concur sends them.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::fuzz {

// splitmix64: the same seed gives the same numbers on every platform and standard library.
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int bounded(int n) { return n > 0 ? int(next() % quint64(n)) : 0; }
    bool chance(int percent) { return bounded(100) < percent; }
    // A per-case generator: independent of every other case, so one case can be replayed alone.
    static Rng forCase(quint64 seed, quint64 caseNumber, quint64 stream = 0)
    {
        Rng r(seed * 0x2545f4914f6cdd1dULL ^ (caseNumber + 1) * 0x9e3779b97f4a7c15ULL ^ stream * 0xd1b54a32d192ed03ULL);
        r.next();
        return r;
    }

private:
    quint64 m_state;
};

struct SeedDocument {
    QString docType;      // "expense" | "invoice"
    QJsonObject document; // the FIS `document`
    QString origin;       // "generator seed 1 #17", "example: personal card pair", ...
};

struct MutatedDocument {
    QString docType;       // as the FIS envelope files it (now and then not the seed's type)
    QJsonObject tree;      // the mutated tree, markers included (for revision twins)
    QByteArray envelope;   // one FIS page entry as Concur sends it (document as object or as text)
    QStringList mutations; // what was done, for the failure report
};

class DocumentMutator {
public:
    explicit DocumentMutator(QList<SeedDocument> seeds) : m_seeds(std::move(seeds)) {}

    const QList<SeedDocument> &seeds() const { return m_seeds; }

    // One case: a seed picked by `rng`, mutated 0..8 times, wrapped in a FIS envelope with `fisId`.
    MutatedDocument mutate(Rng &rng, const QString &fisId) const;
    // Another revision of an already mutated document (revisionNumber + 1, sometimes an amount
    // changed), as Concur sends when a report is resubmitted.
    MutatedDocument nextRevision(const MutatedDocument &doc, Rng &rng, const QString &fisId) const;

    // The FIS page entry for a document's JSON text: `asText` sends it as a JSON string
    // (DocumentFormatAs text); `truncateAt` >= 0 cuts that text there (only with asText, so the
    // page stays readable).
    static QByteArray envelope(const QString &fisId, const QString &docType, const QByteArray &documentText,
                               bool asText, int truncateAt = -1);

private:
    QJsonObject mutateOnce(const QJsonObject &doc, QString &docType, Rng &rng, QStringList &log) const;

    QList<SeedDocument> m_seeds;
};

// Compact JSON with the mutator's markers applied (duplicate keys, raw literals); `usedRaw` tells
// whether a raw literal went in (the text may then be something Qt's reader refuses).
QByteArray writeJson(const QJsonValue &value, bool *usedRaw = nullptr);

} // namespace mlc::fuzz
