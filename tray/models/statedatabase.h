#pragma once
// The tray's view of the service's database: read-only, never a writer (design.md §5a: the
// service is the only writer; every change goes through the pipe).
//
// Why two modes. A read-only SQLite connection to a WAL database follows the service live through
// the `-wal`/`-shm` files, which operators may read (files 0640, group operators). When the service
// closes cleanly, its last connection checkpoints and deletes those files, and a read-only
// connection that cannot create `-shm` in the data directory (operators may not write there) then
// fails with "attempt to write a readonly database" or "unable to open database file". In that case
// the tray opens an immutable snapshot (URI parameter `immutable=1`: no locks, no `-shm`), which is
// exact while no writer runs, and goes back to the live mode with reopen() as soon as it sees the
// service again (the pipe connects).
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace mlc::tray {

class StateDatabase {
public:
    enum class Mode { Live, Snapshot };

    // Opens `path` read-only, live when possible, else as a snapshot. Error codes: store.not_found
    // (no database yet: the service has not run), store.open (neither mode could read it).
    static Result<std::unique_ptr<StateDatabase>> open(const QString &path);
    ~StateDatabase();
    StateDatabase(const StateDatabase &) = delete;
    StateDatabase &operator=(const StateDatabase &) = delete;

    // Opens again, live first (call when the service is seen running again, or after it stopped:
    // a live connection whose service closed keeps working only until the next checkpoint).
    Result<void> reopen();

    Mode mode() const { return m_mode; }
    QString path() const { return m_path; }
    // The Qt SQL connection (owned by this object; valid until the next reopen()). Use it only from
    // the thread that opened it.
    QSqlDatabase database() const;

private:
    explicit StateDatabase(const QString &path);
    Result<void> openLive();
    Result<void> openSnapshot();
    void close();

    QString m_path;
    QString m_connection;
    Mode m_mode = Mode::Live;
};

} // namespace mlc::tray
