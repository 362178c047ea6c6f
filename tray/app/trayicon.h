#pragma once
// The icon in the notification area: its colour says how the sync is (green: fine, blue: syncing,
// orange: documents wait for review, red: failing or the service is stopped), its tooltip says
// when it last ran, runs next and how many documents wait; its menu opens the window, runs a sync,
// pauses or resumes the schedule, opens the log folder or quits the tray (the service keeps
// running). New review items and failures raise a notification, at most one a minute; clicking it
// opens the item.
#include <QObject>
#include <QString>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace mlc::tray {

class ServiceConnection;
class StateDatabase;

class TrayIcon : public QObject {
    Q_OBJECT
public:
    enum class Look { Ok, Syncing, Attention, Error };

    TrayIcon(StateDatabase *db, ServiceConnection *service, const QString &logFolder, QObject *parent = nullptr);

    void show();
    Look look() const { return m_look; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    static QIcon iconFor(Look look);

signals:
    void openRequested();
    void reviewItemRequested(const QString &key);

private:
    void update();
    void onEvent(const QString &event, const QJsonObject &data);
    void notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon, const QString &key);

    StateDatabase *m_db;
    ServiceConnection *m_service;
    QString m_logFolder;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_runNow;
    QAction *m_pause;
    Look m_look = Look::Error;
    int m_lastReviewCount = -1;
    qint64 m_lastNotifiedMs = 0;
    QString m_notifiedKey;
};

} // namespace mlc::tray
