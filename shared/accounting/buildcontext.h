#pragma once
// Per-document state of JournalBuilder::build(): the entry being assembled, the reasons and the
// automatic matches. Internal to the accounting module.
#include "journalbuilder.h"

namespace mlc::accounting::detail {

class BuildContext {
public:
    // `mapper` (and the master data it reads) must outlive the context.
    BuildContext(const Mapper &mapper, BuildResult &result);

    BuildResult &result() { return m_result; }
    JournalEntry &entry() { return m_entry; }
    int decimals() const { return m_decimals; }

    // Adds a reason unless one with the same blocker key (or, without a key, the same code and
    // message) is already there. `args`: the sentence's facts by name (ReviewReason::args).
    void reason(const QString &code, const QString &message, const QString &blockerKey,
                const QStringList &candidates, const QJsonObject &args);
    void reason(const QString &code, const QString &message, const QJsonObject &args)
    {
        reason(code, message, {}, {}, args);
    }
    // args: "case" ("missing", "not-a-number", "wrong-shape", "no-block", ...), "field", and where
    // it is ("entry", "line", "item", "allocation": 1-based numbers).
    void malformed(const QString &message, const QJsonObject &args)
    {
        reason(QStringLiteral("document.malformed"), message, args);
    }
    // Records an automatic match or the resolution's reason; returns whether it resolved.
    bool resolved(const Resolution &r);

    // Sets the document currency (Concur's ISO code): resolved to B1's code (Mapper::currency), local
    // -> Debit/Credit, other -> FC amounts, unknown -> review. Amounts are rounded to that
    // currency's decimals from here on (Mapper::currencyDecimals).
    void setCurrency(const QString &currency);

    // Rounds one Concur component amount (half away from zero) and counts it for the tolerance.
    Decimal component(const Decimal &amount)
    {
        ++m_components;
        return amount.rounded(m_decimals);
    }
    Decimal round(const Decimal &amount) const { return amount.rounded(m_decimals); }

    // A line for a signed amount: > 0 debit, < 0 credit (absolute value), 0 no line.
    // `unresolved`: blocker keys of what this line still lacks (an account or BP that did not
    // resolve, a cost center): such a line only ever appears in BuildResult::draft (the preview),
    // never in a postable entry, because each of them is also a reason.
    void addLine(const QString &account, const QString &shortName, const Decimal &signedDebit, const QString &memo,
                 const QString (*codes)[5] = nullptr, const QStringList &unresolved = {});
    // The line of a resolution that failed: no account/BP, the blocker key as unresolved (for the
    // preview). `dimensionsPending`: blocker keys of the line's cost centers that did not resolve.
    void addLineFor(const Resolution &r, bool bpLine, const Decimal &signedDebit, const QString &memo,
                    const QString (*codes)[5] = nullptr, const QStringList &dimensionsPending = {});
    // Σ debit − Σ credit of the lines so far (what a closing BP line has to credit).
    Decimal balance() const;

    // "totals do not reconcile": |computed − expected| > one minor unit of the posting currency
    // (0.01 EUR, 1 JPY) × rounded components. `code` names the
    // reason ("totals.mismatch", or "totals.unaccounted" against Concur's approved total); `hint` is
    // appended to the message. Returns whether the totals reconcile (or were not checked).
    // `args` names the total compared ("total": "approved", "due" or "request") and anything the
    // hint says; the amounts are added.
    bool checkTotals(const Decimal &computed, const Decimal &expected, const QString &what, const QString &code,
                     const QString &hint, QJsonObject args);

    // Moves the entry into the result if there is no reason and it balances; sets postsNothing.
    void finish();

private:
    const MasterData &m_md;
    const Mapper &m_mapper;
    BuildResult &m_result;
    JournalEntry m_entry;
    int m_decimals;
    int m_components = 0;
    QString m_fcCurrency;
};

} // namespace mlc::accounting::detail
