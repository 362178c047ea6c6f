#include "buildcontext.h"

#include "jsonfields.h"

namespace mlc::accounting::detail {

BuildContext::BuildContext(const Mapper &mapper, BuildResult &result)
    : m_md(mapper.masterData())
    , m_mapper(mapper)
    , m_result(result)
    , m_decimals(m_md.amountDecimals < 0 ? 0 : (m_md.amountDecimals > 8 ? 8 : m_md.amountDecimals))
{
}

void BuildContext::reason(const QString &code, const QString &message, const QString &blockerKey,
                          const QStringList &candidates, const QJsonObject &args)
{
    for (const ReviewReason &r : std::as_const(m_result.reasons)) {
        if (blockerKey.isEmpty() ? (r.blockerKey.isEmpty() && r.code == code && r.message == message)
                                 : r.blockerKey == blockerKey)
            return;
    }
    m_result.reasons.append(ReviewReason{code, message, blockerKey, candidates, args});
}

bool BuildContext::resolved(const Resolution &r)
{
    if (!r.ok) {
        reason(r.reason.code, r.reason.message, r.reason.blockerKey, r.reason.candidates, r.reason.args);
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
        malformed(QStringLiteral("The document has no currency."),
                  QJsonObject{{QStringLiteral("case"), QStringLiteral("missing")}, {QStringLiteral("field"), QStringLiteral("currency")}});
        return;
    }
    const Resolution r = m_mapper.currency(currency);
    // A B1 code that equals Concur's is no mapping decision; only a translation ("USD" -> "US$")
    // is recorded as an automatic match.
    if ((!r.ok || r.target != r.sourceKey) && !resolved(r))
        return;
    m_decimals = m_mapper.currencyDecimals(r.target, r.sourceKey);
    if (r.target != m_md.localCurrency)
        m_fcCurrency = r.target;
}

void BuildContext::addLine(const QString &account, const QString &shortName, const Decimal &signedDebit,
                           const QString &memo, const QString (*codes)[5], const QStringList &unresolved)
{
    if (signedDebit.isZero())
        return;
    JournalLine l;
    l.accountCode = account;
    l.shortName = shortName;
    l.lineMemo = fields::cut(memo, b1len::LineMemo);
    const Decimal amount = signedDebit.abs();
    l.decimals = m_decimals;
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
    l.unresolved = unresolved;
    m_entry.lines.append(std::move(l));
}

void BuildContext::addLineFor(const Resolution &r, bool bpLine, const Decimal &signedDebit, const QString &memo,
                              const QString (*codes)[5], const QStringList &dimensionsPending)
{
    QStringList unresolved = dimensionsPending;
    if (!r.ok) {
        unresolved.prepend(r.reason.blockerKey.isEmpty() ? r.reason.code : r.reason.blockerKey);
        addLine({}, {}, signedDebit, memo, codes, unresolved);
        return;
    }
    addLine(bpLine ? QString() : r.target, bpLine ? r.target : QString(), signedDebit, memo, codes, unresolved);
}

Decimal BuildContext::balance() const
{
    return m_entry.totalDebit() - m_entry.totalCredit();
}

bool BuildContext::checkTotals(const Decimal &computed, const Decimal &expected, const QString &what,
                               const QString &code, const QString &hint, QJsonObject args)
{
    // Each rounded component may be off by up to half a unit of the last decimal; allow one
    // minor unit of the posting currency per component, as the specification says.
    // A malformed document already explains itself; its skipped lines would only add a mismatch.
    for (const ReviewReason &r : std::as_const(m_result.reasons)) {
        if (r.code == QLatin1String("document.malformed"))
            return true;
    }
    static const Decimal units[9] = {
        *Decimal::fromString(u"1"),         *Decimal::fromString(u"0.1"),       *Decimal::fromString(u"0.01"),
        *Decimal::fromString(u"0.001"),     *Decimal::fromString(u"0.0001"),    *Decimal::fromString(u"0.00001"),
        *Decimal::fromString(u"0.000001"),  *Decimal::fromString(u"0.0000001"), *Decimal::fromString(u"0.00000001"),
    };
    const Decimal unit = units[m_decimals];
    // No rounded component, no rounding difference: then the totals must match exactly (a cent
    // due on a report without lines is not "nothing to post").
    const Decimal tolerance = unit * qint64(m_components);
    const Decimal diff = (computed - expected).abs();
    if (diff > tolerance) {
        QString message =
            QStringLiteral("Totals do not reconcile: the lines add up to %1 but Concur's %2 is %3 (difference %4, tolerance %5).")
                .arg(computed.toFixed(m_decimals), what, expected.toString(m_decimals), diff.toString(m_decimals),
                     tolerance.toFixed(m_decimals));
        if (!hint.isEmpty())
            message += QLatin1Char(' ') + hint;
        args.insert(QStringLiteral("computed"), computed.toFixed(m_decimals));
        args.insert(QStringLiteral("expected"), expected.toString(m_decimals));
        args.insert(QStringLiteral("difference"), diff.toString(m_decimals));
        args.insert(QStringLiteral("tolerance"), tolerance.toFixed(m_decimals));
        reason(code, message, args);
        return false;
    }
    return true;
}

void BuildContext::finish()
{
    if (!m_result.reasons.isEmpty()) {
        m_result.entry.reset();
        // What would post so far, lines without an account or BP marked (the preview).
        m_result.draft = std::move(m_entry);
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
                   .arg(m_entry.totalDebit().toFixed(m_decimals), m_entry.totalCredit().toFixed(m_decimals)),
               QJsonObject{{QStringLiteral("debit"), m_entry.totalDebit().toFixed(m_decimals)},
                           {QStringLiteral("credit"), m_entry.totalCredit().toFixed(m_decimals)}});
        m_result.draft = std::move(m_entry);
        return;
    }
    m_result.entry = std::move(m_entry);
}

} // namespace mlc::accounting::detail
