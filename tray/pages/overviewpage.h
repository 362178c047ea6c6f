#pragma once
// The overview: is the sync healthy, when did it last run and when does it run next, what waits
// for a person, and the buttons to run a sync now or pause the schedule.
#include <QWidget>

class QLabel;
class QPushButton;

namespace mlc::tray {

class ServiceConnection;
class StateDatabase;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(StateDatabase *db, ServiceConnection *service, QWidget *parent = nullptr);

    // Re-reads the numbers (after a push event or a reconnect).
    void refresh();

signals:
    void openReviewQueue();

private:
    void runNow();
    void togglePause();

    StateDatabase *m_db;
    ServiceConnection *m_service;
    QLabel *m_state;
    QLabel *m_lastRun;
    QLabel *m_nextRun;
    QLabel *m_postedToday;
    QLabel *m_postedMonth;
    QLabel *m_inReview;
    QLabel *m_failed;
    QLabel *m_awaiting;
    QLabel *m_cycles;
    QLabel *m_feedback;
    QPushButton *m_runNow;
    QPushButton *m_pause;
    QPushButton *m_review;
};

} // namespace mlc::tray
