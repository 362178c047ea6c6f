#include "odatafilter.h"

#include "core/decimal.h"

namespace mlc::sim {

namespace {

enum class Tok { End, LParen, RParen, Comma, String, DateTime, Number, Ident };

struct Token {
    Tok kind = Tok::End;
    QString text;
    int pos = 0;
};

enum class Op { Eq, Ne, Gt, Ge, Lt, Le };

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('/') || c == QLatin1Char('.');
}

} // namespace

struct ODataFilter::Node {
    enum class Kind { Or, And, Not, Compare, Function, Property, Literal };
    Kind kind = Kind::Literal;
    Op op = Op::Eq;
    QString name;     // property or function name
    QJsonValue value; // literal value
    bool dateLiteral = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

using Node = ODataFilter::Node;

class Parser {
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Result<std::unique_ptr<Node>> run()
    {
        if (!tokenize())
            return fail();
        auto root = parseOr();
        if (!root)
            return fail();
        if (peek().kind != Tok::End) {
            m_error = QStringLiteral("unexpected '%1' at position %2").arg(peek().text).arg(peek().pos);
            return fail();
        }
        return root;
    }

private:
    Error fail() const
    {
        return makeError(QStringLiteral("odata.filter"), QStringLiteral("Invalid $filter expression: %1").arg(m_error));
    }

