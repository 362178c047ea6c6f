#pragma once
// The collection query options of a Service Layer GET (MAN §3.7): $filter, $select, $orderby,
// $top, $skip ("$skip is applied before the $top, regardless of the order") and $inlinecount
// (OData V3 only; v2 uses $count=true).
#include "odatafilter.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

namespace mlc::sim {

struct ODataOrderKey {
    QString property;
    bool descending = false;
};

struct ODataQuery {
    ODataFilter filter;
    QStringList select;
    QList<ODataOrderKey> orderBy;
    int top = -1; // -1 = not given
    int skip = 0;
    bool inlineCount = false; // v1 $inlinecount=allpages / v2 $count=true

    static Result<ODataQuery> fromUrlQuery(const QUrlQuery &query, bool odataV4);

    // Stable sort by the $orderby keys (numbers numerically, strings as text, null first).
    void sort(QList<const QJsonObject *> &rows) const;
    // Applies $select (the whole row when empty).
    QJsonObject project(const QJsonObject &row) const;
};

} // namespace mlc::sim
