#pragma once
// The numbers of the overview page, read in a few small SQL queries (indexed by state): documents
// per ledger state, posted today and this month (local time), and the latest cycles from the audit
// trail, and the documents posted per day over the last two weeks.
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mlc::tray {

struct CycleLine {
    QDateTime at;   // UTC
    QString detail; // the service's cycle summary ("fetched 12, posted 10, …")
};

struct OverviewStats {
    QHash<QString, int> byState; // "posted", "review", "failed", "posting", "skipped", …
    int postedToday = 0;
    int postedThisMonth = 0;
    QList<CycleLine> recentCycles; // newest first
    QList<QPair<QDate, int>> postedPerDay; // the last `days` local dates, oldest first (today last)
    QString error;                 // empty when every query worked

    // `now` in local time decides what "today" and "this month" are.
    static OverviewStats read(const QSqlDatabase &db, const QDateTime &now = QDateTime::currentDateTime(),
                              int cycles = 5, int days = 14);
};

} // namespace mlc::tray
