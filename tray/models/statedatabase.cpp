#include "statedatabase.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace mlc::tray {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mlc-tray-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Reading the schema forces SQLite to open the WAL index: this is where a read-only connection to
// a cleanly closed WAL database fails, not at open().
Result<void> probe(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next())
        return makeError(QStringLiteral("store.open"), QStringLiteral("The connector's database cannot be read."),
                         q.lastError().text());
    return {};
}

} // namespace

StateDatabase::StateDatabase(const QString &path)
    : m_path(path)
{
}

StateDatabase::~StateDatabase()
{
    close();
}

Result<std::unique_ptr<StateDatabase>> StateDatabase::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("store.not_found"),
                         QStringLiteral("There is no connector database yet: the service has not run."), path);
    std::unique_ptr<StateDatabase> db(new StateDatabase(path));
    if (auto r = db->reopen(); !r.ok())
        return r.error();
    return db;
}

QSqlDatabase StateDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void StateDatabase::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Result<void> StateDatabase::reopen()
{
    close();
    auto live = openLive();
    if (live.ok())
        return {};
    close();
    auto snapshot = openSnapshot();
    if (snapshot.ok())
        return {};
    close();
    return makeError(QStringLiteral("store.open"), QStringLiteral("The connector's database cannot be read."),
                     live.error().detail + QStringLiteral("; snapshot: ") + snapshot.error().detail);
}

Result<void> StateDatabase::openLive()
{
    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return makeError(QStringLiteral("store.open"), QStringLiteral("The connector's database cannot be opened."),
                         db.lastError().text());
    if (auto r = probe(db); !r.ok())
        return r;
    m_mode = Mode::Live;
    return {};
}

Result<void> StateDatabase::openSnapshot()
{
    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(QString::fromUtf8(uri.toEncoded()));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open())
        return makeError(QStringLiteral("store.open"), QStringLiteral("The connector's database cannot be opened."),
                         db.lastError().text());
    if (auto r = probe(db); !r.ok())
        return r;
    m_mode = Mode::Snapshot;
    return {};
}

} // namespace mlc::tray
