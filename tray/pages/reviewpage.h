#pragma once
// The review queue page: the documents the service could not post, with filters, search and sort;
// a detail pane with each reason and its candidates, and the journal entry preview (what would
// post now with the current mappings: review.preview, never posted); and the actions finance
// staff take: map the missing vendor/account/cost center (typed, or chosen in the B1 picker; it
// releases every document that waited on it), retry, or skip with a reason. Every action goes
// through the service (ServiceConnection).
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QGroupBox;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace mlc::tray {

class ReviewQueueModel;
class ServiceConnection;

class ReviewPage : public QWidget {
    Q_OBJECT
public:
    ReviewPage(ReviewQueueModel *model, ServiceConnection *service, QWidget *parent = nullptr);

    // Selects the document with this ledger key (a notification was clicked), if it is queued.
    void showDocument(const QString &key);
    // Re-reads the queue (after a push event) keeping the selection.
    void refresh();

private:
    void applyFilter();
    void updateDetails();
    void updateActions();
    void updateCount();
    void mapCurrent();
    void pickTarget(); // the B1 picker for the current blocker
    void requestPreview();
    void showPreview(const QJsonObject &preview);
    void clearPreview(const QString &why);
    void retrySelected();
    void skipSelected();
    void callForEach(const QString &method, const QStringList &keys, const QJsonObject &params, const QString &done);
    QStringList selectedKeys() const;
    QString currentKey() const;
    QString currentBlocker() const;
    void report(const QString &text, bool error);

    ReviewQueueModel *m_model;
    ServiceConnection *m_service;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_reason;
    QComboBox *m_period;
    QLineEdit *m_minAmount;
    QLineEdit *m_maxAmount;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_mapLabel;
    QComboBox *m_target;
    QPushButton *m_pick;
    QPushButton *m_map;
    QGroupBox *m_previewBox;
    QLabel *m_previewStatus;
    QTableWidget *m_preview;
    QTimer *m_previewDelay;
    QString m_previewKey;   // the document the preview shows (or is being fetched for)
    bool m_previewRefused = false; // Concur refused a write-back about it: Retry posts nothing
    int m_previewRequests = 0;
    QPushButton *m_retry;
    QPushButton *m_skip;
    QLabel *m_feedback;
    QTimer *m_searchDelay;
};

} // namespace mlc::tray
