#pragma once
// The $filter subset the Service Layer documents (MAN §3.7): eq ne gt ge lt le, and or not,
// parentheses, startswith/endswith/contains/substringof, string literals in single quotes ('' is an
// escaped quote), numbers, true/false/null, datetime'...' and enum values by name or by value
// (CardType eq 'S' == CardType eq 'cSupplier'). Arithmetic and other functions are not supported by
// SL either (MAN §8.1) and are rejected. A small recursive-descent parser builds an AST that is
// evaluated against QJsonObject rows.
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace mlc::sim {

// Per-property enum aliases: property -> (value -> canonical name), e.g. CardType: S -> cSupplier.
using ODataEnumAliases = QHash<QString, QHash<QString, QString>>;

class ODataFilter {
public:
    struct Node;

    ODataFilter();
    ~ODataFilter();
    ODataFilter(ODataFilter &&) noexcept;
    ODataFilter &operator=(ODataFilter &&) noexcept;
    ODataFilter(const ODataFilter &) = delete;
    ODataFilter &operator=(const ODataFilter &) = delete;

    // An empty text gives a filter that matches everything.
    static Result<ODataFilter> parse(const QString &text);

    bool isEmpty() const { return !m_root; }
    // Identifiers the expression refers to (for "Property 'X' of 'Y' is invalid" checks).
    QStringList properties() const;
    // `Property eq 'literal'` terms that must all hold (reached through top-level `and`s only), so a
    // caller can narrow the candidate rows with an index before evaluating the whole expression.
    QList<QPair<QString, QJsonValue>> requiredEqualities() const;
    // The terms of a top-level disjunction made only of `Property eq 'literal'` terms (the
    // connector's lookup of a page of keys: `Reference3 eq 'a' or Reference3 eq 'b'`): a matching
    // row equals one of them, so a caller can union index hits. Empty for any other expression.
    QList<QPair<QString, QJsonValue>> alternativeEqualities() const;

    // caseInsensitive: B1S-CaseInsensitive: true (HANA compares case-sensitively by default).
    bool matches(const QJsonObject &row, const ODataEnumAliases &aliases = {}, bool caseInsensitive = false) const;

private:
    std::unique_ptr<Node> m_root;
};

// Parses a date the way SL accepts it in filters and payloads: '2014-04-23', '20140423',
// '2014-04-23T00:00:00Z' (time part ignored). Invalid -> null QDate.
QDate parseB1Date(QStringView text);

} // namespace mlc::sim
