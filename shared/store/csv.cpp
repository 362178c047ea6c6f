#include "store/csv_p.h"

#include <QStringDecoder>

namespace mlc::store::csv {

namespace {

bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r':
    case 0xFF1D: case 0xFF0B: case 0xFF0D: case 0xFF20: // fullwidth = + - @
        return true;
    default:
        return false;
    }
}

// ^'*<formula character>: the fields that get (or, with at least one ', lose) one leading '.
bool needsEscape(const QString &field, bool withQuote)
{
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == QLatin1Char('\''))
        ++i;
    return (!withQuote || i > 0) && i < field.size() && startsFormula(field.at(i));
}

} // namespace

QString neutraliseField(const QString &field)
{
    return needsEscape(field, false) ? QLatin1Char('\'') + field : field;
}

QString restoreField(const QString &field)
{
    return needsEscape(field, true) ? field.mid(1) : field;
}

void appendField(QString &out, const QString &rawField)
{
    const QString field = neutraliseField(rawField);
    bool quote = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += field;
        return;
    }
    out += QLatin1Char('"');
    for (QChar c : field) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QString out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        appendField(out, fields.at(i));
    }
    out += QLatin1String("\r\n");
    return out;
}

Result<QList<Record>> parse(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(QStringLiteral("input.malformed"),
                         QStringLiteral("The CSV file is not UTF-8 text; save it as \"CSV UTF-8\"."));

    QList<Record> records;
    Record cur;
    QString field;
    int line = 1;
    cur.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    const int n = int(text.size());
    auto endRecord = [&] {
        cur.fields.append(restoreField(field));
        field.clear();
        fieldWasQuoted = false;
        // A blank line is one empty unquoted field: skip it.
        if (!(cur.fields.size() == 1 && cur.fields.front().isEmpty()))
            records.append(cur);
        cur = Record{};
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    // After a closing quote only a separator or the end of the record may follow.
                    if (i + 1 < n) {
                        const QChar next = text.at(i + 1);
                        if (next != QLatin1Char(',') && next != QLatin1Char('\n') && next != QLatin1Char('\r'))
                            return makeError(QStringLiteral("input.malformed"),
                                             QStringLiteral("Line %1: text after a closing quote.").arg(line));
                    }
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            cur.fields.append(restoreField(field));
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            cur.line = line;
        } else {
            field += c; // a stray quote inside an unquoted field is kept literally (lenient)
        }
    }
    if (inQuotes)
        return makeError(QStringLiteral("input.malformed"),
                         QStringLiteral("Line %1: a quoted field is not closed.").arg(cur.line));
    if (!field.isEmpty() || !cur.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

} // namespace mlc::store::csv