    bool tokenize()
    {
        const int n = int(m_text.size());
        int i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.pos = i;
            if (c == QLatin1Char('(')) {
                t.kind = Tok::LParen;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char(')')) {
                t.kind = Tok::RParen;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char(',')) {
                t.kind = Tok::Comma;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char('\'')) {
                t.kind = Tok::String;
                if (!readString(i, &t.text))
                    return false;
            } else if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('+')) && i + 1 < n && m_text.at(i + 1).isDigit())) {
                const int start = i++;
                while (i < n && (m_text.at(i).isDigit() || m_text.at(i) == QLatin1Char('.')))
                    ++i;
                // OData type suffixes (5M decimal, 5L long, 1.5d double) are accepted and ignored.
                if (i < n && QStringView(u"MmLlDdFf").contains(m_text.at(i)))
                    ++i;
                t.kind = Tok::Number;
                t.text = m_text.mid(start, i - start);
                if (t.text.back().isLetter())
                    t.text.chop(1);
            } else if (isIdentStart(c)) {
                const int start = i++;
                while (i < n && isIdentChar(m_text.at(i)))
                    ++i;
                t.kind = Tok::Ident;
                t.text = m_text.mid(start, i - start);
                if (t.text == QLatin1String("datetime") && i < n && m_text.at(i) == QLatin1Char('\'')) {
                    t.kind = Tok::DateTime;
                    if (!readString(i, &t.text))
                        return false;
                }
            } else {
                m_error = QStringLiteral("unexpected character '%1' at position %2").arg(c).arg(i);
                return false;
            }
            m_tokens.push_back(t);
        }
        Token end;
        end.pos = n;
        m_tokens.push_back(end);
        return true;
    }

    // Reads a quoted literal starting at the opening quote; '' is an escaped quote.
    bool readString(int &i, QString *out)
    {
        const int n = int(m_text.size());
        const int start = i++;
        out->clear();
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\'')) {
                if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('\'')) {
                    out->append(c);
                    i += 2;
                    continue;
                }
                ++i;
                return true;
            }
            out->append(c);
            ++i;
        }
        m_error = QStringLiteral("unterminated string literal at position %1").arg(start);
        return false;
    }

    const Token &peek() const { return m_tokens[m_pos]; }
    bool peekKeyword(const char *kw) const
    {
        return peek().kind == Tok::Ident && peek().text == QLatin1String(kw);
    }
    Token take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }

    static std::unique_ptr<Node> binary(Node::Kind kind, std::unique_ptr<Node> a, std::unique_ptr<Node> b)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->children.push_back(std::move(a));
        node->children.push_back(std::move(b));
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && peekKeyword("or")) {
            take();
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseNot();
        while (left && peekKeyword("and")) {
            take();
            auto right = parseNot();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::And, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseNot()
    {
        if (peekKeyword("not")) {
            take();
            auto inner = parseNot();
            if (!inner)
                return nullptr;
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Not;
            node->children.push_back(std::move(inner));
            return node;
        }
        return parseComparison();
    }

    std::unique_ptr<Node> parseComparison()
    {
        auto left = parsePrimary();
        if (!left)
            return nullptr;
        static const struct {
            const char *kw;
            Op op;
        } ops[] = {{"eq", Op::Eq}, {"ne", Op::Ne}, {"gt", Op::Gt}, {"ge", Op::Ge}, {"lt", Op::Lt}, {"le", Op::Le}};
        for (const auto &o : ops) {
            if (peekKeyword(o.kw)) {
                take();
                auto right = parsePrimary();
                if (!right)
                    return nullptr;
                auto node = binary(Node::Kind::Compare, std::move(left), std::move(right));
                node->op = o.op;
                return node;
            }
        }
        for (const char *unsupported : {"add", "sub", "mul", "div", "mod"}) {
            if (peekKeyword(unsupported)) {
                m_error = QStringLiteral("arithmetic operator '%1' is not supported").arg(peek().text);
                return nullptr;
            }
        }
        return left;
    }

    std::unique_ptr<Node> parsePrimary()
    {
        const Token t = take();
        auto node = std::make_unique<Node>();
        switch (t.kind) {
        case Tok::LParen: {
            auto inner = parseOr();
            if (!inner)
                return nullptr;
            if (take().kind != Tok::RParen) {
                m_error = QStringLiteral("missing ')' for '(' at position %1").arg(t.pos);
                return nullptr;
            }
            return inner;
        }
        case Tok::String:
            node->kind = Node::Kind::Literal;
            node->value = t.text;
            return node;
        case Tok::DateTime:
            node->kind = Node::Kind::Literal;
            node->value = t.text;
            node->dateLiteral = true;
            return node;
        case Tok::Number: {
            const auto d = Decimal::fromString(t.text);
            if (!d) {
                m_error = QStringLiteral("invalid number '%1'").arg(t.text);
                return nullptr;
            }
            node->kind = Node::Kind::Literal;
            node->value = t.text.toDouble();
            node->name = t.text; // exact text for decimal comparisons
            return node;
        }
        case Tok::Ident:
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
                node->kind = Node::Kind::Literal;
                node->value = t.text == QLatin1String("true");
                return node;
            }
            if (t.text == QLatin1String("null")) {
                node->kind = Node::Kind::Literal;
                node->value = QJsonValue(QJsonValue::Null);
                return node;
            }
            if (peek().kind == Tok::LParen)
                return parseFunction(t);
            for (const char *kw : {"and", "or", "not", "eq", "ne", "gt", "ge", "lt", "le"}) {
                if (t.text == QLatin1String(kw)) {
                    m_error = QStringLiteral("unexpected keyword '%1' at position %2").arg(t.text).arg(t.pos);
                    return nullptr;
                }
            }
            node->kind = Node::Kind::Property;
            node->name = t.text;
            return node;
        case Tok::End:
            m_error = QStringLiteral("unexpected end of expression");
            return nullptr;
        default:
            m_error = QStringLiteral("unexpected '%1' at position %2").arg(t.text).arg(t.pos);
            return nullptr;
        }
    }

    std::unique_ptr<Node> parseFunction(const Token &nameToken)
    {
        const QString &name = nameToken.text;
        const bool known = name == QLatin1String("startswith") || name == QLatin1String("endswith")
            || name == QLatin1String("contains") || name == QLatin1String("substringof");
        if (!known) {
            m_error = QStringLiteral("function '%1' is not supported").arg(name);
            return nullptr;
        }
        take(); // '('
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Function;
        node->name = name;
        for (;;) {
            auto arg = parseOr();
            if (!arg)
                return nullptr;
            node->children.push_back(std::move(arg));
            const Token sep = take();
            if (sep.kind == Tok::RParen)
                break;
            if (sep.kind != Tok::Comma) {
                m_error = QStringLiteral("expected ',' or ')' in %1() at position %2").arg(name).arg(sep.pos);
                return nullptr;
            }
        }
        if (node->children.size() != 2) {
            m_error = QStringLiteral("%1() takes two arguments").arg(name);
            return nullptr;
        }
        return node;
    }

    const QString &m_text;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    QString m_error;
};

