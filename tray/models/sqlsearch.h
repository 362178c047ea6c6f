#pragma once
// A user's search text as a SQL LIKE pattern that matches it anywhere, literally: the wildcards
// % and _ (and the escape character) in the text are escaped; use with ESCAPE '\'.
#include <QString>

namespace mlc::tray {

inline QString likeContains(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace mlc::tray
