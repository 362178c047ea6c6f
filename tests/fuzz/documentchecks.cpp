#include "documentchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace mlc::fuzz {

using accounting::BuildResult;
using accounting::JournalEntry;
using accounting::JournalLine;
using accounting::MasterData;

int currencyScale(const MasterData &md, const QString &fcCurrency)
{
    if (fcCurrency.isEmpty())
        return md.amountDecimals;
    // Issue #7 item 4: B1's own decimals for the currency when it sets them, else ISO 4217 minor
    // units (a small table of our own, not the connector's), never more than B1's amount decimals.
    static const QHash<QString, int> iso = {
        {QStringLiteral("JPY"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("CLP"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("KWD"), 3}, {QStringLiteral("BHD"), 3}, {QStringLiteral("OMR"), 3},
        {QStringLiteral("JOD"), 3}, {QStringLiteral("TND"), 3}, {QStringLiteral("LYD"), 3}, {QStringLiteral("IQD"), 3},
    };
    int decimals = -1;
    QString isoCode = fcCurrency;
    if (const accounting::Currency *c = md.currency(fcCurrency)) {
        decimals = c->decimals;
        if (!c->isoCode.isEmpty())
            isoCode = c->isoCode;
    }
    if (decimals < 0)
        decimals = iso.value(isoCode.toUpper(), 2);
    return qMin(decimals, md.amountDecimals);
}

namespace {

bool withinScale(const Decimal &d, int scale) { return d.rounded(scale) == d; }

// A JSON number literal as an exact Decimal, also beyond fromString()'s 10^20 (a sum of amounts
// can be); nullopt for anything that is not plain digits with at most 8 decimals.
std::optional<Decimal> exactAmount(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.mid(1);
    const qsizetype point = text.indexOf(u'.');
    QStringView whole = point < 0 ? text : text.left(point);
    const QStringView frac = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 29 || whole.startsWith(u'+'))
        return std::nullopt;
    for (const QStringView part : {whole, frac}) {
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > u'9')
                return std::nullopt;
        }
    }
    Decimal value;
    if (whole.size() > 18) {
        const auto head = Decimal::fromString(whole.left(whole.size() - 18));
        if (!head)
            return std::nullopt;
        value = *head * 1000000000000000000LL;
        whole = whole.right(18);
    }
    const auto tail = Decimal::fromString(point < 0 ? whole.toString() : whole.toString() + QLatin1Char('.') + frac.toString());
    if (!tail)
        return std::nullopt;
    value += *tail;
    return negative ? -value : value;
}

// ---------------------------------------------------------------------------------------------
// A JSON reader that keeps number literals as their text (QJsonDocument turns them into doubles,
// which would hide a wrong digit beyond the 15th) and keeps duplicate keys.

struct Raw {
    enum Type { Null, Bool, Number, String, Array, Object } type = Null;
    QString text; // number literal, string value, "true"/"false"
    QList<Raw> items;
    QList<std::pair<QString, Raw>> members;

    const Raw *member(QLatin1String name) const
    {
        for (const auto &m : members) {
            if (m.first == name)
                return &m.second;
        }
        return nullptr;
    }
};