struct Operand {
    QJsonValue value;
    const QString *property = nullptr; // set when the operand is a property reference
    const QString *numberText = nullptr;
    bool dateLiteral = false;
};

struct Evaluator {
    const QJsonObject &row;
    const ODataEnumAliases &aliases;
    Qt::CaseSensitivity cs;

    Operand operand(const Node &n) const
    {
        Operand o;
        if (n.kind == Node::Kind::Property) {
            o.value = row.value(n.name);
            o.property = &n.name;
        } else if (n.kind == Node::Kind::Literal) {
            o.value = n.value;
            o.dateLiteral = n.dateLiteral;
            if (n.value.isDouble())
                o.numberText = &n.name;
        } else {
            o.value = test(n);
        }
        return o;
    }

    // A string literal compared with an enum property is mapped to the canonical enum name.
    QString aliased(const Operand &literal, const Operand &other) const
    {
        QString s = literal.value.toString();
        if (other.property) {
            const auto it = aliases.constFind(*other.property);
            if (it != aliases.constEnd()) {
                const auto hit = it->constFind(s);
                if (hit != it->constEnd())
                    return *hit;
            }
        }
        return s;
    }

    static std::optional<Decimal> number(const Operand &o)
    {
        if (o.numberText)
            return Decimal::fromString(*o.numberText);
        if (o.value.isDouble() || o.value.isString())
            return Decimal::fromJson(o.value);
        return std::nullopt;
    }

    static bool isoDateShaped(const QString &s)
    {
        return s.size() >= 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-');
    }

    // Returns <0, 0, >0, or nullopt when the values are not comparable.
    std::optional<int> compare(const Operand &a, const Operand &b) const
    {
        const QJsonValue &va = a.value;
        const QJsonValue &vb = b.value;
        if (va.isDouble() || vb.isDouble()) {
            const auto da = number(a);
            const auto db = number(b);
            if (!da || !db)
                return std::nullopt;
            return *da < *db ? -1 : (*da == *db ? 0 : 1);
        }
        if (va.isBool() && vb.isBool())
            return int(va.toBool()) - int(vb.toBool());
        if (va.isString() && vb.isString()) {
            const QString sa = a.property ? va.toString() : aliased(a, b);
            const QString sb = b.property ? vb.toString() : aliased(b, a);
            // Dates: a date property (ISO text) against '2014-04-23', '20140423' or datetime'...'.
            const bool dateContext = (a.dateLiteral || b.dateLiteral || isoDateShaped(sa) || isoDateShaped(sb));
            if (dateContext && (a.property || b.property)) {
                const QDate da = parseB1Date(sa);
                const QDate db = parseB1Date(sb);
                if (da.isValid() && db.isValid())
                    return da < db ? -1 : (da == db ? 0 : 1);
            }
            const int c = sa.compare(sb, cs);
            return c < 0 ? -1 : (c == 0 ? 0 : 1);
        }
        return std::nullopt;
    }

    bool test(const Node &n) const
    {
        switch (n.kind) {
        case Node::Kind::Or:
            return test(*n.children[0]) || test(*n.children[1]);
        case Node::Kind::And:
            return test(*n.children[0]) && test(*n.children[1]);
        case Node::Kind::Not:
            return !test(*n.children[0]);
        case Node::Kind::Compare: {
            const Operand a = operand(*n.children[0]);
            const Operand b = operand(*n.children[1]);
            const bool nullA = a.value.isNull() || a.value.isUndefined();
            const bool nullB = b.value.isNull() || b.value.isUndefined();
            if (nullA || nullB) {
                if (n.op == Op::Eq)
                    return nullA && nullB;
                if (n.op == Op::Ne)
                    return nullA != nullB;
                return false;
            }
            const auto c = compare(a, b);
            if (!c)
                return n.op == Op::Ne;
            switch (n.op) {
            case Op::Eq: return *c == 0;
            case Op::Ne: return *c != 0;
            case Op::Gt: return *c > 0;
            case Op::Ge: return *c >= 0;
            case Op::Lt: return *c < 0;
            case Op::Le: return *c <= 0;
            }
            return false;
        }
        case Node::Kind::Function: {
            Operand a = operand(*n.children[0]);
            Operand b = operand(*n.children[1]);
            if (n.name == QLatin1String("substringof"))
                std::swap(a, b); // substringof('needle', Property): arguments reversed
            if (!a.value.isString() || !b.value.isString())
                return false;
            const QString hay = a.value.toString();
            const QString needle = b.value.toString();
            if (n.name == QLatin1String("startswith"))
                return hay.startsWith(needle, cs);
            if (n.name == QLatin1String("endswith"))
                return hay.endsWith(needle, cs);
            return hay.contains(needle, cs);
        }
        case Node::Kind::Property:
            return row.value(n.name).toBool();
        case Node::Kind::Literal:
            return n.value.toBool();
        }
        return false;
    }
};

