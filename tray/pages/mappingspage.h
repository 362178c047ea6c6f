#pragma once
// The mappings: which Concur employee, vendor, account, cost center and currency becomes which B1
// code, who set each one (or which automatic rule found it), and CSV import/export for bulk edits.
// Saving a mapping posts every queued document that waited for it (the service re-evaluates them).
// Mappings can be deleted (the service audits it and lets the automatic rules decide again), and
// targets that no longer exist in B1, or are frozen or inactive there, are flagged with a warning
// (mappings.check).
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mlc::tray {

class MappingsModel;
class MappingProblemsProxy;
class ServiceConnection;

class MappingsPage : public QWidget {
    Q_OBJECT
public:
    MappingsPage(MappingsModel *model, ServiceConnection *service, QWidget *parent = nullptr);

    void refresh();
    // Asks the service which mapping targets B1 no longer has (or froze) and flags them.
    void checkTargets();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void deleteCurrent();
    void edit(const QString &kind, const QString &source, const QString &target);
    void save(const QList<QStringList> &mappings, const QString &what);
    void importCsv();
    void exportCsv();
    void updateActions();

    MappingsModel *m_model;
    ServiceConnection *m_service;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
    MappingProblemsProxy *m_proxy;
    QLabel *m_check;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_result;
    QTimer *m_searchDelay;
};

} // namespace mlc::tray
