#include "documentmutator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <cmath>
#include <functional>
#include <limits>
#include <iterator>
#include <vector>

namespace mlc::fuzz {
namespace {

// Markers (see the header). Keys starting with kDupFirst / kDupLast are written as the key after
// the marker, before / after the original (QJsonObject keeps keys sorted); string values starting
// with kRaw are written verbatim (a number literal, or a string literal with escapes Qt would not
// produce).
const QString kDupFirst = QStringLiteral("\u0001mlcfuzz-dup:");
const QString kDupLast = QString(QChar(0xFFFF)) + QStringLiteral("mlcfuzz-dup:");
const QString kRaw = QStringLiteral("\u0001mlcfuzz-raw:");

QString u(const char *s) { return QString::fromUtf8(s); }

QJsonValue raw(const QString &literal) { return QJsonValue(kRaw + literal); }

// ---------------------------------------------------------------------------------------------
// Values the posting rules care about, by the kind of field they go into.

enum class Kind { Amount, Party, Account, Currency, Date, Id, Personal, Name, TaxId, CostCenter, Other };

Kind kindOf(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("journalpayer") || k == QLatin1String("journalpayee"))
        return Kind::Party;
    if (k.contains(QLatin1String("accountcode")))
        return Kind::Account;
    if (k.contains(QLatin1String("curr")))
        return Kind::Currency;
    if (k.contains(QLatin1String("date")))
        return Kind::Date;
    if (k == QLatin1String("entryispersonal"))
        return Kind::Personal;
    if (k.contains(QLatin1String("taxid")))
        return Kind::TaxId;
    if (k.contains(QLatin1String("amount")) || k.contains(QLatin1String("total")) || k == QLatin1String("tax")
        || k.contains(QLatin1String("percentage")) || k.contains(QLatin1String("rate")))
        return Kind::Amount;
    if (k.endsWith(QLatin1String("id")) || k.endsWith(QLatin1String("key")) || k.contains(QLatin1String("revision"))
        || k.contains(QLatin1String("number")))
        return Kind::Id;
    if (k.contains(QLatin1String("name")) || k.contains(QLatin1String("description")) || k.contains(QLatin1String("title")))
        return Kind::Name;
    if (k.contains(QLatin1String("custom")) || k.contains(QLatin1String("orgunit")))
        return Kind::CostCenter;
    return Kind::Other;
}

QString digits(Rng &rng, int n)
{
    QString s;
    s.reserve(n);
    s += QChar(u'1' + rng.bounded(9));
    for (int i = 1; i < n; ++i)
        s += QChar(u'0' + rng.bounded(10));
    return s;
}

QJsonValue unicodeText(Rng &rng)
{
    static const QStringList texts = {
        u("😀💶 Réunion"), u("مرحبا بالعالم"), u("\u202Egnp.exe"), u("e\u0301te\u0301"), QString(QChar(0)) + u("nul"),
        u("\uFEFFbom"), u("'\";--\\"), u("\t\r\n"), u("Straße İstanbul ǅ"), u("报销单 出差"), u("𝄞𝄞𝄞"),
        u("  "), u(""), u("O’Connor & Sons Ltd."), u("Zoë D'Angelo"), u("=HYPERLINK(\"x\")"), u("@SUM(1)"),
    };
    const int pick = rng.bounded(texts.size() + 3);
    if (pick < texts.size())
        return texts.at(pick);
    if (pick == texts.size())
        return QString(10000 + rng.bounded(5000), QChar(u'x'));
    if (pick == texts.size() + 1) // a lone surrogate, only expressible as an escape in JSON text
        return raw(u("\"ab\\ud800cd\""));
    QString s; // a string cut inside a surrogate pair at B1's 50-character field limits
    s.fill(QChar(u'a'), 49);
    return QJsonValue(s + u("𝄞𝄞"));
}

QJsonValue amountValue(Rng &rng, const QJsonValue &current)
{
    switch (rng.bounded(6)) {
    case 0: { // small and rounding-sensitive amounts
        static const double v[] = {0, 1, -1, 0.01, -0.01, 0.005, -0.005, 0.015, 0.004999, 1e-8, 1.23456789, 603.61,
                                   -603.61, 99.995, 100.005, 0.125, 2.675};
        return v[rng.bounded(int(std::size(v)))];
    }
    case 1: { // huge and extreme doubles
        static const double v[] = {999999999999999.0, 1e15, 9007199254740993.0, 1e20, 1e28, 1e36, 1e38, 1e300, -1e300,
                                   -1e20, 4294967296.0, 9.2233720368547758e18, 5e-324};
        return v[rng.bounded(int(std::size(v)))];
    }
    case 2: { // as text, Concur sends both
        static const char *const v[] = {"0", "-0", "0E-8", "12.50", " 12.50 ", "12,50", "1.234,56", "1e2", "1E+2", "+5",
                                        "-603.61", "603.610000000", "0.000000001", "1.2.3", "", " ", "NaN", "Infinity",
                                        "-Infinity", "0x10", "\u0661\u0662\u0663", "12.5\u20ac", "1e36", "1e-9", "1e-8",
                                        "9999999999999999999999999999.99999999", "100000000000000000000",
                                        "99999999999999999999.99999999", "-100000000000000000000.00000001",
                                        "999999999999999.99999999", "1e15", "1e20", "1e21", "99999999999999999999999999999",
                                        "-9999999999999999999999999999.99999999", "1e27", "5e-1", ".5", "5.", "--5"};
        return u(v[rng.bounded(int(std::size(v)))]);
    }
    case 3: { // 40-digit decimals, as strings
        const int form = rng.bounded(4);
        if (form == 0)
            return digits(rng, 40);
        if (form == 1)
            return QString(u("0.") + digits(rng, 40));
        if (form == 2)
            return QString(digits(rng, 20) + u(".") + digits(rng, 20));
        return QString(u("-") + digits(rng, 40));
    }
    case 4: { // number literals no double holds exactly, written verbatim into the JSON text
        const int form = rng.bounded(7);
        if (form == 0)
            return raw(digits(rng, 40));
        if (form == 1)
            return raw(QString(u("0.") + digits(rng, 40)));
        if (form == 2)
            return raw(QString(u("-") + digits(rng, 20) + u(".") + digits(rng, 20)));
        static const char *const v[] = {"1e400", "-1e400", "1E-400", "-0", "18446744073709551616", "9007199254740993",
                                        "0.1e-7", "123456789012345678.12345678"};
        return raw(u(v[rng.bounded(int(std::size(v)))]));
    }
    default: { // a nearby value: sign flip, off by a cent, scaled
        const double d = current.isDouble() ? current.toDouble() : current.toString().toDouble();
        switch (rng.bounded(5)) {
        case 0: return -d;
        case 1: return d + 0.01;
        case 2: return d - 0.01;
        case 3: return d * 1000000.0;
        default: return d + 1e-8;
        }
    }
    }
}

QJsonValue valueFor(Kind kind, Rng &rng, const QJsonValue &current)
{
    auto one = [&rng](std::initializer_list<const char *> list) {
        const int i = rng.bounded(int(list.size()));
        return QJsonValue(QString::fromUtf8(*(list.begin() + i)));
    };
    switch (kind) {
    case Kind::Amount:
        return amountValue(rng, current);
    case Kind::Party:
        return one({"COMP", "EMPL", "CBCP", "IBCP", "IBIP", "COPD", "CASH", "comp", "", " COMP ", "XXXX", "COMP,EMPL"});
    case Kind::Account:
        return one({"6100", "6110", "6999", "1600", "1400", "6000", "6990", "1361", "1365", "1363", "1576", "", " ",
                    "6100 ", "61OO", "0", "6100/1", "ACCOUNT-CODE-THAT-IS-FAR-TOO-LONG-FOR-ANY-CHART-OF-ACCOUNTS-0000000000"});
    case Kind::Currency:
        return one({"EUR", "USD", "GBP", "CHF", "JPY", "KWD", "BHD", "SEK", "YEN", "eur", "Eur", "", "XXX", "EURO",
                    "\u20ac", "US$", "E U R"});
    case Kind::Date:
        return one({"2026-02-28T13:54:52.922Z", "2026-03-31T23:59:59Z", "2026-04-01T00:00:00Z", "2026-03-29T01:30:00Z",
                    "2026-10-25T00:59:59.999Z", "2024-02-29", "2023-02-29", "9999-12-31", "0001-01-01", "0000-00-00",
                    "2024-13-01", "2024-12-32", "02/30/2024", "12/31/2024", "31/12/2024", "1/2/2024", "2024-1-2",
                    "20240102", "", "yesterday", "2024-01-02T", "2024-01-02 25:00", "08/08/2018 00:00:00", "-2024-01-01"});
    case Kind::Id:
        if (rng.chance(30))
            return rng.chance(50) ? QJsonValue(double(rng.bounded(5) - 1)) : QJsonValue(1e20 * (rng.chance(50) ? 1 : -1));
        return one({"", " ", "0", "-1", "1", "2", "10", "R1", "1.5", "E10231", "345",
                    "a.very.long.login-name.for.an.employee@subsidiary.example-company.example",
                    "D0719B539ED64FE612ABD0719B539ED64FE612AB", "99999999999999999999999999999", "\u03a9mega",
                    "abc'def", "x;DROP TABLE ledger;--", "1001", "10231"});
    case Kind::Personal:
        return one({"Y", "N", "y", "n", "true", "false", "", "Yes", "1"});
    case Kind::Name:
        if (rng.chance(40))
            return unicodeText(rng);
        return one({"M\u00fcller B\u00fcrobedarf GmbH", "ACME OFFICE SUPPLIES INC", "Altlasten Handel GmbH",
                    "Ehemalig Logistik AG", "Mei", "Chen", "Hotel de la Gare", "", "Inc.", "GmbH"});
    case Kind::TaxId:
        return one({"DE811234567", "DE100000001", "CHE-999.888.777", "", "DE 811 234 567", "de811234567", "XX000",
                    "US-12-3456789", "GB123456789"});
    case Kind::CostCenter:
        return one({"CC100", "CC900", "CC999", "", "cc100", "D-SAL", "DE", "XX", " CC100"});
    case Kind::Other:
        break;
    }
    return unicodeText(rng);
}

// ---------------------------------------------------------------------------------------------
// Paths into the tree.

struct Step {
    QString key;    // object member
    int index = -1; // array element (key empty)
};
using Path = QList<Step>;

constexpr int kMaxPathDepth = 40;
constexpr int kMaxPaths = 6000;

// Every node below the root, flat (its step and its parent's position), so that picking a random
// place costs one walk and one short path, not a path per node.
class PathIndex {
public:
    explicit PathIndex(const QJsonValue &root) { collect(root, -1, 0); }
    int size() const { return int(m_nodes.size()); }
    Path path(int i) const
    {
        Path p;
        for (; i >= 0; i = m_nodes[size_t(i)].parent)
            p.prepend(m_nodes[size_t(i)].step);
        return p;
    }

private:
    struct Node {
        Step step;
        int parent;
    };
    void collect(const QJsonValue &v, int parent, int depth)
    {
        if (depth >= kMaxPathDepth || m_nodes.size() >= size_t(kMaxPaths))
            return;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                m_nodes.push_back(Node{Step{it.key(), -1}, parent});
                collect(it.value(), int(m_nodes.size()) - 1, depth + 1);
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                m_nodes.push_back(Node{Step{QString(), i}, parent});
                collect(a.at(i), int(m_nodes.size()) - 1, depth + 1);
            }
        }
    }
    std::vector<Node> m_nodes;
};