void collectProperties(const Node &n, QStringList *out)
{
    if (n.kind == Node::Kind::Property && !out->contains(n.name))
        out->append(n.name);
    for (const auto &c : n.children)
        collectProperties(*c, out);
}

void collectEqualities(const Node &n, QList<QPair<QString, QJsonValue>> *out)
{
    if (n.kind == Node::Kind::And) {
        collectEqualities(*n.children[0], out);
        collectEqualities(*n.children[1], out);
        return;
    }
    if (n.kind != Node::Kind::Compare || n.op != Op::Eq)
        return;
    const Node &a = *n.children[0];
    const Node &b = *n.children[1];
    if (a.kind == Node::Kind::Property && b.kind == Node::Kind::Literal && !b.dateLiteral)
        out->append({a.name, b.value});
    else if (b.kind == Node::Kind::Property && a.kind == Node::Kind::Literal && !a.dateLiteral)
        out->append({b.name, a.value});
}

// `a or b or …` where every alternative is a `Property eq 'literal'` term; false otherwise.
bool collectAlternatives(const Node &n, QList<QPair<QString, QJsonValue>> *out)
{
    if (n.kind == Node::Kind::Or)
        return collectAlternatives(*n.children[0], out) && collectAlternatives(*n.children[1], out);
    if (n.kind != Node::Kind::Compare || n.op != Op::Eq)
        return false;
    const qsizetype before = out->size();
    collectEqualities(n, out);
    return out->size() > before;
}

int digits(QStringView s, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = s.at(i);
        if (!c.isDigit())
            return -1;
        v = v * 10 + c.digitValue();
    }
    return v;
}

} // namespace

QDate parseB1Date(QStringView text)
{
    text = text.trimmed();
    if (text.size() == 8) {
        const int y = digits(text, 0, 4), m = digits(text, 4, 2), d = digits(text, 6, 2);
        return (y < 0 || m < 0 || d < 0) ? QDate() : QDate(y, m, d);
    }
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && (text.size() == 10 || text.at(10) == QLatin1Char('T') || text.at(10) == QLatin1Char(' '))) {
        const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
        return (y < 0 || m < 0 || d < 0) ? QDate() : QDate(y, m, d);
    }
    return QDate();
}

ODataFilter::ODataFilter() = default;
ODataFilter::~ODataFilter() = default;
ODataFilter::ODataFilter(ODataFilter &&) noexcept = default;
ODataFilter &ODataFilter::operator=(ODataFilter &&) noexcept = default;

Result<ODataFilter> ODataFilter::parse(const QString &text)
{
    ODataFilter f;
    if (text.trimmed().isEmpty())
        return f;
    Parser parser(text);
    auto root = parser.run();
    if (!root.ok())
        return root.error();
    f.m_root = std::move(root.value());
    return f;
}

QStringList ODataFilter::properties() const
{
    QStringList out;
    if (m_root)
        collectProperties(*m_root, &out);
    return out;
}

QList<QPair<QString, QJsonValue>> ODataFilter::requiredEqualities() const
{
    QList<QPair<QString, QJsonValue>> out;
    if (m_root)
        collectEqualities(*m_root, &out);
    return out;
}

QList<QPair<QString, QJsonValue>> ODataFilter::alternativeEqualities() const
{
    QList<QPair<QString, QJsonValue>> out;
    if (!m_root || m_root->kind != Node::Kind::Or || !collectAlternatives(*m_root, &out))
        return {};
    return out;
}

bool ODataFilter::matches(const QJsonObject &row, const ODataEnumAliases &aliases, bool caseInsensitive) const
{
    if (!m_root)
        return true;
    const Evaluator e{row, aliases, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive};
    return e.test(*m_root);
}

} // namespace mlc::sim
