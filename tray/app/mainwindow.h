#pragma once
// The configurator's window: a page list on the left (Overview, Review queue, Mappings, Audit
// trail, Settings), the page on the
// right, and a banner over both while the service cannot be reached (browsing still works; the
// actions say why they are disabled).
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mlc::tray {

class AuditModel;
class MappingsModel;
class MappingsPage;
class AuditPage;
class OverviewPage;
class ReviewPage;
class ReviewQueueModel;
class SettingsPage;
class ServiceConnection;
class StateDatabase;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Overview, Review, Mappings, Audit, Settings };

    MainWindow(StateDatabase *db, ReviewQueueModel *reviewModel, MappingsModel *mappingsModel, AuditModel *auditModel,
               ServiceConnection *service, QWidget *parent = nullptr);

    void showPage(Page page);
    void showReviewItem(const QString &key);
    // Selects the first document of the review queue (screenshots, keyboard users' start).
    void selectFirstReviewItem();
    void bringToFront();
    // Re-reads everything shown (after the service changed something).
    void refresh();
    QWidget *page(Page page) const;
    // The product and service versions, the data folder (F1, and the status bar's About).
    void showAbout();

private:
    void updateBanner();
    // An administrator on a data directory without connections gets the first-run assistant once.
    void offerFirstRun();
    void updateReviewCount();

    StateDatabase *m_db;
    ReviewQueueModel *m_reviewModel;
    ServiceConnection *m_service;
    QLabel *m_banner;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    ReviewPage *m_review;
    MappingsModel *m_mappingsModel;
    MappingsPage *m_mappings;
    AuditModel *m_auditModel;
    AuditPage *m_audit;
    SettingsPage *m_settings;
    bool m_firstRunOffered = false;
};

} // namespace mlc::tray
