#pragma once
// The service's settings as the tray reads them from the database (read-only; works while the
// service is stopped). Changes go through the pipe (settings.set), never through this.
#include "core/result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace mlc::tray {

struct SettingsSnapshot {
    QMap<QString, QString> values;

    static Result<SettingsSnapshot> read(const QSqlDatabase &db);
    QString value(const QString &key) const { return values.value(key); }
    // Nothing to connect to yet: the state of a fresh data directory (the first-run assistant).
    bool isUnconfigured() const;
};

} // namespace mlc::tray
