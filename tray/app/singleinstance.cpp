#include "singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace mlc::tray {

namespace {
QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("user") : name;
}
} // namespace

SingleInstance::SingleInstance(const QString &id, QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_WIN
    m_name = id + QLatin1Char('-') + userName();
#else
    // Never a bare name: that would be a socket in /tmp, which any local user could take first.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    m_name = QDir(runtime.isEmpty() ? QDir::homePath() : runtime).filePath(id + QStringLiteral(".sock"));
    Q_UNUSED(userName);
#endif
}

bool SingleInstance::claim()
{
    {
        QLocalSocket other;
        other.connectToServer(m_name);
        if (other.waitForConnected(500)) {
            other.write("show\n");
            other.waitForBytesWritten(1000);
            other.disconnectFromServer();
            return false;
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        QLocalServer::removeServer(m_name); // left by a tray that crashed (nobody answered above)
        if (!m_server->listen(m_name))
            return true; // run anyway: one tray too many is better than none
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                if (s->readAll().startsWith("show"))
                    emit showRequested();
                s->disconnectFromServer();
            });
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace mlc::tray
