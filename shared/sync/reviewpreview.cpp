#include "reviewpreview.h"

#include "storemappinglookup.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlc::sync {

namespace {

// Reasons the engine (not the builder) gives: a rebuild does not make them go away.
bool engineBlocks(const QString &code)
{
    // concur.refused: Concur refused a write-back; the document waits for a person and never posts
    // from the queue (Retry sends the write-back again, sync/writeback.h).
    return code == QLatin1String("document.changed_after_posting") || code == QLatin1String("document.revisions_unordered")
        || code == QLatin1String("concur.refused");
}

} // namespace

QJsonObject previewJson(const accounting::BuildResult &built, const accounting::MasterData &md)
{
    const accounting::JournalEntry &entry = built.entry ? *built.entry : built.draft;
    const int fallbackDecimals = md.amountDecimals;
    int decimals = fallbackDecimals;
    QString currency = md.localCurrency;
    QJsonArray lines;
    QStringList open;
    for (const accounting::JournalLine &l : entry.lines) {
        const int places = l.decimals >= 0 ? l.decimals : fallbackDecimals;
        decimals = places;
        const bool fc = !l.fcCurrency.isEmpty();
        if (fc)
            currency = l.fcCurrency;
        const Decimal debit = l.debitAmount();
        const Decimal credit = l.creditAmount();
        QJsonArray dims;
        for (const QString &c : l.costingCodes)
            dims.append(c);
        QJsonObject o{{QStringLiteral("account"), l.accountCode},
                      {QStringLiteral("shortName"), l.shortName},
                      {QStringLiteral("debit"), debit.isZero() ? QString() : debit.toFixed(places)},
                      {QStringLiteral("credit"), credit.isZero() ? QString() : credit.toFixed(places)},
                      {QStringLiteral("currency"), fc ? l.fcCurrency : md.localCurrency},
                      {QStringLiteral("dimensions"), dims},
                      {QStringLiteral("lineMemo"), l.lineMemo}};
        if (!l.unresolved.isEmpty()) {
            o.insert(QStringLiteral("unresolved"), QJsonArray::fromStringList(l.unresolved));
            for (const QString &b : l.unresolved) {
                if (!open.contains(b))
                    open.append(b);
            }
        }
        lines.append(o);
    }
    QJsonArray reasons;
    bool complete = true;
    for (const accounting::ReviewReason &r : built.reasons) {
        reasons.append(r.toJson());
        if (!r.blockerKey.isEmpty() && !open.contains(r.blockerKey))
            open.append(r.blockerKey);
        // These leave lines out of the draft (or make them meaningless): the preview is partial.
        if (r.code == QLatin1String("document.malformed") || r.code == QLatin1String("currency.unknown")
            || r.code == QLatin1String("payer.unsupported") || r.code == QLatin1String("payer.personal_positive"))
            complete = false;
    }
    const Decimal totalDebit = entry.totalDebit();
    const Decimal totalCredit = entry.totalCredit();
    QJsonObject o{{QStringLiteral("wouldPost"), built.postable()},
                  {QStringLiteral("nothingToPost"), built.postsNothing},
                  {QStringLiteral("complete"), complete},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("localCurrency"), md.localCurrency},
                  {QStringLiteral("referenceDate"), entry.referenceDate.isValid() ? entry.referenceDate.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("dueDate"), entry.dueDate.isValid() ? entry.dueDate.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("memo"), entry.memo},
                  {QStringLiteral("reference"), entry.reference},
                  {QStringLiteral("reference2"), entry.reference2},
                  {QStringLiteral("reference3"), entry.reference3},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("totals"), QJsonObject{{QStringLiteral("debit"), totalDebit.toFixed(decimals)},
                                                         {QStringLiteral("credit"), totalCredit.toFixed(decimals)},
                                                         {QStringLiteral("difference"), (totalDebit - totalCredit).toFixed(decimals)}}},
                  {QStringLiteral("balanced"), !entry.lines.isEmpty() && totalDebit == totalCredit},
                  {QStringLiteral("reasons"), reasons},
                  {QStringLiteral("blockers"), QJsonArray::fromStringList(open)}};
    return o;
}

Result<QJsonObject> previewDocument(store::Store &store, const store::LedgerRow &row, const accounting::MasterData &masterData,
                                    const QDateTime &now)
{
    auto settings = store.settings();
    if (!settings.ok())
        return settings.error();
    const accounting::PostingSettings posting = accounting::PostingSettings::fromKeyValues(settings.value());
    auto lookup = StoreMappingLookup::load(store);
    if (!lookup.ok())
        return lookup.error();
    const StoreMappingLookup mappings = std::move(lookup.value());
    const accounting::JournalBuilder builder(masterData, mappings, posting);
    const QDate syncDate = posting.timeZone.isValid() ? now.toTimeZone(posting.timeZone).date() : QDate();
    const QJsonObject document = QJsonDocument::fromJson(row.document).object();
    const accounting::BuildResult built = builder.build(row.docType, document, syncDate);
    QJsonObject o = previewJson(built, masterData);
    // What the engine decided beyond the build (another revision already posted, revisions that
    // cannot be ordered) still holds: the preview says so and would not post.
    QJsonArray reasons = o.value(QStringLiteral("reasons")).toArray();
    bool blocked = false;
    for (const QJsonValue &v : row.reasons) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        if (engineBlocks(code)) {
            reasons.append(v);
            blocked = true;
        }
    }
    if (row.jdtNum > 0) // already journal entry jdtNum in B1: it never posts again
        blocked = true;
    if (blocked) {
        o.insert(QStringLiteral("reasons"), reasons);
        o.insert(QStringLiteral("wouldPost"), false);
    }
    if (row.jdtNum > 0)
        o.insert(QStringLiteral("jdtNum"), row.jdtNum);
    o.insert(QStringLiteral("key"), row.key);
    o.insert(QStringLiteral("docType"), row.docType);
    o.insert(QStringLiteral("title"), row.title);
    o.insert(QStringLiteral("state"), store::toString(row.state));
    return o;
}

} // namespace mlc::sync
