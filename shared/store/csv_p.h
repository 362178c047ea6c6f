#pragma once
// RFC 4180 CSV: writing (quote only when needed, CRLF records) and a strict parser that reports the
// line where a record starts. Private to the store.
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::store::csv {

// CSV injection (OWASP): a spreadsheet runs a cell that starts with =, +, - or @ (and a tab or CR
// before one) as a formula. Every field we write that starts with one of them, or with the
// fullwidth =, +, - or @ some spreadsheets also accept, gets a leading ' and shows as text.
// Amounts too: "-12.50" is written as "'-12.50" (readable, and never a formula). To keep a
// round trip exact, a field of ' followed by such a character gets one more ' as well; the
// parser removes one ' from every field of that shape (restoreField), so an export imports as it
// was. Consumers that re-hash an exported audit trail must do the same.
QString neutraliseField(const QString &field);
QString restoreField(const QString &field);

// Appends one field (neutralised as above), quoted when it holds a comma, quote, CR, LF or
// leading/trailing space.
void appendField(QString &out, const QString &field);
QString record(const QStringList &fields); // fields joined with ',' and terminated by CRLF

struct Record {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};
// Decodes UTF-8 (an optional BOM is skipped; invalid UTF-8 is an error, typically a file saved as
// "CSV (Windows-1252)" instead of "CSV UTF-8") and splits into records; blank lines are skipped.
// Every field passes through restoreField.
Result<QList<Record>> parse(const QByteArray &data);

} // namespace mlc::store::csv
