#pragma once
// Tolerant readers for FIS document fields. Concur sends the same field as a number or a string
// ("50.00000000", "0E-8"), keys as numbers or strings (reportKey 345, revisionNumber "1"), dates
// as "MM/DD/YYYY", "YYYY-MM-DD" or ISO timestamps, and nulls anywhere. No regex: these run for
// every line of every document.
#include "core/decimal.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

namespace mlc::accounting::fields {

// Text of a string (trimmed) or a number (canonical, "345" for 345.0); empty for null/other.
QString text(const QJsonValue &value);

struct Amount {
    enum Status { Missing, Ok, Invalid };
    Status status = Missing;
    Decimal value;
    QString raw; // the offending text when Invalid (for the review message)
    bool ok() const { return status == Ok; }
};
// A money value: number or numeric string; null/undefined/"" -> Missing; anything else Invalid.
Amount amount(const QJsonValue &value);

// Concur repeats elements either as an array or (for a single element) as an object; null or
// absent means none. Sets *ok = false for any other type.
QJsonArray items(const QJsonValue &value, bool *ok);

// "YYYY-MM-DD", "YYYY-MM-DDThh:mm:ss…" (the date part, as sent), "MM/DD/YYYY" or "M/D/YYYY".
// Returns an invalid QDate for anything else.
QDate date(QStringView text);

// The calendar date, in `zone`, of one of Concur's instants ("2026-03-31T23:54:52.922Z", also with
// an offset "+02:00"/"+0200"/"+02" instead of Z): an instant in UTC lands on the next day in Berlin
// or the day before in New York. A text without a zone designator ("2026-03-31T23:54:52", a date,
// "MM/DD/YYYY") has no instant to convert and is taken as sent, like date(). Invalid QDate for
// anything else. For calendar dates sent as midnight Z (entryDate, invoiceDate) use date().
QDate instantDate(QStringView text, const QTimeZone &zone);

// "a b", or whichever is not empty.
QString joined(const QString &a, const QString &b);

// Cuts to `max` characters without splitting a surrogate pair.
QString cut(const QString &text, int max);

} // namespace mlc::accounting::fields