class RawReader {
public:
    explicit RawReader(const QByteArray &b) : m_s(QString::fromUtf8(b)) {}
    bool read(Raw &out)
    {
        if (!value(out, 0))
            return false;
        space();
        return m_i == m_s.size();
    }

private:
    void space()
    {
        while (m_i < m_s.size() && (m_s[m_i] == u' ' || m_s[m_i] == u'\n' || m_s[m_i] == u'\r' || m_s[m_i] == u'\t'))
            ++m_i;
    }
    bool literal(const char *word)
    {
        const QLatin1String w(word);
        if (QStringView(m_s).mid(m_i, w.size()) != w)
            return false;
        m_i += w.size();
        return true;
    }
    bool string(QString &out)
    {
        if (m_i >= m_s.size() || m_s[m_i] != u'"')
            return false;
        ++m_i;
        while (m_i < m_s.size()) {
            const QChar c = m_s[m_i++];
            if (c == u'"')
                return true;
            if (c != u'\\') {
                if (c.unicode() < 0x20)
                    return false;
                out += c;
                continue;
            }
            if (m_i >= m_s.size())
                return false;
            const QChar e = m_s[m_i++];
            switch (e.unicode()) {
            case u'"': out += u'"'; break;
            case u'\\': out += u'\\'; break;
            case u'/': out += u'/'; break;
            case u'b': out += u'\b'; break;
            case u'f': out += u'\f'; break;
            case u'n': out += u'\n'; break;
            case u'r': out += u'\r'; break;
            case u't': out += u'\t'; break;
            case u'u': {
                bool ok = false;
                const uint code = QStringView(m_s).mid(m_i, 4).toUInt(&ok, 16);
                if (!ok || m_i + 4 > m_s.size())
                    return false;
                out += QChar(char16_t(code));
                m_i += 4;
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }
    bool value(Raw &out, int depth)
    {
        if (depth > 64)
            return false;
        space();
        if (m_i >= m_s.size())
            return false;
        const QChar c = m_s[m_i];
        if (c == u'{') {
            out.type = Raw::Object;
            ++m_i;
            space();
            if (m_i < m_s.size() && m_s[m_i] == u'}') {
                ++m_i;
                return true;
            }
            for (;;) {
                space();
                std::pair<QString, Raw> m;
                if (!string(m.first))
                    return false;
                space();
                if (m_i >= m_s.size() || m_s[m_i] != u':')
                    return false;
                ++m_i;
                if (!value(m.second, depth + 1))
                    return false;
                out.members.append(std::move(m));
                space();
                if (m_i < m_s.size() && m_s[m_i] == u',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_s.size() && m_s[m_i] == u'}') {
                    ++m_i;
                    return true;
                }
                return false;
            }
        }
        if (c == u'[') {
            out.type = Raw::Array;
            ++m_i;
            space();
            if (m_i < m_s.size() && m_s[m_i] == u']') {
                ++m_i;
                return true;
            }
            for (;;) {
                Raw item;
                if (!value(item, depth + 1))
                    return false;
                out.items.append(std::move(item));
                space();
                if (m_i < m_s.size() && m_s[m_i] == u',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_s.size() && m_s[m_i] == u']') {
                    ++m_i;
                    return true;
                }
                return false;
            }
        }
        if (c == u'"') {
            out.type = Raw::String;
            return string(out.text);
        }
        if (literal("true") || literal("false")) {
            out.type = Raw::Bool;
            return true;
        }
        if (literal("null")) {
            out.type = Raw::Null;
            return true;
        }
        const int start = m_i;
        while (m_i < m_s.size() && (m_s[m_i].isDigit() || m_s[m_i] == u'-' || m_s[m_i] == u'+' || m_s[m_i] == u'.'
                                    || m_s[m_i] == u'e' || m_s[m_i] == u'E'))
            ++m_i;
        if (m_i == start)
            return false;
        out.type = Raw::Number;
        out.text = m_s.mid(start, m_i - start);
        return true;
    }

    QString m_s;
    int m_i = 0;
};

// ---------------------------------------------------------------------------------------------
// Facts about the Concur document, read as plainly as possible (not with the builder's code).

std::optional<Decimal> concurAmount(const QJsonValue &v)
{
    if (v.isString() && v.toString().trimmed().isEmpty())
        return std::nullopt;
    return Decimal::fromJson(v); // null/undefined/objects -> nullopt
}

// Number of numeric leaves and the sum of their magnitudes (as double: only a bound).
void numericLeaves(const QJsonValue &v, int &count, double &magnitude, int depth = 0)
{
    if (depth > 64)
        return;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            numericLeaves(x, count, magnitude, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            numericLeaves(it.value(), count, magnitude, depth + 1);
    } else if (v.isDouble()) {
        ++count;
        magnitude += std::fabs(v.toDouble());
    } else if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d)) {
            ++count;
            magnitude += std::fabs(d);
        }
    }
}

