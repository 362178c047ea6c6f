#pragma once
// Per-document state of JournalBuilder::build(): the entry being assembled, the reasons and the
// automatic matches. Internal to the accounting module.
#include "journalbuilder.h"

namespace mlc::accounting::detail {

class BuildContext {
public:
    BuildContext(const MasterData &md, BuildResult &result);

    BuildResult &result() { return m_result; }
    JournalEntry &entry() { return m_entry; }
    int decimals() const { return m_decimals; }

    // Adds a reason unless one with the same blocker key (or, without a key, the same code and
    // message) is already there.
    void reason(const QString &code, const QString &message, const QString &blockerKey = {},
                const QStringList &candidates = {});
    void malformed(const QString &message) { reason(QStringLiteral("document.malformed"), message); }
    // Records an automatic match or the resolution's reason; returns whether it resolved.
    bool resolved(const Resolution &r);

    // Sets the document currency: local -> Debit/Credit, other known -> FC amounts, unknown -> review.
    void setCurrency(const QString &currency);

    // Rounds one Concur component amount (half away from zero) and counts it for the tolerance.
    Decimal component(const Decimal &amount)
    {
        ++m_components;
        return amount.rounded(m_decimals);
    }
    Decimal round(const Decimal &amount) const { return amount.rounded(m_decimals); }

    // A line for a signed amount: > 0 debit, < 0 credit (absolute value), 0 no line.
    void addLine(const QString &account, const QString &shortName, const Decimal &signedDebit, const QString &memo,
                 const QString (*codes)[5] = nullptr);
    // Σ debit − Σ credit of the lines so far (what a closing BP line has to credit).
    Decimal balance() const;

    // "totals do not reconcile": |computed − expected| > 0.01 × rounded components.
    void checkTotals(const Decimal &computed, const Decimal &expected, const QString &what);

    // Moves the entry into the result if there is no reason and it balances; sets postsNothing.
    void finish();

private:
    const MasterData &m_md;
    BuildResult &m_result;
    JournalEntry m_entry;
    int m_decimals;
    int m_components = 0;
    QString m_fcCurrency;
};

} // namespace mlc::accounting::detail
