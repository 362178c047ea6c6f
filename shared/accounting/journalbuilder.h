#pragma once
// The posting specification (design.md §2): one Concur FIS document (one revision) becomes exactly
// one balanced journal entry, or review reasons. Pure and deterministic: the same document, master
// data, mappings and settings always give the same entry, so a queued document can be rebuilt
// after a mapping is fixed.
#include "documentidentity.h"
#include "journalentry.h"
#include "mapper.h"
#include "mappinglookup.h"
#include "masterdata.h"
#include "namenormaliser.h"
#include "postingsettings.h"
#include "reviewreason.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace mlc::accounting {

namespace detail { class BuildContext; }

struct BuildResult {
    DocumentIdentity identity;
    std::optional<JournalEntry> entry; // set only when there are no reasons and something posts
    // With reasons: the entry as far as it could be built (for the preview, never posted). Lines
    // whose account, BP or cost center did not resolve carry the blocker keys in
    // JournalLine::unresolved; amounts are final, so the draft balances unless a reason says why not.
    JournalEntry draft;
    QList<ReviewReason> reasons;       // all of them, de-duplicated by blocker key
    QList<AutoMatch> autoMatches;      // automatic mapping decisions (explicit ones are not listed)
    bool postsNothing = false;         // e.g. a report of personal entries only: nothing to post

    bool postable() const { return reasons.isEmpty() && entry.has_value(); }
};

class JournalBuilder {
public:
    // `md`, `mappings` and `settings` must outlive the builder. Builds the mapping indices once.
    JournalBuilder(const MasterData &md, const MappingLookup &mappings, const PostingSettings &settings);

    // docType "expense" or "invoice". `syncDate` is the reference date when the settings ask for
    // it (posting/referenceDate sync): the date of the sync in the company's time zone
    // (PostingSettings::timeZone); an invalid date sends such documents to review.
    BuildResult build(const QString &docType, const QJsonObject &document, const QDate &syncDate) const;

    const Mapper &mapper() const { return m_mapper; }

private:
    // Where a dimension's Concur field is read from (by its name's prefix).
    enum class FieldHome { Allocation, Employee, Header, Item };
    struct DimensionSource {
        int dimension;
        QString field;
        FieldHome home;
    };

    void buildExpense(detail::BuildContext &ctx, const QJsonObject &document, const QDate &syncDate) const;
    void buildInvoice(detail::BuildContext &ctx, const QJsonObject &document) const;
    // Cost-center codes of one debit line, per active dimension with a configured source;
    // `pending` gets the blocker keys of those that did not resolve (for the preview).
    void costingCodes(detail::BuildContext &ctx, const QJsonObject &allocation, const QJsonObject &item,
                      const QJsonObject &header, const QJsonObject &employee, QString (&codes)[5],
                      QStringList *pending = nullptr) const;

    const MasterData &m_md;
    const PostingSettings &m_settings;
    Mapper m_mapper;
    QList<DimensionSource> m_sources;
};

} // namespace mlc::accounting
