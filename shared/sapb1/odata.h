#pragma once
// OData query helpers for the Service Layer. String literals are quoted with '…' and an embedded
// quote is doubled (O'Brien → 'O''Brien'). Query option values are percent-encoded here, once, as
// UTF-8: '&' inside a literal must become %26 or the server splits the query there, '+' %2B (some
// servers read it as a space), '#' %23, spaces %20. Readable characters of OData syntax (' ( ) , : / $)
// stay literal.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mlc::sapb1 {

// `O'Brien & Söhne GmbH` → `'O''Brien & Söhne GmbH'` (not yet percent-encoded).
QString odataQuote(const QString &value);

// Percent-encodes one query option value (UTF-8).
QByteArray odataEncode(const QString &value);

struct ODataQuery {
    QString filter;  // "CardType eq 'cSupplier'"
    QString select;  // "CardCode,CardName"
    QString orderby; // "CardCode"
    int top = -1;    // -1: not sent
    int skip = 0;    // 0: not sent

    // "$filter=…&$select=…&$orderby=…&$top=…&$skip=…" percent-encoded; empty options are left out.
    QByteArray toQueryString() const;
};

// The next link of a collection page ("odata.nextLink" in v1, "@odata.nextLink" in v2), or empty.
QString nextLinkOf(const QJsonObject &page);
// The $skip value of a next link ("/b1s/v1/Orders?$skip=20", "Orders?%24skip=40"), or -1.
int skipFromNextLink(const QString &link);

} // namespace mlc::sapb1