bool isPersonal(const QJsonValue &flag)
{
    if (flag.isBool())
        return flag.toBool();
    const QString s = flag.toString().trimmed();
    return s.compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0 || s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QJsonArray asList(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray{v};
    return {};
}

Decimal unitOf(int scale)
{
    QString text = QStringLiteral("1");
    if (scale > 0)
        text = QStringLiteral("0.") + QString(scale - 1, QLatin1Char('0')) + QLatin1Char('1');
    return *Decimal::fromString(text);
}

QString fixed(const Decimal &d) { return d.toString(2); }

// The BP lines' net credit (credit - debit) on the entry's side.
Decimal bpNetCredit(const JournalEntry &e)
{
    Decimal net;
    for (const JournalLine &l : e.lines) {
        if (l.isBpLine())
            net += l.creditAmount() - l.debitAmount();
    }
    return net;
}

void checkEntry(const QString &docType, const QJsonObject &doc, const BuildResult &r, const MasterData &md, BuildCheck &out)
{
    const JournalEntry &e = *r.entry;
    QStringList &p = out.problems;
    if (e.lines.size() < 2)
        p << QStringLiteral("posted entry has %1 line(s)").arg(e.lines.size());
    if (e.reference3.isEmpty() || e.reference3.size() > accounting::b1len::Reference3)
        p << QStringLiteral("Reference3 '%1' is empty or longer than 27").arg(e.reference3);
    if (!e.referenceDate.isValid())
        p << QStringLiteral("posted entry has no valid ReferenceDate");
    if (e.memo.size() > accounting::b1len::Memo || e.reference.size() > accounting::b1len::Reference
        || e.reference2.size() > accounting::b1len::Reference2)
        p << QStringLiteral("a header text exceeds B1's field length");

    // FCCurrency is B1's code for the document's ISO currency; none for the local currency.
    const QString fc = e.lines.isEmpty() ? QString() : e.lines.first().fcCurrency;
    const accounting::Currency *b1Local = md.currency(md.localCurrency);
    const bool local = r.identity.currency.compare(md.localCurrency, Qt::CaseInsensitive) == 0
        || (b1Local && r.identity.currency.compare(b1Local->isoCode, Qt::CaseInsensitive) == 0);
    if (local != fc.isEmpty())
        p << QStringLiteral("document currency %1 (local %2) posted with FCCurrency '%3'").arg(r.identity.currency, md.localCurrency, fc);
    if (!fc.isEmpty() && !md.currency(fc))
        p << QStringLiteral("FCCurrency '%1' is not a B1 currency").arg(fc);
    const int scale = currencyScale(md, fc);

    Decimal debit, credit;
    int bpLines = 0;
    double largest = 0;
    for (int i = 0; i < e.lines.size(); ++i) {
        const JournalLine &l = e.lines.at(i);
        const QString at = QStringLiteral("line %1").arg(i + 1);
        if (l.accountCode.isEmpty() == l.shortName.isEmpty())
            p << at + QStringLiteral(": needs exactly one of AccountCode '%1' / ShortName '%2'").arg(l.accountCode, l.shortName);
        bpLines += l.isBpLine() ? 1 : 0;
        if (l.fcCurrency != fc)
            p << at + QStringLiteral(": currency '%1' differs from line 1's '%2'").arg(l.fcCurrency, fc);
        const Decimal &d = fc.isEmpty() ? l.debit : l.fcDebit;
        const Decimal &c = fc.isEmpty() ? l.credit : l.fcCredit;
        const Decimal &otherD = fc.isEmpty() ? l.fcDebit : l.debit;
        const Decimal &otherC = fc.isEmpty() ? l.fcCredit : l.credit;
        if (!otherD.isZero() || !otherC.isZero())
            p << at + QStringLiteral(": amounts on both the local and the foreign side");
        if (d.isNegative() || c.isNegative())
            p << at + QStringLiteral(": negative amount (debit %1, credit %2)").arg(d.toString(), c.toString());
        if (!d.isZero() && !c.isZero())
            p << at + QStringLiteral(": both debit %1 and credit %2").arg(d.toString(), c.toString());
        if (d.isZero() && c.isZero())
            p << at + QStringLiteral(": zero line");
        if (!withinScale(d, scale) || !withinScale(c, scale))
            p << at + QStringLiteral(": amount %1 has more than %2 decimals").arg((d.isZero() ? c : d).toString()).arg(scale);
        if (l.lineMemo.size() > accounting::b1len::LineMemo)
            p << at + QStringLiteral(": LineMemo longer than 50");
        debit += d;
        credit += c;
        largest = qMax(largest, (d.isZero() ? c : d).toString().toDouble());
    }
    ++out.balancedChecks;
    if (debit != credit)
        p << QStringLiteral("unbalanced: debit %1, credit %2").arg(debit.toString(), credit.toString());
    if (debit.isZero())
        p << QStringLiteral("posted entry moves nothing");
    if (bpLines > 1)
        p << QStringLiteral("%1 business-partner lines (one creditor or debtor per document)").arg(bpLines);

    // No amount larger than everything the document holds together (an overflow or a unit slip).
    int leaves = 0;
    double magnitude = 0;
    numericLeaves(doc, leaves, magnitude);
    if (largest > magnitude * (1 + 1e-9) + 1)
        p << QStringLiteral("a line amount (%1) exceeds the sum of every number in the document (%2)").arg(largest).arg(magnitude);

    // The business partner's line agrees with Concur's own total (generous tolerance: one unit of
    // the currency per number in the document; the builder's is one per rounded component).
    const Decimal tolerance = unitOf(scale) * qint64(qMax(1, leaves));
    if (docType == QLatin1String("invoice")) {
        const auto total = concurAmount(doc.value(QLatin1String("requestHeader")).toObject().value(QLatin1String("requestTotal")));
        if (total && (bpNetCredit(e) - *total).abs() > tolerance)
            p << QStringLiteral("posted with the vendor credited %1 but requestTotal %2").arg(fixed(bpNetCredit(e)), fixed(*total));
    } else {
        const auto due = concurAmount(doc.value(QLatin1String("report")).toObject().value(QLatin1String("amountDueEmployee")));
        if (due && (bpNetCredit(e) - *due).abs() > tolerance)
            p << QStringLiteral("posted with the employee credited %1 but amountDueEmployee %2").arg(fixed(bpNetCredit(e)), fixed(*due));
    }
}

// "Nothing to post" only for a report of personal entries whose Concur totals are zero.
void checkNothingToPost(const QString &docType, const QJsonObject &doc, QStringList &p)
{
    if (docType == QLatin1String("invoice")) {
        const auto total = concurAmount(doc.value(QLatin1String("requestHeader")).toObject().value(QLatin1String("requestTotal")));
        if (total && !total->isZero())
            p << QStringLiteral("nothing posted for an invoice whose requestTotal is %1").arg(fixed(*total));
        return;
    }
    const QJsonObject report = doc.value(QLatin1String("report")).toObject();
    for (const char *field : {"totalApprovedAmount", "amountDueEmployee"}) {
        const auto a = concurAmount(report.value(QLatin1String(field)));
        if (a && !a->isZero())
            p << QStringLiteral("nothing posted for a report whose %1 is %2").arg(QLatin1String(field), fixed(*a));
    }
    const QJsonArray entries = asList(doc.value(QLatin1String("expenseEntry")));
    for (int i = 0; i < entries.size(); ++i) {
        if (!isPersonal(entries.at(i).toObject().value(QLatin1String("entryIsPersonal")))) {
            p << QStringLiteral("nothing posted although expense entry %1 is not personal").arg(i + 1);
            break;
        }
    }
}

} // namespace