// The nearest member name on the path (an array element takes its array's name).
QString keyOf(const Path &p)
{
    for (int i = p.size() - 1; i >= 0; --i) {
        if (p.at(i).index < 0)
            return p.at(i).key;
    }
    return {};
}

QString describe(const Path &p)
{
    QString s;
    for (const Step &st : p)
        s += st.index < 0 ? QLatin1Char('.') + st.key : QStringLiteral("[%1]").arg(st.index);
    return s.isEmpty() ? QStringLiteral("(root)") : s;
}

// Replaces the value at `p` (the root when empty) by edit(value).
QJsonValue edited(const QJsonValue &node, const Path &p, int i, const std::function<QJsonValue(const QJsonValue &)> &edit)
{
    if (i == p.size())
        return edit(node);
    const Step &s = p.at(i);
    if (node.isObject() && s.index < 0) {
        QJsonObject o = node.toObject();
        o.insert(s.key, edited(o.value(s.key), p, i + 1, edit));
        return o;
    }
    if (node.isArray() && s.index >= 0) {
        QJsonArray a = node.toArray();
        if (s.index < a.size())
            a.replace(s.index, edited(a.at(s.index), p, i + 1, edit));
        return a;
    }
    return node;
}

QJsonValue valueAt(const QJsonValue &root, const Path &p)
{
    QJsonValue v = root;
    for (const Step &s : p)
        v = s.index < 0 ? v.toObject().value(s.key) : v.toArray().at(s.index);
    return v;
}

