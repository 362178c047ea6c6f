#pragma once
// One tray per user session: the first start listens on a per-user local socket (in the user's
// runtime directory on Linux, a per-user pipe on Windows); a second start asks it to show its
// window and exits.
#include <QObject>
#include <QString>

class QLocalServer;

namespace mlc::tray {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &id = QStringLiteral("ml-connector-tray"), QObject *parent = nullptr);

    // True when this process is the first: it now answers the others. False when another tray of
    // this user runs (it was asked to show itself).
    bool claim();
    QString serverName() const { return m_name; }

signals:
    void showRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace mlc::tray
