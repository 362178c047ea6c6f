#pragma once
// The overview: is the sync healthy, when did it last run and when does it run next, what waits
// for a person, documents posted per day, the health of both connections (and what is written back
// to Concur when an administrator turned that on), and the buttons to run a sync now, pause the
// schedule or test the connections.
#include <QWidget>

class QFormLayout;
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
    void testConnections();

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
    QLabel *m_concurHealth;
    QLabel *m_b1Health;
    QLabel *m_writeBack; // hidden while the write-back to Concur is off
    QFormLayout *m_connections;
    class PostedChart *m_chart;
    QPushButton *m_test;
    QPushButton *m_runNow;
    QPushButton *m_pause;
    QPushButton *m_review;
};

} // namespace mlc::tray
