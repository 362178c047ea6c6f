#pragma once
// The audit trail: every fetch, posting, mapping and user decision, newest first, searchable by
// document, user or action; a check that nothing in it was altered; and an export to CSV for the
// auditors (through the service, which writes the same file as `ml-connector audit export`).
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mlc::tray {

class AuditModel;
class ServiceConnection;
class StateDatabase;

class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(StateDatabase *db, AuditModel *model, ServiceConnection *service, QWidget *parent = nullptr);

    void refresh();
    // Shows the history of one document (from the review page).
    void showDocument(const QString &key);

private:
    void checkChain();
    void exportCsv();

    StateDatabase *m_db;
    AuditModel *m_model;
    ServiceConnection *m_service;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_check;
    QPushButton *m_export;
    QLabel *m_result;
    QTimer *m_searchDelay;
};

} // namespace mlc::tray
