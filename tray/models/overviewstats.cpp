#include "overviewstats.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mlc::tray {

OverviewStats OverviewStats::read(const QSqlDatabase &db, const QDateTime &now, int cycles, int days)
{
    OverviewStats s;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT state, COUNT(*) FROM ledger GROUP BY state"))) {
        s.error = q.lastError().text();
        return s;
    }
    while (q.next())
        s.byState.insert(q.value(0).toString(), q.value(1).toInt());

    const QDateTime local = now.toLocalTime();
    const qint64 dayStart = QDateTime(local.date(), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 monthStart = QDateTime(QDate(local.date().year(), local.date().month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(updated_at >= ?), 0), COUNT(*) FROM ledger"
                             " WHERE state = 'posted' AND updated_at >= ?"));
    q.addBindValue(dayStart);
    q.addBindValue(monthStart);
    if (!q.exec() || !q.next()) {
        s.error = q.lastError().text();
        return s;
    }
    s.postedToday = q.value(0).toInt();
    s.postedThisMonth = q.value(1).toInt();

    // Per local day (DST-safe: each day's bounds are computed, not 24 h steps).
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ledger WHERE state = 'posted' AND updated_at >= ? AND updated_at < ?"));
    for (int i = days - 1; i >= 0; --i) {
        const QDate day = local.date().addDays(-i);
        q.addBindValue(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
        q.addBindValue(QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
        if (!q.exec() || !q.next()) {
            s.error = q.lastError().text();
            return s;
        }
        s.postedPerDay.append({day, q.value(0).toInt()});
    }

    q.prepare(QStringLiteral("SELECT at, detail FROM audit WHERE action = 'cycle' ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(cycles);
    if (!q.exec()) {
        s.error = q.lastError().text();
        return s;
    }
    while (q.next())
        s.recentCycles.append(CycleLine{QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toString()});
    return s;
}

} // namespace mlc::tray