Path parentOf(const Path &p) { return p.mid(0, p.size() - 1); }

bool sameStep(const Step &a, const Step &b) { return a.index == b.index && a.key == b.key; }

// Whether one path lies inside the other (or they are equal).
bool overlaps(const Path &a, const Path &b)
{
    for (int i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (!sameStep(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

QJsonValue typeSwapped(const QJsonValue &v, Rng &rng)
{
    for (;;) {
        switch (rng.bounded(6)) {
        case 0:
            if (v.isString())
                break;
            if (v.isDouble())
                return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            return unicodeText(rng);
        case 1:
            if (v.isDouble())
                break;
            if (v.isString()) {
                bool ok = false;
                const double d = v.toString().toDouble(&ok);
                if (ok)
                    return d;
            }
            return amountValue(rng, v);
        case 2:
            if (v.isObject())
                break;
            return rng.chance(50) ? QJsonValue(QJsonObject()) : QJsonValue(QJsonObject{{QStringLiteral("value"), v}});
        case 3:
            if (v.isArray())
                break;
            return rng.chance(50) ? QJsonValue(QJsonArray()) : QJsonValue(QJsonArray{v});
        case 4:
            if (v.isNull())
                break;
            return QJsonValue(QJsonValue::Null);
        default:
            if (v.isBool())
                break;
            return rng.chance(50);
        }
    }
}

QJsonValue nested(const QJsonValue &inner, int depth, bool arrays)
{
    QJsonValue v = inner;
    for (int i = 0; i < depth; ++i)
        v = arrays ? QJsonValue(QJsonArray{v}) : QJsonValue(QJsonObject{{QStringLiteral("n"), v}});
    return v;
}

// A revision field of the document's own type.
const char *headerOf(const QString &docType) { return docType == QLatin1String("invoice") ? "requestHeader" : "report"; }

} // namespace

// ---------------------------------------------------------------------------------------------

QJsonObject DocumentMutator::mutateOnce(const QJsonObject &doc, QString &docType, Rng &rng, QStringList &log) const
{
    const PathIndex paths(doc);
    if (paths.size() == 0)
        return QJsonObject{{QStringLiteral("report"), QJsonObject()}};
    // Half the time prefer a leaf the posting rules read (amounts, codes, ids...).
    Path p = paths.path(rng.bounded(paths.size()));
    if (rng.chance(50)) {
        for (int tries = 0; tries < 8; ++tries) {
            const Path q = paths.path(rng.bounded(paths.size()));
            const QJsonValue v = valueAt(doc, q);
            if (!v.isObject() && !v.isArray() && kindOf(keyOf(q)) != Kind::Other) {
                p = q;
                break;
            }
        }
    }
    const QJsonValue at = valueAt(doc, p);
    const QString key = keyOf(p);
    const QString where = describe(p);
    auto apply = [&](const Path &path, const std::function<QJsonValue(const QJsonValue &)> &edit) {
        return edited(doc, path, 0, edit).toObject();
    };
    // When the chosen operation does not fit the chosen place: a value of the field's kind.
    auto setValue = [&]() {
        const QJsonValue v = valueFor(kindOf(key), rng, at);
        log << QStringLiteral("set %1 = %2").arg(where, QString::fromUtf8(writeJson(v).left(80)));
        return apply(p, [&](const QJsonValue &) { return v; });
    };

    const int op = rng.bounded(100);
    if (op < 24) // a value of the field's kind
        return setValue();
    if (op < 38) { // type swap
        const QJsonValue v = typeSwapped(at, rng);
        log << QStringLiteral("type swap %1 -> %2").arg(where, QString::fromUtf8(writeJson(v).left(80)));
        return apply(p, [&](const QJsonValue &) { return v; });
    }
    if (op < 50) { // missing key / element
        log << QStringLiteral("remove %1").arg(where);
        const Step last = p.last();
        return apply(parentOf(p), [&](const QJsonValue &parent) -> QJsonValue {
            if (parent.isObject()) {
                QJsonObject o = parent.toObject();
                o.remove(last.key);
                return o;
            }
            QJsonArray a = parent.toArray();
            if (last.index >= 0 && last.index < a.size())
                a.removeAt(last.index);
            return a;
        });
    }
    if (op < 57 && p.last().index < 0) { // duplicated key: written twice, the other value first or last
        const bool first = rng.chance(50);
        const QJsonValue other = rng.chance(60) ? valueFor(kindOf(key), rng, at) : typeSwapped(at, rng);
        log << QStringLiteral("duplicate key %1 (%2 copy %3)")
                   .arg(where, first ? QStringLiteral("first") : QStringLiteral("last"),
                        QString::fromUtf8(writeJson(other).left(80)));
        const QString dupKey = (first ? kDupFirst : kDupLast) + p.last().key;
        return apply(parentOf(p), [&](const QJsonValue &parent) -> QJsonValue {
            QJsonObject o = parent.toObject();
            o.insert(dupKey, other);
            return o;
        });
    }
    if (op < 64) { // numbers: huge, negative, 40 digits, near misses
        const QJsonValue v = amountValue(rng, at);
        log << QStringLiteral("number %1 = %2").arg(where, QString::fromUtf8(writeJson(v).left(80)));
        return apply(p, [&](const QJsonValue &) { return v; });
    }
    if (op < 69) { // unicode
        const QJsonValue v = unicodeText(rng);
        log << QStringLiteral("unicode %1 = %2").arg(where, QString::fromUtf8(writeJson(v).left(40)));
        return apply(p, [&](const QJsonValue &) { return v; });
    }
    if (op < 75) { // empty container (the nearest one on the path)
        Path q = p;
        while (!q.isEmpty() && !valueAt(doc, q).isArray() && !valueAt(doc, q).isObject())
            q.removeLast();
        if (q.isEmpty())
            q = Path{Step{key, -1}};
        const bool array = valueAt(doc, q).isArray() || rng.chance(30);
        log << QStringLiteral("empty %1 -> %2").arg(describe(q), array ? QStringLiteral("[]") : QStringLiteral("{}"));
        return apply(q, [&](const QJsonValue &) { return array ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject()); });
    }
    if (op < 78) { // deep nesting
        static const int depths[] = {8, 100, 600, 1100, 3000};
        const int depth = depths[rng.bounded(5)];
        const bool arrays = rng.chance(50);
        log << QStringLiteral("nest %1 %2 deep in %3").arg(where).arg(depth).arg(arrays ? QStringLiteral("arrays") : QStringLiteral("objects"));
        return apply(p, [&](const QJsonValue &v) { return nested(v, depth, arrays); });
    }
    if (op < 85) { // duplicated array elements (entries, allocations, journal lines), sometimes many
        Path q = p;
        while (!q.isEmpty() && q.last().index < 0)
            q.removeLast();
        if (q.isEmpty())
            return setValue();
        const int copies = rng.chance(85) ? 1 + rng.bounded(3) : 50 + rng.bounded(300);
        log << QStringLiteral("repeat %1 x%2").arg(describe(q)).arg(copies);
        const int index = q.last().index;
        return apply(parentOf(q), [&](const QJsonValue &parent) -> QJsonValue {
            QJsonArray a = parent.toArray();
            const QJsonValue element = a.at(index);
            for (int i = 0; i < copies; ++i)
                a.insert(index, element);
            return a;
        });
    }
    if (op < 89) { // swap two values of the document (payer/payee, amounts, blocks)
        const Path q = paths.path(rng.bounded(paths.size()));
        if (overlaps(p, q))
            return setValue(); // one contains the other
        const QJsonValue a = at, b = valueAt(doc, q);
        log << QStringLiteral("swap %1 <-> %2").arg(where, describe(q));
        QJsonObject out = apply(p, [&](const QJsonValue &) { return b; });
        return edited(out, q, 0, [&](const QJsonValue &) { return a; }).toObject();
    }
    if (op < 93) { // truncation inside the tree: an array's tail, a string's end
        if (at.isArray()) {
            const int keep = rng.bounded(int(at.toArray().size()) + 1);
            log << QStringLiteral("truncate %1 to %2 elements").arg(where).arg(keep);
            return apply(p, [&](const QJsonValue &v) {
                QJsonArray a = v.toArray();
                while (a.size() > keep)
                    a.removeLast();
                return QJsonValue(a);
            });
        }
        if (at.isString()) {
            const int keep = rng.bounded(int(at.toString().size()) + 1);
            log << QStringLiteral("truncate %1 to %2 characters").arg(where).arg(keep);
            return apply(p, [&](const QJsonValue &v) { return QJsonValue(v.toString().left(keep)); });
        }
        return setValue();
    }
    if (op < 97) { // splice: a block of another seed document (an invoice line into a report...)
        const SeedDocument &other = m_seeds.at(rng.bounded(m_seeds.size()));
        const PathIndex otherPaths(other.document);
        if (otherPaths.size() == 0)
            return doc;
        const Path q = otherPaths.path(rng.bounded(otherPaths.size()));
        const QJsonValue v = valueAt(other.document, q);
        log << QStringLiteral("splice %1 := %2 of %3").arg(where, describe(q), other.origin);
        return apply(p, [&](const QJsonValue &) { return v; });
    }
    // filed under the other document type
    docType = docType == QLatin1String("expense") ? QStringLiteral("invoice") : QStringLiteral("expense");
    log << QStringLiteral("docType -> %1").arg(docType);
    return doc;
}

namespace {

// Deepest nesting of the JSON text (the FIS page adds levels around a document; Qt's reader
// stops at 1024).
int textDepth(const QByteArray &text)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = qMax(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// Concur sends the document as an object, or as text (DocumentFormatAs); only text can arrive cut
// short without taking the whole page with it. What would spoil the page as an object (too deep,
// a number literal the reader refuses) goes as text.
bool sendAsText(const QByteArray &text, bool usedRaw, Rng &rng)
{
    if (textDepth(text) >= 1000 || rng.chance(30))
        return true;
    return usedRaw && QJsonDocument::fromJson(text).isNull();
}

} // namespace

MutatedDocument DocumentMutator::mutate(Rng &rng, const QString &fisId) const
{
    const SeedDocument &seed = m_seeds.at(rng.bounded(m_seeds.size()));
    MutatedDocument out;
    out.docType = seed.docType;
    out.tree = seed.document;
    out.mutations << QStringLiteral("seed: %1").arg(seed.origin);
    const int r = rng.bounded(100);
    const int count = r < 3 ? 0 : (r < 55 ? 1 : (r < 88 ? 2 + rng.bounded(2) : 4 + rng.bounded(5)));
    for (int i = 0; i < count; ++i)
        out.tree = mutateOnce(out.tree, out.docType, rng, out.mutations);
    bool usedRaw = false;
    const QByteArray text = writeJson(out.tree, &usedRaw);
    const bool asText = sendAsText(text, usedRaw, rng);
    int cut = -1;
    if (asText && rng.chance(25)) {
        cut = rng.bounded(int(text.size()) + 1);
        out.mutations << QStringLiteral("truncate text at byte %1 of %2").arg(cut).arg(text.size());
    }
    out.envelope = envelope(fisId, out.docType, text, asText, cut);
    return out;
}

MutatedDocument DocumentMutator::nextRevision(const MutatedDocument &doc, Rng &rng, const QString &fisId) const
{
    MutatedDocument out = doc;
    const QLatin1String header(headerOf(doc.docType));
    QJsonObject h = out.tree.value(header).toObject();
    const QJsonValue rev = h.value(QStringLiteral("revisionNumber"));
    bool ok = false;
    qint64 n = rev.toString().trimmed().toLongLong(&ok);
    if (rev.isDouble() && std::fabs(rev.toDouble()) < 9.0e15) { // a double beyond that has no next integer
        n = qint64(rev.toDouble());
        ok = true;
    }
    const QString next = QString::number(ok && n < std::numeric_limits<qint64>::max() ? n + 1 : 2);
    h.insert(QStringLiteral("revisionNumber"), next);
    out.tree.insert(header, h);
    out.mutations << QStringLiteral("next revision %1").arg(next);
    if (rng.chance(50))
        out.tree = mutateOnce(out.tree, out.docType, rng, out.mutations);
    bool usedRaw = false;
    const QByteArray text = writeJson(out.tree, &usedRaw);
    out.envelope = envelope(fisId, out.docType, text, sendAsText(text, usedRaw, rng));
    return out;
}

QByteArray DocumentMutator::envelope(const QString &fisId, const QString &docType, const QByteArray &documentText,
                                     bool asText, int truncateAt)
{
    QByteArray document = documentText;
    if (asText) {
        if (truncateAt >= 0)
            document.truncate(truncateAt);
        // A JSON string holding the text; invalid UTF-8 from a cut goes through as replacement characters.
        document = writeJson(QJsonValue(QString::fromUtf8(document)));
    }
    QJsonObject e{{QStringLiteral("id"), fisId},
                  {QStringLiteral("docType"), docType},
                  {QStringLiteral("docStatus"), QStringLiteral("READY")},
                  {QStringLiteral("companyId"), QStringLiteral("fuzz-company")},
                  {QStringLiteral("document"), raw(QString::fromUtf8(document))}};
    return writeJson(e);
}

// ---------------------------------------------------------------------------------------------

namespace {

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    qsizetype run = 0; // start of the bytes not yet copied
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(utf8.constData() + run, utf8.size() - run);
    out += '"';
}

void write(const QJsonValue &v, QByteArray &out, bool *usedRaw)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d >= -9007199254740992.0 && d <= 9007199254740992.0 && d == double(qint64(d)))
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        if (s.startsWith(kRaw)) {
            out += QStringView(s).mid(kRaw.size()).toUtf8();
            *usedRaw = true;
        } else {
            writeString(out, s);
        }
        return;
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            write(a.at(i), out, usedRaw);
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject o = v.toObject();
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            QString key = it.key();
            if (key.startsWith(kDupFirst))
                key = key.mid(kDupFirst.size());
            else if (key.startsWith(kDupLast))
                key = key.mid(kDupLast.size());
            writeString(out, key);
            out += ':';
            write(it.value(), out, usedRaw);
        }
        out += '}';
        return;
    }
    }
}

} // namespace

QByteArray writeJson(const QJsonValue &value, bool *usedRaw)
{
    QByteArray out;
    bool raw = false;
    write(value, out, usedRaw ? usedRaw : &raw);
    return out;
}

} // namespace mlc::fuzz
