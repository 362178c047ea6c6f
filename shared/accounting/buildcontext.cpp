#include "buildcontext.h"

#include "jsonfields.h"

namespace mlc::accounting::detail {

BuildContext::BuildContext(const MasterData &md, BuildResult &result)
    : m_md(md)
    , m_result(result)
    , m_decimals(md.amountDecimals < 0 ? 0 : (md.amountDecimals > 8 ? 8 : md.amountDecimals))
{
}

void BuildContext::reason(const QString &code, const QString &message, const QString &blockerKey,
                          const QStringList &candidates)
{
    for (const ReviewReason &r : std::as_const(m_result.reasons)) {
        if (blockerKey.isEmpty() ? (r.blockerKey.isEmpty() && r.code == code && r.message == message)
                                 : r.blockerKey == blockerKey)
            return;
    }
    m_result.reasons.append(ReviewReason{code, message, blockerKey, candidates});
}

bool BuildContext::resolved(const Resolution &r)
{
    if (!r.ok) {
        reason(r.reason.code, r.reason.message, r.reason.blockerKey, r.reason.candidates);
        return false;
    }
    if (r.automatic() && r.kind != QLatin1String("setting")) {
        for (const AutoMatch &m : std::as_const(m_result.autoMatches)) {
            if (m.kind == r.kind && m.sourceKey == r.sourceKey)
                return true;
        }
        m_result.autoMatches.append(r.autoMatch());
    }
    return true;
}

void BuildContext::setCurrency(const QString &currency)
{
    if (currency.isEmpty()) {
        malformed(QStringLiteral("The document has no currency."));
        return;
    }
    if (currency.compare(m_md.localCurrency, Qt::CaseInsensitive) == 0)
        return;
    bool known = false;
    for (const QString &c : m_md.currencies) {
        if (c.compare(currency, Qt::CaseInsensitive) == 0) {
            known = true;
            break;
        }
    }
    if (!known) {
        reason(QStringLiteral("currency.unknown"),
               QStringLiteral("Currency %1 is not defined in B1 (local currency %2).").arg(currency, m_md.localCurrency));
        return;
    }
    m_fcCurrency = currency;
}

void BuildContext::addLine(const QString &account, const QString &shortName, const Decimal &signedDebit,
                           const QString &memo, const QString (*codes)[5])
{
    if (signedDebit.isZero())
        return;
    JournalLine l;
    l.accountCode = account;
    l.shortName = shortName;
    l.lineMemo = fields::cut(memo, b1len::LineMemo);
    const Decimal amount = signedDebit.abs();
    if (m_fcCurrency.isEmpty()) {
        (signedDebit.isNegative() ? l.credit : l.debit) = amount;
    } else {
        l.fcCurrency = m_fcCurrency;
        (signedDebit.isNegative() ? l.fcCredit : l.fcDebit) = amount;
    }
    if (codes) {
        for (int d = 0; d < 5; ++d)
            l.costingCodes[d] = (*codes)[d];
    }
    m_entry.lines.append(std::move(l));
}

Decimal BuildContext::balance() const
{
    return m_entry.totalDebit() - m_entry.totalCredit();
}

void BuildContext::checkTotals(const Decimal &computed, const Decimal &expected, const QString &what)
{
    // Each rounded component may be off by up to half a unit of the last decimal; allow one
    // cent (one unit) per component, as the specification says.
    // A malformed document already explains itself; its skipped lines would only add a mismatch.
    for (const ReviewReason &r : std::as_const(m_result.reasons)) {
        if (r.code == QLatin1String("document.malformed"))
            return;
    }
    static const Decimal units[9] = {
        *Decimal::fromString(u"1"),         *Decimal::fromString(u"0.1"),       *Decimal::fromString(u"0.01"),
        *Decimal::fromString(u"0.001"),     *Decimal::fromString(u"0.0001"),    *Decimal::fromString(u"0.00001"),
        *Decimal::fromString(u"0.000001"),  *Decimal::fromString(u"0.0000001"), *Decimal::fromString(u"0.00000001"),
    };
    const Decimal unit = units[m_decimals];
    const Decimal tolerance = unit * qint64(m_components > 0 ? m_components : 1);
    const Decimal diff = (computed - expected).abs();
    if (diff > tolerance) {
        reason(QStringLiteral("totals.mismatch"),
               QStringLiteral("Totals do not reconcile: the lines add up to %1 but Concur's %2 is %3 (difference %4, tolerance %5).")
                   .arg(computed.toFixed(m_decimals), what, expected.toString(m_decimals), diff.toString(m_decimals),
                        tolerance.toFixed(m_decimals)));
    }
}

void BuildContext::finish()
{
    if (!m_result.reasons.isEmpty()) {
        m_result.entry.reset();
        return;
    }
    if (m_entry.lines.isEmpty()) {
        m_result.postsNothing = true;
        return;
    }
    // The construction balances by design (the BP line is the sum of the others); if it does not,
    // that is a bug, and the document must not post.
    if (!m_entry.isBalanced() || m_entry.lines.size() < 2) {
        reason(QStringLiteral("internal.unbalanced"),
               QStringLiteral("Internal error: the built entry does not balance (debit %1, credit %2). Please report this.")
                   .arg(m_entry.totalDebit().toFixed(m_decimals), m_entry.totalCredit().toFixed(m_decimals)));
        return;
    }
    m_result.entry = std::move(m_entry);
}

} // namespace mlc::accounting::detail