BuildCheck checkBuild(const QString &docType, const QJsonObject &document, const BuildResult &r, const MasterData &md,
                      int payloadDecimals)
{
    BuildCheck out;
    QStringList &p = out.problems;
    for (const accounting::ReviewReason &reason : r.reasons) {
        if (reason.code.isEmpty() || reason.message.isEmpty())
            p << QStringLiteral("a review reason without code or message ('%1')").arg(reason.code);
        if (reason.code == QLatin1String("internal.unbalanced"))
            p << QStringLiteral("the builder's own balance guard fired: ") + reason.message;
    }
    if (!r.reasons.isEmpty()) {
        out.outcome = Outcome::Review;
        if (r.entry)
            p << QStringLiteral("an entry and review reasons at once");
        return out;
    }
    if (r.entry) {
        out.outcome = Outcome::Posted;
        if (r.postsNothing)
            p << QStringLiteral("an entry marked 'nothing to post'");
        checkEntry(docType, document, r, md, out);
        // What the engine sends: the same entry, exact, read back from the bytes.
        const QByteArray payload = r.entry->toCompactJson(payloadDecimals);
        const PayloadCheck pc = checkPayload(payload, md);
        ++out.balancedChecks;
        for (const QString &x : pc.problems)
            p << QStringLiteral("POST body: ") + x;
        return out;
    }
    if (!r.postsNothing) {
        p << QStringLiteral("dropped: no entry, no review reason and not 'nothing to post'");
        return out;
    }
    out.outcome = Outcome::NothingToPost;
    checkNothingToPost(docType, document, p);
    return out;
}

