#pragma once
// RFC 4180 CSV: writing (quote only when needed, CRLF records) and a strict parser that reports the
// line where a record starts. Private to the store.
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlc::store::csv {

// Appends one field, quoted when it holds a comma, quote, CR, LF or leading/trailing space.
void appendField(QString &out, const QString &field);
QString record(const QStringList &fields); // fields joined with ',' and terminated by CRLF

struct Record {
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};
// Decodes UTF-8 (an optional BOM is skipped; invalid UTF-8 is an error, typically a file saved as
// "CSV (Windows-1252)" instead of "CSV UTF-8") and splits into records; blank lines are skipped.
Result<QList<Record>> parse(const QByteArray &data);

} // namespace mlc::store::csv
