#include "settingssnapshot.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mlc::tray {

Result<SettingsSnapshot> SettingsSnapshot::read(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return makeError(QStringLiteral("store.query"), q.lastError().text());
    SettingsSnapshot s;
    while (q.next())
        s.values.insert(q.value(0).toString(), q.value(1).toString());
    return s;
}

bool SettingsSnapshot::isUnconfigured() const
{
    return value(QStringLiteral("b1/serviceRoot")).trimmed().isEmpty()
        && value(QStringLiteral("concur/baseUrl")).trimmed().isEmpty();
}

} // namespace mlc::tray