PayloadCheck checkPayload(const QByteArray &payload, const MasterData &md)
{
    PayloadCheck out;
    QStringList &p = out.problems;
    Raw root;
    if (!RawReader(payload).read(root) || root.type != Raw::Object) {
        p << QStringLiteral("not a JSON object");
        return out;
    }
    if (QJsonDocument::fromJson(payload).isNull())
        p << QStringLiteral("Qt cannot parse it");
    QSet<QString> keys;
    for (const auto &m : root.members) {
        if (keys.contains(m.first))
            p << QStringLiteral("key %1 appears twice").arg(m.first);
        keys.insert(m.first);
    }
    const Raw *ref3 = root.member(QLatin1String("Reference3"));
    out.reference3 = ref3 ? ref3->text : QString();
    if (!ref3 || ref3->type != Raw::String || ref3->text.isEmpty() || ref3->text.size() > accounting::b1len::Reference3)
        p << QStringLiteral("Reference3 missing, empty or longer than 27");
    const Raw *date = root.member(QLatin1String("ReferenceDate"));
    if (!date || !QDate::fromString(date->text, Qt::ISODate).isValid())
        p << QStringLiteral("ReferenceDate missing or not a date");
    const Raw *lines = root.member(QLatin1String("JournalEntryLines"));
    if (!lines || lines->type != Raw::Array || lines->items.size() < 2) {
        p << QStringLiteral("fewer than two JournalEntryLines");
        return out;
    }
    QString fc;
    for (int i = 0; i < lines->items.size(); ++i) {
        const Raw &l = lines->items.at(i);
        const QString at = QStringLiteral("line %1").arg(i + 1);
        QSet<QString> lineKeys;
        for (const auto &m : l.members) {
            if (lineKeys.contains(m.first))
                p << at + QStringLiteral(": key %1 appears twice").arg(m.first);
            lineKeys.insert(m.first);
        }
        const Raw *cur = l.member(QLatin1String("FCCurrency"));
        const QString lineFc = cur ? cur->text : QString();
        if (i == 0)
            fc = lineFc;
        else if (lineFc != fc)
            p << at + QStringLiteral(": FCCurrency '%1' differs from line 1's '%2'").arg(lineFc, fc);
        const bool hasAccount = l.member(QLatin1String("AccountCode")) != nullptr;
        const bool hasBp = l.member(QLatin1String("ShortName")) != nullptr;
        if (hasAccount == hasBp)
            p << at + QStringLiteral(": needs exactly one of AccountCode / ShortName");
        const QLatin1String dKey(lineFc.isEmpty() ? "Debit" : "FCDebit");
        const QLatin1String cKey(lineFc.isEmpty() ? "Credit" : "FCCredit");
        const QLatin1String otherD(lineFc.isEmpty() ? "FCDebit" : "Debit");
        const QLatin1String otherC(lineFc.isEmpty() ? "FCCredit" : "Credit");
        if (l.member(otherD) || l.member(otherC))
            p << at + QStringLiteral(": amounts on both the local and the foreign side");
        const int scale = currencyScale(md, lineFc);
        Decimal amounts[2];
        const QLatin1String keys[2] = {dKey, cKey};
        for (int k = 0; k < 2; ++k) {
            const Raw *a = l.member(keys[k]);
            const auto d = a && a->type == Raw::Number ? exactAmount(a->text) : std::nullopt;
            if (!d) {
                p << at + QStringLiteral(": %1 missing or not an exact number ('%2')").arg(keys[k], a ? a->text : QString());
                continue;
            }
            if (d->isNegative())
                p << at + QStringLiteral(": %1 is negative (%2)").arg(keys[k], a->text);
            if (!withinScale(*d, scale))
                p << at + QStringLiteral(": %1 %2 has more than %3 decimals").arg(keys[k], a->text).arg(scale);
            amounts[k] = *d;
        }
        if (!amounts[0].isZero() && !amounts[1].isZero())
            p << at + QStringLiteral(": both debit and credit");
        if (amounts[0].isZero() && amounts[1].isZero())
            p << at + QStringLiteral(": zero line");
        out.debit += amounts[0];
        out.credit += amounts[1];
    }
    if (out.debit != out.credit)
        p << QStringLiteral("unbalanced: %1 debit, %2 credit").arg(out.debit.toString(), out.credit.toString());
    if (out.debit.isZero())
        p << QStringLiteral("moves nothing");
    return out;
}

