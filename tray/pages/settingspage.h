#pragma once
// Settings: the connections to Concur and SAP Business One, how documents post, the schedule and
// the tray's language. Administrators change them; operators see them read-only (the service
// refuses their changes too, see README "Who may do what"). Values are read from the database, so
// the page works while the service is stopped; changes go through the service, which checks and
// audits them.
#include <QWidget>

class QLabel;
class QPushButton;

namespace mlc::tray {

class B1Section;
class ConcurSection;
class ServiceConnection;
class SettingsForm;
class StateDatabase;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(StateDatabase *db, ServiceConnection *service, QWidget *parent = nullptr);

    // Re-reads the stored values (unless the user has unsaved changes) and the secrets' state.
    void refresh();
    SettingsForm *form() const { return m_form; }
    bool isEditable() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAccess();
    void save();
    void discard();
    void loadSecrets();

    StateDatabase *m_db;
    ServiceConnection *m_service;
    SettingsForm *m_form;
    ConcurSection *m_concur;
    B1Section *m_b1;
    QLabel *m_access;
    QLabel *m_feedback;
    QPushButton *m_save;
    QPushButton *m_discard;
    bool m_loaded = false;
};

} // namespace mlc::tray