QStringList selfTest(const MasterData &md)
{
    QStringList missed;
    auto line = [](const char *account, const char *bp, const char *debit, const char *credit, const char *fc = "") {
        JournalLine l;
        l.accountCode = QString::fromLatin1(account);
        l.shortName = QString::fromLatin1(bp);
        l.fcCurrency = QString::fromLatin1(fc);
        (l.fcCurrency.isEmpty() ? l.debit : l.fcDebit) = *Decimal::fromString(QString::fromLatin1(debit));
        (l.fcCurrency.isEmpty() ? l.credit : l.fcCredit) = *Decimal::fromString(QString::fromLatin1(credit));
        return l;
    };
    auto posted = [&md](const QString &currency, const QList<JournalLine> &lines) {
        BuildResult r;
        r.identity.currency = currency;
        JournalEntry e;
        e.referenceDate = QDate(2026, 3, 31);
        e.reference3 = QStringLiteral("E1R1");
        e.lines = lines;
        r.entry = e;
        Q_UNUSED(md)
        return r;
    };
    const QJsonObject invoice{{QStringLiteral("requestHeader"), QJsonObject{{QStringLiteral("requestTotal"), QStringLiteral("119.00")}}}};
    const QJsonObject report{{QStringLiteral("report"), QJsonObject{{QStringLiteral("totalApprovedAmount"), 0}}},
                             {QStringLiteral("expenseEntry"), QJsonArray{QJsonObject{{QStringLiteral("entryIsPersonal"), QStringLiteral("N")}}}}};
    const QString eur = md.localCurrency;
    struct Case {
        const char *what;
        QString docType;
        QJsonObject doc;
        BuildResult result;
        const char *expect; // a word the problem must contain
    };
    BuildResult dropped;
    BuildResult nothing;
    nothing.postsNothing = true;
    const Case cases[] = {
        {"unbalanced entry", QStringLiteral("invoice"), invoice,
         posted(eur, {line("6200", "", "100.00", "0"), line("", "V10001", "0", "99.99")}), "unbalanced"},
        {"line on both sides", QStringLiteral("invoice"), invoice,
         posted(eur, {line("6200", "", "119.00", "1.00"), line("", "V10001", "1.00", "119.00")}), "both"},
        {"yen with cents", QStringLiteral("invoice"), QJsonObject(),
         posted(QStringLiteral("JPY"), {line("6200", "", "100.50", "0", "YEN"), line("", "V10001", "0", "100.50", "YEN")}), "decimals"},
        {"vendor credit off the request total", QStringLiteral("invoice"), invoice,
         posted(eur, {line("6200", "", "100.00", "0"), line("", "V10001", "0", "100.00")}), "requestTotal"},
        {"silent drop", QStringLiteral("expense"), report, dropped, "dropped"},
        {"business report as nothing to post", QStringLiteral("expense"), report, nothing, "not personal"},
    };
    for (const Case &c : cases) {
        const BuildCheck check = checkBuild(c.docType, c.doc, c.result, md, md.amountDecimals);
        if (!check.problems.join(QLatin1Char(' ')).contains(QLatin1String(c.expect)))
            missed << QStringLiteral("%1 not reported (got: %2)").arg(QLatin1String(c.what), check.problems.join(QStringLiteral("; ")));
    }
    const QByteArray body = R"({"ReferenceDate":"2026-03-31","Reference3":"E1R1","JournalEntryLines":[)"
                            R"({"AccountCode":"6100","Debit":100000000000000000000.01,"Credit":0.00},)"
                            R"({"ShortName":"E1","Debit":0.00,"Credit":100000000000000000000.00}]})";
    if (!checkPayload(body, md).problems.join(QLatin1Char(' ')).contains(QLatin1String("unbalanced")))
        missed << QStringLiteral("an unbalanced POST body beyond 10^20 not reported");
    return missed;
}

} // namespace mlc::fuzz
